"""Stories: the same happening across outlets and languages, not different happenings."""
from __future__ import annotations

from marsad.merge.stories import StoryIndex, embed

CALL_AR = "ترامب وبوتين يبحثان في اتصال هاتفي وقف إطلاق النار في أوكرانيا"
CALL_AR2 = "اتصال هاتفي بين بوتين وترامب لبحث هدنة في أوكرانيا"
CALL_EN = "Trump and Putin discuss a Ukraine ceasefire in a phone call"
OTHER = "الجيش اللبناني ينتشر في بلدات الجنوب بعد انسحاب القوات الإسرائيلية"
TRUMP_PUTIN = frozenset({"Q22686", "Q7747"})


def test_same_story_across_outlets_and_languages():
    v = embed([CALL_AR, CALL_AR2, CALL_EN, OTHER])
    idx = StoryIndex()
    s1 = idx.add("a", v[0], "2025-03-18", TRUMP_PUTIN)
    assert idx.add("b", v[1], "2025-03-19", TRUMP_PUTIN) == s1
    assert idx.add("c", v[2], "2025-03-18", TRUMP_PUTIN) == s1
    assert idx.add("d", v[3], "2025-03-18", frozenset({"kb:lebanese_army"})) == "d"


def test_far_apart_in_time_is_another_story():
    v = embed([CALL_AR, CALL_AR2])
    idx = StoryIndex()
    idx.add("a", v[0], "2025-03-18", TRUMP_PUTIN)
    assert idx.add("b", v[1], "2025-05-20", TRUMP_PUTIN) == "b"
    assert idx.add("b", v[1], "2025-05-20", TRUMP_PUTIN) == "b"  # idempotent

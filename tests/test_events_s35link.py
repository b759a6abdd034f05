"""s35link: short names read by the story (kb/short_names.tsv: حزب العمال is the PKK in a story naming حزب العمال
الكردستاني, the British Labour Party else), مالطة as Malta, and ماي as Theresa May, not the month, in a story naming
her (time lexicon category namesake). Real phrasing from the corpus."""
from __future__ import annotations

from datetime import datetime

import pytest

from conftest import entity_stage
from marsad.time.extract import find_times

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def ents(stage, text, date="2018-05-29"):
    return stage.extract(text, [(0, len(text))], date)


def names_of(out, surface):
    return [e["name"] for e in out if any(m["text"] == surface for m in e["mentions"])]


def test_short_labour_is_pkk_in_a_pkk_story(stage):
    out = ents(stage, "أعلنت أنقرة، الثلاثاء، مقتل جندي خلال عمليات للجيش التركي ضد مقاتلي حزب العمال الكردستاني "
                      "شمالي العراق. ودأبت قوات الأمن على استهداف مواقعه لما تصفه بأنه \"رد\" على هجمات ينفذها "
                      "حزب العمال داخل تركيا. وتتهم تركيا حزب الشعوب الديمقراطي بأنه واجهة سياسية لحزب العمال.")
    assert names_of(out, "حزب العمال") == ["Kurdistan Workers' Party"]
    assert not [e for e in out if e["name"] == "Labour Party (UK)"]


def test_short_labour_stays_british_elsewhere(stage):
    out = ents(stage, "اعتبر زعيم حزب العمال المعارض في بريطانيا جيريمي كوربين، الجمعة، أن على رئيسة الوزراء "
                      "طلب موافقة البرلمان. وواجه حزب العمال انتقادات بسبب موقفه.")
    assert "Kurdistan Workers' Party" not in [e["name"] for e in out]
    assert "Labour Party (UK)" in names_of(out, "حزب العمال")


def test_malta_spelled_with_ta_marbuta(stage):
    out = ents(stage, "على سبيل المثال، انتقد الاتحاد الأوروبي مالطة بسبب برنامج التجنيس لديها.")
    assert names_of(out, "مالطة") == ["Malta"]


ANCHOR = datetime(2018, 7, 9, 10, 0)


def times(text):
    return [(t["text"], t["value"]) for t in find_times(text, ANCHOR)]


def test_may_the_prime_minister_is_no_month():
    text = ("قالت رئيسة الوزراء البريطانية تيريزا ماي إن الحكومة متماسكة. وتأتي استقالة ديفيس بعد يومين من اجتماع "
            "بين ماي ووزرائها، فيما قدم نواب رسائل يطالبون فيها بسحب الثقة من ماي.")
    assert not [v for s, v in times(text) if "ماي" in s]


def test_may_the_month_still_read_in_her_story():
    text = "قالت تيريزا ماي إن الاجتماع عقد في 7 ماي الماضي، وإن الاتفاق قائم منذ ماي الماضي."
    got = times(text)
    assert ("7 ماي الماضي", "2018-05-07") in got
    assert ("ماي الماضي", "2018-05") in got


def test_may_the_month_elsewhere():
    assert [v for s, v in times("عقد الاجتماع في ماي بحضور الوزراء.") if s == "ماي"] == ["2018-05"]

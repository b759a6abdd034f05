"""Session 22 (track s22context): a reaction whose object is an act named again by a demonstrative ("رفضت تركيا هذا
الاقتراح"، "إلى إدانة هذا النص") and whose act got no event of its own takes the story's subject told before it as the
one reacted to (story.py)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor,target", [
    ("عرضت السعودية السماح للمحققين الأتراك بدخول القنصلية في إسطنبول.\nورفضت أنقرة هذا الاقتراح.", "TUR", "SAU"),
    ("أقر البرلمان الإيراني الأحد قانونا لمقاطعة السلع الأمريكية.\nوسارعت وزارة الخارجية الأمريكية إلى إدانة هذا النص.",
     "USA", "IRN"),
])
def test_reaction_to_act_told_before(pipe, text, actor, target):
    doc = full(pipe, text)
    got = sides(doc, "REJECT") + sides(doc, "ACCUSE")
    assert any(actor in a and target in r for a, r, _ in got), [(a, r) for a, r, _ in got]


def test_no_author_when_story_subject_is_the_reactor(pipe):
    # the sentence before names only the reacting side itself: no one else stands as the author
    doc = full(pipe, "قالت الحكومة التركية إنها تدرس خيارات عدة.\nلكن تركيا رفضت هذا الاقتراح.")
    assert not sides(doc, "REJECT"), [(a, r) for a, r, _ in sides(doc, "REJECT")]


def test_speaker_of_the_act_is_not_its_author(pipe):
    # the sentence before names a speaker who tells the act (its author not named): no one reacted to
    doc = full(pipe, "قال المهاجم الأرجنتيني جونزالو هيغوين الثلاثاء إن منتخب بلاده ألغى مباراته الودية في القدس.\n"
                     "ونددت إسرائيل بهذه الخطوة.")
    assert not any("Higuain" in r or "هيغوين" in r for _, r, _ in sides(doc, "ACCUSE")), sides(doc, "ACCUSE")

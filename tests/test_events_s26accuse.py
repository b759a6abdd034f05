"""Session 26 (track s26accuse): laying the blame (ألقى باللوم على) with the blame noun past the blamer's title or an
aside, up to 10 words on (triggers.tsv @far); the one blamed is the party right after على even when the sentence's
reading took the parties of the aside for the recipients (accuse.refine)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor,blamed", [
    ("وألقت إيران، شأنها شأن دمشق وحليفتها روسيا، باللوم على إسرائيل في هجوم وقع في التاسع من أبريل على قاعدة "
     "التيفور الجوية السورية.", "Iran", "Israel"),
    ("وخلال اجتماع مع كبار ضباط الشرطة في جوبا، الخميس، ألقى رئيس جنوب السودان، سلفا كير ميارديت باللوم على قوات "
     "الشرطة في السماح بزيادة الجريمة في العاصمة.", "Kiir", "الشرطة"),
])
def test_blame_far_after_the_verb(pipe, text, actor, blamed):
    evs = sides(full(pipe, text), "ACCUSE")
    assert any(actor in a and blamed in r for a, r, _ in evs), evs


def test_aside_parties_are_not_blamed(pipe):
    text = "وألقت إيران، شأنها شأن دمشق وحليفتها روسيا، باللوم على إسرائيل في الهجوم."
    evs = sides(full(pipe, text), "ACCUSE")
    assert evs and not any("Russia" in r or "Damascus" in r for _, r, _ in evs), evs


def test_giving_a_speech_far_is_no_blame(pipe):
    text = "وألقى وزير الخارجية الأمريكي مايك بومبيو، في نيويورك، كلمة أمام الجمعية العامة للأمم المتحدة حمل فيها اللوم."
    assert not any("United Nations" in r or "USA" in r for _, r, _ in sides(full(pipe, text), "ACCUSE"))

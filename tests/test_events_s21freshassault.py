"""Session 21, track s21freshassault: ASSAULT constructions missed on the fresh dev sets (BN..BQ). Sentences in the
phrasing of the 2018 news corpus; each failed on the branch base unless marked as a negative case."""
from __future__ import annotations

from conftest import factual, full, party


def _assault(doc, actor=None, recipient=None) -> bool:
    return any((actor is None or actor in party(doc, e["actors"]))
               and (recipient is None or recipient in party(doc, e["recipients"])) for e in factual(doc, "ASSAULT"))


# ---- a lone attacker told by a common noun (رجل، امرأة، شاب، شخص): the doer of the attack verb after it, or after شنه

def test_man_before_explode_verb_is_the_attacker(pipe):
    doc = full(pipe, "ذكرت الشرطة أن رجلا فجر عبوة ناسفة قرب مركز للشرطة في مدينة ليج.")
    assert _assault(doc, actor="رجلا"), doc["events"]


def test_woman_before_fire_verb_is_the_attacker(pipe):
    doc = full(pipe, "أعلنت الشرطة الأميركية إصابة ثلاثة أشخاص على الأقل برصاص امرأة أطلقت النار في حرم المقر الرئيسي للشركة.")
    assert _assault(doc, actor="امرأة"), doc["events"]


def test_man_after_launched_relative_is_the_attacker(pipe):
    doc = full(pipe, "أصيب خمسة أشخاص بجروح مساء السبت في مدينة ليون بعد أن تعرضوا لهجوم شنه رجل يحمل سكينا.")
    assert _assault(doc, actor="رجل"), doc["events"]


def test_man_as_victim_is_no_attacker(pipe):
    # negative: a man killed or a businessman is no lone attacker
    doc = full(pipe, "قتل رجل برصاص الشرطة في باريس بعد مطاردة. والتقى رجل الأعمال الأمريكي الرئيس الفرنسي.")
    assert not _assault(doc, actor="رجل"), doc["events"]


# ---- a killing avenged (بالانتقام/بالثأر لمقتل X في غارة لـ Y) is told as done; the strike's owner killed X

def test_killing_avenged_is_an_attack_by_the_strike_owner(pipe):
    doc = full(pipe, "زعيم الحوثيين يتوعد بالانتقام لمقتل الصماد أبرز قيادي الحركة في غارة للتحالف العربي.")
    assert _assault(doc, actor="التحالف", recipient="الصماد"), doc["events"]


def test_killing_of_counted_soldiers_in_attack_of_named_group(pipe):
    doc = full(pipe, "نددت الحكومة الأفغانية بمقتل ثلاثة جنود في هجوم لحركة طالبان على نقطة تفتيش.")
    assert _assault(doc, actor="طالبان"), doc["events"]


def test_revenge_itself_stays_a_threat(pipe):
    # negative: the revenge threatened is no attack
    doc = full(pipe, "توعد زعيم الحوثيين بالانتقام من التحالف العربي.")
    assert not factual(doc, "ASSAULT"), doc["events"]

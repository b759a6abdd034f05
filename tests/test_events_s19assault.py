"""Session 19, track s19assault: false alarms and reversed sides of ASSAULT.

* the nationality of a medium or a source (وسائل إعلام سورية، مصادر أمنية عراقية) tells who reports; it is no side
  of a material act;
* a source tail after an attack noun (في غارة جوية، وفقا للمتحدث X) is not the author the attack noun names;
* the subject before a verb of suffering losses (ميليشيات الحوثي تكبدت عشرات القتلى بقصف لطائرات التحالف) was
  attacked, as it is after the verb (تكبدت ميليشيات الحوثي)."""
from __future__ import annotations

import pytest

from conftest import factual, full, party


@pytest.mark.parametrize("text,country", [
    # gold Y-001
    ("أفادت وسائل إعلام سورية بسقوط قتلى وجرحى في غارة جوية على موقع عسكري في ريف دير الزور.", "SYR"),
    ("أفادت وسائل إعلام عراقية بسقوط قتلى وجرحى في غارة جوية على موقع عسكري قرب الموصل.", "IRQ"),
])
def test_media_nationality_is_no_attacker(pipe, text, country):
    doc = full(pipe, text, published="2018-06-18T12:00")
    assert not any(country in party(doc, e["actors"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_attack_named_after_its_nationality_still_read(pipe):
    doc = full(pipe, "أفادت وسائل إعلام سورية بمقتل 5 مدنيين في قصف إسرائيلي على موقع قرب دمشق.",
               published="2018-06-18T12:00")
    assert any("ISR" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_source_tail_is_no_author(pipe):
    # gold Y-009: "وفقا للمتحدث الإقليمي عطا الله خوجاني" read as the killer
    doc = full(pipe, "ذكرت شبكة CNN أن 10 مقاتلين من تنظيم داعش قتلوا في غارة جوية، وفقا للمتحدث محمد راضي.",
               published="2018-09-02T12:00")
    assert not any("راضي" in party(doc, e["actors"]) for e in doc["events"]), doc["events"]


@pytest.mark.parametrize("text", [
    # gold Z-012 (the sides were reversed: the Houthis as the attackers of the coalition)
    "أفادت مصادر عسكرية أن ميليشيات الحوثي تكبدت خلال الساعات الماضية عشرات القتلى والجرحى، بينهم عدد من القياديين "
    "بقصف لطائرات تحالف دعم الشرعية في محافظات صعدة والحديدة وتعز.",
    "ميليشيات الحوثي تكبدت عشرات القتلى والجرحى في غارات لطائرات التحالف.",
])
def test_subject_before_suffering_losses_was_attacked(pipe, text):
    doc = full(pipe, text, published="2018-05-03T12:00")
    ev = factual(doc, "ASSAULT")
    assert any("Houthi" in party(doc, e["recipients"]) for e in ev), doc["events"]
    assert not any("Houthi" in party(doc, e["actors"]) for e in ev), doc["events"]


@pytest.mark.parametrize("text,author,victim", [
    # a subject right before a bare perfect of harm with no object after it (في، مع) suffered it, when the attack noun
    # names its author (before: the author with no target)
    ("قالت الشرطة إن ثلاثة جنود أفغان قتلوا في هجوم لحركة طالبان.", "Taliban", "جنود"),
    ("وقال مسؤول محلي إن أربعة جنود صوماليين قتلوا في هجوم لحركة الشباب على قاعدة عسكرية.", "Shabaab", "جنود"),
])
def test_subject_before_bare_harm_perfect_suffered(pipe, text, author, victim):
    doc = full(pipe, text, published="2018-04-30T12:00")
    assert any(author in party(doc, e["actors"]) and victim in party(doc, e["recipients"])
               for e in factual(doc, "ASSAULT")), doc["events"]


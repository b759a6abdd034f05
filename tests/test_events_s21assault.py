"""Session 21, track s21assault: a nominative plural after a verb of attack followed by an accusative object (a counted
one: عددا من) is the verb's subject; ضرب with a military target is an attack; a state striking another side's military
targets or sites with a finite verb is pinned against the sentence classifier; a perfect after بعدما/بعد أن is out of a
warning's reach. Sentences in the phrasing of the 2018 news corpus (not the development gold's)."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import between


def test_nominative_plural_subject_before_a_counted_object(pipe):
    # (before: the settlers read as the victims of a passive, no attacker)
    doc = full(pipe, "وهاجم مستوطنون إسرائيليون عددا من الرعاة الفلسطينيين قرب قرية المغير شرق رام الله.",
               published="2018-04-02T12:00")
    assert between(doc, "ASSAULT", "مستوطنون", "PSE"), doc["events"]


def test_strike_verb_with_military_targets(pipe):
    # (before: ضرب no trigger)
    doc = full(pipe, "وضرب الجيش الإسرائيلي مواقع عسكرية إيرانية في سوريا ليلا ردا على إطلاق صواريخ على الجولان.",
               published="2018-05-10T12:00")
    assert between(doc, "ASSAULT", "ISR", "IRN"), doc["events"]


def test_strike_after_a_warning_told_as_done(pipe):
    # (before: hypothetical under the warning; vetoed by the classifier)
    doc = full(pipe, "جاء التحذير الروسي بعدما ضربت الولايات المتحدة وبريطانيا أهدافا سورية قرب دمشق فجر السبت.",
               published="2018-04-15T12:00")
    assert between(doc, "ASSAULT", "USA", "SYR"), doc["events"]


def test_strike_verb_without_military_target_is_none(pipe):
    doc = full(pipe, "وضرب زلزال بقوة 6 درجات جزيرة لومبوك الإندونيسية صباح الأحد.", published="2018-08-05T12:00")
    assert not factual(doc, "ASSAULT"), doc["events"]


def test_passive_with_no_object_keeps_victims(pipe):
    doc = full(pipe, "وقتل مستوطنون إسرائيليون في هجوم قرب مستوطنة أرييل.", published="2018-03-18T12:00")
    assert not between(doc, "ASSAULT", "مستوطنون"), doc["events"]

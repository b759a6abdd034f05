"""Persons the KB lacks, named after a definite title whose first name is also an Arabic dictionary word (حصة، فرنسوا،
تانيا، كيت): a name when a nasab or a word no dictionary holds follows at once (track s20names)."""
from __future__ import annotations

import pytest

from conftest import by_mention, entities_of, entity_stage

pytest.importorskip("simplemma")   # the dictionary that tells a transliterated name from a word

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def test_princess_nasab_name(stage):
    out = entities_of(stage, "وأصدر القضاء مذكرة توقيف بحق الأميرة حصة بنت سلمان بعد شكوى عامل في شقتها بباريس.",
                      "2018-03-15")
    p = by_mention(out, "حصة بنت سلمان")
    assert p is not None and p["type"] == "PERSON" and "Princess" in (p.get("roles") or [])


def test_prosecutor_word_first_name(stage):
    out = entities_of(stage, "وقال المدعي العام فرنسوا مولينز في مؤتمر صحفي إن المهاجم كان معروفا لدى الأجهزة.",
                      "2018-03-24")
    p = by_mention(out, "فرنسوا مولينز")
    assert p is not None and p["type"] == "PERSON"


def test_judge_word_first_name(stage):
    out = entities_of(stage, "ورفضت القاضية تانيا تشوتكان الإفراج عن المتهمة بكفالة.", "2018-09-10")
    assert by_mention(out, "تانيا تشوتكان") is not None


def test_no_name_after_indefinite_office(stage):
    # قائد جبهة مقبنة: the office's complement, not a person
    out = entities_of(stage, "بحسب قائد جبهة مقبنة، العقيد حميد الخليدي، فإن القوات تقدمت.", "2018-07-07")
    assert by_mention(out, "جبهة مقبنة") is None


def test_no_name_from_noun_before_kb_person(stage):
    out = entities_of(stage, "وانتقد المغني تصريحات ترامب الأخيرة بشأن المهاجرين.", "2018-06-01")
    assert by_mention(out, "تصريحات ترامب") is None


def test_princess_is_party_of_later_accusation(pipe):
    from conftest import full
    doc = full(pipe, "عنوان\n\nصدرت مذكرة توقيف بحق الأميرة حصة بنت سلمان في باريس. "
                     "وتتهم السلطات الفرنسية الأميرة بإصدار أوامر لحرسها بضرب عامل.", "2018-03-15T12:00")
    ents = {e["id"]: e for e in doc["entities"]}
    acc = [e for e in doc["events"] if e["type"] == "ACCUSE"]
    assert any(ents[r]["name"] == "حصة بنت سلمان" for e in acc for r in e.get("recipients") or [] if r in ents)

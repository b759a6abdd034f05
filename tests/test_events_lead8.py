"""Lead's session-8 fixes of party assignment in general constructions of Arabic news. Short news-style sentences
(real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


# ---- متهما إياه: the object pronoun takes up the main clause's object, not a party named in the charge
def test_object_pronoun_of_accusing_participle_is_the_main_clause_object(pipe):
    doc = full(pipe, "واندلعت الحرب عندما أقال الرئيس سالفا كير نائبه رياك مشار، متهما إياه بالتخطيط لانقلاب.")
    ev = factual(doc, "ACCUSE")
    assert ev and "سالفا كير" in party(doc, ev[0]["actors"]) and "رياك مشار" in party(doc, ev[0]["recipients"])


def test_object_pronoun_is_not_the_party_inside_the_charge(pipe):
    doc = full(pipe, "أعلنت وزارة الداخلية الإسرائيلية أنها أمرت ممثل منظمة هيومن رايتس ووتش بمغادرة البلاد، "
                     "متهمة إياه بدعم مقاطعة ضد إسرائيل.")
    ev = factual(doc, "ACCUSE")
    assert ev and "ISR" in party(doc, ev[0]["actors"]) and "هيومن رايتس ووتش" in party(doc, ev[0]["recipients"])


def test_object_pronoun_after_prepositional_object(pipe):
    doc = full(pipe, "وقطعت السعودية علاقاتها مع قطر، متهمة إياها بدعم الإرهاب.")
    ev = factual(doc, "ACCUSE")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "QAT" in party(doc, ev[0]["recipients"])

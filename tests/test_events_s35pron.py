"""A reaction verb opening its sentence with its subject dropped (و، كما، لكنه) before a bare party that cannot be its
subject by agreement (a masculine verb before a state with a feminine name or a feminine body) goes on with the one who
spoke in the sentence before (session 35, track s35pron: stage._dropped_subject, carry.fem_state)."""
from __future__ import annotations

from conftest import factual, full, party


def test_a_masculine_warning_before_a_feminine_state_is_the_speakers(pipe):
    doc = full(pipe, "الاتفاق النووي\n\n"
                     "قال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق النووي قائم. وحذر الولايات المتحدة من "
                     "الانسحاب من الاتفاق.", published="2018-05-01T10:00")
    ev = [e for e in factual(doc, "THREATEN") if "حذر" in e["trigger"]["text"]]
    assert ev and "Zarif" in party(doc, ev[0]["actors"]) and "United States" in party(doc, ev[0]["recipients"])


def test_but_he_criticised_after_kama(pipe):
    doc = full(pipe, "ماكرون وإيطاليا\n\n"
                     "وأعلن الرئيس الفرنسي إيمانويل ماكرون أن بلاده ستستقبل عشرات المهاجرين. لكنه انتقد إيطاليا بسبب "
                     "موقفها.", published="2018-06-27T10:00")
    ev = [e for e in factual(doc, "ACCUSE") if "انتقد" in e["trigger"]["text"]]
    assert ev and "Macron" in party(doc, ev[0]["actors"]) and "Italy" in party(doc, ev[0]["recipients"])


def test_a_feminine_verb_before_a_state_keeps_the_state_as_subject(pipe):
    # "ونفت روسيا كلا الأمرين" (SK-internationalNews-1038): a three-letter perfect in ت is feminine, not the speaker's
    doc = full(pipe, "بولتون وروسيا\n\n"
                     "وقال بولتون إن تحسن العلاقات أمر في صالح البلدين لكن يتعين على روسيا أن تعالج أثر المزاعم التي "
                     "ثارت عن تدخلها في الانتخابات الأميركية. ونفت روسيا كلا الأمرين.", published="2018-04-20T10:00")
    ev = [e for e in factual(doc, "REJECT") if "نفت" in e["trigger"]["text"]]
    assert ev and "Russia" in party(doc, ev[0]["actors"])
    doc = full(pipe, "ظريف\n\n"
                     "قال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق النووي قائم. ودعت روسيا إلى الحفاظ على "
                     "الاتفاق.", published="2018-05-01T10:00")
    assert not any("Zarif" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))


def test_a_masculine_body_after_the_verb_stays_its_subject(pipe):
    doc = full(pipe, "ظريف\n\n"
                     "قال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق النووي قائم. وانتقد العراق الموقف "
                     "الأمريكي.", published="2018-05-01T10:00")
    assert not any("Zarif" in party(doc, e["actors"]) and "Iraq" in party(doc, e["recipients"])
                   for e in factual(doc, "ACCUSE"))


def test_fem_state():
    from marsad.events import carry
    g = {"type": "GPE"}
    assert carry.fem_state(["الولايات", "المتحدة"], g) and carry.fem_state(["إيطاليا"], g)
    assert carry.fem_state(["وإيران"], g) and carry.fem_state(["واشنطن"], g)
    assert not carry.fem_state(["العراق"], g) and not carry.fem_state(["لبنان"], g)
    assert not carry.fem_state(["الحكومة"], {"type": "ORG"})

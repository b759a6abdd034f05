"""The doer of an act told by a verbal noun governed by a verb (أعلنت موسكو تسليم الجيش السوري صواريخ) is that verb's
subject; a noun of giving (تسليم، تزويد، مساعدة، دعم after a preposition) keeps its genitive as the receiver even when
it is a state (stage: the MOBILIZE/AID after-state rule yields to _object_genitive). Help accepted, welcomed or asked
for (قبلت مساعدة روسيا، رحبت بمساعدة روسيا) is the helper's (roles/accept_help). A subject right before قد after أن or
كان stays the clause's subject even when the sentence took it as an object earlier (stage._opens_pluperfect).
Real phrasing from the corpus leads."""
from __future__ import annotations

from conftest import full
from evhelpers import names_of, of_type

from marsad.events import stage as S
from marsad.lang.ar import tokenize


def test_the_announcer_delivers_to_the_genitive(pipe):
    doc = full(pipe, "أعلنت موسكو تسليم الجيش السوري صواريخ جديدة مضادة للطائرات.")
    ev = of_type(doc, "AID")
    assert ev, doc["events"]
    assert any("موسكو" in names_of(doc, e["actors"]) and "الجيش السوري" in names_of(doc, e["recipients"])
               for e in ev), ev


def test_a_state_supplied_after_the_noun_receives(pipe):
    doc = full(pipe, "أكد التحالف ضبط أسلحة إيرانية الصنع، مما يثبت التدخل الإيراني في دعم وتزويد ميليشيات الحوثي بالأسلحة.")
    ev = of_type(doc, "AID")
    assert ev, doc["events"]
    assert all(not (names_of(doc, e["actors"]) & {"الحوثيون", "Houthis"}) for e in ev), ev


def test_help_accepted_is_the_helpers():
    assert not S._object_genitive(tokenize("قبلت بابتهاج مساعدة روسيا"), 2)
    assert not S._object_genitive(tokenize("رحبت بسعادة بمساعدة روسيا"), 2)
    assert S._object_genitive(tokenize("تقديم 100 مليون دولار لمساعدة الشعب"), 4)


def test_no_helped_campaign_when_help_is_welcomed(pipe):
    doc = full(pipe, "وتقول الدعوى إن حملة ترامب \"رحبت بسعادة بمساعدة روسيا\" في انتخابات 2016.")
    for e in of_type(doc, "AID"):
        assert "روسيا" not in names_of(doc, e["recipients"]), e


def test_subject_before_qad_though_taken_before(pipe):
    doc = full(pipe, "وأعلن ترامب في مؤتمر صحفي في مدينة كيبيك الكندية، والتي استضافت قمة الدول السبع الكبرى، "
                     "على أن مجموعة السبع قد تعهدت بمراقبة الطموحات النووية الإيرانية.")
    ev = [e for e in of_type(doc, "AGREE") if e["trigger"]["text"] == "تعهدت"]
    assert ev, doc["events"]
    assert "مجموعة السبع" in names_of(doc, ev[0]["actors"]), ev


def test_opens_pluperfect():
    toks = tokenize("على أن مجموعة السبع قد تعهدت")
    g = {"s": 2, "e": 4, "ids": ["a"], "prep": None}
    assert S._opens_pluperfect(toks, g, 5, False)
    assert not S._opens_pluperfect(toks, g, 5, True)
    toks = tokenize("استضافت مجموعة السبع قد تعهدت")
    g = {"s": 1, "e": 3, "ids": ["a"], "prep": None}
    assert not S._opens_pluperfect(toks, g, 4, False)


def test_an_act_hinted_at_is_not_asserted(pipe):
    doc = full(pipe, "لافروف يلمح إلى تزويد النظام السوري بأنظمة \"إس -300\" المضادة للطائرات")
    ev = of_type(doc, "AID")
    assert ev, doc["events"]
    assert all(e["hypothetical"] for e in ev), ev

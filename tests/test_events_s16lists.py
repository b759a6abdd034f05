"""Parties given as lists and groups (session 16, track s16lists): states told by a count (و14 دولة أوروبية، قادة خمس
دول) are one collective party, joined by و to the states named before them; the bare noun of states (دولة، دول، بلدا)
is a party only right after a number (parties.py _generic/_counted_states). Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_counted_states_join_the_states_named_before_them(pipe):
    doc = full(pipe, "\"حرب عالمية\" دبلوماسية ضد روسيا\n\n"
                     "أعلنت أميركا وكندا و14 دولة أوروبية، طرد دبلوماسيين روس، اليوم الاثنين، في تحرك وصفته رئيسة "
                     "الوزراء البريطانية تيريزا ماي بأنه \"أكبر إعلان طرد جماعي لعناصر استخباراتية روسية في التاريخ\".",
               published="2018-03-26T18:56")
    ev = factual(doc, "SANCTION")
    assert ev
    actors = party(doc, ev[0]["actors"])
    assert "United States" in actors and "Canada" in actors
    assert "دولة أوروبية" in actors


def test_heads_of_states_told_by_a_number_word(pipe):
    doc = full(pipe, "بيان مشترك من قادة 5 دول بشأن اعتداء سالزبري\n\n"
                     "أعرب قادة خمس دول عن الثقة بالتقييم البريطاني، وأدانوا روسيا.", published="2018-03-15T12:00")
    ev = factual(doc, "ACCUSE")
    assert ev and "خمس دول" in party(doc, ev[0]["actors"])


def test_a_state_noun_without_a_number_is_no_party(pipe):
    from marsad.events.parties import _NUMBER_WORDS
    assert "خمس" in _NUMBER_WORDS and "عشرات" in _NUMBER_WORDS
    doc = full(pipe, "الجامعة العربية تدين\n\n"
                     "أدانت جامعة الدول العربية ودولها الأعضاء الهجوم على قطاع غزة.", published="2018-05-12T12:00")
    for e in doc["events"]:
        assert "دولها" not in party(doc, e["actors"] + e["recipients"])


def test_an_approximate_count_of_states_joins_the_list(pipe):
    doc = full(pipe, "ماي: الرد على تسميم سكريبال\n\n"
                     "وطردت بريطانيا وأكثر من عشرين دولة حليفة لها أكثر من 150 دبلوماسيا روسيا.",
               published="2018-04-02T12:00")
    ev = [e for e in factual(doc, "SANCTION") if "طرد" in e["trigger"]["text"]]
    assert ev
    assert "عشرين دولة" in party(doc, ev[0]["actors"]) and "United Kingdom" in party(doc, ev[0]["actors"])
    assert "عشرين" not in party(doc, ev[0]["recipients"])

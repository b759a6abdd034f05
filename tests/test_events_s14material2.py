"""Material acts (session 14, track s14material2): mechanisms counted on the 1,000 corpus leads before they were
coded. Sentences from the corpus (shortened)."""
from __future__ import annotations

from conftest import factual, full, party


def test_sites_struck_in_a_place_named_in_the_relative_clause_of_a_strike(pipe):
    # the relative clause names the authors, then the sites struck (على + a site noun) and the state they stand in
    doc = full(pipe, "دمشق\n\nقال الجيش السوري، في بيان حول الضربات التي نفذتها إسرائيل ليلا على مواقع عسكرية في "
                     "سوريا، إن الصواريخ الإسرائيلية قتلت 3 أشخاص.", published="2018-05-10T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if "SYR" in party(doc, e["recipients"])]
    assert ev and "إسرائيل" in party(doc, ev[0]["actors"])


def test_a_strike_dealt_in_a_relative_clause_is_a_military_strike(pipe):
    doc = full(pipe, "المنامة\n\nوقال الوزير إن الضربة التي وجهها الجيش الإسرائيلي، ضد أهداف في سوريا، كانت دفاعا عن "
                     "النفس.", published="2018-05-10T12:00")
    ev = factual(doc, "ASSAULT")
    assert ev and "الجيش الإسرائيلي" in party(doc, ev[0]["actors"]) and "SYR" in party(doc, ev[0]["recipients"])


def test_a_blow_dealt_in_words_is_no_strike(pipe):
    doc = full(pipe, "واشنطن\n\nوقال المحلل إن الضربة التي وجهتها المحكمة العليا لقرار ترامب كانت قاسية.",
               published="2018-05-10T12:00")
    assert not factual(doc, "ASSAULT")

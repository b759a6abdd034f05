"""Session 26, track s26rare: fighters leaving or evacuated from a place (the Syrian evacuation deals of 2018) are a
RETREAT of the fighters, or of their named faction, from the place they leave; not one told by the party that
announced it, not one whose place is where they go, and not one that is a deal's content. Sentences in the phrasing
of the 2018 news corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import of_type

# (each sentence is the body after a headline, as in the corpus)


def test_group_of_gunmen_leaves_a_place(pipe):
    doc = full(pipe, "سوريا\n\n" "غادرت مجموعة من المسلحين مساء الجمعة الغوطة الشرقية، معقل المعارضة المسلحة المحاصر قرب دمشق.",
               published="2018-03-10T12:00")
    ev = [e for e in factual(doc, "RETREAT") if "المسلحين" in party(doc, e["actors"])]
    assert ev and "Eastern Ghouta" in party(doc, ev[0]["recipients"]), doc["events"]


def test_first_batch_of_fighters(pipe):
    # (the ordinal before the batch: the fighters are the subject, not a word between)
    doc = full(pipe, "سوريا\n\n" "غادرت أول دفعة من المسلحين مساء السبت الغوطة الشرقية.", published="2018-03-25T12:00")
    assert any("المسلحين" in party(doc, e["actors"]) for e in factual(doc, "RETREAT")), doc["events"]


def test_named_faction_is_the_one_that_leaves(pipe):
    doc = full(pipe, "سوريا\n\n" "وتأتي عملية الإجلاء، السبت، غداة خروج مئات المقاتلين من فصيل \"حركة أحرار الشام\" على دفعتين من "
                     "مدينة حرستا.", published="2018-03-24T12:00")
    ev = factual(doc, "RETREAT")
    assert ev and all("Ahrar al-Sham" in party(doc, e["actors"]) for e in ev), doc["events"]
    assert any("Harasta" in party(doc, e["recipients"]) for e in ev), doc["events"]


def test_place_left_not_destination_nor_adjective(pipe):
    doc = full(pipe, "سوريا\n\n" "خروج مئات المقاتلين المعارضين والمدنيين من القنيطرة باتجاه شمال سوريا", published="2018-07-20T12:00")
    ev = of_type(doc, "RETREAT")
    assert ev and all(party(doc, e["recipients"]) and "Syria" not in party(doc, e["recipients"]) for e in ev), ev
    assert not any("المعارضين" in party(doc, e["recipients"]) for e in ev), ev


def test_announcer_is_no_retreating_side(pipe):
    doc = full(pipe, "سوريا\n\n" "وأعلن مركز المصالحة الروسي في بيان، مغادرة أكثر من 2500 من المسلحين وأقاربهم مخيم اليرموك.",
               published="2018-05-20T12:00")
    assert not any("Russia" in party(doc, e["actors"]) or "Russian" in party(doc, e["actors"])
                   for e in of_type(doc, "RETREAT")), doc["events"]


def test_deal_content_is_not_told_as_done(pipe):
    doc = full(pipe, "سوريا\n\n" "وفي سبتمبر 2016 رعت كل من تركيا وروسيا وإيران اتفاقا يقضي بخروج جميع المسلحين من مدينة حلب.",
               published="2018-04-10T12:00")
    assert not factual(doc, "RETREAT"), doc["events"]


def test_brexit_is_no_withdrawal(pipe):
    # (the departure row needs fighters: leaving the union is no sanction nor retreat read from it)
    doc = full(pipe, "سوريا\n\n" "تيريزا ماي تخسر تصويتا حاسما في البرلمان بشأن الخروج من الاتحاد الأوروبي.", published="2018-09-24T12:00")
    assert not [e for e in doc["events"] if e["type"] in ("SANCTION", "RETREAT")], doc["events"]

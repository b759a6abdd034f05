"""Parties from the wrong clause, session 16 (track s16roles): the noun of a request or a meeting governed by another
verb has its own author in the genitive right after it when the one asked (من) or met (ب، مع) follows."""
from __future__ import annotations

from conftest import factual, full, party


def test_genitive_of_a_request_noun_asks_not_the_subject_of_the_governing_verb(pipe):
    # the United States blocked Kuwait's request to the Security Council: Kuwait asks, the council is asked
    doc = full(pipe, "ذكر ديبلوماسيون أن الولايات المتحدة عرقلت طلب الكويت من مجلس الأمن تبني بيان.")
    ev = factual(doc, "REQUEST")
    assert ev
    assert "KWT" in party(doc, ev[0]["actors"]) and "USA" not in party(doc, ev[0]["actors"])
    assert "مجلس الأمن" in party(doc, ev[0]["recipients"])


def test_genitive_of_a_meeting_noun_meets_the_one_after_bi(pipe):
    # the finance minister confirms the meeting; Netanyahu met al-Sisi
    doc = full(pipe, "وزير المالية الإسرائيلي يؤكد لقاء نتانياهو سرا بالسيسي في القاهرة.")
    ev = factual(doc, "CONSULT")
    assert ev
    assert "نتنياهو" in party(doc, ev[0]["actors"]) or "Netanyahu" in party(doc, ev[0]["actors"])
    assert "EGY" in party(doc, ev[0]["recipients"]) or "السيسي" in party(doc, ev[0]["recipients"])


def test_request_verb_keeps_its_subject(pipe):
    # (a verb, not the noun: the party right after it is its subject)
    doc = full(pipe, "طلب ترامب من بوتين وقف الهجمات.")
    ev = factual(doc, "REQUEST")
    assert ev and "Trump" in party(doc, ev[0]["actors"]) and "Putin" in party(doc, ev[0]["recipients"])


def test_owner_of_the_fire_told_as_the_cause_past_a_second_harm_is_the_attacker(pipe):
    # the Houthis fired: they are the attacker, never the victim (the gathering fired on is no party)
    doc = full(pipe, "قتل شخص وأصيب اثنان آخران بجروح من جراء إطلاق ميليشيات الحوثي الرصاص على تجمع قبلي في محافظة "
                     "البيضاء.")
    for ev in factual(doc, "ASSAULT"):
        assert "الحوثي" not in party(doc, ev["recipients"]) and "Houthi" not in party(doc, ev["recipients"])
    assert any("Houthi" in party(doc, ev["actors"]) for ev in factual(doc, "ASSAULT"))

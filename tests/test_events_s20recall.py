"""Recalls of a state's own ambassador and an expulsion told together (session 20)."""
from conftest import full


def events(pipe, text, published="2018-04-25T10:00"):
    doc = full(pipe, "عنوان\n\n" + text, published)
    ents = {e["id"]: e for e in doc["entities"]}
    return [(e["type"], e.get("mode"), sorted(ents[a]["name"] for a in e["actors"]),
             sorted(ents[r]["name"] for r in e["recipients"]), bool(e.get("hypothetical"))) for e in doc["events"]]


def test_own_ambassador_named_by_the_summoners_demonym(pipe):
    assert ("SANCTION", "withdraw", ["Kuwait"], ["Philippines"], False) in events(pipe,
        "استدعت الكويت السفير الكويتي في الفلبين للتشاور.")
    # a foreign ambassador summoned stays a verbal protest
    assert any(t == "ACCUSE" for t, *_ in events(pipe, "استدعت الكويت السفير الفلبيني لديها."))


def test_expulsion_and_recall_are_two_acts(pipe):
    evs = events(pipe, "الكويت تطرد السفير الفلبيني وتستدعي سفيرها من مانيلا للتشاور")
    assert {m for t, m, *_ in evs if t == "SANCTION"} == {"expel", "withdraw"}, evs


def test_determined_to_withdraw_is_no_withdrawal(pipe):
    evs = events(pipe, "وقالت الخارجية الإيرانية إن الولايات المتحدة مصممة على الانسحاب من الاتفاق النووي مع إيران.")
    assert not any(t == "SANCTION" and not hyp for t, _, _, _, hyp in evs), evs

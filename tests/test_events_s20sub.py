"""A party named only inside a clause of time or cause after a material act is not its recipient (session 20)."""
from conftest import full


def events(pipe, text, published="2018-09-10T10:00"):
    doc = full(pipe, "عنوان\n\n" + text, published)
    ents = {e["id"]: e for e in doc["entities"]}
    return [(e["type"], sorted(ents[a]["name"] for a in e["actors"]), sorted(ents[r]["name"] for r in e["recipients"]))
            for e in doc["events"] if not e.get("hypothetical") and not e.get("negated")]


def test_ban_imposed_after_an_accusation_has_no_recipient_from_it(pipe):
    evs = events(pipe, "وفرضت المحكمة حظر نشر بعدما اتهم الادعاء الرجل بالتآمر.")
    assert not any(t in ("SANCTION", "COERCE") and "الادعاء" in r for t, _, r in evs), evs


def test_a_refusal_keeps_the_one_its_cause_clause_names(pipe):
    # (verbal acts keep it: "لن تتراجع تركيا عن موقفها بعد أن هدد ترامب")
    evs = events(pipe, "قال أردوغان إن تركيا لن تتراجع عن موقفها بعد أن هدد الرئيس الأمريكي دونالد ترامب بفرض عقوبات على أنقرة.",
                 "2018-07-29T10:00")
    assert any(t == "REJECT" and r == ["Donald Trump"] for t, _, r in evs), evs

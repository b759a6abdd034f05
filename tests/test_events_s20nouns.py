"""An arrival told by its verbal noun, and people taken in (session 20)."""
from conftest import full


def events(pipe, text, published="2018-02-25T10:00"):
    doc = full(pipe, "عنوان\n\n" + text, published)
    ents = {e["id"]: e for e in doc["entities"]}
    return [(e["type"], e.get("mode"), sorted(ents[a]["name"] for a in e["actors"]),
             sorted(ents[r]["name"] for r in e["recipients"])) for e in doc["events"]]


def test_arrival_by_its_verbal_noun_is_a_visit(pipe):
    evs = events(pipe, "أعلن في سول عن وصول وفد كوري شمالي رفيع المستوى إلى كوريا الجنوبية الأحد.")
    assert any(t == "CONSULT" and m == "visit" and r == ["South Korea"] for t, m, _, r in evs), evs
    # aid arriving is no visit
    assert not any(t == "CONSULT" for t, *_ in events(pipe, "أكدت الأمم المتحدة وصول المساعدات الإنسانية إلى سوريا."))


def test_people_received_are_taken_in(pipe):
    evs = events(pipe, "قررت كندا استقبال 50 شخصا من أصحاب الخوذ البيضاء السوريين.")
    assert any(t == "AID" and m == "asylum" and a == ["Canada"] for t, m, a, _ in evs), evs
    evs = events(pipe, "استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة.")
    assert any(t == "CONSULT" for t, *_ in evs) and not any(t == "AID" for t, *_ in evs), evs

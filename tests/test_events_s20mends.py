"""Mends after the twentieth session's first wave: a report denied with its medium's state, a headline meeting told
held by a perfect after its noun."""
from marsad.pipeline import build
from marsad.record import new_document

PIPE = build()


def events(text, published="2018-07-16T10:00"):
    doc = PIPE.run_one(new_document("t", text if "\n\n" in text else "عنوان\n\n" + text, kind="txt",
                                    meta={"published": published}))
    ents = {e["id"]: e for e in doc["entities"]}
    return [(e["type"], sorted(ents[a]["name"] for a in e["actors"]), sorted(ents[r]["name"] for r in e["recipients"]),
             bool(e.get("hypothetical"))) for e in doc["events"]]


def test_denied_report_of_a_states_media_about_a_person():
    evs = events("نفت وزارة الدفاع الألمانية ما نسبته وسائل إعلام قطرية للوزيرة أورسولا فون دير لاين.")
    assert ("REJECT", ["Ministry of Defence (Germany)"], ["Qatari"], False) in evs, evs


def test_headline_talks_told_held_stay_held_beside_a_coming_summit():
    evs = events("مصادر: محادثات سرية عقدت بين أمريكا وكوريا الشمالية\n\n"
                 "قالت مصادر إن القمة المرتقبة بين ترامب وكيم ستعقد في يونيو المقبل.", "2018-04-08T10:00")
    assert ("CONSULT", ["United States"], ["North Korea"], False) in evs, evs

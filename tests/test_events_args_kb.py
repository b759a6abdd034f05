"""Party nouns read with the knowledge base's homograph rules and historical flags (events.parties)."""
from marsad.pipeline import build
from marsad.record import new_document

PIPE = build()


def _parties(text, published="2018-09-11"):
    doc = new_document("t", text)
    doc["meta"]["published"] = published
    d = PIPE.run_one(doc)
    names = {e["id"]: e.get("name") or "" for e in d["entities"]}
    return [([names.get(a) for a in e["actors"]], [names.get(r) for r in e["recipients"]]) for e in d["events"]]


def test_elimination_is_no_judiciary():
    for acts, recs in _parties("وتعهد الرئيس بالقضاء على الفساد في البلاد."):
        assert "القضاء" not in acts + recs


def test_dissolved_state_is_no_party():
    evs = _parties("بدأت روسيا أكبر مناورات عسكرية في تاريخها منذ انهيار الاتحاد السوفيتي، بمشاركة الصين ومنغوليا.")
    assert evs and not any("Soviet" in (n or "") for acts, recs in evs for n in acts + recs)

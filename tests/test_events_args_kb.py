"""Party nouns read with the knowledge base's homograph rules and historical flags (events.parties)."""
from marsad.record import new_document


def _parties(pipe, text, published="2018-09-11"):
    doc = new_document("t", text)
    doc["meta"]["published"] = published
    d = pipe.run_one(doc)
    names = {e["id"]: e.get("name") or "" for e in d["entities"]}
    return [([names.get(a) for a in e["actors"]], [names.get(r) for r in e["recipients"]]) for e in d["events"]]


def test_elimination_is_no_judiciary(pipe):
    for acts, recs in _parties(pipe, "وتعهد الرئيس بالقضاء على الفساد في البلاد."):
        assert "القضاء" not in acts + recs


def test_dissolved_state_is_no_party(pipe):
    evs = _parties(pipe, "بدأت روسيا أكبر مناورات عسكرية في تاريخها منذ انهيار الاتحاد السوفيتي، "
                         "بمشاركة الصين ومنغوليا.")
    assert evs and not any("Soviet" in (n or "") for acts, recs in evs for n in acts + recs)


def test_air_base_is_not_al_qaeda(pipe):
    for acts, recs in _parties(pipe, "وقال سكان إن مقاتلات التحالف شنت غارات استهدفت القاعدة الجوية العسكرية في صنعاء."):
        assert not any("Qaeda" in (n or "") for n in acts + recs)
    evs = _parties(pipe, "وتبنى تنظيم القاعدة في جزيرة العرب الهجوم على القاعدة الجوية الأمريكية.")
    assert any(any("Qaeda" in (n or "") for n in acts) for acts, recs in evs)

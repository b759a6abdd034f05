"""Session 27 (speed, second track): the noun-phrase groups of a sentence are kept and handed out as copies."""
from marsad.events import stage
from marsad.events.parties import Mention, span_tokens

TEXT = "وأوفدت كل من تركيا وروسيا وإيران وزراء خارجيتها إلى أستانا"  # (corpus, ant_bbc)


def _mentions(toks):
    out = []
    for w, kind, iso in (("تركيا", "GPE", "TUR"), ("وروسيا", "GPE", "RUS"), ("وإيران", "GPE", "IRN")):
        k = next(k for k, t in enumerate(toks) if t.text == w)
        off = 1 if w[0] == "و" else 0
        out.append(Mention(k, k + 1, "e-" + iso, kind, iso, None, toks[k].start + off, toks[k].end))
    return out


def test_groups_kept_are_fresh_copies_equal_to_a_new_reading():
    toks = span_tokens(TEXT, 0, len(TEXT))
    ments = _mentions(toks)
    first = stage._groups(TEXT, toks, ments)
    assert first == stage._groups_of(TEXT, toks, ments)
    assert [g["ids"] for g in first] == [["e-TUR", "e-RUS", "e-IRN"]]
    first[0]["ids"].append("x")  # the callers edit the groups they get
    first[0]["m"].pop()
    first[0]["e"] = 0
    again = stage._groups(TEXT, toks, list(ments))
    assert again == stage._groups_of(TEXT, toks, ments) and again[0] is not first[0]
    assert again[0]["ids"] == ["e-TUR", "e-RUS", "e-IRN"] and len(again[0]["m"]) == 3


def test_groups_read_again_when_a_mention_changes():
    toks = span_tokens(TEXT, 0, len(TEXT))
    ments = _mentions(toks)
    before = stage._groups(TEXT, toks, ments)
    ments[1].co = [("e-SYR", "SYR")]  # (_resolve_pairs rewrites a mention's fields: no longer joined by و alone)
    ments[2].kind = "PERSON"
    after = stage._groups(TEXT, toks, ments)
    assert after == stage._groups_of(TEXT, toks, ments) and after != before
    swapped = [Mention(m.s, m.e, m.eid, m.kind, m.country, m.sector, m.start, m.end, m.co) for m in ments]
    got = stage._groups(TEXT, toks, swapped)  # equal mentions, other objects: the groups hold the new ones
    assert all(x is y for g in got for x, y in zip(g["m"], [m for m in swapped if m.eid in g["ids"]]))

"""Session 33 (speed): the one-pass prefilters added before per-word loops let through every word the loop itself
would read (monitors._harm_at, precision.reaction_doer / distant_agent, stage._coinciding_after)."""
from marsad.events import monitors, precision
from marsad.events import stage as S
from marsad.lang.ar import tokenize


def _forms(words):
    """Each word as written and with one or two و/ف before it."""
    return {p + w for w in words for p in ("", "و", "ف", "وف", "فو", "وو")}


def test_harm_openers_cover_harm_at():
    # _harm_at reads a harm at a word only if the word (or its form without one و/ف) is a harm or carry verb
    for w in _forms(monitors._HARM | monitors._CARRY):
        for nxt in list(monitors._CARRIED)[:3] + ["الحكم", "x"]:
            toks = tokenize(w + " " + nxt)
            if len(toks) == 2 and toks[0].norm == w and monitors._harm_at(toks, 0) is not None:
                assert w in monitors._OPENERS, w


def test_reaction_words_cover_the_loop():
    # reaction_doer's loop reads w = the word less its leading و/ف (when longer than four letters), else as written
    for w in _forms(precision._REACT_B | precision._REACT_AN):
        read = w.lstrip("وف") if len(w) > 4 else w
        if read in precision._REACT_B or read in precision._REACT_AN:
            assert w in precision._REACT_WORDS or w.lstrip("وف") in precision._REACT_WORDS, w


def test_coincide_any_covers_coinciding_words():
    words = set(S._ALONGSIDE) | {p + c + s for c in S._COINCIDE for p in ("", "و", "ف", "ل", "ول", "فل")
                                 for s in ("", "ه", "ت", "ا")}
    for w in words:
        if w in S._ALONGSIDE or S._coincide_form(w).startswith(S._COINCIDE):
            assert S._COINCIDE_ANY.search(w), w


def test_coinciding_after_still_reads_the_phrase():
    # (corpus: AlArabiya 2018) the phrase of coinciding after the act is found as before; none without one
    text = "وتأتي الغارات بالتزامن مع مواجهات بين الميليشيات الحوثية والقوات الشرعية"
    toks = tokenize(text)
    assert S._coinciding_after(text, toks, 2) == (2, len(toks))
    text = "وتأتي الغارات في وقت تشهد فيه المنطقة مواجهات بين الميليشيات الحوثية والقوات الشرعية"
    assert S._coinciding_after(text, tokenize(text), 2) is None

"""Session 27 (speed): the table lookups that replaced per-word loops read every word as the loops did."""
from marsad.entities import stage as ent_stage
from marsad.events import sport

_PREFIXES = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _head_by_loop(heads, w):
    """The collective head rule the entity stage read with a test per prefix (before session 27)."""
    if w in heads:
        return 0, heads[w]
    for p in _PREFIXES:
        if w.startswith(p) and w[len(p):] in heads:
            return len(p), heads[w[len(p):]]
    return None


def test_collective_heads_after_proclitics_read_as_by_the_loop():
    heads = ent_stage._collective_rules()[0]
    prefixed = ent_stage._collective_prefixed()
    words = {p + h for h in heads for p in ("",) + _PREFIXES} | {"وبأهالي", "لسكان", "فلأسر", "والسكان", "سكانها"}
    for w in words:
        got = (0, heads[w]) if w in heads else prefixed.get(w)
        assert got == _head_by_loop(heads, w), w
    assert prefixed["لسكان"][0] == 1 and prefixed.get("والسكان") is None


def test_sport_terms_forms_as_by_the_word_loop():
    text = ("وتلتقي اليابان مع السنغال وبولندا في المباراة الأولى ضمن المجموعة في المونديال، وأعلن المدرب أن المنتخب "
            "سيلعب بالملعب الجديد وللاعبين حق الراحة")
    words = set(sport._WORD.findall(sport.normalize(text)))
    expected = {t for t in map(sport._term_of, words) if t is not None}
    assert sport.sport_terms(text) == expected and len(expected) >= 3
    assert len(sport.sport_terms(text, 2)) == 2 and sport.is_sport(text)
    for n in sport._FORMS:
        assert sport._term_of(n) == sport._FORMS[n]

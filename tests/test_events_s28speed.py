"""Session 28 (speed): the phrase matcher keeps what a first word reaches, and reads a stretch of a token list without
slicing it; the same matches as before."""
from marsad.events.lexicon import PhraseMatcher, readings, readings_fem
from marsad.events.stage import EventStage
from marsad.lang.ar import tokenize

# corpus sentences (ant_bbc, ant_alarabia)
SENTENCES = [
    "لن تقف الحكومة المركزية مكتوفة الأيدي أمام أي تدخل عسكري تركي",
    "ومن المتوقع أن يحظى تقرير الأمم المتحدة بدعم وتأييد الولايات المتحدة",
    "وكانت روسيا قد نفذت غارات على مواقع المعارضة المسلحة في ريف إدلب، ولم تعلق دمشق على ذلك",
    "أعلن رئيس الوزراء الأردني عمر الرزاز، الخميس، سحب مشروع القانون",
    "ولم يتعهد ترامب برفع العقوبات لكنه رحب بإنهاء علاقة صعبة",
]


def _reference_longest_at(m, toks, i):
    """PhraseMatcher.longest_at as it read the first word before the session (no kept heads)."""
    n = len(toks)
    if i >= n:
        return None
    t = toks[i]
    frontier = [c for r in (readings_fem(t.norm) if t.text.endswith("ة") else readings(t.norm))
                if (c := m.trie.get(r)) is not None]
    if not frontier:
        return None
    best = next(((i + 1, c["$"]) for c in frontier if "$" in c), None)
    j = i + 1
    while frontier and j < n and j - i < m.maxlen:
        nxt = []
        rs = readings_fem(toks[j].norm) if toks[j].text.endswith("ة") else readings(toks[j].norm)
        for node in frontier:
            for r in rs:
                child = node.get(r)
                if child is not None:
                    nxt.append(child)
                    if "$" in child and (best is None or best[0] < j + 1):
                        best = (j + 1, child["$"])
        frontier = nxt
        j += 1
    return best


def _lex():
    st = EventStage()
    st.setup()
    return st.lex


def test_kept_heads_match_as_before_on_the_lexicons():
    lex = _lex()
    for m in (lex.trig, lex.cues, lex.gaz, lex.parties, lex.titles):
        for s in SENTENCES:
            toks = tokenize(s)
            for i in range(len(toks) + 1):
                assert m.longest_at(toks, i) == _reference_longest_at(m, toks, i)
                assert m.longest_at(toks, i) == _reference_longest_at(m, toks, i)  # (the second time from the kept head)


def test_one_word_phrase_and_longer_one_from_the_same_word():
    m = PhraseMatcher()
    m.add(("قصف",), "one")
    toks = tokenize("قصف الطيران المدينة")
    assert m.longest_at(toks, 0) == (1, "one")
    m.add(("قصف", "الطيران"), "two")  # (a phrase added later: the kept heads are dropped)
    assert m.longest_at(toks, 0) == (2, "two")
    assert m.longest_at(toks, 1) is None
    m.add(("الطيران",), "air")
    assert m.longest_at(toks, 1) == (2, "air")


def test_find_all_over_a_stretch_is_find_all_over_the_slice():
    lex = _lex()
    for m in (lex.cues, lex.trig):
        for s in SENTENCES:
            toks = tokenize(s)
            n = len(toks)
            for lo in range(n + 1):
                for hi in range(lo, n + 1):
                    assert m.find_all(toks, lo, hi) == m.find_all(toks[lo:hi])


def test_lower_case_skipped_only_where_no_character_changes():
    import sys

    from marsad.lang.ar import _MAY_LOWER, normalize
    assert all(_MAY_LOWER.match(chr(c)) or chr(c).lower() == chr(c) for c in range(sys.maxunicode + 1))
    s = "وقال الرئيس الأمريكي دونالد ترامب لشبكة CNN إن بلاده لن تقف مكتوفة الأيدي"  # (a Latin name: lowered)
    assert normalize(s) == normalize.__wrapped__(s) and "cnn" in normalize(s)
    assert normalize("ΣΟΦΙΑ قالت المتحدثة باسم الوزارة") == "σοφια قالت المتحدثه باسم الوزاره"  # (final sigma)

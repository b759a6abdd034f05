"""Session 32 (speed): the same answers as before from cheaper paths — find_all's inlined first step, find_vow's
C-level prefilter, the paragraph of each sentence by bisection."""
import random

import pytest

from marsad.events import retaliation
from marsad.events.lexicon import token_mask
from marsad.events.stage import EventStage
from marsad.lang.ar import tokenize
from marsad.time.dating import _paragraph_of

# corpus sentences (2018 corpus: AlArabiya, BBC, France24, SkyNews)
SENTENCES = [
    "وتعهدت الصين بالرد على كل خطوة",
    "إلا أن شيرين توعدت رامز جلال بالرد على ما حدث، وأن يقع هو ضحية لها قريبا",
    "معلنة أن الهجوم \"لن يمر دون رد\"",  # (the clause after "وتوعدت إيران غداة الهجوم بالانتقام،")
    "الطائرات دمرت معسكرا حربيا مهجورا ثم أصدر تهديدا بأنه يحتفظ بحق الرد",
    "قال وزير الخارجية التركي، مولود تشاووش أوغلو، إن تركيا سترد على أي عقوبات أميركية في مجال الدفاع",
    "وحذرت الخارجية الأمريكية الاثنين من واشنطن سوف ترد فورا على أي هجوم كيميائي تشنه الحكومة السورية على إدلب",
    "لن تقف الحكومة المركزية مكتوفة الأيدي أمام أي تدخل عسكري تركي",
    "وكانت روسيا قد نفذت غارات على مواقع المعارضة المسلحة في ريف إدلب، ولم تعلق دمشق على ذلك",
    "أعلن رئيس الوزراء الأردني عمر الرزاز، الخميس، سحب مشروع القانون",
    "ولم يتعهد ترامب برفع العقوبات لكنه رحب بإنهاء علاقة صعبة",
    "وسحبت إسرائيل قواتها ومستوطنيها من غزة",
    "سلمت حماس ثلاث رهائن إلى الصليب الأحمر",
    "ذكرت وكالة الأنباء السورية أن الزيارة تأتي في إطار تعزيز العلاقات الثنائية",
]


@pytest.fixture(scope="module")
def stage():
    st = EventStage()
    st.setup()
    return st


def _reference_find_all(m, toks, lo=0, hi=None):
    """PhraseMatcher.find_all as it read before the session: longest_at called at every token a phrase may start at."""
    hi = len(toks) if hi is None else min(hi, len(toks))
    out, i = [], lo
    for k in range(lo, hi):
        if k < i or not token_mask(toks[k].norm) & m.bit:
            continue
        hit = m.longest_at(toks, k, hi)
        if hit:
            out.append((k - lo, hit[0] - lo, hit[1]))
            i = hit[0]
    return out


def test_find_all_as_before(stage):
    lex = stage.lex
    for m in (lex.trig, lex.trig_fb, lex.trig_ref, lex.cues, lex.gaz, lex.parties, lex.titles):
        for s in SENTENCES:
            toks = tokenize(s)
            for _ in range(2):  # (cold, then from the kept heads)
                assert [tuple(x) for x in m.find_all(toks)] == _reference_find_all(m, toks)
            for lo in range(0, len(toks), 3):
                hi = min(len(toks), lo + 7)
                assert [tuple(x) for x in m.find_all(toks, lo, hi)] == _reference_find_all(m, toks, lo, hi)


def test_vow_prefilter_keeps_every_vow(stage, monkeypatch):
    toks = [tokenize(s) for s in SENTENCES]
    got = [retaliation.find_vow(stage, t) for t in toks]
    assert [g[0] if g else None for g in got[:6]] == ["vow", "vow", "unanswered", "right", "future", "future"]
    assert got[6:] == [None] * (len(SENTENCES) - 6)
    assert not retaliation._may_vow([t.norm for t in toks[8]])  # (no word that can open a vow: the loop is skipped)
    monkeypatch.setattr(retaliation, "_may_vow", lambda norms: True)  # (the loop over every sentence, as before)
    assert [retaliation.find_vow(stage, t) for t in toks] == got


def test_withdrawn_forces_and_handed_captives_still_read(stage):
    for s, mode in ((SENTENCES[10], "withdraw"), (SENTENCES[11], "release")):
        _out, st = stage.sentence_candidates(s)
        assert any(m.value.type == "RETREAT" and m.value.mode == mode for m in st.trigs)


def _reference_paragraph_of(starts, paras):
    return [next((n for n, (ps, pe) in enumerate(paras) if ps <= s < pe), -1) for s in starts]


def test_paragraph_of_as_the_scan():
    rnd = random.Random(32)
    for _ in range(3000):
        cuts = sorted(rnd.sample(range(200), rnd.randint(0, 12)))
        paras = [[cuts[i], cuts[i + 1]] for i in range(0, len(cuts) - 1, rnd.choice((1, 2)))]
        if paras and rnd.random() < 0.2:
            paras.append(list(rnd.choice(paras)))  # (overlapping: scanned)
        if rnd.random() < 0.1:
            rnd.shuffle(paras)  # (out of order: scanned)
        starts = [rnd.randint(0, 210) for _ in range(rnd.randint(0, 15))]
        assert _paragraph_of(starts, paras) == _reference_paragraph_of(starts, paras)


def test_kept_dual_and_anaphor_forms_answer_as_the_rules():
    from marsad.events import parties as P
    words = set()
    for w in list(P._ANAPHOR_STEMS) + list(P._DUAL_BASES) + list(P._dual_forms()):
        for p in ("", "و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "فل", "ول", "وب", "فب"):
            words |= {p + w, p + w[1:], p + w[2:]}
    # (and the words of corpus sentences: most answer None)
    words |= {t.norm for s in SENTENCES for t in tokenize(s)} | {"", "و", "ال", "لل", "ب"}
    for w in words:
        assert P._anaphor_stem(w) == P._anaphor_stem_read(w), w
        assert P._dual_base(w) == P._dual_base_read(w), w
    assert P._dual_base("للوزيرين") == "الوزير" and P._anaphor_stem("بالجماعه") == "جماعه"


def test_reply_futures_are_the_words_whose_future_stem_is_rd(stage):
    from marsad.events.stage import _future_stem
    forms = retaliation._reply_futures()
    assert {"سترد", "سنرد", "وسيردون", "فسترد", "يرد", "تردها"} <= forms
    words = {a + b + c + "رد" + d for a in ("", "و", "ف", "ل", "ب") for b in ("", "س", "ت") for c in ("", "ي", "ت", "ن", "ا")
             for d in ("", "ون", "ان", "ين", "كم", "هم", "ها", "ه", "وا", "د", "ود")}
    words |= {t.norm for s in SENTENCES for t in tokenize(s)}
    for w in words:
        assert (w in forms) == (_future_stem(w) == "رد"), w

"""A small CRF name tagger (python-crfsuite) for names the knowledge base does not hold.

Labels: B/I-PER, B/I-LOC (places and GPEs), B/I-ORG.  Features are the normalised word, its stem without
proclitics, affixes, and gazetteer membership from the KB (given names, name tokens, countries, places,
orgs, titles, demonyms, speech verbs) for the word and its neighbours, so the few thousand training
sentences (AQMAR Wikipedia + a Wojood news sample, ``python -m marsad.entities.train_tagger``) generalise
to news.  The model ships in ``model/ner.crfsuite`` (a few hundred KB).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..lang.ar import normalize, strip_article
from . import words as _words
from .kb import KB, load_kb
from .match import may_hit, readings

MODEL = Path(__file__).resolve().parent / "model" / "ner.crfsuite"
SPEECH = {normalize(w) for w in (
    "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "أضاف", "أضافت", "أوضح", "أوضحت", "صرح", "صرحت", "ذكر",
    "ذكرت", "أشار", "أشارت", "دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت", "التقى", "التقت", "استقبل",
    "زار", "زارت", "بحث", "بحثت", "اتهم", "اتهمت", "رحب", "رحبت", "نفى", "نفت", "يقول", "تقول")}
_LATIN = re.compile(r"[a-z]")


class Gaz:
    """Per-word gazetteer classes from a KB (cached)."""

    def __init__(self, kb: KB, v2: bool = False):
        self.kb = kb
        self.v2 = v2   # the news-silver model's features (``oov``, ``wspeech``); the model says which it was trained on
        self.single: dict[str, str] = {}
        for first, lst in kb.index.items():
            for rest, vals in lst:
                kind = vals[0][2]
                k = {"person": "per", "person_short": "per", "org": "org", "org_short": "org", "country": "gpe",
                     "place_extra": "loc", "place_geo": "loc", "capital": "loc"}.get(kind, "x")
                if not rest:
                    self.single.setdefault(first, k)
                else:
                    self.single.setdefault("^" + first, k)   # first word of a multi-word name
                    for r in rest:
                        self.single.setdefault("~" + r, k)   # inner word of a multi-word name

    @lru_cache(maxsize=200_000)
    def classes(self, norm: str) -> tuple[str, ...]:
        kb = self.kb
        out = []
        keys = kb.__dict__.get("_flag_keys")   # set by match.token_flags: no tail of the word in it, no reading
        if keys is not None and not may_hit(norm, keys):
            rs = ()
        else:
            rs = readings(norm)
        for _, key, _ in rs:
            c = self.single.get(key)
            if c:
                out.append("g=" + c)
                break
        for _, key, _ in rs:
            c = self.single.get("^" + key)
            if c:
                out.append("gf=" + c)
                break
        c = self.single.get("~" + norm)
        if c:
            out.append("gi=" + c)
        if any(key in kb.given for _, key, _ in rs[:2]):
            out.append("given")
        if norm in kb.name_tokens:
            out.append("nametok")
        if any(key in kb.demonyms for _, key, _ in rs):
            out.append("dem")
        if any(key in kb.title_first and any(kb.titles[(key,) + r].kind not in ("arms", "people", "crowd", "counted", "single")
                                             for r in kb.title_first[key]) for _, key, _ in rs):
            out.append("title")  # (not the nouns that are parties only with a demonym: the model was trained without)
        if norm in kb.stop:
            out.append("stop")
        if norm in SPEECH:
            out.append("speech")
        elif self.v2 and norm[:1] in "وف" and norm[1:] in SPEECH:
            out.append("wspeech")   # (v2: وقال، فأضاف)
        return tuple(out)


@lru_cache(maxsize=200_000)
def _word_feats(norm: str) -> tuple[str, ...]:
    st = strip_article(norm)
    f = ["w=" + norm, "st=" + st, "s2=" + norm[-2:], "s3=" + norm[-3:], "p2=" + norm[:2], "p3=" + norm[:3]]
    if norm.startswith("ال") or st != norm:
        f.append("al")
    if norm.isdigit():
        f.append("num")
    elif _LATIN.search(norm):
        f.append("latin")
    f.append("len=%d" % min(len(norm), 8))
    if norm.endswith(("يه", "ية")):
        f.append("yah")
    return tuple(f)


@lru_cache(maxsize=200_000)
def _oov(norm: str) -> tuple[str, ...]:
    """(v2) ``oov``: no Arabic dictionary holds the word (as written, less a proclitic, with a suffix): a name."""
    if len(norm) >= 3 and not norm.isdigit() and not _LATIN.search(norm) and _words.available() and \
            not _words.is_word(norm):
        return ("oov",)
    return ()


def _tok_parts(norm: str, gaz: Gaz) -> tuple:
    """Cached feature groups of one word: as itself, and as the word at -2, -1, +1, +2."""
    cache = gaz.__dict__.setdefault("_parts", {})
    r = cache.get(norm)
    if r is None:
        wf = _word_feats(norm) + (_oov(norm) if gaz.v2 else ())
        gc = gaz.classes(norm)
        st = wf[1][3:]
        r = (("b",) + wf + gc,
             ("-1w=" + norm, "-1s=" + st) + tuple("-1" + c for c in gc),
             ("+1w=" + norm, "+1s=" + st) + tuple("+1" + c for c in gc),
             ("-2w=" + norm,) + tuple("-2" + c for c in gc),
             ("+2w=" + norm,) + tuple("+2" + c for c in gc))
        known = gaz.__dict__.get("known")
        if known is not None:  # (tagging: the features the model has no weight for change nothing; left out)
            r = tuple(tuple(filter(known.__contains__, g)) for g in r)
        if len(cache) > 300_000:
            cache.clear()
        cache[norm] = r
    return r


def _bare_parts(norm: str, gaz: Gaz) -> tuple:
    """``_tok_parts`` without the gazetteer classes (training: a name's KB membership dropped out, so that the
    model also learns the name from its context)."""
    wf = _word_feats(norm) + (_oov(norm) if gaz.v2 else ())
    st = wf[1][3:]
    return (("b",) + wf, ("-1w=" + norm, "-1s=" + st), ("+1w=" + norm, "+1s=" + st), ("-2w=" + norm,),
            ("+2w=" + norm,))


def sent_features(norms: list[str], gaps: list[str], gaz: Gaz, bare=()) -> list[list[str]]:
    """Features of one token sequence.  ``gaps[k]`` = punctuation between token k-1 and k ('' if none);
    the tokens in ``bare`` (training only) get no gazetteer classes."""
    n = len(norms)
    if bare:
        parts = [_bare_parts(w, gaz) if k in bare else _tok_parts(w, gaz) for k, w in enumerate(norms)]
    else:  # (tagging: the kept parts looked up in one C-level pass, _tok_parts called for the words not kept yet)
        parts = list(map(gaz.__dict__.setdefault("_parts", {}).get, norms))
        if None in parts:
            for k in [k for k, p in enumerate(parts) if p is None]:
                parts[k] = _tok_parts(norms[k], gaz)
    out = []
    append = out.append
    last = n - 1
    for k, p in enumerate(parts):
        f = list(p[0])
        g = gaps[k]
        if g:
            f.append("gp=" + g)
        if k < last:
            g = gaps[k + 1]
            if g:
                f.append("gn=" + g)
        if k == 0:
            f.append("BOS")
        else:
            f += parts[k - 1][1]
            if k > 1:
                f += parts[k - 2][3]
        if k == last:
            f.append("EOS")
        else:
            f += parts[k + 1][2]
            if k + 2 < n:
                f += parts[k + 2][4]
        append(f)
    return out


def spans_of(labels: list[str]) -> list[tuple[int, int, str]]:
    """IOB2 labels -> (start_token, end_token, type)."""
    out = []
    cur = None
    if labels.count("O") == len(labels):
        return out  # (most windows: nothing tagged)
    for k, l in enumerate(labels + ["O"]):
        if l == "O" and cur is None:
            continue  # (nothing open, nothing opens)
        if l.startswith("B-") or l == "O" or (l.startswith("I-") and (cur is None or cur[2] != l[2:])):
            if cur is not None:
                out.append((cur[0], k, cur[2]))
                cur = None
            if l.startswith(("B-", "I-")):
                cur = [k, k + 1, l[2:]]
    return out


class Tagger:
    def __init__(self, path: Path = MODEL, kb: KB | None = None):
        import pycrfsuite
        self.kb = kb or load_kb()
        self.gaz = Gaz(self.kb)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        # the attributes the model knows: crfsuite drops any other when it reads a sequence, so they are left out of
        # the word features before they cross into C++ (a third of them; same labels and marginals, ~30% less
        # tagging time)
        try:
            self.gaz.known = frozenset(self.tagger.info().attributes)
            self.gaz.v2 = "oov" in self.gaz.known
        except Exception:  # pragma: no cover - a dump it cannot parse: every feature goes in, as before
            pass

    @classmethod
    def load(cls, kb: KB | None = None) -> "Tagger | None":
        if not MODEL.exists():
            return None
        try:
            return cls(MODEL, kb)
        except Exception:
            return None

    def tag(self, norms: list[str], gaps: list[str], min_prob: float = 0.0) -> list[tuple[int, int, str]]:
        """Spans ``(start_token, end_token, type, prob)`` whose mean label marginal is at least ``min_prob``."""
        if not norms:
            return []
        labels = self.tagger.tag(sent_features(norms, gaps, self.gaz))
        out = []
        for a, b, t in spans_of(labels):
            p = sum(self.tagger.marginal(labels[k], k) for k in range(a, b)) / (b - a)
            if p >= min_prob:
                out.append((a, b, t, p))
        return out

"""Loaders for the event coder's data files and a clitic-aware phrase matcher over tokens.

All lexicon keys are normalised with :func:`marsad.lang.ar.normalize`; a token matches a key when one of
its readings (bare, without proclitics و ف ب ل ك س ال, without a pronoun suffix) equals it.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress, count, islice, repeat
from operator import and_
from pathlib import Path
from typing import Iterable, NamedTuple

from ..lang.ar import TOKEN_NORM, Token, normalize

DATA = Path(__file__).resolve().parent / "data"

_PRE1 = ("و", "ف")
_PRE2 = ("س", "ب", "ل", "ك")
_ENC = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ك")


@lru_cache(maxsize=300_000)
def readings(norm: str) -> tuple[str, ...]:
    """Every reading of a normalised token: itself, without proclitics, article and pronoun suffixes."""
    out = [norm]
    bases = [norm]
    w = norm
    if len(w) > 3 and w[0] in _PRE1:
        w = w[1:]
        bases.append(w)
    if len(w) > 3 and w[0] in _PRE2 and not (w[0] == "س" and w[1] not in "يتنا"):  # the future س only before an imperfect
        bases.append(w[1:])
        if w[0] == "ل" and w[1:2] == "ل" and len(w) > 4:  # لل = ل + ال
            bases.append("ا" + w[1:])
            bases.append(w[2:])
        w2 = w[1:]
        if w2.startswith("ال") and len(w2) > 4:
            bases.append(w2[2:])
    for b in list(bases):
        if b.startswith("ال") and len(b) > 4:
            bases.append(b[2:])
    for b in bases:
        if b not in out:
            out.append(b)
        if not b.endswith(_ENC):
            continue  # (most words: no pronoun suffix to try)
        for e in _ENC:
            if b.endswith(e) and len(b) - len(e) >= 3:
                s = b[: -len(e)]
                if s not in out:
                    out.append(s)
                if e in ("ه", "ها", "هم", "هما") and s.endswith("ت") and len(s) > 3:
                    # feminine noun before a pronoun: زيارته → زياره
                    f = s[:-1] + "ه"
                    if f not in out:
                        out.append(f)
                break
    return tuple(out)


def read_tsv(name: str) -> Iterable[list[str]]:
    with open(DATA / name, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=None)
def read_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a data file as read_tsv gives them, read once for all of its readers (blame.tsv,
    implicit_blame.tsv, cues.tsv, stances.tsv, channels.tsv and parties.tsv each serve more than one loader at set-up)."""
    return tuple(map(tuple, read_tsv(name)))


def norm_phrase(p: str) -> tuple[str, ...]:
    toks = tuple(normalize(w) for w in p.split())
    while len(toks) > 1 and len(toks[-1]) == 1:  # "اعترف ب": a clitic preposition joins the next word
        toks = toks[:-1]
    return toks


_PAST_SUF = ("", "ت", "ا", "تا", "وا", "نا", "تم", "ن", "تما")
_PRES_PRE = ("ي", "ت", "ن", "ا")
_PRES_SUF = ("", "ان", "ون", "ين", "وا", "ن")


def _perfect(past: str) -> list[str]:
    """The perfect of a normalised past stem in every person."""
    return [past + s for s in _PAST_SUF]


def _perfect_defective(past: str) -> list[str]:
    """The perfect forms of a defective verb (اعتدى، نفى: اعتدت، اعتدوا، اعتدتا); none for others."""
    return [past[:-1] + s for s in ("ت", "وا", "تا")] if past.endswith("ي") and len(past) > 2 else []


def expand(form: str) -> list[str]:
    """``PAST/PRESENT`` → the conjugated forms; anything else → itself."""
    if "/" not in form:
        return [form]
    past, pres = (normalize(x) for x in form.split("/", 1))
    out = _perfect(past)
    out += [p + pres + s for p in _PRES_PRE for s in _PRES_SUF]
    out += _perfect_defective(past)
    if pres.endswith("ي") and len(pres) > 2:  # يعتدون، تعتدوا
        out += [p + pres[:-1] + s for p in _PRES_PRE for s in ("ون", "وا")]
    return out


@lru_cache(maxsize=300_000)
def readings_fem(norm: str) -> tuple[str, ...]:
    """Readings of a word written with final ة (normalised to ه): that ه is not a pronoun suffix."""
    base = readings(norm)
    return tuple(r for r in base if r.endswith("ه") or not (norm.endswith("ه") and len(r) < len(norm)
                                                           and norm.endswith(r[-3:] + "ه")))


def tok_readings(t: Token) -> tuple[str, ...]:
    return readings_fem(t.norm) if t.text.endswith("ة") else readings(t.norm)


_MASKS: dict = {}  # id(token list) -> (the list, its length, token_mask of each token): the last lists read
_MASK_OF: dict = {}  # norm -> token_mask(norm), for find_all: a dict lookup per token is cheaper than the lru wrapper


def trigger_span(toks, ev):
    """The tokens [ts, te) of an event's trigger: the token it starts at, through the one its end reaches; (None, None)
    when no token starts where it does."""
    ts = next((k for k, t in enumerate(toks) if t.start == ev["trigger"]["start"]), None)
    if ts is None:
        return None, None
    te = next((k + 1 for k in range(ts, len(toks)) if toks[k].end >= ev["trigger"]["end"]), ts + 1)
    return ts, te


class Match(NamedTuple):
    start_tok: int
    end_tok: int  # exclusive
    value: object


_MATCH_NEW = tuple.__new__


_MATCHERS: list = []
_NO_VALUE = object()  # (no phrase of one word: PhraseMatcher._head)
_FIRST: dict[str, int] = {}
_DIRTY = [False]


@lru_cache(maxsize=300_000)
def token_mask(norm: str) -> int:
    """Bit set of the matchers whose phrases can start with this token (one cached lookup per word)."""
    if _DIRTY[0]:
        _FIRST.clear()
        for m in _MATCHERS:
            for k in m.trie:
                _FIRST[k] = _FIRST.get(k, 0) | m.bit
        _DIRTY[0] = False
    out = 0
    for r in readings(norm):
        out |= _FIRST.get(r, 0)
    return out


class PhraseMatcher:
    """Longest-match lookup of token sequences (by readings) → value."""

    def __init__(self):
        self.trie: dict = {}
        self.maxlen = 1
        self.bit = 1 << len(_MATCHERS)
        # the trie nodes a first word reaches and the value of the one-word phrase it is, per word form, for a word
        # without and with final ة (longest_at); emptied when a phrase is added
        self._heads: tuple[dict, dict] = ({}, {})
        _MATCHERS.append(self)

    def add(self, phrase: tuple[str, ...], value, *, overwrite: bool = False) -> None:
        node = self.trie
        for w in phrase:
            node = node.setdefault(w, {})
        if overwrite or "$" not in node:
            node["$"] = value
        self._heads[0].clear()
        self._heads[1].clear()
        if not _DIRTY[0]:
            _DIRTY[0] = True
            token_mask.cache_clear()
            _MASKS.clear()
            _MASK_OF.clear()
        self.maxlen = max(self.maxlen, len(phrase))

    def longest_at(self, toks: list[Token], i: int, n: int | None = None):
        """(end_index, value) of the longest phrase starting at token i, or None; ``n``: the phrase ends by token n
        (as if the list ended there; default: its end)."""
        n = len(toks) if n is None else n
        if i >= n:
            return None
        # the first word, as the loop below reads it (most calls end here: no phrase opens with any of its readings);
        # what it reaches is kept per word form
        t = toks[i]
        heads = self._heads[t.text.endswith("ة")]
        head = heads.get(t.norm)
        if head is None:
            head = self._head(t.norm, t.text.endswith("ة"))
            if len(heads) > 200_000:
                heads.clear()
            heads[t.norm] = head
        frontier, value = head
        if value is _NO_VALUE:
            if not frontier:
                return None
            best = None
        else:
            best = (i + 1, value)
        j = i + 1
        while frontier and j < n and j - i < self.maxlen:
            nxt = []
            t = toks[j]
            rs = readings_fem(t.norm) if t.text.endswith("ة") else readings(t.norm)  # (tok_readings, inlined)
            for node in frontier:
                for r in rs:
                    child = node.get(r)
                    if child is not None:
                        nxt.append(child)
                        if "$" in child:
                            if best is None or best[0] < j + 1:
                                best = (j + 1, child["$"])
            frontier = nxt
            j += 1
        return best

    def _head(self, norm: str, fem: bool) -> tuple:
        """(the trie nodes the readings of a first word reach that a longer phrase goes on from, in the readings'
        order; the value of the first node reached that ends a phrase, else _NO_VALUE). A node that only ends a phrase
        ("$" its one key) reaches nothing further, and a node that ends none always goes on."""
        get = self.trie.get
        frontier = []
        value = _NO_VALUE
        for r in (readings_fem(norm) if fem else readings(norm)):
            child = get(r)
            if child is not None:
                if value is _NO_VALUE and "$" in child:
                    value = child["$"]
                if len(child) > 1 or "$" not in child:
                    frontier.append(child)
        return frontier, value

    def first_word(self, norm: str) -> bool:
        return bool(token_mask(norm) & self.bit)

    def find_all(self, toks: list[Token], lo: int = 0, hi: int | None = None) -> list[Match]:
        """The phrases of the token list, left to right, longest first, none overlapping. ``lo``, ``hi``: those of
        ``toks[lo:hi]``, token indices counted from lo as in that slice (the list's kept masks serve: no slice is
        made)."""
        out = []
        i = lo  # the next token a phrase may start at (matches do not overlap)
        # the tokens a phrase may start at: one C-level pass (token_mask per norm, masked by this matcher's bit);
        # the masks of the last token lists are kept (several matchers read the same sentence)
        memo = _MASKS.get(id(toks))
        if memo is not None and memo[0] is toks and memo[1] == len(toks):
            masks = memo[2]
        else:
            masks = list(map(_MASK_OF.get, map(TOKEN_NORM, toks)))
            if None in masks:
                if len(_MASK_OF) > 300_000:
                    _MASK_OF.clear()
                for k in [k for k, x in enumerate(masks) if x is None]:
                    masks[k] = _MASK_OF[toks[k].norm] = token_mask(toks[k].norm)
            if len(_MASKS) > 256:
                _MASKS.clear()
            _MASKS[id(toks)] = (toks, len(toks), masks)
        # (longest_at's first step, inlined: a first word whose kept head reaches no longer phrase is the one-word
        # phrase it ends, or none; most trigger words are such, and the call is saved; s32speed)
        heads = self._heads
        if lo or hi is not None:
            hi = len(toks) if hi is None else min(hi, len(toks))
            for k in list(compress(range(lo, hi), map(and_, islice(masks, lo, hi), repeat(self.bit)))):
                if k < i:
                    continue
                t = toks[k]
                head = heads[t.text.endswith("ة")].get(t.norm)
                if head is not None and not head[0]:
                    if head[1] is _NO_VALUE:
                        continue
                    hit = (k + 1, head[1])
                else:
                    hit = self.longest_at(toks, k, hi)
                if hit:
                    out.append(_MATCH_NEW(Match, (k - lo, hit[0] - lo, hit[1])))
                    i = hit[0]
            return out
        for k in list(compress(count(), map(and_, masks, repeat(self.bit)))):  # (and_: cheaper than bit.__and__)
            if k < i:
                continue
            t = toks[k]
            head = heads[t.text.endswith("ة")].get(t.norm)
            if head is not None and not head[0]:
                if head[1] is _NO_VALUE:
                    continue
                hit = (k + 1, head[1])
            else:
                hit = self.longest_at(toks, k)
            if hit:
                out.append(_MATCH_NEW(Match, (k, hit[0], hit[1])))  # (Match(...) without its Python-level __new__)
                i = hit[0]
        return out


class Trigger(NamedTuple):
    type: str
    mode: str | None
    need: frozenset
    confidence: float
    unless: frozenset = frozenset()
    pos: str | None = None


VERB_FORMS: set[str] = set()  # every conjugated form generated from PAST/PRESENT pairs
PAST_FORMS: set[str] = set()  # the perfect forms among them (ناشدوا، نفت، تظاهروا: a past verb may open with ن/ت/ي)


def load_triggers(name: str = "triggers.tsv") -> PhraseMatcher:
    m = PhraseMatcher()
    for row in read_tsv(name):
        row += [""] * (6 - len(row))
        typ, mode, forms, need, conf, pos = row[:6]
        neg = need.startswith("!")
        words = frozenset(normalize(w) for w in need.lstrip("!").split("|") if w)
        trig = Trigger(typ, mode or None, frozenset() if neg else words, float(conf or 0.7),
                       words if neg else frozenset(), pos or None)
        for f in forms.split("|"):
            f = f.strip()
            if not f:
                continue
            if pos == "v" and "/" not in f and " " not in f:
                VERB_FORMS.add(normalize(f))  # (s29verbal) a literal verb form (fallback AGREE accept: قبلت، يقبل)
            if "/" in f and " " not in f:
                VERB_FORMS.update(expand(f))
                past = normalize(f.split("/", 1)[0])
                PAST_FORMS.update(_perfect(past) + _perfect_defective(past))
            for g in expand(f):
                ph = norm_phrase(g)
                if ph:
                    # blockers (NONE) win over everything; otherwise the first listed entry keeps the form
                    m.add(ph, trig, overwrite=(typ == "NONE"))
    return m


class Place(NamedTuple):
    iso3: str
    name: str
    type: str  # GPE | NORP | ORG
    sector: str | None


def load_gazetteer() -> PhraseMatcher:
    """Countries, capitals, demonyms and international organisations."""
    m = PhraseMatcher()
    for iso, name, kind, forms in read_tsv("countries.tsv"):
        for f in forms.split("|"):
            m.add(norm_phrase(f), Place(iso, name, kind, "GOV" if kind == "GPE" else None))
    for iso, name, kind, sector, forms in read_tsv("orgs.tsv"):
        for f in forms.split("|"):
            m.add(norm_phrase(f), Place(None if iso == "-" else iso, name, kind, sector))
    return m


class Generic(NamedTuple):
    type: str
    sector: str
    english: str
    members: tuple = ()  # a named bloc of states (دول الخليج، الكوريتان): the ISO3 codes of its members


def load_parties() -> PhraseMatcher:
    m = PhraseMatcher()
    for row in read_rows("parties.tsv"):
        form, typ, sector, en = row[:4]
        members = tuple(row[4].split("|")) if len(row) > 4 and row[4] else ()
        m.add(norm_phrase(form), Generic(typ, sector or None, en, members))  # no sector: a collective of sides
    return m


def load_titles() -> PhraseMatcher:
    m = PhraseMatcher()
    for form, sector, *_role in read_tsv("titles.tsv"):
        m.add(norm_phrase(form), sector)
    return m


def load_offices() -> PhraseMatcher:
    """Offices of a government named without a holder (offices.tsv): phrase → (sector, knowledge-base role or None)."""
    m = PhraseMatcher()
    for form, sector, *role in read_tsv("offices.tsv"):
        m.add(norm_phrase(form), (sector, role[0] if role and role[0] else None))
    return m


FACTUALITY_CUES = frozenset({"neg", "negv", "hyp", "hypguess", "hist", "hypnext"})


def load_cues(kinds=FACTUALITY_CUES) -> PhraseMatcher:
    """The phrases of cues.tsv whose kind is in ``kinds`` (factuality cues by default; ``{"accident"}`` ...)."""
    m = PhraseMatcher()
    for kind, form in read_rows("cues.tsv"):
        if kind in kinds:
            m.add(norm_phrase(form), kind)
    return m


def load_words(name: str) -> dict[str, str]:
    """A two-column file: normalised word → value."""
    out = {}
    for row in read_rows(name):
        out[normalize(row[0])] = row[1] if len(row) > 1 else ""
    return out


def load_refusals() -> PhraseMatcher:
    """Conceding/permitting verbs in the present (نسمح، تقبل، يتنازلون) whose negation is a refusal."""
    m = PhraseMatcher()
    trig = Trigger("REJECT", "refuse", frozenset(), 0.75, frozenset(), "v")
    for stem, _gloss in read_tsv("refusals.tsv"):
        for p in ("ن", "ت", "ي", "أ"):
            for suf in ("", "ون", "ان", "وا"):
                ph = norm_phrase(p + stem + suf)
                if ph:
                    m.add(ph, trig)
    return m


def load_blame() -> PhraseMatcher:
    """Blame predicates (data/blame.tsv, and the phrase rows of data/implicit_blame.tsv) → the slot of the accused
    ("subj", "gen", "own" or "act")."""
    m = PhraseMatcher()
    for form, slot in read_rows("blame.tsv"):
        ph = norm_phrase(form)
        if ph:
            m.add(ph, slot)
    for form, slot, *_ in read_rows("implicit_blame.tsv"):
        ph = norm_phrase(form)
        if ph and slot in ("subj", "gen", "own", "act"):
            m.add(ph, slot)
    for ph, _ in wrongdoing_phrases():
        m.add(ph, "wsubj")  # (a form blame.tsv or implicit_blame.tsv holds keeps its own slot: add does not overwrite;
        # wsubj is subj with the checks of EventStage._blame for these generated forms)
    return m


def _third_person(form: str) -> list[str]:
    """``PAST/PRESENT`` → its third-person forms (past and present; singular, dual and plural; both genders): the
    subject of a wrongdoing is another party, never the speaker (no نـ/ا of the first person, no ـنا، ـتم)."""
    past, pres = (normalize(x) for x in form.split("/", 1))
    out = [past + s for s in ("", "ت", "ا", "تا", "وا")] + _perfect_defective(past)
    out += [p + pres + s for p in ("ي", "ت") for s in ("", "ان", "ون")]
    if pres.endswith("ي") and len(pres) > 2:  # يسعون، تسعيان
        out += [p + pres[:-1] + "ون" for p in ("ي", "ت")]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def wrongdoing_phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The phrases of data/wrongdoing.tsv (s23accuse), each with the word a sentence is searched for before it is read
    (blame_prefilter_words): each third-person form of a verb of wrongdoing with one of its objects (the verb), and each
    form of a verb of persisting or trying with its preposition and a verbal noun of wrongdoing ("دأبت على انتهاك"،
    "تسعى لتقويض"، "تحاول التدخل في": the verbal noun, as حاول or عمل alone is no reason to read a sentence)."""
    rows = read_rows("wrongdoing.tsv")
    classes = {r[1]: r[2].split("|") for r in rows if r[0] == "class"}

    def objs(r):
        alts = r[2].split("|") if len(r) > 2 and r[2].strip() else [""]
        out = []
        for a in alts:
            out += classes[a[1:]] if a.startswith("@") else [a]
        return [tuple(normalize(w) for w in a.split()) for a in out]

    out: list = []
    for r in rows:
        if r[0] == "verb":
            out += [((f,) + o, f) for f in _third_person(r[1]) for o in objs(r)]
    masdars = [(normalize(r[1]),) + o for r in rows if r[0] == "masdar" for o in objs(r)]
    for r in rows:
        if r[0] != "aspect":
            continue
        for f in _third_person(r[1]):
            for prep in objs(r):
                for ms in masdars:
                    key = ms[0][2:] if ms[0].startswith("ال") else ms[0]
                    if prep == ("ل",):  # glued: لتقويض، للتدخل
                        out.append(((f, "ل" + ms[0][1:] if ms[0].startswith("ال") else "ل" + ms[0]) + ms[1:], key))
                    elif prep == ("ب",):  # glued, the article kept: تقوم بنهب، قاموا بالتدخل في (s28accuse)
                        out.append(((f, "ب" + ms[0]) + ms[1:], key))
                    else:
                        out.append(((f,) + prep + ms, key))
    return tuple(dict.fromkeys(out))


def _bare(w: str) -> str:
    """A normalised word without its article or a clitic لـ (left whole when too short)."""
    for p in ("لل", "ال", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 4:
            return w[len(p):]
    return w


def blame_prefilter_words() -> set:
    """The words whose presence makes a sentence worth reading for blame (EventStage._maybe): the first word of each
    blame.tsv phrase (and its form before a pronoun, تـ for ـة: أنشطتها); for implicit_blame.tsv its third column where
    given (تعمل على زعزعة is looked for by زعزعة), else the first word of more than two letters (لا تليق: تليق); for a
    mid row whose head is no such word, the first word of each object (ميليشيات، العدوانية)."""
    out = set()
    for form, slot in read_rows("blame.tsv"):
        ph = norm_phrase(form)
        if ph:
            out.add(ph[0])
            if slot in ("gen", "own") and ph[0].endswith("ه") and len(ph[0]) > 3 and not ph[0].startswith("مسوولي"):
                out.add(ph[0][:-1] + "ت")
    out.update(key for _, key in wrongdoing_phrases())
    old = set(out)
    for row in read_rows("implicit_blame.tsv"):
        form, slot = row[0], row[1]
        if slot in ("subj", "gen", "own", "act"):
            ph = norm_phrase(form)
            if not ph:
                continue
            key = normalize(row[2]) if len(row) > 2 and row[2].strip() else _bare(next((w for w in ph if len(w) > 2), ph[0]))
            out.add(key)
            if slot in ("gen", "own") and ph[0].endswith("ه") and len(ph[0]) > 3:
                out.add(_bare(ph[0])[:-1] + "ت")
        elif slot == "mid":
            heads, _, objs = form.partition("*")
            if all(_bare(normalize(h.strip())) in old for h in heads.split("|")):
                continue
            for obj in objs.split("|"):
                ws = [normalize(w) for w in obj.split()]
                ws = [w for w in ws if len(w) > 2] or ws
                if ws:
                    out.add(_bare(ws[0]))
    return out


class ImplicitBlame(NamedTuple):
    """The other rows of data/implicit_blame.tsv: ``mid`` maps a head verbal noun (with its proclitics و، ب، ل، وب،
    ول) to the objects (tuples of normalised words) that may follow its doer; ``say`` holds verbs of saying that open
    a blaming clause; ``reason`` matches the phrases that give the cause of a sanction."""
    mid: dict
    say: frozenset
    reason: PhraseMatcher


def load_implicit_blame() -> ImplicitBlame:
    mid: dict = {}
    say = set()
    reason = PhraseMatcher()
    for form, slot, *_ in read_rows("implicit_blame.tsv"):
        if slot == "mid":  # "HEAD * OBJECT", each side may list alternatives: "سياسات|أنشطة * العدوانية|المزعزعة"
            heads, _, objs_ = (x.strip() for x in form.partition("*"))
            for head in heads.split("|"):
                for obj in objs_.split("|"):
                    h, o = normalize(head.strip()), tuple(normalize(w) for w in obj.split())
                    for p in ("", "و", "ب", "ل", "وب", "ول"):
                        objs = mid.setdefault(p + h, [])
                        if o not in objs:
                            objs.append(o)
        elif slot == "say":
            say.add(normalize(form))
        elif slot == "reason":
            reason.add(norm_phrase(form), "reason")
    return ImplicitBlame(mid, frozenset(say), reason)


@lru_cache(maxsize=None)
def word_set(name: str, *forms: str) -> frozenset:
    """The normalised words of the rows of data/wordsets.tsv whose set is `name` and whose form is one of `forms`
    (all its rows when none is given): the closed lists (launch verbs, clash nouns, relative pronouns) more than one
    module reads."""
    return frozenset(normalize(w) for s, form, words, *_ in read_rows("wordsets.tsv")
                     if s == name and (not forms or form in forms) for w in words.split("|") if w.strip())

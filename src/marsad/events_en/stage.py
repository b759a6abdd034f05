"""PLOVER event coder for English news: triggers → type/mode, parties from English syntax (subject before
the verb, object and prepositions after it, passives, ``between X and Y``), factuality (negated,
hypothetical, historical), dates (``marsad.time.dating.date_event``), quotes with speakers and channels,
and one event per real occurrence.

Runs after the entity stage and only on documents whose ``article.language`` is ``en`` (the Arabic coder
handles the rest).  Parties are entity ids; a party phrase the entity stage left untagged (protesters,
Israeli troops, Palestinian leaders, UAE) gets a minimal entity (``ev-pN``, as the Arabic coder does).
"""
from __future__ import annotations

import bisect
import itertools
import re

from ..pipeline import Stage
from ..record import Doc
from .lexicon import TOKEN_RE, load_countries, load_pairs, load_parties, load_triggers, load_words, read_tsv

UNDIRECTED = {"PROTEST", "MOBILIZE"}
PARTY_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
CIVIL = {"CVL", "OPP", "REF"}
BOUNDARY = {";", ":", "\"", "“", "”", "—", "–"}
REC_PREPS = {None, "to", "on", "against", "with", "at", "toward", "towards", "into", "upon", "from", "of", "over"}
NOUN_PREPS = {"on", "against", "with", "to", "of", "toward", "towards", "into", "upon", "at"}
_WORD = re.compile(r"[\w'’-]+")
_CURLY_RE = re.compile(r"“[^“”]{2,800}”")
_STRAIGHT_RE = re.compile(r"\"")
_YEAR_RE = re.compile(r"^(1[89]\d\d|20\d\d)$")
_MONTHS = {"March", "May"}


class _Lex:
    pass


def load_lexicons() -> _Lex:
    lx = _Lex()
    lx.trig = load_triggers()
    w = load_words()
    lx.w = w
    lx.parties = load_parties()
    lx.party_first = {k[0] for k in lx.parties}
    lx.names, lx.demonyms = load_countries()
    # country names by their tokens: first token → [(tokens, form)], longest first
    lx.names_tok = {}
    for f in lx.names:
        toks = tuple(TOKEN_RE.findall(f))
        if toks:
            lx.names_tok.setdefault(toks[0], []).append((toks, f))
    for v in lx.names_tok.values():
        v.sort(key=lambda x: -len(x[0]))
    lx.refnouns = {k: set(v.split(",")) for k, v in load_pairs("refnouns.tsv").items()}
    lx.channels = sorted(read_tsv("channels.tsv"), key=lambda r: -len(r[0]))
    lx.contexts = load_pairs("contexts.tsv")
    return lx


class _Unit:
    """A party mention in a sentence: tokens [a, b) (b0: where its head begins), entity id and features."""
    __slots__ = ("a", "b", "eid", "type", "country", "sector", "poss")

    def __init__(self, a, b, eid, typ, country, sector):
        self.a, self.b, self.eid, self.type, self.country, self.sector = a, b, eid, typ, country, sector
        self.poss = False


class _S:
    """One sentence: tokens (lower case), their offsets, party units and coordinated groups."""

    def __init__(self, i, start, end, text):
        self.i, self.start, self.end = i, start, end
        ms = list(TOKEN_RE.finditer(text, start, end))
        self.raw = [m.group() for m in ms]
        self.low = [t.lower() for t in self.raw]
        self.st = [m.start() for m in ms]
        self.en = [m.end() for m in ms]
        self.units: list[_Unit] = []
        self.places: list[_Unit] = []
        self.groups: list[list[_Unit]] = []
        self.covered: list = []


class EnglishEventStage(Stage):
    name = "events_en"
    needs = ("text", "sentences", "entities")
    gives = ("events", "quotes")

    def __init__(self):
        self.lex = None

    def setup(self) -> None:
        if self.lex is None:
            self.lex = load_lexicons()
            self._keys = frozenset(self.lex.trig.keys | self.lex.w["speech"])

    def _hot(self, text: str, spans) -> list[bool]:
        """Which sentences hold a trigger key word or a speech verb (whole words of the lower-cased text)."""
        low = text.lower()
        if len(low) != len(text):
            return [True] * len(spans)
        keys = self._keys
        find = _WORD.findall
        return [not keys.isdisjoint(find(low, s, e)) for s, e in spans]

    # ------------------------------------------------------------------------------------------------
    def process(self, doc: Doc) -> Doc:
        if (doc.get("article") or {}).get("language") != "en":
            return doc
        self.setup()
        text = doc.get("text") or ""
        spans = doc.get("sentences") or []
        if not text or not spans:
            return doc
        lex = self.lex
        self._doc, self._text = doc, text
        ents = doc.get("entities")
        if ents is None:
            ents = doc["entities"] = []
        self._by_id = {str(e.get("id")): e for e in ents if isinstance(e, dict)}
        self._by_name = {}
        for e in ents:
            if isinstance(e, dict) and e.get("name"):
                self._by_name.setdefault(e["name"].lower(), str(e["id"]))
        ments = []
        for e in ents:
            for m in e.get("mentions") or []:
                try:
                    ments.append((int(m["start"]), int(m["end"]), str(e["id"])))
                except (KeyError, TypeError, ValueError):
                    continue
        ments.sort()
        self._ments = ments
        self._n_new = 0
        qspans = _quote_spans(text)
        qstarts = [q[0] for q in qspans]
        events, quotes = [], []
        self._events = events
        last_person = None
        hot = self._hot(text, spans)
        for i, (s, e) in enumerate(spans):
            qi = bisect.bisect_left(qstarts, s)
            inq = []
            while qi < len(qspans) and qspans[qi][0] < e:
                inq.append(qspans[qi])
                qi += 1
            if not hot[i] and not inq:
                continue
            st = _S(i, s, e, text)
            if not st.low:
                continue
            trigs = self._triggers(st)
            st.trigs = [(idx, trig) for idx, trig, _ in trigs]
            has_speech = not lex.w["speech"].isdisjoint(st.low)
            if not trigs and not (has_speech or inq):
                continue
            self._parties(st)
            for idx, _, cands in trigs:
                for trig in cands:  # equally long readings: the first that finds its parties
                    ev = self._event(st, (idx, trig), last_person)
                    if ev is not None:
                        events.append(ev)
                        events.extend(self._derived(ev))
                        break
            if "must" in st.low or "should" in st.low:
                events.extend(self._must(st, last_person))
            new_q = self._quotes(st, inq, last_person) if (has_speech or inq) else []
            quotes.extend(new_q)
            subj = self._main_subject(st, len(st.low))  # the sentence's subject: the referent of he / she
            if subj is not None and subj[0].type == "PERSON":
                last_person = subj[0].eid
            for q in new_q:  # a named speaker is the next "he said" / "she added"
                if q["speaker"] and (self._by_id.get(q["speaker"]) or {}).get("type") == "PERSON":
                    last_person = q["speaker"]
        events = self._merge(events)
        for n, ev in enumerate(events, 1):
            ev["id"] = f"{doc.get('id')}-e{n}"
            for k in [k for k in ev if k.startswith("_")]:
                del ev[k]
        doc["events"] = events
        doc["quotes"] = _dedup_quotes(quotes)
        return doc

    # ---- triggers -----------------------------------------------------------------------------------
    def _triggers(self, st: _S):
        ix = self.lex.trig
        low = st.low
        out = []
        used = set()
        n = len(low)
        titlecase = None
        for i in range(n):
            if i in used or low[i] not in ix.first:
                continue
            if st.raw[i] in _MONTHS and i > 0:
                continue  # the months March / May
            hit = ix.match_at(low, i)
            if hit is None:
                continue
            end, idx, cands = hit
            used.update(idx)
            if any(t.type == "NONE" for t in cands):
                continue
            trig = cands[0]
            if self._in_name(st, idx[0]):
                continue  # "Accord" in a party's name, "Strike" in a person's
            if i > 0 and st.raw[i][:1].isupper() and st.raw[i - 1][:1].isupper() and st.low[i - 1] not in (".", "'s"):
                if titlecase is None:
                    alpha = [t for t in st.raw if t[:1].isalpha() and len(t) > 3]
                    titlecase = bool(alpha) and sum(t[:1].isupper() for t in alpha) >= 0.6 * len(alpha)
                if not titlecase:
                    continue  # "The Real Deal", "Desert Storm": a word of a title or name
            out.append((idx, trig, cands))
        return out

    def _in_name(self, st, k) -> bool:
        s, e = st.st[k], st.en[k]
        j = bisect.bisect_right(self._ments, (s, 10**12)) - 1
        while j >= 0 and self._ments[j][0] > s - 200:
            ms, me, eid = self._ments[j]
            if ms <= s and e <= me and (me - ms) > (e - s):
                return (self._by_id.get(eid) or {}).get("type") in ("ORG", "PERSON", "FAC")
            j -= 1
        return False

    # ---- parties ------------------------------------------------------------------------------------
    def _parties(self, st: _S):
        lex = self.lex
        n = len(st.low)
        cov = [None] * n
        units = []
        # 1. entity-stage mentions by offsets
        lo = bisect.bisect_left(self._ments, (st.start - 300,))
        for ms, me, eid in self._ments[lo:]:
            if ms >= st.end:
                break
            if me <= st.start or ms < st.start:
                continue
            a = bisect.bisect_right(st.en, ms)
            b = bisect.bisect_left(st.st, me)
            if a >= b or any(cov[k] is not None for k in range(a, b)):
                continue
            e = self._by_id.get(eid) or {}
            if ms > st.st[a] and self._text[st.st[a]:ms].lower() in ("anti-", "pro-", "non-", "ex-", "post-", "pre-",
                                                                      "counter-", "anti", "pro"):
                continue  # "anti-government protests": a modifier, not the party
            u = _Unit(a, b, eid, e.get("type") or "ORG", e.get("country"), e.get("sector"))
            if len(st.low[a]) <= 3 and b - a == 1 and st.low[a] in ("he", "she", "it", "they", "we"):
                continue
            for k in range(a, b):
                cov[k] = u
            units.append(u)
        # 2. countries and blocs the entity stage missed (UAE, EU ...)
        names_tok = lex.names_tok
        raw = st.raw
        for k in range(n):
            if cov[k] is not None or raw[k] not in names_tok:
                continue
            for toks, form in names_tok[raw[k]]:
                b = k + len(toks)
                if tuple(raw[k:b]) == toks and all(cov[x] is None for x in range(k, b)) and \
                        not (b < n and raw[b][:1].isalnum() and st.st[b] == st.en[b - 1]):
                    iso, typ, name, qid = lex.names[form]
                    eid = self._entity(name, typ, iso, None, st.st[k], st.en[b - 1], wikidata=qid)
                    u = _Unit(k, b, eid, typ, iso, None)
                    for x in range(k, b):
                        cov[x] = u
                    units.append(u)
                    break
        # 2b. demonyms as groups of people (Palestinians, ethnic Albanians)
        for k in range(n):
            if cov[k] is not None:
                continue
            r = st.raw[k]
            if not r[:1].isupper():
                continue
            iso = lex.demonyms.get(r[:-1]) if r.endswith("s") else None
            if iso is None and r in lex.demonyms:
                iso = lex.demonyms[r]  # an adjective: "an Indian proposal", "Senegalese peace plan"
                eid = self._entity(r, "NORP", iso, None, st.st[k], st.en[k])
                u = _Unit(k, k + 1, eid, "NORP", iso, None)
                cov[k] = u
                units.append(u)
                continue
            if iso:
                eid = self._entity(r, "NORP", iso, "CVL", st.st[k], st.en[k])
                u = _Unit(k, k + 1, eid, "NORP", iso, "CVL")
                cov[k] = u
                units.append(u)
        # 3. generic party nouns (protesters, police, Palestinian leaders)
        k = 0
        while k < n:
            if cov[k] is not None or st.low[k] not in lex.party_first:
                k += 1
                continue
            hit = None
            for ln in (3, 2, 1):
                key = tuple(st.low[k:k + ln])
                if len(key) == ln and key in lex.parties and all(cov[x] is None for x in range(k, k + ln)):
                    hit = (ln, lex.parties[key])
                    break
            if hit is None or (st.raw[k][0].isupper() and k > 0 and st.low[k] not in ("police",)
                               and not st.raw[k].isupper() and st.raw[k - 1][:1].isupper() and cov[k - 1] is None
                               and st.low[k - 1] not in _MODIFIERS and st.low[k - 1] not in lex.w["title"]):
                k += 1  # a capitalised word inside an untagged name ("Revolutionary Guards")
                continue
            ln, (typ, sector) = hit
            a, b = k, k + ln
            if b < n and (cov[b] is not None and cov[b].type in ("PERSON", "ORG") or
                          st.raw[b][:1].isupper() and st.raw[k][:1].isupper()):
                k = b  # a title before a name (President Donald Trump), not a party of its own
                continue
            if k > 0 and st.low[k - 1] in ("both", "two", "three", "these", "those"):
                k = b  # "both leaders": the parties already named
                continue
            country = None
            # a demonym / state right before (Israeli troops, Iran's foreign ministry, the Syrian army)
            j = a - 1
            if j >= 0 and st.low[j] in ("'s", "’s"):
                j -= 1
            while j >= 0 and cov[j] is None and st.low[j] in _MODIFIERS:
                j -= 1
            if j == a - 1 and j >= 0 and cov[j] is not None and cov[j].b == j + 1 and cov[j].type == "ORG" \
                    and cov[j].sector not in ("MED",):
                org = cov[j]  # "Hamas fighters", "Hezbollah militants": the organisation itself
                org.b = b
                for x in range(a, b):
                    cov[x] = org
                k = b
                continue
            if j >= 0 and cov[j] is not None and cov[j].type in ("NORP", "GPE", "PERSON") and cov[j].b == j + 1:
                mod = cov[j]
                country = mod.country
                a = mod.a
                units.remove(mod)
            elif j >= 0 and st.raw[j] in lex.demonyms:
                country = lex.demonyms[st.raw[j]]
                a = j
            name = self._text[st.st[a]:st.en[b - 1]]
            eid = self._entity(name, typ, country, sector, st.st[a], st.en[b - 1])
            u = _Unit(a, b, eid, typ, country, sector)
            for x in range(a, b):
                cov[x] = u
            units.append(u)
            k = b
        units.sort(key=lambda u: u.a)
        # 3b. a name before a generic party noun the entity stage tagged on its own (Houthi rebels,
        #     Hamas fighters, Palestinian leaders): one party
        merged = []
        for u in units:
            prev = merged[-1] if merged else None
            key = tuple(st.low[u.a:u.b])
            gap = [st.low[x] for x in range(prev.b, u.a)] if prev is not None else []
            if gap and gap[0] in ("'s", "’s"):
                gap = gap[1:]
            if prev is not None and key in lex.parties and prev.type in ("NORP", "GPE", "PERSON", "ORG") and \
                    prev.b <= u.a and len(gap) <= 2 and all(x in _MODIFIERS for x in gap) \
                    and tuple(st.low[prev.a:prev.b]) not in lex.parties:
                if prev.type == "ORG":
                    prev.b = u.b
                else:
                    typ, sector = lex.parties[key]
                    s0, e0 = st.st[prev.a], st.en[u.b - 1]
                    eid = self._entity(self._text[s0:e0], typ, prev.country, sector, s0, e0)
                    merged[-1] = _Unit(prev.a, u.b, eid, typ, prev.country, sector)
                for x in range(prev.a, u.b):
                    cov[x] = merged[-1]
                continue
            merged.append(u)
        units = merged
        # 4. a demonym / state before a title and a person or organisation is a modifier of that head
        #    (U.S. President Donald Trump, Bahrain's Foreign Minister Abdullatif al-Zayani)
        title = lex.w["title"]
        keep = []
        for idx, u in enumerate(units):
            if u.type in ("NORP", "GPE") and idx + 1 < len(units):
                v = units[idx + 1]
                gap = range(u.b, v.a)
                if v.type in ("PERSON", "ORG") and len(gap) <= 6 and all(
                        st.low[x] in title or st.raw[x][:1].isupper() for x in gap):
                    v.a = u.a
                    continue
            keep.append(u)
        units = keep
        for i, u in enumerate(units):
            u.poss = u.b < n and st.low[u.b] in ("'s", "’s")
            # "police in Nairobi", "protesters in Gaza": a generic party takes the country of its place
            if u.country is None and u.type in ("ORG", "NORP") and tuple(st.low[u.a:u.b])[-2:] and \
                    (tuple(st.low[u.a:u.b]) in lex.parties or tuple(st.low[u.b - 1:u.b]) in lex.parties) and \
                    i + 1 < len(units) and units[i + 1].a == u.b + 1 and st.low[u.b] in ("in", "from") and \
                    units[i + 1].type == "GPE" and units[i + 1].country:
                u.country = units[i + 1].country
                e = self._by_id.get(u.eid)
                if e is not None and e.get("country") is None:
                    e["country"] = u.country
        st.places = [u for u in units if u.type in PLACE_TYPES or u.type == "LOC"]
        st.units = [u for u in units if u.type in PARTY_TYPES]
        # 5. coordination: X, Y and Z
        groups = []
        for u in st.units:
            if groups:
                g = groups[-1]
                xs = [x for x in range(g[-1].b, u.a) if st.low[x] not in _NUMDET and not st.low[x].isdigit()]
                conn = 0
                while conn < len(xs) and st.low[xs[conn]] in ("and", ","):
                    conn += 1
                # X, Y and Z / Macron and German Chancellor Olaf Scholz (a title before the next name)
                if conn and not g[-1].poss and all(st.low[x] in title or st.raw[x][:1].isupper() and
                                                   st.low[x] not in ("but", "while") for x in xs[conn:]) \
                        and len(xs) - conn <= 4:
                    g.append(u)
                    continue
            groups.append([u])
        st.groups = groups
        st.covered = cov

    def _entity(self, name, typ, country, sector, start, end, wikidata=None) -> str:
        key = name.lower()
        if key.startswith("the "):
            key = key[4:]
        eid = self._by_name.get(key)
        if eid is None:
            while True:
                self._n_new += 1
                eid = f"ev-p{self._n_new}"
                if eid not in self._by_id:
                    break
            nm = name[4:] if name.lower().startswith("the ") else name
            e = {"id": eid, "name": nm, "name_ar": None, "type": typ if typ in ("PERSON", "ORG", "GPE", "NORP") else "ORG",
                 "country": country, "wikidata": wikidata, "roles": [], "mentions": [], "sector": sector}
            self._doc["entities"].append(e)
            self._by_id[eid] = e
            self._by_name[key] = eid
        e = self._by_id[eid]
        if not any(m.get("start") == start for m in e.get("mentions") or []):
            e.setdefault("mentions", []).append({"text": self._text[start:end], "start": start, "end": end})
        return eid

    def _prep(self, st, g):
        """The preposition governing a group (None: a subject or direct object)."""
        j = g[0].a - 1
        title = self.lex.w["title"]
        while j >= 0 and (st.low[j] in self.lex.w["det"] or (st.low[j] in title and st.low[j] not in ("of", ".", "-"))
                          or st.low[j] in ("'s", "’s") or (j + 1 < len(st.low) and st.low[j + 1] in ("'s", "’s")
                                                            and st.raw[j][:1].islower())):
            j -= 1  # against the party's leader Mahmoud Abbas
        if j >= 0 and st.low[j] == "and":  # in Gaza and the West Bank (Gaza untagged)
            for x in range(j - 1, max(-1, j - 5), -1):
                if st.low[x] in BOUNDARY:
                    break
                if st.low[x] in self.lex.w["prep"] or st.low[x] in ("in", "near", "by", "between"):
                    return st.low[x]
                if not st.raw[x][:1].isupper():
                    break
        if j >= 1 and st.low[j] == "of" and (st.low[j - 1] in self.lex.w["quant"] or st.low[j - 1].isdigit()):
            return None  # "thousands of Nigerians", "members of X": the group itself
        if j >= 0 and (st.low[j] in self.lex.w["prep"] or st.low[j] in ("by", "in", "between", "near", "after",
                                                                          "at", "like", "than", "as")):
            return st.low[j]
        return None

    def _blocked(self, st, a, b) -> bool:
        return any(st.low[x] in BOUNDARY for x in range(a, b))

    def _subject(self, st, ts):
        """The group that is the subject of a verb at token ts: the nearest group before it that no
        preposition governs, within the clause."""
        best = None
        for g in st.groups:
            if g[-1].b > ts:
                break
            if g[-1].poss:
                continue
            if self._prep(st, g) is None and not self._blocked(st, g[-1].b, ts):
                best = g
        return best

    def _main_subject(self, st, ts):
        for g in st.groups:
            if g[-1].b > ts:
                break
            if self._prep(st, g) is None and not g[-1].poss and not self._blocked(st, g[-1].b, ts):
                return g
        return None

    def _after(self, st, te, preps, limit=12):
        clause = self.lex.w["clause"]
        for g in st.groups:
            if g[0].a < te:
                continue
            if g[0].a - te > limit:
                break
            if self._blocked(st, te, g[0].a) or any(st.low[x] in clause or st.low[x] == "," for x in range(te, g[0].a)):
                return None, None
            p = self._prep(st, g)
            if p in preps:
                return g, p
            if p in ("by", "in", "near", "between", "after", "at", "as", "like", "than"):
                continue
        return None, None

    # ---- one event ----------------------------------------------------------------------------------
    def _event(self, st: _S, m, last_person):
        idx, trig = m
        lex = self.lex
        low = st.low
        typ = trig.type
        ts, te = idx[0], idx[-1] + 1
        head = low[ts]
        w = lex.w
        is_verb = not trig.noun
        actors_g = recips_g = None
        prev = ts - 1
        while prev >= 0 and low[prev] in w["adv"] - {","}:
            prev -= 1
        passive = False
        if is_verb and len(idx) == 1 or (is_verb and trig.phrase.startswith("~")):
            # passive: X was attacked (by Y)
            b = prev
            if b >= 0 and low[b] in w["be"] and (head.endswith("ed") or head in _PP) and not head.endswith("ing") \
                    and low[te - 1] != "to":  # "is opposed to", "is committed to": adjectives, active
                passive = True
        if is_verb and ts > 0:
            p0 = low[ts - 1]
            unit_before = next((g for g in st.groups if g[-1].b == ts), None)
            det_before = p0 in _DETS or (unit_before is not None and (unit_before[-1].poss or (
                unit_before[0].a > 0 and low[unit_before[0].a - 1] in ("a", "an"))))
            if head.endswith("ing"):
                # "fierce fighting", "the killing of": a noun; "are fighting", ", demanding": a verb;
                # "a resolution demanding": a participle (no noun reading of the word)
                if not (p0 in w["be"] or p0 in (",", "and") or p0 in w["adv"] or unit_before is not None
                        and not det_before or p0 in w["pron"] or p0 == "to") and \
                        (head in lex.trig.noun_first or p0 in _DETS or p0 in ("of",)):
                    is_verb = False
            elif len(idx) == 1 and trig.phrase.startswith("~") and ix_base(head) and not head.endswith("s") \
                    and unit_before is None and st.raw[ts - 1][:1].islower() and p0.isalpha() \
                    and p0 not in _SUBJ_OK and p0 not in w["modal"] and p0 not in w["adv"] and p0 not in w["pron"]:
                is_verb = False  # "majority support for", "military aid to": a noun after a modifier
            elif len(idx) == 1 and (head.endswith("ed") or head in _PP) and p0 in w["prep"] and p0 != "to" \
                    and ts + 1 < len(low) and st.raw[ts + 1][:1].isalpha():
                return None  # "on occupied Palestinian land": an adjective
            elif det_before and len(idx) == 1:
                if (head.endswith("ed") or head in _PP) and (p0 in _DETS):
                    return None  # "the wounded", "his alleged part", "the banned movement": an adjective
                if ix_base(head):
                    is_verb = False  # "a US offer", "its support": a noun
        pair = None
        reduced = False
        if is_verb and not passive and len(idx) >= 1 and (head.endswith("ed") or head in _PP) and ts > 0 \
                and low[ts - 1].isalpha() and st.raw[ts - 1][:1].islower() \
                and not any(g[-1].b == ts for g in st.groups) and low[ts - 1] not in _SUBJ_OK \
                and low[ts - 1] not in w["modal"] and low[ts - 1] not in w["adv"] and low[ts - 1] not in w["pron"] \
                and low[ts - 1] not in ("has", "have", "had", "having") and low[ts - 1] not in w["be"] \
                and te < len(low) and (low[te] in ("by", "last", "during", "earlier", "in", "from", "on", ",", "at", "of")
                                       or low[te] in w["adv"]):
            reduced = True  # "equipment seized last year", "property seized by government forces"
        participle = None
        if not passive and not reduced and is_verb and (head.endswith("ed") or head in _PP) and te < len(low) \
                and low[te] in ("of", "by") and any(g[-1].b == ts for g in st.groups) and typ != "MOBILIZE":
            # "three Iranian officials accused of abuses", "the town shelled by rebels": a passive participle
            participle = next(g for g in st.groups if g[-1].b == ts)
        if participle is not None:
            recips_g = participle
            g, _ = self._after(st, te, {"by"}, limit=4)
            actors_g = g
            passive = True
        elif reduced:
            g, _ = self._after(st, te, {"by"}, limit=3)
            if g is None:
                return None  # a participle describing a thing, no act told here
            actors_g = g
        elif passive and typ == "MOBILIZE":
            actors_g = self._subject(st, ts)  # "troops were deployed": the force is the actor's own
        elif passive:
            recips_g = self._subject(st, ts)
            if recips_g is not None and any(low[x] not in w["be"] and low[x] not in w["adv"] and low[x] not in w["modal"]
                                            and low[x] not in ("has", "have", "had", "not", "n't", "reportedly", ",")
                                            for x in range(recips_g[-1].b, ts)):
                recips_g = None  # "Serbia ..., where 28 people have been killed": not Serbia
            g, _ = self._after(st, te, {"by"})
            actors_g = g
        elif is_verb:
            if prev >= 0 and (low[prev] == "and" or (low[prev] == "," and head.endswith("ing")) or
                              (low[prev] == "to" and prev > 0 and low[prev - 1] not in w["aspect"])):
                # X met Y and agreed ... / X condemned ..., saying / gathered ... to denounce
                actors_g = self._main_subject(st, ts)
                if low[prev] == "to":
                    near = self._subject(st, ts)
                    if near is not None and near is not actors_g and self._prep(st, near) is None and \
                            any(g is near for g in st.groups) and near[-1].b >= prev - 1:
                        actors_g = near  # urged Y to withdraw: Y is the one to act
            elif head.endswith("ing") and any(g[-1].b == ts and self._prep(st, g) in (None, "at", "on", "against")
                                              and not (g[0].type == "ORG" and (g[0].sector == "MED"))
                                              for g in st.groups):
                actors_g = next(g for g in st.groups if g[-1].b == ts)  # "protesters demanding ..."
            elif prev >= 0 and low[prev] in _PRONOUNS:
                actors_g = None  # "he told police he supported Trump": the pronoun is the subject
            else:
                actors_g = self._subject(st, ts)
            preps = set(REC_PREPS)
            if typ in ("AGREE", "AID", "SUPPORT"):
                preps.add("for")
            if typ not in ("RETREAT", "REJECT", "REQUEST", "CONSULT"):
                preps.discard("from")
            if typ not in ("ASSAULT", "THREATEN", "ACCUSE", "COERCE"):
                preps.discard("at")
            if typ in UNDIRECTED:
                preps = {"against", "at"} if typ == "PROTEST" else {"against", "to", "into"}
            if low[te - 1] in ("with", "to", "on", "for", "from", "upon", "against", "of", "in", "into", "at"):
                preps = {low[te - 1]} if len(idx) > 1 else preps - {None}  # "arrived in Amman", "met with X"
            recips_g, _ = self._after(st, te, preps)
            if recips_g is None and typ in ("REQUEST", "THREATEN", "ACCUSE"):
                k = next((x for x in range(te, min(len(low), te + 4)) if low[x] == "that"), None)
                if k is not None and all(low[x] in w["adv"] or low[x] in _TIMEWORDS for x in range(te, k)):
                    recips_g, _ = self._after(st, k + 1, {None})  # demanded (on Friday) that the US cancel ...
            if recips_g is None and typ in ("REJECT", "ACCUSE", "SUPPORT", "REQUEST"):
                # rejected calls by X / an offer from X: the author of the rejected thing
                g, p = self._after(st, te, {"by", "from"}, limit=6)
                if g is not None:
                    recips_g = g
            if recips_g is None and typ in ("SUPPORT", "ACCUSE", "REJECT", "CONSULT"):
                g, p = self._after(st, te, {"between"}, limit=6)  # welcomed the agreement between X and Y
                if g is not None:
                    recips_g = g
            if recips_g is None and typ in ("CONCEDE", "COERCE"):
                g, p = self._after(st, te, {"in"}, limit=6)  # lifted the curfew in Montenegro
                if g is not None and g[0].type in ("GPE", "NORP"):
                    recips_g = g
        else:
            # noun: X's attack / Israeli airstrikes / attack by X / talks between X and Y / light verb
            for g in st.groups:
                if g[-1].b <= ts and (ts - g[-1].b <= 4 and g[-1].poss or ts - g[-1].b <= 1 and g[-1].type in ("NORP", "GPE")) and \
                        all(low[x] not in BOUNDARY and low[x] not in w["prep"] and low[x] not in ("and", "in")
                            for x in range(g[-1].b, ts)):
                    actors_g = g
            g, _ = self._after(st, te, {"by"}, limit=6)
            if g is not None:
                actors_g = g
            if te < len(low) and low[te] == "between" or (te + 1 < len(low) and low[te + 1] == "between"):
                g, _ = self._after(st, te, {"between"}, limit=4)
                if g is not None and len(g) >= 2:
                    pair = g
            if actors_g is None and pair is None:
                for j in range(max(0, ts - 6), ts):
                    if low[j] in w["light"] and not self._blocked(st, j, ts) and "," not in low[j:ts]:
                        actors_g = self._subject(st, j)
                        break
            recips_g, _ = self._after(st, te, NOUN_PREPS | ({"from"} if typ in ("RETREAT", "CONSULT") else set()), limit=6)
        if not is_verb and actors_g is None and pair is None and trig.sym and recips_g is not None \
                and self._prep(st, recips_g) == "with":
            actors_g = self._subject(st, ts)  # "retook the village after fierce fighting with guerrillas"
        if recips_g is None and len(idx) > 1:
            # a party inside the phrase: "summoned the British ambassador", "imposed new EU sanctions"
            inner = [g for g in st.groups if ts < g[0].a and g[-1].b <= te and not (set(range(g[0].a, g[-1].b)) <= set(idx))]
            if inner and not any(g is actors_g for g in inner):
                recips_g = inner[0]
        actors = _ids(actors_g)
        recips = _ids(recips_g)
        if pair is not None:
            actors, recips = [pair[0].eid], _ids(pair[1:])
        # a pronoun subject (he / she) is the last named person
        if not actors and not passive and prev >= 0 and low[prev] in w["pron"] and last_person:
            actors = [last_person]
        # back-reference: condemned the agreement → the parties of the agreement; met both leaders
        if typ not in UNDIRECTED:
            ref = None
            for j in range(te, min(len(low), te + 4)):
                if low[j] in lex.refnouns and not (j + 1 < len(low) and low[j + 1] in ("with", "between", "by")):
                    ref = lex.refnouns[low[j]]
                    break
                if low[j] in ("both", "two") and j + 1 < len(low) and low[j + 1] in ("leaders", "sides", "countries",
                                                                                    "men", "presidents", "states"):
                    ref = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT"}
                    break
                if low[j] not in w["det"] and low[j] not in ("nuclear", "normalisation", "normalization", "peace"):
                    break
            if ref and (not recips or not recips_g or recips_g[0].a > j):
                same = [ev for ev in self._events if ev["type"] in ref and not ev["hypothetical"]] or \
                    [ev for ev in self._events if ev["type"] in ref]
                if same:
                    last = same[-1]
                    cs = self._countries(last["actors"] + last["recipients"], strict=False)
                    recips = []
                    for ev in same:  # the occasion as told in every sentence (headline, lead ...)
                        if ev is last or (cs and self._countries(ev["actors"] + ev["recipients"], strict=False) & cs):
                            for x in ev["actors"] + ev["recipients"]:
                                if x not in actors and x not in recips:
                                    recips.append(x)
        if trig.sym and not recips and len(actors) >= 2:
            actors, recips = actors[:1], actors[1:]
        recips = [r for r in recips if r not in actors]
        if typ == "RETREAT" and trig.mode == "release" and not recips and \
                not any(t in w["captive"] for t in low[te:te + 5]):
            return None  # "released a new phone", "released the footage": no captives set free
        if typ == "ASSAULT" and trig.mode is None and any(t in w["talkobj"] for t in low[te:te + 6]):
            typ = "ACCUSE"  # "attacked each other's policies": a verbal attack
        if trig.rec and not recips:
            return None
        if typ == "REJECT" and head.startswith("declin") and te < len(low) and (low[te][:1].isdigit() or low[te] == "by"):
            return None  # "shares declined 0.3%"
        if trig.civ:
            if not actors or not all((self._by_id.get(a) or {}).get("sector") in CIVIL for a in actors):
                return None
        if not actors and not recips:
            return None
        if not actors and typ not in UNDIRECTED and not (passive and typ in ("ASSAULT", "COERCE", "SANCTION", "ACCUSE")):
            return None  # an act without its actor: only the victim of an attack / arrest / sanction counts
        if not recips and typ in ("CONSULT", "AID", "COOPERATE") and not trig.sym:
            return None  # a visit, a gift, a release: without its counterpart the reading is unreliable
        if not recips and typ in ("CONSULT", "COOPERATE") and len(actors) < 2:
            return None
        neg, hyp, intent = self._factuality(st, ts, te, typ, trig)
        if not hyp and self._in_scope(st, ts):
            hyp = True
            intent = False
        # date
        from ..time.dating import date_event
        try:
            d = date_event(self._doc, st.i, st.st[ts], st.en[te - 1])
        except Exception:  # a dating failure never drops the event
            d = {"date": None, "date_text": None, "historical": False, "future": False}
        hist = bool(d.get("historical"))
        if d.get("future") and not hist:
            hyp = True
        conf = trig.confidence * (1.0 if actors and (recips or typ in UNDIRECTED) else 0.8)
        loc = self._location(st, te, actors + recips)
        ctx = sorted({lex.contexts[t] for t in low if t in lex.contexts})
        return {
            "id": "", "type": typ, "mode": trig.mode if typ == trig.type else "disapprove", "context": ctx,
            "actors": actors, "recipients": recips, "location": loc,
            "date": d.get("date"), "date_text": d.get("date_text"),
            "negated": neg, "hypothetical": hyp, "historical": hist,
            "sentence": self._text[st.start:st.end], "start": st.start, "end": st.end,
            "trigger": {"text": self._text[st.st[ts]:st.en[te - 1]], "start": st.st[ts], "end": st.en[te - 1]},
            "confidence": round(min(conf, 1.0), 3), "_sent": st.i, "_intent": intent and not neg, "_threat": self._threat and not neg, "_refuse": neg and (intent or not hyp) and not self._weak_neg,
        }

    def _in_scope(self, st, ts) -> bool:
        """Is the trigger the act that an earlier request, refusal or threat in the sentence is about
        (demanded that Israel ease ..., refused to deploy, called for sanctions)?"""
        for idx, trig in st.trigs:
            if trig.type == "CONSULT" and not trig.noun and 0 < ts - idx[-1] <= 2 and \
                    st.low[ts] not in ("talks", "negotiations", "meeting", "meetings", "summit", "consultations"):
                return True  # discussed support for ..., negotiated a ceasefire: the topic of talks
            if trig.type not in ("REQUEST", "REJECT", "THREATEN") or idx[-1] >= ts or ts - idx[-1] > 12:
                continue
            seg = st.low[idx[-1] + 1:ts]
            if any(t in BOUNDARY or t == "," for t in seg):
                continue
            if any(t in ("to", "that", "for", "must", "should") for t in seg) or st.low[ts].endswith("ing"):
                return True
        return False

    def _derived(self, ev):
        """The verbal event a plan, promise or refusal states: a stated intent to cooperate is AGREE, to
        act against someone THREATEN; a negated agreement or endorsement is REJECT (PLOVER)."""
        out = []
        if not ev["actors"]:
            return out
        new = None
        if ev.get("_threat") and ev["type"] in CONFLICT | {"RETREAT", "SANCTION", "REJECT"}:
            new = "THREATEN"
        elif ev["_intent"] and ev["type"] in COOP:
            new = "AGREE"
        elif ev["_intent"] and (ev["type"] in CONFLICT or
                                ev["trigger"]["text"].lower().startswith(("boycott", "veto", "break off", "walk out"))):
            new = "THREATEN"
        elif ev.get("_refuse") and ev["type"] in COOP | {"AGREE"}:
            new = "REJECT"
        if new:
            d = dict(ev)
            d.update({"type": new, "mode": None, "negated": False, "hypothetical": False, "_intent": False, "_refuse": False,
                      "_threat": False,
                      "confidence": round(ev["confidence"] * 0.85, 3)})
            d["actors"], d["recipients"] = list(ev["actors"]), list(ev["recipients"])
            out.append(d)
        return out

    def _must(self, st, last_person):
        """X said (that) Y must / should ...: a request by X to Y."""
        out = []
        low = st.low
        speech = self.lex.w["speech"] | {"concluded", "declared", "insisted", "warned", "reminded", "reminder"}
        for k, t in enumerate(low):
            if t not in ("must", "should") or k + 1 >= len(low) or low[k + 1] in ("not", "have", "be"):
                continue
            sv = next((j for j in range(k - 1, max(-1, k - 12), -1) if low[j] in speech), None)
            if sv is None:
                continue
            tgt = self._subject(st, k)
            if tgt is None or tgt[0].a < sv:
                pass
            else:
                tgt = tgt
            if tgt is None or tgt[0].a < sv:
                continue
            spk = self._subject(st, sv)
            if spk is None:
                continue
            actors, recips = _ids(spk), [x for x in _ids(tgt) if x not in _ids(spk)]
            if not recips:
                continue
            from ..time.dating import date_event
            try:
                d = date_event(self._doc, st.i, st.st[k], st.en[k])
            except Exception:
                d = {}
            out.append({"id": "", "type": "REQUEST", "mode": None, "context": [], "actors": actors,
                        "recipients": recips, "location": None, "date": d.get("date"), "date_text": d.get("date_text"),
                        "negated": False, "hypothetical": False, "historical": bool(d.get("historical")),
                        "sentence": self._text[st.start:st.end], "start": st.start, "end": st.end,
                        "trigger": {"text": st.raw[k], "start": st.st[k], "end": st.en[k]}, "confidence": 0.6,
                        "_sent": st.i, "_intent": False, "_refuse": False})
            break
        return out

    def _location(self, st, te, parties):
        locp = self.lex.w["locprep"]
        best = None
        for u in st.places:
            if u.eid in parties:
                continue
            if self._prep(st, [u]) in locp:
                if best is None or abs(u.a - te) < abs(best.a - te):
                    best = u
        if best is None and st.i <= 2:
            # a dateline: HELSINKI (Reuters) - / WASHINGTON -
            for u in st.places:
                if u.a <= 1 and st.raw[u.a].isupper() and u.b < len(st.low) and st.low[u.b] in ("(", "-", "—", "–", ","):
                    best = u
        return best.eid if best else None

    def _factuality(self, st, ts, te, typ, trig):
        """(negated, hypothetical, intent): intent = a stated plan or promise of the actor (will, would,
        is ready to, plans to, vowed to), as opposed to a request (urged X to) or a condition (if)."""
        w = self.lex.w
        low = st.low
        neg = hyp = intent = False
        lo = ts
        for j in range(ts - 1, max(-1, ts - 7), -1):
            if low[j] in BOUNDARY or low[j] == ",":
                break
            lo = j
        before = low[lo:ts]
        if any(t in w["neg"] or t.endswith("n't") or t.endswith("n’t") for t in before[-4:]):
            neg = True
        self._weak_neg = neg and not any(t in ("not", "never") or t.endswith("n't") or t.endswith("n’t")
                                         for t in before[-4:])
        if typ != "REJECT" and any(t in w["negverb"] for t in before[-4:]):
            neg = True
        if any(t in w["modal"] for t in before[-5:]):
            hyp = True
        # infinitive: plans to meet, urged X to withdraw, agreed to normalise (not: began to)
        k = ts - 1
        if k >= 0 and low[k] == "to":
            pk = k - 1
            if pk >= 0 and low[pk] in w["negverb"]:
                neg = True  # "failed to reach", "refused to allow": a fact, negated
            elif not (pk >= 0 and low[pk] in w["aspect"]):
                hyp = True
        if trig.noun and ts > 0 and low[ts - 1] in w["hypcue"]:
            hyp = True  # proposed talks, planned attack
        cond = False
        for j in range(0, ts):
            if low[j] in ("if", "unless") and not self._blocked(st, j, ts):
                hyp = cond = True
        if any(t in ("would", "could", "might") for t in low[max(0, ts - 2):ts]):
            hyp = True
        self._threat = False
        if hyp and not cond:
            request = any(t in _REQ_WORDS for t in before)
            intent = not request and any(t in ("will", "would", "shall", "'ll") or t in w["intent"] for t in before[-5:])
            # "will withdraw its force unless ...", "may halt mediation if ...": a conditional promise is a threat
            if not request and any(t in ("unless", "if") for t in low[te:]) and \
                    any(t in ("will", "would", "may", "might", "could", "shall") or t in w["intent"] for t in before[-5:]):
                self._threat = True
        return neg, hyp, intent

    # ---- quotes -------------------------------------------------------------------------------------
    def _quotes(self, st: _S, inq, last_person):
        text = self._text
        speech = self.lex.w["speech"]
        out = []
        channel = self._channel(st)
        for qs, qe in inq:
            body = text[qs + 1:qe - 1]
            if len(body.split()) < 3:
                continue  # a scare quote or a title
            k0 = bisect.bisect_left(st.st, qs)
            spk = None
            found = False
            # X said ... "..."
            for k in range(k0 - 1, -1, -1):
                if st.low[k] in speech:
                    spk = self._speaker_of(st, k, last_person)
                    found = True
                    break
            if not found:
                found, spk = self._after_quote(qe, last_person)
            if not found:
                continue
            out.append({"speaker": spk, "text": body, "start": qs + 1, "end": qe - 1, "channel": channel})
        if out or inq:
            return out
        # reported speech: X said (that) ...
        for k, t in enumerate(st.low):
            if t not in ("said", "says", "told") or k + 2 >= len(st.low):
                continue
            j = k + 1
            if t == "told":
                while j < len(st.low) and st.low[j] not in ("that",) and j - k < 4:
                    j += 1
                if j >= len(st.low) or st.low[j] != "that":
                    continue
            while j < len(st.low) and st.low[j] in ("that", "on", "in", "a", "statement", "monday", "tuesday",
                                                    "wednesday", "thursday", "friday", "saturday", "sunday", ","):
                j += 1
            if j >= len(st.low) - 2:
                continue
            s = st.st[j]
            e = st.en[-1]
            while e > s and text[e - 1] in ".!?":
                e -= 1
            spk = self._speaker_of(st, k, last_person)
            if spk is None:
                continue
            out.append({"speaker": spk, "text": text[s:e], "start": s, "end": e, "channel": channel})
            break
        return out

    def _after_quote(self, qe, last_person):
        """ "...", X said / "...", said X / "..." he said — also when the sentence splitter cut after the
        quote.  Returns (a speech verb follows, speaker id or None)."""
        text = self._text
        speech = self.lex.w["speech"]
        toks = [(m.group(), m.start(), m.end()) for m in
                itertools.islice(TOKEN_RE.finditer(text, qe, min(len(text), qe + 90)), 10)]
        low = [t[0].lower() for t in toks]
        k = next((i for i, t in enumerate(low[:6]) if t in speech), None)
        if k is None or any(t in (".", "!", "?", '"', "“", "”") for t in low[:k]):
            return False, None
        # the speaker between the quote and the verb, else right after the verb
        for lo, hi in ((0, k), (k + 1, min(len(toks), k + 5))):
            if hi <= lo:
                continue
            eid = self._entity_in(toks[lo][1], toks[hi - 1][2])
            if eid:
                return True, eid
            if any(t in self.lex.w["pron"] for t in low[lo:hi]):
                return True, last_person
            name = self._name_at(toks, lo, hi, adjacent=(hi == k and hi - lo == 1) or (lo == k + 1))
            if name:
                return True, name
        return True, None

    def _entity_in(self, s, e):
        """The first PERSON / ORG / GPE / NORP entity mentioned inside text[s:e]."""
        j = bisect.bisect_left(self._ments, (s,))
        while j < len(self._ments) and self._ments[j][0] < e:
            ms, me, eid = self._ments[j]
            if me <= e and (self._by_id.get(eid) or {}).get("type") in PARTY_TYPES:
                return eid
            j += 1
        return None

    def _name_at(self, toks, lo, hi, adjacent=False):
        """An untagged personal name (capitalised words) in toks[lo:hi] → a matching entity by surname, or a
        minimal PERSON entity."""
        words = []
        for t, s0, e0 in toks[lo:hi]:
            if t[:1].isupper() and t.isalpha() and len(t) > 1 and t.lower() not in self.lex.w["det"] \
                    and t.lower() not in self.lex.w["title"] and t.lower() not in _NOT_NAMES:
                words.append((t, s0, e0))
            elif words:
                break
        if not words or len(words) > 4:
            return None
        last = words[-1][0]
        for e in self._doc["entities"]:
            if e.get("type") == "PERSON" and (e.get("name") or "").split()[-1:] == [last]:
                self._mention(e, words[0][1], words[-1][2])
                return str(e["id"])
        if len(words) < 2 and not adjacent:
            return None  # a lone capitalised word away from the speech verb: too unsure
        return self._entity(self._text[words[0][1]:words[-1][2]], "PERSON", None, None, words[0][1], words[-1][2])

    def _mention(self, e, s, t):
        if not any(m.get("start") == s for m in e.get("mentions") or []):
            e.setdefault("mentions", []).append({"text": self._text[s:t], "start": s, "end": t})

    def _speaker_of(self, st, k, last_person):
        g = self._subject(st, k)
        if g is not None:
            return g[0].eid
        p = k - 1
        while p >= 0 and st.low[p] in self.lex.w["adv"]:
            p -= 1
        if p >= 0 and st.low[p] in self.lex.w["pron"]:
            return last_person
        toks = [(st.raw[x], st.st[x], st.en[x]) for x in range(max(0, p - 3), p + 1)]
        if toks:
            n = len(toks)
            lo = n
            while lo > 0 and toks[lo - 1][0][:1].isupper() and toks[lo - 1][0].isalpha():
                lo -= 1
            if lo < n:
                return self._name_at(toks, lo, n)
        return None

    def _channel(self, st):
        s = self._text[st.start:st.end]
        ls = " " + " ".join(st.low) + " "
        for phrase, name in self.lex.channels:
            if (" " + phrase + " ") in ls:
                if phrase == "on x" and " on X" not in s:
                    continue
                return name
        return None

    # ---- merging ------------------------------------------------------------------------------------
    def _countries(self, ids, strict=True):
        out = set()
        for i in ids:
            c = (self._by_id.get(i) or {}).get("country")
            if not c:
                if strict:
                    return set()
                continue
            out.add(c)
        return out

    def _merge(self, events):
        """One event per occurrence: same type, compatible date, the same parties (or a subset) → one
        event, keeping the best-attested reading (factual over hypothetical, with date, confident)."""
        out: list[dict] = []
        for ev in events:
            pe = set(ev["actors"]) | set(ev["recipients"])
            hit = None
            for o in out:
                if o["type"] != ev["type"] or o["negated"] != ev["negated"]:
                    continue
                if o["date"] and ev["date"] and o["date"] != ev["date"]:
                    continue
                po = set(o["actors"]) | set(o["recipients"])
                if not (pe <= po or po <= pe) or not (pe & po):
                    ce, co = self._countries(pe), self._countries(po)
                    if not (o["sentence"] != ev["sentence"] and ce and co and (ce <= co or co <= ce)
                            and len(ce | co) >= 2):
                        continue  # the same occasion told with persons once and states once
                if ev["type"] not in ("CONSULT", "AGREE", "COOPERATE") and set(ev["actors"]) and set(o["actors"]) \
                        and not (set(ev["actors"]) & set(o["actors"])):
                    continue
                hit = o
                break
            if hit is None:
                out.append(ev)
                continue
            better = _rank(ev) > _rank(hit)
            keep, other = (ev, hit) if better else (hit, ev)
            if keep is ev:
                out[out.index(hit)] = ev
            if not keep["date"] and other["date"]:
                keep["date"], keep["date_text"] = other["date"], other["date_text"]
            for k in ("actors", "recipients"):
                for x in other[k]:
                    if x not in keep["actors"] and x not in keep["recipients"]:
                        keep[k].append(x)
            keep["confidence"] = round(min(1.0, max(keep["confidence"], other["confidence"]) + 0.05), 3)
        return out


_REQ_WORDS = {"urged", "urge", "urges", "asked", "ask", "asks", "called", "calls", "demanded", "demands", "requested",
              "pressed", "pressure", "pressured", "forced", "ordered", "told", "invited", "appealed", "wants", "want"}
COOP = {"AID", "SUPPORT", "RETREAT", "CONSULT", "COOPERATE", "CONCEDE"}
CONFLICT = {"SANCTION", "COERCE", "ASSAULT", "PROTEST", "MOBILIZE"}
_DETS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
         "'s", "’s", "whose", "any", "no", "every", "each"}


def ix_base(w: str) -> bool:
    """Is the word a bare verb form that doubles as a noun (offer, support, attack), not -ed / -ing?"""
    return not w.endswith(("ed", "ing"))


_MODIFIERS = {"vice", "deputy", "acting", "chief", "security", "riot", "armed", "senior", "top", "foreign", "defence", "defense", "interior", "finance", "trade",
              "economy", "intelligence", "government", "military", "local", "state", "federal", "provincial", "border",
              "naval", "special", "elite", "paramilitary", "opposition", "rebel", "allied", "coalition", "health",
              "justice", "prison", "tax", "customs", "immigration", "army", "police", "regional", "district"}
_TIMEWORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "on",
              "last", "week", "night", "earlier", "again", "also", "bluntly", ","}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_NOT_NAMES = {"i", "we", "you", "he", "she", "they", "it", "but", "and", "or", "so", "then", "thought", "said", "says",
              "mr", "ms", "mrs", "dr", "sir", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "reuters", "afp", "ap", "officials", "police", "sources", "source"}
_SUBJ_OK = {"to", "not", "and", "or", "they", "we", "i", "you", "who", "that", "which", "also", "jointly", "never",
            "still", "often", "now", "then", "later", "first", "both", "all", "together", "did", "do", "does", "n't"}
_NUMDET = {"the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "other"}
_PP = {"met", "held", "struck", "stricken", "shot", "sent", "given", "taken", "led", "fought", "beaten", "withdrawn",
       "forgiven", "brought", "made", "frozen", "shut", "driven", "thrown", "broken", "hit", "told", "written", "won",
       "lost", "left", "built", "kept", "hung", "fled", "forbidden", "laid", "set", "put", "cut", "seized"}


def _ids(g) -> list[str]:
    out = []
    for u in g or ():
        if u.eid not in out:
            out.append(u.eid)
    return out


def _rank(ev):
    return (not ev["hypothetical"], not ev["historical"], bool(ev["actors"]) + bool(ev["recipients"]),
            bool(ev["date"]), ev["confidence"])


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotations: “...” pairs, and straight quotes paired as opening (after a space or an opening mark,
    before a word) with the next closing one (after a word, before a space or punctuation)."""
    out = [(m.start(), m.end()) for m in _CURLY_RE.finditer(text)]
    n = len(text)
    opening = None
    for m in _STRAIGHT_RE.finditer(text):
        i = m.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < n else " "
        can_open = (before.isspace() or before in "([{:—–-") and not after.isspace()
        can_close = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")
        if opening is not None and can_close and "\n" not in text[opening:i] and i - opening <= 800:
            if i - opening > 2:
                out.append((opening, i + 1))
            opening = None
        elif can_open:
            opening = i
    out.sort()
    return out


def _dedup_quotes(quotes):
    out, seen = [], set()
    for q in quotes:
        key = (q["start"], q["end"])
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out

"""Page stage: from a page dump, a corpus record or an extracted HTML page to the article's parts.

Three inputs (see ``marsad.read``):

* a raw page dump (kind ``txt``, no ``body_start``): every line is classified as body or furniture by the
  line model (``lines.py``) and rules (furniture phrases, comment sections, hashtags, in-batch repeats);
  the headline is, in order: the page title (first line, less ' - Site') where the page prints it again
  above the story; a headline-like line (4-30 words, no full stop, not a date / byline / dateline /
  caption) printed twice or more above the first paragraph (not a menu printed twice: its neighbours do not
  repeat with it); the first text line of the header block right above the story (date, agency, byline,
  caption and share lines around a headline and its deck) unless the first line looks like a page title;
  the first line.  Header lines are told apart by ``header_kind``; ``dateline_agency`` reads the source
  of 'بكين - الأناضول', 'الخرطوم (رويترز)', 'رويترز - فيينا', '(الأناضول)', 'المصدر: رويترز'.  The deck is the
  one text line between the headline's last copy and the story (or a short first line the date separates
  from the story).  A corpus record given as ``{"id","text"}`` with ``title + "\\n\\n" + body`` reads the
  same way (its first line is the headline);
* a record with a title (``meta["title"]``, ``meta["body_start"]``): the title is the headline and the
  body region is kept, less furniture lines, with dateline/agency/hashtag lines taken out;
* an HTML page extracted by trafilatura (``meta["body_start"]`` and its metadata): as above.

The stage fills ``doc["article"]`` (headline, deck, published, outlet, agency, url, language, tags, body,
boilerplate), ``doc["paragraphs"]`` (spans of the body lines, ``body == "\\n".join(...)``) and
``doc["headline_span"]``.
"""
from __future__ import annotations

import re
from collections import defaultdict

import numpy as np

from ..lang.detect import detect_language
from ..pipeline import Stage
from ..record import Doc
from . import furniture as furn_table
from .dates import find_dates, normalize_published
from .lexicon import agencies, fold_text, norm_line, outlets
from .lines import _BYLINE, _CAPTION, Line, is_hashtag_line, line_features, model, predict, split_lines

_TATWEEL_DASH = re.compile(r"\sـ+(?=\s)")
_TITLE_SEP = re.compile(r"\s+(?:[-|–—:»·•]|::|ـ+)\s+")
_SHORT_CTX = None


def _agency_patterns():
    global _SHORT_CTX
    if _SHORT_CTX is None:
        ag = agencies()
        alt = "|".join(re.escape(k) for k in sorted(ag.short, key=len, reverse=True))
        # a short form cited as a source: (واس) / [AP] / '- واس' / 'واس -' / 'وكالة واس' / 'المصدر: واس'
        _SHORT_CTX = re.compile(
            r"[(\[]\s*(" + alt + r")\s*[)\]]"
            r"|(?:^|\s|\w)[-–—/]\s*(" + alt + r")\s*(?:$|[-–—:])"
            r"|^\s*(" + alt + r")\s*[-–—:]"
            r"|(?:وكاله|لوكاله|بوكاله|agency|المصدر\s*:|source\s*:)\s*(" + alt + r")(?!\w)", re.I)
    return _SHORT_CTX


def find_agency(s: str, alone: bool = False, span: int = 2000, cue: bool = False) -> tuple[str, int] | None:
    """The agency ``s`` cites as a source (English name) and where; ``alone``: ``s`` is a line of its own
    that may be nothing but the agency's name; ``cue``: a full name counts only next to a citing word
    (ذكرت، نقلت، بحسب، قال لـ / according to, told, reported), as inside a story's running text."""
    if not s:
        return None
    ag = agencies()
    head = s[:span]
    n = norm_line(head) if alone or len(head) < 64 else None
    if alone:
        k = n or norm_line(head)
        if k in ag.short or k in ag.full:
            return ag.short.get(k) or ag.full.get(k), 0
        if head.strip() in ag.short:
            return ag.short[head.strip()], 0
    if " ـ" in head:  # a spaced tatweel written as a dash ('القاهرة ـ الأناضول'); folding would drop it
        head = _TATWEEL_DASH.sub(lambda m: " " + "-" * (len(m.group()) - 1), head)
    f = fold_text(head)
    if ag.automaton is not None:
        # nothing to do when no name occurs as a whole word
        def whole(end, key):
            st = end - len(key) + 1
            return (st == 0 or not f[st - 1].isalnum()) and (end + 1 >= len(f) or not f[end + 1].isalnum())

        if not any(whole(e, k) for e, k in ag.automaton.iter(f)):
            return None
    best = None
    for m in ag.full_re.finditer(f):
        if cue and not (_CUE_BEFORE.search(f, max(0, m.start() - 40), m.start())
                        or _CUE_AFTER.match(f, m.end())):
            continue  # named, not cited (a story about the agency)
        best = (ag.full.get(norm_line(m.group()), None) or ag.full.get(m.group().lower()), m.start())
        break
    for m in _agency_patterns().finditer(f):
        g = next(x for x in m.groups() if x)
        # Latin short forms are case-sensitive (AP, AA, MAP): check against the original
        orig = head[m.start(m.lastindex):m.end(m.lastindex)]
        name = ag.short.get(orig) if orig.isascii() else ag.short.get(norm_line(g))
        if name and (best is None or m.start() < best[1]):
            best = (name, m.start())
        break
    return best if best and best[0] else None


_INNER_PUNCT_RE = re.compile(r"[^\w\s]+")
_SPACES_RE = re.compile(r"\s+")


def _runs(idx: list[int], together) -> list[list[int]]:
    """The line numbers ``idx`` (ascending, not empty) cut into runs: a line joins the run of the one before it when
    ``together(before, line)``."""
    runs, cur = [], [idx[0]]
    for a, b in zip(idx, idx[1:]):
        if together(a, b):
            cur.append(b)
        else:
            runs.append(cur)
            cur = [b]
    runs.append(cur)
    return runs


def _canon_line(t: str) -> str:
    """A line folded for 'is this the headline again' (quotes and punctuation ignored: «X» = "X")."""
    n = norm_line(t, digits=True)
    if not n.isalnum():
        n = _SPACES_RE.sub(" ", _INNER_PUNCT_RE.sub(" ", n)).strip()
    return n


class PageStage(Stage):
    name = "page"
    needs = ("text", "meta")
    gives = ("article", "paragraphs", "headline_span")

    def __init__(self, threshold: float | None = None, line_model: dict | None = None):
        self.threshold = threshold
        self.table = None
        self.model = line_model

    def setup(self) -> None:
        m = self.model = self.model or model()
        if self.threshold is None:
            self.threshold = m["threshold"]
        outlets(), agencies()
        self.table = furn_table.load()

    # ------------------------------------------------------------------------------------------ batch
    def process_batch(self, docs: list[Doc]) -> list[Doc]:
        """Documents of one outlet that arrive together teach which lines are that outlet's furniture."""
        if self.table is None:
            self.setup()
        groups = defaultdict(list)
        for d in docs:
            if d.get("kind") != "error":
                groups[self._outlet_key(d)].append(d)
        learned = {}
        for key, ds in groups.items():
            if key and len(ds) >= furn_table.MIN_DOCS:
                learned[key] = furn_table.repeated_lines([d["text"] for d in ds])
        return [self.process(d, extra=learned.get(self._outlet_key(d))) for d in docs]

    def _outlet_key(self, doc: Doc) -> str | None:
        meta = doc.get("meta") or {}
        o = outlets()
        return o.from_url(meta.get("url")) or o.from_name(meta.get("outlet")) or meta.get("outlet") or None

    # -------------------------------------------------------------------------------------------- one
    def process(self, doc: Doc, extra: set | None = None) -> Doc:
        if self.table is None:
            self.setup()
        text, meta = doc["text"], doc.get("meta") or {}
        art = doc["article"]
        outlet_key = self._outlet_key(doc)
        known = set(extra or ())
        known |= self.table.get(outlet_key, set()) if outlet_key else set()

        given = "body_start" in meta
        b = int(meta.get("body_start") or 0) if given else 0
        lines = split_lines(text, b)
        for ln in lines:
            if not ln.furn and known and ln.norm and ln.norm in known:
                ln.furn = "learned"
        n = len(lines)
        role = ["" for _ in range(n)]  # body, headline, deck, date, agency, tags, masthead, furniture
        headline = headline_span = None
        masthead = None

        self._last_clean = False
        if given:
            if b > 0:
                t = meta.get("title") or text[:b]
                hs, he = 0, len(t.rstrip())
                while hs < he and text[hs].isspace():
                    hs += 1
                if he > hs:
                    headline, headline_span = text[hs:he], [hs, he]
            self._given(lines, role, headline)
        else:
            # a record that comes with its url / date / outlet was cut out of its page by a crawler: its
            # lines are the article's (lists and verse included), less furniture phrases
            clean = self._is_clean(lines, record=bool(meta.get("url") or meta.get("published")))
            # a clean record (title line, then paragraphs) needs no line model
            p = predict(line_features(lines), self.model) if n and not clean else np.ones(n)
            self._last_clean = clean
            hi, masthead = self._headline(lines, p, clean)
            if hi is not None:
                ln = lines[hi]
                hs, he = ln.start, ln.end
                if not clean and hi == 0 and n > 1:
                    hs, he = self._title_part(text, ln, lines)
                headline, headline_span = text[hs:he], [hs, he]
                role[hi] = "headline"
            if masthead is not None:
                role[masthead] = "masthead"
            self._dump(lines, role, p, headline, hi, clean)

        # header zone: between headline and first body line (dateline, agency, deck)
        body_idx = [i for i in range(n) if role[i] == "body"]
        first = body_idx[0] if body_idx else n
        hidx = next((i for i in range(n) if role[i] == "headline"), -1)
        published = normalize_published(meta.get("published")) if meta.get("published") else None
        date_i = None
        if published is None:
            published, date_i = self._dateline(lines, role, hidx, first, doc.get("kind"))
        if date_i is not None:
            role[date_i] = "date"
        agency, agency_i = self._agency(lines, role, hidx, first, body_idx, text)
        if agency_i is not None and role[agency_i] != "body":
            role[agency_i] = "agency"
        deck = None
        # the copy of the headline nearest the story: the deck is between it and the first paragraph
        hlast = max((i for i in range(hidx, first) if role[i] == "headline"), default=hidx) if hidx >= 0 else -1
        if not given and body_idx and role[body_idx[0]] == "body" and not self._last_clean:
            # a short unpunctuated first line followed by prose is the standfirst (deck), not the story
            i = body_idx[0]
            ln = lines[i]
            nxt = body_idx[1] if len(body_idx) > 1 else None
            # (or a short line the date / dateline / byline separates from the story)
            cut = nxt is not None and any(header_kind(lines[j]) in ("date", "agency", "byline")
                                          for j in range(i + 1, nxt))
            if 3 <= ln.words <= 30 and (not _END_PUNCT.search(ln.text) or (cut and ln.words >= 4)) and nxt is not None \
                    and nxt - i <= 3 and lines[nxt].words >= 12 and not (hidx >= 0 and i < hidx) \
                    and not header_kind(ln):
                role[i] = "deck"
                deck = ln.text
                body_idx = body_idx[1:]
                first = body_idx[0]
        if not given and deck is None and hlast >= 0:
            # the one text line between the headline (its date / agency / byline lines) and the story
            cands = []
            for i in range(hlast + 1, min(first, hlast + 8)):
                ln = lines[i]
                if role[i] and role[i] != "headline" or ln.furn or header_kind(ln):
                    continue
                if headline and _canon_line(ln.text) == _canon_line(headline):
                    role[i] = "headline"
                    continue
                if _CAPTION.search(ln.text[:300]):
                    continue  # a photo caption, however long
                if ln.words < 4 or ln.words > 40 or _URL_RE.search(ln.text) or p[i] < 0.02 \
                        or (ln.text.isascii() and _caps_ratio(ln.text) > 0.6) or ln.text.rstrip().endswith(":") \
                        or (_END_PERIOD.search(ln.text) and ln.words > 12):
                    cands.append(None)  # a full sentence here is the story's first paragraph, not a deck
                    continue
                cands.append(i)
            if len(cands) == 1 and cands[0] is not None:
                i = cands[0]
                deck, role[i] = lines[i].text, "deck"
        if not deck and meta.get("description") and given:
            deck = None  # trafilatura's description is often the body's first sentence: not a deck
        tags = []
        for i in range(n):
            if is_hashtag_line(lines[i].text) and role[i] != "body":
                role[i] = "tags"
                for t in lines[i].text.split("#"):
                    t = t.strip().replace("_", " ")
                    if t and t not in tags:
                        tags.append(t)
        for t in meta.get("tags") or []:
            if isinstance(t, str) and t.strip() and t.strip() not in tags:
                tags.append(t.strip())

        paras = [[lines[i].start, lines[i].end] for i in body_idx]
        art["headline"] = headline
        doc["headline_span"] = headline_span
        art["deck"] = deck
        art["body"] = "\n".join(text[s:e] for s, e in paras)
        doc["paragraphs"] = paras
        art["published"] = published
        art["agency"] = agency or (find_agency(str(meta["agency"]), alone=True) or (None,))[0] \
            if meta.get("agency") else agency
        if meta.get("agency") and not art["agency"]:
            art["agency"] = str(meta["agency"])
        art["outlet"] = self._outlet(meta, lines, masthead, text)
        art["url"] = meta.get("url") or art.get("url")
        art["tags"] = tags
        hl = _canon_line(headline) if headline else None
        art["boilerplate"] = [lines[i].text for i in range(n) if not role[i] or role[i] == "furniture"
                              if not (hl and abs(len(lines[i].text) - len(headline)) <= 3
                                      and _canon_line(lines[i].text) == hl)]
        art["language"] = meta.get("language") or detect_language((art["body"] or headline or text)[:400])
        return doc

    # ------------------------------------------------------------------------------------- given body
    def _given(self, lines: list[Line], role: list[str], headline: str | None) -> None:
        closed = False
        hl = _canon_line(headline) if headline else None
        seen_words = 0
        for i, ln in enumerate(lines):
            if ln.furn == "closing" and seen_words >= 30:
                closed = True
            seen_words += ln.words
            if closed or ln.furn:
                role[i] = "furniture"
            elif is_hashtag_line(ln.text):
                role[i] = "tags"
            elif hl and abs(len(ln.text) - len(headline)) <= 3 and _canon_line(ln.text) == hl:
                role[i] = "headline"
            else:
                role[i] = "body"
        self._trim_header_lines(lines, role)

    def _trim_header_lines(self, lines, role) -> None:
        """Leading body lines that are only a dateline or an agency name are not body."""
        for i, ln in enumerate(lines):
            if role[i] != "body":
                continue
            if ln.words <= 14 and header_kind(ln) in ("date", "agency", "credit", "byline", "caption"):
                role[i] = ""  # 'أبوظبي - سكاي نيوز عربية': place and outlet, a credit line
            else:
                break

    # -------------------------------------------------------------------------------------- page dump
    def _is_clean(self, lines: list[Line], record: bool = False) -> bool:
        """A record's text (title line, then paragraphs) rather than a whole page."""
        if len(lines) < 2 or len(lines) > (300 if record else 80):
            return False
        rest = [ln for ln in lines[1:] if not ln.furn]  # a sign-off or a 'Read also' box does not make a page
        if len(rest) < 0.5 * (len(lines) - 1) or not rest:
            return False
        if record:
            return sum(ln.words for ln in rest) >= 8
        # a record is its title, then paragraphs: two short lines or more above the first paragraph (a menu
        # item and a headline, a headline and a date line) make a page
        top = 0
        for ln in lines:
            if ln.furn:
                continue
            if ln.words >= 15 or (ln.words >= 4 and _END_PUNCT.search(ln.text) and not ln.text.rstrip().endswith(":")):
                break
            top += 1
            if top >= 2:
                return False
        run = longest = 0
        for ln in rest:  # a menu is a run of short lines
            run = run + 1 if ln.words < 6 and not is_hashtag_line(ln.text) else 0
            longest = max(longest, run)
        if longest >= 3:
            return False
        short = sum(1 for ln in rest if ln.words < 6)
        return short <= max(1, 0.2 * len(rest)) and sum(ln.words for ln in rest) >= 8

    def _headline(self, lines: list[Line], p, clean: bool):
        """Index of the headline line and of a masthead line (the outlet's name above it)."""
        if not lines:
            return None, None
        o = outlets()
        masthead = None
        start = 0
        # (the outlet's name, short furniture lines, and menus or breadcrumbs of any length: 'الرئيسية | أخبار | سياسة')
        while start < min(4, len(lines)) and ((o.from_name(lines[start].text) or lines[start].furn)
                                              and lines[start].words <= 5 or lines[start].furn == "line"):
            if o.from_name(lines[start].text) and masthead is None:
                masthead = start
            start += 1
        if start >= len(lines):
            return None, masthead
        first = lines[start]
        if clean:
            return (start if first.words <= 40 else None), masthead
        # the <title> line usually is 'Headline - Site'; the page repeats the headline above the story
        cand = _canon_line(_TITLE_SEP.split(first.text)[0]) if first.words >= 2 else None
        thr = self._effective_threshold(lines, p) if len(lines) > 3 else self.threshold
        body_first = next((i for i in range(len(lines)) if p[i] >= thr and lines[i].words >= 8
                           and _END_PERIOD.search(lines[i].text)), None)
        limit = body_first if body_first is not None else len(lines)
        if cand and len(cand) >= 8:
            hits = []
            for i in range(start + 1, len(lines)):
                c = _canon_line(lines[i].text) if lines[i].words <= 40 else ""
                if c and (c == cand or (len(c) >= 0.6 * len(cand) and cand.startswith(c))
                          or (len(cand) >= 0.6 * len(c) and c.startswith(cand))):
                    hits.append(i)
            # the repeat that a story follows (not one in a list of links)
            for i in hits:
                if any(p[j] >= self.threshold and lines[j].words >= 8 for j in range(i + 1, min(len(lines), i + 12))):
                    return i, masthead
            if hits and hits[0] < limit:
                return hits[0], masthead
        # a line the page prints twice above the story is its headline (not a menu item: headline-like)
        rep = self._repeated_headline(lines, start, limit)
        if rep is not None:
            return rep, masthead
        block, _ = self._header_block(lines, start, limit)
        first_ok = 3 <= first.words <= 40 and not first.furn and not find_dates(first.text) \
            and not header_kind(first)
        # the page's <title> (a long first line, or 'Headline - Site') is the headline before a header block
        title_like = first_ok and (first.words >= 5 or len(_TITLE_SEP.split(first.text)) > 1)
        if block is not None and not title_like:
            return block, masthead
        if first_ok:
            return start, masthead
        # otherwise: the last short non-furniture line with 4+ words before the body
        for i in range(limit - 1, start - 1, -1):
            ln = lines[i]
            if 4 <= ln.words <= 30 and not ln.furn and not _END_PERIOD.search(ln.text) and not header_kind(ln):
                # a headline and its deck (two such lines, not three: a list of links): the first
                if i - 1 >= start and self._headline_like(lines[i - 1]) and not (
                        i - 2 >= start and self._headline_like(lines[i - 2])):
                    return i - 1, masthead
                return i, masthead
        return None, masthead

    @staticmethod
    def _headline_like(ln: Line) -> bool:
        return 4 <= ln.words <= 30 and not ln.furn and not _END_PERIOD.search(ln.text) \
            and not _URL_RE.search(ln.text) and not ln.text.rstrip().endswith((":", "：")) and not header_kind(ln)

    def _repeated_headline(self, lines: list[Line], start: int, limit: int) -> int | None:
        """The copy nearest the story of a headline-like line printed twice or more above it."""
        seen: dict[str, list[int]] = {}
        for i in range(start, min(limit, start + 60)):
            ln = lines[i]
            if 4 <= ln.words <= 30 and not ln.furn:
                seen.setdefault(_canon_line(ln.text), []).append(i)
        best = None

        def same(a, b):
            return 0 <= a < len(lines) and 0 <= b < len(lines) and lines[a].text == lines[b].text

        for c, idx in seen.items():
            if len(idx) < 2 or not c or limit - idx[-1] > 15 or not self._headline_like(lines[idx[-1]]):
                continue
            a, b = idx[-2], idx[-1]
            if b - a > 1 and (same(a - 1, b - 1) or same(a + 1, b + 1)):
                continue  # a menu printed twice (desktop and mobile): its neighbours repeat with it
            if best is None or b > best:
                best = b
        return best

    def _header_block(self, lines: list[Line], start: int, limit: int) -> tuple[int | None, bool]:
        """The article's header right above its first paragraph: date, agency, byline, caption and share
        lines around a headline (and a deck).  Returns the headline's index (the first text line of the block,
        not one of a list of three or more) and whether the block holds a date / agency / byline line."""
        cands, meta = [], False
        i, walked = limit - 1, 0
        while i >= start and walked < 10:
            ln = lines[i]
            kind = header_kind(ln)
            if ln.furn in ("related", "linked", "closing"):
                break
            if kind in ("date", "agency", "byline", "credit"):
                meta = True
            elif kind in ("caption", "furniture", "tags"):
                pass
            elif self._headline_like(ln):
                cands.append(i)
            else:
                break  # a menu item, a sentence: the header ends here
            i -= 1
            walked += 1
        if not cands:
            return None, meta
        cands.reverse()
        # runs of adjacent text lines: three or more are a list of links, not a headline and its deck
        runs = _runs(cands, lambda a, b: b == a + 1)
        keep = [r for r in runs if len(r) <= 2]
        if not keep:
            return None, meta
        return keep[0][0], meta

    def _title_part(self, text: str, ln: Line, lines) -> tuple[int, int]:
        """Span of the headline inside a '<headline> - <site>' title line."""
        parts = list(_TITLE_SEP.finditer(ln.text))
        if not parts:
            return ln.start, ln.end
        last = parts[-1]
        tail = ln.text[last.end():]
        sep = last.group().strip()
        site_like = sep in ("|", "-", "–", "—", "·", "•", "»", "::") and len(tail.split()) <= 4 and (
            "." in tail or all(w[:1].isupper() or not w[:1].isalpha() for w in tail.split()))
        if outlets().from_name(tail) or site_like:
            # drop trailing site/section segments
            cut = last.start()
            for m in reversed(parts[:-1]):
                seg = ln.text[m.end():cut]
                if len(seg.split()) <= 2:
                    cut = m.start()
                else:
                    break
            return ln.start, ln.start + cut
        return ln.start, ln.end

    def _effective_threshold(self, lines, p) -> float:
        thr = self.threshold
        strong = [ln.words for ln, pi in zip(lines, p) if pi >= thr and ln.words >= 8 and not ln.furn]
        if not strong:
            # a page the model is unsure of everywhere (a short story in a big page): its best lines
            top = max((pi for ln, pi in zip(lines, p) if ln.words >= 8 and not ln.furn), default=0.0)
            thr = max(0.08, 0.5 * top)
        return thr

    def _dump(self, lines, role, p, headline, hi, clean: bool) -> None:
        thr = self.threshold
        hl = _canon_line(headline) if headline else None
        closed = False
        seen_words = 0  # body words so far: a 'Comments' link in a share bar above the story closes nothing
        if not clean and len(lines) > 3:
            thr = self._effective_threshold(lines, p)
        for i, ln in enumerate(lines):
            if role[i]:
                continue
            if ln.furn == "closing" and (hi is None or i > hi) and seen_words >= 60:
                closed = True
            if closed or ln.furn:
                role[i] = "furniture"
                continue
            if hl and abs(len(ln.text) - len(headline)) <= 3 and _canon_line(ln.text) == hl:
                role[i] = "headline"
                continue
            if is_hashtag_line(ln.text):
                role[i] = "tags"
                continue
            if clean:
                if hi is None or i > hi:
                    role[i] = "body"
                continue
            if p[i] >= thr and (hi is None or i > hi or ln.words >= 25):
                role[i] = "body"
                seen_words += ln.words
        if clean:
            self._trim_header_lines(lines, role)
            return
        for i, ln in enumerate(lines):  # an image's caption inside the story: 'متظاهرون في الخرطوم (رويترز)'
            if role[i] == "body" and _caption_credit(ln):
                role[i] = ""
        # a paragraph of Arabic prose right after a story paragraph continues the story: the model, trained on
        # English pages, doubts the last paragraphs of a short Arabic page (on English pages such lines are
        # mostly sign-offs and notices, which the model does see)
        def prose(i, long_words):  # an unclaimed line of Arabic prose (ending a sentence, an agency's tail, or long)
            ln = lines[i]
            return not role[i] and not ln.furn and _ARABIC.search(ln.text[:40]) and not header_kind(ln) and (
                _END_PUNCT.search(ln.text) or _tail_agency(ln.text) or ln.words >= long_words)

        prev_body = False  # the last line that is not a caption or an ad label was a body line
        for i in range(len(lines)):
            ln = lines[i]
            if role[i] == "body":
                prev_body = True
                continue
            if not role[i] or role[i] == "furniture":
                if ln.furn in ("line", "contains", "learned") and ln.words <= 4 or \
                        (not ln.furn and (ln.words <= 14 and _CAPTION.search(ln.text) or _caption_credit(ln))):
                    continue  # 'إعلان', '(صورة: رويترز)', 'متظاهرون في الخرطوم (رويترز)' between two paragraphs
            if prev_body and prose(i, 10 ** 6) \
                    and (ln.words >= 12 and p[i] >= _CONT * thr or ln.words >= 8 and p[i] >= 0.5 * thr):
                role[i] = "body"  # (a short closing sentence the model half believes: "ووجهت الحكومة التركية تحذيرا
                # لدمشق من التدخل دعما للأكراد في عفرين.")
            else:
                prev_body = False
        # ... and so does one right before it: the model doubts the first paragraph of a story that follows a share bar
        # or a date line ('شارك / تغريد / واتساب', then the lead), where English pages put teasers; past a furniture line
        # inside the story ('اقرأ أيضا: ...'), not past a box of links ('الأكثر قراءة' and its teasers)
        nxt = None  # the next body line
        for i in range(len(lines) - 1, -1, -1):
            ln = lines[i]
            if role[i] == "body":
                nxt = i
            elif ln.furn in ("related", "linked"):
                nxt = None
            elif role[i] in ("", "furniture") and ln.furn and ln.words <= 30:
                continue
            elif role[i] in ("", "furniture") and not ln.furn and (
                    ln.words <= 14 and _CAPTION.search(ln.text) or _caption_credit(ln)):
                continue  # (an image's caption between the lead and the story's next paragraph)
            elif nxt is not None and ln.words >= 12 and p[i] >= _CONT * thr and prose(i, 25):
                role[i] = "body"
                nxt = i
            else:
                nxt = None
        # a 'Read also' box inside the story: prose right after the box continues the story
        last_body, crossed = -1, False
        for i, ln in enumerate(lines):
            if role[i] == "body":
                last_body, crossed = i, False
            elif ln.furn in ("related", "linked"):
                crossed = last_body >= 0
            elif crossed and not role[i] and ln.words >= 10 and _END_PUNCT.search(ln.text) \
                    and p[i] >= 0.25 * thr and i - last_body <= 10:
                role[i] = "body"
                last_body, crossed = i, False
            else:
                crossed = False
        # the body is a story: drop body lines that are far from the main body block and weak
        idx = [i for i in range(len(lines)) if role[i] == "body"]
        if not idx:
            return
        weights = np.array([lines[i].words for i in idx], dtype=float)
        # main block: the run of body lines (gaps of non-body lines allowed) holding most words
        runs = _runs(idx, lambda a, b: b - a <= 12 or sum(lines[j].words for j in range(a + 1, b)) <= 60)
        if len(runs) > 1:
            wsum = [sum(lines[i].words for i in r) for r in runs]
            best = int(np.argmax(wsum))
            if hi:  # the headline was found on the page: the story is the run that follows it
                after = [k for k, r in enumerate(runs) if r[-1] > hi and r[0] - hi <= 15 and wsum[k] >= 40]
                if after:
                    best = after[0]
            for k, r in enumerate(runs):
                if k != best and hi and runs[best][0] > hi and r[-1] < hi:
                    for i in r:  # links and teasers above the story's headline
                        role[i] = ""
                elif k != best and wsum[k] < 0.35 * wsum[best]:
                    for i in r:
                        if p[i] < 0.9:
                            role[i] = ""
        del weights
        # a page that prints its story twice (JSON-LD, print version): keep the first copy; bare URLs out
        seen: set = set()
        for i in range(len(lines)):
            if role[i] != "body":
                continue
            t = lines[i].text
            if " " not in t and ("://" in t or t.startswith("www.")):
                role[i] = ""
                continue
            w = _WORDS.findall(t.lower())
            if len(w) < 30:
                continue  # short lines repeat legitimately (recipes, lists, refrains)
            grams = {hash(tuple(w[j:j + 4])) for j in range(len(w) - 3)}
            if len(grams & seen) >= 0.8 * len(grams):
                role[i] = ""
            else:
                seen |= grams
        self._trim_header_lines(lines, role)

    # ----------------------------------------------------------------------------------- header zone
    def _dateline(self, lines, role, hidx, first, kind) -> tuple[str | None, int | None]:
        """The page's publication date: the first dated short line near the headline (a 'published' line
        before an 'updated' one), else the date opening the first paragraph, else any dated short line."""
        n = len(lines)
        zone = list(range(max(0, hidx), min(n, first + 1))) if hidx >= 0 else list(range(0, min(n, first + 1)))
        # before the headline too (pages print the date above the title), then the rest of the page
        zone += [i for i in range(0, max(0, hidx))]
        zone += [i for i in range(first + 1, n) if role[i] != "body"]
        found = []
        for rank, i in enumerate(zone):
            ln = lines[i]
            if role[i] == "body" or ln.words > 20:
                continue  # a date inside a paragraph is the story's, not the page's
            hits = find_dates(ln.text)
            if not hits:
                continue
            h = hits[0]
            if len(hits) > 1 and _UPDATED.search(ln.text[:h.start]) and not _PUBLISHED.search(ln.text[:h.start]):
                h = hits[1]  # 'Updated 11:05 | Published 10:48'
            upd = bool(_UPDATED.search(ln.text)) and not _PUBLISHED.search(ln.text)
            found.append((upd, rank, h.value, i))
            if not upd or len(found) >= 3:
                break
        if found:
            found.sort()
            _, _, value, i = found[0]
            return value, (i if not role[i] else None)
        # 'القاهرة - 19 مارس 2025 (رويترز) -' / 'LONDON, Nov 19 (Reuters) -': a dateline opening the story
        if first < n:
            hits = find_dates(lines[first].text[:90])
            if hits and hits[0].start <= 50:
                return hits[0].value, None
        return None, None

    def _agency(self, lines, role, hidx, first, body_idx, text) -> tuple[str | None, int | None]:
        n = len(lines)
        # a line of its own in the header zone ('الأناضول', 'بكين - الأناضول', 'الخرطوم (رويترز)', 'رويترز - فيينا')
        for i in range(max(0, hidx + 1), min(n, first)):
            ln = lines[i]
            if (role[i] and role[i] != "date") or ln.words > 8:
                continue
            a = dateline_agency(ln.text)
            if a:
                return a, i
        # the dateline of the first paragraphs: 'القاهرة (رويترز) -', '(AP) —', 'الرياض - واس'
        for i in body_idx[:2]:
            a = find_agency(lines[i].text[:120], cue=True)
            if a:
                return a[0], None
        # lines of their own after the body ('المصدر: رويترز', '(الأناضول)', 'Reuters') or above it
        for i in range(n):
            ln = lines[i]
            if role[i] in ("body", "headline") or ln.words > 9 or len(ln.text) > 70:
                continue
            if (body_idx and i > body_idx[-1]) or i < first:
                a = dateline_agency(ln.text)
                if a:
                    return a, i
        # the agency closing the story's last paragraph: '... في شؤونها. (الأناضول)'
        if body_idx:
            a = _tail_agency(lines[body_idx[-1]].text)
            if a:
                return a, None
        # cited anywhere in the body (its first 3000 characters)
        if body_idx:
            chunk, size = [], 0
            for i in body_idx:
                chunk.append(lines[i].text)
                size += len(lines[i].text)
                if size > 1500:
                    break
            a = find_agency("\n".join(chunk)[:1500], span=1500, cue=True)
            if a:
                return a[0], None
        return None, None

    def _outlet(self, meta, lines, masthead, text) -> str | None:
        o = outlets()
        name = o.from_url(meta.get("url")) or o.from_name(meta.get("outlet")) or \
            o.from_name(meta.get("sitename"))
        if name:
            return name
        if masthead is not None:
            return o.from_name(lines[masthead].text)
        if lines and not meta.get("outlet"):
            first = lines[0].text
            parts = _TITLE_SEP.split(first)
            if len(parts) > 1:
                for seg in reversed(parts[1:]):
                    r = o.from_name(seg) or o.from_name(seg.split()[0] if seg.split() else "")
                    if r:
                        return r
            for ln in lines[:3] + lines[-40:]:
                # a one-word Arabic name ('الخليج', 'البيان') is also a menu item: only as the masthead
                if len(ln.text) <= 40 and (len(ln.text.split()) > 1 or ln.text.isascii()):
                    r = o.from_name(ln.text)
                    if r:
                        return r
            m = re.search(r"©\s*(?:\d{4}\s*[-–]?\s*)*(?:\d{4}\s*)?([^\d,.|]{3,40})", text[-4000:])
            if m:
                r = o.from_name(m.group(1).strip())
                if r:
                    return r
        return meta.get("outlet") or None


_CUE_BEFORE = re.compile(
    r"(?:ذكرت|ذكر|قالت|قال|نقلت|نقل|نقلا عن|افادت|افاد|اوردت|اورد|بحسب|حسب|وفقا|طبقا|اعلنت|اكدت|بثت|نشرت|"
    r"صرح|صرحت|اضاف|اضافت|according to|told|reported by|cited by|quoted by|citing|via|says|said)"
    r"[^.!?؟\n]{0,30}$|(?:^|[(\[]|[-–—/]|\n)\s*$", re.I)
_CUE_AFTER = re.compile(r"\s*[)\]\-–—:/]|\s*$|\s*(?:[,،]\s*)?(?:reported|reports|said|says|quoted|cited|ذكرت|قالت|نقلت|افادت|اوردت|"
                        r"اعلنت|للانباء)", re.I)
_END_PERIOD = re.compile(r"(?<!\.)\.['\"”’»)\]]*\s*$")  # a sentence's full stop (not '..' or '؟')
_END_PUNCT = re.compile(r"[.!?؟…:]['\"”’»)\]]*\s*$")
_WORDS = re.compile(r"\w+")
_UPDATED = re.compile(r"updated|last modified|آخر تحديث|اخر تحديث|تم التحديث|محدث|تحديث", re.I)
_PUBLISHED = re.compile(r"published|posted|تاريخ النشر|نشر في|نُشر|نشر بتاريخ|نشر", re.I)
_URL_RE = re.compile(r"https?://|www\.|@\w", re.I)
_ARABIC = re.compile("[\u0600-\u06ff]")
_CONT = 0.1  # share of the threshold a paragraph right after the story's needs
_TAIL_SOURCE = re.compile(r"(?:[.!?؟»\"”]\s*|\s)(?:[-–—]\s*)?([(\[][^()\[\]\n]{2,40}[)\]])\s*\.?\s*$"
                          r"|[.!?؟»\"”]\s*[-–—]\s*([^\W\d_][^.\n()]{1,30})\s*\.?\s*$")


def _tail_agency(t: str) -> str | None:
    """The agency a paragraph ends with: '... في شؤونها. (الأناضول)', '... والبرلمانيين - (رويترز)'."""
    m = _TAIL_SOURCE.search(t[-80:])
    return dateline_agency(m.group(1) or m.group(2)) if m else None


def _caps_ratio(t: str) -> float:
    """Share of Title-Case or UPPER words: menus and labels, not a sentence."""
    w = [x for x in t.split() if x[:1].isalpha()]
    return sum(1 for x in w if x[:1].isupper()) / len(w) if w else 0.0

_PROSE = re.compile(r"[^\W\d_]{2,}")
_DATE_WORDS = frozenset(("am", "pm", "ص", "م", "gmt", "utc", "updated", "published", "posted", "last", "modified", "on",
                         "تحديث", "التحديث", "اخر", "نشر", "النشر", "تاريخ", "بتاريخ", "في", "at", "هـ", "ه", "هجري",
                         "هجريه", "ميلادي", "ميلاديه", "الموافق", "موافق", "الساعه", "ساعه", "منذ", "تم", "date",
                         "رقم", "العدد", "عدد"))  # ('... 06 مايو 2018 مـ رقم العدد [14404]': a newspaper's issue)


def _has_prose(t: str) -> bool:
    """More than dates, weekday and month names (Hijri too), clock times and 'updated / published' on the line."""
    from .dates import fold
    from .lexicon import calendar

    cal = calendar()
    hijri = _hijri_words()
    words = [w for w in _PROSE.findall(_TZ_NOTE.sub(" ", fold(t).replace("ـ", "")))]
    other = [w for w in words if w not in cal.months and w not in cal.weekdays and w not in hijri
             and w not in _DATE_WORDS]
    return len(other) >= 2


_HIJRI_WORDS = None
# '(بتوقيت مكة المكرمة)', 'بتوقيت غرينتش', '(GMT+3)': the clock's zone, not prose
_TZ_NOTE = re.compile(r"\(?\s*ب?توقيت\s+[^\s()]+(?:\s+[^\s()]+)?\s*\)?|\(?gmt\s*[+-]?\s*\d*\)?", re.I)
_RELTIME = re.compile(r"^\s*(?:منذ|قبل)\s+(?:\S+\s+)?(?:دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|"
                      r"اسبوعين|اسابيع|شهر|اشهر)\s*$|^\s*(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)"
                      r"\s+ago\s*$", re.I)


def _hijri_words() -> frozenset:
    global _HIJRI_WORDS
    if _HIJRI_WORDS is None:
        from .dates import fold
        from .lexicon import calendar

        _HIJRI_WORDS = frozenset(w for k in calendar().hijri for w in fold(k).split())
    return _HIJRI_WORDS


def _is_credit(ln: Line) -> bool:
    """A short 'place - outlet' / 'place (agency)' credit line."""
    if ln.words > 7 or _END_PUNCT.search(ln.text):
        return False
    segs = _TITLE_SEP.split(ln.text)
    if len(segs) < 2:  # 'لندن: «الشرق الأوسط»': place, colon and the outlet in quotes
        segs = [x.strip(" «»\"") for x in re.split(r"\s*:\s*", ln.text.strip()) if x.strip(" «»\"")]
    if len(segs) < 2:
        return False
    # 'أبوظبي - سكاي نيوز عربية', 'العربية.نت - محمد علي': an outlet (or agency) and a place or a name
    for k, seg in enumerate(segs):
        if (k > 0 or len(segs[1].split()) <= 3) and (outlets().from_name(seg) or _is_only_agency(seg)):
            return True
    return False


def _is_only_agency(t: str) -> bool:
    ag = agencies()
    k = norm_line(t)
    if k in ag.short or k in ag.full or t.strip() in ag.short:
        return True
    m = ag.full_re.search(k)
    if m and len(k) - len(m.group()) <= 12:  # 'وكالة الأنباء السعودية (واس)'
        return True
    return False


_SRC_TAIL = re.compile(r"\(\s*([^()\[\]\n]{2,40}?)\s*\)\s*$")  # (not '[Bloomberg]': a link's outlet)


def _caption_credit(ln: Line) -> bool:
    """An image caption that ends with its photo's source in parentheses: 'متظاهرون خلال احتجاج في الخرطوم
    (رويترز)', 'جانب من الاجتماع (مواقع التواصل)' (three words or more before it, no full stop: not 'الخرطوم
    (رويترز)', a dateline, nor a story's sentence that ends '... في شؤونها. (الأناضول)')."""
    if ln.words > 16 or ln.furn:
        return False
    t = ln.text.rstrip()
    m = _SRC_TAIL.search(t)
    if not m:
        return False
    before = t[:m.start()].rstrip(" -–—")
    if len(before.split()) < 3 or _END_PUNCT.search(before) or before.endswith(("،", ",", ":")):
        return False
    src = m.group(1)
    if _DIGIT.search(src):
        return False
    from .lexicon import furniture

    named = 0
    for seg in re.split(r"\s*[/+،,]\s*|\s+[-–]\s+", src):
        k = norm_line(seg)
        if not k:
            continue
        if not (k in furniture().photo or _is_only_agency(seg) or outlets().from_name(seg)):
            return False
        named += 1
    return named > 0


_CREDIT_END = re.compile(r"\((?:credit|photo|image|picture|pic|صورة|صوره|الصورة|تصوير)\b[^()]*\)\s*$", re.I)
_DIGIT = re.compile(r"\d")
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)|[٠-٢]?[٠-٩]:[٠-٥][٠-٩]")
_HIJRI_DATE = re.compile(r"\d\s*(?:هـ|ه\b|ھ)|هجري|هجرية", re.I)
_DL_SPLIT = re.compile(r"\s*(?:[-–—|/:،,()\[\]]|\s[-–—]\s)\s*|\sـ+\s")  # (a spaced tatweel is a dash: 'القاهرة ـ')
_DL_NOT_PLACE = re.compile(r"\d|[.!?؟]$")


def dateline_agency(t: str) -> str | None:
    """The agency a short source line names: the agency alone ('الأناضول', '(الأناضول)', 'وكالة الأنباء
    السعودية (واس)'), a dateline ('بكين - الأناضول', 'الخرطوم (رويترز)', 'رويترز - فيينا', 'HELSINKI (Reuters) -')
    or a source label ('المصدر: رويترز'); never a photo credit ('(صورة: رويترز)')."""
    t = t.strip()
    if not t or len(t) > 80 or _CAPTION.search(t):
        return None
    if len(t.split()) <= 6:
        a = find_agency(t, alone=True)
        if a and _is_only_agency(t):
            return a[0]
    if "/" in t and (t.isascii() or (t[0] in "([" and t[-1] in ")]")):
        return None  # '(Reed Saxon / Associated Press)': a photographer and an agency, a photo credit
    segs = [x for x in _DL_SPLIT.split(t) if x.strip()]
    if not 1 <= len(segs) <= 4:
        return None
    name = None
    for seg in segs:
        if name is None and _is_only_agency(seg):
            a = find_agency(seg, alone=True) or find_agency("(" + seg + ")")
            if a:
                name = a[0]
                continue
        if find_dates(seg) and not _has_prose(seg):
            continue  # 'القاهرة - رويترز - 5 مارس 2024'
        if len(seg.split()) > 3 or _DL_NOT_PLACE.search(seg):
            return None  # more than a place name (or 'المصدر') beside the agency
    return name


def header_kind(ln: Line) -> str:
    """What a short line above (or around) the story is: 'furniture', 'tags', 'caption', 'byline', 'date',
    'agency' (a dateline or source line), 'credit' (place and outlet), or '' (text: a headline, a deck)."""
    t = ln.text
    if ln.furn:
        return "furniture"
    if is_hashtag_line(t):
        return "tags"
    if ln.words > 24:
        return ""
    if (ln.words <= 14 and _CAPTION.search(t)) or _CREDIT_END.search(t[-60:]) or _caption_credit(ln):
        return "caption"
    if ln.words <= 12 and _BYLINE.search(t) and not _END_PERIOD.search(t):
        return "byline"
    if ln.words <= 20 and _DIGIT.search(t) and not _has_prose(t) \
            and ((ln.words <= 8 and _CLOCK.search(t)) or _HIJRI_DATE.search(t) or find_dates(t)):
        return "date"  # a date (Gregorian, Hijri or both), a clock time, 'آخر تحديث: ...'
    if find_dates(t) and not _has_prose(t):
        return "date"
    if ln.words <= 5 and _RELTIME.match(fold_text(t)):
        return "date"  # 'منذ ساعتين', '3 hours ago'
    if ln.words <= 8 and dateline_agency(t):
        return "agency"
    if ln.words <= 8 and ln.norm.startswith(("المصدر", "source")) and not _END_PERIOD.search(t):
        return "credit"  # 'المصدر: الجزيرة + وكالات'
    if _is_credit(ln):
        return "credit"
    return ""

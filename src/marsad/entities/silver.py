"""Silver news-domain training sentences for the CRF tagger, from gold files in the events_dev format.

A gold file lists the document's entities (type, names in both scripts) but marks no spans.  Each Arabic name
is projected onto the article text (``gold_docs``: the same headline + paragraphs the scorer reads): a token
sequence equal to the name's normalised tokens, the first one possibly with proclitics (و ف ب ل ك, لل for ال).
A person's title written into the gold name (الملك سلمان، الشيخ ...) is left out (the stage's person mention
is the name alone); names that are a generic party or a role (السلطات المصرية، الرئيس الأمريكي: the stage's
rules find those, ``status`` nominal/role) are no names.  Names the gold list leaves out are filled from the
stage's own confident reading without the tagger (KB names and rule-found persons, ``status: named``), so that
a KB country the gold list omits is not taught as O.  Sentences end at . ! ? ؟ and paragraph ends.
"""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from ..lang.ar import normalize, tokenize

TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
_AR = re.compile("[\u0600-\u06FF]")
_END = re.compile(r"[.!?؟]")
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def gold_docs(dirs, shared: Path):
    """(gold, text, zones, date) of each gold file in ``dirs`` (events_dev format: corpus_file/corpus_id or
    input_file)."""
    golds = []
    for d in dirs:
        for f in sorted(Path(d).glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            if isinstance(g, dict) and g.get("entities") is not None and ("corpus_file" in g or "input_file" in g):
                golds.append(g)
    want: dict[str, set] = {}
    for g in golds:
        if "corpus_file" in g:
            want.setdefault(g["corpus_file"], set()).add(g["corpus_id"])
    found = {}
    for cf, ids in want.items():
        p = shared / "data" / "corpus" / cf
        if not p.exists():
            continue
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            for line in fh:
                o = json.loads(line)
                if o.get("id") in ids:
                    found[(cf, o["id"])] = o
    for g in golds:
        if "input_file" in g:
            p = shared / g["input_file"]
            if not p.exists():
                continue
            text = p.read_text(encoding="utf-8")
            zones, pos = [], 0
            for ln in text.split("\n"):
                if ln.strip():
                    zones.append((pos, pos + len(ln)))
                pos += len(ln) + 1
            yield g, text, zones, (g.get("published_date") or "")[:10]
            continue
        o = found.get((g["corpus_file"], g["corpus_id"]))
        if o is None:
            continue
        lines = [ln for ln in (o.get("text") or "").split("\n") if ln.strip()][: g["paragraphs"]]
        text = o["title"] + "\n\n" + "\n".join(lines)
        zones, pos = [(0, len(o["title"]))], len(o["title"]) + 2
        for ln in lines:
            zones.append((pos, pos + len(ln)))
            pos += len(ln) + 1
        yield g, text, zones, (g.get("published_date") or o.get("published") or "")[:10]


def _name_norms(name: str, typ: str, kb) -> tuple[str, ...]:
    toks = tuple(t.norm for t in tokenize(name))
    if typ == "PER":
        while len(toks) > 1 and toks[0] in kb.title_first:
            toks = toks[1:]   # الملك سلمان، الشيخ سفر الحوالي: the title is no part of the name
    return toks


def _first_forms(n0: str) -> set[str]:
    out = {n0} | {p + n0 for p in PROCLITICS}
    if n0.startswith("ال"):
        out |= {p + "ل" + n0[2:] for p in ("", "و", "ف")}   # للجيش، وللأمم
    return out


def doc_sentences(g: dict, text: str, zones, date, kb, stage) -> list[tuple[list[str], list[str], list[str]]]:
    """(norms, gaps, labels) of the sentences of one gold document."""
    from .stage import _nospace
    ents = stage.extract(text, zones, date or None, g.get("article") or {})
    not_names = {normalize(m["text"]) for e in ents if e.get("status") != "named" for m in e["mentions"]}
    names = []
    for ge in g.get("entities") or []:
        typ = TYPES.get(ge.get("type"))
        if typ is None:
            continue
        for nm in ge.get("names") or []:
            if not _AR.search(nm) or normalize(nm.lstrip("#").replace("_", " ")) in not_names:
                continue
            nt = _name_norms(nm, typ, kb)
            if nt:
                names.append((nt, typ))
    names.sort(key=lambda x: -len(x[0]))
    firsts: dict[str, list] = {}
    for nt, typ in names:
        for f in _first_forms(nt[0]):
            firsts.setdefault(f, []).append((nt, typ))
    out = []
    for zs, ze in zones:
        toks = tokenize(text, zs, ze)
        if not toks:
            continue
        n = len(toks)
        gaps = [""] + [_nospace(text[toks[k - 1].end:toks[k].start]) for k in range(1, n)]
        labels = ["O"] * n
        for i in range(n):
            if labels[i] != "O":
                continue
            for nt, typ in firsts.get(toks[i].norm, ()):
                m = len(nt)
                if i + m > n or any(labels[k] != "O" for k in range(i, i + m)) or \
                        any(toks[i + k].norm != nt[k] for k in range(1, m)) or \
                        any(gaps[i + k] not in ("", "-", "_") for k in range(1, m)):   # (#وليد_الجعوري)
                    continue
                labels[i] = "B-" + typ
                for k in range(i + 1, i + m):
                    labels[k] = "I-" + typ
                break
        # the stage's own named entities the gold list leaves out
        for e in ents:
            typ = TYPES.get(e.get("type"))
            if typ is None or e.get("status") != "named":
                continue
            for mm in e["mentions"]:
                if mm.get("kind", "name") != "name" or not (zs <= mm["start"] < ze):
                    continue
                ks = [k for k in range(n) if toks[k].end > mm["start"] and toks[k].start < mm["end"]]
                if not ks or any(labels[k] != "O" for k in ks) or toks[ks[-1]].end != mm["end"]:
                    continue
                labels[ks[0]] = "B-" + typ
                for k in ks[1:]:
                    labels[k] = "I-" + typ
        a = 0
        for k in range(1, n + 1):
            if k == n or _END.search(gaps[k]):
                if k > a:
                    out.append(([t.norm for t in toks[a:k]], [""] + gaps[a + 1:k], labels[a:k]))
                a = k
    return out


def silver(dirs, shared: Path, kb) -> list[tuple[list[str], list[str], list[str]]]:
    from .stage import EntityStage
    st = EntityStage(kb=kb, use_tagger=False)
    st.setup()
    out = []
    for g, text, zones, date in gold_docs(dirs, shared):
        out += doc_sentences(g, text, zones, date, kb, st)
    return out


def corpus_silver(shared: Path, kb, n_docs: int = 2000, paragraphs: int = 8) -> list[tuple[list[str], list[str], list[str]]]:
    """Distant supervision: ``n_docs`` corpus articles (every k-th record of the corpus files, in name order),
    labelled with the stage's own confident reading without the tagger (KB names, rule-found persons and bodies,
    ``status: named``).  Names it misses stay O; the gazetteer dropout of train_tagger makes the model learn the
    names' contexts rather than the KB alone."""
    from .stage import EntityStage, _iso_date
    st = EntityStage(kb=kb, use_tagger=False)
    st.setup()
    files = sorted((shared / "data" / "corpus").glob("*.jsonl.gz"))
    total = 0
    for f in files:
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            total += sum(1 for _ in fh)
    step = max(1, total // max(1, n_docs))
    out, k = [], 0
    for f in files:
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                k += 1
                if k % step:
                    continue
                o = json.loads(line)
                lines = [ln for ln in (o.get("text") or "").split("\n") if ln.strip()][:paragraphs]
                title = o.get("title") or ""
                text = title + "\n\n" + "\n".join(lines)
                zones, pos = [(0, len(title))] if title else [], len(title) + 2
                for ln in lines:
                    zones.append((pos, pos + len(ln)))
                    pos += len(ln) + 1
                out += doc_sentences({"entities": []}, text, zones, _iso_date(o.get("published")), kb, st)
    return out

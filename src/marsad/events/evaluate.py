"""``marsad eval GOLD``: precision, recall and F1 per event type against a gold standard.

GOLD is either
* a gsr CSV (columns id, event_type, label, text; label yes / easy no / difficult no / ambiguous): each
  sentence is classified by the event coder (a factual event of the file's type in the sentence);
  ambiguous rows are left out; the false-alarm rate on "difficult no" sentences is reported too; or
* an events_dev-style folder of JSON gold files (see the shared README): the inputs are rebuilt, run through
  the pipeline, and matched with the same rules as the project's scorer (type in the gold types, every gold
  party identified by some system party, the date equal when the gold has one; one-to-one; recall over
  required gold events, precision over factual system events, optional matches count as correct).
"""
from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from pathlib import Path

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC = re.compile("[\u0600-\u06ff]")


# ---------------------------------------------------------------------------------------------------
# sentence-level gold (gsr CSV)
def load_gsr(path) -> list[dict]:
    """The sentences of a gsr CSV (columns id, event_type, label, text); ValueError naming the file when it cannot be
    read or lacks a column."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
            cols = set(reader.fieldnames or ())
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise ValueError(f"{path}: cannot read the gsr CSV ({e})") from None
    missing = {"event_type", "label", "text"} - cols
    if missing:
        raise ValueError(f"{path}: not a gsr CSV (missing column{'s' if len(missing) > 1 else ''} "
                         f"{', '.join(sorted(missing))})")
    return [r for r in rows if r.get("label") and r.get("text")]


def doc_of(row_id: str) -> str:
    return row_id.rsplit("-", 1)[0]


def prf(tp, fp, fn) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def score_sentences(rows, predict) -> dict:
    """predict(text, type) -> bool. Returns P/R/F1 per type and the difficult-no false-alarm rate."""
    out = {}
    for ty in sorted({r["event_type"] for r in rows}):
        tp = fp = fn = dn = dn_fa = 0
        for r in rows:
            if r["event_type"] != ty or r["label"] == "ambiguous":
                continue
            gold = r["label"] == "yes"
            pred = predict(r["text"], ty)
            tp += gold and pred
            fp += (not gold) and pred
            fn += gold and not pred
            if r["label"] == "difficult no":
                dn += 1
                dn_fa += pred
        res = prf(tp, fp, fn)
        res["difficult_no"] = dn
        res["difficult_no_false_alarm"] = round(dn_fa / dn, 3) if dn else None
        out[ty] = res
    return out


def factual_types(pipe, text: str) -> set[str]:
    """Types of the factual events (not negated, not hypothetical) the whole pipeline extracts from a text given
    as a document of its own — what ``marsad extract`` would output for it."""
    from ..record import new_document

    doc = pipe.run_one(new_document("gsr", text))
    return {e["type"] for e in doc.get("events") or [] if not (e.get("negated") or e.get("hypothetical"))}


def eval_gsr(path, pipe=None) -> dict:
    from ..pipeline import build

    pipe = pipe or build()
    rows = load_gsr(path)
    return score_sentences(rows, lambda text, ty: ty in factual_types(pipe, text))


# ---------------------------------------------------------------------------------------------------
# article-level gold (events_dev folder) — the matching rules of the project's scorer
def norm(s: str) -> str:
    s = _DIAC.sub("", s or "")
    s = re.sub("[إأآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي").replace("ؤ", "و").replace("ئ", "ي")
    s = re.sub(r"[^\w\s]", " ", s.lower())
    s = re.sub(r"\s+", " ", s).strip()
    if len(s) > 4 and _ARABIC.match(s):
        s = re.sub(r"^(ال|وال|بال|لل|و)", "", s)
    return s


def factual(e: dict) -> bool:
    return not e.get("negated") and not e.get("hypothetical")


def party_names(party, entities: dict) -> set[str]:
    names: set[str] = set()
    if isinstance(party, str):
        if party not in entities:
            return {norm(party)} - {""}
        party = entities[party]
    if isinstance(party, dict):
        for k in ("name", "text", "country", "name_ar", "name_en", "id", "wikidata"):
            v = party.get(k)
            if isinstance(v, str) and v:
                names.add(norm(v))
        for k in ("aliases", "names"):
            for v in party.get(k) or []:
                if isinstance(v, str):
                    names.add(norm(v))
        for m in party.get("mentions") or []:
            t = m.get("text") if isinstance(m, dict) else m
            if isinstance(t, str):
                names.add(norm(t))
    names.discard("")
    return names


def _identifies(gold_names: set[str], sys_names: set[str]) -> bool:
    if gold_names & sys_names:
        return True
    return any(a in b or b in a for a in gold_names for b in sys_names if len(a) > 3 and len(b) > 3)


def parties_match(gold_parties, sys_parties) -> bool:
    return all(any(_identifies({norm(x) for x in g}, s) for s in sys_parties) for g in gold_parties)


def event_matches(g: dict, e: dict, entities: dict) -> bool:
    if e.get("type") not in g["type"]:
        return False
    acts = [party_names(p, entities) for p in (e.get("actors") or [])]
    recs = [party_names(p, entities) for p in (e.get("recipients") or [])]
    ok = parties_match(g["actors"], acts) and parties_match(g["recipients"], recs)
    if not ok and g.get("symmetric"):
        ok = parties_match(g["actors"] + g["recipients"], acts + recs) and bool(acts or not g["actors"])
    if not ok:
        return False
    if g.get("date"):
        return str(e.get("date") or "")[:10] == g["date"]
    return True


def gold_input(gold: dict, base: Path) -> dict:
    """The input record a gold file describes (base: the shared folder holding data/corpus and seeds)."""
    if "input_file" in gold:
        return {"id": gold["id"], "text": (base / gold["input_file"]).read_text(encoding="utf-8")}
    with gzip.open(base / "data" / "corpus" / gold["corpus_file"], "rt", encoding="utf-8") as f:
        for line in f:
            if gold["corpus_id"] in line:
                rec = json.loads(line)
                if rec["id"] == gold["corpus_id"]:
                    break
        else:
            raise KeyError(gold["corpus_id"])
    lines = [l for l in (rec["text"] or "").split("\n") if l.strip()][: gold["paragraphs"]]
    return {"id": gold["id"], "text": rec["title"] + "\n\n" + "\n".join(lines),
            "published": rec["published"], "outlet": rec["outlet"], "url": rec["url"]}


def score_articles(golds: list[dict], outs: list[dict]) -> dict:
    tp = fp = fn = dated = dated_ok = 0
    per: dict[str, list[int]] = {}  # type → [tp, fp, fn]
    for g, o in zip(golds, outs):
        ents = {str(e.get("id")): e for e in (o.get("entities") or []) if isinstance(e, dict)}
        sys_events = [e for e in (o.get("events") or []) if isinstance(e, dict) and factual(e)]
        used: set[int] = set()
        for ge in sorted(g["events"], key=lambda x: not x["required"]):
            hit = next((i for i, e in enumerate(sys_events) if i not in used and event_matches(ge, e, ents)), None)
            t = ge["type"][0]
            if hit is not None:
                used.add(hit)
                if ge["required"]:
                    tp += 1
                    per.setdefault(sys_events[hit]["type"], [0, 0, 0])[0] += 1
            elif ge["required"]:
                fn += 1
                per.setdefault(t, [0, 0, 0])[2] += 1
            if ge["required"] and ge.get("date"):
                found = [e for e in sys_events if event_matches(dict(ge, date=None), e, ents)]
                if found:
                    dated += 1
                    dated_ok += any(str(e.get("date") or "")[:10] == ge["date"] for e in found)
        for i, e in enumerate(sys_events):
            if i not in used:
                fp += 1
                per.setdefault(e.get("type"), [0, 0, 0])[1] += 1
    res = {"all": prf(tp, fp, fn)}
    for t, (a, b, c) in sorted(per.items()):
        res[t] = prf(a, b, c)
    res["all"]["date_accuracy"] = round(dated_ok / dated, 3) if dated else None
    return res


def eval_folder(folder: Path, shared: Path | None = None) -> dict:
    from ..pipeline import build
    from ..read.jsonl import record_to_document

    folder = Path(folder)
    shared = shared or folder.resolve().parent.parent
    golds = []
    for p in sorted(folder.glob("*.json")):
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise ValueError(f"{p}: not a readable JSON gold file ({e})") from None
        if isinstance(g, dict) and isinstance(g.get("events"), list):
            golds.append(g)  # (other JSON files beside the articles, such as span lists, are not articles)
    if not golds:
        raise ValueError(f"{folder}: no article gold files (JSON objects with an 'events' list, as in events_dev)")
    pipe = build()
    outs = []
    from ..record import to_output
    for g in golds:
        rec = gold_input(g, shared)
        doc = pipe.run_one(record_to_document(rec, g["id"], str(folder / (g["id"] + ".json"))))
        outs.append(to_output(doc))
    return score_articles(golds, outs)


def _table(res: dict) -> str:
    lines = [f"{'type':<12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}  extra"]
    for t, r in res.items():
        extra = ""
        if r.get("difficult_no_false_alarm") is not None:
            extra = f"difficult-no false alarms {r['difficult_no_false_alarm']:.3f} (n={r['difficult_no']})"
        if r.get("date_accuracy") is not None:
            extra = f"date accuracy {r['date_accuracy']:.3f}"
        lines.append(f"{t:<12} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['tp']:>4} {r['fp']:>4} "
                     f"{r['fn']:>4}  {extra}")
    return "\n".join(lines)


def _has_articles(folder: Path) -> bool:
    """Does the folder hold at least one article gold file (a JSON object with an 'events' list)?"""
    for p in folder.glob("*.json"):
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            continue
        if isinstance(g, dict) and isinstance(g.get("events"), list):
            return True
    return False


def cmd_eval(args) -> int:
    p = Path(args.gold)
    if not p.exists():
        print(f"marsad eval: {p}: no such file or folder", file=sys.stderr)
        return 2
    try:
        if p.is_dir() and not _has_articles(p) and (csvs := sorted(p.glob("*_gsr.csv"))):
            # a gsr folder (assault_gsr.csv, protest_gsr.csv): every sentence file in it, one table
            from ..pipeline import build
            pipe = build()
            res = {}
            for c in csvs:
                res.update(eval_gsr(c, pipe))
        elif p.is_dir():
            res = eval_folder(p)  # (a clear error when it holds no article gold file)
        elif p.suffix.lower() == ".csv":
            res = eval_gsr(p)
        else:
            print(f"marsad eval: {p} is neither a gsr CSV nor a folder of gold JSON files", file=sys.stderr)
            return 2
    except ValueError as e:
        print(f"marsad eval: {e}", file=sys.stderr)
        return 2
    if not res:
        print(f"marsad eval: {p}: no labelled sentences or articles to score", file=sys.stderr)
        return 2
    if getattr(args, "format", "table") == "json":
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print(_table(res))
    return 0

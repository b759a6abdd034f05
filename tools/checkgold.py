#!/usr/bin/env python3
"""Validate annotator gold files (events_dev format, before packing): checkgold.py DIR [DIR...]. Checks fields, types,
that evidence, quotes and body snippets are exact (normalised) parts of the input, and that no date follows publication.
Prints the problems; exit 1 if any. Needs ../shared."""
import json, sys, re
from pathlib import Path
from pathlib import Path as _P
sys.path.insert(0, str(_P(__file__).resolve().parent.parent.parent / "shared" / "tools"))
from event_score import gold_input, norm
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
bad = 0
def err(f, m):
    global bad; bad += 1; print(f"{f}: {m}")
for d in sys.argv[1:]:
    for p in sorted(Path(d).glob("*.json")):
        f = p.name
        try:
            g = json.loads(p.read_text(encoding="utf-8"))
        except Exception as e:
            err(f, f"bad json {e}"); continue
        for k in ("id", "lang", "corpus_file", "corpus_id", "paragraphs", "published_date", "article", "entities", "events", "quotes"):
            if k not in g: err(f, f"missing {k}")
        if not 1 <= g.get("paragraphs", 0) <= 4: err(f, "paragraphs not 1..4")
        try:
            inp = gold_input(g)
        except Exception as e:
            err(f, f"input {e}"); continue
        text = inp["text"]; nt = norm(text)
        if g.get("input_preview") and not text.startswith(g["input_preview"][:100]): err(f, "input_preview mismatch")
        body = text.split("\n\n", 1)[1] if "\n\n" in text else text
        for s in g.get("article", {}).get("body_must_contain", []):
            if norm(s) not in norm(body): err(f, f"body snippet not in body: {s[:40]}")
        for i, e in enumerate(g.get("events", [])):
            for k in ("type", "mode", "actors", "recipients", "symmetric", "date", "location", "required", "evidence"):
                if k not in e: err(f, f"event {i} missing {k}")
            if not e.get("type") or not set(e["type"]) <= TYPES: err(f, f"event {i} bad type {e.get('type')}")
            for side in ("actors", "recipients"):
                for party in e.get(side, []):
                    if not isinstance(party, list) or not party or not all(isinstance(x, str) and x for x in party):
                        err(f, f"event {i} bad party {party}")
            if e.get("date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"]): err(f, f"event {i} bad date")
            if e.get("date") and e["date"] > g["published_date"]: err(f, f"event {i} date after publication")
            if norm(e.get("evidence", "")) not in nt: err(f, f"event {i} evidence not in input: {e.get('evidence','')[:40]}")
            if not e.get("actors") and e.get("required"): err(f, f"event {i} required without actors")
        for q in g.get("quotes", []):
            if norm(q.get("snippet", "")) not in nt: err(f, f"quote not in input: {q.get('snippet','')[:40]}")
        for en in g.get("entities", []):
            if en.get("type") not in ("PERSON", "ORG", "GPE", "LOC"): err(f, f"entity bad type {en.get('type')}")
print("problems:", bad)
sys.exit(1 if bad else 0)

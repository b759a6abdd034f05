#!/usr/bin/env python3
"""Draw random corpus articles for a new gold set: mkcand.py SET SEED [N_POL N_OTHER].
Writes CAND/SET.json (CAND: $CAND or /tmp/cand) for the annotators (tools/brief_template.md). It holds corpus text:
NEVER commit it. Articles already in events_dev, dev/gold or another candidate file are not drawn again."""
import gzip, json, os, random, sys, glob
from pathlib import Path
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
S = str(SHARED / "data" / "corpus") + "/"
CAND = os.environ.get("CAND", "/tmp/cand")
os.makedirs(CAND, exist_ok=True)
name, seed = sys.argv[1], int(sys.argv[2])
npol = int(sys.argv[3]) if len(sys.argv) > 3 else 20
noth = int(sys.argv[4]) if len(sys.argv) > 4 else 4
used = set()
for f in glob.glob(str(SHARED / "data/events_dev/*.json")) + glob.glob(CAND + "/*.json") + glob.glob(str(ROOT / "dev/gold/*/*.json")):
    d = json.load(open(f))
    for a in (d if isinstance(d, list) else [d]):
        if a.get("corpus_id"): used.add(a["corpus_id"])
pol, oth = [], []
for f in ["ant_alarabia", "ant_bbc", "ant_cnn", "ant_france24", "ant_skynews"]:
    for l in gzip.open(S + f + ".jsonl.gz", "rt", encoding="utf-8"):
        r = json.loads(l)
        lines = [x for x in (r.get("text") or "").split("\n") if x.strip()]
        if r["id"] in used or not lines or not r.get("title"):
            continue
        (pol if r["category"] in ("middleEast", "internationalNews") else oth).append((f + ".jsonl.gz", r, lines))
rnd = random.Random(seed)
pick = rnd.sample(pol, npol) + rnd.sample(oth, noth)
rnd.shuffle(pick)
out = []
for i, (f, r, lines) in enumerate(pick, 1):
    try:
        pub = parsedate_to_datetime(r["published"]).astimezone(timezone.utc)
    except Exception:
        pub = datetime.fromisoformat(r["published"]).astimezone(timezone.utc)
    out.append({"id": f"{name}-{i:02d}", "corpus_file": f, "corpus_id": r["id"], "url": r["url"],
                "outlet": r["outlet"], "published_raw": r["published"],
                "published_utc": pub.strftime("%Y-%m-%dT%H:%M"), "weekday_utc": pub.strftime("%A"),
                "title": r["title"], "lines": {str(k): x for k, x in enumerate(lines[:6], 1)}})
json.dump(out, open(f"{CAND}/{name}.json", "w"), ensure_ascii=False, indent=1)
print(name, len(out), sum(1 for o in out if o['corpus_id'].split('-')[1] in ('middleEast','internationalNews')))

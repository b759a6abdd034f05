"""Writer throughput (slow: run with ``pytest -m slow tests/test_store_bench.py -s``).

Documents shaped like the pipeline's output on corpus articles (3.5k characters, 10 entities with 16
mentions, 2-3 events, 2 quotes) are written in batches of 200; the writer alone must do >= 1,000 docs/s.
CPU time of this process is measured (DuckDB's threads included), so a busy machine does not fail it.
"""
from __future__ import annotations

import time

import pytest

from marsad.record import new_document
from marsad.store.writer import Writer

SENT = ("قال وزير الخارجية السعودي الأمير فيصل بن فرحان، الأحد، إن المملكة تدعم جهود وقف إطلاق النار في "
        "السودان، ودعا الأطراف إلى العودة للمفاوضات في جدة. ")


def make(i: int) -> dict:
    text = f"عنوان الخبر رقم {i}\n\n" + SENT * 25
    d = new_document(f"b{i}", text, source=f"bench.jsonl:{i}", kind="record",
                     meta={"title": f"عنوان الخبر رقم {i}", "published": "2023-05-07", "outlet": "bench"})
    d["article"].update(headline=f"عنوان الخبر رقم {i}", body=text[20:], published="2023-05-07T10:30",
                        outlet="bench", language="ar", tags=["السودان", "السعودية"])
    d["paragraphs"] = [[20 + k * 140, 20 + k * 140 + 139] for k in range(25)]
    d["sentences"] = d["paragraphs"]
    d["timex"] = [{"text": "الأحد", "start": 60, "end": 65, "value": "2023-05-07", "grain": "day"}]
    names = [("Faisal bin Farhan", "فيصل بن فرحان", "PERSON", "SAU"), ("Saudi Arabia", "السعودية", "GPE", "SAU"),
             ("Sudan", "السودان", "GPE", "SDN"), ("Jeddah", "جدة", "GPE", "SAU")] * 3
    ents = []
    for j, (name, ar, typ, c) in enumerate(names[:10]):
        start = text.find(ar)
        ms = [{"text": ar, "start": start, "end": start + len(ar), "kind": "name"}] * (2 if j < 6 else 1)
        ents.append({"id": f"e{j}", "name": name, "name_ar": ar, "type": typ, "country": c, "wikidata": None,
                     "roles": ["foreign_minister"] if typ == "PERSON" else [], "mentions": ms, "sector": "GOV",
                     "kb_id": None, "status": "named"})
    d["entities"] = ents
    s = text.find("قال")
    d["events"] = [{"id": f"v{j}", "type": "SUPPORT", "mode": None, "context": [], "actors": ["e0", "e1"],
                    "recipients": ["e2"], "location": "e3", "date": "2023-05-07", "date_text": "الأحد",
                    "negated": False, "hypothetical": False, "historical": False, "sentence": SENT.strip(),
                    "start": s, "end": s + len(SENT.strip()), "trigger": {"text": "تدعم", "start": s + 60,
                                                                        "end": s + 64}, "confidence": 0.7}
                   for j in range(2 + i % 2)]
    d["quotes"] = [{"speaker": "e0", "text": "تدعم جهود وقف إطلاق النار", "start": s + 60, "end": s + 86,
                    "channel": "statement"}] * 2
    return d


@pytest.mark.slow
def test_writer_throughput(tmp_path):
    docs = [make(i) for i in range(3000)]
    w = Writer(str(tmp_path / "bench.duckdb"))
    w.write_batch([make(-1)], None)  # warm up (lazy imports)
    t0, c0 = time.perf_counter(), time.process_time()
    for k in range(0, len(docs), 200):
        w.write_batch(docs[k:k + 200], None)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    counts = w.counts()
    w.close()
    print(f"\nwriter: {len(docs)} docs, {wall:.2f} s wall ({len(docs) / wall:.0f} docs/s), "
          f"{cpu:.2f} s CPU ({len(docs) / cpu:.0f} docs/s); {counts}")
    assert counts["articles"] == 3001 and counts["mentions"] == 3001 * 16
    assert len(docs) / cpu >= 1000

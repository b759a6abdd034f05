"""Ingest links near-duplicates, stories and canonical events, incrementally."""
from __future__ import annotations

import json

import duckdb

from marsad.cli import main

CALL = ("بحث الرئيس الأمريكي دونالد ترامب، الثلاثاء، في اتصال هاتفي مع نظيره الروسي فلاديمير بوتين سبل وقف "
        "إطلاق النار في أوكرانيا، وفق ما أعلن البيت الأبيض في بيان. وقال البيان إن الاتصال استمر أكثر من ساعتين "
        "وتناول ملفات الطاقة وتبادل الأسرى بين روسيا وأوكرانيا.")
OTHER = ("أعلن الجيش اللبناني، الأحد، انتشار وحداته في بلدات الجنوب بعد انسحاب القوات الإسرائيلية منها، وقالت "
         "قيادة الجيش في بيان إن الوحدات ستواصل مهامها بالتنسيق مع قوات الأمم المتحدة المؤقتة في لبنان.")


def _write(path, recs):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")


def _rec(i, outlet, title, text, published="2025-03-18T20:00:00+00:00"):
    return {"id": f"r{i}", "outlet": outlet, "title": title, "text": text, "published": published}


def test_reprints_share_a_cluster_and_their_events_merge(tmp_path):
    db = str(tmp_path / "m.duckdb")
    _write(tmp_path / "a.jsonl", [
        _rec(1, "OutletA", "ترامب وبوتين يبحثان وقف إطلاق النار", CALL),
        _rec(2, "OutletB", "ترامب يبحث مع بوتين وقف إطلاق النار", "نشر في المصدر: " + CALL.replace("، الثلاثاء،", " الثلاثاء")),
        _rec(3, "OutletC", "الجيش اللبناني ينتشر في الجنوب", OTHER),
    ])
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", db, "--workers", "1", "--no-progress"]) == 0
    con = duckdb.connect(db, read_only=True)
    cl = dict(con.execute("SELECT doc_id, cluster_id FROM articles").fetchall())
    st = dict(con.execute("SELECT doc_id, story_id FROM articles").fetchall())
    assert cl["r1"] == cl["r2"] != cl["r3"]
    assert st["r1"] == st["r2"] != st["r3"]
    assert con.execute("SELECT count(*) FROM articles WHERE cluster_id IS NULL OR story_id IS NULL").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM events WHERE canonical_id IS NULL").fetchone()[0] == 0
    # the call is one canonical event reported by both reprints (one independent source)
    rows = con.execute("""SELECT canonical_id, count(DISTINCT article_id) FROM events e WHERE type = 'CONSULT'
                          GROUP BY 1""").fetchall()
    con.close()
    assert any(n == 2 for _, n in rows), rows


def test_linking_is_incremental(tmp_path):
    db = str(tmp_path / "m.duckdb")
    _write(tmp_path / "a.jsonl", [_rec(1, "OutletA", "ترامب وبوتين يبحثان وقف إطلاق النار", CALL)])
    _write(tmp_path / "b.jsonl", [_rec(2, "OutletB", "اتصال بين ترامب وبوتين", "المصدر: " + CALL,
                                       published="2025-03-19T08:00:00+00:00")])
    assert main(["ingest", str(tmp_path / "a.jsonl"), "--db", db, "--workers", "1", "--no-progress"]) == 0
    assert main(["ingest", str(tmp_path / "b.jsonl"), "--db", db, "--workers", "1", "--no-progress"]) == 0
    con = duckdb.connect(db, read_only=True)
    cl = dict(con.execute("SELECT doc_id, cluster_id FROM articles").fetchall())
    n_sig = con.execute("SELECT count(*) FROM article_signatures").fetchone()[0]
    rows = con.execute("SELECT canonical_id, count(DISTINCT article_id) FROM events WHERE type = 'CONSULT' "
                       "GROUP BY 1").fetchall()
    con.close()
    assert cl["r1"] == cl["r2"] and n_sig == 2
    assert any(n == 2 for _, n in rows), rows

"""Through the command line: `marsad errors` lists what failed, failed documents are tried again when given
again, and `marsad ingest --reprocess` re-runs stored documents and replaces their rows without duplicates."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import duckdb
import pytest

from marsad.cli import main
from marsad.pipeline import REGISTRY, Stage

from conftest import line_spans

# A stand-in page/event stage whose behaviour the tests switch, as an upgrade of marsad would change it:
# FAIL makes it raise on pages containing BOOM; VERSION 1 codes one event per paragraph, VERSION 2 two.
STATE = {"fail": False, "version": 1}


class FakeCoder(Stage):
    name = "cli_test_coder"

    def process(self, doc):
        text, art = doc["text"], doc["article"]
        if STATE["fail"] and "BOOM" in text:
            raise ValueError("the coder choked on this page")
        head, _, _ = text.partition("\n")
        art["headline"] = head.strip() or None
        b = len(head) + 1
        doc["paragraphs"] = paras = line_spans(text, b)
        art["body"] = "\n".join(text[s:e] for s, e in paras)
        art["published"] = doc["meta"].get("published") or "2019-04-06"
        doc["entities"] = [{"id": "e1", "name": "Sudanese Army", "name_ar": "الجيش السوداني", "type": "ORG",
                            "country": "SDN", "mentions": [{"text": text[b:b + 5], "start": b, "end": b + 5}]}]
        doc["events"] = []
        for s, e in paras:
            for k in range(STATE["version"]):
                doc["events"].append({"id": f"{doc['id']}-e{len(doc['events'])}", "type": "PROTEST" if k == 0
                                      else "MOBILIZE", "mode": None, "context": [], "actors": ["e1"],
                                      "recipients": [], "location": None, "date": "2019-04-06",
                                      "date_text": None, "negated": False, "hypothetical": False,
                                      "historical": False, "sentence": text[s:e], "start": s, "end": e,
                                      "trigger": {"text": text[s:s + 3], "start": s, "end": s + 3},
                                      "confidence": 0.5 + 0.1 * STATE["version"]})
        doc["quotes"] = [{"speaker": "e1", "text": text[s:e], "start": s, "end": e, "channel": "statement"}
                         for s, e in paras[:1]]
        return doc


@pytest.fixture(autouse=True)
def _coder(monkeypatch):
    monkeypatch.setitem(REGISTRY, "cli_test_coder", f"{__name__}:FakeCoder")
    STATE.update(fail=False, version=1)


PAGES = {
    "khartoum.txt": "آلاف المحتجين يعتصمون أمام مقر القيادة العامة في الخرطوم\n"
                    "اعتصم آلاف السودانيين، السبت، أمام مقر القيادة العامة للجيش في الخرطوم.\n"
                    "وطالب المعتصمون بتسليم السلطة إلى حكومة مدنية.\n",
    "beirut.txt": "الجيش اللبناني ينتشر في بلدات الجنوب\n"
                  "انتشر الجيش اللبناني، الأحد، في بلدات الجنوب بعد انسحاب القوات الإسرائيلية منها.\n",
    "boom.txt": "A page the coder chokes on\nThe protesters marched on Sunday. BOOM.\n",
}


def corpus(root):
    root.mkdir(parents=True, exist_ok=True)
    for name, text in PAGES.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (root / "recs.jsonl").write_text(
        json.dumps({"id": "r1", "text": "مجلس الأمن يجتمع\nيعقد مجلس الأمن اجتماعا طارئا لبحث التطورات."},
                   ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    return root


def ingest(db, *args) -> int:
    return main(["ingest", *map(str, args), "--db", str(db), "--workers", "1", "--no-progress", "--no-stories",
                 "--stages", "cli_test_coder"])


def marsad(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def sql(db, q):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(q).fetchall()
    finally:
        con.close()


def snapshot(db):
    """Every extracted row of the database, without the keys that a rewrite renumbers."""
    return {
        "articles": sql(db, "SELECT article_id, content_hash, doc_id, headline, n_events FROM articles ORDER BY 1"),
        "entities": sql(db, "SELECT article_id, entity_id, name FROM entities ORDER BY ALL"),
        "mentions": sql(db, "SELECT article_id, entity_id, start, \"end\" FROM mentions ORDER BY ALL"),
        "events": sql(db, "SELECT article_id, event_id, type, start, confidence FROM events ORDER BY ALL"),
        "quotes": sql(db, "SELECT article_id, quote_no, text FROM quotes ORDER BY ALL"),
    }


def test_errors_lists_read_and_stage_failures(tmp_path, capsys):
    d = corpus(tmp_path / "in")
    db = tmp_path / "m.duckdb"
    STATE["fail"] = True
    assert ingest(db, d) == 0
    capsys.readouterr()

    p = marsad("errors", "--db", db, "--format", "json")
    assert p.returncode == 0, p.stderr
    rows = json.loads(p.stdout)
    by_record = {r["record"]: r for r in rows}
    assert set(by_record) == {"bin.txt", "recs.jsonl:2", "boom.txt"}
    assert set(rows[0]) == {"file", "line", "record", "stage", "message", "time", "stored", "article_id", "run_id"}
    binary = by_record["bin.txt"]
    assert binary["stage"] == "read" and not binary["stored"] and binary["article_id"] is None
    assert binary["file"] == str(d / "bin.txt") and binary["line"] is None and "binary" in binary["message"]
    assert not binary["message"].startswith(str(d))  # the file is its own column
    bad = by_record["recs.jsonl:2"]
    assert bad["file"] == str(d / "recs.jsonl") and bad["line"] == 2 and "invalid JSON" in bad["message"]
    boom = by_record["boom.txt"]
    assert boom["stage"] == "cli_test_coder" and boom["stored"] and boom["article_id"] is not None
    assert boom["message"] == "ValueError: the coder choked on this page" and boom["time"].startswith("20")

    # filters, and the other formats
    assert {r["record"] for r in json.loads(marsad("errors", "--db", db, "--fatal", "--format", "json").stdout)} \
        == {"bin.txt", "recs.jsonl:2"}
    assert [r["record"] for r in json.loads(marsad("errors", "--db", db, "--stored", "--format",
                                                   "json").stdout)] == ["boom.txt"]
    assert [r["record"] for r in json.loads(marsad("errors", "--db", db, "--stage", "cli_test_coder",
                                                   "--format", "json").stdout)] == ["boom.txt"]
    assert [r["record"] for r in json.loads(marsad("errors", "--db", db, "--file", "recs", "--format",
                                                   "json").stdout)] == ["recs.jsonl:2"]
    got = list(csv.DictReader(io.StringIO(marsad("errors", "--db", db, "--format", "csv").stdout)))
    assert len(got) == 3 and {g["stage"] for g in got} == {"read", "cli_test_coder"}
    table = marsad("errors", "--db", db, "--limit", "1")
    assert table.returncode == 0 and "1 of 3 shown" in table.stdout and "Message" in table.stdout
    missing = marsad("errors", "--db", tmp_path / "none.duckdb")
    assert missing.returncode != 0 and "no database" in missing.stderr


def test_a_document_that_failed_is_tried_again_when_given_again(tmp_path, capsys):
    d = corpus(tmp_path / "in")
    db = tmp_path / "m.duckdb"
    STATE["fail"] = True
    assert ingest(db, d) == 0
    (aid, errors, n_events), = sql(db, "SELECT article_id, errors, n_events FROM articles WHERE doc_id = 'boom.txt'")
    assert errors and n_events == 0
    before = sql(db, "SELECT count(*) FROM articles")[0][0]
    capsys.readouterr()

    STATE["fail"] = False  # the bug is fixed
    assert ingest(db, d) == 0
    out = capsys.readouterr().out
    assert "0 new, 1 re-processed" in out
    assert sql(db, "SELECT article_id, errors, n_events FROM articles WHERE doc_id = 'boom.txt'") == [(aid, [], 1)]
    assert sql(db, "SELECT count(*) FROM articles")[0][0] == before
    assert sql(db, "SELECT count(*) FROM errors WHERE NOT fatal")[0][0] == 0
    assert sql(db, "SELECT count(*) FROM events WHERE article_id = %d" % aid)[0][0] == 1
    # the unreadable inputs are still what they were: tried again, still recorded once
    assert sql(db, "SELECT count(*) FROM errors WHERE fatal")[0][0] == 2
    # nothing left to try again
    assert ingest(db, d) == 0
    assert "0 new, 4 skipped as duplicates, 2 failed" in capsys.readouterr().out


def test_a_document_that_still_fails_keeps_one_error_row(tmp_path, capsys):
    d = corpus(tmp_path / "in")
    db = tmp_path / "m.duckdb"
    STATE["fail"] = True
    assert ingest(db, d) == 0
    assert ingest(db, d) == 0
    assert "1 re-processed" in capsys.readouterr().out
    assert sql(db, "SELECT count(*) FROM errors WHERE NOT fatal")[0][0] == 1
    assert sql(db, "SELECT count(*) FROM articles WHERE doc_id = 'boom.txt'")[0][0] == 1


def test_reprocess_replaces_extracted_rows_without_duplicates(tmp_path, capsys):
    d = corpus(tmp_path / "in")
    db = tmp_path / "m.duckdb"
    assert ingest(db, d) == 0
    v1 = snapshot(db)
    n_articles = len(v1["articles"])
    assert n_articles == 4 and len(v1["events"]) == 5  # one event per paragraph
    capsys.readouterr()

    # without --reprocess an upgrade changes nothing stored
    STATE["version"] = 2
    assert ingest(db, d) == 0
    assert snapshot(db) == v1

    # --reprocess with no input: every stored article, from its stored text
    assert ingest(db, "--reprocess") == 0
    out = capsys.readouterr().out
    assert f"read {n_articles} documents: 0 new, {n_articles} re-processed" in out
    v2 = snapshot(db)
    assert [a[:3] for a in v2["articles"]] == [a[:3] for a in v1["articles"]]  # same articles, same ids
    assert len(v2["events"]) == 10 and {e[2] for e in v2["events"]} == {"PROTEST", "MOBILIZE"}
    assert v2["entities"] == v1["entities"] and v2["quotes"] == v1["quotes"] and v2["mentions"] == v1["mentions"]
    assert sql(db, "SELECT count(*) FROM (SELECT article_id, event_id FROM events GROUP BY ALL HAVING count(*) > 1)")[0][0] == 0
    assert sql(db, "SELECT count(*), count(DISTINCT event_key) FROM events")[0] == (10, 10)
    # linked again: every article and event has its cluster and canonical event, one signature each
    assert sql(db, "SELECT count(*) FROM articles WHERE cluster_id IS NULL")[0][0] == 0
    assert sql(db, "SELECT count(*) FROM events WHERE canonical_id IS NULL")[0][0] == 0
    assert sql(db, "SELECT count(*), count(DISTINCT article_id) FROM article_signatures")[0] == (4, 4)
    runs = sql(db, "SELECT paths, stats FROM runs ORDER BY run_id")
    assert runs[-1][0] == [] and json.loads(runs[-1][1])["replaced"] == n_articles
    assert json.loads(runs[-1][1])["reprocess"] is True

    # again: the same rows (nothing doubles)
    assert ingest(db, "--reprocess") == 0
    assert snapshot(db) == v2

    # --reprocess with inputs: only those documents
    STATE["version"] = 1
    assert ingest(db, d / "khartoum.txt", "--reprocess") == 0
    assert "0 new, 1 re-processed" in capsys.readouterr().out
    by_doc = dict(sql(db, "SELECT doc_id, n_events FROM articles"))
    assert by_doc["khartoum.txt"] == 2 and by_doc["beirut.txt"] == 2  # two paragraphs (v1) / one (v2)
    assert sql(db, "SELECT count(*) FROM articles")[0][0] == n_articles

    # with inputs, content not stored yet is added as usual
    (d / "new.txt").write_text("خبر جديد\nعقدت الحكومة اجتماعها الأسبوعي وناقشت الموازنة.\n", encoding="utf-8")
    assert ingest(db, d, "--reprocess") == 0
    assert "1 new, 4 re-processed" in capsys.readouterr().out
    assert sql(db, "SELECT count(*) FROM articles")[0][0] == n_articles + 1


def test_ingest_needs_inputs_or_reprocess(tmp_path, capsys):
    assert main(["ingest", "--db", str(tmp_path / "m.duckdb")]) == 2
    assert "--reprocess" in capsys.readouterr().err
    assert ingest(tmp_path / "m.duckdb", "--reprocess") == 1  # nothing stored
    assert "nothing stored" in capsys.readouterr().err


def test_reprocess_with_the_default_pipeline(tmp_path):
    """The installed command and the real pipeline: re-processing stored articles gives the same rows."""
    from marsad.demo import sample_dir

    db = tmp_path / "s.duckdb"
    base = ["--db", db, "--workers", "1", "--no-progress", "--no-stories"]
    p = marsad("ingest", sample_dir(), *base)
    assert p.returncode == 0, p.stderr
    q = "SELECT a.doc_id, e.type, e.sentence, e.actor_names FROM events e JOIN articles a USING (article_id) ORDER BY ALL"
    events = sql(db, q)
    canon = sql(db, "SELECT count(DISTINCT canonical_id) FROM events")
    ents = sql(db, "SELECT count(*) FROM entities")
    p = marsad("ingest", "--reprocess", *base[:3], "2", *base[4:])  # two worker processes
    assert p.returncode == 0, p.stderr
    assert "8 re-processed" in p.stdout
    assert sql(db, q) == events and sql(db, "SELECT count(DISTINCT canonical_id) FROM events") == canon
    assert sql(db, "SELECT count(*) FROM entities") == ents
    assert sql(db, "SELECT count(*) FROM events WHERE canonical_id IS NULL")[0][0] == 0


def test_a_source_that_still_cannot_be_read_is_listed_once(tmp_path, capsys):
    d = corpus(tmp_path / "in")
    db = tmp_path / "m.duckdb"
    assert ingest(db, d) == 0
    # as an older marsad recorded it: the same source and reason under the old id (no extension)
    con = duckdb.connect(str(db))
    con.execute("UPDATE errors SET doc_id = 'bin' WHERE doc_id = 'bin.txt'")
    con.close()
    assert ingest(db, d) == 0
    assert sql(db, "SELECT doc_id FROM errors WHERE source LIKE '%bin.txt'") == [("bin.txt",)]
    assert sql(db, "SELECT count(*) FROM errors WHERE fatal")[0][0] == 2

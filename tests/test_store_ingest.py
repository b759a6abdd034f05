"""marsad ingest: idempotence, resume after a crash or a kill, bad inputs in the errors table."""
from __future__ import annotations

import datetime
import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap

import duckdb
import pytest

from marsad.cli import build_parser
from marsad.read import MAX_DOC_BYTES
from marsad.store import writer as writer_mod
from marsad.store.ingest import cmd_ingest

from marsad.pipeline import REGISTRY, Stage

from conftest import line_spans

# The storage tests run a small stand-in for the page stage (headline, body, paragraphs and metadata from
# the input as given), so they test storage, not the state of the extraction stages.
STAGES = ["store_test_page"]


class MetaPage(Stage):
    name = "store_test_page"

    def process(self, doc):
        text, meta, art = doc["text"], doc["meta"], doc["article"]
        b = meta.get("body_start") or (text.find("\n") + 1 if "\n" in text else 0)
        art["headline"] = text[:b].strip() or None
        doc["paragraphs"] = paras = line_spans(text, b)
        art["body"] = "\n".join(text[s:e] for s, e in paras)
        for k in ("published", "outlet", "url"):
            art[k] = meta.get(k)
        return doc


@pytest.fixture(autouse=True)
def _test_stage(monkeypatch):
    monkeypatch.setitem(REGISTRY, "store_test_page", f"{__name__}:MetaPage")

AR_PAGES = {
    "ar_lebanon": "الجيش اللبناني ينتشر في بلدات الجنوب\n\nبيروت - الأناضول\n\n"
                  "انتشر الجيش اللبناني، الأحد، في بلدات الجنوب بعد انسحاب القوات الإسرائيلية منها.\n"
                  "وقال مصدر عسكري إن الانتشار سيستمر حتى نهاية الشهر.\n",
    "ar_sudan": "آلاف المحتجين يعتصمون أمام مقر القيادة العامة في الخرطوم\n\n"
                "اعتصم آلاف السودانيين، السبت، أمام مقر القيادة العامة للجيش في الخرطوم للمطالبة "
                "بتسليم السلطة إلى حكومة مدنية.\n",
    "ar_iran": "وزير الخارجية الإيراني يزور بغداد\n\nوصل وزير الخارجية الإيراني إلى بغداد، الاثنين، "
               "في زيارة رسمية يلتقي خلالها رئيس الوزراء العراقي.\n",
}
EN_PAGES = {
    "en_summit": "Leaders meet in Helsinki\n\nThe two presidents met in Helsinki on Monday for talks "
                 "on arms control and Syria.\n",
    "en_protest": "Thousands protest in Algiers\n\nThousands of people marched through Algiers on Friday "
                  "demanding political change.\n",
}
RECORDS = [
    {"id": "r1", "title": "الأمم المتحدة تدعو إلى وقف إطلاق النار في اليمن", "published": "2018-06-12",
     "outlet": "alarabiya", "text": "دعت الأمم المتحدة، الثلاثاء، جميع الأطراف في اليمن إلى وقف إطلاق النار."},
    {"id": "r2", "title": "مجلس الأمن يجتمع لبحث الوضع في سوريا", "published": "2018-04-14",
     "outlet": "aljazeera", "text": "يعقد مجلس الأمن الدولي اجتماعا طارئا لبحث التطورات في سوريا."},
    {"id": "r3", "title": "Turkey and Russia agree on Idlib", "published": "2018-09-17", "outlet": "reuters",
     "text": "Turkey and Russia agreed on Monday to create a demilitarised zone in Idlib."},
    # the same id as r3 with other content: a different article, not a duplicate
    {"id": "r3", "title": "Turkey and Russia agree on Idlib (updated)", "published": "2018-09-18",
     "outlet": "reuters", "text": "Turkey and Russia agreed to create a demilitarised zone in Idlib by October."},
]


def write_corpus(root) -> int:
    """A small mixed corpus; returns the number of distinct documents in it."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in {**AR_PAGES, **EN_PAGES}.items():
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
    # the same content under another name is a duplicate
    (root / "ar_lebanon_copy.txt").write_text(AR_PAGES["ar_lebanon"], encoding="utf-8")
    with gzip.open(root / "records.jsonl.gz", "wt", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(AR_PAGES) + len(EN_PAGES) + len(RECORDS)


def many_docs(root, n: int) -> None:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / "many.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            rec = {"id": f"m{i}", "title": f"خبر رقم {i} عن اجتماع الحكومة",
                   "text": f"عقدت الحكومة اجتماعها الأسبوعي رقم {i} وناقشت الموازنة العامة.",
                   "published": f"2018-01-{1 + i % 28:02d}", "outlet": "test"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def ingest(db, *paths, workers=1, batch=200, stages=STAGES) -> int:
    a = build_parser().parse_args(["ingest", *map(str, paths), "--db", str(db), "--workers", str(workers),
                                   "--batch", str(batch), "--no-progress"])
    a.stages = list(stages) if stages else None
    return cmd_ingest(a)


def counts(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("articles", "documents", "entities", "mentions", "events", "quotes", "errors")}
        out["hashes"] = sorted(r[0] for r in con.execute("SELECT content_hash FROM articles").fetchall())
        out["fatal"] = con.execute("SELECT count(*) FROM errors WHERE fatal").fetchone()[0]
        return out
    finally:
        con.close()


def sql(db, q, *params):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(q, list(params)).fetchall()
    finally:
        con.close()


def test_ingest_stores_articles_and_input_text(tmp_path, capsys):
    n = write_corpus(tmp_path / "in")
    db = tmp_path / "m.duckdb"
    assert ingest(db, tmp_path / "in") == 0
    out = capsys.readouterr().out
    assert f"read {n + 1} documents: {n} new, 1 skipped as duplicates, 0 failed" in out
    c = counts(db)
    assert c["articles"] == c["documents"] == n and c["errors"] == 0
    # the raw input text is kept and the spans index it
    rows = sql(db, "SELECT a.headline, d.text, d.paragraphs, a.body FROM articles a JOIN documents d "
                   "USING (article_id) WHERE a.doc_id = 'ar_sudan.txt'")
    headline, text, paragraphs, body = rows[0]
    assert text == AR_PAGES["ar_sudan"] and headline.startswith("آلاف المحتجين")
    s, e = json.loads(paragraphs)[0]
    assert text[s:e] in body
    # same id, different content: two articles
    assert sql(db, "SELECT count(*) FROM articles WHERE doc_id = 'r3'")[0][0] == 2
    day, outlet = sql(db, "SELECT published_date, outlet FROM articles WHERE doc_id = 'r1'")[0]
    assert day == datetime.date(2018, 6, 12) and outlet
    run = sql(db, "SELECT status, stats FROM runs")
    assert run[0][0] == "done" and json.loads(run[0][1])["new"] == n


def test_ingest_twice_adds_nothing(tmp_path, capsys):
    n = write_corpus(tmp_path / "in")
    db = tmp_path / "m.duckdb"
    assert ingest(db, tmp_path / "in") == 0
    first = counts(db)
    capsys.readouterr()
    assert ingest(db, tmp_path / "in", workers=2) == 0
    assert "0 new, " + str(n + 1) + " skipped as duplicates" in capsys.readouterr().out
    assert counts(db) == first
    assert [r[0] for r in sql(db, "SELECT status FROM runs ORDER BY run_id")] == ["done", "done"]
    # a new file beside the old ones: only it is added
    (tmp_path / "in" / "new.txt").write_text("عنوان جديد\n\nخبر جديد تماما عن الانتخابات البلدية.", encoding="utf-8")
    assert ingest(db, tmp_path / "in") == 0
    assert counts(db)["articles"] == first["articles"] + 1


def test_worker_processes_give_the_same_database(tmp_path):
    write_corpus(tmp_path / "in")
    many_docs(tmp_path / "in", 40)
    ingest(tmp_path / "one.duckdb", tmp_path / "in", batch=7)
    ingest(tmp_path / "two.duckdb", tmp_path / "in", workers=2, batch=7)
    assert counts(tmp_path / "one.duckdb") == counts(tmp_path / "two.duckdb")
    q = "SELECT doc_id, headline, body, published FROM articles ORDER BY article_id"
    assert sql(tmp_path / "one.duckdb", q) == sql(tmp_path / "two.duckdb", q)


def test_resume_after_a_crash_mid_run(tmp_path, monkeypatch):
    many_docs(tmp_path / "in", 50)
    write_corpus(tmp_path / "in")
    ref = tmp_path / "ref.duckdb"
    ingest(ref, tmp_path / "in", batch=6)

    db = tmp_path / "m.duckdb"
    orig = writer_mod.Writer.write_batch
    calls = {"n": 0}

    def crashing(self, docs, run_id=None):
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("disk on fire")
        return orig(self, docs, run_id)

    monkeypatch.setattr(writer_mod.Writer, "write_batch", crashing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        ingest(db, tmp_path / "in", batch=6)
    monkeypatch.setattr(writer_mod.Writer, "write_batch", orig)
    assert counts(db)["articles"] == 18  # three whole batches, nothing of the fourth
    assert sql(db, "SELECT status FROM runs")[0][0] == "failed"

    assert ingest(db, tmp_path / "in", batch=6) == 0
    assert counts(db) == counts(ref)
    assert sql(db, "SELECT count(DISTINCT content_hash) = count(*) FROM articles")[0][0]


KILLER = textwrap.dedent("""
    import os, signal, sys
    from marsad.pipeline import REGISTRY, Stage
    from marsad.store import writer

    class MetaPage(Stage):  # stand-in page stage: headline and body as given
        name = "store_test_page"

        def process(self, doc):
            doc["article"]["headline"], _, doc["article"]["body"] = doc["text"].partition("\\n\\n")
            return doc

    REGISTRY["store_test_page"] = "__main__:MetaPage"
    orig = writer.Writer._append
    n = {"documents": 0}
    def _append(self, table, rows):
        if table == "documents":
            n["documents"] += 1
            if n["documents"] == 3:  # inside the third batch's transaction, after its articles rows
                os.kill(os.getpid(), signal.SIGKILL)
        return orig(self, table, rows)
    writer.Writer._append = _append
    from marsad.cli import build_parser
    from marsad.store.ingest import cmd_ingest
    a = build_parser().parse_args(sys.argv[1:])
    a.stages = ["store_test_page"]
    sys.exit(cmd_ingest(a))
""")


def test_resume_after_the_process_is_killed(tmp_path):
    many_docs(tmp_path / "in", 60)
    ref = tmp_path / "ref.duckdb"
    ingest(ref, tmp_path / "in", batch=8)
    db = tmp_path / "m.duckdb"
    p = subprocess.Popen([sys.executable, "-c", KILLER, "ingest", str(tmp_path / "in"), "--db", str(db),
                          "--workers", "2", "--batch", "8", "--no-progress"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        p.wait(timeout=120)
    finally:
        try:  # the killed writer's pool workers are orphans in its session: end them
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert p.returncode == -signal.SIGKILL
    assert counts(db)["articles"] == 16  # two committed batches; the third was in flight
    assert sql(db, "SELECT status FROM runs")[0][0] == "running"
    assert ingest(db, tmp_path / "in", batch=8) == 0
    assert counts(db) == counts(ref)
    assert [r[0] for r in sql(db, "SELECT status FROM runs ORDER BY run_id")] == ["aborted", "done"]


def test_bad_inputs_go_to_the_errors_table(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (d / "empty.txt").write_text("  \n", encoding="utf-8")
    lines = "".join(json.dumps({"id": f"g{i}", "title": f"عنوان {i}", "text": "نص الخبر " * 200 + str(i)},
                               ensure_ascii=False) + "\n" for i in range(20))
    gz = gzip.compress(lines.encode("utf-8"))
    (d / "truncated.jsonl.gz").write_bytes(gz[: len(gz) * 2 // 3])
    (d / "bad_line.jsonl").write_text('{"id": "ok1", "title": "Title", "text": "A good record."}\n{oops\n'
                                      '{"id": "ok2", "title": "Other", "text": "Another good record."}\n')
    with open(d / "huge.txt", "wb") as f:
        f.write(b"a " * (MAX_DOC_BYTES // 2 + 1024))
    ar = "الجيش اللبناني ينتشر في الجنوب\n\nانتشر الجيش اللبناني، الأحد، في بلدات الجنوب بعد انسحاب القوات."
    (d / "cp1256.txt").write_bytes(ar.encode("cp1256"))
    (d / "latin1.txt").write_bytes("Talks resume in Genève\n\nThe foreign ministers met in Genève on Tuesday "
                                   "for a new round of talks on the crisis, officials said, after weeks of "
                                   "delays over the agenda.".encode("latin-1"))
    db = tmp_path / "m.duckdb"
    assert ingest(db, d) == 0
    rows = sql(db, "SELECT source, doc_id, reason FROM errors WHERE fatal ORDER BY source")
    by_source = {os.path.basename(r[0]).split(":")[0]: r for r in rows}
    assert set(by_source) == {"binary.txt", "empty.txt", "truncated.jsonl.gz", "bad_line.jsonl", "huge.txt"}
    assert "binary" in by_source["binary.txt"][2]
    assert "empty" in by_source["empty.txt"][2]
    assert "too large" in by_source["huge.txt"][2]
    assert "invalid JSON" in by_source["bad_line.jsonl"][2] and by_source["bad_line.jsonl"][1] == "bad_line.jsonl:2"
    assert "cannot read" in by_source["truncated.jsonl.gz"][2]
    docs = {r[0] for r in sql(db, "SELECT doc_id FROM articles")}
    assert {"cp1256.txt", "latin1.txt", "ok1", "ok2"} <= docs
    assert any(x.startswith("g") for x in docs)  # the records before the truncation are kept
    assert "Genève" in sql(db, "SELECT headline FROM articles WHERE doc_id = 'latin1.txt'")[0][0]
    assert "اللبناني" in sql(db, "SELECT headline FROM articles WHERE doc_id = 'cp1256.txt'")[0][0]
    first = counts(db)
    out = capsys.readouterr().out
    assert "5 failed" in out
    # re-running duplicates neither articles nor error rows
    assert ingest(db, d) == 0
    assert counts(db) == first


def test_stage_failure_is_stored_with_its_error(tmp_path, monkeypatch):
    orig = MetaPage.process

    def process(self, doc):
        if "BOOM" in doc["text"]:
            raise ValueError("cannot read this page")
        return orig(self, doc)

    monkeypatch.setattr(MetaPage, "process", process)
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text("عنوان\n\nخبر عادي عن الطقس.", encoding="utf-8")
    (d / "boom.txt").write_text("Headline\n\nA page that makes a stage fail: BOOM.", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    assert ingest(db, d) == 0
    (art,) = sql(db, "SELECT article_id, errors FROM articles WHERE doc_id = 'boom.txt'")
    assert "cannot read this page" in art[1][0]
    (err,) = sql(db, "SELECT fatal, article_id, reason FROM errors")
    assert err[0] is False and err[1] == art[0] and "stage store_test_page failed" in err[2]
    assert ingest(db, d) == 0
    assert counts(db)["errors"] == 1 and counts(db)["articles"] == 2


def test_all_inputs_failing_exits_1(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert ingest(tmp_path / "m.duckdb", tmp_path / "bin.txt") == 1
    assert counts(tmp_path / "m.duckdb")["fatal"] == 1


def test_not_a_marsad_database(tmp_path, capsys):
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE articles (x INTEGER)")
    con.close()
    (tmp_path / "a.txt").write_text("عنوان\n\nنص.", encoding="utf-8")
    assert ingest(db, tmp_path / "a.txt") == 2
    assert "not a marsad database" in capsys.readouterr().err


def test_the_cli_entry_point(tmp_path):
    """Through the installed command (the default pipeline): the sample goes in, a re-run adds nothing."""
    from marsad.demo import sample_dir

    db = tmp_path / "s.duckdb"
    cmd = [sys.executable, "-m", "marsad", "ingest", sample_dir(), "--db", str(db), "--workers", "1"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "8 new" in p.stdout
    assert "docs/s" in p.stderr  # the progress bar
    first = counts(db)
    p = subprocess.run(cmd + ["--no-progress"], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0 and "0 new, 8 skipped" in p.stdout and p.stderr == ""
    assert counts(db) == first


def test_ctrl_c_keeps_what_was_processed(tmp_path, monkeypatch, capsys):
    many_docs(tmp_path / "in", 40)
    db = tmp_path / "m.duckdb"
    orig = writer_mod.Writer.write_batch
    calls = {"n": 0}

    def interrupted(self, docs, run_id=None):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return orig(self, docs, run_id)

    monkeypatch.setattr(writer_mod.Writer, "write_batch", interrupted)
    assert ingest(db, tmp_path / "in", batch=5) == 130
    monkeypatch.setattr(writer_mod.Writer, "write_batch", orig)
    assert counts(db)["articles"] == 15  # two batches, and the one being written when Ctrl-C came
    assert sql(db, "SELECT status FROM runs")[0][0] == "interrupted"
    assert "run the same command again" in capsys.readouterr().err
    assert ingest(db, tmp_path / "in", batch=5) == 0
    assert counts(db)["articles"] == 40


def test_a_repaired_file_clears_its_read_failure(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "page.txt").write_text("", encoding="utf-8")
    (d / "other.txt").write_bytes(b"\x00\x01" * 50)
    db = tmp_path / "m.duckdb"
    ingest(db, d)
    assert counts(db)["fatal"] == 2
    (d / "page.txt").write_text("عنوان الخبر\n\nنص الخبر بعد إصلاح الملف.", encoding="utf-8")
    assert ingest(db, d) == 0
    assert [os.path.basename(r[0]) for r in sql(db, "SELECT source FROM errors WHERE fatal")] == ["other.txt"]
    assert counts(db)["articles"] == 1
    stats = json.loads(sql(db, "SELECT stats FROM runs ORDER BY run_id DESC LIMIT 1")[0][0])
    assert stats["resolved"] == 1 and stats["new"] == 1


def test_older_database_gets_new_columns(tmp_path):
    db = tmp_path / "m.duckdb"
    (tmp_path / "a.txt").write_text("عنوان\n\nنص الخبر الأول.", encoding="utf-8")
    ingest(db, tmp_path / "a.txt")
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW event_mentions")
    con.execute("ALTER TABLE entities DROP COLUMN kb_id")
    con.close()
    (tmp_path / "b.txt").write_text("عنوان آخر\n\nنص الخبر الثاني.", encoding="utf-8")
    assert ingest(db, tmp_path / "b.txt") == 0
    assert counts(db)["articles"] == 2
    assert sql(db, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'entities' "
                   "AND column_name = 'kb_id'")[0][0] == 1


def test_nothing_new_starts_no_pipeline(tmp_path, monkeypatch):
    write_corpus(tmp_path / "in")
    db = tmp_path / "m.duckdb"
    ingest(db, tmp_path / "in")
    import marsad.engines.local as local

    def no_engine(*a, **k):
        raise AssertionError("the pipeline was started with nothing to do")

    monkeypatch.setattr(local, "run_local", no_engine)
    assert ingest(db, tmp_path / "in", workers=2) == 0


@pytest.mark.slow
def test_ray_engine_gives_the_same_database(tmp_path):
    pytest.importorskip("ray")
    write_corpus(tmp_path / "in")
    ingest(tmp_path / "local.duckdb", tmp_path / "in")
    a = build_parser().parse_args(["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "ray.duckdb"),
                                   "--engine", "ray", "--workers", "2", "--no-progress"])
    a.stages = ["page", "segment"]  # Ray workers import the stages by name: real ones
    assert cmd_ingest(a) == 0
    q = "SELECT content_hash, doc_id FROM articles ORDER BY content_hash"
    assert sql(tmp_path / "ray.duckdb", q) == sql(tmp_path / "local.duckdb", q)

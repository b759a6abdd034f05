"""marsad articles / marsad events: every filter and output format, over a database written by the writer
from documents that follow the output contract; and the documented schema."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import duckdb
import jsonschema
import pytest

from marsad.cli import main
from marsad.record import new_document, to_output
from marsad.store.schema import TABLES
from marsad.store.writer import Writer

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "src/marsad/schema.json").read_text())


def span(text: str, s: str, after: int = 0) -> tuple[int, int]:
    i = text.index(s, after)
    return i, i + len(s)


def entity(text, id, name, name_ar, type, country, wikidata, surfaces, **extra):
    mentions = []
    for s in surfaces:
        a, b = span(text, s)
        mentions.append({"text": s, "start": a, "end": b})
    return {"id": id, "name": name, "name_ar": name_ar, "type": type, "country": country, "wikidata": wikidata,
            "roles": extra.pop("roles", []), "mentions": mentions, **extra}


def event(text, id, type, sentence, trigger, actors, recipients, *, mode=None, location=None, date=None,
          date_text=None, negated=False, confidence=0.8):
    s, e = span(text, sentence)
    ts, te = span(text, trigger, s)
    return {"id": id, "type": type, "mode": mode, "context": [], "actors": actors, "recipients": recipients,
            "location": location, "date": date, "date_text": date_text, "negated": negated,
            "hypothetical": False, "historical": False, "sentence": sentence, "start": s, "end": e,
            "trigger": {"text": trigger, "start": ts, "end": te}, "confidence": confidence}


def make_doc(doc_id, headline, body, *, published, outlet, language):
    text = headline + "\n\n" + body
    doc = new_document(doc_id, text, source=f"test:{doc_id}", kind="record")
    doc["article"].update(headline=headline, body=body, published=published, outlet=outlet, language=language)
    return doc, text


def corpus() -> list[dict]:
    docs = []
    # Arabic: an agreement in Beijing
    d, t = make_doc("sau-irn", "السعودية وإيران تتفقان على استئناف العلاقات",
                    "اتفقت السعودية وإيران، الجمعة، في بكين على استئناف العلاقات الدبلوماسية بينهما.",
                    published="2023-03-10T18:20:00+03:00", outlet="الجزيرة", language="ar")
    d["entities"] = [entity(t, "sau", "Saudi Arabia", "السعودية", "GPE", "SAU", "Q851", ["السعودية"]),
                     entity(t, "irn", "Iran", "إيران", "GPE", "IRN", "Q794", ["إيران"]),
                     entity(t, "beijing", "Beijing", "بكين", "GPE", "CHN", "Q956", ["بكين"])]
    d["events"] = [event(t, "ev1", "AGREE", "اتفقت السعودية وإيران، الجمعة، في بكين على استئناف العلاقات "
                         "الدبلوماسية بينهما.", "اتفقت", ["sau"], ["irn"], location="beijing", date="2023-03-10",
                         date_text="الجمعة")]
    docs.append(d)
    # English: a summit, and a negated threat without a date of its own
    d, t = make_doc("helsinki", "Trump and Putin meet in Helsinki",
                    "U.S. President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday. "
                    "Trump did not threaten new sanctions.", published="2018-07-16", outlet="Reuters",
                    language="en")
    d["entities"] = [entity(t, "trump", "Donald Trump", "دونالد ترامب", "PERSON", "USA", "Q22686",
                            ["Donald Trump"], roles=["president"]),
                     entity(t, "putin", "Vladimir Putin", "فلاديمير بوتين", "PERSON", "RUS", "Q7747",
                            ["Vladimir Putin"], roles=["president"]),
                     entity(t, "helsinki", "Helsinki", "هلسنكي", "GPE", "FIN", "Q1757", ["Helsinki"])]
    d["events"] = [event(t, "ev1", "CONSULT", "U.S. President Donald Trump met Russian President Vladimir Putin "
                         "in Helsinki on Monday.", "met", ["trump"], ["putin"], location="helsinki",
                         date="2018-07-16", date_text="Monday", confidence=0.9),
                   event(t, "ev2", "THREATEN", "Trump did not threaten new sanctions.", "threaten", ["trump"],
                         ["putin"], negated=True, mode="sanction")]
    d["quotes"] = []
    docs.append(d)
    # Arabic: a sit-in in Khartoum, with a quote
    d, t = make_doc("khartoum", "آلاف المحتجين يعتصمون أمام مقر الجيش في الخرطوم",
                    "اعتصم آلاف المحتجين، السبت، أمام مقر القيادة العامة للجيش في الخرطوم. "
                    "وقال أحد المعتصمين: لن نغادر حتى تسليم السلطة.",
                    published="2019-04-06", outlet="العربية", language="ar")
    d["entities"] = [entity(t, "protesters", "protesters", "المحتجين", "NORP", "SDN", None, ["المحتجين"],
                            sector="CVL"),
                     entity(t, "army", "Sudanese Armed Forces", "الجيش السوداني", "ORG", "SDN", None, ["للجيش"],
                            sector="MIL"),
                     entity(t, "khartoum", "Khartoum", "الخرطوم", "GPE", "SDN", "Q1963", ["الخرطوم"])]
    body_start = t.index("اعتصم")
    d["events"] = [event(t, "ev1", "PROTEST", "اعتصم آلاف المحتجين، السبت، أمام مقر القيادة العامة للجيش في "
                         "الخرطوم.", "اعتصم", ["protesters"], ["army"], mode="demonstrate", location="khartoum",
                         date="2019-04-06", date_text="السبت")]
    qs, qe = span(t, "لن نغادر حتى تسليم السلطة", body_start)
    d["quotes"] = [{"speaker": "protesters", "text": t[qs:qe], "start": qs, "end": qe, "channel": "statement"}]
    docs.append(d)
    # A second report of the Helsinki meeting (another outlet)
    d, t = make_doc("helsinki-bbc", "Putin and Trump hold talks",
                    "Vladimir Putin and Donald Trump held talks in Helsinki.", published="2018-07-16",
                    outlet="BBC", language="en")
    d["entities"] = [entity(t, "trump", "Donald Trump", "دونالد ترامب", "PERSON", "USA", "Q22686",
                            ["Donald Trump"]),
                     entity(t, "putin", "Vladimir Putin", "فلاديمير بوتين", "PERSON", "RUS", "Q7747",
                            ["Vladimir Putin"])]
    d["events"] = [event(t, "ev1", "CONSULT", "Vladimir Putin and Donald Trump held talks in Helsinki.",
                         "held talks", ["putin"], ["trump"], date="2018-07-16", confidence=0.7)]
    docs.append(d)
    return docs


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "q.duckdb"
    w = Writer(str(path))
    run = w.start_run(["test"], None, 1)
    w.write_batch(corpus(), run)
    w.finish_run(run, "done", {})
    w.close()
    return path


def run(capsys, monkeypatch, *args) -> str:
    monkeypatch.setenv("COLUMNS", "220")
    assert main(list(args)) == 0
    return capsys.readouterr().out


def events_json(capsys, monkeypatch, db, *args) -> list[dict]:
    return json.loads(run(capsys, monkeypatch, "events", "--db", str(db), "--format", "json", *args))


def articles_json(capsys, monkeypatch, db, *args) -> list[dict]:
    return json.loads(run(capsys, monkeypatch, "articles", "--db", str(db), "--format", "json", *args))


def test_test_documents_follow_the_output_contract():
    for d in corpus():
        rec = to_output(d)
        jsonschema.validate(rec, SCHEMA)
        for ev in rec["events"]:
            assert d["text"][ev["start"]:ev["end"]] == ev["sentence"]


def test_stored_rows(db):
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 5
    assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 11
    row = con.execute("SELECT actor_names, actor_countries, recipient_names_ar, location_name, date, trigger, "
                      "trigger_start FROM events WHERE type = 'AGREE'").fetchone()
    assert row[:4] == (["Saudi Arabia"], ["SAU"], ["إيران"], "Beijing")
    assert str(row[4]) == "2023-03-10" and row[5] == "اتفقت"
    text = con.execute("SELECT d.text FROM documents d JOIN events e USING (article_id) "
                       "WHERE e.type = 'AGREE'").fetchone()[0]
    assert text[row[6]:row[6] + len(row[5])] == row[5]
    assert con.execute("SELECT published_date FROM articles WHERE doc_id = 'sau-irn'").fetchone()[0].year == 2023
    q = con.execute("SELECT speaker, speaker_name, channel FROM quotes").fetchone()
    assert q == ("protesters", "protesters", "statement")
    assert con.execute("SELECT sector FROM entities WHERE entity_id = 'army'").fetchone()[0] == "MIL"
    con.close()


def test_events_default_lists_every_event(db, capsys, monkeypatch):
    rows = events_json(capsys, monkeypatch, db)
    assert len(rows) == 5 and all(r["reports"] == 1 for r in rows)
    assert [r["day"] for r in rows] == sorted((r["day"] for r in rows), reverse=True)


def test_event_filters(db, capsys, monkeypatch):
    def types(*args):
        return sorted(r["type"] for r in events_json(capsys, monkeypatch, db, *args))

    assert types("--type", "protest") == ["PROTEST"]
    assert types("--country", "SDN") == ["PROTEST"]
    assert types("--country", "ru") == ["CONSULT", "CONSULT", "THREATEN"]  # alpha-2 works too
    assert types("--country", "IRN") == ["AGREE"]  # a recipient is a party
    assert types("--actor", "ايران") == ["AGREE"]  # hamza-less spelling of إيران
    assert types("--actor", "putin") == ["CONSULT", "CONSULT", "THREATEN"]
    assert types("--actor", "بوتين") == ["CONSULT", "CONSULT", "THREATEN"]  # the Arabic name of an English actor
    assert types("--actor", "المحتجين") == ["PROTEST"]
    assert types("--outlet", "الجزيره") == ["AGREE"]  # ة/ه
    assert types("--outlet", "reuters") == ["CONSULT", "THREATEN"]
    assert types("--since", "2019") == ["AGREE", "PROTEST"]
    assert types("--since", "2019-04-06", "--until", "2019-04-06") == ["PROTEST"]
    assert types("--until", "2018-07") == ["CONSULT", "CONSULT", "THREATEN"]
    assert types("--text", "بِكين") == ["AGREE"]  # diacritics in the query
    assert types("--text", "SANCTIONS") == ["THREATEN"]
    assert types("--type", "CONSULT", "--outlet", "BBC") == ["CONSULT"]
    assert types("--actor", "nobody at all") == []
    assert len(events_json(capsys, monkeypatch, db, "--limit", "2")) == 2


def test_undated_event_uses_the_publication_day(db, capsys, monkeypatch):
    (r,) = events_json(capsys, monkeypatch, db, "--type", "THREATEN")
    assert r["date"] is None and r["day"] == "2018-07-16" and r["negated"] is True
    out = run(capsys, monkeypatch, "events", "--db", str(db), "--type", "THREATEN")
    assert "2018-07-16*" in out and "THREATEN/sanction [negated]" in out


def test_canonical_events_and_mentions(db, tmp_path, capsys, monkeypatch):
    # cross-article merging fills canonical_id; two reports of the Helsinki meeting become one event
    merged = tmp_path / "merged.duckdb"
    merged.write_bytes(Path(db).read_bytes())
    con = duckdb.connect(str(merged))
    keys = [r[0] for r in con.execute("SELECT event_key FROM events WHERE type = 'CONSULT' "
                                      "ORDER BY event_key").fetchall()]
    con.execute("UPDATE events SET canonical_id = ? WHERE type = 'CONSULT'", [keys[0]])
    con.close()
    rows = events_json(capsys, monkeypatch, merged, "--type", "CONSULT")
    assert len(rows) == 1 and rows[0]["reports"] == 2 and rows[0]["articles"] == 2
    assert rows[0]["outlet"] == "Reuters"  # the most confident report represents the event
    assert rows[0]["canonical_key"] == keys[0]
    # a filter that matches one report still finds the canonical event, with all its reports
    rows = events_json(capsys, monkeypatch, merged, "--outlet", "BBC")
    assert len(rows) == 1 and rows[0]["reports"] == 2
    mentions = events_json(capsys, monkeypatch, merged, "--type", "CONSULT", "--mentions")
    assert len(mentions) == 2 and {m["outlet"] for m in mentions} == {"Reuters", "BBC"}
    assert all("reports" not in m for m in mentions)


def test_event_formats(db, capsys, monkeypatch):
    out = run(capsys, monkeypatch, "events", "--db", str(db), "--format", "csv", "--type", "AGREE")
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["actor_names"] == "Saudi Arabia" and row["recipient_countries"] == "IRN"
    assert row["date"] == "2023-03-10" and row["outlet"] == "الجزيرة"
    out = run(capsys, monkeypatch, "events", "--db", str(db), "--type", "PROTEST")
    assert "PROTEST/demonstrate" in out and "protesters (SDN)" in out and "Khartoum" in out
    assert "العربية" in out
    out = run(capsys, monkeypatch, "events", "--db", str(db), "--actor", "nobody")
    assert "no events match" in out
    assert run(capsys, monkeypatch, "events", "--db", str(db), "--format", "json", "--actor", "x y z").strip() == "[]"


def test_article_filters_and_formats(db, capsys, monkeypatch):
    def ids(*args):
        return sorted(r["doc_id"] for r in articles_json(capsys, monkeypatch, db, *args))

    assert ids() == ["helsinki", "helsinki-bbc", "khartoum", "sau-irn"]
    assert ids("--outlet", "العربيه") == ["khartoum"]
    assert ids("--actor", "ترامب") == ["helsinki", "helsinki-bbc"]
    assert ids("--actor", "Donald") == ["helsinki", "helsinki-bbc"]
    assert ids("--country", "FIN") == ["helsinki"]
    assert ids("--type", "agree") == ["sau-irn"]
    assert ids("--since", "2019-01-01", "--until", "2019-12-31") == ["khartoum"]
    assert ids("--until", "2018") == ["helsinki", "helsinki-bbc"]
    assert ids("--text", "تسليم السلطه") == ["khartoum"]
    assert ids("--text", "held talks") == ["helsinki-bbc"]
    assert len(ids("--limit", "1")) == 1
    (a,) = articles_json(capsys, monkeypatch, db, "--type", "PROTEST")
    assert a["body"].startswith("اعتصم") and a["n_events"] == 1 and a["n_quotes"] == 1
    out = run(capsys, monkeypatch, "articles", "--db", str(db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4 and "body" in rows[0]
    out = run(capsys, monkeypatch, "articles", "--db", str(db))
    assert "Trump and Putin meet in Helsinki" in out and "Reuters" in out


def test_bad_arguments(db, tmp_path, capsys, monkeypatch):
    with pytest.raises(SystemExit, match="no database"):
        main(["events", "--db", str(tmp_path / "missing.duckdb")])
    with pytest.raises(SystemExit, match="not a date"):
        main(["events", "--db", str(db), "--since", "last week"])


def test_docs_describe_every_column():
    doc = (ROOT / "docs/store.md").read_text(encoding="utf-8")
    for table, cols in TABLES.items():
        section = re.search(rf"^### `?{table}`?\s*$(.*?)(?=^### |\Z)", doc, re.M | re.S)
        assert section, f"docs/store.md has no section for table {table}"
        for c in cols:
            assert re.search(rf"^\|\s*`{c.name}`\s*\|", section.group(1), re.M), f"{table}.{c.name} undocumented"


def test_events_claims_leave_out_partial_negated_and_hypothetical(tmp_path, capsys, monkeypatch):
    """A partial reading (no doer) is stored, listed with its flag, and left out by --claims with the negated one."""
    d, t = make_doc("gaza", "مقتل فلسطيني برصاص الجيش الإسرائيلي",
                    "قتل الجيش الإسرائيلي فلسطينيا في غزة الجمعة. وأطلق مسلحون النار على دورية. "
                    "ولم تهدد إسرائيل بالرد.", published="2018-08-10", outlet="العربية", language="ar")
    d["entities"] = [entity(t, "idf", "Israel Defense Forces", "الجيش الإسرائيلي", "ORG", "ISR", None,
                            ["الجيش الإسرائيلي"], sector="MIL"),
                     entity(t, "isr", "Israel", "إسرائيل", "GPE", "ISR", "Q801", ["إسرائيل"]),
                     entity(t, "pal", "Palestinians", "فلسطينيا", "NORP", "PSE", None, ["فلسطينيا"])]
    d["events"] = [event(t, "ev1", "ASSAULT", "قتل الجيش الإسرائيلي فلسطينيا في غزة الجمعة.", "قتل", ["idf"],
                         ["pal"], date="2018-08-10", date_text="الجمعة"),
                   dict(event(t, "ev2", "ASSAULT", "وأطلق مسلحون النار على دورية.", "وأطلق", [], []), partial=True),
                   event(t, "ev3", "THREATEN", "ولم تهدد إسرائيل بالرد.", "تهدد", ["isr"], ["pal"], negated=True)]
    path = tmp_path / "p.duckdb"
    w = Writer(str(path))
    r = w.start_run(["test"], None, 1)
    w.write_batch([d], r)
    w.finish_run(r, "done", {})
    w.close()
    rows = events_json(capsys, monkeypatch, path, "--mentions")
    assert sorted((x["type"], x["partial"], x["negated"]) for x in rows) == [
        ("ASSAULT", False, False), ("ASSAULT", True, False), ("THREATEN", False, True)]
    claims = events_json(capsys, monkeypatch, path, "--mentions", "--claims")
    assert [(x["type"], x["actor_names"]) for x in claims] == [("ASSAULT", ["Israel Defense Forces"])]
    assert len(events_json(capsys, monkeypatch, path, "--claims")) == 1
    table = run(capsys, monkeypatch, "events", "--db", str(path), "--mentions")
    assert "partial" in table and "negated" in table

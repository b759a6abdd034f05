"""The command line end to end: extract on the bundled sample, the output contract, bad inputs."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from marsad.demo import sample_dir

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "src/marsad/schema.json").read_text())


def marsad(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad", *args], input=stdin, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def sample_output():
    p = marsad("extract", "--format", "jsonl", sample_dir())
    assert p.returncode == 0, p.stderr.decode()
    return [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]


def test_every_sample_record_validates(sample_output):
    assert len(sample_output) == 8  # 4 pages + 4 JSONL records
    for rec in sample_output:
        jsonschema.validate(rec, SCHEMA)
        assert rec["errors"] == [], rec["errors"]
        assert rec["article"]["body"]


def test_offsets_index_the_input_text(sample_output):
    recs = {r["id"]: r for r in sample_output}
    text = (Path(sample_dir()) / "ar_saudi_iran_beijing.txt").read_text(encoding="utf-8")
    rec = recs["ar_saudi_iran_beijing.txt"]
    for ent in rec["entities"]:
        for m in ent["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for ev in rec["events"]:
        assert text[ev["start"]:ev["end"]] == ev["sentence"]
        assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
    for q in rec["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def test_languages(sample_output):
    langs = {r["id"]: r["article"]["language"] for r in sample_output}
    assert langs["ar_sudan_sit_in.txt"] == "ar" and langs["en_helsinki_summit.txt"] == "en"
    assert langs["sample-jcpoa"] == "en" and langs["sample-kabul"] == "ar"


def test_json_and_pretty_formats():
    page = str(Path(sample_dir()) / "ar_sudan_sit_in.txt")
    p = marsad("extract", "--format", "json", page)
    assert p.returncode == 0 and json.loads(p.stdout)["id"] == "ar_sudan_sit_in.txt"
    p = marsad("extract", "--format", "pretty", page)
    assert p.returncode == 0 and "ar_sudan_sit_in.txt" in p.stdout.decode()


def test_stdin_text_and_jsonl():
    p = marsad("extract", "-", stdin="عنوان\n\nانتشر الجيش اللبناني، الأحد، في بلدات الجنوب.".encode())
    assert p.returncode == 0 and json.loads(p.stdout)["id"] == "stdin"
    p = marsad("extract", "-", stdin=b'{"id": "s1", "text": "Title\\n\\nThe army deployed on Sunday."}\n')
    assert p.returncode == 0 and json.loads(p.stdout)["id"] == "s1"


def test_bad_inputs_are_reported_and_processing_goes_on(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"id": "ok1", "text": "Title\\n\\nBody line."}\n{oops\n')
    (tmp_path / "good.txt").write_text("عنوان\n\nانتشر الجيش اللبناني، الأحد، في بلدات الجنوب.", encoding="utf-8")
    p = marsad("extract", str(tmp_path))
    assert p.returncode == 0
    recs = {r["id"]: r for r in map(json.loads, p.stdout.decode().splitlines())}
    assert len(recs) == 5
    assert recs["good.txt"]["errors"] == [] and recs["ok1"]["errors"] == []
    assert recs["bin.txt"]["errors"] and recs["empty.txt"]["errors"]
    assert recs["bad.jsonl:2"]["errors"]  # a record without an id: file and line
    assert any("invalid JSON" in e for r in recs.values() for e in r["errors"])
    err = p.stderr.decode()
    assert "bin.txt" in err and "bad.jsonl:2" in err


def test_exit_code_when_nothing_can_be_read(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    p = marsad("extract", str(tmp_path / "bin.txt"))
    assert p.returncode == 1
    assert json.loads(p.stdout)["errors"]


def test_workers_give_the_same_output(sample_output):
    p = marsad("extract", "--workers", "2", sample_dir())
    assert p.returncode == 0
    assert [json.loads(l) for l in p.stdout.decode().splitlines()] == sample_output


def test_ids_are_unique_per_input(tmp_path):
    page = "عنوان\n\nانتشر الجيش اللبناني، الأحد، في بلدات الجنوب."
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(page + sub, encoding="utf-8")
    (tmp_path / "a" / "x.html").write_text("<html><body><p>" + page * 3 + "</p></body></html>", encoding="utf-8")
    p = marsad("extract", str(tmp_path), "--stages", "page")
    assert p.returncode == 0, p.stderr.decode()
    assert [json.loads(l)["id"] for l in p.stdout.decode().splitlines()] == ["a/x.html", "a/x.txt", "b/x.txt"]


def test_extract_progress_on_request(tmp_path):
    page = str(Path(sample_dir()) / "ar_sudan_sit_in.txt")
    p = marsad("extract", page, "--progress", "--stages", "page")
    assert p.returncode == 0 and "docs/s" in p.stderr.decode() and "extract" in p.stderr.decode()
    p = marsad("extract", page, "--stages", "page")  # stderr is not a terminal: no progress by default
    assert p.returncode == 0 and p.stderr.decode() == ""

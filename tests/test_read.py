"""Readers: every input kind, and every kind of bad input yields a clear per-document error."""
from __future__ import annotations

import gzip
import json

from marsad.read import MAX_DOC_BYTES, read_paths
from marsad.read.text import decode_bytes

AR_PAGE = "الرئيسية\n\nالجيش اللبناني ينتشر في الجنوب\n\nبيروت - الأناضول\n\nانتشر الجيش اللبناني، الأحد، في بلدات الجنوب.\n"


def test_text_file(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(AR_PAGE, encoding="utf-8")
    docs = list(read_paths([str(p)]))
    assert len(docs) == 1 and docs[0]["id"] == "page.txt" and docs[0]["text"] == AR_PAGE
    assert docs[0]["errors"] == []


def test_crlf_and_bom_are_normalised(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes("\ufeff".encode("utf-8") + AR_PAGE.replace("\n", "\r\n").encode("utf-8"))
    (doc,) = read_paths([str(p)])
    assert doc["text"] == AR_PAGE


def test_windows_1256_arabic_is_decoded(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes(AR_PAGE.encode("cp1256"))
    (doc,) = read_paths([str(p)])
    assert doc["errors"] == [] and "الجيش اللبناني" in doc["text"]


def test_binary_file_is_an_error(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (doc,) = read_paths([str(p)])
    assert doc["kind"] == "error" and "binary" in doc["errors"][0] and str(p) in doc["errors"][0]


def test_undecodable_bytes_are_an_error():
    import random

    rnd = random.Random(7)
    text, why = decode_bytes(bytes(rnd.randrange(1, 256) for _ in range(4000)))
    assert text is None and "UTF-8" in why


def test_empty_file_is_an_error(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n\n", encoding="utf-8")
    (doc,) = read_paths([str(p)])
    assert doc["kind"] == "error" and "empty" in doc["errors"][0]


def test_huge_file_is_refused_not_read(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.write(b"a" * (MAX_DOC_BYTES + 1024))
    (doc,) = read_paths([str(p)])
    assert doc["kind"] == "error" and "too large" in doc["errors"][0]


def test_missing_file(tmp_path):
    (doc,) = read_paths([str(tmp_path / "nope.txt")])
    assert doc["kind"] == "error" and "no such file" in doc["errors"][0]


def _records():
    return [
        {"id": "a1", "title": "عنوان الخبر", "text": "السطر الأول.\nالسطر الثاني.", "published": "2018-03-03",
         "outlet": "BBC"},
        {"id": "a2", "text": "Headline here\n\nBody line one."},
        {"id": "a3", "html": "<html><body><article><h1>T</h1><p>" + "Body text of the page. " * 10 +
         "</p></article></body></html>"},
    ]


def test_jsonl_records_and_title_offsets(tmp_path):
    p = tmp_path / "recs.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _records()) + "\n", encoding="utf-8")
    docs = list(read_paths([str(p)]))
    assert [d["id"] for d in docs] == ["a1", "a2", "a3"]
    a1 = docs[0]
    assert a1["text"] == "عنوان الخبر\n\nالسطر الأول.\nالسطر الثاني."
    assert a1["meta"]["body_start"] == len("عنوان الخبر") + 2 and a1["meta"]["outlet"] == "BBC"
    assert docs[1]["kind"] == "txt" and "body_start" not in docs[1]["meta"]
    assert docs[2]["kind"] in ("html", "txt") and "Body text of the page." in docs[2]["text"]


def test_invalid_json_line_names_file_and_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    lines = [json.dumps(_records()[0], ensure_ascii=False), "{not json", json.dumps(_records()[1]), "[1, 2]",
             json.dumps({"id": "x"})]
    p.write_text("\n".join(lines), encoding="utf-8")
    docs = list(read_paths([str(p)]))
    assert len(docs) == 5
    assert docs[0]["errors"] == [] and docs[2]["errors"] == []
    assert f"{p}:2" in docs[1]["errors"][0] and "invalid JSON" in docs[1]["errors"][0]
    assert "not an object" in docs[3]["errors"][0]
    assert "no text or html" in docs[4]["errors"][0]


def test_truncated_gzip_reports_and_keeps_earlier_records(tmp_path):
    data = "\n".join(json.dumps({"id": f"r{i}", "text": "نص الخبر " * 200}, ensure_ascii=False)
                     for i in range(50)).encode("utf-8")
    gz = gzip.compress(data)
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(gz[: len(gz) // 2])
    docs = list(read_paths([str(p)]))
    good = [d for d in docs if not d["errors"]]
    bad = [d for d in docs if d["errors"]]
    assert good and len(bad) == 1 and "cannot read past line" in bad[0]["errors"][0]


def test_folder_is_read_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(AR_PAGE, encoding="utf-8")
    (tmp_path / "one.txt").write_text(AR_PAGE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(AR_PAGE, encoding="utf-8")
    ids = [d["id"] for d in read_paths([str(tmp_path)])]
    assert sorted(ids) == ["b/two.txt", "one.txt"]


def test_html_file_through_trafilatura(tmp_path):
    from marsad.demo import sample_dir

    (doc,) = read_paths([sample_dir() + "/en_abraham_accords.html"])
    assert doc["errors"] == []
    assert doc["text"].startswith(doc["meta"]["title"] + "\n\n")
    assert "South Lawn" in doc["text"] and "Most read" not in doc["text"]
    assert doc["meta"].get("published", "").startswith("2020-09-15")


def test_malformed_html_still_yields_text(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text("<html><body><div><p>" + "الجيش اللبناني ينتشر في الجنوب، " * 5 + "<p><b>unclosed <i>tags",
                 encoding="utf-8")
    (doc,) = read_paths([str(p)])
    assert doc["errors"] == [] and "الجيش اللبناني" in doc["text"]


def test_latin1_english_is_decoded(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("The café owner said the protest in Orléans was peaceful.\n".encode("latin-1"))
    (doc,) = read_paths([str(p)])
    assert doc["errors"] == [] and "café" in doc["text"]


def test_latin1_french_with_many_accents(tmp_path):
    p = tmp_path / "fr.txt"
    p.write_bytes(("Le président français a déclaré à Genève qu'une trêve était nécessaire. " * 20).encode("latin-1"))
    (doc,) = read_paths([str(p)])
    assert doc["errors"] == [] and "président" in doc["text"]


def test_utf16_without_bom(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(AR_PAGE.encode("utf-16-le"))
    (doc,) = read_paths([str(p)])
    assert doc["errors"] == [] and doc["text"] == AR_PAGE


def test_declared_charset_html(tmp_path):
    p = tmp_path / "cp.html"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            "<body><article><p>" + "انتشر الجيش اللبناني، الأحد، في بلدات الجنوب بعد انسحاب القوات. " * 8 +
            "</p></article></body></html>")
    p.write_bytes(html.encode("cp1256"))
    (doc,) = read_paths([str(p)])
    assert doc["errors"] == [] and "الجيش اللبناني" in doc["text"]


def test_gzipped_text_and_jsonl_by_magic_bytes(tmp_path):
    p = tmp_path / "page.txt.gz"
    p.write_bytes(gzip.compress(AR_PAGE.encode("utf-8")))
    (doc,) = read_paths([str(p)])
    assert doc["errors"] == [] and doc["text"] == AR_PAGE
    q = tmp_path / "recs.jsonl"
    q.write_bytes(gzip.compress(b'{"id": "g1", "text": "Title\\n\\nBody line."}\n'))
    (doc,) = read_paths([str(q)])
    assert doc["id"] == "g1" and doc["errors"] == []


def test_ids_are_unique_and_follow_the_path_inside_the_folder(tmp_path):
    html = ("<html><body><article><p>" + "انتشر الجيش اللبناني، الأحد، في بلدات الجنوب. " * 6 +
            "</p></article></body></html>")
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(AR_PAGE, encoding="utf-8")
    (tmp_path / "a" / "x.html").write_text(html, encoding="utf-8")
    (tmp_path / "a" / "recs.jsonl").write_text(
        json.dumps({"id": "own-id", "text": "Title\n\nBody."}) + "\n" + json.dumps({"text": "Title\n\nBody 2."})
        + "\n", encoding="utf-8")
    docs = list(read_paths([str(tmp_path)]))
    assert sorted(d["id"] for d in docs) == ["a/recs.jsonl:2", "a/x.html", "a/x.txt", "b/x.txt", "own-id"]
    # the same files named one by one: their names; a clash falls back to the path as given, then #2
    a, b = str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")
    assert [d["id"] for d in read_paths([a, b, b])] == ["x.txt", b, "x.txt#2"]
    # two folders holding the same relative path
    ids = [d["id"] for d in read_paths([str(tmp_path / "a"), str(tmp_path / "b")])]
    assert ids == ["own-id", "recs.jsonl:2", "x.html", "x.txt", str(tmp_path / "b" / "x.txt")]
    # stable: the same arguments give the same ids
    assert [d["id"] for d in read_paths([str(tmp_path)])] == [d["id"] for d in docs]
    # the source keeps the path as given
    assert {d["source"] for d in docs if d["id"] == "a/recs.jsonl:2"} == {str(tmp_path / "a" / "recs.jsonl") + ":2"}


def test_record_id_zero_is_kept(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text(json.dumps({"id": 0, "text": "Title\n\nBody."}) + "\n", encoding="utf-8")
    (doc,) = read_paths([str(p)])
    assert doc["id"] == "0"

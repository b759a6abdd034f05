"""Trigger coverage of general constructions of Arabic news: pretrial detention (حبس على ذمة التحقيق) and the trigger
file's need-and-unless rows. Short news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


def test_a_row_may_need_words_and_exclude_others(tmp_path, monkeypatch):
    from marsad.events import lexicon
    from marsad.lang.ar import normalize

    (tmp_path / "triggers.tsv").write_text(
        "ACCUSE\tdisapprove\tاستدعى|استدعت\tالسفير|سفير!سفيرها|سفيره\t0.7\n"
        "REJECT\t\tرفض/رفض\t!التعليق\t0.75\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    m = lexicon.load_triggers()
    summon = m.trie[normalize("استدعت")]["$"]
    assert summon.need == {"السفير", "سفير"} and summon.unless == {"سفيرها", "سفيره"}
    refuse = m.trie["رفض"]["$"]
    assert refuse.need == frozenset() and refuse.unless == {"التعليق"}


# ---- pretrial detention: COERCE arrest (a verdict of prison is coded by its own words)
def test_pretrial_detention_ordered_by_the_prosecution(pipe):
    doc = full(pipe, "وأمرت النيابة العامة المصرية بحبس الناشط وائل عباس 15 يوما على ذمة التحقيق.")
    ev = factual(doc, "COERCE")
    assert ev and ev[0]["mode"] == "arrest" and "EGY" in party(doc, ev[0]["actors"])
    assert "وائل عباس" in party(doc, ev[0]["recipients"])


def test_detention_pending_trial(pipe):
    doc = full(pipe, "وقررت النيابة العسكرية حبس مخرج مسرحية سليمان خاطر احتياطيا.")
    assert [e for e in factual(doc, "COERCE") if e["mode"] == "arrest"]


def test_holding_ones_breath_is_no_detention(pipe):
    assert not factual(full(pipe, "وحبس الجمهور أنفاسه خلال المباراة في الدقائق الأخيرة."), "COERCE")


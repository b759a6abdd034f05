"""Review of session 21's last tracks (s21review3): s21fp2 made ``normalize`` spell ديموقراط as ديمقراط; the other
folds and the caches of normalised forms follow it."""
from __future__ import annotations

from marsad.entities import kb as kbmod
from marsad.lang.ar import normalize
from marsad.page.lexicon import fold_text, norm_line


def test_long_line_folds_democra_as_a_short_one():
    short = "قوات سوريا الديموقراطية"
    long = short + " " + "تسيطر على مناطق واسعة شرق نهر الفرات في شمال سوريا"
    assert len(long) >= 64 and len(short) < 64
    assert norm_line(short) == normalize(short)
    assert norm_line(long).startswith(norm_line(short))
    assert "ديمقراط" in fold_text(long) and "ديموقراط" not in fold_text(long)


def test_kb_cache_key_follows_the_normaliser(monkeypatch):
    files = kbmod.data_files()
    before = kbmod._fingerprint(files)
    monkeypatch.setattr(kbmod, "normaliser_digest", lambda: "another-normaliser")
    assert kbmod._fingerprint(files) != before

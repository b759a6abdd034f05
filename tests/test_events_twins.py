"""One data file, one loader, one check: the twin lists the review found (events/lexicon.py, material.py, stage.py)."""
from __future__ import annotations

import builtins
import os

from marsad.events import lexicon, stage


def test_setup_reads_each_shared_data_file_once(monkeypatch):
    """cues.tsv, stances.tsv, channels.tsv and parties.tsv serve several loaders of the event stage: read once."""
    opened = []
    real_open = builtins.open

    def counting_open(f, *a, **k):
        opened.append(os.path.relpath(str(f), lexicon.DATA))
        return real_open(f, *a, **k)

    lexicon.read_rows.cache_clear()
    monkeypatch.setattr(builtins, "open", counting_open)
    stage.load_lexicons()
    monkeypatch.setattr(builtins, "open", real_open)
    for name in ("cues.tsv", "stances.tsv", "channels.tsv", "parties.tsv"):
        assert opened.count(name) == 1, (name, opened.count(name))

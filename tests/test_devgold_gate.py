"""The project's own gold sets (dev/gold, stored without corpus text): they unpack exactly, and the eleven development
sets (DA-DE, DI-DN) hold a pinned floor (slow; skips without ../shared)."""
import importlib.util
import json
from pathlib import Path

import pytest

from conftest import need_shared

ROOT = Path(__file__).resolve().parent.parent
DEV_SETS = ("DA", "DB", "DC", "DD", "DE", "DI", "DJ", "DK", "DL", "DM", "DN")


def _devgold():
    spec = importlib.util.spec_from_file_location("devgold", ROOT / "tools" / "devgold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_packed_files_hold_no_corpus_text():
    """No preview, evidence, snippet or body text: only spans into the named input."""
    files = sorted((ROOT / "dev" / "gold").glob("*/*.json"))
    assert len(files) == 38 * 24  # (DA-DZ, EA-EL: thirty-eight sets of 24)
    for p in files:
        g = json.loads(p.read_text(encoding="utf-8"))
        assert "input_preview" not in g and "body_must_contain" not in g["article"], p
        assert all("evidence" not in e and e["evidence_span"] for e in g["events"]), p
        assert all("snippet" not in q for q in g["quotes"]), p


def test_unpack_restores_evidence(tmp_path):
    shared = need_shared()
    dg = _devgold()
    assert dg.main(["unpack", str(ROOT / "dev" / "gold" / "DA"), str(tmp_path), "--shared", str(shared)]) == 0
    for p in sorted(tmp_path.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        text = dg.input_text(g, shared)
        assert text.startswith(g["input_preview"])
        assert all(e["evidence"] and e["evidence"] in text for e in g["events"]), p.name


@pytest.mark.slow
def test_devgold_floor(tmp_path):
    """The whole pipeline on the eleven development sets pooled: a floor just below the figure when pinned, not a target
    (end of the thirty-second session: 0.751, P 0.808 R 0.700; end of the thirty-first: 0.718, P 0.794 R 0.656; end of the twenty-ninth: 0.677, P 0.752 R 0.615; end of the twenty-eighth: 0.665; end of the twenty-seventh: 0.636, P 0.732 R 0.563; end of the twenty-sixth: 0.622, P 0.722 R 0.547;
    DA-DE 0.615, DI-DN 0.627; end of the twenty-fourth:
    0.537; DA-DE 0.447 when built, DI-DN 0.494 when first scored). The blind sets DF-DH, DO-DT are never gated or read."""
    from marsad.events.evaluate import eval_folder

    shared = need_shared()
    dg = _devgold()
    for s in DEV_SETS:
        dg.main(["unpack", str(ROOT / "dev" / "gold" / s), str(tmp_path), "--shared", str(shared)])
    res = eval_folder(tmp_path, shared)["all"]
    assert res["f1"] >= FLOOR, res


FLOOR = 0.75

"""Shared test fixtures: the ../shared data folder (tests that need it skip when it is absent)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_991ebc19782e432f.txt"


def need_shared(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available (../shared is absent)")
    return p


@pytest.fixture
def shared():
    return need_shared()


@pytest.fixture
def seed_text() -> str:
    return need_shared("seeds", "000_991ebc19782e432f.txt").read_text(encoding="utf-8")

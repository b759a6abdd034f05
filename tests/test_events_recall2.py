"""Recall constructions found by a recall audit of fresh corpus articles (blind-like data): required events the coder
missed although the sentence names them plainly."""
from __future__ import annotations

from conftest import factual, full, party


def test_army_attack_on_rebels_of_the_same_state_stands(pipe):
    # one country on both sides (civil war): the launch verb marks the author; not vetoed
    doc = full(pipe, "نفذت قوات الجيش الوطني هجوما على مواقع ميليشيات الحوثي في محافظة صعدة.")
    ev = factual(doc, "ASSAULT")
    assert ev, doc["events"]
    assert "Houthis" in party(doc, ev[0]["recipients"])


def test_regime_attack_on_opposition_factions_stands(pipe):
    doc = full(pipe, "وشن الجيش الأفغاني هجوما على مواقع حركة طالبان في ولاية هلمند الأحد.")
    ev = factual(doc, "ASSAULT")
    assert ev and "Taliban" in party(doc, ev[0]["recipients"]), doc["events"]


def test_verbal_attack_by_a_leader_is_no_assault(pipe):
    doc = full(pipe, "شن الرئيس الأمريكي دونالد ترامب هجوما على حلفائه عبر حسابه الرسمي في تويتر.")
    assert not factual(doc, "ASSAULT")

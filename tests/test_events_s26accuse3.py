"""s26accuse3: two accusations of one story with as many parties each are one occurrence only when each telling's
parties all find a match in the other (events/stage.py _merge): the Iranian opposition's charge against the
Iranian regime is not the German prosecution's charge against an Iranian diplomat told again."""
from __future__ import annotations

from conftest import factual, full, party


def test_two_accusations_with_one_shared_side_stay_two(pipe):
    doc = full(pipe, "اتهام رسمي بقضية المخطط الإيراني الإرهابي في باريس\n\nوجه الادعاء الألماني، الأربعاء، الاتهام رسميا إلى دبلوماسي إيراني على خلفية التجسس، والتخطيط "
                     "لمؤامرة إرهابية نجحت أجهزة أمنية في دول أوروبية بإحباطها. وعقب إحباط المؤامرة الإرهابية، اتهمت "
                     "المعارضة الإيرانية، النظام الإيراني بالتخطيط لاستهداف مؤتمرها في باريس.")
    evs = factual(doc, "ACCUSE")
    assert len(evs) == 2
    assert any("المعارضة" in party(doc, e["actors"]) and "النظام" in party(doc, e["recipients"]) for e in evs)
    assert any("الادعاء" in party(doc, e["actors"]) for e in evs)

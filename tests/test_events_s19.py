"""Session 19 (development sets Y and Z opened): a lifted ban or curfew is lifted from the party or place named after
its عن/على, not from a party of the next clause. Sentences from the 2018 news corpus."""
from __future__ import annotations

from conftest import factual, full, party


def _eased(doc, actor: str, recipient: str) -> bool:
    return any(actor in party(doc, e["actors"]) and recipient in party(doc, e["recipients"])
               for e in factual(doc, "CONCEDE"))


def test_curfew_lifted_from_a_town(pipe):
    # (before: the town was dropped as a place and the protesters of the next clause became the recipient)
    doc = full(pipe, "رفعت السلطات العراقية حظر التجول عن مدينة النجف جنوبي العاصمة بغداد، بينما قام متظاهرون "
                     "بإحراق مكاتب حزب الدعوة.", published="2018-07-15T12:00")
    assert _eased(doc, "IRQ", "Najaf"), doc["events"]
    assert not any("متظاهرون" in party(doc, e["recipients"]) for e in factual(doc, "CONCEDE")), doc["events"]


def test_ban_lifted_search_stops_at_the_next_clause(pipe):
    # (before: the على of "على مدار ستة أشهر" after بعدما was read as the ban's, and "الأمن" became the recipient)
    doc = full(pipe, "قال البيت الأبيض اليوم الثلاثاء إنه تم رفع حظر سفر مواطني تشاد إلى الولايات المتحدة بعدما خلصت "
                     "مراجعة أجرتها الحكومة الأميركية على مدار ستة أشهر إلى وجود تحسن في معايير الأمن بالبلد الأفريقي.",
               published="2018-04-10T18:00")
    assert _eased(doc, "USA", "TCD"), doc["events"]

"""Session 31 review: أنكر and its forms deny the act they govern, as نفى does (cues.tsv negv). Sentences from the 2018
corpus."""
from __future__ import annotations

from conftest import factual, full


def test_denied_targeting_is_not_told_as_done(pipe):
    doc = full(pipe, "وينكر الجيش في ميانمار استهداف المدنيين الروهينجا، ويقول إنه يستهدف مسلحين من هذه الأقلية.")
    assert not [e for e in factual(doc, "ASSAULT") if e["trigger"]["text"] == "استهداف"]  # (يستهدف مسلحين stays)


def test_denied_approval_is_no_agreement(pipe):
    doc = full(pipe, "أنكر مسؤولان روسيان من الكرملين بأن الموافقة على أمر تسميم الجاسوس الروسي السابق سيرغي سكريبال، "
                     "اتى بموافقة من الكرملين.")
    assert not factual(doc, "AGREE")

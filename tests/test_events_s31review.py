"""Session 31 review: أنكر and its forms deny the act they govern, as نفى does (cues.tsv negv); a suicide bomber between
فجر and نفسه is the author unless the story names the claimer. Sentences from the 2018
corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_denied_targeting_is_not_told_as_done(pipe):
    doc = full(pipe, "وينكر الجيش في ميانمار استهداف المدنيين الروهينجا، ويقول إنه يستهدف مسلحين من هذه الأقلية.")
    assert not [e for e in factual(doc, "ASSAULT") if e["trigger"]["text"] == "استهداف"]  # (يستهدف مسلحين stays)


def test_denied_approval_is_no_agreement(pipe):
    doc = full(pipe, "أنكر مسؤولان روسيان من الكرملين بأن الموافقة على أمر تسميم الجاسوس الروسي السابق سيرغي سكريبال، "
                     "اتى بموافقة من الكرملين.")
    assert not factual(doc, "AGREE")


# --- "فجر انتحاري نفسه": the bomber between the verb and its reflexive object (triggers.tsv), and the claimer ---------

def test_bomber_between_verb_and_reflexive_is_the_author(pipe):
    doc = full(pipe, "أعلنت وزارة الداخلية الأفغانية مقتل شخص واحد على الأقل وجرح ستة آخرين، السبت، عندما فجر انتحاري "
                     "نفسه أمام مقر الاستخبارات الأفغانية في كابول.")
    ev = [e for e in factual(doc, "ASSAULT") if e["actors"]]
    assert ev and "انتحاري" in party(doc, ev[0]["actors"])


def test_claimer_stands_for_the_bomber(pipe):
    doc = full(pipe, "إذ فجر انتحاري نفسه أمام مركز اقتراع في مدينة كويتا جنوب غربي البلاد. وأعلن تنظيم الدولة "
                     "الإسلامية مسؤوليته عن هذا الهجوم.")
    ev = [e for e in factual(doc, "ASSAULT") if e["actors"]]
    assert ev and "Islamic State" in party(doc, ev[0]["actors"]) and "انتحاري" not in party(doc, ev[0]["actors"])


def test_dawn_with_itself_is_no_bombing(pipe):
    doc = full(pipe, "ووصل الوفد فجر اليوم نفسه إلى العاصمة.")
    assert not factual(doc, "ASSAULT")

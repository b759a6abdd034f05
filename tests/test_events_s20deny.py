"""s20deny: denials of a reported claim, an outlet's apology, obstruction as refusal, refusals told by لن / لا تعتزم."""
from __future__ import annotations

from conftest import factual, full, party


def test_denial_of_what_a_party_said_rejects_that_party(pipe):
    # "نفت إيران ما قاله ...": the one whose words are denied is rejected
    doc = full(pipe, "نفت إيران الجمعة ما قاله رئيس الوزراء الإسرائيلي بنيامين نتنياهو بشأن موقع نووي سري في طهران.",
               published="2018-09-28T12:00")
    ev = factual(doc, "REJECT")
    assert ev, doc["events"]
    assert "IRN" in party(doc, ev[0]["actors"])
    assert "ISR" in party(doc, ev[0]["recipients"])


def test_denial_of_a_report_in_a_text_rejects_its_publisher(pipe):
    # "ما جاء في تقرير نشرته صحيفة ...": the outlet that published the report
    doc = full(pipe, "ونفت روسيا ما جاء في تقرير نشرته صحيفة وول ستريت جورنال عن عمال من كوريا الشمالية.")
    ev = factual(doc, "REJECT")
    assert ev, doc["events"]
    assert "RUS" in party(doc, ev[0]["actors"])
    assert "Wall Street Journal" in party(doc, ev[0]["recipients"])


def test_circumstantial_denial_of_an_observatory_announcement(pipe):
    doc = full(pipe, "وقال المتحدث باسم وزارة الدفاع الأمريكية إن هذه المعلومات خاطئة، نافيا ما أعلنه المرصد السوري "
                     "لحقوق الإنسان عن غارات للتحالف.")
    ev = factual(doc, "REJECT")
    assert ev, doc["events"]
    assert "المرصد السوري" in party(doc, ev[0]["recipients"])


def test_denied_report_names_no_one_no_event(pipe):
    # (no author of the denied text is named: no one rejected)
    doc = full(pipe, "نفى الرئيس الأمريكي ما جاء في كتاب جديد يقول إنه أمر بالتخطيط لاغتيال مسؤول.")
    assert not factual(doc, "REJECT"), doc["events"]


def test_what_a_denied_report_told_is_not_asserted(pipe):
    # the meeting inside the denied report is not told as held
    doc = full(pipe, "نفى حزب الله الأحد ما نشرته صحيفة "
                     "\"الجريدة\" الكويتية من كلام منسوب لأمينه العام حسن نصر الله خلال لقاء مع وفد إيراني في بيروت.",
               published="2018-04-01T12:00")
    assert not factual(doc, "CONSULT"), doc["events"]


def test_outlet_named_by_a_brand_word_and_its_apology_to_the_denier(pipe):
    # an outlet the KB lacks, named after its head with a brand word (نيوز); "الموقع" takes it up with its own
    # adjective; its apology answers the denial of its report
    doc = full(pipe, "حزب الله ينفي\n\nنفى حزب الله السبت ما نشره موقع تسنيم نيوز الإيراني من تصريحات منسوبة لأمينه العام."
                     "\nوقد اعتذر الموقع الإيراني في وقت لاحق عن نشره تلك التصريحات.",
               published="2018-04-01T12:00")
    rej = factual(doc, "REJECT")
    assert rej and "تسنيم نيوز" in party(doc, rej[0]["recipients"]), doc["events"]
    con = factual(doc, "CONCEDE")
    assert con, doc["events"]
    assert "تسنيم نيوز" in party(doc, con[0]["actors"])
    assert "Hezbollah" in party(doc, con[0]["recipients"])


def test_blocking_a_proposal_refuses_its_owner(pipe):
    doc = full(pipe, "عرقلت الكويت الأربعاء اقتراحا أمريكيا بإصدار إعلان عن مجلس الأمن يندد بإطلاق صواريخ.")
    ev = factual(doc, "REJECT")
    assert ev, doc["events"]
    assert "KWT" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_resisting_a_request_refuses_its_owner(pipe):
    doc = full(pipe, "وبحسب دبلوماسيين، تقاوم فرنسا طلب الولايات المتحدة فرض عقوبات جديدة على إيران.")
    ev = factual(doc, "REJECT")
    assert ev, doc["events"]
    assert "FRA" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_blocking_with_no_owner_named_no_event(pipe):
    # (negative: what is blocked names no one refused)
    doc = full(pipe, "وكانت روسيا قد عرقلت في العاشر من أبريل قرارا يقضي بتحديد المسؤول عن الهجوم.")
    assert not factual(doc, "REJECT"), doc["events"]


def test_topic_of_a_dispute_is_no_act(pipe):
    doc = full(pipe, "تفاصيل خلاف فرنسي بريطاني حول فرض عقوبات على روسيا")
    assert not factual(doc, "SANCTION"), doc["events"]


def test_no_intention_to_lift_sanctions_is_a_refusal(pipe):
    doc = full(pipe, "وقال مسؤولون أمريكيون إن واشنطن لا تنوي رفع العقوبات عن كوريا الشمالية قبل نزع سلاحها.")
    ev = factual(doc, "REJECT")
    assert ev, doc["events"]
    assert "USA" in party(doc, ev[0]["actors"]) and "PRK" in party(doc, ev[0]["recipients"])
    assert not factual(doc, "CONCEDE")


def test_will_not_hand_over_to_a_party_is_a_refusal(pipe):
    doc = full(pipe, "وأكد أردوغان أن أنقرة لا تعتزم تسليم مدينة عفرين للحكومة السورية بعد انتهاء العملية.")
    ev = factual(doc, "REJECT")
    assert ev, doc["events"]
    assert "TUR" in party(doc, ev[0]["actors"]) and "SYR" in party(doc, ev[0]["recipients"])


def test_forsworn_hostile_act_is_no_refusal(pipe):
    # (negative: "لن نطبق الإعادة القسرية" promises not to act against the refugees; no refusal toward them)
    doc = full(pipe, "الأردن: لن نطبق الإعادة القسرية على اللاجئين السوريين")
    assert not factual(doc, "REJECT"), doc["events"]

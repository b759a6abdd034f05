"""Warnings that threaten nothing (session 16, track s16stance): a warning by its definite noun (التحذير، للتحذير،
بالتحذير) of a danger, a warning of growth, influence or preparations, and a crisis "looming on the horizon" (تلوح في
الأفق) are no THREATEN; a warning of what the warned party might do stays one. Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_definite_warning_noun_of_a_danger_is_no_threat(pipe):
    doc = full(pipe, "في إطار عملية واسعة دفعت الأمم المتحدة إلى التحذير من المخاطر الكبيرة على المدنيين.",
               published="2018-06-21T12:00")
    assert not factual(doc, "THREATEN")


def test_crisis_looming_on_the_horizon_is_no_threat(pipe):
    doc = full(pipe, "اتهمت منظمة هيومن رايتس ووتش الجيش المصري بفرض قيود صارمة على حركة الأشخاص، محذرة من "
                     "\"أزمة إنسانية\" تلوح في الأفق.", published="2018-04-24T12:00")
    assert not factual(doc, "THREATEN")


def test_warning_of_growing_presence_is_no_threat(pipe):
    doc = full(pipe, "حذرت إسرائيل مراراً من تنامي الوجود العسكري الإيراني في سوريا المجاورة.",
               published="2018-05-01T12:00")
    assert not factual(doc, "THREATEN")


def test_warning_of_terrorist_preparations_is_no_threat(pipe):
    doc = full(pipe, "وتابع البيان \"لقد حذرت المقاومة الإيرانية مرارا من الاستعدادات الارهابية في مختلف الدول "
                     "الأوروبية\".", published="2018-07-02T12:00")
    assert not factual(doc, "THREATEN")


def test_warning_against_an_act_of_the_warned_stays_a_threat(pipe):
    doc = full(pipe, "تركيا تحذر سوريا من مساعدة الأكراد في عفرين", published="2018-02-20T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "تركيا" in party(doc, ev[0]["actors"]) and "سوريا" in party(doc, ev[0]["recipients"])


def test_condemned_report_goes_to_its_author_not_to_a_campaign_told_beside_it(pipe):
    doc = full(pipe, "رايتس ووتش تتهم الجيش المصري \"باللجوء للعقاب الجماعي\" في سيناء\n\n"
                     "حذرت هيومن رايتس ووتش في تقرير نشرته الاثنين، من \"أزمة إنسانية\" تلوح في الأفق في شمال سيناء، "
                     "مع استمرار الجيش المصري في \"فرض قيود صارمة على حركة الأشخاص والسلع\"، في إطار حملته العسكرية "
                     "في شبه الجزيرة. وندد المتحدث باسم الجيش المصري تامر الرفاعي بالتقرير، مؤكدا \"توزيع حصص "
                     "غذائية بصورة مستمرة على الأهالي\"", published="2018-04-24T12:00")
    ev = [e for e in factual(doc, "ACCUSE") if "الرفاعي" in party(doc, e["actors"])]
    assert ev and "رايتس" in party(doc, ev[0]["recipients"])
    assert not factual(doc, "THREATEN")


def test_warning_after_purpose_lam_of_influence_is_no_threat(pipe):
    doc = full(pipe, "ركز رئيس الوزراء الإسرائيلي بنيامين نتانياهو خلال لقائه بالمستشارة الألمانية أنغيلا ميركل على "
                     "أزمة الهجرة ليحذر من النفوذ الإيراني في الشرق الأوسط.", published="2018-06-04T12:00")
    assert not factual(doc, "THREATEN")

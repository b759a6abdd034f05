"""Threats, refusals and accusations told in reported speech (session 17, track s17speech). Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_consequence_the_subject_will_suffer_threatens_the_subject(pipe):
    doc = full(pipe, "قال الرئيس التركي، رجب طيب أردوغان، لنظيره الروسي، فلاديمير بوتن، الاثنين، إن النظام السوري "
                     "سيواجه عواقب وخيمة إذا أبرم اتفاقا مع المسلحين الأكراد.", published="2018-02-19T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "أردوغان" in party(doc, ev[0]["actors"]) and "سوري" in party(doc, ev[0]["recipients"])


def test_quoted_consequence_after_inna(pipe):
    doc = full(pipe, "وقال دونالد ترامب الاثنين إن إيران \"سوف تعاني عواقب وخيمة لم يشهد التاريخ مثلها إلا القليل "
                     "إذا \"هددت الولايات المتحدة\".", published="2018-07-24T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "ترامب" in party(doc, ev[0]["actors"]) and "إيران" in party(doc, ev[0]["recipients"])
    assert ev[0]["date"] == "2018-07-23"


def test_price_to_pay_is_dated_by_the_statement_not_the_act_punished(pipe):
    doc = full(pipe, "قال الرئيس الأميركي دونالد ترامب إن الرئيس السوري بشار الأسد \"سيدفع ثمنا باهظا\" للهجوم "
                     "الكيماوي الذي شهدته مدينة دوما في الغوطة الشرقية مساء السبت.", published="2018-04-08T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "الأسد" in party(doc, ev[0]["recipients"]) and ev[0]["date"] == "2018-04-08"


def test_warner_of_regret(pipe):
    doc = full(pipe, "وحذر الرئيس الإيراني حسن روحاني اليوم الاثنين من أن ترامب سيندم إذا انسحب من الاتفاق النووي.",
               published="2018-05-07T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "روحاني" in party(doc, ev[0]["actors"]) and "ترامب" in party(doc, ev[0]["recipients"])


def test_a_price_paid_is_no_threat(pipe):
    doc = full(pipe, "وكان ترامب قد أكد على أن المكسيك ستدفع ثمن الجدار.", published="2018-04-08T12:00")
    assert not factual(doc, "THREATEN")


def test_reprisal_threatens_the_author_of_the_act_it_answers(pipe):
    doc = full(pipe, "قالت ماريا زخاروفا، المتحدثة باسم وزارة الخارجية الروسية، إن بلادها \"ستعمل على اتخاذ إجراءات "
                     "انتقامية\"، ردا على العقوبات التي أعلنتها الإدارة الأمريكية على خلفية قضية تسميم العميل الروسي "
                     "السابق سيرغي سكريبال.", published="2018-08-09T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "زاخاروفا" in party(doc, ev[0]["actors"]) and "الأمريكية" in party(doc, ev[0]["recipients"])


def test_intended_reprisal_threatens_the_party_whose_act_it_answers(pipe):
    doc = full(pipe, "روسيا تعتزم اتخاذ \"إجراءات انتقامية\" ردا على العقوبات الأمريكية", published="2018-08-09T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "روسيا" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_prepared_reprisal_against_a_party(pipe):
    doc = full(pipe, "وقالت وزارة الخارجية الروسية إن موسكو لا تزال تعمل على إعداد إجراءات انتقامية ضد بريطانيا "
                     "بعد قرارها طرد 23 دبلوماسيا روسيا.", published="2018-03-15T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "روسي" in party(doc, ev[0]["actors"]) and "بريطانيا" in party(doc, ev[0]["recipients"])


def test_reprisal_answering_a_relative_clause_act(pipe):
    doc = full(pipe, "أعلنت وزارة الخارجية الروسية، الخميس، أن موسكو ستعدّ \"إجراءات انتقامية\"، ردا على العقوبات "
                     "الجديدة التي فرضتها واشنطن بحقها.", published="2018-08-09T12:00")
    ev = factual(doc, "THREATEN")
    assert ev and "واشنطن" in party(doc, ev[0]["recipients"])


def test_similar_measures_proposed_are_no_threat(pipe):
    doc = full(pipe, "تباحثت روسيا مع المستشارة الألمانية أنغيلا ميركل بشكل سري لأجل اقتراح إجراءات مماثلة للسوريين.",
               published="2018-08-09T12:00")
    assert not factual(doc, "THREATEN")


def test_past_reprisal_is_no_threat(pipe):
    doc = full(pipe, "وكانت تركيا قد ردت على العقوبات الأميركية بفرض إجراءات مماثلة.", published="2018-08-20T12:00")
    assert not factual(doc, "THREATEN")

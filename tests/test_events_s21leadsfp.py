"""Precision on unseen text, session 21 (track s21leadsfp): a venue city is no party to a meeting, a failed or
denied act is no fact, the victim named after a perpetrator noun is not the one arrested, a call's لـ-complement,
a veto held as a power, a future arrival, an honour granted, a spokesman's principal, hosting a number of people."""
from __future__ import annotations

from conftest import factual, full, party


def test_city_after_capital_noun_and_demonym_is_where_they_met(pipe):
    doc = full(pipe, "والتقى لافروف وتيلرسون أمس بالعاصمة النمساوية فيينا.")
    ev = factual(doc, "CONSULT")
    assert ev and all("Vienna" not in party(doc, e["recipients"]) for e in ev)
    assert any("Tillerson" in party(doc, e["recipients"] + e["actors"]) and "Lavrov" in party(doc, e["actors"] + e["recipients"])
               for e in ev)


def test_talks_in_a_city_with_an_unnamed_side_or_about_a_matter_have_no_city_party(pipe):
    doc = full(pipe, "أعرب وزير الخارجية التركي مولود جاويش أوغلو عن ارتياحه عقب مباحثات جمعته في جنيف بالأطراف الأوروبية.")
    assert not any("Geneva" in party(doc, e["recipients"]) for e in factual(doc, "CONSULT"))
    doc = full(pipe, "وانطلقت جولة جديدة من محادثات توحيد المؤسسة العسكرية الليبية التي عقدت في القاهرة الأحد.")
    assert not any("Cairo" in party(doc, e["recipients"]) for e in factual(doc, "CONSULT"))
    # (talks a visitor holds in another state's capital with no other side named are still held with it)
    doc = full(pipe, "وأجرى وزير الخارجية الأمريكي مايك بومبيو محادثات استمرت يومين في بيونغ يانغ.")
    assert any("Pyongyang" in party(doc, e["recipients"]) or "PRK" in party(doc, e["recipients"])
               for e in factual(doc, "CONSULT"))


def test_an_act_inside_a_failed_complement_did_not_happen(pipe):
    doc = full(pipe, "فشلت فرنسا في إقناع مجلس الأمن بإدانة الهجوم التركي على عفرين.")
    assert not factual(doc, "ACCUSE")
    doc = full(pipe, "أدان مجلس الأمن الدولي الهجوم التركي على عفرين.")
    assert factual(doc, "ACCUSE")


def test_a_claim_its_clause_judges_false_is_no_fact(pipe):
    doc = full(pipe, "وقالت الخارجية إن ما تردد عن أن الشرطة السعودية اعتقلت الأمير الوليد بن طلال مجددا هو كلام غير صحيح.")
    assert not factual(doc, "COERCE")
    # (a falsity told in a clause of its own leaves the arrest standing)
    doc = full(pipe, "وقالت الوزارة إن الشرطة التركية اعتقلت الصحفي أحمد شيك وإن الأنباء عن مقتله غير صحيحة.")
    assert factual(doc, "COERCE")


def test_the_victim_after_a_perpetrator_noun_is_not_the_one_arrested(pipe):
    doc = full(pipe, "ألقت السلطات الكويتية القبض على قاتلي الخادمة الإثيوبية.")
    assert not any("ETH" in party(doc, e["recipients"]) for e in factual(doc, "COERCE"))
    doc = full(pipe, "اعتقلت الشرطة التركية الصحفي أحمد شيك.")
    assert any("أحمد شيك" in party(doc, e["recipients"]) for e in factual(doc, "COERCE"))


def test_a_call_for_easing_is_no_concession(pipe):
    doc = full(pipe, "دعا البابا فرنسيس خلال قداس عيد الميلاد، الاثنين، للسلام حول العالم، بالأخص لتخفيف معاناة سوريا.")
    assert not factual(doc, "CONCEDE")


def test_a_veto_held_as_a_power_is_no_veto_cast(pipe):
    doc = full(pipe, "وتملك الولايات المتحدة حق النقض (الفيتو) في مجلس الأمن ضد أي قرار يدين إسرائيل.")
    assert not factual(doc, "REJECT")
    doc = full(pipe, "استخدمت الولايات المتحدة حق النقض (الفيتو) ضد مشروع قرار كويتي في مجلس الأمن.")
    assert factual(doc, "REJECT")


def test_a_future_arrival_is_no_visit_yet(pipe):
    doc = full(pipe, "أعلنت الخارجية اللبنانية أن الرئيس الفرنسي إيمانويل ماكرون سيصل إلى بيروت خلال ساعات.")
    assert not factual(doc, "CONSULT")


def test_an_honour_granted_is_no_aid(pipe):
    doc = full(pipe, "جامعة الدول العربية تمنح الرئيس المصري عبد الفتاح السيسي درع العمل العربي")
    assert not factual(doc, "AID")
    doc = full(pipe, "منحت السعودية اليمن مساعدات بقيمة 500 مليون دولار.")
    assert factual(doc, "AID")


def test_a_meeting_a_spokesman_announces_is_his_principals_offer(pipe):
    doc = full(pipe, "وقال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس فلاديمير بوتين سيلتقي نظيره التركي رجب طيب "
                     "أردوغان في أنقرة.")
    ev = factual(doc, "AGREE")
    assert ev and all("Peskov" not in party(doc, e["actors"]) for e in ev)


def test_hosting_a_number_of_people_is_no_meeting(pipe):
    doc = full(pipe, "وأكد الوزير أن الأردن تحمل أعباء كبيرة بعد استقبال أكثر من مليون سوري فروا من الحرب.")
    assert not factual(doc, "CONSULT")


def test_a_span_after_a_bahd_phrase_dates_that_phrase_not_the_act(pipe):
    doc = full(pipe, "قدم رئيس وزراء أرمينيا، سيرغ سركيسيان، الاثنين، استقالته بعد احتجاجات مناهضة للحكومة شلت العاصمة منذ "
                     "أسبوعين.", published="2018-04-23T12:00")
    ev = [e for e in doc["events"] if e["type"] == "RETREAT" and not e["negated"]]
    assert ev and ev[0]["date"] == "2018-04-23" and not ev[0]["historical"]


def test_the_dead_of_protests_are_no_crowd(pipe):
    doc = full(pipe, "أعلنت الشرطة مقتل 5 أشخاص السبت ما يرفع حصيلة ضحايا الاحتجاجات المستمرة ضد الحكومة منذ شهرين إلى 178 "
                     "قتيلا.")
    ev = [e for e in doc["events"] if e["type"] == "PROTEST"]
    assert ev and not any("ضحايا" in party(doc, e["actors"]) for e in ev)

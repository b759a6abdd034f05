"""Cooperative acts (session 13): meetings held at a joint press conference or named by a dual noun or a possessed
meeting noun, talks spoken of, time phrases that are no side, deals reached in a relative clause, welcomes of a visit,
promises of safety, headline acts of several authors, the day of a meeting told after بعد."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import both_sides


def test_press_conference_with_a_counterpart_is_a_meeting(pipe):
    doc = full(pipe, "وأضاف لافروف في مؤتمر صحافي مع نظيره الألماني هايكو ماس في موسكو، أن الأطراف الباقية يجب أن تعمل.")
    ev = factual(doc, "CONSULT")
    assert ev and "RUS" in both_sides(doc, ev[0]) and "DEU" in both_sides(doc, ev[0])


def test_press_conference_with_journalists_is_no_meeting(pipe):
    doc = full(pipe, "وقال ترامب في مؤتمر صحفي مع الصحفيين في البيت الأبيض إن الاتفاق سيء.")
    assert not factual(doc, "CONSULT")


def test_second_side_of_a_call_after_the_first_sides_apposition(pipe):
    doc = full(pipe, "وقال البيان إن القرار جاء في أعقاب مكالمة هاتفية بين النائب العام المصري، نبيل صادق، ونظيره "
                     "الإيطالي جوزيبي بينياتوني يوم الإثنين.")
    ev = factual(doc, "CONSULT")
    assert ev and "EGY" in both_sides(doc, ev[0]) and "ITA" in both_sides(doc, ev[0])


def test_talks_spoken_of_are_no_call(pipe):
    doc = full(pipe, 'نفى الأرياني ما نشرته "وكالة رويترز" ونسبته لـ"مسؤول حكومي يمني" تحدث عن مفاوضات مع #الحوثيين.')
    assert not factual(doc, "CONSULT")
    doc = full(pipe, "وتحدث ترامب مع ماكرون عن الاتفاق النووي.")
    assert factual(doc, "CONSULT")


def test_party_of_a_time_phrase_is_no_side(pipe):
    doc = full(pipe, "الناتو وروسيا يجريان أول محادثات منذ تسميم سكريبال\n\nيعقد حلف شمال الأطلسي الخميس أول محادثات رسمية له مع "
                     "روسيا منذ حادث تسميم العميل الروسي المزدوج سيرغي سكريبال في بريطانيا.")
    ev = factual(doc, "CONSULT")
    assert ev and all("Skripal" not in both_sides(doc, e) and "سكريبال" not in both_sides(doc, e) for e in ev)


def test_headline_act_of_two_authors_over_one_told_in_the_body(pipe):
    doc = full(pipe, "السعودية والإمارات تؤيدان قرار ترامب بالانسحاب من الاتفاق النووي\n\nأيدت السعودية قرار الرئيس الأمريكي "
                     "دونالد ترامب بانسحاب أمريكا من الاتفاق النووي الإيراني.")
    ev = factual(doc, "SUPPORT")
    assert len(ev) == 2
    assert {"SAU", "ARE"} == {c for e in ev for c in ("SAU", "ARE") if c in party(doc, e["actors"])}


def test_welcome_of_a_visit_by_the_antecedent_of_a_relative(pipe):
    doc = full(pipe, 'والتقت موغيريني رئيس حكومة الوفاق الوطني الليبية فايز السراج الذي رحب في بيان "بأول زيارة إلى ليبيا" '
                     "تجريها المسؤولة الأوروبية.")
    ev = factual(doc, "SUPPORT")
    assert ev and "LBY" in party(doc, ev[0]["actors"]) and "Mogherini" in party(doc, ev[0]["recipients"])


def test_deal_reached_in_a_relative_clause(pipe):
    doc = full(pipe, "وجاء ذلك بعد اتفاق توصلت إليه الحكومة السورية مع فصائل المعارضة في الغوطة.")
    ev = factual(doc, "AGREE")
    assert ev and "SYR" in party(doc, ev[0]["actors"]) and "فصائل" in party(doc, ev[0]["recipients"])


def test_coalition_partners_are_a_party(pipe):
    doc = full(pipe, "توصل رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، في ساعة متأخرة الليلة الماضية إلى تسوية مع حلفاء في "
                     "ائتلافه اليميني المتطرف.")
    ev = factual(doc, "AGREE")
    assert ev and "Netanyahu" in party(doc, ev[0]["actors"]) and "ائتلافه" in party(doc, ev[0]["recipients"])


def test_meeting_after_baad_dated_by_its_own_phrase(pipe):
    doc = full(pipe, "وقال أمير قطر بعد اجتماعه بالرئيس الأميركي دونالد ترامب في البيت الأبيض في 11 من شهر إبريل إن بلاده "
                     "لا تتسامح مع الإرهاب.", published="2018-04-25T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and ev[0]["date"] == "2018-04-11"


def test_possessed_meeting_noun_is_the_persons(pipe):
    doc = full(pipe, "بينما نفت رئاسة فرنسا أن يكون ترامب قد أعطى أي إشارة بشأن القرار الخاص باتفاق إيران خلال اتصاله مع ماكرون.")
    ev = factual(doc, "CONSULT")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "IRN" not in both_sides(doc, ev[0])


def test_dual_noun_of_the_two_persons_named_before(pipe):
    doc = full(pipe, "ترامب أبلغ ماكرون\n\nذكرت الصحيفة أن الرئيس دونالد ترامب أبلغ نظيره الفرنسي، إيمانويل ماكرون، أنه سينسحب من "
                     "الاتفاق.\nوأجرى الرئيسان، الثلاثاء، مشاورات هاتفية.")
    ev = factual(doc, "CONSULT")
    assert ev and "USA" in both_sides(doc, ev[0]) and "FRA" in both_sides(doc, ev[0])


def test_promised_safety_is_an_agreement_told_as_made(pipe):
    doc = full(pipe, "وأكد الرئيس الأمريكي دونالد ترامب أنه سيضمن سلامة الزعيم الكوري الشمالي كيم جونغ أون، في حال نجاح "
                     "القمة الثنائية بينهما.")
    ev = factual(doc, "AGREE")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "PRK" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "وذكرت الصحيفة أن بريطانيا تريد ضمان سلامة سكريبال وابنته بتوطينهما في دولة أخرى.")
    assert not factual(doc, "AGREE")


def test_events_listed_in_text_order(pipe):
    doc = full(pipe, "تعهد المبعوث الأمريكي إلى السودان الأربعاء بالعمل مع الخرطوم ودعم جهودها لإزالتها من القائمة، كما رحب "
                     "بقرارها قطع علاقاتها مع كوريا الشمالية.")
    starts = [(e["start"], e["trigger"]["start"]) for e in doc["events"]]
    assert starts == sorted(starts)


def test_feminine_envoy_title_opens_the_person(pipe):
    doc = full(pipe, "فرض مجلس الأمن الدولي الخميس عقوبات على ستة أشخاص في ليبيا.\nورحبت المندوبة الأمريكية لدى الأمم المتحدة "
                     "نيكي هايلي بالعقوبات الجديدة.")
    ev = factual(doc, "SUPPORT")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "PERSON" == next(
        e["type"] for e in doc["entities"] if e["id"] == ev[0]["actors"][0])


def test_campaign_promise_is_no_agreement(pipe):
    doc = full(pipe, 'وتابع كيري قائلا: "ما يمثله الانسحاب هو وعد انتخابي قدمه ترامب ولا يساعد على تحقيق أي اهداف للرئيس".')
    assert not factual(doc, "AGREE")


def test_ceasefire_extended_by_one_side_is_a_concession(pipe):
    doc = full(pipe, "ذكر القصر الرئاسي في السودان، الخميس، أن الرئيس عمر البشير مدد وقفا من جانب واحد لإطلاق النار مع المتمردين "
                     "في دارفور وجنوب كردفان والنيل الأزرق حتى نهاية العام.")
    ev = factual(doc, "CONCEDE")
    assert ev and "SDN" in party(doc, ev[0]["actors"])
    assert not factual(doc, "ASSAULT")


def test_announced_discussion_is_no_offer(pipe):
    doc = full(pipe, "وصرح بومبيو، يوم الجمعة، أنه سيناقش خلال جولته مستقبل الاتفاق النووي مع إيران الذي أبرم في عام 2015.")
    assert not factual(doc, "AGREE")


def test_call_only_tried_is_no_call(pipe):
    doc = full(pipe, "وقالت العديد من وسائل الإعلام الأمريكية إنها حاولت الاتصال بكروسلاند دون جدوى.")
    assert not factual(doc, "CONSULT")

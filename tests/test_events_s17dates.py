"""Session 17, track s17dates: event dates (a lead act retold by its verbal noun with a day, the plural nouns of
verbal acts, a later statement opening on و + a verb of a verbal act, a day quoted apart from the trigger)."""
from __future__ import annotations

from conftest import factual, full

from marsad.time.dating import _act_keys


def test_verb_and_its_verbal_noun_share_a_key():
    assert _act_keys("احتجزت") & _act_keys("باحتجاز", False)
    assert _act_keys("اعتقلت") & _act_keys("الاعتقال", False)
    assert _act_keys("نددت") & _act_keys("تنديد", False)
    assert _act_keys("هاجمت") & _act_keys("مهاجمه", False)
    assert not _act_keys("احتجزت") & _act_keys("احتجاجات", False)
    # an imperfect in the retelling is a state now, not the act told again
    assert not _act_keys("احتجزت") & _act_keys("ويحتجز", False)


def test_lead_act_retold_by_its_verbal_noun_takes_that_day(pipe):
    # stamped Monday 2018-03-19: the seizure ordered after the ship docked on Sunday
    doc = full(pipe, "إيطاليا تحتجز سفينة إسبانية لإنقاذها لاجئين قرب السواحل الليبية\n\n"
                     "احتجزت السلطات الإيطالية سفينة إسبانية بسبب إنقاذها لاجئين قرب السواحل الليبية واقتيادهم إلى "
                     "صقلية حتى لا يعيدهم خفر السواحل الليبيون إلى إفريقيا.\n"
                     "وأمر المدعي العام في صقلية باحتجاز القارب الإسباني مع طاقمه بعد أن رسى في ميناء بلدة بوزالو "
                     "الأحد، بتهمة \"الصلة الجنائية بعملية لجوء غير شرعية\".", published="2018-03-19T18:28")
    ev = factual(doc, "COERCE")
    assert ev and ev[0]["date"] == "2018-03-18"


def test_day_of_a_relative_clause_is_no_retelling(pipe):
    # "ويحتجز المشتبه فيهم ... عن الحادث الذي وقع ... مساء السبت": the Saturday is the assault's, not the detention's
    doc = full(pipe, "احتجاز عصابة بعد اعتداء جنسي في منتجع سياحي إسباني\n\n"
                     "احتجزت الشرطة الإسبانية أربعة رجال وصبي بشأن اعتداء جنسي على فتاة في منتجع سياحي في جزيرة غران "
                     "كناريا.\nوقالت تقارير إن المجموعة تطلق على نفسها اسم \"قطيع الذئاب الجديد\".\n"
                     "ويحتجز المشتبه فيهم في مخفر للشرطة في بلدة ماسبالوماس، لكن الشرطة لم تقدم الكثير من التفاصيل عن "
                     "الحادث الذي وقع جنوبي الجزيرة مساء السبت.", published="2018-06-27T17:33")
    assert all(e["date"] != "2018-06-23" for e in factual(doc, "COERCE"))


def test_plural_threats_of_the_lead_take_the_day_of_the_statement_told_next(pipe):
    doc = full(pipe, "ترامب وروحاني يتبادلان التصريحات الغاضبة\n\n"
                     "تبادل الرئيسان الأمريكي دونالد ترامب والإيراني محمد حسن روحاني التهديدات العدائية وسط تصاعد "
                     "للتوترات بين واشنطن وطهران في الفترة الأخيرة مع بداية عودة العقوبات الاقتصادية الأمريكية على إيران.\n"
                     "وقال دونالد ترامب الاثنين إن إيران \"سوف تعاني عواقب وخيمة لم يشهد التاريخ مثلها إلا القليل\".",
               published="2018-07-24T00:56")
    ev = factual(doc, "THREATEN")
    assert ev and any(e["date"] == "2018-07-23" for e in ev)


def test_headline_threat_takes_the_day_of_the_statement_opening_on_wa_and_a_verb_of_accusing(pipe):
    # stamped Monday 2018-04-23: the audio message was broadcast late on Sunday
    doc = full(pipe, "داعش يهدد \"كفار\" الانتخابات العراقية\n\n"
                     "قال تنظيم داعش إنه سيهاجم مراكز الاقتراع في العراق خلال الانتخابات البرلمانية المقررة الشهر "
                     "المقبل، وإن أي مشارك في الانتخابات سيعتبر \"كافرا\".\n"
                     "واتهم من وصف نفسه بـ\"المتحدث باسم داعش\" في رسالة صوتية تم بثها في وقت متأخر مساء الأحد، "
                     "الحكومة العراقية بأنها وكيل لإيران، وحذر من أنه سيجري استهداف كل من يرشح نفسه أو يصوت في "
                     "الانتخابات المقررة في 12 مايو.", published="2018-04-23T09:16")
    ev = [e for e in factual(doc, "THREATEN") if e["start"] == 0]
    assert ev and ev[0]["date"] == "2018-04-22"


def test_day_quoted_apart_from_the_meeting_does_not_date_it(pipe):
    # "يوم 12 مايو" sits in the quotation: the meeting told outside it is not dated 12 May (nor of the year before)
    doc = full(pipe, "ماكرون \"لا يدري\" قرار ترامب بشأن \"النووي\"\n\n"
                     "وقال ماكرون للصحفيين في سيدني بعد اجتماع مع رئيس الوزراء الأسترالي مالكولم ترنبول \"لا أعرف ما "
                     "الذي سيقرره الرئيس الأميركي يوم 12 مايو\".", published="2018-05-02T04:20")
    ev = factual(doc, "CONSULT")
    assert ev and all(e["date"] == "2018-05-02" for e in ev)


def test_condemnation_dated_by_the_statement_that_made_it(pipe):
    # stamped Sunday 2018-05-20: "حسب بيان أصدرته وزارة الخارجية المغربية، السبت" is the condemnation's own statement
    doc = full(pipe, "المغرب يدين التحركات العسكرية الأخيرة للبوليساريو\n\n"
                     "دان المغرب التحركات العسكرية الأخيرة لجبهة البوليساريو في بلدة تيفاريتي شرق الجدار العازل "
                     "بالصحراء، وذلك حسب بيان أصدرته وزارة الخارجية المغربية، السبت.", published="2018-05-20T13:16")
    ev = factual(doc, "ACCUSE")
    assert ev and all(e["date"] == "2018-05-19" for e in ev)


def test_quoted_today_is_the_day_of_the_statement_told_before(pipe):
    # stamped Thursday 2018-05-31: the statement quoted ("اليوم") was issued on Wednesday evening
    doc = full(pipe, "الخزينة الأمريكية تضيف كيانين بإيران بقائمة العقوبات\n\n"
                     "أعلنت وزارة الخزينة الأمريكية، مساء الأربعاء، إضافة كيانين وثلاثة قادة من منظمة أنصار حزب الله، "
                     "على قائمة العقوبات لانتهاكات ضد حقوق الإنسان.\n"
                     "جاء ذلك في بيان وصل لموقع CNN بالعربية نسخة منه، وذكر: \"قام مكتب مراقبة الأصول الأجنبية (أوفاك) "
                     "التابع لوزارة الخزانة الأمريكية اليوم بفرض عقوبات على كيانين إيرانيين لارتكابهما انتهاكات لحقوق "
                     "الإنسان بالنيابة عن حكومة إيران.\"", published="2018-05-31T08:46")
    ev = factual(doc, "SANCTION")
    assert ev and all(e["date"] == "2018-05-30" for e in ev)

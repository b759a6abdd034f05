"""Cooperative acts (CONSULT, AGREE, AID) read in the twelfth session's audit of corpus leads: their sides, their
factuality and their day."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import both_sides


def test_a_word_of_a_name_is_no_complementizer(pipe):
    doc = full(pipe, "أعلنت كوريا الجنوبية أن رئيسها مون جيه إن اجتمع مع زعيم كوريا الشمالية كيم جونغ أون، السبت، "
                     "لمناقشة قمة مرتقبة.")
    ev = [e for e in factual(doc, "CONSULT") if "اجتمع" in e["trigger"]["text"]]
    assert ev and "KOR" in both_sides(doc, ev[0]) and "PRK" in both_sides(doc, ev[0])


def test_two_subjects_of_a_discussion_are_its_sides_once_the_topic_goes(pipe):
    doc = full(pipe, "وناقش وزير الخارجية المصري سامح شكري ونظيره الروسي سيرغي لافروف الأزمة السورية.")
    ev = factual(doc, "CONSULT")
    assert ev and "EGY" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


def test_talking_with_someone_is_a_consultation(pipe):
    doc = full(pipe, "وتحدث بومبيو مع كيم جونغ أون لأكثر من ساعة.")
    ev = factual(doc, "CONSULT")
    assert ev and "USA" in both_sides(doc, ev[0]) and "PRK" in both_sides(doc, ev[0])
    doc = full(pipe, "وبعد عرضه للدليل الاثنين، أجرى نتانياهو مكالمات هاتفية بقادة العالم بينهم بوتين.")
    ev = factual(doc, "CONSULT")
    assert ev and "ISR" in both_sides(doc, ev[0]) and "RUS" in both_sides(doc, ev[0])


def test_talking_to_journalists_or_about_someone_is_no_consultation(pipe):
    assert not factual(full(pipe, "وتحدث ترامب مع الصحفيين في البيت الأبيض عن إيران."), "CONSULT")
    assert not factual(full(pipe, "وتحدث الوزير عن العلاقات مع روسيا."), "CONSULT")


def test_a_meeting_dated_next_week_has_not_been_held(pipe):
    doc = full(pipe, "نتنياهو يلتقي بوتين في موسكو الأسبوع المقبل")
    assert not factual(doc, "CONSULT") and any(e["type"] == "CONSULT" for e in doc["events"])


def test_aid_brought_through_a_city_goes_to_its_country(pipe):
    doc = full(pipe, "أعلن الناطق الرسمي باسم تحالف دعم الشرعية في اليمن، العقيد تركي المالكي، الاثنين، أن التحالف "
                     "يواصل إدخال المساعدات عبر مدينة الحديدة، من استمرار العمليات العسكرية في المدينة.")
    ev = factual(doc, "AID")
    assert ev and "YEM" in party(doc, ev[0]["recipients"])


def test_officials_of_a_body_stand_for_it(pipe):
    doc = full(pipe, "وزير الخارجية الأميركية مايك بومبيو بحث الملف مع مسؤولي الناتو على هامش قمة الحلف.")
    ev = factual(doc, "CONSULT")
    assert ev and "بومبيو" in party(doc, ev[0]["actors"]) and "الناتو" in party(doc, ev[0]["recipients"])


def test_the_leader_of_a_side_describes_it(pipe):
    doc = full(pipe, "وقال العميد أحمد خليفة الشامي إن حكومة جنوب السودان وحركة التمرد الرئيسية بقيادة رياك مشار "
                     "توصلوا لاتفاق.")
    ev = factual(doc, "AGREE")
    assert ev and "SSD" in party(doc, ev[0]["actors"]) and "التمرد" in party(doc, ev[0]["recipients"])


def test_an_agreement_takes_the_day_its_signing_is_told_again(pipe):
    doc = full(pipe, "اتفاق تعاون دفاعي بين باكستان وروسيا\n\n"
                     "وقعت باكستان وروسيا اتفاقا دفاعيا غير مسبوق هذا الأسبوع لتدريب القوات الباكستانية.\n"
                     "وقالت وزارة الدفاع الباكستانية إن الاتفاقية وُقعت في روالبندي يوم الثلاثاء (7 أغسطس آب).",
               published="2018-08-10T01:06")
    ev = factual(doc, "AGREE")
    assert ev and ev[0]["date"] == "2018-08-07"


def test_a_meeting_nouns_side_is_not_in_the_next_clause(pipe):
    doc = full(pipe, "بعد قمة هلسنكي ترامب يتراجع ويجدد ثقته بالمخابرات الأميركية")
    assert not any("المخابرات" in party(doc, e["recipients"]) for e in factual(doc, "CONSULT"))
    doc = full(pipe, "قال الرئيس الأميركي، دونالد ترمب، السبت، في ختام قمة مجموعة السبع في كندا، إن القمة بحثت "
                     "التهديد الإيراني، إضافة إلى التطرف.")
    assert not any("IRN" in both_sides(doc, e) for e in factual(doc, "CONSULT"))


def test_a_hostile_act_pledged_is_a_threat(pipe):
    doc = full(pipe, "وكان أردوغان تعهد بمقاضاة قليجدار أوغلو قائلا إنه سيدفع الثمن.")
    assert not factual(doc, "AGREE") and factual(doc, "THREATEN")


def test_a_meeting_with_journalists_is_a_press_encounter(pipe):
    doc = full(pipe, "وخلال اللقاء الذي جمعه بعدد من الإعلاميين الأردنيين، أكد الملك عبدالله أنه يقف إلى جانب الشعب "
                     "الأردني.")
    assert not factual(doc, "CONSULT")


def test_the_subjects_own_title_is_no_other_side(pipe):
    doc = full(pipe, "استقبل مقتدى الصدر، زعيم التيار الصدري الشيعي في العراق، رئيس الوزراء العراقي حيدر العبادي في "
                     "مكتبه ببغداد صباح الأحد.")
    ev = factual(doc, "CONSULT")
    assert ev and "العبادي" in party(doc, ev[0]["recipients"]) and "التيار" not in party(doc, ev[0]["recipients"])


def test_a_meeting_told_as_the_occasion_of_a_statement(pipe):
    doc = full(pipe, "أعلن الرئيس التركي رجب طيب أردوغان الأربعاء عن تنظيم انتخابات مبكرة غداة دعوة من حليفه زعيم "
                     "الحزب القومي دولت بهجلي.\n"
                     "وصرح أردوغان في لقاء صحافي في أنقرة \"قررنا إجراء هذه الانتخابات يوم الأحد في 24 حزيران/يونيو "
                     "2018\"، وذلك إثر لقاء مع زعيم الحزب القومي وحليفه الأساسي دولت بهجلي.",
               published="2018-04-18T14:09")
    ev = [e for e in factual(doc, "CONSULT") if "بهجلي" in party(doc, e["recipients"])]
    assert ev and "TUR" in party(doc, ev[0]["actors"]) and ev[0]["date"] == "2018-04-18"


def test_the_place_a_relative_visit_verb_takes_up_is_visited(pipe):
    doc = full(pipe, "وأكد وزير خارجية سنغافورة فيفيان بالاكريشنان، السبت، من بكين التي يزورها بعد زيارته كوريا "
                     "الشمالية أن الأمور سوف تبدأ في الحدوث.")
    assert not any("CHN" in party(doc, e["actors"]) for e in factual(doc, "CONSULT"))
    assert any("SGP" in party(doc, e["actors"]) and "CHN" in party(doc, e["recipients"]) for e in factual(doc, "CONSULT"))


def test_regret_and_declining_are_no_apology(pipe):
    doc = full(pipe, "أعرب ماكرون عن أسف فرنسا وبريطانيا وألمانيا بشأن قرار الولايات المتحدة الانسحاب من الاتفاق النووي.")
    assert not factual(doc, "CONCEDE")
    doc = full(pipe, "قدم الرئيس الفلبيني رودريغو دوتيرتي اعتذاره للرئيس الأميركي السابق باراك أوباما.")
    assert factual(doc, "CONCEDE")


def test_helping_to_bring_about_is_no_aid(pipe):
    doc = full(pipe, "نتوقع أن تقوم روسيا بواجبها باحترام وفرض اتفاق إيقاف إطلاق النار التي ساعدت في التوصل إليه.")
    assert not factual(doc, "AID")


def test_a_summit_offered_or_proposed_is_not_held(pipe):
    for text in ("اليابان تعرض عقد اجتماع قمة مع كوريا الشمالية",
                 "قالت صحيفة أساهي اليابانية إن اليابان اقترحت على حكومة كوريا الشمالية عقد قمة ثنائية."):
        doc = full(pipe, text)
        assert not factual(doc, "CONSULT"), text


def test_a_party_inside_a_quotation_is_no_side_of_a_meeting_outside_it(pipe):
    doc = full(pipe, "وقالت تيريزا ماي لدى وصولها إلى مقر الاتحاد الأوروبي في العاصمة البلجيكية بروكسل لحضور قمة "
                     "للاتحاد:\" نفذت روسيا هجوما وقحا ومتهورا ضد المملكة المتحدة\".")
    assert not any("RUS" in both_sides(doc, e) for e in factual(doc, "CONSULT"))
    doc = full(pipe, "أفاد مصدر حكومي لبناني الخميس، أن بلاده توصلت لاتفاق مع شركة \"بي إن سبورتس\" القطرية لبث "
                     "مباريات كأس العالم.")
    assert factual(doc, "AGREE")  # (a name in quotation marks is no quotation)


def test_the_genitive_of_a_meeting_noun_met_the_party_after_with(pipe):
    doc = full(pipe, "وجاءت تغريدة ترامب تعليقا على لقاء زعيم كوريا الشمالية، كيم جونغ أون، مع الرئيس الكوري الجنوبي، "
                     "مون جي-إن، في كوريا الجنوبية، الجمعة.")
    ev = factual(doc, "CONSULT")
    assert ev and "PRK" in both_sides(doc, ev[0]) and "KOR" in both_sides(doc, ev[0])
    assert "USA" not in both_sides(doc, ev[0])


def test_those_who_attended_talks_are_their_sides(pipe):
    doc = full(pipe, "وأفاد بيان أن الاتفاق تم التوصل إليه خلال محادثات جرت في عنتيبي في أوغندا توسط فيها الرئيس "
                     "الأوغندي يوويري موسيفيني وحضرها رئيس جنوب السودان سيلفا كير ورئيس السودان عمر حسن البشير ومشار.")
    ev = factual(doc, "CONSULT")
    assert ev and "SSD" in both_sides(doc, ev[0]) and "SDN" in both_sides(doc, ev[0])
    assert "UGA" not in both_sides(doc, ev[0])


def test_talks_held_today_stand_beside_a_summit_planned_for_next_month(pipe):
    doc = full(pipe, "قمة جديدة بين الكوريتين ستعقد في بيونغ يانغ في أيلول المقبل\n\n"
                     "توصلت الكوريتان يوم الاثنين إلى اتفاق من أجل عقد قمة في بيونغ يانغ في أيلول/سبتمبر المقبل، بحسب "
                     "ما أعلنت وكالة الأنباء الكورية الجنوبية، بعد محادثات أجراها وفدا البلدين في المنطقة المنزوعة "
                     "السلاح.", published="2018-08-13T09:19")
    ev = factual(doc, "CONSULT")
    assert ev and ev[0]["date"] == "2018-08-13" and "KOR" in both_sides(doc, ev[0]) and "PRK" in both_sides(doc, ev[0])
    doc = full(pipe, "يلتقي رئيس الوزراء الإسرائيلي بنيامين نتنياهو بالرئيس الروسي فلاديمير بوتين في موسكو الأسبوع "
                     "المقبل، بحسب ما أفاد مكتب رئيس الوزراء الإسرائيلي.")
    assert not factual(doc, "CONSULT")

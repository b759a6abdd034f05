"""Verbal conflict acts, session 13 (track s13verbal): warnings and threats told by a noun or a participle."""
from __future__ import annotations

from conftest import factual, full, party


def test_warning_noun_sent_with_li_is_a_threat(pipe):
    doc = full(pipe, "ووجهت الحكومة التركية تحذيرا لدمشق من التدخل دعما للأكراد في عفرين.")
    ev = factual(doc, "THREATEN")
    assert ev and "TUR" in party(doc, ev[0]["actors"]) and "SYR" in party(doc, ev[0]["recipients"])


def test_warning_or_threat_noun_sent_with_ila_is_addressed(pipe):
    doc = full(pipe, "وكان نتانياهو قد وجه في وقت سابق من الأحد في ميونيخ تحذيرا إلى طهران، قائلا إن بلاده سترد.")
    ev = factual(doc, "THREATEN")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "وجه ترامب تهديدا إلى روسيا.")
    ev = factual(doc, "THREATEN")
    assert ev and "RUS" in party(doc, ev[0]["recipients"])


def test_threat_noun_posed_or_deemed_is_no_threat(pipe):
    for s in ("وجاءت استعادة السيطرة على المعسكر، الذي شكل وجود ميليشات الحوثي فيه تهديدا على الملاحة البحرية.",
              "وقالت ماي إن روسيا تشكل تهديدا للتكتل بأكمله وليس بريطانيا فحسب.",
              "وتعتبر إسرائيل الوجود المتنامي لإيران في سوريا تهديدا لأمنها، وتسعى من خلال روسيا إلى إبعادها."):
        assert not factual(full(pipe, s), "THREATEN"), s


def test_feminine_threat_participle_after_a_criticism_aims_at_its_target(pipe):
    doc = full(pipe, "وجهت المندوبة الأمريكية في مجلس الأمن، نيكي هايلي، انتقادات شديدة إلى الحكومة الروسية، متهمة إياها "
                     "بإسقاط كل التزاماتها المتعلقة بوقف إطلاق النار في سوريا، مهددة بتحرك أمريكي منفرد للرد على ما يجري.")
    ev = factual(doc, "THREATEN")
    assert ev and "RUS" in party(doc, ev[0]["recipients"]) and "USA" in party(doc, ev[0]["actors"])


def test_threatened_is_no_threatening_participle(pipe):
    for s in ("وأصبحت الأرجنتين بعد أن فوتت فرصة الفوز على آيسلندا، مهددة بانتهاء مشوارها عند الدور الأول.",
              "كشف الرئيس التركي، رجب طيب أردوغان، الأحد، أن الولايات المتحدة منحته مهلة مدتها 3 أيام من أجل إطلاق سراح "
              "قس أميركي محتجز في تركيا، مهددة بفرض مزيد من العقوبات."):
        doc = full(pipe, s)
        assert not any("Erdo" in party(doc, e["actors"]) or not e["recipients"] for e in factual(doc, "THREATEN")), s


def test_asking_to_keep_ones_identity_is_no_request(pipe):
    doc = full(pipe, "وقال دبلوماسيان ومسؤولان يمنيان، طلبوا التحفظ على هوياتهم، إن محمد عبد السلام المتحدث باسم "
                     "الحوثيين تواصل بشكل مباشر مع مسؤولين سعوديين في سلطنة عمان.")
    assert not factual(doc, "REQUEST")


def test_refusal_nouns_genitive_refuses_not_the_speaker(pipe):
    doc = full(pipe, 'وقال محمد خالد، وهو معلم من ريف سنحان، إن "ما يجري اليوم بفرض حصار على قريتنا عبر رفض نقاط جماعة '
                     'الحوثي السماح بدخول مساعدات إنسانية يدل على الحقد الدفين لهذه الجماعة تجاهنا".')
    assert not any("خالد" in party(doc, e["actors"]) for e in factual(doc, "REJECT"))


def test_unnamed_people_inside_the_refused_act_are_no_addressee(pipe):
    doc = full(pipe, "وأوضحوا أن المسلحين الحوثيين برروا ذلك بأن الأهالي رفضوا إرسال مقاتلين للانضمام إلى صفوفهم.")
    assert not any("مقاتل" in party(doc, e["recipients"]) for e in factual(doc, "REJECT"))


def test_denial_after_an_adverb_rejects_the_accusers(pipe):
    doc = full(pipe, "اتهمت هولندا وأستراليا رسميا روسيا بالمسؤولية عن إسقاط طائرة الركاب الماليزية في يوليو/تموز عام 2014.\n"
                     "وتنفي روسيا أي ضلوع لها في إسقاط الطائرة وتحطمها.")
    ev = factual(doc, "REJECT")
    assert ev and "RUS" in party(doc, ev[0]["actors"])
    assert "NLD" in party(doc, ev[0]["recipients"]) and "AUS" in party(doc, ev[0]["recipients"])


def test_reaction_targets_every_author_of_the_act(pipe):
    doc = full(pipe, "وتتهم الولايات المتحدة وبريطانيا روسيا وسوريا بالعمل على إخفاء الحقائق بشأن الهجوم.\n"
                     "وترفض موسكو الاتهامات بأنها عبثت في الأدلة الموجودة في موقع الهجوم.")
    ev = factual(doc, "REJECT")
    assert ev and "USA" in party(doc, ev[0]["recipients"]) and "GBR" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات على مواقع سورية.\nووصف نصرالله الضربة بـ \"العدوان\".")
    ev = [e for e in factual(doc, "ACCUSE") if "Nasrallah" in party(doc, e["actors"]) or "نصر" in party(doc, e["actors"])]
    assert ev and all(c in party(doc, ev[0]["recipients"]) for c in ("USA", "GBR", "FRA"))


def test_office_subject_after_the_verb_is_not_the_last_party(pipe):
    doc = full(pipe, "طالبت منظمة هيومن رايتس ووتش الاثنين، السلطات اللبنانية بالتحقيق حول ظروف اعتقال الممثل زياد عيتاني. "
                     "وروى عيتاني في شهادته تفاصيل احتجازه. ودعت مديرة الشرق الأوسط للمنظمة الحقوقية إلى إجراء "
                     "\"تحقيق شامل في معاملته خلال الاحتجاز\".")
    assert not any("عيتاني" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))
    assert any("هيومن" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))


def test_office_that_introduced_the_last_party_still_stands_for_it(pipe):
    doc = full(pipe, "تجدد الغارات الإسرائيلية على قطاع غزة\n\nمن جانب آخر، طالب المتحدث الرسمي باسم الحكومة الفلسطينية يوسف "
                     "المحمود، بـ\"تدخل دولي عاجل وسريع يضمن \"وقف العدوان والاعتداءات الاسرائيلية الخطيرة\".\n"
                     "وحمل المتحدث الرسمي \"حكومة الاحتلال المسؤولية الكاملة عن تدهور الأوضاع الخطير الذي تشهده أرض وطننا\".")
    assert any("المحمود" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))


def test_day_of_a_future_relative_clause_does_not_date_the_act_before_it(pipe):
    doc = full(pipe, "طلبت اليابان من كوريا الجنوبية إعادة التفكير في تقديم حلوى في عشاء القمة، التي ستعقد بين الكوريتين "
                     "الجمعة.", published="2018-04-25T12:00")
    ev = factual(doc, "REQUEST")
    assert ev and ev[0]["date"] != "2018-04-27"


def test_present_denial_takes_no_day_of_the_claim_before(pipe):
    doc = full(pipe, "بريطانيا: هجوم الغاز قد يصيب الجاسوس الروسي وابنته بضعف عقلي\n\nقال قاض بريطاني إن هجوما بغاز أعصاب "
                     "على عميل مزدوج روسي سابق ربما يصيبه بضعف.\nوعثر على سيرجي سكريبال وابنته يوليا مغشيا عليهما في مدينة "
                     "سالزبري يوم الرابع من مارس آذار، وتقول رئيسة الوزراء البريطانية تيريزا ماي إنهما كانا هدفا لهجوم بغاز "
                     "أعصاب سام طورته روسيا. وتنفي موسكو ذلك.", published="2018-03-23T12:00")
    ev = factual(doc, "REJECT")
    assert ev and ev[0]["date"] != "2018-03-04" and not ev[0]["historical"]


def test_denial_answers_an_accusation_of_the_state_by_its_adjective(pipe):
    doc = full(pipe, "وحملت لندن والولايات المتحدة والاتحاد الأوروبي الدولة الروسية مسؤولية الهجوم، رغم أن موسكو نفت "
                     "باستمرار أي ضلوع لها فيه.")
    ev = factual(doc, "REJECT")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_request_noun_sent_with_ila_names_its_addressee(pipe):
    doc = full(pipe, "وجهت تركيا طلبا رسميا إلى ألمانيا لتسليم صالح مسلم.")
    ev = factual(doc, "REQUEST")
    assert ev and "DEU" in party(doc, ev[0]["recipients"])


def test_failure_laid_on_a_party_is_blame(pipe):
    doc = full(pipe, "إثيوبيا تحمل مصر فشل مفاوضات سد النهضة")
    ev = factual(doc, "ACCUSE")
    assert ev and "EGY" in party(doc, ev[0]["recipients"]) and "ETH" in party(doc, ev[0]["actors"])


def test_objecting_to_a_partys_plan_is_a_refusal(pipe):
    doc = full(pipe, "قال وزير الخارجية الليبي إن بلاده تعترض على خطة عرضها الاتحاد الأوروبي لفتح مراكز لدراسة حالات المهاجرين.")
    ev = factual(doc, "REJECT")
    assert ev and "الاتحاد الأوروبي" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "وأضاف أن إسرائيل تعترض على محاولات إيران إقامة تحصينات عسكرية لها في سوريا.")
    ev = factual(doc, "REJECT")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])


def test_objection_as_a_right_or_a_description_is_no_refusal(pipe):
    for s in ("ويرى ناشطون أن موجة الاعتقالات تهدف إلى إرضاء الأطراف المتشددة في النظام، التي تعترض على الإصلاحات.",
              "ولفت جونسون إلى وجود من يعترض على التواصل بين لندن والرياض."):
        assert not factual(full(pipe, s), "REJECT"), s


def test_going_on_despite_warnings_rejects_their_author(pipe):
    doc = full(pipe, "قالت المحكمة الجنائية الدولية، الثلاثاء، إنها \"ستواصل القيام بعملها دون أن يردعها أحد\"، رغم التحذيرات "
                     "الصادرة عن مستشار الأمن القومي الأمريكي، جون بولتون، بأن إدارة الرئيس الأمريكي، دونالد ترامب، سوف "
                     "تتوقف عن تقديم أي \"شرعية أو دعم\" إلى الهيئة الدولية.", published="2018-09-11T09:53")
    ev = factual(doc, "REJECT")
    assert ev and "Bolton" in party(doc, ev[0]["recipients"]) and "الجنائية" in party(doc, ev[0]["actors"])
    doc = full(pipe, "ورغم تحذير ترامب قالت الصين إنها سترد بفرض رسوم جمركية مساوية على السلع الأميركية المستوردة.")
    ev = factual(doc, "REJECT")
    assert ev and "CHN" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_concession_within_one_state_is_no_defiance(pipe):
    doc = full(pipe, "ورغم تهديدات ترامب، صرح نائب الرئيس مايك بنس، الاثنين، أنه سيجري التعامل مع الأعداد المشاركة في القافلة.")
    assert not factual(doc, "REJECT")

"""Precision constructions of the Arabic event coder found by auditing factual events of corpus leads (session 13):
members named after منهم, kin nouns with their genitive, "the latter", honours and titles that are no parties, relative
clauses, places held by a party, interceptor missiles, nominees, campaign promises, future coordination."""
from __future__ import annotations

from conftest import factual, full, party


def test_member_named_after_of_them_is_no_recipient(pipe):
    doc = full(pipe, "وفيما يتعلق بالانتقادات التي وجهها مُشرعون أمريكيون منهم السيناتور جون ماكين، حول إشراف هاسبيل "
                     "لسجن شهد عمليات تعذيب للأسرى.")
    assert not any("McCain" in party(doc, e["recipients"]) or "ماكين" in party(doc, e["recipients"])
                   for e in factual(doc, "ACCUSE"))


def test_kin_noun_genitive_and_second_subject(pipe):
    doc = full(pipe, "ونددت أسر البحارة القتلى وأحزاب المعارضة بشكل غاضب بقرار مون استضافة كيم يونج تشول.")
    assert not any("المعارضة" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_the_latter_is_the_last_party_named(pipe):
    doc = full(pipe, "ويذكر أن السعودية أعلنت عن سلسلة من الإجراءات ضد كندا على خلفية انتقاد الأخيرة لاعتقال من "
                     "وصفتهم بنشطاء المجتمع المدني.")
    assert not any("SAU" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))
    doc = full(pipe, "اجتمع ترامب مع بوتين، وقال الأخير إنه يرفض العقوبات الأمريكية.")
    ev = factual(doc, "REJECT")
    assert ev and "Putin" in party(doc, ev[0]["actors"])


def test_the_latter_as_an_adjective_is_no_party(pipe):
    doc = full(pipe, "وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا شهدت في الأشهر الأخيرة هجمات عدة.")
    assert not any(any(m["text"] == "الأخيرة" for m in e.get("mentions") or []) for e in doc["entities"])


def test_a_medal_is_no_person(pipe):
    doc = full(pipe, 'وقال وزير الدفاع الإسرائيلي أفيغدور ليبرمان، مشيدا بالجندي الذي أطلق النار: "القناص يستحق وسام '
                     'شرف، بينما مصور الفيديو يجب تنزيله إلى أدنى رتبة عسكرية".')
    assert not any(e["type"] == "PERSON" and "وسام" in (e.get("name_ar") or "") for e in doc["entities"])


def test_title_of_a_seminar_is_no_party(pipe):
    doc = full(pipe, 'يستضيف نادي الصحافة السويسري بمدينة جنيف، الأربعاء، ندوة بعنوان "قطر والإرهاب"، بالتزامن مع '
                     'اجتماعات الدورة السابعة والثلاثين لمجلس الأمم المتحدة لحقوق الإنسان.')
    assert not any("QAT" in party(doc, e["actors"] + e["recipients"]) for e in factual(doc, "CONSULT"))


def test_interceptor_missiles_are_no_attack(pipe):
    doc = full(pipe, "أفاد مراسل العربية أن منظومات القبة الحديدية الإسرائيلية أطلقت أكثر من 20 صاروخ اعتراض، بسبب "
                     "نيران رشاشات ثقيلة اطلقتها كتائب القسام من شمال غزة خلال مناورات لها.")
    assert not any("ISR" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))
    doc = full(pipe, '"القبة الحديدية" الإسرائيلية تطلق 20 صاروخا تجاه غزة')
    assert not any("ISR" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_body_a_nominee_would_head_is_no_recipient(pipe):
    doc = full(pipe, "بعدما اتهمت المحامية أنيتا هيل المرشح لرئاسة المحكمة العليا الأمريكية في ذلك الوقت بأنه تحرش بها "
                     "جنسيا عام 1991، استلمت 25,000 رسالة.")
    assert not any("المحكمة العليا" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_object_of_a_relative_clause_is_not_the_next_verbs_subject(pipe):
    doc = full(pipe, 'وقالت صحيفة "حرييت"، إن شخصا كان يقود جراره على طريق رئيسي بوسط مدينة أنقرة، يوم الثلاثاء، '
                     'وأضافت أن عناصر الشرطة التي تحرس البرلمان دعت السائق الى التوقف.')
    assert not any("البرلمان" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))


def test_holder_of_a_place_is_no_attacker(pipe):
    doc = full(pipe, "قالت الإدارة الصحية إن أشخاصا عانوا من أعراض التعرض لغاز الكلور في منطقة الغوطة الشرقية الخاضعة "
                     "لسيطرة المعارضة المسلحة قرب دمشق الأحد وإن طفلا واحدا لقي حتفه.")
    assert not any(e["actors"] for e in factual(doc, "ASSAULT"))


def test_relative_clause_after_the_subject_is_its_apposition(pipe):
    doc = full(pipe, "واتهمت وزارة الدفاع الروسية، التي تدعم الحكومة السورية في الحرب، الأحد مقاتلي المعارضة بالإعداد "
                     "لاستخدام مواد سامة في الغوطة الشرقية.")
    ev = factual(doc, "ACCUSE")
    assert ev and not any("الحكومة السورية" in party(doc, e["recipients"]) for e in ev)


def test_campaign_promise_is_no_agreement(pipe):
    doc = full(pipe, 'وتابع جون كيري قائلا: "ما يمثله الانسحاب هو وعد انتخابي قدمه ترامب ولا يساعد على تحقيق أي اهداف".')
    assert not factual(doc, "AGREE")


def test_imperfect_joined_to_a_future_verb_is_planned(pipe):
    doc = full(pipe, "الأمير محمد بن سلمان سيلتقي ترامب صباح الثلاثاء، ويجتمع أيضا مع نائب الرئيس الأميركي مايك بنس.")
    assert not factual(doc, "CONSULT")


def test_planned_meeting_named_after_a_light_verb(pipe):
    doc = full(pipe, "ومن المرتقب أن يجري الأمير محمد بن سلمان لقاء بقادة الكونغرس الأميركي.")
    assert not factual(doc, "CONSULT")


def test_any_entity_is_no_person(pipe):
    doc = full(pipe, "وتتضمن مسودة حالية لمشروع القانون عقوبة بالسجن على أي فرد أو ممثل لأي كيان قانوني في روسيا يرفض "
                     "تقديم الخدمات.")
    assert not any("كيان" in (e.get("name_ar") or "") for e in doc["entities"])


def test_source_and_exploding_device_are_no_sides(pipe):
    doc = full(pipe, "قتل جندي أميركي من الوحدات الخاصة بانفجار عبوة ناسفة في إقليم هلمند في جنوب أفغانستان، كما أفاد "
                     "البنتاغون.\nوقالت وزارة الدفاع الأميركية في بيان إن السرجنت ريموند راروغال كان يشارك في دورية "
                     "قتالية الأحد حين انفجرت على مقربة منه عبوة ناسفة منزلية الصنع مما أدى إلى مقتله.")
    for e in factual(doc, "ASSAULT"):
        assert "البنتاغون" not in party(doc, e["recipients"]) and "USA" not in party(doc, e["actors"])


def test_relative_clause_of_a_seized_object(pipe):
    doc = full(pipe, "وأعلن التحالف العربي أنه صادر القوارب المعادية، التي كانت تخطط للهجوم على قوات التحالف، وعلى "
                     "متنها رشاش ثقيل.")
    assert not any("قوات" in party(doc, e["recipients"]) for e in factual(doc, "COERCE"))


def test_member_of_the_security_forces_is_that_body(pipe):
    doc = full(pipe, "وفي الفيديو المتداول، يطالب رجل الأمن السعودي سائق السيارة بإبراز رخصة القيادة.")
    assert not any(set(e["actors"]) & set(e["recipients"]) or "الأمن السعودي" in party(doc, e["recipients"])
                   for e in factual(doc, "REQUEST"))


def test_pronoun_of_an_arrest_refers_past_the_apposition(pipe):
    doc = full(pipe, "أعلنت النيابة العامة في باريس الجمعة أن ألكسندر بينالا، مساعد مدير مكتب الرئيس إيمانويل ماكرون، "
                     "تم توقيفه ووضعه رهن التحقيق.")
    ev = factual(doc, "COERCE")
    assert ev and all("Macron" not in party(doc, e["recipients"]) for e in ev)


def test_aide_in_a_construct_chain_is_the_one_arrested(pipe):
    doc = full(pipe, "أعلنت النيابة العامة في باريس صباح الجمعة توقيف مساعد مدير مكتب الرئيس الفرنسي إيمانويل ماكرون، "
                     "ألكسندر بينالا، ووضعه رهن التحقيق.")
    ev = factual(doc, "COERCE")
    assert ev and all("Macron" not in party(doc, e["recipients"]) for e in ev)


def test_resignation_noun_after_another_clause(pipe):
    doc = full(pipe, "كلف العاهل الأردني، الملك عبدالله الثاني، الاثنين، عمر الرزاز، بتشكيل حكومة جديدة، وذلك عقب استقالة "
                     "رئيس الوزراء هاني الملقي.")
    assert not any("حكومة" in party(doc, e["actors"]) for e in factual(doc, "RETREAT"))


def test_fingers_of_accusation_pointed_by_no_one(pipe):
    doc = full(pipe, "احتجت دول عديدة الاثنين على ترؤس سوريا مؤتمر الأمم المتحدة لنزع السلاح، في الوقت الذي توجه فيه "
                     "أصابع الاتهام إلى نظام الرئيس بشار الأسد باستخدام السلاح الكيميائي ضد شعبه.")
    assert not any("SYR" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))
    doc = full(pipe, "ووجهت إسرائيل أصابع الاتهام إلى إيران.")
    ev = factual(doc, "ACCUSE")
    assert ev and "ISR" in party(doc, ev[0]["actors"])


def test_reinforcements_struck_are_no_deployment(pipe):
    doc = full(pipe, "قصفت مقاتلات التحالف العربي تعزيزات عسكرية في مزارع تتحصن فيها ميليشيات الحوثي، شرق الجراحي.")
    assert not factual(doc, "MOBILIZE") and factual(doc, "ASSAULT")


def test_sentence_asked_for_is_not_passed(pipe):
    doc = full(pipe, "طلب مدعون أميركيون الأربعاء من قاض اتحادي إصدار حكم بالسجن لنحو 20 عاما على مصرفي تركي.")
    assert not factual(doc, "SANCTION")


def test_workers_party_of_korea_is_not_british_labour(pipe):
    doc = full(pipe, "وذكرت الصحيفة أن حكومة الزعيم كيم جونغ أون بحثت مع زعماء حزب العمال الكوريين الحاكم في البلاد احتمال "
                     "عقد اجتماع قمة مع اليابان.")
    assert not any(e.get("country") == "GBR" for e in doc["entities"])


def test_demonym_after_a_place_is_part_of_it(pipe):
    doc = full(pipe, "وأعلن ترامب في مؤتمر صحفي في مدينة كيبيك الكندية، والتي استضافت قمة الدول السبع الكبرى، أن مجموعة "
                     "السبع قد تعهدت بمراقبة الطموحات النووية الإيرانية.")
    assert not any("CAN" in party(doc, e["actors"] + e["recipients"]) for e in doc["events"]
                   if not (e["negated"] or e["hypothetical"]))
    doc = full(pipe, "اعتقلت الشرطة الهندية في ولاية كارناتاكا رجلا قيل إنه حضر إلى قسم الشرطة.")
    assert factual(doc, "COERCE")


def test_national_security_council_is_not_the_un_one(pipe):
    doc = full(pipe, "وترأس رئيسة الوزراء تيريزا ماي اليوم اجتماعا لمجلس الأمن الوطني مخصصا لمناقشة هذه الواقعة.")
    assert not any((e.get("name") or "").startswith("United Nations Security") for e in doc["entities"])


def test_a_crowd_is_no_mobilisation(pipe):
    doc = full(pipe, "وكان انتحاري ينتمي لتنظيم داعش فجر نفسه بنفس الولاية في حشد يضم عناصر من طالبان وقوات الأمن ومدنيين.")
    assert not factual(doc, "MOBILIZE")


def test_official_spokesperson_speaks_for_the_body(pipe):
    doc = full(pipe, "قال الجيش الإسرائيلي في بيان له، إن الانفجارات التي تسمع في قطاع غزة ناجمة عن نشاطات عسكرية له هناك.\n"
                     'من جانب آخر، طالب المتحدث الرسمي باسم الحكومة الفلسطينية يوسف المحمود، بـ"تدخل دولي عاجل".')
    assert not any("ISR" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))


def test_the_one_asked_is_the_pronouns_antecedent(pipe):
    doc = full(pipe, "أفاد صديق للعميل الروسي السابق أن سيرغي سكريبال وجه رسالة إلى الرئيس الروسي فلاديمير بوتين قبل عدة "
                     "سنوات يطلب منه فيها العفو عنه لأنه باع أسرارا للاستخبارات البريطانية.")
    ev = [e for e in doc["events"] if e["type"] == "REQUEST" and not e["negated"]]
    assert ev and all("Putin" in party(doc, e["recipients"]) for e in ev)

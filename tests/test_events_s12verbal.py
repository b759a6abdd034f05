"""Appeals, refusals and threats (session 12, track s12verbal): who asks whom when a request is received, a court named
by its kind and nationality, refusals to comment, calls to a common noun phrase in construct, a threat told as the
circumstance of a condemnation, "the Kingdom" as the story's kingdom. Sentences from corpus leads."""
from __future__ import annotations

from conftest import factual, full, party


def test_request_received_is_the_senders(pipe):
    doc = full(pipe, "تلقى الرئيس اللبناني ميشال عون دعوة من الرئيس الفرنسي إيمانويل ماكرون لزيارة باريس.")
    ev = factual(doc, "REQUEST")
    assert ev and "Macron" in party(doc, ev[0]["actors"]) and "Aoun" in party(doc, ev[0]["recipients"])


def test_request_received_by_a_body(pipe):
    doc = full(pipe, "وتلقت منظمة حظر الأسلحة الكيميائية دعوة رسمية من دمشق لإرسال فريق إلى دوما.")
    ev = factual(doc, "REQUEST")
    assert ev and "SYR" in party(doc, ev[0]["actors"]) and "SYR" not in party(doc, ev[0]["recipients"])


def test_request_received_with_no_sender_named_is_no_request_of_the_receiver(pipe):
    doc = full(pipe, "وأوردت وثيقة نشرتها المنظمة الثلاثاء أن رئيس مجلسها التنفيذي تلقى طلبا من الممثل الدائم لروسيا "
                     "للدعوة إلى اجتماع طارئ.")
    assert not any("RUS" in party(doc, e["recipients"]) for e in factual(doc, "REQUEST"))


def test_court_named_by_its_kind_and_nationality(pipe):
    doc = full(pipe, "رفضت محكمة استئناف يونانية، الجمعة، مطلب تركيا بتسليم 8 جنود أتراك.")
    ev = factual(doc, "REJECT")
    assert ev and "GRC" in party(doc, ev[0]["actors"]) and "TUR" in party(doc, ev[0]["recipients"])
    assert "GRC" not in party(doc, ev[0]["recipients"])


def test_fighters_with_an_adjective_are_no_body_of_the_state(pipe):
    doc = full(pipe, 'أكدت كوريا الجنوبية، الأربعاء، انتشار عدة مقاتلات خفية أميركية من طراز "إف 22 رابتور" في كوريا '
                     "الجنوبية.")
    assert not any("USA" in party(doc, e["recipients"]) for e in factual(doc, "MOBILIZE"))


def test_refusal_to_comment_with_its_subject_between(pipe):
    doc = full(pipe, "في الوقت الذي رفضت فيه قوات الدفاع الإسرائيلية التعليق على هذه الأنباء لـCNN.")
    assert not factual(doc, "REJECT")
    doc = full(pipe, 'ورفضت وزارة الدفاع الأميركية "البنتاغون" التعليق على التشكيل الدقيق للقوات التي نفذت الهجوم.')
    assert not factual(doc, "REJECT")


def test_refusal_window_stops_at_the_next_clause(pipe):
    doc = full(pipe, "رفضت الحكومة المصرية طلب إثيوبيا وتعهدت بالرد على أي تصعيد.")
    assert factual(doc, "REJECT")


def test_call_to_a_noun_in_construct_with_a_day_between_commas(pipe):
    doc = full(pipe, "دعا رئيس الوزراء الإسرائيلي بنيامين نتانياهو دول العالم، الأربعاء، إلى توحيد الجهود في مواجهة "
                     "أخطار إلكترونية.")
    ev = factual(doc, "REQUEST")
    assert ev and "Netanyahu" in party(doc, ev[0]["actors"])


def test_call_to_ones_own_citizens_today_is_not_read_as_a_construct(pipe):
    doc = full(pipe, "حثت السلطات الأسترالية مواطنيها اليوم الاثنين على أن يظلوا متيقظين مع استمرار حرائق الغابات.")
    # (session 19: مواطنيها is a party of its own, the Australians; nothing else is the addressee)
    for e in factual(doc, "REQUEST"):
        assert party(doc, e["recipients"]) and all(
            "AUS" in party(doc, [r]) and "مواطنيها" in party(doc, [r]) for r in e["recipients"])


def test_threat_as_the_circumstance_of_a_condemnation_is_aimed_at_its_target(pipe):
    doc = full(pipe, "أدان وزير الخارجية الأميركي، مايك بومبيو، إيران، الأحد، لدعمها الميليشيات المتمردة في اليمن، "
                     "متوعدا في الوقت ذاته بالانسحاب من الاتفاق النووي إذا لم يتم التوصل لاتفاق لإصلاحه.")
    ev = factual(doc, "THREATEN")
    assert ev and "Pompeo" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])


def test_the_kingdom_is_the_kingdom_the_story_named(pipe):
    doc = full(pipe, "أيدت السعودية قرار الرئيس الأمريكي دونالد ترامب بالانسحاب من الاتفاق النووي الإيراني.\n"
                     'وقالت المملكة إن حزب الله والحوثيين استخدموا "القدرات التي نقلتها إيران" لاستهداف المدنيين في '
                     'السعودية واليمن، ودعت المجتمع الدولي لاتخاذ موقف "حازم وموحد" تجاه إيران.')
    ev = factual(doc, "REQUEST")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "Hezbollah" not in party(doc, ev[0]["actors"])


def test_the_kingdom_with_two_kingdoms_named_stays_unread(pipe):
    doc = full(pipe, "بحث الأردن والسعودية أزمة اللاجئين في الرياض.\nودعت المملكة المجتمع الدولي إلى دعم اللاجئين.")
    assert not any("SAU" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))


def test_headline_subject_before_an_unknown_verb_is_the_subject_of_the_joined_call(pipe):
    doc = full(pipe, 'دمشق تستنفر قواتها وتدعو "منظمة حظر الأسلحة الكيميائية" لإرسال بعثة تقصي حقائق')
    ev = factual(doc, "REQUEST")
    assert ev and "SYR" in party(doc, ev[0]["actors"]) and "قواتها" not in party(doc, ev[0]["actors"])


def test_call_after_idh_with_its_subject_after_it(pipe):
    doc = full(pipe, "وأظهرت القمة تباينا في مواقف تركيا وإيران وروسيا إزاء مصير إدلب، إذ دعت أنقرة إلى هدنة، وحذرت من "
                     "كارثة إنسانية.")
    ev = factual(doc, "REQUEST")
    assert ev and "TUR" in party(doc, ev[0]["actors"])


def test_call_told_earlier_with_a_time_between(pipe):
    doc = full(pipe, "وكانت الأمم المتحدة قد دعت في وقت سابق الجمعة إلى فتح تحقيق مستقل حول تلك الحادثة.")
    ev = factual(doc, "REQUEST")
    assert ev and "United Nations" in party(doc, ev[0]["actors"])


def test_party_told_again_after_wa_is_the_subject(pipe):
    doc = full(pipe, "قالت منظمة العفو الدولية إن المحاكمة افتقرت إلى العدالة.\nوطالبت المنظمة بإعادة محاكمة المتهمين أمام "
                     "محاكم مدنية.")
    ev = factual(doc, "REQUEST")
    assert ev and "Amnesty" in party(doc, ev[0]["actors"])


def test_new_party_after_wa_is_left_unread(pipe):
    doc = full(pipe, "رحّبت الحكومة اليمنية الشرعية، مساء الأحد، بجهود الوساطة التي يقودها المبعوث الأممي إلى اليمن، "
                     "مارتن غريفيث.\nودعت ميليشيات الحوثي إلى التجاوب مع هذه الجهود.")
    assert not any("Houthi" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))


def test_denial_of_responsibility_rejects_the_accuser_told_before(pipe):
    doc = full(pipe, "اتهمت بريطانيا روسيا بتسميم الجاسوس الروسي السابق سيرغي سكريبال.\nونفت موسكو مسؤوليتها عن الهجوم على "
                     "سيرجي سكريبال وابنته يوليا.")
    ev = factual(doc, "REJECT")
    assert ev and "GBR" in party(doc, ev[0]["recipients"]) and "Skripal" not in party(doc, ev[0]["recipients"])


def test_denial_with_no_accusation_told_is_no_rejection(pipe):
    doc = full(pipe, "نفى الكرملين مسؤوليته عن الحادث.")
    assert not factual(doc, "REJECT")


def test_threat_object_after_an_adjunct_of_the_occasion(pipe):
    doc = full(pipe, "هدد الرئيس الأميركي دونالد ترامب خلال مشاركته في قمة مجموعة السبع في كندا رئيس الوزراء الياباني "
                     "شينزو آبي بأنه سيُرسل 25 مليون مهاجر مكسيكي إلى اليابان.")
    ev = factual(doc, "THREATEN")
    assert ev and "Abe" in party(doc, ev[0]["recipients"]) and "G7" not in party(doc, ev[0]["recipients"])


def test_threat_with_repetition_adverbs_before_the_act(pipe):
    doc = full(pipe, "وكانت طهران قد هددت عدة مرات سابقا بإغلاق هذا المضيق مع تصاعد الضغوط الغربية عليها.")
    assert factual(doc, "THREATEN")


def test_party_inside_a_denied_charge_is_not_rejected(pipe):
    doc = full(pipe, "وكانت القيادة العسكرية الأميركية في أفريقيا، نفت الجمعة، الاتهامات بقتل مدنيين في غارة شاركت فيها "
                     "قوات أميركية وصومالية.")
    assert not any("مدنيين" in party(doc, e["recipients"]) for e in factual(doc, "REJECT"))

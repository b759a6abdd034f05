"""Verbal events, round 3 (blind audit of 400 unseen 2018 political articles): warnings that threaten nothing, words
that only look like a call or a demand, acts expected, offered or failed, and who made a threat named by a noun with
its relative clause. Short news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import with_trigger


# ---- warnings that threaten nothing ------------------------------------------------------------------------------

def test_warning_of_a_danger_is_no_threat(pipe):
    doc = full(pipe, "حذر الأمين العام للأمم المتحدة أنطونيو غوتيريس الخميس من احتمال نشوب حرب بين روسيا والولايات "
                     "المتحدة.")
    assert not factual(doc, "THREATEN")
    doc = full(pipe, "حذرت السلطات السكان في جزيرة هاواي الكبيرة من ارتفاع مستويات الغاز السام المنبعث من الشقوق.")
    assert not factual(doc, "THREATEN")
    doc = full(pipe, "تحذير من استمرار أجواء التصعيد بين لبنان وإسرائيل")
    assert not factual(doc, "THREATEN")


def test_warning_by_a_report_is_no_threat(pipe):
    doc = full(pipe, "حذر تقرير بريطاني من انتهاج روسيا لأساليب المخابرات السوفيتية خلال الحرب الباردة.")
    assert not factual(doc, "THREATEN")


def test_warning_a_party_of_consequences_stays_a_threat(pipe):
    doc = full(pipe, "وحذر ترمب إيران من \"عواقب وخيمة جداً\" في حال استأنفت برنامجها النووي.")
    ev = factual(doc, "THREATEN")
    assert ev and "Iran" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "حذرت تركيا الحكومة السورية من مساعدة الأكراد الذين يقاتلون القوات التركية.")
    assert factual(doc, "THREATEN")


def test_no_threat_warning_reads_the_data_file():
    from marsad.events.stage import EventStage

    st = EventStage()
    st.setup()
    assert "احتمال" in st.lex.warn_danger and "تقرير" in st.lex.warn_source
    assert "عواقب" not in st.lex.warn_danger


# ---- words that only look like a call or a demand ------------------------------------------------------------------

def test_student_is_no_demand(pipe):
    doc = full(pipe, "وصل الطالب الإيطالي جوليو ريجيني إلى القاهرة في سبتمبر.")
    assert not with_trigger(doc, "REQUEST", "الطالب")


def test_being_in_contact_is_no_call(pipe):
    doc = full(pipe, "وقال البيت الأبيض إن ترامب كان على اتصال بخطيبة خاشقجي، خديجة جنكيز.")
    assert not factual(doc, "CONSULT")
    doc = full(pipe, "كشف مصدر مطلع على الاتصال الهاتفي الذي جرى بين ولي العهد السعودي الأمير محمد بن سلمان "
                     "وجاريد كوشنر.")
    assert factual(doc, "CONSULT")


def test_office_of_communication_is_no_call(pipe):
    doc = full(pipe, "وعلق مدير مكتب الاتصال الحكومي القطري سيف بن أحمد آل ثاني على الصورة المنشورة.")
    assert not factual(doc, "CONSULT")


def test_in_connection_with_is_no_call(pipe):
    doc = full(pipe, "رفعت الولايات المتحدة عقوبات اقتصادية عن السودان وذلك اتصالا بالتقدم الذي أحرزته الخرطوم في "
                     "مجال مكافحة الإرهاب.")
    assert not factual(doc, "CONSULT")


# ---- acts expected, offered or failed ----------------------------------------------------------------------------

def test_meeting_expected_is_not_held(pipe):
    doc = full(pipe, "ويتوقع أن يبحث محمد بن سلمان مع الرئيس المصري ملفات اقليمية ساخنة.")
    assert not factual(doc, "CONSULT")


def test_on_the_eve_of_a_summit_it_is_still_to_come(pipe):
    doc = full(pipe, "قبيل قمة بروكسل.. ترمب \"يشتكي\" من مساهمات شركاء الناتو")
    assert not [e for e in factual(doc, "CONSULT") if "قمة" in e["trigger"]["text"]]


def test_talks_offered_are_not_held(pipe):
    doc = full(pipe, "رفض قائد الحرس الثوري الإيراني، محمد علي جعفري، الثلاثاء، عرض الرئيس الأميركي دونالد ترامب "
                     "المبدئي بإجراء محادثات مع طهران.")
    assert not factual(doc, "CONSULT")


def test_failure_to_agree_is_no_agreement(pipe):
    doc = full(pipe, "فشل أعضاء مجلس الأمن الدولي في الاتفاق على بيان مشترك، مساء الجمعة، بعد جلسة طارئة مغلقة.")
    assert not factual(doc, "AGREE")
    doc = full(pipe, "أخفقت جولة جديدة من المحادثات في التوصل إلى اتفاق بشأن سد النهضة.")
    assert not factual(doc, "AGREE")


def test_agreement_reached_stays(pipe):
    doc = full(pipe, "توصلت إسرائيل إلى اتفاق مع المفوضية السامية للأمم المتحدة لشؤون اللاجئين في جنيف.")
    assert factual(doc, "AGREE")


# ---- a threat named by a noun: its relative clause names who made it -----------------------------------------------

def test_threat_noun_relative_clause_with_waw_initial_verb(pipe):
    doc = full(pipe, "اتهمت الصين الولايات المتحدة بالسعي إلى تدمير التجارة، وذلك رداً على التهديدات التي وجهتها "
                     "واشنطن إلى بكين بفرض رسوم جمركية إضافية.")
    ev = with_trigger(doc, "THREATEN", "التهديدات")
    assert ev
    assert "USA" in party(doc, ev[0]["actors"]) and "CHN" in party(doc, ev[0]["recipients"])
    assert "CHN" not in party(doc, ev[0]["actors"])


# ---- an agreement referred to is no agreement made -----------------------------------------------------------------

def test_agreement_told_of_is_not_made_again(pipe):
    doc = full(pipe, "وقال ترامب إن الاتفاقية فشلت في قطع الطريق أمام كل النشاطات النووية الإيرانية.")
    assert not factual(doc, "AGREE")
    doc = full(pipe, "وأعلنت واشنطن الأسبوع الماضي أنها ستنسحب من اتفاقية الصداقة مع إيران.")
    assert not factual(doc, "AGREE")
    doc = full(pipe, "وبعد ذلك ألغى رئيس الوزراء بنيامين نتنياهو اتفاقا مع المفوضية السامية لشؤون اللاجئين.")
    assert not factual(doc, "AGREE")


def test_agreement_signed_or_described_stays():
    from marsad.events.stage import _not_an_act
    from marsad.lang.ar import tokenize

    def na(sentence, word):
        toks = tokenize(sentence)
        k = next(i for i, t in enumerate(toks) if t.text == word)
        return _not_an_act(toks, k, k + 1, "AGREE")
    assert na("قال ترامب إن الاتفاقية فشلت", "الاتفاقية")
    assert na("انسحاب الولايات المتحدة من اتفاقية التجارة الحرة", "اتفاقية")
    assert not na("وتشير الاتفاقية إلى أن البلدين سيتعاونان", "الاتفاقية")
    assert not na("الساحة هي الاتفاقية الأمنية التي وقعتها دول الخليج", "الاتفاقية")
    assert not na("الكويت والفلبين يوقعان اتفاقية تنهي أزمة العمالة", "اتفاقية")
    assert not na("تم رسميا التوقيع على اتفاقية بيع ألاسكا", "اتفاقية")


def test_agreement_signed_by_a_verb_stays(pipe):
    doc = full(pipe, "وقعت مصر اتفاقية التعاون العسكري مع روسيا.")
    assert factual(doc, "AGREE")


# ---- a threat posed is a danger, not a threat made ----------------------------------------------------------------

def test_threat_posed_is_no_threat_made(pipe):
    doc = full(pipe, "وقال بومبيو \"الجميع يعرف التهديد الذي تشكله إيران للمنطقة\".")
    assert not factual(doc, "THREATEN")
    doc = full(pipe, "وقال إن الصواريخ الإيرانية تشكل تهديدا حقيقيا لدول الخليج.")
    assert not factual(doc, "THREATEN")
    doc = full(pipe, "ذكر مسؤولون أن كوريا الشمالية زادت تخصيب اليورانيوم في ضربة لترامب بشأن \"انتفاء التهديد النووي "
                     "الكوري الشمالي\".")
    assert not factual(doc, "THREATEN")


def test_threat_to_do_something_stays(pipe):
    doc = full(pipe, "تهديد بريطاني بالرد على روسيا إذا ثبت تورطها في واقعة الجاسوس سكريبال")
    ev = factual(doc, "THREATEN")
    assert ev and "RUS" in party(doc, ev[0]["recipients"])


# ---- the subject of the next clause is no recipient ----------------------------------------------------------------

def test_next_clause_subject_is_not_the_recipient(pipe):
    doc = full(pipe, "هجوم دوما..  واشنطن تطلب تصويتا الثلاثاء وموسكو تعارض")
    ev = with_trigger(doc, "REQUEST", "تطلب")
    assert ev and "RUS" not in party(doc, ev[0]["recipients"])
    doc = full(pipe, "ترامب يهدد إيران والاتحاد الأوروبي يدعو للحوار")
    ev = with_trigger(doc, "THREATEN", "يهدد")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])
    assert "European Union" not in party(doc, ev[0]["recipients"])


def test_listed_recipients_stay(pipe):
    doc = full(pipe, "دعا وزير الخارجية الأمريكي روسيا وإيران إلى وقف دعم النظام السوري.")
    ev = factual(doc, "REQUEST")
    assert ev and "RUS" in party(doc, ev[0]["recipients"]) and "IRN" in party(doc, ev[0]["recipients"])


def test_name_opening_with_waw_stays_the_recipient(pipe):
    doc = full(pipe, "محكمة العدل الدولية تطلب من واشنطن تخفيف العقوبات على طهران")
    ev = with_trigger(doc, "REQUEST", "تطلب")
    assert ev and "USA" in party(doc, ev[0]["recipients"])


def test_warning_of_a_danger_after_a_long_subject(pipe):
    doc = full(pipe, "وخلال الجلسة حذر مساعد الأمين العام للامم المتحدة للشؤون السياسية تايي- بروك زيريهون من "
                     "\"إمكانية تدهور الوضع في الأيام المقبلة\" بين إسرائيل وقطاع غزة.")
    assert not factual(doc, "THREATEN")


def test_meeting_to_be_arranged_is_not_held(pipe):
    doc = full(pipe, "وصرح المتحدث باسم السفارة لوكالة فرانس برس \"نعتقد أن الوقت قد حان لترتيب لقاء بين السفير "
                     "ألكسندر ياكوفينكو ووزير الخارجية بوريس جونسون\".")
    assert not factual(doc, "CONSULT")
    doc = full(pipe, "قبيل لقاء ترامب وبوتين في هلسنكي، قال المتحدث باسم الكرملين إن موسكو مستعدة للحوار.")
    assert not [e for e in factual(doc, "CONSULT") if "لقاء" in e["trigger"]["text"]]


def test_meeting_held_stays(pipe):
    doc = full(pipe, "وعقد لقاء بين وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي مايك بومبيو في هلسنكي أمس.")
    assert factual(doc, "CONSULT")


# ---- a clause of time without a subject of its own ------------------------------------------------------------------

def test_clause_of_time_shares_the_main_subject(pipe):
    doc = full(pipe, "ألغت إسرائيل خطة كانت تهدف إلى طرد مهاجرين أفارقة بشكل جماعي بعد أن توصلت إلى اتفاق مع "
                     "المفوضية السامية للأمم المتحدة لشؤون اللاجئين.")
    ev = factual(doc, "AGREE")
    assert ev and "ISR" in party(doc, ev[0]["actors"])
    doc = full(pipe, "أعلنت مصر رفع الحظر عن الواردات الروسية بعد أن اتفقت مع موسكو على استئناف الرحلات.")
    ev = factual(doc, "AGREE")
    assert ev and "EGY" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


def test_main_subject_not_read_across_a_quote():
    from marsad.events.stage import _main_subject
    from marsad.lang.ar import tokenize

    text = "وقال راخوي \"سيصبح بيدرو سانشيز رئيس الحكومة الجديد\"، قبل أن يهنئ خصمه."
    toks = tokenize(text)
    ts = next(i for i, t in enumerate(toks) if t.text == "يهنئ")
    assert _main_subject(text, toks, [{"prep": None, "s": 4, "e": 6, "ids": ["x"]}], ts, 0) is None


# ---- a view shared is no agreement; an answer is no reprisal --------------------------------------------------------

def test_agreeing_on_a_judgement_is_no_agreement(pipe):
    doc = full(pipe, "واتفق زعماء الاتحاد الأوروبي، الأسبوع الماضي، على أنه من المرجح أن تكون موسكو ضالعة في تسميم "
                     "سكريبال.")
    assert not factual(doc, "AGREE")
    doc = full(pipe, "ونقلت وسائل إعلام روسية عن بيان للكرملين أن روحاني وبوتين اتفقا على أن الضربات الغربية أضرت بفرص "
                     "التوصل إلى حل سياسي في سوريا.")
    assert not factual(doc, "AGREE")


def test_agreeing_on_an_act_stays(pipe):
    doc = full(pipe, "واتفق ترامب وكيم جونغ أون في القمة التاريخية على أن يتم التعاون بين الجانبين لنزع السلاح النووي.")
    assert factual(doc, "AGREE")
    doc = full(pipe, "اتفقت مصر والسودان على تشكيل لجنة مشتركة.")
    assert factual(doc, "AGREE")


def test_answering_concerns_is_no_reprisal(pipe):
    doc = full(pipe, "في الوقت نفسه، أكد القادة الأوروبيون أنهم \"سيردّون على المخاوف الأمريكية حيال الدور الإقليمي "
                     "لإيران\".")
    assert not factual(doc, "THREATEN")
    doc = full(pipe, "وقال لافروف إن روسيا سترد على العقوبات الأمريكية.")
    assert factual(doc, "THREATEN")


def test_agreed_judgement_reader():
    from marsad.events.stage import _agreed_judgement
    from marsad.lang.ar import tokenize

    def j(sentence):
        toks = tokenize(sentence)
        return _agreed_judgement(toks, 1)
    assert j("اتفقا على أن الضربات الغربية أضرت بفرص الحل")
    assert j("اتفقوا على أنه لن يكون هناك حل عسكري")
    assert not j("اتفقا على أن يتم التعاون بين الجانبين")
    assert not j("اتفقا على أن الاجتماع المقبل سيعقد في القاهرة")
    assert not j("اتفقا على تشكيل لجنة مشتركة")

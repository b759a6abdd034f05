"""Precision, session 33 (track s33prec): events coded where the text tells none, found by auditing a random sample of
150 factual events on the corpus leads. A past month named without a day (في مارس الماضي) dates background; a threat
noun that names nothing threatened is a danger; بحذر is a manner; a warning that a situation may worsen threatens
nobody; verbal nouns joined to what a call asks for are asked for too. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import full, party
from evhelpers import current


# --- a past month without a day, told before the act or its report, is background (events/dates.sentence_cues) ------

def test_arrests_reported_last_march_are_background(pipe):
    doc = full(pipe, "وقالت وزارة الداخلية في مارس الماضي إن السلطات اعتقلت 77 ألف شخص، ووجهت لهم اتهامات رسمية فيما "
                     "يتعلق بالانقلاب وأغلقت نحو 130 وسيلة إعلامية.", "2018-07-18T10:00")
    assert not current(doc, "COERCE")


def test_strike_announced_last_may_is_background(pipe):
    doc = full(pipe, "وكان ليبرمان أعلن، في مايو/ أيار الماضي، أن الجيش الإسرائيلي وجه ضربة استهدفت أغلب البنى التحتية "
                     "العسكرية الإيرانية في سوريا.", "2018-09-03T10:00")
    assert not current(doc, "ASSAULT")


def test_arrest_with_its_own_day_keeps_it_beside_a_past_month(pipe):
    doc = full(pipe, "واعتقلت الشرطة التركية الخميس صحفيا بتهمة المشاركة في احتجاجات مارس الماضي.", "2018-09-03T10:00")
    ev = current(doc, "COERCE")
    assert ev and ev[0]["date"] == "2018-08-30"


# --- a threat noun with nothing threatened names a danger (stage._threat_unstated) -----------------------------------

def test_dealing_with_the_threat_of_isis_is_no_threat(pipe):
    doc = full(pipe, "وحول العملية التي يشنها الجيش المصري في سيناء ضد تنظيم \"داعش\"، قال فوتيل: \"نحن نتواصل بشكل جيد "
                     "مع شركائنا في مصر، وندرك العمليات التي تجري في سيناء، وهم يحاولون التعامل مع تهديد داعش، ونأمل أن "
                     "ينجحوا\".", "2018-03-28T10:00")
    assert not current(doc, "THREATEN")


def test_iranian_threats_not_limited_to_syria_is_no_threat(pipe):
    doc = full(pipe, "وأضاف ليبرمان: \"نراقب كل ما يحدث في سوريا، ولكن التهديدات الإيرانية لا تقتصر على الأراضي السورية "
                     "فقط\".", "2018-09-03T10:00")
    assert not current(doc, "THREATEN")


def test_threat_noun_with_what_is_threatened_after_a_comma_is_a_threat(pipe):
    doc = full(pipe, "يأتي تهديد إسرائيل لطهران، بتشكيل تحالف دولي عسكري ضدها إذا ما حاولت إغلاق مضيق هرمز.")
    ev = current(doc, "THREATEN")
    assert ev and "Israel" in party(doc, ev[0]["actors"])


def test_threat_verb_stays_a_threat(pipe):
    doc = full(pipe, "كما حذر الرئيس الإيراني، حسن روحاني، أيضا ترامب، الثلاثاء، من مغبة الانسحاب من الاتفاق، وقال إنه "
                     "سيواجه \"عواقب وخيمة\" إذا فعل ذلك.", "2018-05-08T10:00")
    assert current(doc, "THREATEN")


# --- بحذر is a manner, no warning (triggers.tsv NONE) -----------------------------------------------------------------

def test_commenting_cautiously_is_no_warning(pipe):
    doc = full(pipe, "ويتعامل الإليزيه بحذر مع النتائج المتوقعة للانتخابات الإيطالية.")
    assert not current(doc, "THREATEN")


# --- a warning that a situation may worsen threatens nobody (warnings.tsv situation) ----------------------------------

def test_warning_that_the_situation_may_worsen_is_no_threat(pipe):
    doc = full(pipe, "الأمين العام للأمم المتحدة يطالب بتحقيق مستقل بشأن مقتل فلسطينيين في غزة\n\nويحتشد متظاهرون في 5 مناطق رئيسية قرب الشريط الحدودي لقطاع غزة. وحذر مساعد الأمين العام للأمم "
                     "المتحدة للشؤون السياسية، تايي-بروك زيريهون، من أن الوضع في غزة قد يتدهور خلال الأيام المقبلة.",
               "2018-03-31T10:00")
    assert not current(doc, "THREATEN")


def test_warning_that_ones_own_side_will_act_is_a_threat(pipe):
    doc = full(pipe, "وحذر وزير الخارجية الإيراني محمد جواد ظريف، السبت، من أنّ إيران مستعدة لاستئناف تخصيب اليورانيوم "
                     "بقوة إذا تخلت الولايات المتحدة عن الاتفاق النووي.", "2018-04-22T10:00")
    assert current(doc, "THREATEN")


# --- verbal nouns joined to what a call asks for are asked for (stage._called_for_chain) -----------------------------

def test_release_joined_to_a_call_is_called_for(pipe):
    doc = full(pipe, "وقال ترامب في بيان \"ندعو نظام مادورو إلى استعادة الديمقراطية وإجراء انتخابات حرة ونزيهة وإطلاق "
                     "سراح كل السجناء السياسيين فورا وبدون شروط وإنهاء القمع\".", "2018-05-21T10:00")
    assert current(doc, "REQUEST") and not current(doc, "RETREAT")


def test_finite_verb_after_a_call_is_told_as_done(pipe):
    doc = full(pipe, "ودعا الرئيس إلى الحوار، واعتقلت الشرطة عشرات المتظاهرين.")
    assert current(doc, "COERCE")


# --- a meeting struck by an attack is its target, no consultation (stage._attacked_meeting) -------------------------

def test_meeting_of_houthi_leaders_struck_is_no_consultation(pipe):
    doc = full(pipe, "كما استهدف طيران تحالف دعم الشرعية في اليمن، اجتماعا لقيادات ميليشيات الحوثي غرب صرواح.")
    assert current(doc, "ASSAULT") and not current(doc, "CONSULT")


def test_attack_on_a_taliban_meeting_is_no_consultation(pipe):
    doc = full(pipe, "وأعلن مكتب حاكم الإقليم إن هجوم، الاثنين، الذي نفذته القوات الجوية الأفغانية على اجتماع لطالبان "
                     "أسقط عددا غير معروف من الضحايا المدنيين.", "2018-04-03T10:00")
    assert not current(doc, "CONSULT")


def test_meeting_told_after_an_attack_in_another_phrase_is_held(pipe):
    doc = full(pipe, "استهدف مسلحون دورية للجيش، بينما عقد لافروف وتشاووش أوغلو اجتماعا في أنقرة.", "2018-08-14T10:00")
    assert current(doc, "CONSULT")


# --- agreeing on a view is no agreement (stage._agreed_view, wordsets agree/view) ------------------------------------

def test_agreeing_on_the_importance_of_unity_is_no_agreement(pipe):
    doc = full(pipe, "ترامب يدعو أمير قطر لزيارة واشنطن\n\nأجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع أمير قطر "
                     "الشيخ تميم بن حمد آل ثاني. واتفق الزعيمان على أهمية التعاون الإقليمي ووحدة مجلس التعاون الخليجي.",
               "2018-03-01T10:00")
    assert not current(doc, "AGREE")


def test_agreeing_with_intelligence_findings_is_no_agreement(pipe):
    doc = full(pipe, "وقال ترامب \"أوافق على استخلاصات أجهزة استخباراتنا لجهة أن روسيا تدخلت في انتخابات 2016\"، مشددا "
                     "على \"احترامه\" لهذه الوكالات الفدرالية.", "2018-07-17T10:00")
    assert not current(doc, "AGREE")


def test_agreeing_on_an_act_to_do_is_an_agreement(pipe):
    doc = full(pipe, "وقالت وزارة الوحدة في كوريا الجنوبية إن الكوريتين اتفقتا، الثلاثاء، على إجراء محادثات رفيعة "
                     "المستوى الأربعاء.", "2018-04-11T10:00")
    assert current(doc, "AGREE")


# --- aid workers and rescue boats are no aid given (triggers.tsv NONE) ----------------------------------------------

def test_aid_workers_saying_is_no_aid(pipe):
    doc = full(pipe, "ويقول موظفو إغاثة إن بعض كبار المسؤولين الحوثيين الذين تسيطر قواتهم على العاصمة صنعاء اعترضوا على "
                     "التطعيمات.", "2018-05-08T10:00")
    assert not current(doc, "AID")


def test_sentenced_aid_worker_is_no_aid(pipe):
    doc = full(pipe, "قال رئيس المحكمة الثورية في طهران، موسى غضنفر آبادي، إن موظفة الإغاثة البريطانية الإيرانية التي "
                     "حكم عليها بالسجن خمس سنوات ستحاكم مجددا.", "2018-05-26T10:00")
    assert not current(doc, "AID")


def test_aid_sent_is_aid(pipe):
    doc = full(pipe, "أعلنت مصر، الخميس، إرسال \"مساعدات إنسانية عاجلة\" إلى الخرطوم جراء السيول والأمطار الغزيرة.",
               "2018-08-16T10:00")
    assert current(doc, "AID")

"""Verbal appeals, refusals and threats (REQUEST, REJECT, THREATEN): who asks, refuses or threatens, and whom.
Short news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import one_factual


# ---- a verb opening its clause after a comma has its subject after it ---------------------------------------------

def test_verb_after_a_fronted_clause_and_a_comma_takes_the_subject_after_it(pipe):
    doc = full(pipe, "بعد أن أعلن الرئيس التركي أن بلاده تتعرض لحرب اقتصادية ومؤامرة سياسية من الجانب الأمريكي، دعا "
                     "الثلاثاء رجب طيب أردوغان إلى مقاطعة المنتجات الإلكترونية الأمريكية.", "2018-08-14T12:00")
    ev = one_factual(doc, "REQUEST", "دعا")
    assert "أردوغان" in party(doc, ev["actors"])
    assert "USA" not in party(doc, ev["actors"])



# ---- a call on a common noun phrase (no party) stands; a generic group of political actors is its recipient --------
# (fifteenth session, appeals.generic_party: the gold sets code such groups as the addressee)

def test_call_on_a_common_noun_phrase_stands_without_recipient(pipe):
    doc = full(pipe, "وقالت المتحدثة باسم الخارجية الأمريكية في بيان إن اليمن لا يستطيع تحمل المزيد من الانقسامات.\n"
                     "وتدعو الولايات المتحدة مختلف أطراف النزاع إلى التركيز على العملية السياسية التي تقودها الأمم المتحدة.")
    ev = one_factual(doc, "REQUEST", "وتدعو")
    assert "USA" in party(doc, ev["actors"])
    assert "أطراف النزاع" in party(doc, ev["recipients"])


def test_adjective_after_the_party_is_no_addressee_phrase(pipe):
    # the authorities are called upon (the speaker is the head of the mission); "المالية" is their adjective
    doc = full(pipe, "وأضاف أن محمد صالح النظيف رئيس البعثة \"يدعو السلطات المالية إلى ضمان إنجاز التحقيق الجاري "
                     "بأسرع ما يمكن\".")
    assert not any("السلطات" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))


# ---- a named body whose name is quoted after its kind ---------------------------------------------------------------

def test_body_named_in_quotes_after_its_kind_calls_on_the_party_after_it(pipe):
    doc = full(pipe, "طالبت منظمة \"هيومن رايتس ووتش\" السلطات المصرية بالإفراج فورا عمن وصفتهم بأنهم \"اعتقلوا بسبب "
                     "انتقاد السلطة\".")
    ev = one_factual(doc, "REQUEST", "طالبت")
    assert "هيومن رايتس ووتش" in party(doc, ev["actors"])
    assert "السلطات المصرية" in party(doc, ev["recipients"])


# ---- a call joined by و to an earlier act of its subject ------------------------------------------------------------

def test_coordinated_call_with_no_addressee_keeps_the_subject_of_the_first_verb(pipe):
    doc = full(pipe, "وشغلت قضية نورا الرأي العام المحلي والدولي، وانتقدت الأمم المتحدة ومنظمات دولية معنية بحقوق "
                     "الإنسان حكم إعدامها، وطالبت بإلغائه.")
    ev = one_factual(doc, "REQUEST", "وطالبت")
    assert "الأمم المتحدة" in party(doc, ev["actors"])


def test_genitive_before_a_coordinated_call_is_no_caller(pipe):
    doc = full(pipe, "ذكرت مصادر دبلوماسية أن واشنطن عززت ضغوطها على موسكو من أجل تصويت الأخيرة إيجابا على مشروع "
                     "أميركي فرنسي بريطاني يندد خصوصا بانتهاك إيران حظر الأسلحة في اليمن، ويطالب باتخاذ إجراءات "
                     "لمواجهة تلك الانتهاكات.")
    assert not any("إيران" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))


# ---- an adjunct between the caller and the act demanded --------------------------------------------------------------

def test_call_past_a_short_adjunct_of_time(pipe):
    doc = full(pipe, "أعيد انتخاب نبيه بري رئيسا لمجلس النواب اللبناني للمرة السادسة على التوالي.\n"
                     "ودعا بري بعد فوزه إلى تشكيل حكومة بأسرع وقت ممكن.", "2018-05-24T12:00")
    ev = one_factual(doc, "REQUEST", "ودعا")
    assert "Nabih Berri" in party(doc, ev["actors"]) or "بري" in party(doc, ev["actors"])


def test_call_past_the_medium_and_a_comma(pipe):
    doc = full(pipe, "ودعا بن دغر في تغريدة على صفحته بموقع \"تويتر\"، الجميع إلى الالتفاف حول الشرعية.")
    ev = one_factual(doc, "REQUEST", "ودعا")
    assert "دغر" in party(doc, ev["actors"])


def test_no_call_when_the_preposition_belongs_to_another_verb(pipe):
    doc = full(pipe, "ودعا بري بعد فوزه الذي أعلن عنه أمس وسط احتفالات أنصاره في بيروت.")
    assert not factual(doc, "REQUEST")


# ---- threats ------------------------------------------------------------------------------------------------------

def test_warning_addressed_past_the_subjects_apposition(pipe):
    doc = full(pipe, "ومن جهتها حذرت حماس، المسيطرة على قطاع غزة، إسرائيل من \"عواقب وخيمة\".")
    ev = one_factual(doc, "THREATEN", "حذرت")
    assert "حماس" in party(doc, ev["actors"])
    assert "ISR" in party(doc, ev["recipients"]) and "قطاع غزة" not in party(doc, ev["recipients"])


def test_threat_to_a_common_noun_phrase_stands_without_recipient(pipe):
    doc = full(pipe, "احتشد عشرات السكان في حي بمدينة الحديدة غرب اليمن، السبت، لمطالبة ميليشيات الحوثي بالإفراج عن "
                     "المعتقلين.\nوبحسب مصادر، فإن الميليشيات هددت المتجمهرين بالقتل، وصادرت هواتف عدد منهم.")
    ev = one_factual(doc, "THREATEN", "هددت")
    assert "الحوثي" in party(doc, ev["actors"]) or "Houthi" in party(doc, ev["actors"])


def test_warning_to_a_state_against_repeating_its_act_is_a_threat(pipe):
    doc = full(pipe, "حذرت تركيا فرنسا من تكرار ما وصفته بـ\"الخطأ ذاته\" الذي ارتكبته الولايات المتحدة بإرسال قوات "
                     "إلى شمال سوريا.")
    ev = one_factual(doc, "THREATEN", "حذرت")
    assert "TUR" in party(doc, ev["actors"]) and "FRA" in party(doc, ev["recipients"])


def test_warning_of_a_danger_stays_no_threat(pipe):
    doc = full(pipe, "حذرت الأمم المتحدة من تكرار المأساة في الغوطة الشرقية مع تواصل القصف.")
    assert not factual(doc, "THREATEN")

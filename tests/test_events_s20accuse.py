"""Session 20 (track s20accuse): a concern stated with its subject between the light verb and عن (أعربت وزارة الخارجية
الفرنسية عن قلقها بشأن ...) accuses the party named in what it is about, not the ones it is felt for; posing a threat
(يشكل تهديدا / يمثل خطرا) and erring (أخطأ، ارتكب خطأ) said of a party in reported speech are implicit blame; المرشد
الأعلى opens a titled phrase (the speaker of a reported clause)."""
import pytest

from evhelpers import record_sides

PUB = "2018-05-10"  # the day the test articles are published


@pytest.mark.parametrize("text,actor,accused", [
    # a concern stated with the subject between the light verb and عن
    ("أعربت الولايات المتحدة عن قلقها بشأن استمرار عمليات شراء غير مشروعة تقوم بها كوريا الشمالية.", "USA", "PRK"),
    ("وأعرب غوتيريس عن قلقه من تصاعد القتال من جانب الحكومة السورية، مشددا على أنه يهدد أمن المنطقة.", "Guterres", "SYR"),
    ("وأعرب البيت الأبيض عن قلقه من الحملة التي تشنها السلطات المصرية ضد معارضين لا ينتهجون العنف.", "USA", "EGY"),
    # posing a threat, in reported speech
    ("قال وزير الخارجية الأميركي مايك بومبيو إن النظام الإيراني يشكل تهديدا خطيرا على استقرار الشرق الأوسط.",
     "بومبيو", "IRN"),
    ("وقالت واشنطن إن طهران تمثل تهديدا أمنيا، وأوصت الدول الأخرى بوقف وارداتها من النفط الإيراني.", "USA", "IRN"),
    # erring, in reported speech
    ("أكد وزير الخارجية السعودي، عادل الجبير، أن كندا ارتكبت خطأ وعليها تصحيحه.", "الجبير", "CAN"),
    ("قال أنور قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، إن الحكومة القطرية أخطأت حين وضعت نفسها في هذا الموقف.",
     "قرقاش", "QAT"),
    # the supreme leader's title opens the speaker's phrase
    ("قال المرشد الأعلى للثورة الإيرانية، آية الله علي خامنئي، إن ترامب أخطأ في قرار الانسحاب من الاتفاق.",
     "خامنئي", "ترامب"),  # (the title phrase a mention of the KB's Khamenei since session 33)
])
def test_accused(pipe, text, actor, accused):
    evs = record_sides(pipe, text, "ACCUSE", PUB)
    assert any(actor in a and accused in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # a concern for people, not about a party's act
    "وقد أعربت الأمم المتحدة، الأسبوع الماضي، عن قلقها حيال مصير نحو 6 آلاف لاجئ فلسطيني داخل مخيم اليرموك.",
    "الرئيس الأمريكي دونالد ترامب يعرب عن قلقه بشأن مصير الصحفي السعودي جمال خاشقجي",
    "وأعرب لوكوك عن قلقه إزاء الأوضاع الإنسانية في اليمن.",
    # negated: no blame
    "قالت مفوضة التجارة في الاتحاد الأوروبي سيسيليا مالمستروم إن الاتحاد لا يمثل تهديدا على أمن الولايات المتحدة.",
    "وقال وزير الداخلية الفرنسي، جيرار كولومب، إن الحكومة لم ترتكب خطأ في قضية بنعلا.",
])
def test_no_accusation(pipe, text):
    assert not record_sides(pipe, text, "ACCUSE", PUB)


def test_concern_to_be_stated_is_planned(pipe):
    # "ستعبر عن قلقها": the light verb's future makes the stance still to come
    text = ("أعلن الناطق باسم رئيسة الوزراء البريطانية تيريزا ماي الثلاثاء أنها ستعبر عن قلقها العميق بشأن الوضع "
            "الإنساني في اليمن لولي العهد السعودي.")
    assert not record_sides(pipe, text, "ACCUSE", PUB)


def test_act_a_concern_is_about_stays_factual(pipe):
    # the arrests a concern is stated about are told as made
    text = "غرد السفير الكندي معربا عن قلقه إزاء الاعتقالات التي تقوم بها السعودية ضد ناشطي حقوق الإنسان."
    assert any("SAU" in a for a, _, _ in record_sides(pipe, text, "COERCE", PUB))
    assert any("SAU" in r for _, r, _ in record_sides(pipe, text, "ACCUSE", PUB))

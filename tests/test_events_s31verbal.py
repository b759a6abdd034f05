"""Session 31 (track s31verbal): vows of retaliation as a THREATEN toward the author of the act answered
(events/retaliation.py), the bodies concerned as a generic addressee of a call (generic_addressees.tsv الجهات), and a
deadline given to the teller named by a pronoun (appeals.teller_given). Sentences from the corpus."""
import pytest

from conftest import told

PUB = "2018-04-17T10:00"


@pytest.mark.parametrize("text,actor,target", [
    # (corpus, SK-middleEast-1104) the vow names no one; the vower's side blamed Israel for the attack just before
    ("وألقت إيران، شأنها شأن دمشق وحليفتها روسيا، باللوم على إسرائيل في هجوم وقع في التاسع من أبريل على قاعدة التيفور "
     "الجوية السورية، وأسفر عن قتل سبعة من أفراد الحرس الثوري الإيراني. وتعهد مسؤولون إيرانيون برد انتقامي لم يكشفوا "
     "النقاب عنه.", "إيرانيون", "Israel"),
    # (corpus, AL-internationalNews-671) the act answered (an expulsion) names its author after من; the expulsion by the
    # US told in the sentence before is one of them
    ("وأمر ترمب، الاثنين، بطرد 60 دبلوماسيا روسيا من الولايات المتحدة ردا على تسميم العميل الروسي المزدوج السابق، "
     "سيرغي سكريبال، في بريطانيا.\nوإلى ذلك، قال الكرملين إنه سيرد قريبا على طرد أكثر من 130 دبلوماسيا روسيا من دول "
     "غربية مؤخرا، وفقا لوكالة أسوشيتدبرس.", "Kremlin", "دول غربية"),
    # (corpus, SK-internationalNews-2867) sanctions told in the sentence before
    ("وفرضت الولايات المتحدة عقوبات على وزيري العدل والداخلية التركيين.\nوفي المقابل، تعهدت تركيا بالرد على العقوبات.",
     "Turkey", "United States"),
])
def test_vow_of_retaliation_threatens_the_author_of_the_act(pipe, text, actor, target):
    evs = told(pipe, text, "THREATEN", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_vow_date_is_not_the_day_of_the_act_answered(pipe):
    evs = told(pipe, "وألقت إيران باللوم على إسرائيل في هجوم وقع في التاسع من أبريل على قاعدة التيفور الجوية السورية. "
                     "وتعهد مسؤولون إيرانيون برد انتقامي.", "THREATEN", PUB)
    assert evs and all(e["date"] != "2018-04-09" for _, _, e in evs), evs


@pytest.mark.parametrize("text", [
    # (corpus, BB-middleEast-527) the vow names the one it threatens: not read as a reprisal against someone else
    "واتهمت السلطات السعودية، الموقوفات بـ \"التواصل المشبوه مع جهات خارجية، وتجنيد أشخاص يعملون بمواقع حكومية حساسة\".\n"
    "السعودية تتوعد السائقات بـ \"رد قوي\"",
    # (corpus, SK-middleEast-2028) no one threatened but the speaker's own state
    "قال رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، الثلاثاء، إن إسرائيل \"سترد بقوة كبيرة\".",
    # an answer to words is no reprisal
    "وقالت الخارجية الروسية إنها سترد على الرسالة الأمريكية في وقت لاحق.",
])
def test_no_retaliation_threat(pipe, text):
    evs = told(pipe, text, "THREATEN", PUB)
    assert not any("أشخاص" in r or "Israel" in r or "American" in r or "United States" in r for _, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,target", [
    # (corpus, AL-internationalNews-1104)
    ("دعا الاتحاد الأوروبي الخميس الجهات المعنية إلى \"التحلي بضبط النفس\" و\"تجنب أي تصعيد\" بعد إطلاق صواريخ إيرانية "
     "على المواقع الإسرائيلية.", "European Union", "الجهات المعنية"),
    # (corpus, AL-internationalNews-1568)
    ("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الجهات المانحة إلى تقديم مساهمات بنحو 111 مليون دولار لمساعدة ستة "
     "ملايين كوري شمالي.", "Guterres", "الجهات المانحة"),
])
def test_bodies_concerned_are_the_addressee_of_a_call(pipe, text, actor, target):
    evs = told(pipe, text, "REQUEST", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_deadline_given_to_the_teller(pipe):
    # (corpus, SK "مهلة أميركية" لتركيا) the pronoun on منحته is Erdoğan, who tells it
    evs = told(pipe, "كشف الرئيس التركي، رجب طيب أردوغان، الأحد، أن الولايات المتحدة منحته مهلة مدتها 3 أيام من أجل "
                     "إطلاق سراح قس أميركي محتجز في تركيا.", "REQUEST", PUB)
    assert any("United States" in a and "Erdo" in r for a, r, _ in evs), evs


def test_deadline_pronoun_of_another_party_is_not_the_teller(pipe):
    # (corpus, AL) the pronoun is the British diplomats expelled, not Moscow's spokesman
    evs = told(pipe, "أعلنت موسكو السبت طرد 23 دبلوماسيا بريطانيا لديها، وأمهلتهم أسبوعا لمغادرة أراضيها.", "REQUEST", PUB)
    assert not any("Moscow" in r or "Russia" in r for _, r, _ in evs), evs

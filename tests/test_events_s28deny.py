"""Session 28 (track s28deny): denials and refusals whose rejected party is told elsewhere. A resumed denial (وهو ما
تنفيه، الأمر الذي تنفيه) of a claim a named speaker says, or of an accusation that got no event, rejects that speaker
(claims.author_before, claims.said_before); a denial of a claim named again whose claimant the story tells only after
it, going back (في وقت سابق، وكان X قد قال), rejects that claimant (claims.claimant_after); an accusation coded against
the denier comes before the parties inside the denied claim. Disavowals (تنصل)، ruling out a mediation (استبعد أي
وساطة) and depriving a party of a status it sought (حرم ... من الحصول على) are refusals (triggers.tsv). Sentences from
the corpus (not the gold sets)."""
import pytest

from evhelpers import sides_of


@pytest.mark.parametrize("text,denier,claimant", [
    ("وكان مصدر تركي قال، في تصريحات سابقة لـCNN، إن خاشقجي قتل داخل القنصلية، وهو الأمر الذي تنفيه السلطات السعودية، "
     "التي تؤكد أنه دخل وغادر قنصليتها في إسطنبول.", "السلطات السعودية", "مصدر تركي"),
    ("وتتهم السعودية جارتها ومنافستها على النفوذ في الشرق الأوسط بأنها وراء إمداد الحوثيين بالصواريخ، وهو ما تنفيه طهران.",
     "IRN", "SAU"),
    ("وتتهم وكالات المخابرات الأمريكية موسكو بالتدخل فى الانتخابات الرئاسية الأمريكية لعام 2016، وهو ما تنفيه روسيا.",
     "RUS", "USA"),
])
def test_resumed_denial_rejects_the_claims_author(pipe, text, denier, claimant):
    evs = sides_of(pipe, text, "REJECT")
    assert any(denier in a and claimant in r for a, r, _ in evs), evs


def test_resumed_denial_of_an_unnamed_claim_codes_none(pipe):
    # no speaker named before the head: a report with no author rejects no one
    text = "وتتزامن هذه الادعاءات مع تقارير جديدة عن استخدام الحكومة السورية لغاز الكلور في الغوطة الشرقية، الأمر الذي تنفيه دمشق."
    assert not sides_of(pipe, text, "REJECT")


def test_accuser_before_the_parties_inside_the_denied_claim(pipe):
    text = ("وقد أثارت محاولة تسميم سيرغي سكريبال وابنته أزمة دبلوماسية بين بريطانيا وروسيا، إذ اتهمت لندن موسكو بمحاولة "
            "تسميمهما وقامت بطرد عدد من الدبلوماسيين الروس، لتنفي روسيا هذه الاتهامات وتطرد عدد من الدبلوماسيين الأوروبيين.")
    evs = sides_of(pipe, text, "REJECT")
    assert any("RUS" in a and "London" in r for a, r, _ in evs), evs


def test_claimant_told_after_the_denial(pipe):
    text = ("موسكو: لا علاقة لنا بواقعة الجاسوس الروسي\n"
            "رفض الكرملين إشارات بأنه يقف خلف تسميم جاسوس روسي سابق وابنته، ما تركهما في حالة حرجة.\n"
            "وقال المتحدث باسم الرئيس الروسي، ديميتري بيسكوف، للصحافيين، إن الجاسوس السابق، سيرغي سكريبال، عمل لصالح "
            "الاستخبارات البريطانية.\n"
            "وفي وقت سابق الاثنين، قال النائب البريطاني البارز، توم توغندهات، لـ\"بي بي سي\"، إن تسميم سكريبال وابنته يوليا "
            "يبدو \"محاولة اغتيال وقفت وراءها دولة\".")
    evs = sides_of(pipe, text, "REJECT")
    assert any("Kremlin" in a and "توغندهات" in r for a, r, _ in evs), evs


def test_later_flashback_on_another_matter_is_no_claimant(pipe):
    # the sentence going back tells of another matter (no shared word, the denier not named): no one rejected
    text = ("رفض الكرملين إشارات بأنه يقف خلف تسميم جاسوس روسي سابق وابنته.\n"
            "وفي وقت سابق الاثنين، قال النائب البريطاني البارز، توم توغندهات، إن الحكومة ستعلن ميزانية جديدة للمدارس.")
    evs = sides_of(pipe, text, "REJECT")
    assert not any("توغندهات" in r for a, r, _ in evs), evs


def test_ruling_out_a_mediation_is_a_refusal(pipe):
    text = ("السعودية تدرس اتخاذ إجراءات إضافية ضد كندا\n"
            "صعدت الرياض من لهجتها إزاء كندا الأربعاء. واستبعد وزير الخارجية السعودي عادل الجبير أي وساطة لحل الخلاف، "
            "مضيفا أن \"كندا ارتكبت خطأ كبيرا\".")
    evs = sides_of(pipe, text, "REJECT")
    assert any("Jubeir" in a or "الجبير" in a for a, r, _ in evs if "CAN" in r), evs


def test_ruling_out_a_possibility_is_no_refusal(pipe):
    text = "واستبعد الوزير أن تشهد الأسواق ارتفاعا جديدا في الأسعار خلال الأسابيع المقبلة."
    assert not sides_of(pipe, text, "REJECT")


@pytest.mark.parametrize("text,refuser,refused", [
    ("حرمت السلطات الفرنسية جزائرية مسلمة من الحصول على الجنسية الفرنسية لرفضها مصافحة مسؤولين.", "FRA", "DZA"),
    ("وكانت إسرائيل قد حرمت في العام الماضي شاكر من الحصول على تصريح عمل في خطوة انتقدتها الولايات المتحدة.", "ISR",
     "شاكر"),
])
def test_deprived_of_a_status_sought(pipe, text, refuser, refused):
    evs = sides_of(pipe, text, "REJECT")
    assert any(refuser in a and refused in r for a, r, _ in evs), evs


def test_deprived_of_a_trophy_is_no_refusal(pipe):
    text = "وحرم الحارس فريقه من الفوز بالمباراة بعد خطأ في الدقيقة الأخيرة."
    assert not sides_of(pipe, text, "REJECT")

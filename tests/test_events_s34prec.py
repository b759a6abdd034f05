"""Precision, session 34 (track s34prec): events coded where the text tells none, found by auditing a random sample of
160 factual events of the corpus leads (seed 3434) and targeted samples of CONSULT, COERCE, AGREE, AID, REJECT and
SUPPORT events. A relative clause in the perfect whose object pronoun takes up its antecedent describes a party (background); an act
expected, studied, needed, sought, looked forward to or told in the future of "I" is not done; the particle negates
both acts of "X أو Y"; عجز عن negates; و/ف before من الممكن، في حال، من أجل keeps the cue; a mobile phone is no call;
a refusal to disclose or to answer is no REJECT. Sentences from the 2018 corpus (leads of tools/leads.py)."""
from __future__ import annotations

from conftest import full, party
from evhelpers import current


# --- a relative clause whose object pronoun is its antecedent: background (precision.object_relative) --------------

def test_accused_named_by_a_relative_clause_is_background(pipe):
    doc = full(pipe, "أقال وزير العدل الأمريكي، جيف سيشنز، مسؤول مكتب التحقيقات الفيدرالي (أف بي آي)، أندرو ماكيب، الذي "
                     "اتهمه الرئيس، دونالد ترامب، بالانحياز السياسي.", "2018-03-17T11:01")
    assert not current(doc, "ACCUSE")


def test_insult_a_relative_recalls_is_background(pipe):
    doc = full(pipe, "كما واجه رئيس المفوضية الأوروبية، جان كلود يونكر، انتقادات ترامب، الذي وصفه مرارا بأنه \"قاتل وحشي\" "
                     "في إشارة إلى فرض الاتحاد الأوروبي غرامات في قضايا لمكافحة الاحتكار وضرائب ضد شركات التكنولوجيا "
                     "الأميركية.", "2018-06-16T05:16")
    assert not [e for e in current(doc, "ACCUSE") if e["trigger"]["text"] == "وصفه"]


def test_charge_told_by_a_present_relative_stays(pipe):
    doc = full(pipe, "قالت وكالة الأنباء التركية الرسمية إن المدعين أصدروا أوامر اعتقال بحق 300 من أفراد الجيش للاشتباه في "
                     "أن لهم صلات بشبكة يقودها رجل الدين فتح الله غولن المقيم في الولايات المتحدة، والذي تتهمه تركيا "
                     "بالوقوف وراء محاولة انقلاب فاشلة في 2016.", "2018-05-11T12:00")
    assert [e for e in current(doc, "ACCUSE") if "Gülen" in party(doc, e["recipients"])]


def test_arms_deal_the_relative_names_is_background(pipe):
    doc = full(pipe, "قال خبراء أسلحة وذخائر، إن القنبلة التي استهدفت حافلة مدرسية في اليمن وأدت لسقوط عشرات الضحايا، "
                     "أمريكية الصنع وتندرج ضمن صفقة الأسلحة التي ابرمتها واشنطن والرياض.", "2018-08-18T14:39")
    assert not current(doc, "AGREE")


def test_condemnation_of_a_whole_clause_stays(pipe):
    doc = full(pipe, "ووجهت محكمة أميركية في يناير الماضي، إلى أتيلا، خمس تهم، من بينها الاحتيال المصرفي وخداع البنوك "
                     "الأميركية، والمشاركة في جريمة غسيل أموال، الأمر الذي انتقدته أنقرة بشدة.", "2018-03-17T10:00")
    ev = current(doc, "ACCUSE")
    assert ev and "Ankara" in party(doc, ev[0]["actors"])


def test_rejection_of_a_whole_clause_stays(pipe):
    doc = full(pipe, "وقالت الولايات المتحدة الخميس الماضي إن لديها مخاوف بشأن قدرة تركيا على إجراء انتخابات حرة ونزيهة في "
                     "ظل حالة الطوارئ، وهو الأمر الذي رفضته أنقرة.", "2018-03-17T10:00")
    assert current(doc, "REJECT")


def test_strikes_an_act_noun_heads_stay(pipe):
    doc = full(pipe, "دعا الرئيس الفرنسي إيمانويل ماكرون في بيان الخميس، إلى \"نزع فتيل التصعيد\" بين إسرائيل وإيران، في "
                     "أعقاب الضربات الإسرائيلية التي استهدفت عشرات المواقع الإيرانية في سوريا، ردا على إطلاق صواريخ عليها من "
                     "داخل الأراضي السورية.", "2018-05-10T10:12")
    assert current(doc, "ASSAULT")


def test_meeting_told_in_a_relative_with_its_day_stays(pipe):
    doc = full(pipe, "ورحب بوتين بـ\"الأجواء المنفتحة جدا\" خلال اللقاء مع ماكرون الذي اجتمع معه الخميس لثلاث ساعات في قصر "
                     "قسطنطين، في ضواحي سان بطرسبورغ.", "2018-05-25T17:54")
    assert current(doc, "CONSULT")


# --- acts expected, studied, needed, sought, looked forward to, or in the future of "I" ------------------------------

def test_strike_amid_expectations_is_not_done(pipe):
    doc = full(pipe, "حذر الأمين العام للأمم المتحدة أنطونيو غوتيريس من \"خروج الوضع عن السيطرة\" في سوريا، وذلك وسط "
                     "توقعات بأن تشن أمريكا وحلفاؤها ضربة عسكرية ضد النظام السوري بعد تقارير عن استخدام السلاح الكيماوي "
                     "في مدينة دوما.", "2018-04-12T04:47")
    assert not current(doc, "ASSAULT")


def test_agreement_still_needing_approval_is_not_agreed(pipe):
    doc = full(pipe, "هورست زيهوفر ينقذ ميركل وحكومتها من شفير الانهيار\n\nأعلن وزير الداخلية الألماني هورست زيهوفر أنه توصل إلى اتفاق مع المستشارة أنغيلا ميركل حول السياسة "
                     "الواجب انتهاجها للحد من الهجرة غير الشرعية. ولا يزال هذا الاتفاق بحاجة لأن يوافق عليه الشريك الثالث "
                     "في الائتلاف الحكومي \"الحزب الاشتراكي الديموقراطي\".", "2018-07-02T21:01")
    ev = current(doc, "AGREE")
    assert ev and not any("Social Democratic" in party(doc, e["recipients"] + e["actors"]) for e in ev)


def test_help_worked_for_is_not_given(pipe):
    doc = full(pipe, "أكّد مصدر في الحكومة الكندية الخميس أنّ أوتاوا تعمل بهدوء عبر قنوات خلفيّة، للحصول على مساعدة حلفائها "
                     "وبينهم ألمانيا والسويد من أجل حلّ الأزمة غير المسبوقة في علاقاتها مع السعودية.", "2018-08-10T06:25")
    assert not current(doc, "AID")


def test_meeting_looked_forward_to_is_not_held(pipe):
    doc = full(pipe, "وذكر بيان البيت الأبيض أن ترامب ومحمد بن زايد \"يتطلعان إلى اجتماعهما في البيت الأبيض للمزيد من "
                     "المناقشة حول كيفية تعزيز الشراكة الاستراتيجية بين الولايات المتحدة والإمارات\".", "2018-04-07T18:29")
    assert not current(doc, "CONSULT")


def test_call_in_the_future_of_i_is_not_made(pipe):
    doc = full(pipe, "اختفاء خاشقجي.. ترامب: سأتحدث مع الملك سلمان قريبا جدا", "2018-10-12T21:41")
    assert not current(doc, "CONSULT")


def test_request_that_may_be_filed_is_not_filed(pipe):
    doc = full(pipe, "وإذا فشل مسؤول أجنبي مشتبه بفساده أو أحد أفراد عائلته في تبرير مصادر ثروته بشكل قانوني، فمن الممكن "
                     "أن تقوم الوكالة الوطنية لمكافحة الجريمة بتقديم طلب للمحكمة العليا لمصادرة العقار.", "2018-10-10T16:42")
    assert not current(doc, "REQUEST")


def test_refusal_in_a_condition_after_wa_is_not_made(pipe):
    doc = full(pipe, "وفي حال رفضت المحكمة ترشيح لولا، سيكون على حزب العمال خوض سباق ضد الزمن لحملة رئيس بلدية ساو باولو "
                     "السابق فرناندو حداد للانتخابات.", "2018-09-01T10:00")
    assert not current(doc, "REJECT")


def test_call_told_with_its_day_stays(pipe):
    doc = full(pipe, "وتحدث ترامب مع رئيس الوزراء الياباني شينزو آبي هاتفيا الأربعاء، وقال البيت الأبيض إن الزعيمين "
                     "\"أكدا على الهدف المشترك\".", "2018-05-10T22:53")
    ev = current(doc, "CONSULT")
    assert ev and "Shinzo Abe" in party(doc, ev[0]["recipients"] + ev[0]["actors"])


# --- negation and inability -------------------------------------------------------------------------------------------

def test_no_war_or_talks_negates_the_talks(pipe):
    doc = full(pipe, "أكد المرشد الإيراني، علي خامنئي، أنه لا وجود لحرب أو مفاوضات مع الولايات المتحدة الأمريكية في "
                     "المستقبل، وذلك وفق خطابه الذي نُشر على موقعه الرسمي، الإثنين.", "2018-08-14T10:44")
    assert not current(doc, "CONSULT")


def test_unable_to_rescue_is_no_aid(pipe):
    doc = full(pipe, "الحرس الثوري الإيراني: أمريكا عجزت عن إنقاذ السعودية.. وعلى نتنياهو تعلم السباحة", "2018-10-06T07:41")
    assert not current(doc, "AID")


# --- trigger senses ---------------------------------------------------------------------------------------------------

def test_mobile_phone_is_no_call(pipe):
    doc = full(pipe, "أنهى الرئيس الأمريكي الأسبق، بيل كلينتون كلمته في جنازة المغنية الأمريكية الراحلة، أريتا فرانكلين، "
                     "بشكل أثار دهشة الحضور، اذا قام بتشغيل واحدة من أغاني فرانكلين على هاتفه النقال أمام الجميع.",
               "2018-09-01T07:57")
    assert not current(doc, "CONSULT")


def test_refusing_to_disclose_details_is_no_rejection(pipe):
    doc = full(pipe, "اتهام بلجيكيين اثنين بالإعداد لتفجير تجمع للمعارضة الإيرانية في فرنسا\n\nوقالت النيابة البلجيكية إن فرنسا تعتقل شخصاً يشتبه في أنه متورط معهما، بينما تم الإفراج عن اثنين "
                     "آخرين بعد أن حققت معهما الشرطة الفرنسية. ونفذت الشرطة خمس عمليات مداهمة في بلجيكا السبت ترتبط بهذه "
                     "القضية، بحسب السلطات التي رفضت كشف تفاصيل نتائج هذه العملية.", "2018-07-02T13:55")
    assert not current(doc, "REJECT")


def test_rejecting_accusations_stays(pipe):
    doc = full(pipe, "ورفضت إيران الاتهامات الفرنسية بالتورط في مخطط لتفجير تجمع للمعارضة في باريس.", "2018-07-02T13:55")
    assert current(doc, "REJECT")

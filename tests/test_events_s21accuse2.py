"""Session 21 (track s21accuse2): a trial begun, resumed or held (بدأت الاثنين في إزمير التركية محاكمة القس الأمريكي)
is an ACCUSE by the authority that holds it, else the state of the place it is held in, toward the one tried; a
displeasure stated by a light verb (عبر البيت الأبيض عن انزعاجه من ...) reads as a concern, with a named author only;
using chemical weapons told in someone's reported speech (إن القوات الحكومية السورية استخدمت أسلحة كيماوية) is an
accusation of the user."""
import pytest

from evhelpers import sides_of


@pytest.mark.parametrize("text,actor,accused", [
    # a trial begun with no court named: the state of the place
    ("بدأت الأربعاء في موسكو محاكمة الناشط الأوكراني أوليغ سينتسوف بتهمة الإرهاب.", "RUS", "سينتسوف"),
    ("استؤنفت الخميس في أنقرة محاكمة الصحفي الألماني دنيز يوجيل بتهمة الدعاية لمنظمة إرهابية.", "TUR", "يوجيل"),
    ("بدأت في باريس الاثنين محاكمة الرئيس الفرنسي الأسبق نيكولا ساركوزي بتهمة الفساد.", "FRA", "Sarkozy"),
    # a displeasure with a named author
    ("وعبرت وزارة الخارجية الأمريكية عن استيائها من قرار الحكومة التركية تمديد حبس القس.", "USA", "TUR"),
    ("أعرب الرئيس الفرنسي إيمانويل ماكرون عن انزعاجه من تصريحات وزير الداخلية الإيطالي ماتيو سالفيني.",
     "Macron", "Salvini"),
    # a charge to a counted group of officials or defendants, by a court or prosecutor of their own state
    ("وجه قاضي المحكمة العليا الإسبانية اتهامات إلى 25 مسؤولا انفصاليا بالعصيان.", "المحكمة العليا", "25 مسؤولا"),
    ("أحال النائب العام المصري 12 ناشطا إلى محكمة الجنايات بتهمة التظاهر دون ترخيص.", "Prosecution", "12 ناشطا"),
    ("استؤنفت الجمعة في إسطنبول محاكمة 17 صحافيا يعملون في صحيفة جمهورييت المعارضة.", "TUR", "17 صحافيا"),
    # chemical weapons used, in reported speech
    ("وقالت المتحدثة باسم الخارجية الأمريكية إن واشنطن تأكدت من أن الحكومة الروسية استخدمت أسلحة كيميائية ضد العميل.",
     "USA", "RUS"),
    ("وقال وزير الخارجية الفرنسي جان إيف لودريان إن النظام السوري يستخدم الأسلحة الكيماوية ضد المدنيين.",
     "Le Drian", "SYR"),
])
def test_accused(pipe, text, actor, accused):
    evs = sides_of(pipe, text, "ACCUSE")
    assert any(actor in a and accused in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # the genitive of another noun after the trial noun is not the one tried
    "وتبدأ في واشنطن الثلاثاء محاكمة رئيس حملة ترامب السابق بتهم الاحتيال.",
    # a displeasure whose author the coder does not know (a demonym named before is no author)
    "وقالت قناة محلية إن القيادي الحوثي أبو علي كشف في اعترافاته عن قيام الميليشيات بنشر الفكر الإيراني في المدارس، "
    "معبرا عن استيائه من دفع الميليشيا لعناصرها إلى الجبهات.",
    # a denial of the use
    "ونفت دمشق مزاعم غربية بأن قواتها استخدمت أسلحة كيماوية في دوما.",
])
def test_not_accused(pipe, text):
    evs = sides_of(pipe, text, "ACCUSE")
    assert not any(("Trump" in r or "IRN" in a or "SYR" in r) for a, r, _ in evs), evs

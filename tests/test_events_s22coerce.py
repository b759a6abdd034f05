"""Session 22 (track s22coerce): the perfect of deporting (رحّلت السلطات السعودية 17 ألف مهاجر) with one deported or
the authorities after it, the places after it never the deported; a fine told by its verb (غرمت محكمة تركية، غُرمت
امرأة); a deployment of submarines, destroyers, frigates or bombers (أرسلت بريطانيا غواصة نووية); أمير before في and
an armed group is one of its men (القبض على أمير في تنظيم داعش)."""
import pytest

from evhelpers import sides_of


@pytest.mark.parametrize("text,typ,actor,target", [
    # the perfect of deporting, its subject an authority or a state, the deported people after it
    ("أفادت المنظمة الدولية للهجرة بأن السلطات السعودية رحلت 17 ألف مهاجر يمني منذ بداية العام.", "COERCE",
     "السلطات", "YEM"),
    ("ورحلت السلطات الألمانية سامي العريان إلى مسقط رأسه تونس يوم الجمعة الماضي.", "COERCE", "DEU", "سامي"),
    # a fine told by its verb, active and passive
    ("غرمت محكمة تركية زعيم المعارضة مبلغ 75 ألف دولار بعد إدانته بتهمة التشهير بالرئيس.", "SANCTION",
     "محكمة", "المعارضة"),
    ("وغُرمت امرأة في الدنمارك بسبب ارتدائها النقاب في مركز تجاري.", "SANCTION", "DNK", "امرأة"),
    # a deployment of warships or bombers
    ("وأوضح مسؤول في حلف الناتو أن روسيا نشرت غواصات قرب شبه جزيرة القرم.", "MOBILIZE", "RUS", None),
    ("وتابع الوزير أن بكين نشرت أيضا قاذفات على جزيرة وودي في أرخبيل باراسيل.", "MOBILIZE", "CHN", None),
    # أمير في + an armed group: one of the group's men
    ("أعلنت وزارة الداخلية العراقية، اليوم السبت، القبض على أمير في تنظيم داعش بمحافظة نينوى.", "COERCE",
     "Ministry of Interior", "Islamic State"),
])
def test_told(pipe, text, typ, actor, target):
    evs = sides_of(pipe, text, typ)
    assert any(actor in a and (target is None or target in r) for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # رحل of leaving or dying: no one deported
    "رحل المغني دينيس إدوارد، المطرب الرئيسي في فرقة تمبتيشن، عن عمر ناهز 74 عاما.",
    "وغادر المدرب النادي بعد 22 عاما، وقد رحل الإيطالي عن تشلسي بعد موسم مخيب.",
    # the places after the verb of deporting are not the deported
    # (the perfect: the imperfect ترحل is no trigger, and could not fail this; s22review1)
    "السلطات الفرنسية رحلت إماما سلفيا بسبب خطبه المتطرفة إلى الجزائر",
])
def test_no_deport(pipe, text):
    for typ in ("COERCE", "SANCTION"):
        evs = sides_of(pipe, text, typ)
        assert not any("DZA" in r or e["trigger"]["text"].startswith(("رحل", "ترحل")) for _, r, e in evs), evs

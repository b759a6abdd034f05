"""Session 23 (track s23fp): false alarms from words whose sense the context decides. The words of aid name no giving
when they name the aid's arrival (دخول/وصول المساعدات, which a party blocks or ensures), the workers and bodies of
relief (عمال الإغاثة، منظمات الإغاثة) or an assistant's title (مساعدة وزير); a siege or blockade (حصار) is COERCE, not
SANCTION; a warning of a risk stays no threat when the one warned is told after an adjunct and a comma; a pledge to
impose (تعهد فرض رسوم) is a threat."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text", [
    # the workers and bodies of relief
    "وقال عمال إغاثة في محافظة إدلب إن الغارات أسفرت عن مقتل عشرة مدنيين.",
    "وتتهم حكومات أوروبية منظمات الإغاثة بتشجيع المهاجرين على عبور البحر.",
    # the aid's arrival, blocked
    "وتمنع قوات النظام دخول المساعدات الإنسانية إلى بلدات الغوطة الشرقية منذ أشهر.",
    "وقال المتحدث إن الميليشيات تعطل وصول المساعدات إلى سكان محافظة تعز.",
    # an assistant's title
    "وبحث وزير الخارجية الأردني مع مساعدة وزير الخارجية الأميركي أوضاع اللاجئين السوريين.",
])
def test_aid_words_that_give_nothing(pipe, text):
    assert not sides(full(pipe, text), "AID"), sides(full(pipe, text), "AID")


def test_aid_given_stays(pipe):
    evs = sides(full(pipe, "أرسلت الإمارات مساعدات إنسانية إلى اليمن."), "AID")
    assert any("ARE" in a and "YEM" in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    "وتواصل القوات الحكومية حصار المسلحين في البلدة منذ أسبوعين.",
    "وفرضت القوات الحكومية السورية حصارا على المسلحين في مدينة دوما.",
])
def test_siege_is_coercion(pipe, text):
    doc = full(pipe, text)
    assert sides(doc, "COERCE") and not sides(doc, "SANCTION"), (sides(doc, "COERCE"), sides(doc, "SANCTION"))


def test_warning_of_risk_after_adjunct_and_comma(pipe):
    doc = full(pipe, "حذر البنك الدولي في تقرير أصدره الخميس مصر، من مخاطر ارتفاع الدين العام.")
    assert not sides(doc, "THREATEN"), sides(doc, "THREATEN")


def test_warning_of_own_act_after_adjunct_stays(pipe):
    doc = full(pipe, "وحذر الرئيس الأمريكي خلال استقباله نظيره الفرنسي، إيران من استئناف برنامجها النووي.")
    assert any("IRN" in r for _, r, _ in sides(doc, "THREATEN")), sides(doc, "THREATEN")


def test_pledge_to_impose_is_threat(pipe):
    doc = full(pipe, "وتعهدت الصين فرض رسوم مماثلة على السلع الأمريكية ردا على القرار.")
    assert any("CHN" in a for a, _, _ in sides(doc, "THREATEN")), sides(doc, "THREATEN")
    assert not sides(doc, "AGREE"), sides(doc, "AGREE")


def test_search_warrant_is_no_talks(pipe):
    doc = full(pipe, "وكانت السلطات المغربية أصدرت لوائح بحث بحق ناصر الزفزافي بتهمة المساس بأمن الدولة.")
    assert not sides(doc, "CONSULT"), sides(doc, "CONSULT")


def test_talks_stay(pipe):
    doc = full(pipe, "وبحث وزير الخارجية المصري مع نظيره الأردني الأوضاع في قطاع غزة.")
    assert sides(doc, "CONSULT"), sides(doc, "CONSULT")

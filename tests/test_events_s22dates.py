"""Session 22 (track s22dates): a day fronted before the main clause (والخميس، فرضت ...) dates it over a month told inside
its phrases; a verbal act told in the body without a day takes the day of its statement told in the next sentence
(وقالت إيران في بيان يوم الأربعاء إن ...), not a day inside the words reported; an arrest announced on a day and told
again by its noun with a day of its own (وجرى الاعتقال ... يوم 3 يوليو) is that day's; a retreat or denial verb does not
negate the act of a temporal clause after it (لن تتراجع عن موقفها بعد أن هدد ترامب); putting down a crowd after a past
verb of stepping in (وتدخلت قوات الأمن لقمع المحتجين) is told done."""
import pytest

from conftest import full


def _ev(pipe, text, typ):
    doc = full(pipe, text, published="2018-07-15T12:00")  # (a Sunday)
    return [e for e in doc["events"] if e["type"] == typ]


LEAD = "عنوان\n\nقالت الحكومة الإيرانية إنها ستواصل بيع النفط رغم العقوبات.\n"


@pytest.mark.parametrize("text,typ,date", [
    # a fronted day over a month inside the clause's phrases
    ("والخميس، فرضت وزارة الخزانة الأمريكية ضمن حملة الضغط المعلنة في مايو عقوبات على شركات إيرانية.", "SANCTION",
     "2018-07-12"),
    # the statement told next with its day
    (LEAD + "وفي تصعيد جديد، انتقدت إيران الدول الأوروبية لتباطئها في إنقاذ الاتفاق النووي.\nوقالت إيران في بيان يوم "
     "الأربعاء إن \"الدول الأوروبية لم تف بوعودها\".", "ACCUSE", "2018-07-11"),
    # an announced arrest told again with its own day
    ("عنوان\n\nأعلنت الشرطة الفرنسية، السبت، عن اعتقال ثلاثة أشخاص يشتبه بانتمائهم إلى تنظيم داعش.\nوجرى الاعتقال في "
     "مدينة ليون يوم 3 يوليو الجاري، بحسب المصدر.", "COERCE", "2018-07-03"),
])
def test_dated(pipe, text, typ, date):
    evs = _ev(pipe, text, typ)
    assert any(e["date"] == date and not e["hypothetical"] and not e["negated"] for e in evs), evs


@pytest.mark.parametrize("text,typ,date", [
    # the day inside the words reported dates another act, not the criticism told before
    (LEAD + "وفي تصعيد جديد، انتقدت إيران الدول الأوروبية لتباطئها في إنقاذ الاتفاق النووي.\nوقالت مصادر إن وفد إيران "
     "غادر فيينا يوم الأربعاء.", "ACCUSE", "2018-07-11"),
    # an announced arrest not told again with a day: the announcement's day
    ("عنوان\n\nأعلنت الشرطة الفرنسية، السبت، عن اعتقال ثلاثة أشخاص يشتبه بانتمائهم إلى تنظيم داعش.\nوقالت إن الاعتقال "
     "جاء بعد تحقيق بدأ منذ أشهر.", "COERCE", "2018-07-03"),
])
def test_not_dated(pipe, text, typ, date):
    evs = _ev(pipe, text, typ)
    assert evs and not any(e["date"] == date for e in evs), evs


def test_retreat_not_over_temporal_clause(pipe):
    evs = _ev(pipe, "قال أردوغان إن تركيا لن تتراجع عن موقفها بعد أن هدد الرئيس الأمريكي دونالد ترامب بفرض عقوبات "
                    "على أنقرة.", "THREATEN")
    assert any(not e["negated"] for e in evs), evs


def test_denial_still_negates(pipe):
    evs = _ev(pipe, "ونفت روسيا أنها هددت أوكرانيا بقطع إمدادات الغاز.", "THREATEN")
    assert all(e["negated"] or e["hypothetical"] for e in evs), evs


def test_crowd_put_down(pipe):
    evs = _ev(pipe, "وتدخلت قوات الأمن لقمع المحتجين أمام مبنى البرلمان في بغداد.", "COERCE")
    assert any(not e["hypothetical"] for e in evs), evs


def test_crowd_threatened(pipe):
    evs = _ev(pipe, "وهددت الحكومة باستخدام القوة لقمع المحتجين أمام مبنى البرلمان في بغداد.", "COERCE")
    assert all(e["hypothetical"] for e in evs), evs

"""Session 21 (track s21freshcoerce): a passive arrest whose trigger ends with its particle keeps the party after it
(وتم القبض على مشتبه به); a passive arrest opening a relative clause (الإرهابيين اللذين تم إلقاء القبض عليهما) was
undergone by the antecedent; a passive verdict on people counted or described (حكم على 14 من العاملين بالسجن) is the
court's of the story's state on implied convicts; cutting a utility off another party (قطعت إيران الكهرباء عن مدن عراقية)
is COERCE."""
import pytest

from evhelpers import sides_of


@pytest.mark.parametrize("text,actor,target", [
    # a passive arrest whose trigger holds على: the people after it
    ("قتل شخصان في إطلاق نار في فرنسا قرب محطة للقطارات في مدينة ليون. وتم القبض على مشتبه به بعد ساعات من الحادث.",
     "FRA", "مشتبه"),
    # a passive arrest in a relative clause: its antecedent
    ("نشرت وزارة الداخلية المصرية صورا للإرهابيين الذين تم إلقاء القبض عليهم في محافظة الجيزة.", "EGY", "إرهابيين"),
    ("ونشرت الداخلية المصرية صورا للمشتبه بهم الذين تم توقيفهم في محافظة الجيزة.", "EGY", "مشتبه"),
    ("قالت الشرطة التركية إن المشتبه بهم الذين تم اعتقالهم في إسطنبول كانوا يخططون لهجوم.", "TUR", "المشتبه"),
])
def test_passive_arrests(pipe, text, actor, target):
    evs = sides_of(pipe, text, "COERCE")
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,iso", [
    ("تحاكم السلطات التركية عشرات الصحفيين في إسطنبول. وحكم على 14 من العاملين في صحيفة معارضة بالسجن لفترات تصل إلى 8 أعوام.",
     "TUR"),
    ("أصدرت محكمة مصرية في القاهرة أحكاما في قضية اقتحام السجون، وحكم على 27 متهما بالسجن المشدد.", "EGY"),
])
def test_passive_verdict_on_people_counted(pipe, text, iso):
    evs = sides_of(pipe, text, "SANCTION")
    assert any(iso in a and iso in r and "convicts" in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,target", [
    ("وكانت إيران قد قطعت الكهرباء عن مدن جنوبي العراق الشهر الماضي بسبب ديون متراكمة.", "IRN", "IRQ"),
    ("وأكد سكان محليون أن ميليشيات الحوثي قطعت مياه الشرب عن سكان مدينة الحديدة.", "Houthi", "الحديدة"),
])
def test_utility_cutoff(pipe, text, actor, target):
    evs = sides_of(pipe, text, "COERCE")
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_storm_cutting_power_is_no_event(pipe):
    text = "ضرب الإعصار ليزلي سواحل البرتغال وقطع الكهرباء عن 300 ألف منزل في لشبونة."
    assert not sides_of(pipe, text, "COERCE")

"""غداة ("the day after") phrases told after the act or closing before it (session 20): the day that ends the
phrase dates the phrase's own act; the act told outside the phrase is the day after."""
from conftest import full


def dates(pipe, text, published="2018-05-22T10:00"):
    doc = full(pipe, "عنوان\n\n" + text, published)
    return [(e["type"], e.get("date")) for e in doc["events"]]


def test_act_before_a_day_after_phrase_is_the_next_day(pipe):
    # Sunday 2018-05-20 is the re-election; the sanctions came on Monday
    assert ("SANCTION", "2018-05-21") in dates(pipe,
        "فرضت واشنطن عقوبات اقتصادية جديدة على فنزويلا غداة إعادة انتخاب مادورو يوم الأحد.")
    assert ("COERCE", "2018-05-19") in dates(pipe, "اعتقلت الشرطة التركية 20 شخصا غداة احتجاجات الجمعة في إسطنبول.")


def test_phrase_closed_before_the_act_and_own_day_untouched(pipe):
    assert ("COERCE", "2018-05-22") in dates(pipe, "أعلنت الحكومة الثلاثاء، غداة اجتماع الاثنين، فرض حظر التجول.")
    assert ("COERCE", "2018-05-20") in dates(pipe, "غداة الهجوم اعتقلت الشرطة الأحد 20 شخصا.")


def test_the_act_inside_the_phrase_keeps_its_day(pipe):
    # (the killing is the phrase's own act: Monday; the act before غداة, the day after)
    assert ("ASSAULT", "2018-05-14") in dates(pipe,
        "تظاهر آلاف الأتراك في إسطنبول غداة مقتل 61 فلسطينيا برصاص الجيش الإسرائيلي يوم الاثنين.", "2018-05-16T10:00")
    assert ("ASSAULT", "2018-05-15") in dates(pipe,
        "قتل 61 فلسطينيا برصاص الجيش الإسرائيلي غداة نقل السفارة الأمريكية إلى القدس يوم الاثنين.",
        "2018-05-16T10:00")


def test_the_last_weekday_of_a_series_is_no_week_back(pipe):
    # (published on that Friday: "الجمعة الأخيرة من مسيرات العودة" is the day itself; "الجمعة الماضية" a week back)
    assert ("ASSAULT", "2018-05-11") in dates(pipe,
        "مقتل فلسطيني برصاص الجيش الإسرائيلي في احتجاجات الجمعة الأخيرة من مسيرات العودة.", "2018-05-11T16:00")
    assert ("ASSAULT", "2018-05-04") in dates(pipe, "قتل فلسطيني برصاص الجيش الإسرائيلي الجمعة الماضية.", "2018-05-11T16:00")

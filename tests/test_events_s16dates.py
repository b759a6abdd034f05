"""Session 16, track s16dates: event dates."""
from datetime import datetime

from marsad.time.extract import find_times


def _days(text, anchor):
    return [(t["value"], t.get("direction")) for t in find_times(text, anchor) if t.get("grain") == "day"]


def test_scheduled_occasion_weekday_is_the_coming_one():
    # stamped Sunday 2018-04-08: the visit begins on the coming Monday, not the Monday six days before
    assert _days("يبدأ ولي العهد السعودي، الأمير محمد بن سلمان، الاثنين زيارة رسمية لفرنسا تدوم يومين",
                 datetime(2018, 4, 8, 19, 48)) == [("2018-04-09", "future")]
    # stamped Monday 2018-05-28: the talks are held on Thursday 31 May
    assert _days("يعقد حلف شمال الأطلسي الخميس أول محادثات رسمية له مع روسيا منذ حادث تسميم العميل الروسي",
                 datetime(2018, 5, 28, 17, 34)) == [("2018-05-31", "future")]
    assert _days("تعقد الجمعية العامة للأمم المتحدة اجتماعا طارئاً حول غزة الأربعاء الساعة 19:00 بتوقيت غرينتش",
                 datetime(2018, 6, 9, 0, 39))[0][0] == "2018-06-13"


def test_scheduled_verb_keeps_past_and_today_readings():
    # the weekday of the publication stays today
    assert _days("يجتمع مجلس الأمن الدولي الأربعاء بطلب من الولايات المتحدة",
                 datetime(2018, 5, 30, 12, 23)) == [("2018-05-30", None)]
    # a verb after كان, or a weekday of another clause, is no scheduled occasion
    assert _days("كان يشارك في دورية قتالية الأحد حين انفجرت على مقربة منه عبوة ناسفة",
                 datetime(2018, 8, 13, 23, 29))[0][0] == "2018-08-12"
    assert _days("ويواجه المشتبه به ورفاقه اتهاما بحرق الفتاة يوم الجمعة في ولاية جهارخاند",
                 datetime(2018, 5, 6, 13, 52))[0][0] == "2018-05-04"
    # stamped Sunday 21:41 UTC: the writer's Monday is today (a late stamp), not a future day
    t = find_times("يدشن الجانبان السوري والأردني، الاثنين، إعادة فتح المعبر الحدودي رسميا",
                   datetime(2018, 10, 14, 21, 41))[0]
    assert t["value"] == "2018-10-15" and t.get("late_stamp")


def test_up_to_is_no_arrival():
    # "ما يصل إلى" (up to) is no verb of arriving: the Monday of the killing is the last one
    assert _days("وقالت وزارة الصحة الفلسطينية إن ما يصل إلى 60 فلسطينيا قتلوا الاثنين في إطلاق نار",
                 datetime(2018, 7, 15, 12, 0)) == [("2018-07-09", "past")]

"""Dateline and published parsing of the page reader (both digit sets, month series, weekdays)."""
from marsad.page.dates import find_dates, normalize_published


def one(line):
    hits = find_dates(line)
    assert hits, line
    return hits[0].value


def test_time_glued_to_date_with_weekday():
    assert one("17:3819/03/2025, الأربعاء") == "2025-03-19T17:38"


def test_arabic_indic_digits():
    assert one("١٧:٣٨ ١٩/٠٣/٢٠٢٥") == "2025-03-19T17:38"
    assert one("نشر في ٥ يناير ٢٠٢٤") == "2024-01-05"


def test_month_doublets_and_series():
    assert one("ومنذ 24 فبراير/ شباط 2022 تشن") == "2022-02-24"
    assert one("الأربعاء 19 آذار/مارس 2025 - 05:38 م") == "2025-03-19T17:38"
    assert one("3 كانون الثاني 2020") == "2020-01-03"
    assert one("12 تشرين الأول 2023") == "2023-10-12"
    assert one("السبت 7 غشت 2021") == "2021-08-07"
    assert one("الاثنين 1 جويلية 2024") == "2024-07-01"


def test_english_forms():
    assert one("Chris Davies - Nov 19, 2019, 10:31 pm CST") == "2019-11-19T22:31"
    assert one("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019") == "2019-11-19T10:48"
    assert one("Wednesday, 20th November 2019") == "2019-11-20"
    assert one("2019-11-19T08:03") == "2019-11-19T08:03"


def test_weekday_must_agree():
    assert find_dates("الخميس 19/03/2025") == []          # 19 March 2025 was a Wednesday
    assert one("الأربعاء 03/19/2025") == "2025-03-19"    # month-first reading agrees with the weekday


def test_hijri_is_not_gregorian():
    assert find_dates("الخميس 20 رمضان 1446 هـ") == []
    hits = find_dates("الأربعاء 19 مارس 2025 الموافق 19 رمضان 1446 هـ")
    assert [h.value for h in hits] == ["2025-03-19"]


def test_normalize_published_meta_values():
    assert normalize_published("Sun, 18 Feb 2018 17:21:49 GMT") == "2018-02-18T17:21"
    assert normalize_published("Sat, 03 Mar 2018 08:16:55 +0400") == "2018-03-03T04:16"
    assert normalize_published("2018-06-03T21:12:45+04:00") == "2018-06-03T17:12"
    assert normalize_published("2018-06-03T21:12:45Z") == "2018-06-03T21:12"
    assert normalize_published("2019-11-19") == "2019-11-19"
    assert normalize_published("19 مارس 2025") == "2025-03-19"
    assert normalize_published("not a date") is None
    assert normalize_published(None) is None

"""Refusals, requests and threats, session 19 (track s19directed). Sentences from the 2018 news corpus (short quotes)
and variants of them with other verbs, persons and parties.

* A verbal noun with its author in the genitive and its object marked with لـ keeps that reading when a time word
  stands between the two: "تحذير رئيس الوزراء الإسرائيلي أمس لنظام الأسد" is Netanyahu's warning to the Assad
  government, not a warning to Netanyahu by the subject of the clause before (stage._time_gap).
* A state (its KB country entry, its capital or seat, or for a refusal or a threat its demonym) does not refuse, ask or
  threaten its own government, forces or police (stage._state_to_own_organ): "وسارعت دمشق إلى النفي، ووصف مصدر رسمي
  اتهام الحكومة السورية" is no REJECT of Damascus against the Syrian government. A town or region with a government of
  its own (أربيل) and a people asking its own government stay.
* The genitive of an act demanded that is done to a party (data/wordsets.tsv request/patient_act: ترحيل، تسليم، سجن،
  مواجهة ...), bare or after لـ, undergoes the act; it is not the one asked (stage._patient_of_demanded_act):
  "طلبت رسميا ترحيل أحد قادة الأكراد السوريين" is no request to the Kurdish leader, "يدعو العالم الإسلامي لمواجهة
  وحشية إسرائيل" none to Israel. Meeting and help stay asked of their genitive (يطلب مقابلة وزير الخارجية).
"""
from __future__ import annotations

from conftest import full
from evhelpers import pairs as _pairs


def test_genitive_author_time_word_lam_object(pipe):
    doc = full(pipe, "وتأتي تصريحات الوزير الإسرائيلي بعد تحذير رئيس الوزراء الإسرائيلي أمس لنظام الأسد من مغبة "
                     "السماح لإيران.", published="2018-05-07T12:00")
    assert any("Netanyahu" in a and "SYR" in r for a, r in _pairs(doc, "THREATEN")), doc["events"]


def test_genitive_author_time_word_other_parties(pipe):
    doc = full(pipe, "وجاءت تصريحات لافروف بعد تهديد ترامب أمس لإيران بعقوبات جديدة.", published="2018-05-07T12:00")
    pairs = _pairs(doc, "THREATEN")
    assert any("Trump" in a and "IRN" in r for a, r in pairs), doc["events"]
    assert not any("Lavrov" in a for a, r in pairs), doc["events"]


def test_capital_denial_not_against_own_government(pipe):
    doc = full(pipe, "وسارعت دمشق إلى النفي، ووصف مصدر رسمي اتهام الحكومة السورية باستخدام تلك الأسلحة بـ\"مسرحيات "
                     "الكيماوي\".", published="2018-04-08T12:00")
    assert not any("SYR" in a and "Government of Syria" in r for a, r in _pairs(doc, "REJECT")), doc["events"]


def test_state_refuses_other_state_kept(pipe):
    # the same construction against another state's organ is a refusal, and the capital's own government is still none
    doc = full(pipe, "ورفضت موسكو طلب الحكومة البريطانية تسليم المشتبه بهما. وسارعت دمشق إلى النفي، ووصف مصدر رسمي "
                     "اتهام الحكومة السورية باستخدام تلك الأسلحة.", published="2018-04-08T12:00")
    pairs = _pairs(doc, "REJECT")
    assert any("RUS" in a and "GBR" in r for a, r in pairs), doc["events"]
    assert not any("SYR" in a or "Government of Syria" in r for a, r in pairs), doc["events"]


def test_demonym_refutation_not_against_own_army(pipe):
    doc = full(pipe, "وقتل الجيش الإسرائيلي ياسين السراديح في 22 فبراير الماضي. ونفى الناطق باسم الجيش الإسرائيلي "
                     "قتل الجنود للسراديح، وغير روايته بشأن الحادثة أكثر من مرة، إلى أن ظهر فيديو المنظمة الحقوقية "
                     "الإسرائيلية ليفند رواية الجيش.", published="2018-03-01T12:00")
    assert not any("Israel Defense Forces" in r for a, r in _pairs(doc, "REJECT")), doc["events"]


def test_deported_is_not_asked(pipe):
    doc = full(pipe, "وقالت تركيا الاثنين إنها طلبت رسميا ترحيل أحد قادة الأكراد السوريين. وطلبت أنقرة رسميا تسليم "
                     "صالح مسلم.", published="2018-02-26T12:00")
    pairs = _pairs(doc, "REQUEST")
    assert not any("SYR" in r or "Muslim" in r for a, r in pairs), doc["events"]


def test_confronted_is_not_called_upon(pipe):
    doc = full(pipe, "أردوغان يدعو العالم الإسلامي لمواجهة \"وحشية\" إسرائيل", published="2018-05-18T12:00")
    assert not any("ISR" in r for a, r in _pairs(doc, "REQUEST")), doc["events"]


def test_jailed_is_not_asked_meeting_is(pipe):
    doc = full(pipe, "الادعاء الأميركي يطلب سجن التركي المتورط مع إيران 20 عاما. وطلب السفير الروسي لقاء وزير الخارجية "
                     "البريطاني بوريس جونسون.", published="2018-04-05T12:00")
    pairs = _pairs(doc, "REQUEST")
    assert not any("TUR" in r for a, r in pairs), doc["events"]
    assert any("Johnson" in r for a, r in pairs), doc["events"]

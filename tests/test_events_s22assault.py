"""Session 22, track s22assault: the verbal noun of taking ground (استعادة، السيطرة، تحرير) as the object of a verb
announcing it ("أعلن الجيش ... السيطرة على") is the act told as done by the announcing force; "ليل الأربعاء الخميس" in a
text stamped on the Wednesday dates an act on that Wednesday (not a day after publication). Sentences in the phrasing of
the 2018 news corpus (not the development gold's)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


def test_announced_recapture_with_the_side_after_it(pipe):
    # (before: no event, the noun استعادة read as no act; معسكر no place word of the trigger)
    doc = full(pipe, "أعلن الجيش اليمني، السبت، استعادة معسكر الخنجر في محافظة الجوف من ميليشيات الحوثي الإيرانية.",
               published="2018-05-12T12:00")
    assert between(doc, "ASSAULT", "YEM", "Houthi"), doc["events"]


def test_announced_control_over_a_groups_stronghold(pipe):
    # (before: السيطرة read as an aim, no act)
    doc = full(pipe, "وأعلنت القوات العراقية، الخميس، السيطرة الكاملة على آخر معاقل تنظيم داعش في صحراء الأنبار.",
               published="2018-06-14T12:00")
    assert between(doc, "ASSAULT", "IRQ", "Islamic State"), doc["events"]


def test_announced_liberation_after_an(pipe):
    doc = full(pipe, "أعلن الجيش الوطني الليبي عن تحرير مواقع جديدة من الجماعات الإرهابية في مدينة درنة بعد معارك عنيفة مع تنظيم أنصار الشريعة.",
               published="2018-05-30T12:00")
    assert between(doc, "ASSAULT", "LBY"), doc["events"]


def test_announced_aim_or_fire_is_no_taking(pipe):
    doc = full(pipe, "أعلن الدفاع المدني السعودي، الأحد، السيطرة على حريق شب في مبنى حكومي بمدينة الدمام.",
               published="2018-09-02T12:00")
    assert not factual(doc, "ASSAULT"), doc["events"]
    doc = full(pipe, "وأعلنت الحكومة السورية عزمها على استعادة كل الأراضي التي تسيطر عليها المعارضة.",
               published="2018-09-07T12:00")
    assert not between(doc, "ASSAULT", "SYR"), doc["events"]


def test_night_between_two_days_not_after_publication(pipe):
    # (before: the Thursday, a day after the Wednesday 23:25 UTC stamp)
    doc = full(pipe, "وأطلقت ميليشيات الحوثي ليل الأربعاء الخميس ثلاثة صواريخ باليستية باتجاه الرياض، اعترضتها الدفاعات الجوية السعودية.",
               published="2018-04-11T23:25")
    ev = between(doc, "ASSAULT", "Houthi")
    assert ev and all(str(e["date"])[:10] == "2018-04-11" for e in ev), doc["events"]


def test_warship_sent_is_a_deployment(pipe):
    # (before: سفينة حربية / غواصة no object of أرسل that tells a deployment)
    doc = full(pipe, "أرسلت أستراليا سفينة حربية تحمل صواريخ موجهة إلى بحر الصين الشرقي لمراقبة العقوبات.",
               published="2018-10-12T12:00")
    assert any("AUS" in party(doc, e["actors"]) for e in factual(doc, "MOBILIZE")), doc["events"]
    doc = full(pipe, "أرسلت تركيا سفينة مساعدات إنسانية إلى ميناء أسدود تحمل أطنانا من المواد الغذائية.",
               published="2018-06-12T12:00")
    assert not factual(doc, "MOBILIZE"), doc["events"]

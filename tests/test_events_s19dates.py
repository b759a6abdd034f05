"""Session 19, track s19dates: event dates (a غداة phrase opening the sentence, a day closing a background act's phrase,
the act after قبل, a relative clause on a temporal preposition's noun, a day one word into a بعد phrase, a day in a
comma-closed background phrase). Sentences from the 2018 news corpus."""
from __future__ import annotations

from conftest import factual, full

from marsad.time.dating import date_event


def _dates(doc, typ, word):
    return [e["date"] for e in factual(doc, typ) if word in e["trigger"]["text"]]


def test_leading_day_after_phrase_is_the_day_before(pipe):
    # غداة X at the start of the lead: X happened the day before the main clause's Tuesday (gold Y-018)
    doc = full(pipe, "وكالة الطاقة الذرية تنفي وجود مؤشر حول أنشطة إيران لتطوير قنبلة نووية\n\n"
                     "غداة اتهام إسرائيل طهران بقيامها بتطوير برنامج \"سري\" للاستحواذ على سلاح نووي، نشرت الوكالة "
                     "الدولية للطاقة الذرية الثلاثاء بيانا.", published="2018-05-01T14:52")
    assert _dates(doc, "ACCUSE", "اتهام") == ["2018-04-30"], doc["events"]


def test_leading_day_after_phrase_other_act(pipe):
    doc = full(pipe, "عنوان\n\nغداة انتقاد الرئيس الأمريكي دونالد ترامب لإيران، رفضت طهران الأحد هذه التصريحات.",
               published="2018-05-01T12:00")
    assert _dates(doc, "ACCUSE", "انتقاد") == ["2018-04-28"], doc["events"]
    # the main verb after the phrase's comma keeps its own day
    assert _dates(doc, "REJECT", "رفضت") == ["2018-04-29"], doc["events"]
    doc = full(pipe, "عنوان\n\nوغداة إدانة فرنسا للغارات الروسية على إدلب، استدعت موسكو السفير الفرنسي الثلاثاء.",
               published="2018-05-01T12:00")
    assert _dates(doc, "ACCUSE", "إدانة") == ["2018-04-30"], doc["events"]
    assert _dates(doc, "SANCTION", "استدعت") == ["2018-05-01"], doc["events"]


def test_day_closing_a_background_act_phrase(pipe):
    # the main clause has its Wednesday; "السبت الماضي" closes the phrase of the attack (gold Y-007)
    doc = full(pipe, "عنوان\n\nهددت واشنطن الأربعاء بضربة عسكرية ردا على هجوم كيماوي شنه النظام السوري على مدينة "
                     "دوما، السبت الماضي.", published="2018-04-11T12:00")
    assert [e["date"] for e in doc["events"] if e["trigger"]["text"] == "هجوم"] == ["2018-04-07"], doc["events"]
    assert _dates(doc, "THREATEN", "هددت") == ["2018-04-11"], doc["events"]


def test_act_after_qabl_dated_by_its_phrase(pipe):
    doc = full(pipe, "عنوان\n\nوأكد الأمين العام للحلف ينس ستولتنبرغ قبل استقباله مستشار الأمن القومي البريطاني ظهر "
                     "الخميس في بروكسيل، أن الهجوم مرفوض.", published="2018-03-15T12:00")
    assert _dates(doc, "CONSULT", "استقباله") == ["2018-03-15"], doc["events"]


def test_relative_clause_on_the_occasion_after_qabl(pipe):
    # Sunday is the elections' day: the headline's arrest takes no day from it; "خلال" (during) still dates the act
    doc = full(pipe, "اعتقال ومحاكمة 12 شخصا لـ\"إهانة رئيس الدولة\"\n\n"
                     "أمرت محكمة تركية باعتقال 12 شخصا متهمين بإهانة الرئيس رجب طيب أردوغان خلال تجمع لمرشح "
                     "المعارضة محرم إينجه قبل الانتخابات الرئاسية التي جرت الأحد، بحسب ما أفادت وسائل الإعلام "
                     "الرسمية الأربعاء.", published="2018-06-27T21:54")
    assert date_event(doc, 0, 0, 5)["date"] != "2018-06-24"
    doc = full(pipe, "عنوان\n\nاعتقلت الشرطة عشرة أشخاص خلال الاحتجاجات التي شهدتها بغداد الجمعة.",
               published="2018-06-27T12:00")
    assert _dates(doc, "COERCE", "اعتقلت") == ["2018-06-22"], doc["events"]


def test_day_one_word_into_a_after_phrase(pipe):
    # Wednesday is the airport's capture; the reinforcements are told on Thursday
    doc = full(pipe, "عنوان\n\nأعلن مسؤول حكومي يمني الخميس أن القوات الموالية للحكومة تستقدم تعزيزات عسكرية استعدادا "
                     "للتقدم نحو ميناء الحديدة بعد سيطرتها الأربعاء على مطار المدينة الواقعة في غرب البلاد.",
               published="2018-06-21T12:00")
    assert "2018-06-20" not in [e["date"] for e in factual(doc, "MOBILIZE")], doc["events"]


def test_day_in_a_comma_closed_background_phrase(pipe):
    doc = full(pipe, "عنوان\n\nوتراجعت العملة التركية، الجمعة، مسجلة 5.86 ليرة للدولار بعد إغلاقها الخميس عند مستوى "
                     "5.8150، وسط التحذيرات الأميركية بفرض عقوبات إضافية، إذا لم تفرج عن القس أندرو برانسون.",
               published="2018-08-17T12:00")
    assert "2018-08-16" not in _dates(doc, "THREATEN", "التحذيرات"), doc["events"]


def test_fronted_n_days_after_phrase(pipe):
    # "بعد يوم من X، ..." opening the sentence: X is a day before the main clause's Thursday; the main verb keeps it
    doc = full(pipe, "عنوان\n\nبعد يوم من اتهام واشنطن لطهران بدعم الحوثيين، نفت إيران الخميس هذه الاتهامات.",
               published="2018-06-27T12:00")
    assert _dates(doc, "ACCUSE", "اتهام") == ["2018-06-20"], doc["events"]
    assert _dates(doc, "REJECT", "نفت") == ["2018-06-21"], doc["events"]
    doc = full(pipe, "عنوان\n\nبعد يومين من لقائه الرئيس الروسي فلاديمير بوتين في هلسنكي، دافع الرئيس الأمريكي دونالد "
                     "ترامب الأربعاء عن القمة.", published="2018-06-27T12:00")
    assert _dates(doc, "CONSULT", "لقائه") == ["2018-06-25"], doc["events"]
    # no comma closing the phrase: the trigger is the main verb, dated by its own day
    doc = full(pipe, "عنوان\n\nبعد يوم من الهجوم اعتقلت الشرطة العراقية الأحد ثلاثة مشتبه بهم.",
               published="2018-06-11T12:00")
    assert _dates(doc, "COERCE", "اعتقلت") == ["2018-06-10"], doc["events"]
    doc = full(pipe, "عنوان\n\nغداة الهجوم اعتقلت الشرطة العراقية الأحد ثلاثة مشتبه بهم.", published="2018-06-11T12:00")
    assert _dates(doc, "COERCE", "اعتقلت") == ["2018-06-10"], doc["events"]

"""Which telling's date a merged event keeps (track s15merge): when two tellings of one occasion fold, the kept one
takes the other's day where it names none of its own (a month only: "في مايو/أيار"), and never a date text that
names no day (a bygone month, a coming month) in place of its own publication day."""
from __future__ import annotations

from conftest import factual, full, party


def test_folded_telling_lends_its_day_to_a_kept_telling_dated_by_month_only(pipe):
    doc = full(pipe, "وزير المالية الإسرائيلي يؤكد لقاء نتانياهو سرا بالسيسي في القاهرة في مايو/ أيار الماضي\n\n"
                     "أكد وزير المالية الإسرائيلي موشيه كحلون الثلاثاء، ما أوردته القناة العاشرة في تقرير، من أن رئيس "
                     "الوزراء بنيامين نتانياهو زار القاهرة واجتمع بالرئيس المصري سرا في 22 مايو/أيار الماضي.\n"
                     "صرح وزير المالية الإسرائيلي موشيه كحلون الثلاثاء بأن رئيس الوزراء بنيامين نتانياهو اجتمع مع "
                     "الرئيس المصري عبد الفتاح السيسي في مايو/أيار لبحث وقف إطلاق نار طويل الأمد في قطاع غزة.",
               published="2018-08-15T13:02")
    met = [e for e in factual(doc, "CONSULT") if "EGY" in party(doc, e["recipients"])]
    assert met and all(e["date"] == "2018-05-22" for e in met)


def test_background_month_does_not_undate_the_headline_sanctions(pipe):
    doc = full(pipe, "واشنطن تفرض عقوبات على الأمين العام لحزب الله حسن نصر الله ومساعدين له\n\n"
                     "أعلنت وزارة الخزانة الأمريكية فرض عقوبات على الأمين العام لحزب الله السيد حسن نصرالله وعدد من "
                     "القادة البارزين بالحزب.\n"
                     "وكانت العقوبات الأمريكية استهدفت في فبراير/شباط الماضي الشبكة المالية للحزب إذ فرضت العقوبات على "
                     "ستة أشخاص من الحزب إضافة إلى سبع مؤسسات مالية تابعة له.",
               published="2018-05-16T20:02")
    on_him = [e for e in factual(doc, "SANCTION") if "نصر" in party(doc, e["recipients"])]
    assert on_him and all(e["date"] == "2018-05-16" for e in on_him)


def test_coming_month_of_a_threatened_attack_does_not_undate_the_threat(pipe):
    doc = full(pipe, "داعش يهدد \"كفار\" الانتخابات العراقية\n\n"
                     "قال تنظيم داعش إنه سيهاجم مراكز الاقتراع في العراق خلال الانتخابات البرلمانية المقررة الشهر "
                     "المقبل، وإن أي مشارك في الانتخابات سيعتبر \"كافرا\".",
               published="2018-04-23T09:16")
    threats = factual(doc, "THREATEN")
    assert threats and all(e["date"] == "2018-04-23" for e in threats)

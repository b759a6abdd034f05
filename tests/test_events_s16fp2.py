"""False alarms whose party is a misread nationality adjective, session 16 (track s16fp2): the adjective of a place
noun after a locative word (قرب الحدود العراقية، في الولاية الصحراوية، في مدن إيرانية) names where an act happens,
not a party to it; after على / داخل the state's land is struck or entered and stays its recipient."""
from __future__ import annotations

from conftest import factual, full, party


def test_border_adjective_after_near_is_no_recipient(pipe):
    doc = full(pipe, "وقتل 54 شخصا، بينهم 28 مدنيا بالإضافة إلى عناصر من مقاتلي تنظيم الدولة، جراء غارة جوية أمريكية "
                     "بالقرب من الحدود العراقية مع سوريا، وفقا لمراقبين.")
    assert not any("IRQ" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT"))


def test_two_adjectives_of_one_border_are_no_recipients(pipe):
    doc = full(pipe, "اعتبر وزير الخارجية السوري وليد المعلم السبت أن دخول حكومته في مفاوضات حول جنوب البلاد لن يتم إلا "
                     "بانسحاب القوات الأمريكية من منطقة التنف القريبة من الحدود العراقية والأردنية.")
    for e in doc["events"]:
        assert "IRQ" not in party(doc, e["recipients"]) and "JOR" not in party(doc, e["recipients"])


def test_protest_in_a_province_named_by_its_adjective_has_no_such_recipient(pipe):
    doc = full(pipe, "وخرج مئات المحتجين في الولاية الصحراوية الغنية بالنفط استجابة لدعوة ناشطين على مواقع التواصل "
                     "الاجتماعي بهدف منع إقامة الحفل.")
    assert not any("ESH" in party(doc, e["recipients"]) for e in factual(doc, "PROTEST"))


def test_protests_in_cities_of_a_state_are_made_by_protesters_not_the_state(pipe):
    doc = full(pipe, "وتواصلت المظاهرات في عمان وعدد من المدن الأردنية ليل الجمعة السبت تنديدا بقانون ضريبة الدخل "
                     "وسياسة رفع الأسعار.")
    ev = factual(doc, "PROTEST")
    assert ev and not any(party(doc, e["actors"]).strip() in ("JOR", "") or "Jordanian" in party(doc, e["actors"])
                          for e in ev)


def test_missiles_fired_from_over_a_state_do_not_strike_it(pipe):
    doc = full(pipe, "وكانت وكالة الأنباء السورية الرسمية نقلت عن مصدر عسكري قوله، الاثنين، إن \"طائرات إسرائيلية من "
                     "طراز إف 15 أطلقت عدة صواريخ من فوق الأراضي اللبنانية\".")
    assert not any("LBN" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT"))


def test_land_entered_stays_the_recipient(pipe):
    doc = full(pipe, "الجيش التركي يتوغل 30 كيلومترا داخل الأراضي العراقية")
    ev = factual(doc, "ASSAULT")
    assert ev and "IRQ" in party(doc, ev[0]["recipients"])

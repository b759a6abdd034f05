"""Recall constructions found by the tenth session's fifth recall audit (40 fresh audit5 articles judged by hand
before and after): meetings whose sides follow a form of جمع, tours that name the states they go to."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import both_sides


def test_summit_that_brought_three_states_together(pipe):
    doc = full(pipe, "وقال أنور قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، إن القمة الثلاثية التي جمعت روسيا وتركيا "
                     "وإيران حول سوريا، تعتبر دليلا على حال العالم العربي.")
    ev = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert ev, doc["events"]
    sides = both_sides(doc, ev[0])
    assert all(c in sides for c in ("RUS", "TUR", "IRN")), sides
    assert "Gargash" not in sides and "قرقاش" not in sides


def test_meeting_in_a_city_that_brought_two_ministers_together(pipe):
    doc = full(pipe, "تجرى مباحثات مكوكية لمسؤولين روس مع الدول ذات الصلة، وآخرها لقاء في موسكو جمع وزيري الدفاع الروسي "
                     "والتركي.")
    ev = [e for e in factual(doc, "CONSULT") if "TUR" in both_sides(doc, e)]
    assert ev and "RUS" in both_sides(doc, ev[0]), doc["events"]


def test_meeting_that_brought_a_leader_with_another(pipe):
    doc = full(pipe, "وتأتي الزيارة بعد لقاء تاريخي جمع الزعيم الكوري الشمالي كيم جونغ أون قبل أيام بالرئيس الكوري "
                     "الجنوبي.")
    ev = factual(doc, "CONSULT")
    assert ev and "PRK" in both_sides(doc, ev[0]) and "KOR" in both_sides(doc, ev[0]), doc["events"]


def test_meeting_with_a_party_before_the_verb_is_not_this_construction(pipe):
    # "لقاء الرئيس السيسي ... جمع": nothing is taken from after a verb that is not the meeting's own
    doc = full(pipe, "التقى الرئيس المصري عبد الفتاح السيسي نظيره السوداني عمر البشير في القاهرة الأحد.")
    ev = factual(doc, "CONSULT")
    assert ev and "EGY" in both_sides(doc, ev[0]) and "SDN" in both_sides(doc, ev[0])


def test_tour_in_two_states_is_a_visit_to_them(pipe):
    doc = full(pipe, "وقال مسؤول إن الرئيس الإيراني حسن روحاني يقوم بجولة في سويسرا والنمسا.")
    ev = factual(doc, "CONSULT")
    assert ev, doc["events"]
    assert "Hassan Rouhani" in party(doc, ev[0]["actors"])
    assert "CHE" in party(doc, ev[0]["recipients"]) and "AUT" in party(doc, ev[0]["recipients"])


def test_round_of_talks_or_inspection_tour_is_no_visit_to_a_state(pipe):
    doc = full(pipe, "وكان المحافظ يجري جولة تفقدية على المشاريع الخدمية في مدينة البصرة التي تشهد أزمة صحية.")
    assert not factual(doc, "CONSULT")


def test_tour_with_its_states_after_the_visitor_is_not_read_backwards(pipe):
    # the visitor is named before the tour; a state named after it is a host, never the visitor
    doc = full(pipe, "روحاني يقوم بجولة في سويسرا والنمسا للتصدي إلى محاولات الولايات المتحدة.")
    assert not any("USA" in party(doc, e["actors"]) for e in doc["events"] if e["type"] == "CONSULT")


def test_round_named_after_a_capital_is_no_visit(pipe):
    doc = full(pipe, "من أجل إحياء مفاوضات السلام المتعثرة منذ إفشال الحوثيين لجولة الكويت في أغسطس/آب 2016.")
    assert not any("جول" in e["trigger"]["text"] for e in doc["events"] if e["type"] == "CONSULT")


def test_tour_told_by_its_verb_before_the_visitor(pipe):
    doc = full(pipe, "بدأ وزير الخارجية الأمريكي مايك بومبيو جولة في الأردن ومصر.")
    ev = factual(doc, "CONSULT")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "JOR" in party(doc, ev[0]["recipients"])


def test_official_heading_to_a_state_visits_it(pipe):
    doc = full(pipe, "توجه رئيس الوزراء اللبناني سعد الحريري الثلاثاء الى السعودية للمرة الثانية منذ استقالته.",
               "2018-05-30T10:00")
    ev = factual(doc, "CONSULT")
    assert ev and "Saad Hariri" in party(doc, ev[0]["actors"]) and "SAU" in party(doc, ev[0]["recipients"])


def test_heading_with_no_official_or_no_state_is_no_visit(pipe):
    doc = full(pipe, "بعد يومين، توجه السفير الى المنطقة الخضراء في العاصمة العراقية.")
    assert not factual(doc, "CONSULT")
    doc = full(pipe, "وتوجه حوالي ستة آلاف شخص إلى ملاجئ الإيواء التي وفرتها السلطات في فلوريدا.")
    assert not factual(doc, "CONSULT")


def test_protests_a_place_witnessed_are_its_crowd(pipe):
    doc = full(pipe, "وكانت احتجاجات واسعة شهدتها مدينة البصرة الشهر الماضي.")
    ev = factual(doc, "PROTEST")
    assert ev and "IRQ" in party(doc, ev[0]["actors"]), doc["events"]


def test_protests_witnessed_by_a_person_are_not_placed(pipe):
    from marsad.events.gatherings import witnessed_place
    from marsad.lang.ar import tokenize
    text = "احتجاجات شهدها الرئيس"
    toks = tokenize(text, 0, len(text))
    assert witnessed_place(text, toks, [], 0, 1) is None


def test_general_strike_that_paralysed_a_place_is_a_protest_of_its_crowd(pipe):
    doc = full(pipe, "شل إضراب عام الاثنين كافة المرافق والدوائر الحكومية بما فيها قطاعات الصحة والتعليم والقضاء في غزة.")
    ev = factual(doc, "PROTEST")
    assert ev and "PSE" in party(doc, ev[0]["actors"]), doc["events"]


def test_workers_who_started_a_strike_protest(pipe):
    doc = full(pipe, "وكان عمال سكك الحديد قد باشروا في مطلع نيسان/أبريل إضرابا ماراثونيا متقطعا ليومين كل خمسة أيام، "
                     "منددين بنية الحكومة تدمير الخدمة العامة.")
    assert factual(doc, "PROTEST"), doc["events"]


def test_leader_who_began_a_hunger_strike_protests(pipe):
    doc = full(pipe, "بدأ زعيم حركة الاحتجاج في منطقة الريف بشمال المغرب ناصر الزفزافي الأربعاء إضرابا مفتوحا عن الطعام.")
    ev = factual(doc, "PROTEST")
    assert ev and "Zefzafi" in party(doc, ev[0]["actors"]), doc["events"]


def test_strikes_in_a_sector_of_a_named_state(pipe):
    doc = full(pipe, "وتعطلت خدمات السكك الحديدية خلال يومي الثلاثاء والأربعاء الماضيين بسبب بدء سلسلة من الإضرابات "
                     "العمالية في فرنسا.")
    ev = factual(doc, "PROTEST")
    assert ev and "FRA" in party(doc, ev[0]["actors"]), doc["events"]


def test_strike_called_banned_or_ended_by_victims_is_no_strike_told(pipe):
    for text in ("ودعت النقابات المهنية إلى تنفيذ إضراب واعتصام جديد الأربعاء في الأردن.",
                 "وأثار قرار الحكومة حظر الإضرابات غضب النقابات في تونس.",
                 "أعلنت الشركة المشغلة لبرج إيفل بباريس أن المعلم التاريخي فتح أبوابه الجمعة بعد يوم ونصف من الإضراب "
                 "بسبب خلاف نقابي."):
        doc = full(pipe, text)
        assert not factual(doc, "PROTEST"), (text, doc["events"])


def test_strike_told_reads_the_clause():
    from marsad.events.gatherings import strike_told
    from marsad.lang.ar import tokenize
    text = "بدأ الزفزافي الأربعاء إضرابا مفتوحا عن الطعام"
    toks = tokenize(text, 0, len(text))
    assert strike_told(text, toks, 3, 4) == "verb"
    text = "وقال إن كلفة الإضراب تبلغ عشرين مليونا"
    toks = tokenize(text, 0, len(text))
    k = next(i for i, t in enumerate(toks) if t.norm == "الاضراب")
    assert strike_told(text, toks, k, k + 1) is None


def test_state_that_faces_a_wave_of_strikes_is_where_they_are(pipe):
    doc = full(pipe, "تواجه فرنسا موجة من الإضرابات دعت إليها النقابات العمالية في قطاع السكك الحديدية، بوتيرة يومين من "
                     "كل أسبوع.")
    ev = factual(doc, "PROTEST")
    assert ev and "FRA" in party(doc, ev[0]["actors"]), doc["events"]


def test_activists_who_organised_protest_stands_protest(pipe):
    doc = full(pipe, "نظم صحافيون وناشطون يمنيون، الخميس، وقفات احتجاجية، بالتزامن مع اليوم العالمي لحرية الصحافة، "
                     "للمطالبة بإطلاق سراح زملائهم المختطفين في سجون ميليشيات الحوثي.", "2018-05-03T10:00")
    ev = factual(doc, "PROTEST")
    assert ev and "YEM" in party(doc, ev[0]["actors"]), doc["events"]


def test_sit_in_does_not_make_its_dead_journalist_a_striker(pipe):
    from marsad.events.gatherings import is_held, is_strike
    assert is_held("وقفات") and is_held("اعتصاما") and not is_strike("وقفات")

"""False alarms whose parties differ from the gold's (session 16, track s16fp). Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import countries


def test_people_killed_in_a_place_are_of_its_country(pipe):
    # "قتل سبعة أشخاص ... وسط بنغازي": people counted with no nationality who suffer an attack placed in Libya are
    # Libyans (the gold codes them "civilians in Benghazi", LBY)
    doc = full(pipe, "مقتل سبعة أشخاص في انفجار سيارة مفخخة في بنغازي\n\n"
                     "قتل سبعة أشخاص على الأقل وأصيب حوالي 20 آخرين بجروح في تفجير سيارة مفخخة ليل الخميس وسط بنغازي "
                     "في شرق ليبيا، كما أفاد مصدر أمني.", published="2018-05-25T10:00")
    ev = [e for e in factual(doc, "ASSAULT") if e["recipients"]]
    assert ev and all(countries(doc, e["recipients"]) == {"LBY"} for e in ev)


def test_people_arrested_in_a_place_are_of_its_country(pipe):
    doc = full(pipe, "المغرب يعلن تفكيك خلية إرهابية\n\n"
                     "أعلنت وزارة الداخلية المغربية أن قوات الأمن اعتقلت الخميس في مدينتي وادي زم وطنجة ثمانية أشخاص "
                     "تتراوح أعمارهم بين 21 و31 عاما.", published="2018-03-31T10:00")
    ev = [e for e in factual(doc, "COERCE") if e["recipients"]]
    assert ev and "MAR" in countries(doc, ev[0]["recipients"])


def test_civilians_keep_no_country_when_the_story_is_split():
    # the story's dominant country and its first place differ (Israeli strikes told by a Syrian source): no guess
    from marsad.events.stage import _placed_victims

    by_id = {"p": {"type": "NORP", "sector": "CVL", "country": None}, "isr": {"type": "GPE", "country": "ISR"}}
    ev = {"type": "ASSAULT", "actors": ["isr"], "recipients": ["p"], "location": None}
    _placed_victims([ev], by_id, None)
    assert by_id["p"]["country"] is None
    _placed_victims([ev], by_id, "SYR")
    assert by_id["p"]["country"] == "SYR"


def test_a_victim_placed_in_two_countries_keeps_none():
    from marsad.events.stage import _placed_victims

    by_id = {"p": {"type": "NORP", "sector": "CVL", "country": None}, "a": {"type": "GPE", "country": "SYR"},
             "b": {"type": "GPE", "country": "TUR"}}
    evs = [{"type": "ASSAULT", "actors": [], "recipients": ["p"], "location": "a"},
           {"type": "COERCE", "actors": [], "recipients": ["p"], "location": "b"}]
    _placed_victims(evs, by_id, None)
    assert by_id["p"]["country"] is None


def test_militants_killed_in_a_place_are_of_its_country(pipe):
    doc = full(pipe, "البنتاغون يؤكد مقتل متشددين في اليمن بغارة أميركية\n\n"
                     "أكدت وزارة الدفاع الأميركية، الخميس، مقتل 4 متشددين في غارة جوية للجيش الأميركي في اليمن.",
               published="2018-03-29T10:00")
    ev = [e for e in factual(doc, "ASSAULT") if e["recipients"]]
    assert ev and any("YEM" in countries(doc, e["recipients"]) for e in ev)


def test_a_crowd_protesting_in_a_place_is_of_its_country(pipe):
    doc = full(pipe, "احتجاجات في البصرة\n\n"
                     "وتظاهر صباح الجمعة عشرات المواطنين أمام حقل القرنة النفطي في شمال البصرة.",
               published="2018-07-20T10:00")
    ev = factual(doc, "PROTEST")
    assert ev and "IRQ" in countries(doc, ev[0]["actors"])

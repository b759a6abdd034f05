"""Recall of military events, tenth session: strikes launched by a light verb with its subject between (شنت الولايات
المتحدة ... فجر السبت ضربات على)، battles between named armed sides (معارك عنيفة بين / مع)، and what stays out (a
hypothetical strike, a battle whose only "side" is the district it was fought in, a state patron). Real news phrasing
(Arabic corpus style)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import pairs

from marsad.events import strikes as K
from marsad.lang.ar import tokenize


def test_launched_helper():
    text = "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات على مواقع سورية"
    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.text == "ضربات")
    assert K.launched(text, toks, k)
    text = "قال الوزير إن الحكومة لن تقبل أن ضربات الجزاء"
    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.text == "ضربات")
    assert not K.launched(text, toks, k)
    # a blow dealt (وجه ضربة) is no launch
    text = "وجه القرار ضربة قوية للاقتصاد"
    toks = tokenize(text)
    assert not K.launched(text, toks, next(i for i, t in enumerate(toks) if t.text == "ضربة"))


def test_light_verb_with_subject_and_time_between(pipe):
    doc = full(pipe, "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات على مواقع سورية، ردا على هجوم كيماوي "
                     "مفترض في دوما.", published="2018-04-14T10:00")
    got = pairs(doc, "ASSAULT")
    assert any("USA" in a and "GBR" in a and "FRA" in a and "SYR" in r for a, r in got), got


def test_launched_strikes_are_no_verbal_attack(pipe):
    doc = full(pipe, "ويأتي البيان في حين تشهد علاقات البلدين تدهورا مع موسكو بعد شن الغرب ضربات ضد سوريا.",
               published="2018-04-17T10:00")
    assert not any(e["trigger"]["text"] == "ضربات" for e in doc["events"] if e["type"] == "ACCUSE")


def test_any_strike_is_none_told(pipe):
    doc = full(pipe, "وكان الجيش الروسي قد قال في 13 مارس إنه سيرد على أي ضربة تشنها الولايات المتحدة على سوريا.",
               published="2018-04-10T10:00")
    assert not any("USA" in a and "SYR" in r for a, r in pairs(doc, "ASSAULT"))


def test_battles_between_army_and_militia(pipe):
    doc = full(pipe, "تواصلت المعارك العنيفة بين قوات الجيش الوطني وميليشيا الحوثي، الأحد، في محافظة الجوف شمال "
                     "شرق اليمن.", published="2018-02-25T10:00")
    got = pairs(doc, "ASSAULT")
    assert any("YEM" in a and "الحوثي" in r for a, r in got), got


def test_battles_with_after_advance(pipe):
    doc = full(pipe, "الجيش السوري يتوغل في حي القدم جنوب دمشق بعد معارك عنيفة مع تنظيم \"الدولة الإسلامية\"",
               published="2018-04-29T10:00")
    got = pairs(doc, "ASSAULT")
    assert any("SYR" in a and ("Islamic State" in r or "الدولة الإسلامية" in r) for a, r in got), got


def test_district_is_no_fighter(pipe):
    doc = full(pipe, "أحكمت قوات #الجيش_اليمني، السبت، سيطرتها على عدة مواقع استراتيجية بمديرية #حرض في محافظة "
                     "#حجة شمال غرب البلاد، عقب معارك عنيفة مع #ميليشيا_الحوثي الانقلابية.",
               published="2018-05-26T10:00")
    assert not any("حرض" in a for a, r in pairs(doc, "ASSAULT"))


def test_bare_battles_background_no_event(pipe):
    doc = full(pipe, "تتزايد وفود النازحين السوريين القادمين من درعا والفارين من المعارك إلى الحدود الأردنية.",
               published="2018-06-28T10:00")
    assert not factual(doc, "ASSAULT")


def test_fighters_need_named_armed_body():
    ents = {"a": {"sector": "MIL", "status": "named"}, "b": {"sector": "REB", "status": "named"},
            "c": {"sector": "MIL", "status": "nominal"}, "d": {"type": "GPE", "kb_id": "country:IRN"},
            "e": {"type": "GPE", "sector": None}}
    assert K.fighters(["a", "b"], ents)
    assert not K.fighters(["c"], ents)
    assert not K.fighters(["d"], ents)
    assert not K.fighters(["e"], ents)
    assert not K.fighters([], ents)


def test_modal_subject_did_it(pipe):
    # the subject of نجح is the author; the party after لـ on the object is what was struck, not the author
    doc = full(pipe, "نجح الجيش اليمني في تدمير تعزيزات لميليشيات الحوثي.", published="2018-06-15T10:00")
    evs = factual(doc, "ASSAULT")
    assert not any("الحوثي" in party(doc, e["actors"]) for e in evs)
    assert any("YEM" in party(doc, e["actors"]) and "الحوثي" in party(doc, e["recipients"]) for e in evs)


def test_modal_with_subject_head_before_owner(pipe):
    doc = full(pipe, "وتمكن مقاتلو ألوية العمالقة من تدمير مدفعين للميليشيات الحوثية قرب مدينة التحيتا.",
               published="2018-06-15T10:00")
    assert any("العمالقة" in a and "الحوثي" in r for a, r in pairs(doc, "ASSAULT"))


def test_modal_negated_is_left_alone():
    from marsad.lang.ar import tokenize as tk
    toks = tk("ولم يتمكن الجيش الأفغاني من صد الهجوم")
    groups = [{"s": 2, "e": 4, "ids": ["e1"], "prep": None}]
    assert K.modal_subject(toks, groups, 5) is None
    toks = tk("وتمكن الجيش الأفغاني من صد الهجوم")
    assert K.modal_subject(toks, [{"s": 1, "e": 3, "ids": ["e1"], "prep": None}], 4) == ["e1"]
    toks = tk("وقالت إن الشرطة ستنجح في اعتقال المشتبه به")
    assert K.modal_subject(toks, [{"s": 2, "e": 3, "ids": ["e1"], "prep": None}], 5) is None


def test_denied_strike_keeps_its_author(pipe):
    # "استهداف إسرائيل لمواقعه": the genitive struck the denier's own positions (not the reverse)
    doc = full(pipe, "حزب الله ينفي استهداف إسرائيل لمواقعه على حدود سوريا", published="2018-03-25T10:00")
    evs = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert evs and all("ISR" in party(doc, e["actors"]) and e["negated"] for e in evs)


def test_sniper_head_before_the_army_is_the_agent(pipe):
    # "برصاص قناصة الجيش الإسرائيلي": the army shot, the Palestinians were killed (not the reverse)
    doc = full(pipe, "قتل فلسطينيان برصاص قناصة الجيش الإسرائيلي بينما أصيب 170 آخرون بجروح مختلفة خلال احتجاجات "
                     "شرقي قطاع غزة.", published="2018-08-10T10:00")
    got = pairs(doc, "ASSAULT")
    assert got and all("ISR" in a and "PSE" in r for a, r in got if "ISR" in a + r), got
    assert not any("ISR" in r for a, r in got)


def test_agent_after_a_series_of_victims(pipe):
    doc = full(pipe, "أعلنت وزارة الصحة بقطاع غزة الجمعة، مقتل فلسطينيين اثنين وإصابة أكثر من 300 آخرين برصاص الجيش "
                     "الإسرائيلي خلال تظاهرات على طول حدود القطاع.", published="2018-08-10T10:00")
    got = pairs(doc, "ASSAULT")
    assert got and not any("ISR" in r for a, r in got), got


def test_on_the_hand_of_forces_is_the_killer(pipe):
    doc = full(pipe, "قال قادة فصائل كردية إن امرأة بريطانية تقاتل إلى جانب القوات الكردية قتلت في مدينة عفرين على يد "
                     "القوات التركية.", published="2018-03-18T10:00")
    got = [(a, r) for a, r in pairs(doc, "ASSAULT")]
    assert not any("TUR" in r for a, r in got), got


def test_partitive_arrest_of_a_citys_residents(pipe):
    doc = full(pipe, "اعتقلت ميليشيات الحوثي المئات من أبناء مدينة الحديدة.", published="2018-06-20T10:00")
    evs = factual(doc, "COERCE")
    assert any("الحوثي" in party(doc, e["actors"]) and "أبناء مدينة الحديدة" in party(doc, e["recipients"]) for e in evs)


def test_announced_strikes_carried_out(pipe):
    # "عن تنفيذ غارات": an armed body announces strikes it carried out (not a plan); the target after على
    doc = full(pipe, "أعلن سلاح الجو الإسرائيلي عن تنفيذ غارات على 25 موقعا تابعا لحماس في غزة، حسب بيان أصدره مساء "
                     "الثلاثاء.", published="2018-07-17T20:00")
    got = pairs(doc, "ASSAULT")
    assert any("ISR" in a and "Hamas" in r for a, r in got), got


def test_threat_to_carry_out_attacks_stays_a_threat(pipe):
    doc = full(pipe, "وهدد الحرس الثوري بتنفيذ هجمات على القواعد الأمريكية.", published="2018-07-17T20:00")
    assert not factual(doc, "ASSAULT")


def test_dead_of_a_clash_with_a_named_side(pipe):
    doc = full(pipe, "وفي الحديدة، أفاد مراسلنا بمقتل 15 عنصرا من الميليشيات الانقلابية خلال اشتباكات مع ألوية "
                     "العمالقة في منطقتي الفازة والجاح.", published="2018-06-25T10:00")
    got = pairs(doc, "ASSAULT")
    assert any("العمالقة" in a or "Giants" in a for a, r in got), got

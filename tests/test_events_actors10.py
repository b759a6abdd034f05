"""Parties named through the people who stand for them (events/parties.py ``_proxy``, ``_his_country``): a delegation of
a body or a state (وفدا من مجلس النواب الأميركي، وفدا برلمانيا أميركيا), representatives of a body or a state (ممثلون عن
"الجيش السوري الحر"، ممثلون عن أبوظبي), the residents of a place (أبناء مدينة البصرة), and بلاده/بلادها for the
country of the person named before (the state, not a city of it; not بلدة "town"). Short news-style sentences."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import entity_index


def test_delegation_of_a_named_body_is_that_body(pipe):
    doc = full(pipe, "وجاءت تصريحات الرئيس عبد الفتاح السيسي خلال لقائه وفدا من مجلس النواب الأميركي برئاسة النائب "
                     "داريل عيسى.")
    ev = factual(doc, "CONSULT")
    assert ev and "USA" in party(doc, ev[0]["recipients"]) and "مجلس النواب" in party(doc, ev[0]["recipients"])


def test_delegation_with_adjectives_takes_the_demonym_state(pipe):
    doc = full(pipe, "واستقبل الرئيس اللبناني ميشال عون وفدا برلمانيا أميركيا في قصر بعبدا.")
    ev = factual(doc, "CONSULT")
    assert ev and "USA" in party(doc, ev[0]["recipients"])
    rec = entity_index(doc)[ev[0]["recipients"][0]]
    assert rec["sector"] == "LEG"


def test_delegation_of_a_movement(pipe):
    doc = full(pipe, "والتقى وزير الخارجية المصري سامح شكري وفد حماس في القاهرة.")
    ev = factual(doc, "CONSULT")
    assert ev and "حماس" in party(doc, ev[0]["recipients"])


def test_representatives_of_a_quoted_group_are_the_group():
    from marsad.events.parties import _proxy_head
    assert _proxy_head("ممثلون") == "rep" and _proxy_head("وممثلو") == "rep+" and _proxy_head("ممثل") is None


def test_representatives_of_a_group_are_a_party(pipe):
    doc = full(pipe, "والتقى ممثلون عن \"الجيش السوري الحر\" مسؤولين أتراك في أنقرة.")
    fsa = [e for e in doc["entities"] if e.get("name") == "Free Syrian Army"]
    assert fsa
    # the proxy phrase does not make a second, bare party of "ممثلون"
    assert not any(e.get("name_ar") == "ممثلون" for e in doc["entities"])


def test_representatives_of_a_capital_are_its_state(pipe):
    doc = full(pipe, "ورفض ممثلون عن أبوظبي الاتهامات القطرية أمام محكمة العدل الدولية.")
    assert any(e.get("country") == "ARE" and "ممثلون عن أبوظبي" in [m["text"] for m in e["mentions"]]
               for e in doc["entities"])


def test_residents_of_a_city_protest(pipe):
    doc = full(pipe, "وتظاهر أبناء مدينة البصرة أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء.")
    ev = factual(doc, "PROTEST")
    assert ev and "IRQ" in party(doc, ev[0]["actors"]) and "البصرة" in party(doc, ev[0]["actors"])


def test_his_country_is_the_state_not_a_city(pipe):
    doc = full(pipe, "وقال الرئيس التركي رجب طيب أردوغان إن قنصلية بلاده في إسطنبول تعرضت لهجوم.")
    hit = [e for e in doc["entities"] if any(m["text"] == "بلاده" for m in e["mentions"])]
    assert hit and hit[0]["name"] == "Turkey" and hit[0]["country"] == "TUR"


def test_his_country_from_the_speaker_of_the_sentence_before(pipe):
    doc = full(pipe, "وقال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق النووي لا يزال قائما. "
                     "وأضاف أن بلاده ترفض العقوبات الأمريكية الجديدة.")
    hit = [e for e in doc["entities"] if any(m["text"] == "بلاده" for m in e["mentions"])]
    assert hit and hit[0]["country"] == "IRN"


def test_a_town_is_no_country(pipe):
    doc = full(pipe, "وقال الرئيس السوري بشار الأسد إن الجيش سيدخل بلدة حرستا قريبا.")
    assert not any(m["text"] == "بلدة" for e in doc["entities"] for m in e["mentions"])


# ---- a party an alignment participle names after another party describes it: no party of the event
def test_the_backer_of_a_militia_is_no_author(pipe):
    doc = full(pipe, "وقصفت ميليشيات الحوثي الموالية لإيران مواقع الجيش اليمني في تعز.")
    ev = factual(doc, "ASSAULT")
    assert ev and "Houthis" in party(doc, ev[0]["actors"]) and "Yemeni Army" in party(doc, ev[0]["recipients"])
    assert not any("IRN" in party(doc, e["actors"] + e["recipients"]) for e in doc["events"])


def test_the_regime_an_armed_group_opposes_is_no_party(pipe):
    doc = full(pipe, "وكانت المحادثات توقفت السبت بعدما رفض ممثلون عن \"الجيش السوري الحر\" المعارض للنظام السوري "
                     "طلب ضباط من الجيش الروسي تسليم الأسلحة الثقيلة.")
    ev = factual(doc, "REJECT")
    assert ev and "Free Syrian Army" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


def test_the_body_a_unit_belongs_to_stays_a_party():
    from marsad.events.parties import _ALIGNED
    assert "التابعه" not in _ALIGNED and "المواليه" in _ALIGNED


def test_unionists_are_a_party(pipe):
    doc = full(pipe, "ونظم نقابيون من الكونفدرالية العامة للشغل وقفة احتجاجية أمام البرلمان في تونس.")
    assert any(e.get("name_ar") == "نقابيون" and e.get("sector") == "CVL" for e in doc["entities"])


# ---- بلاده after a person noun's nationality adjective, and a body in construct with it
def test_his_country_after_a_citizen_of_a_nationality(pipe):
    doc = full(pipe, "يمثل مواطن فرنسي يعمل في قنصلية بلاده في القدس أمام القضاء يوم الإثنين بتهمة تهريب أسلحة.")
    hit = [e for e in doc["entities"] if any(m["text"] == "بلاده" for m in e["mentions"])]
    assert hit and hit[0]["country"] == "FRA"


def test_a_place_adjective_is_no_antecedent_of_his_country(pipe):
    doc = full(pipe, "وناشد والد شاب قضى في مدينة عفرين السورية حكومة بلاده المساعدة في إعادة جثمانه.")
    assert not any(e.get("country") == "SYR" and any("بلاده" in m["text"] for m in e["mentions"])
                   for e in doc["entities"])


def test_the_government_of_his_country_is_a_body_of_that_state(pipe):
    doc = full(pipe, "وقال وزير الدفاع الأمريكي جيم ماتيس إن قوات بلاده قصفت مواقع لتنظيم داعش في سوريا.")
    ev = factual(doc, "ASSAULT")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "قوات بلاده" in party(doc, ev[0]["actors"])
    actor = entity_index(doc)[ev[0]["actors"][0]]
    assert actor["type"] == "ORG" and actor["sector"] == "MIL"


def test_a_citizen_accuses_the_government_of_his_country(pipe):
    doc = full(pipe, "وأعلن رجل الأعمال القطري نجيب النعيمي أن حكومة بلاده تنتهك حقوقه الدستورية.")
    assert any(e["name_ar"] == "حكومة بلاده" and e["country"] == "QAT" for e in doc["entities"])


def test_the_foreign_minister_of_his_country_with_a_name(pipe):
    doc = full(pipe, "وأعلن الرئيس الإيراني حسن روحاني أن وزير خارجية بلاده محمد جواد ظريف التقى نظيره الروسي سيرغي "
                     "لافروف في موسكو.")
    ev = factual(doc, "CONSULT")
    assert ev and "Zarif" in party(doc, ev[0]["actors"])


def test_the_foreign_minister_of_his_country_without_a_name(pipe):
    doc = full(pipe, "وقال السفير السعودي في واشنطن إن وزير خارجية بلاده التقى نظيره الأمريكي في الرياض.")
    ev = factual(doc, "CONSULT")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "وزير خارجية بلاده" in party(doc, ev[0]["actors"])

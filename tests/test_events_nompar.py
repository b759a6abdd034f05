"""Parties named by a common noun phrase rather than a proper name (events/parties.py): offices of international
bodies (المبعوث الأممي), bodies of two states named by two nationality adjectives (اللجنة العسكرية الروسية التركية),
groups named by what they are or did (الأسر، الضالعين، الدول الإسلامية), state bodies with a country adjective the
entity stage reads as another country's (مجلس الشيوخ الهولندي). Short news-style sentences through the whole pipeline;
no shared data needed."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import entities


# ---- offices of international bodies
def test_bare_un_envoy_is_the_actor(pipe):
    doc = full(pipe, "واتهم المبعوث الدولي قوات النظام السوري بتصعيد هجومها البري والجوي على الغوطة الشرقية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "المبعوث الدولي" in party(doc, ev[0]["actors"]) and "SYR" in party(doc, ev[0]["recipients"])
    envoy = entities(doc, ev[0]["actors"])[0]
    assert envoy["country"] is None and envoy["sector"] == "IGO"  # the envoy to Syria is not Syria


def test_un_envoy_resolves_to_the_named_holder(pipe):
    doc = full(pipe, "وصل المبعوث الأممي إلى اليمن مارتن غريفيث إلى صنعاء أمس. "
                     "وانتقد المبعوث الأممي الحوثيين لعرقلتهم المفاوضات.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Martin Griffiths" in party(doc, ev[0]["actors"]) and "الحوثي" in party(doc, ev[0]["recipients"])


def test_envoy_of_the_un_by_its_genitive_resolves_to_the_holder(pipe):
    doc = full(pipe, "وصل مبعوث الأمم المتحدة إلى اليمن، مارتن غريفيث، إلى صنعاء السبت. "
                     "وانتقد مبعوث الأمم المتحدة الحوثيين لعرقلتهم المفاوضات.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Martin Griffiths" in party(doc, ev[0]["actors"])
    assert "United Nations" not in party(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_bare_secretary_general_is_the_one_named(pipe):
    doc = full(pipe, "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريس إسرائيل إلى ضبط النفس أمس. وانتقد الأمين العام "
                     "الحكومة الإسرائيلية بسبب استخدام القوة المفرطة ضد المتظاهرين.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Guterres" in party(doc, ev[0]["actors"]) and "ISR" in party(doc, ev[0]["recipients"])


def test_one_word_after_an_international_office_is_no_name(pipe):
    doc = full(pipe, "وكان هادي قد أبلغ المبعوث الأممي بضرورة انسحاب الحوثيين من مدينة الحديدة.")
    names = {e.get("name") for e in doc["entities"]}
    assert "بضرورة" not in names and not any("بضرورة" in (n or "") for n in names)


def test_headline_envoy_is_the_new_holder_named_in_the_story(pipe):
    # a headline verb and a clitic after the office are no name; "الجديد" does not make the named holder a former one
    doc = full(pipe, 'المبعوث الدولي يسعى لـ"تسيير العملية السياسية" في اليمن\n\n'
                     'تعهد المبعوث الدولي الجديد إلى اليمن، مارتن غريفيث، بالعمل بجد لتيسير عملية سياسية شاملة.')
    names = {e.get("name") for e in doc["entities"]}
    assert not any((n or "").startswith("يسعى") for n in names)
    assert not any((n or "").startswith("المبعوث") for n in names)  # (the office is Griffiths, no party of its own)


def test_icc_prosecutor_with_her_court_is_one_party(pipe):
    doc = full(pipe, "اتهمت المدعية العامة للمحكمة الجنائية الدولية فاتو بنسودا الحكومة السودانية بعرقلة التحقيق.")
    ev = factual(doc, "ACCUSE")
    assert ev and "بنسودا" in party(doc, ev[0]["actors"])
    assert "SDN" in party(doc, ev[0]["recipients"]) and "International Criminal Court" not in party(doc, ev[0]["recipients"])


# ---- a body of two states
def test_joint_committee_is_the_two_states(pipe):
    doc = full(pipe, "واتفقت اللجنة العسكرية الروسية التركية على تسيير دوريات مشتركة في إدلب.")
    ev = factual(doc, "AGREE")
    assert ev and {"RUS", "TUR"} <= set(e["country"] for e in entities(doc, ev[0]["actors"] + ev[0]["recipients"]))


def test_joint_committee_meets(pipe):
    doc = full(pipe, "وعقدت اللجنة الروسية الأمريكية اجتماعها الأول في جنيف.")
    ev = factual(doc, "CONSULT")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_relations_of_two_states_are_no_body(pipe):
    # a topic named by two adjectives (العلاقات المصرية السودانية) is no joint body
    doc = full(pipe, "وبحث الوزير مع السفير تطوير العلاقات المصرية السودانية.")
    assert not any(len(m.get("text", "").split()) > 2 and m["text"].startswith("العلاقات")
                   for e in doc["entities"] for m in e.get("mentions") or [])


# ---- groups named by a common noun
def test_families_accuse_a_state(pipe):
    doc = full(pipe, "وتتهم الأسر قطر بالمسؤولية عن مقتل أبنائها.")
    ev = factual(doc, "ACCUSE")
    assert ev and "الأسر" in party(doc, ev[0]["actors"]) and "QAT" in party(doc, ev[0]["recipients"])
    fam = entities(doc, ev[0]["actors"])[0]
    assert fam["country"] is None  # "الأسر قطر": the state after a definite noun is no genitive of it


def test_saudi_after_a_definite_noun_is_its_adjective(pipe):
    # "السعودية" is the state's name and its adjective: "السلطات السعودية" are Saudi authorities, one party
    doc = full(pipe, "واتهمت السلطات السعودية قطر بدعم الإرهاب.")
    ev = factual(doc, "ACCUSE")
    assert ev and "السلطات السعودية" in party(doc, ev[0]["actors"]) and "QAT" in party(doc, ev[0]["recipients"])


def test_islamic_states_are_a_party(pipe):
    doc = full(pipe, "دعت الدول الإسلامية إيران إلى الكف عن التدخل في شؤونها.")
    ev = factual(doc, "REQUEST")
    assert ev and "الدول الإسلامية" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])
    assert entities(doc, ev[0]["actors"])[0]["country"] is None


def test_perpetrators_are_a_party(pipe):
    doc = full(pipe, "وقد توعد مادورو الضالعين في العملية بأنهم سيواجهون عقابا شديدا.")
    ev = factual(doc, "THREATEN")
    assert ev and "الضالعين" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "اعتقلت الشرطة المتورطين في الهجوم.")
    ev = factual(doc, "COERCE")
    assert ev and "المتورطين" in party(doc, ev[0]["recipients"])


def test_perpetrators_after_a_comma_describe_the_party_before(pipe):
    doc = full(pipe, "وتأتي زيارة قادة قطر، المتورطين في تمويل الإرهاب، بعد أيام من الهجوم.")
    assert not any(e.get("name") == "المتورطين" for e in doc["entities"])


# ---- state bodies
def test_senate_with_another_countrys_adjective(pipe):
    doc = full(pipe, "وانتقد مجلس الشيوخ الإيطالي الحكومة الفرنسية بشدة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "ITA" in party(doc, ev[0]["actors"]) and "USA" not in party(doc, ev[0]["actors"])


def test_state_security_prosecution_takes_the_named_country(pipe):
    doc = full(pipe, "وأمرت نيابة أمن الدولة العليا في مصر بحبس الناشط 15 يوما.")
    ent = next(e for e in doc["entities"] if (e.get("name") or "").startswith("نيابة أمن الدولة"))
    assert ent["country"] == "EGY" and ent["sector"] == "JUD"


def test_operations_command_takes_its_citys_country(pipe):
    doc = full(pipe, "وقالت قيادة عمليات البصرة إن قواتها اعتقلت عشرة متظاهرين.")
    ent = next(e for e in doc["entities"] if (e.get("name") or "").startswith("قيادة عمليات"))
    assert ent["country"] == "IRQ" and ent["sector"] == "MIL"


# ---- an organisation's head noun alone refers back to it
def test_the_ministry_is_the_one_named_before(pipe):
    doc = full(pipe, "أصدرت وزارة الداخلية المصرية بيانا عن الهجوم الذي وقع أمس في سيناء.\n"
                     "واتهمت الوزارة جماعة الإخوان بالتخطيط للهجوم.")
    ev = factual(doc, "ACCUSE")
    assert ev and "EGY" in party(doc, ev[0]["actors"]) and "Ministry of Interior" in party(doc, ev[0]["actors"])


def test_the_organisation_is_the_one_named_before(pipe):
    doc = full(pipe, "أصدرت منظمة العفو الدولية تقريرا عن الحرب في اليمن أمس.\n"
                     "واتهمت المنظمة التحالف العربي بقصف المدنيين.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Amnesty International" in party(doc, ev[0]["actors"])


def test_no_antecedent_when_two_bodies_share_the_head(pipe):
    doc = full(pipe, "انتقدت وزارة الخارجية الروسية القرار أمس.\nوأيدت وزارة الدفاع الأمريكية القرار أمس.\n"
                     "واتهمت الوزارة الحكومة السورية بالمماطلة.")
    ev = [e for e in factual(doc, "ACCUSE") if "SYR" in party(doc, e["recipients"])]
    assert not ev or not ({"RUS", "USA"} & set(party(doc, ev[0]["actors"]).split()))


def test_a_members_genitive_is_no_party(pipe):
    # "رئيسة اللجنة": the chairwoman speaks, not the committee
    doc = full(pipe, "شكل الرئيس التونسي لجنة الحريات الفردية والمساواة العام الماضي.\n"
                     "وقالت رئيسة اللجنة إنها لم تتوقع دعما واسعا من الأحزاب.")
    assert not any("لجنة الحريات" in party(doc, e["actors"]) for e in doc["events"])


def test_office_with_a_demonym_the_entity_stage_tagged(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "وانتقد المسؤول الأمريكي الحكومة العراقية بشدة.", "2018-05-01T10:00")
    acc = factual(doc, "ACCUSE")
    assert acc and "USA" in entity_names(doc, acc[0]["actors"]) and "IRQ" in entity_names(doc, acc[0]["recipients"])
    doc = full(pipe, "واتهم مسؤولون إسرائيليون حماس بإطلاق الصواريخ.", "2018-05-01T10:00")
    acc = factual(doc, "ACCUSE")
    assert acc and "ISR" in entity_names(doc, acc[0]["actors"]), doc["events"]

# ---- a bare state body refers back to the one named before with its country
def test_bare_government_is_the_one_named_before(pipe):
    doc = full(pipe, "انتقدت الحكومة البريطانية روسيا أمس.\nودعت الحكومة روسيا إلى تقديم تفسير.")
    ev = factual(doc, "REQUEST")
    assert ev and "GBR" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])
    assert "RUS" not in party(doc, ev[0]["actors"])  # "الحكومة روسيا": a definite noun takes no genitive


def test_bare_presidency_is_the_one_named_before(pipe):
    doc = full(pipe, "وفي رسالة نصية من الرئاسة الفلبينية إلى الصحافيين أمس.\n"
                     "طالبت الرئاسة بسرعة معاقبة اللبناني المشتبه بقتل الخادمة.")
    ev = factual(doc, "REQUEST")
    assert ev and "PHL" in party(doc, ev[0]["actors"])


def test_bare_police_acting_in_another_state_is_not_resolved(pipe, stage):
    from marsad.events.parties import DocParties

    text = "أعلنت الشرطة الفرنسية اعتقال دبلوماسي إيراني أمس في باريس.\nوداهمت الشرطة ثلاثة منازل في بلجيكا يوم السبت."
    doc = full(pipe, text)
    dp = DocParties(doc, stage.lex)
    s, e = doc["sentences"][-1]
    police = [m for m in dp.mentions(dp.tokens(s, e)) if text[m.start:m.end] == "الشرطة"]
    assert police and (dp.by_id.get(police[0].eid) or {}).get("country") != "FRA"
    # the same sentence without another state: the French police named before
    text = text.replace(" في بلجيكا", "")
    doc = full(pipe, text)
    dp = DocParties(doc, stage.lex)
    s, e = doc["sentences"][-1]
    police = [m for m in dp.mentions(dp.tokens(s, e)) if text[m.start:m.end] == "الشرطة"]
    assert police and (dp.by_id.get(police[0].eid) or {}).get("country") == "FRA"


# ---- the Houthis named as "the Houthi militias"
def test_houthi_militia_forms_are_the_houthis(pipe):
    doc = full(pipe, "وشنت طائرات التحالف العربي غارات على مواقع الميليشيات الحوثية في الحديدة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "YEM" in party(doc, ev[0]["recipients"]) and "Houthi" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "واتهمت الحكومة اليمنية مليشيات الحوثي الإيرانية بقصف الأحياء السكنية في تعز.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Houthi" in party(doc, ev[0]["recipients"]) and "IRN" not in party(doc, ev[0]["recipients"])


# ---- weapons and units named with their owner
def test_artillery_of_the_army_is_the_army(pipe):
    doc = full(pipe, "وقصفت مدفعية الجيش اليمني مواقع الحوثيين في تعز.")
    ev = factual(doc, "ASSAULT")
    assert ev and "Yemeni Army" in party(doc, ev[0]["actors"]) and "Houthi" in party(doc, ev[0]["recipients"])


def test_planes_with_a_nationality_are_the_state(pipe):
    doc = full(pipe, "وقصفت طائرات إسرائيلية مواقع لحماس في غزة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "ISR" in party(doc, ev[0]["actors"]) and "Hamas" in party(doc, ev[0]["recipients"])


def test_fighter_jets_of_the_coalition_are_no_party_of_their_own(pipe):
    doc = full(pipe, "وشنت مقاتلات التحالف العربي غارات على مواقع الحوثيين في صعدة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "Saudi-led coalition" in party(doc, ev[0]["actors"])
    assert not any("coalition" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT"))


def test_allying_with_is_no_coalition(pipe):
    doc = full(pipe, "وقال التحالف الدولي ضد داعش إنه نفذ غارات في سوريا أمس.\n"
                     "ونشر الصدر بيانا ذكر فيه أسماء الكتل التي لا مانع لديه من التحالف معها.")
    assert not any("Coalition" in party(doc, e["actors"] + e["recipients"]) and "الصدر" in e["sentence"]
                   for e in doc["events"])


def test_bare_refugees_are_those_named_before(pipe):
    doc = full(pipe, "يستضيف لبنان نحو مليون من اللاجئين السوريين منذ سنوات.\n"
                     "وأكد الحريري أن هناك حاجة لتوسيع المساعدات الإنسانية لتشمل اللاجئين والمجتمعات المضيفة.")
    names = {e["name"] for e in doc["entities"] for ev in doc["events"] for i in ev["recipients"] if e["id"] == i}
    assert "اللاجئين" not in names

"""Trigger lexicon morphology: the conjugations ``expand`` derives from a PAST/PRESENT row."""
from marsad.events.lexicon import expand
from marsad.events.stage import EventStage
from marsad.record import new_document

STAGE = EventStage(veto=False)
STAGE.setup()


def test_defective_verb_conjugations():
    forms = set(expand("اعتدى/عتدي"))
    assert {"اعتدي", "اعتدت", "اعتدوا", "يعتدي", "يعتدون", "تعتدي"} <= forms


def test_sound_verb_keeps_its_forms():
    forms = set(expand("هاجم/هاجم"))
    assert {"هاجم", "هاجمت", "هاجموا", "يهاجم", "يهاجمون"} <= forms
    assert "هاجوا" not in forms


def test_feminine_defective_past_is_an_attack():
    types = {t for t, _ in STAGE.sentence_candidates("واعتدت قوة من الشرطة على المصلين في المسجد.")[0]}
    assert "ASSAULT" in types


def test_shooting_down_aircraft_needs_an_aircraft():
    assert "ASSAULT" in {t for t, _ in STAGE.sentence_candidates(
        "وأعلنت وزارة الدفاع أن قواتها أسقطت طائرتي تجسس مسيرتين فوق المدينة.")[0]}
    assert "ASSAULT" not in {t for t, _ in STAGE.sentence_candidates("أسقطت المحكمة التهم الموجهة إليه.")[0]}


def _factual(text):
    doc = new_document("t", text)
    doc["sentences"] = [[0, len(text)]]
    STAGE.process(doc)
    return {e["type"] for e in doc["events"] if not (e["negated"] or e["hypothetical"] or e["historical"])}


def test_planned_attack_is_not_asserted():
    assert "ASSAULT" not in _factual("دانت محكمة بريطانية الأربعاء متطرفا بالتخطيط للاعتداء على مقر رئيسة الوزراء.")
    assert "ASSAULT" not in _factual("أجرت القوات تدريبات دفاعية تحسبا لأي ضربة جوية على المنشآت.")


def test_attack_named_as_a_charge_is_background():
    assert "ASSAULT" not in _factual("اعتقلت الشرطة ثلاثة أشخاص بتهمة الضلوع في الهجوم على السفارة.")


def test_ministry_is_no_visit_and_a_trip_no_deportation():
    assert STAGE.sentence_candidates("وبحسب مصادر في وزارة الصحة بصنعاء، فإن الوكلاء أبلغوا المنظمات الدولية.")[0] == []
    assert "COERCE" not in {t for t, _ in STAGE.sentence_candidates(
        "أردوغان يدافع عن مسعود أوزيل قبيل رحلته إلى ألمانيا")[0]}


def test_planned_occasion_named_by_a_noun_is_hypothetical(pipe):
    d = pipe.run_one(new_document("t", "هكذا يرى الرئيس الأميركي نتائج القمة المرتقبة بينه وبين الرئيس الكوري الشمالي."))
    assert d["events"] and all(e["hypothetical"] for e in d["events"] if e["type"] == "CONSULT")
    d = pipe.run_one(new_document("t", "عقد الرئيس الأمريكي دونالد ترامب قمة مع الزعيم الكوري الشمالي كيم جونغ أون."))
    assert any(e["type"] == "CONSULT" and not e["hypothetical"] for e in d["events"])


def test_news_agency_is_never_the_author(pipe):
    d = pipe.run_one(new_document("t", "دبي، الإمارات العربية المتحدة (CNN)— قال يحيى السنوار، رئيس حركة حماس، "
                                          "إنه يتفق مع الجانب المصري على ضرورة التهدئة."))
    names = {e["id"]: e.get("name") for e in d["entities"]}
    assert not any(names.get(a) == "CNN" for e in d["events"] for a in e["actors"])


def test_deaths_in_a_mishap_are_no_attack():
    assert "ASSAULT" not in {t for t, _ in STAGE.sentence_candidates(
        "لقي 15 شخصا على الأقل مصرعهم وأصيب 70 آخرون في حريق شب بسوق في العاصمة الكينية نيروبي.")[0]}
    assert "ASSAULT" in {t for t, _ in STAGE.sentence_candidates(
        "قتل 11 شخصا في هجوم مسلح على حافلة بعد حادث سير قرب المدينة.")[0]}


def test_listing_on_a_sanctions_list_is_a_sanction():
    assert "SANCTION" in {t for t, _ in STAGE.sentence_candidates(
        "أدرجت وزارة الخزانة الأمريكية، الأربعاء، قائد ميليشيا ليبية على قائمة العقوبات.")[0]}
    assert "SANCTION" not in {t for t, _ in STAGE.sentence_candidates("تم إدراج البند على جدول أعمال القمة.")[0]}

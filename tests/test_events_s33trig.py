"""Trigger lexicon, session 33 (track s33trig): a crossing, border, corridor or airport opened or reopened (RETREAT
access, no recipient needed), a party mediating between sides (CONSULT third-party: the verb's subject mediates, the
sides after بين are its recipients), relations, contacts or co-operation frozen (SANCTION); and what must not read so.
Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import full, party
from evhelpers import factual_trigger


# --- فتح / إعادة فتح + a crossing, border, corridor, airport (RETREAT access) ---------------------------------------

def test_crossing_reopened(pipe):
    doc = full(pipe, "ليبيا تعيد فتح معبر رأس جدير الحدودي مع تونس")
    ev = factual_trigger(doc, "RETREAT", "فتح")
    assert ev and "LBY" in party(doc, ev[0]["actors"])


def test_crossing_opened_by_a_decision(pipe):
    doc = full(pipe, "وأعادت مصر فتح معبر رفح مع قطاع غزة أمام المسافرين.")
    ev = factual_trigger(doc, "RETREAT", "فتح")
    assert ev and "EGY" in party(doc, ev[0]["actors"])


def test_safe_corridors_opened(pipe):
    doc = full(pipe, "وأعلن الجيش الوطني اليمني، الأحد، عن فتح ممرات آمنة أمام سكان المناطق والأحياء التي تدور فيها "
                     "المواجهات بمدينة الحديدة غرب البلاد.")
    ev = factual_trigger(doc, "RETREAT", "فتح")
    assert ev and "YEM" in party(doc, ev[0]["actors"])


def test_opening_fire_an_inquiry_a_way_is_no_retreat(pipe):
    for s in ("وفتح مسلح النار على المارة في الشارع.",
              "وفتحت الشرطة تحقيقا في الحادث الذي وقع قرب الملعب.",
              "المأزق الذي وصل إليه مجلس الأمن يفتح الطريق أمام الضربات العسكرية الأحادية.",
              "وقرر الاتحاد فتح باب التسجيل أمام الأندية."):
        doc = full(pipe, s)
        assert not [e for e in doc["events"] if e["type"] == "RETREAT"], s


def test_opening_fire_stays_an_attack(pipe):
    doc = full(pipe, "وفتح مسلح النار على المارة في الشارع.")
    assert [e for e in doc["events"] + doc.get("partial_events", []) if e["type"] == "ASSAULT"] or \
        any(e["type"] == "ASSAULT" for e in doc["events"])


# --- توسط: a mediator between sides (CONSULT third-party) ------------------------------------------------------------

def test_mediator_between_two_sides(pipe):
    doc = full(pipe, "وتوسطت الأمم المتحدة بين قيادة جيش الإسلام والحكومة الروسية لتسهيل نقل عشرات المصابين إلى خارج "
                     "الغوطة.")
    ev = factual_trigger(doc, "CONSULT", "توسط")
    assert ev and "United Nations" in party(doc, ev[0]["actors"])
    rec = party(doc, ev[0]["recipients"])
    assert "Jaysh al-Islam" in rec and "RUS" in rec


def test_mediator_of_talks_between(pipe):
    doc = full(pipe, "وتوسط الأردن في محادثات بين الجيش السوري الحر، الذي يضم جماعات للمعارضة المسلحة، والروس بشأن "
                     "اتفاق سينهي القتال.")
    ev = factual_trigger(doc, "CONSULT", "توسط")
    assert ev and "JOR" in party(doc, ev[0]["actors"])


def test_place_in_the_middle_and_relative_mediation_are_none(pipe):
    for s in ("وتتوسط البيضاء بموقعها الاستراتيجي ثماني محافظات يمنية.",
              "وكانت القوات اليمنية الجنوبية قد انتزعت السيطرة على عدن بعد عدة أيام من القتال، انتهت بهدنة توسطت "
              "فيها السعودية والإمارات."):
        doc = full(pipe, s)
        assert not [e for e in doc["events"] if e["type"] == "CONSULT"], s


# --- جمد / تجميد + relations, contacts (SANCTION) ---------------------------------------------------------------------

def test_relations_frozen(pipe):
    doc = full(pipe, "قررت السعودية تجميد العلاقات التجارية مع كندا.")
    ev = factual_trigger(doc, "SANCTION", "تجميد")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "CAN" in party(doc, ev[0]["recipients"])


def test_contacts_frozen(pipe):
    doc = full(pipe, "ونقلت وسائل اعلام أن السلطة الفلسطينية قررت تجميد الاتصالات مع المسؤولين الأميركيين بسبب قرار "
                     "القدس.")
    ev = factual_trigger(doc, "SANCTION", "تجميد")
    assert ev and "USA" in party(doc, ev[0]["recipients"])


def test_a_deal_frozen_by_worse_relations_is_none(pipe):
    doc = full(pipe, "واستعادت بموجبه واشنطن بين العامين 1990 و2005 رفات 229 جنديا أميركيا، لكن مفاعيل هذا الاتفاق "
                     "جمدت إثر تدهور العلاقات بين البلدين.")
    assert not [e for e in doc["events"] if e["type"] == "SANCTION"]


# --- headlines in the present (@headline), inflicted losses, positions wrested, arrests by تقبض -------------------------

_BODY = "\n\nوقالت مصادر محلية إن الوضع هادئ."


def test_headline_positions_wrested(pipe):
    doc = full(pipe, "الجيش اليمني ينتزع مواقع جديدة من الحوثيين شمال لحج" + _BODY)
    ev = factual_trigger(doc, "ASSAULT", "ينتزع")
    assert ev and "Houthi" in party(doc, ev[0]["recipients"])


def test_headline_losses_inflicted(pipe):
    doc = full(pipe, "الجيش اليمني يكبد الحوثيين خسائر في الجوف وصعدة" + _BODY)
    ev = factual_trigger(doc, "ASSAULT", "يكبد")
    assert ev and "Houthi" in party(doc, ev[0]["recipients"]) and "YEM" in party(doc, ev[0]["actors"])


def test_headline_control_of_a_party_s_positions(pipe):
    doc = full(pipe, "مقاتلات التحالف تغير على مواقع داعش في صعدة" + _BODY)
    assert factual_trigger(doc, "ASSAULT", "تغير")


def test_headline_arrest_by_the_imperfect(pipe):
    doc = full(pipe, "إيران تقبض على \"22 شخصا\" يشتبه في ضلوعهم بهجوم الأهواز" + _BODY)
    ev = factual_trigger(doc, "COERCE", "تقبض")
    assert ev and "IRN" in party(doc, ev[0]["actors"])


def test_body_imperfect_of_control_is_a_state(pipe):
    for s in ("وحملت الرئاسة الفلسطينية حركة حماس، التي تسيطر على قطاع غزة منذ 2007، المسؤولية عن الهجوم.",
              "وكانت الوحدات الكردية، التي تسيطر على أجزاء كبيرة من شمال شرق سوريا، حليفا للولايات المتحدة."):
        doc = full(pipe, s)
        assert not [e for e in doc["events"] if "سيطر" in e["trigger"]["text"]], s


def test_losses_suffered_and_figurative_headlines_are_none(pipe):
    for s in ("وتكبدت الميليشيات خسائر فادحة في الأرواح والعتاد خلال المعارك.",
              "النزاع التجاري مع واشنطن يسيطر على اجتماع مجموعة السبع في كندا" + _BODY,
              "الأزمة الخليجية تدخل عامها الثاني" + _BODY):
        doc = full(pipe, s)
        assert not [e for e in doc["events"] if e["type"] == "ASSAULT"], s


def test_headline_rescue_in_the_present(pipe):
    doc = full(pipe, "إسبانيا تنقذ 408 مهاجرين في البحر المتوسط" + _BODY)
    ev = factual_trigger(doc, "AID", "تنقذ")
    assert ev and "ESP" in party(doc, ev[0]["actors"])


def test_a_rescue_with_no_people_rescued_is_none(pipe):
    doc = full(pipe, "السهلاوي يدخل الملعب وينقذ النصر من فخ الرائد" + _BODY)
    assert not [e for e in doc["events"] if e["type"] == "AID"]


def test_headline_stepping_down_in_the_present(pipe):
    doc = full(pipe, "رئيس وزراء أرمينيا سيرج سركيسيان يتنحى بعد احتجاجات حاشدة" + _BODY)
    assert factual_trigger(doc, "RETREAT", "يتنحى")


def test_body_stepping_down_demanded_is_none(pipe):
    doc = full(pipe, "وطالب المحتجون بأن يتنحى رئيس الوزراء عن منصبه فورا.")
    assert not [e for e in doc["events"] if e["type"] == "RETREAT" and "تنح" in e["trigger"]["text"]]


def test_visit_by_two_leaders(pipe):
    doc = full(pipe, "أعلن رئيس الوزراء العراقي حيدر العبادي وأمير دولة قطر الشيخ تميم بن حمد آل ثاني اللذان زارا تركيا "
                     "الثلاثاء وقوفهما إلى جانب أنقرة.")
    ev = factual_trigger(doc, "CONSULT", "زارا")
    assert ev and "TUR" in party(doc, ev[0]["recipients"])


def test_tourists_visiting_are_none(pipe):
    doc = full(pipe, "وقالت الصين إن أكثر من 237 ألف صيني زاروا كوريا الشمالية عام 2012.")
    assert not [e for e in doc["events"] if e["type"] == "CONSULT"]


# --- زيارة + the visitor as its genitive + إلى a country ----------------------------------------------------------

def test_visit_with_its_visitor_then_the_country(pipe):
    doc = full(pipe, "وتهدف هذه الاتفاقيات، التي تأتي بالتزامن مع زيارة الرئيس الصيني إلى الإمارات، إلى تعزيز الشراكة "
                     "الاستراتيجية والتعاون الثنائي بين البلدين.")
    ev = [e for e in doc["events"] if e["type"] == "CONSULT" and "زيارة" in e["trigger"]["text"]]
    assert ev and "CHN" in party(doc, ev[0]["actors"]) and "ARE" in party(doc, ev[0]["recipients"])


def test_visit_to_a_place_then_a_reported_clause_is_none(pipe):
    doc = full(pipe, "وقد صرح سالفيني خلال زيارة لصقلية الأحد أن تونس لا ترسل إلى إيطاليا \"أناسا شرفاء بل في أغلب "
                     "الأحيان مساجين\".")
    assert not [e for e in doc["events"] if e["type"] == "CONSULT"]


def test_mediation_without_sides_after_bayna_is_none(pipe):
    doc = full(pipe, "ونقلت وسائل إعلام إسرائيلية بعض بنود الاتفاق الذي تتوسط فيه مصر، ومن بينها أن قطر ستتكفل بدفع "
                     "رواتب الموظفين في قطاع غزة.")
    assert not [e for e in doc["events"] if e["type"] == "CONSULT" and "توسط" in e["trigger"]["text"]]

"""Trigger lexicon, session 33 (track s33trig): a crossing, border, corridor or airport opened or reopened (RETREAT
access, no recipient needed), a party mediating between sides (CONSULT third-party: the verb's subject mediates, the
sides after بين are its recipients), relations, contacts or co-operation frozen (SANCTION); and what must not read so.
Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party


def _trig(doc, typ, word):
    return [e for e in factual(doc, typ) if word in e["trigger"]["text"]]


# --- فتح / إعادة فتح + a crossing, border, corridor, airport (RETREAT access) ---------------------------------------

def test_crossing_reopened(pipe):
    doc = full(pipe, "ليبيا تعيد فتح معبر رأس جدير الحدودي مع تونس")
    ev = _trig(doc, "RETREAT", "فتح")
    assert ev and "LBY" in party(doc, ev[0]["actors"])


def test_crossing_opened_by_a_decision(pipe):
    doc = full(pipe, "وأعادت مصر فتح معبر رفح مع قطاع غزة أمام المسافرين.")
    ev = _trig(doc, "RETREAT", "فتح")
    assert ev and "EGY" in party(doc, ev[0]["actors"])


def test_safe_corridors_opened(pipe):
    doc = full(pipe, "وأعلن الجيش الوطني اليمني، الأحد، عن فتح ممرات آمنة أمام سكان المناطق والأحياء التي تدور فيها "
                     "المواجهات بمدينة الحديدة غرب البلاد.")
    ev = _trig(doc, "RETREAT", "فتح")
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
    ev = _trig(doc, "CONSULT", "توسط")
    assert ev and "United Nations" in party(doc, ev[0]["actors"])
    rec = party(doc, ev[0]["recipients"])
    assert "Jaysh al-Islam" in rec and "RUS" in rec


def test_mediator_of_talks_between(pipe):
    doc = full(pipe, "وتوسط الأردن في محادثات بين الجيش السوري الحر، الذي يضم جماعات للمعارضة المسلحة، والروس بشأن "
                     "اتفاق سينهي القتال.")
    ev = _trig(doc, "CONSULT", "توسط")
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
    ev = _trig(doc, "SANCTION", "تجميد")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "CAN" in party(doc, ev[0]["recipients"])


def test_contacts_frozen(pipe):
    doc = full(pipe, "ونقلت وسائل اعلام أن السلطة الفلسطينية قررت تجميد الاتصالات مع المسؤولين الأميركيين بسبب قرار "
                     "القدس.")
    ev = _trig(doc, "SANCTION", "تجميد")
    assert ev and "USA" in party(doc, ev[0]["recipients"])


def test_a_deal_frozen_by_worse_relations_is_none(pipe):
    doc = full(pipe, "واستعادت بموجبه واشنطن بين العامين 1990 و2005 رفات 229 جنديا أميركيا، لكن مفاعيل هذا الاتفاق "
                     "جمدت إثر تدهور العلاقات بين البلدين.")
    assert not [e for e in doc["events"] if e["type"] == "SANCTION"]

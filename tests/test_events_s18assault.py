"""Session 18, track s18assault: fighters or members named by a plural noun in construct with their party (مسلحو حركة
الشباب، عناصر تنظيم داعش، يحاصرهما مقاتلو المعارضة), or by a generic noun and من (مسلحون من حركة الشباب، جنود من الجيش
الإسرائيلي), are that party: the phrase opens at the head noun, so a subject right after the verb stays the subject; a
definite plural of armed men right after a named armed group is its adjective (عناصر "بوكوحرام" المسلحون)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import has_pair


def test_fighters_in_construct_are_the_attacker(pipe):
    # (before: no attacker, and Al-Shabaab read as the object of هاجم)
    doc = full(pipe, "هاجم مسلحو حركة الشباب قاعدة للجيش الصومالي.", published="2018-06-09T12:00")
    assert has_pair(doc, "ASSAULT", "Shabaab", "Somali"), doc["events"]
    assert not any("Shabaab" in party(doc, e["recipients"]) for e in doc["events"]), doc["events"]


def test_fighters_in_construct_kill(pipe):
    doc = full(pipe, "قتل مقاتلو حركة الشباب عشرة جنود صوماليين.", published="2018-06-09T12:00")
    assert has_pair(doc, "ASSAULT", "Shabaab", "جنود"), doc["events"]


def test_generic_fighters_of_a_named_group(pipe):
    # (before: "مسلحون" the attacker and Al-Shabaab its target)
    doc = full(pipe, "هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي.", published="2018-06-09T12:00")
    assert has_pair(doc, "ASSAULT", "Shabaab", "Somali"), doc["events"]


def test_members_of_a_group_written_as_one_word(pipe):
    # gold X-004: the group's name written as one word, and the adjective المسلحون is no party of its own
    doc = full(pipe, 'وكان عناصر "بوكوحرام" المسلحون قد نفذوا هجوماً الاثنين على قرية دابتشي.',
               published="2018-02-22T12:00")
    assert has_pair(doc, "ASSAULT", "Boko Haram", "دابتشي"), doc["events"]
    assert not any("المسلحون" in party(doc, e["actors"]) for e in doc["events"]), doc["events"]


def test_besiegers_in_construct_after_a_resumed_verb(pipe):
    # "يحاصرهما مقاتلو المعارضة": the two towns' besiegers are the opposition (before: the government besieging them)
    doc = full(pipe, "أفاد المرصد السوري لحقوق الإنسان ببدء إجلاء الآلاف من بلدتين مواليتين للحكومة السورية يحاصرهما "
                     "مقاتلو المعارضة بشمال غرب البلاد ومن المتوقع أن تفرج الحكومة في المقابل عن مئات المعتقلين.",
               published="2018-07-19T12:00")
    ev = [e for e in doc["events"] if e["type"] == "COERCE"]
    assert ev and all("المعارضة" in party(doc, e["actors"]) for e in ev), doc["events"]



def test_unit_belonging_to_a_body_arrests(pipe):
    # gold Q: "فرقة العمل ... التابعة لمكتب التحقيقات الفدرالي" is the FBI's (before: no arrest at all)
    doc = full(pipe, "اعتقلت فرقة العمل المشترك لمكافحة الإرهاب التابعة لمكتب التحقيقات الفدرالي لاجئا عراقيا في "
                     "ساكرامنتو.", published="2018-08-16T12:00")
    assert any("Federal Bureau" in party(doc, e["actors"]) for e in factual(doc, "COERCE")), doc["events"]


def test_aircraft_belonging_to_a_coalition_strike(pipe):
    # (before: the coalition read as the target of قصفت, with no attacker)
    doc = full(pipe, "قصفت طائرات تابعة للتحالف العربي مواقع للحوثيين في صعدة.", published="2018-06-09T12:00")
    assert has_pair(doc, "ASSAULT", "coalition", "Houthi"), doc["events"]


def test_unit_of_a_police_force_arrests(pipe):
    doc = full(pipe, "اعتقلت وحدة خاصة تابعة للشرطة الإسرائيلية ثلاثة فلسطينيين في القدس.", published="2018-06-09T12:00")
    assert any("Israel" in party(doc, e["actors"]) for e in factual(doc, "COERCE")), doc["events"]

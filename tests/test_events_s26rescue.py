"""Session 26, track s26rare2: a rescue of people (أنقذ in the perfect with a person word after it: about 60 corpus
sentences of 2018, mostly migrants at sea) is an AID (rescue) by the rescuer to the rescued; a team or a shot saved in
a match, a summit or a deal saved, or a rescue told of an unnamed vessel in a relative clause gives none. Sentences
in the phrasing of the 2018 news corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import of_type


def test_ship_named_by_its_flag_rescues_a_sailor(pipe):
    doc = full(pipe, "إنقاذ\n\n" "أنقذت سفينة فرنسية بحارا هنديا أصيب بجروح خطيرة وتقطعت به السبل وسط المحيط الهندي، حسب مسؤولين.",
               published="2018-09-23T12:00")
    ev = factual(doc, "AID")
    assert ev and "سفينة فرنسية" in party(doc, ev[0]["actors"]), doc["events"]
    assert ev[0]["mode"] == "rescue"


def test_police_rescue_women(pipe):
    doc = full(pipe, "إسبانيا\n\n" "أنقذت الشرطة الإسبانية 39 امرأة وفتاة هربتهنّ عصابة من نيجيريا للاتجار بهن.",
               published="2018-03-24T12:00")
    ev = factual(doc, "AID")
    assert ev and "39 امرأة" in party(doc, ev[0]["recipients"]), doc["events"]


def test_rescuer_as_pronoun_of_complementizer(pipe):
    doc = full(pipe, "تونس\n\n" "وقالت السلطات التونسية إنها أنقذت 68 شخصا كانوا على متن المركب.", published="2018-06-06T12:00")
    ev = factual(doc, "AID")
    assert ev and "68 شخصا" in party(doc, ev[0]["recipients"]), doc["events"]


def test_rescued_far_after_the_verb(pipe):
    doc = full(pipe, "إيطاليا\n\n" "أنقذ خفر السواحل الإيطاليون ليل الأربعاء الخميس أكثر من 170 مهاجرا في المياه الدولية.",
               published="2018-08-16T12:00")
    assert factual(doc, "AID"), doc["events"]


def test_goalkeeper_saving_a_shot_or_a_team_is_no_aid(pipe):
    doc = full(pipe, "مباراة\n\n" "وأنقذ نوير فرصة خطيرة من ماركو أرناوتوفيتش. ولكن رونالدو أنقذ فريقه من خسارة نقطتين جديدتين.",
               published="2018-06-03T12:00")
    assert not of_type(doc, "AID"), doc["events"]


def test_unnamed_vessel_of_a_relative_clause_gives_no_rescuer(pipe):
    doc = full(pipe, "مالطا\n\n" "أعلنت مالطا الثلاثاء أنها تسمح للسفينة الإغاثية التي أنقذت نحو 141 مهاجرا قبالة السواحل الليبية "
                     "الجمعة بالرسو في مرفئها.", published="2018-08-14T12:00")
    assert not any("Malta" in party(doc, e["actors"]) for e in of_type(doc, "AID")), doc["events"]


def test_a_ship_is_a_party_only_by_its_flag(pipe):
    doc = full(pipe, "اليابان\n\n" "أعلنت اليابان أنها لن ترسل سفينة حربية إلى استعراض الأسطول الدولي.", published="2018-10-05T12:00")
    assert not any("سفينة" in party(doc, e["actors"] + e["recipients"]) for e in doc["events"]), doc["events"]

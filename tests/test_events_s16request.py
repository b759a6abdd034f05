"""Requests whose addressee is named inside the act demanded (sixteenth session, track s16request,
appeals.act_addressee): the body whose meeting is called, the subject of the clause demanded."""
from conftest import full
from evhelpers import pairs


def test_call_for_an_emergency_meeting_of_the_security_council(pipe):
    # AFP / France 24, 2018-05-14 (gold T-010)
    doc = full(pipe, "قالت بعثة الكويت لدى الأمم المتحدة، إنها دعت لاجتماع طارئ لمجلس الأمن صباح الثلاثاء حول الأوضاع في غزة.",
               published="2018-05-14T20:00")
    assert any("الكويت" in a and "مجلس الأمن" in r for a, r in pairs(doc, "REQUEST"))


def test_call_to_hold_a_session_of_the_council_with_a_list_of_states(pipe):
    doc = full(pipe, "وقد دعت أمريكا وساحل العاج وفرنسا والكويت وهولندا وبيرو وبولندا والسويد وبريطانيا إلى عقد جلسة طارئة "
                     "لمجلس الأمن الدولي.", published="2018-04-08T20:00")
    assert any("فرنسا" in a and "مجلس الأمن" in r for a, r in pairs(doc, "REQUEST"))


def test_call_for_a_meeting_of_an_organisation_in_the_genitive(pipe):
    doc = full(pipe, "وقال لافروف إن روسيا دعت إلى اجتماع منظمة حظر الأسلحة الكيماوية يوم الأربعاء لمناقشة القضية.",
               published="2018-04-02T20:00")
    assert any("روسيا" in a and "حظر الأسلحة" in r for a, r in pairs(doc, "REQUEST"))


def test_demand_that_a_state_act_names_that_state(pipe):
    doc = full(pipe, "وطالب لافروف بأن تفتح أوكرانيا تحقيقا جادا في الأمر.", published="2018-05-30T20:00")
    assert any("أوكرانيا" in r for a, r in pairs(doc, "REQUEST"))


def test_meeting_in_a_city_names_no_body(pipe):
    # a place of meeting is no addressee
    doc = full(pipe, "ودعت فرنسا إلى اجتماع طارئ في باريس يوم الأربعاء.", published="2018-05-30T20:00")
    assert not any("باريس" in r for a, r in pairs(doc, "REQUEST"))

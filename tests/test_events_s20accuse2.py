"""Session 20 (track s20accuse2): a reply whose على stands past the replier's name, title and day (رد X، المتحدث باسم
...، على تصريحات Y), the owner of the words answered named in a relative clause (التصريحات التي أدلى بها Y); a breach
judged of an owned act (تشكل خرقا, as تشكل انتهاكا); a lawsuit بحق a party (as ضد); states "in" an organisation (دولا في
حلف شمال الأطلسي: the organisation); بين الاثنين ("the two") is no Monday."""
import pytest

from evhelpers import record_sides

PUB = "2018-05-10"  # the day the test articles are published


@pytest.mark.parametrize("text,actor,accused", [
    # a reply with the replier's title and day between the verb and على
    ("رد وزير الخارجية الأمريكي الأسبق جون كيري، الثلاثاء، على تصريحات رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، "
     "حول الاتفاق النووي.", "Kerry", "Netanyahu"),
    ("رد الرئيس التركي، رجب طيب أردوغان، الأحد، على تصريحات رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، بشأن عفرين.",
     "Erdo", "Netanyahu"),
    # the owner of the words answered in a relative clause
    ("رد المتحدث باسم الخارجية الإيرانية بهرام قاسمي على التصريحات التي أدلى بها وزير الخارجية السعودي عادل الجبير "
     "في واشنطن.", "IRN", "Jubeir"),
    # a breach judged of an act whose owner is told
    ("وقالت المحكمة إن العقوبات الأمريكية تشكل خرقا لمعاهدة الصداقة بين البلدين.", "", "USA"),
    # a lawsuit بحق a party
    ("رفع عشرون شخصا دعاوى قضائية بحق الحكومة التركية أمام محكمة في واشنطن.", "", "TUR"),
    # states in an organisation
    ("اتهم الرئيس الأميركي دونالد ترامب، الثلاثاء، دولا في حلف شمال الأطلسي بالتقصير في الإنفاق العسكري.",
     "Trump", "NATO"),
])
def test_accused(pipe, text, actor, accused):
    evs = record_sides(pipe, text, "ACCUSE", PUB)
    assert any(actor in a and accused in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_reply_to_fire_is_no_criticism(pipe):
    # a military reply, its على far on, stays unread
    evs = record_sides(pipe, "ردت القوات الإسرائيلية، فجر الأحد، على إطلاق صواريخ من قطاع غزة بقصف مواقع لحركة حماس.",
                       "ACCUSE", PUB)
    assert not evs, [(a, r) for a, r, _ in evs]


def test_the_two_is_no_monday(pipe):
    text = ("رفعت ممثلة أمريكية دعوى جديدة بحق الرئيس الأمريكي دونالد ترامب، قالت فيها إن الاتفاق بين الإثنين باطل.")
    evs = record_sides(pipe, text, "ACCUSE", "2018-03-07")
    assert evs and all(e["date"] in (None, "2018-03-07") for _, _, e in evs), [e["date"] for _, _, e in evs]
    evs = record_sides(pipe, "واعتقلت الشرطة الإسرائيلية عشرين فلسطينيا في مداهمات جرت بين الاثنين والأربعاء.",
                       "COERCE", "2018-03-07")
    assert evs and evs[0][2]["date"] is None  # (a stretch between two days dates no single act: s21coerce, as the
    # dev gold codes "ألقت القبض ... في ثلاث مداهمات بين 25 يناير والسادس من فبراير")

"""Session 21 (track s21request2): a call with no addressee whose act is to be done in a named state ("دعا X إلى وقف
إطلاق النار في اليمن") is made of that state (appeals._act_state); not a draft's call, not an act done on a party or
thing (على، ضد), not a gathering's venue, not the caller's own state, not a town."""
import pytest

from conftest import factual, full, party


@pytest.mark.parametrize("text,actor,target", [
    ("دعا الاتحاد الأوروبي، الخميس، إلى وقف فوري لإطلاق النار في اليمن.", "European Union", "YEM"),
    ("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى إجراء تحقيق مستقل وشفاف في ليبيا.", "Guterres", "LBY"),
    ("وطالبت منظمة العفو الدولية الثلاثاء بوقف عمليات الإعدام الجماعية في إيران.", "Amnesty", "IRN"),
])
def test_call_made_of_the_state_of_the_act(pipe, text, actor, target):
    doc = full(pipe, text, "2018-07-04T12:00")
    req = factual(doc, "REQUEST")
    assert any(actor in party(doc, e["actors"]) and target in party(doc, e["recipients"]) for e in req), doc["events"]


@pytest.mark.parametrize("text,place", [
    ("وسيصوت مجلس الأمن على مشروع قرار يدعو إلى وقف إطلاق النار في سوريا.", "SYR"),  # a draft
    ("ودعت فرنسا إلى شن ضربات على المنشآت النووية في إيران.", "IRN"),  # the act is done on something there
    ("وطالب رئيس الوزراء التركي بعقد قمة طارئة لمنظمة التعاون الإسلامي في تركيا.", "TUR"),  # a venue
    ("دعا الرئيس المصري عبد الفتاح السيسي إلى تعزيز الاستثمار في مصر.", "EGY"),  # the caller's own state
    ("وكان ولي العهد السعودي قد دعا واشنطن إلى البقاء في سوريا على المدى البعيد.", "SYR"),  # the party called
    ("طالبت بريطانيا بمنح صلاحيات أوسع للمحققين الذين يعملون في سوريا.", "SYR"),  # across a relative clause
])
def test_no_call_made_of_the_place(pipe, text, place):
    doc = full(pipe, text, "2018-07-04T12:00")
    assert not [e for e in factual(doc, "REQUEST") if place in party(doc, e["recipients"])], doc["events"]

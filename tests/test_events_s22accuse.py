"""Session 22 (track s22accuse): a refusal held against the accused ("انتقدت فرنسا رفض إيطاليا"، "اتهم الكرملين واشنطن
برفض") is no REJECT of the critic's; using civilians as human shields, told in reported speech, accuses its subject; a
blame predicate coordinated by و after an object that names a people ("لا تخدم مصالح شعبها وتدعم الإرهاب") has the
clause's subject as the one accused."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text", [
    "ونددت الحكومة الإيطالية برفض السلطات المالطية استقبال سفينة الإنقاذ.",
    "واتهم الكرملين الحكومة البريطانية برفض تقديم أي دليل على تورط موسكو.",
    "وانتقدت وزارة الخارجية الألمانية رفض المجر استقبال اللاجئين.",
])
def test_charged_refusal_is_no_critic_reject(pipe, text):
    doc = full(pipe, text)
    assert sides(doc, "ACCUSE"), doc["events"]
    assert not sides(doc, "REJECT"), sides(doc, "REJECT")


def test_refusal_told_plainly_stays(pipe):
    doc = full(pipe, "ورفضت الحكومة الإيطالية طلب فرنسا استقبال سفينة الإنقاذ.")
    assert any("ITA" in a for a, _, _ in sides(doc, "REJECT")), doc["events"]


@pytest.mark.parametrize("text,actor,accused", [
    ("وأوضح العقيد تركي المالكي أن ميليشيات الحوثي تستخدم المدنيين كدروع بشرية في الحديدة.",
     "Maliki", "Houthi"),
    ("وأكد وزير الخارجية الإسرائيلي أن حركة حماس تستخدم المدنيين دروعا بشرية في قطاع غزة.", "ISR", "Hamas"),
    # a predicate after و, past an object that names a people: the clause's subject is accused
    ("وقال وزير الخارجية السعودي عادل الجبير إن النظام الإيراني لا يهتم بمصالح شعبه ويدعم الإرهاب في المنطقة.",
     "Jubeir", "IRN"),
])
def test_blamed_in_speech(pipe, text, actor, accused):
    evs = sides(full(pipe, text), "ACCUSE")
    assert any(actor in a and accused in r for a, r, _ in evs), evs


def test_human_shields_as_narration_accuses_no_one(pipe):
    # the narrator's own wording, no speaker
    evs = sides(full(pipe, "وتستخدم ميليشيات الحوثي المدنيين دروعا بشرية في أحياء الحديدة منذ أسابيع."), "ACCUSE")
    assert not evs, evs

"""Session 23 (track s23sides): the parties inside a parenthesis set between commas after a party (a pronoun
parenthesis "، وهو ...،", a relative clause "، التي ...،") describe that party; they are neither the object of a verb
told after the subject and its parenthesis, nor the subject of a verb told right after the parenthesis (the party
before the parenthesis is). A named person set between commas right after an office with no name is the office's
holder, the actor, not the object."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,typ,actor,target,inside", [
    ("واتهمت إيران، وهي عضو في منظمة أوبك، الولايات المتحدة بمحاولة تسييس المنظمة.", "ACCUSE", "IRN", "USA", "OPEC"),
    ("ورفض محمد حجر، وهو مسؤول بوزارة الصحة الخاضعة لإدارة الحوثيين، مزاعم التحالف بشأن الأطفال.",
     "REJECT", "حجر", "coalition", "وزارة الصحة"),
])
def test_pronoun_parenthesis_is_no_object(pipe, text, typ, actor, target, inside):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and target in r for a, r, _ in evs), evs
    assert not any(inside in r for _, r, _ in evs), evs


@pytest.mark.parametrize("text,typ,actor,target,inside", [
    ("بريطانيا، التي تحمل روسيا المسؤولية عن الهجوم، طردت 23 دبلوماسيا روسيا.", "SANCTION", "GBR", "RUS", None),
    ("ألمانيا، التي تستضيف القمة المقبلة للحلف، أعلنت طرد أربعة دبلوماسيين روس بعد تسميم الجاسوس سيرغي سكريبال.",
     "SANCTION", "DEU", "RUS", "Skripal"),
    ("محمد حجر، وهو مسؤول في حزب المؤتمر الشعبي، اتهم السعودية بقصف المستشفى.", "ACCUSE", "حجر", "SAU", None),
    ("تركيا، التي تستضيف ملايين اللاجئين السوريين، هددت الاتحاد الأوروبي بفتح الحدود.", "THREATEN", "TUR",
     "European Union", None),
])
def test_subject_before_parenthesis(pipe, text, typ, actor, target, inside):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and target in r for a, r, _ in evs), evs
    if inside:
        assert not any(inside in a for a, _, _ in evs), evs


def test_office_holder_set_between_commas(pipe):
    evs = sides(full(pipe, "وحذر الزعيم الكوري الشمالي، #كيم_جونغ_اون، الرئيس الكوري الجنوبي، مون جاي-ان، من "
                           "عواقب المناورات المشتركة."), "THREATEN")
    assert any("Kim" in a and "Moon" in r for a, r, _ in evs), evs


def test_verb_with_wa_after_parenthesis_keeps_main_subject(pipe):
    # negative: "، وبحث" joins the main clause; the party before the relative clause (the visited state) is no
    # subject of it
    doc = full(pipe, "زار ترامب الصين، التي تخوض حربا تجارية مع واشنطن، وبحث مع الرئيس الصيني الملف الكوري.")
    for typ in ("CONSULT", "AGREE", "COOPERATE"):
        assert not any("CHN" in a and "China" in a and "Trump" not in a for a, _, _ in sides(doc, typ)), doc["events"]

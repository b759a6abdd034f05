"""Session 19 (track s19accuse): a condemned statement or step whose author is told in a relative clause by a verb of
uttering or venturing with the pronoun on its preposition (أدلى بها، صرح بها، أقدمت عليها) or by a verb of issuing with
the pronoun on it (أطلقها، أصدرته، أعلنه): the author is accused."""
import pytest

from evhelpers import record_doc


def _accused(pipe, text):
    doc = record_doc(pipe, text, "2018-05-10")
    names = {e["id"]: e.get("name_ar") or e["name"] for e in doc["entities"]}
    return [([names[a] for a in e["actors"]], [names[r] for r in e["recipients"]])
            for e in doc["events"] if e["type"] == "ACCUSE" and not e["negated"] and not e["hypothetical"]]


@pytest.mark.parametrize("text,actor,accused", [
    ("انتقدت روسيا التصريحات التي أدلى بها وزير الخارجية البريطاني بوريس جونسون.", "روسيا", "بوريس جونسون"),
    ("ندد وزير الخارجية الفرنسي بالتصريحات التي أدلى بها الرئيس التركي رجب طيب أردوغان.", None, "رجب طيب أردوغان"),
    ("أدانت جامعة الدول العربية الخطوة التي أقدمت عليها الولايات المتحدة بنقل سفارتها إلى القدس.",
     "جامعة الدول العربية", "الولايات المتحدة"),
    ("انتقد الاتحاد الأوروبي الخطوة التي أقدمت عليها إسرائيل.", "الاتحاد الأوروبي", "إسرائيل"),
    ("ندد حزب الله بالبيان الذي أصدرته وزارة الخارجية السعودية.", "حزب الله", "وزارة الخارجية السعودية"),
    ("انتقدت الحكومة الإيرانية القرار الذي أعلنه الرئيس الأميركي دونالد ترامب.", "الحكومة الإيرانية", "دونالد ترامب"),
])
def test_author_of_condemned_statement(pipe, text, actor, accused):
    evs = _accused(pipe, text)
    assert any(accused in rs and (actor is None or actor in acts) for acts, rs in evs), evs


@pytest.mark.parametrize("text,actor,accused", [
    ("وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده لن تتراجع، وانتقد واشنطن لدعمها الوحدات الكردية.",
     "مولود جاويش أوغلو", "واشنطن"),
])
def test_perfect_after_comma_is_own_clause(pipe, text, actor, accused):
    """A perfect joined by و after a comma opens its own clause: not the content of a refusal before it."""
    evs = _accused(pipe, text)
    assert any(accused in rs and actor in acts for acts, rs in evs), evs


@pytest.mark.parametrize("text,actor,accused", [
    ("وقال الرئيس الأميركي دونالد ترامب إن الصواريخ قادمة، وهاجم موسكو لدعمها الأسد.", "دونالد ترامب", "موسكو"),
    ("وقال الرئيس الإيراني حسن روحاني إن بلاده لن تخضع للضغوط، وهاجم الولايات المتحدة بسبب انسحابها من الاتفاق النووي.",
     "حسن روحاني", "الولايات المتحدة"),
])
def test_verbal_attack_by_coordinated_verb(pipe, text, actor, accused):
    """هاجم joined by و with no subject of its own: the named politician who is the clause's first subject attacks in
    words."""
    evs = _accused(pipe, text)
    assert any(accused in rs and actor in acts for acts, rs in evs), evs


def test_armed_party_after_coordinated_attack_is_no_verbal_attack(pipe):
    text = "وأكد الرئيس التركي رجب طيب أردوغان أن العملية مستمرة وهاجم مسلحو وحدات حماية الشعب قاعدة تركية."
    assert not _accused(pipe, text)


def test_quantified_subject_is_not_the_last_actor(pipe):
    """"ندد عدد من الدول": a quantity before من opens the verb's own subject; the party of the sentence before (China,
    which congratulated Syria) is not the one who condemns."""
    text = ("هنأت الصين سوريا على رئاسة المؤتمر التي من المقرر أن تستمر شهرا كاملا.\n"
            "ندد عدد من الدول الثلاثاء بترؤس الجمهورية العربية السورية مؤتمر المنظمة الدولية لنزع الأسلحة التابعة للأمم"
            " المتحدة في جنيف.")
    assert not any("الصين" in acts for acts, _ in _accused(pipe, text))

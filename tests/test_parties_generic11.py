"""Groups named by a common noun (data/parties.tsv, eleventh session): rights groups, activists, the armed opposition,
students, journalists of either spelling, mothers of abductees, a diaspora. They author calls, accusations and
protests in fresh news and are parties of those events; a named body that opens with a common noun stays that body,
and journalists addressed by a statement (لصحافيين) are its audience, no party. Real news phrasing, whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


def _one(doc, typ):
    evs = factual(doc, typ)
    assert evs, doc["events"]
    return evs[0]


def test_rights_groups_request(pipe):
    doc = full(pipe, "طالبت منظمات حقوقية السلطات التونسية بالإفراج عن المعتقلين.")
    ev = _one(doc, "REQUEST")
    assert "منظمات حقوقية" in party(doc, ev["actors"])
    assert "TUN" in party(doc, ev["recipients"])
    ent = next(e for e in doc["entities"] if e["id"] == ev["actors"][0])
    assert ent.get("sector") == "NGO" and ent.get("type") == "ORG"


def test_named_rights_body_stays_named(pipe):
    doc = full(pipe, "اتهمت منظمة العفو الدولية السلطات المصرية بتعذيب المعتقلين.")
    ev = _one(doc, "ACCUSE")
    assert "Amnesty" in party(doc, ev["actors"]), party(doc, ev["actors"])
    doc = full(pipe, "وطالبت منظمة هيومن رايتس ووتش الحكومة العراقية بالتحقيق في مقتل المحتجين.")
    ev = _one(doc, "REQUEST")
    assert "Human Rights Watch" in party(doc, ev["actors"]), party(doc, ev["actors"])


def test_rights_activists_are_one_party(pipe):
    doc = full(pipe, "اتهم ناشطون حقوقيون السلطات الإيرانية باعتقال المحامية نسرين ستوده.")
    ev = _one(doc, "ACCUSE")
    assert len(ev["actors"]) == 1 and "ناشطون حقوقيون" in party(doc, ev["actors"])
    assert "IRN" in party(doc, ev["recipients"])


def test_opposition_factions_take_the_demonym(pipe):
    doc = full(pipe, "اتهمت فصائل المعارضة السورية قوات النظام بقصف المدنيين في إدلب.")
    ev = _one(doc, "ACCUSE")
    ents = {e["id"]: e for e in doc["entities"]}
    a = ents[ev["actors"][0]]
    assert "فصائل المعارضة" in a["name"] and a.get("country") == "SYR" and a.get("sector") == "REB"


def test_activists_arrested_are_the_recipient(pipe):
    doc = full(pipe, "اعتقلت السلطات السعودية عددا من الناشطات المدافعات عن حقوق المرأة.")
    ev = _one(doc, "COERCE")
    assert "SAU" in party(doc, ev["actors"])
    assert "الناشطات" in party(doc, ev["recipients"])


def test_journalists_protest_in_either_spelling(pipe):
    doc = full(pipe, "ونظم صحافيون وقفة احتجاجية أمام مقر الحكومة في عمان احتجاجا على اعتقال زملائهم.")
    ev = _one(doc, "PROTEST")
    assert "صحافيون" in party(doc, ev["actors"])


def test_journalists_addressed_are_no_party(pipe):
    doc = full(pipe, "وقال وزير الخارجية الإيراني محمد جواد ظريف للصحفيين بعد اجتماعه مع فيديريكا موغيريني في "
                     "بروكسل إن المحادثات كانت بناءة.")
    for ev in doc["events"]:
        assert "صحفيين" not in party(doc, ev["actors"] + ev["recipients"]), ev


def test_mothers_of_abductees_protest(pipe):
    doc = full(pipe, "نظمت رابطة أمهات المختطفين وقفة احتجاجية في صنعاء للمطالبة بالإفراج عن أبنائهن.")
    ev = _one(doc, "PROTEST")
    assert "أمهات المختطفين" in party(doc, ev["actors"])


def test_students_refuse(pipe):
    doc = full(pipe, "وتشهد مدارس مدينة صنعاء انتفاضة طلابية، يرفض خلالها الطلبة ترديد الصرخة الحوثية، "
                     "والتي يحاول الحوثيون فرضها بدل النشيد الوطني اليمني.")
    ev = _one(doc, "REJECT")
    assert "الطلبة" in party(doc, ev["actors"])

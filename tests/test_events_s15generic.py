"""A generic group of political actors as the addressee of a call, request, accusation or threat (fifteenth session,
appeals.generic_party, data/generic_addressees.tsv)."""
from conftest import factual, full, party
from evhelpers import recipients


def test_call_to_the_other_parties_after_the_subject_and_a_comma(pipe):
    # Sky News Arabia 2018-05-08
    doc = full(pipe, "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريس، الأطراف الأخرى الموقعة على الاتفاق النووي مع "
                     "إيران إلى الالتزام بتعهداتها.", published="2018-05-08T20:00")
    ev = factual(doc, "REQUEST")
    assert ev and "غوتيريس" in party(doc, ev[0]["actors"])
    assert "الأطراف الأخرى" in party(doc, ev[0]["recipients"])


def test_call_to_all_politicians_with_a_quantifier(pipe):
    doc = full(pipe, "دعا رجل الدين الشيعي مقتدى الصدر جميع الساسة إلى تأجيل جهود تشكيل الحكومة الجديدة.",
               published="2018-05-12T12:00")
    assert any("جميع الساسة" in r for r in recipients(doc, "REQUEST"))


def test_request_from_bodies_after_min(pipe):
    doc = full(pipe, "وطلبت الرباط رسميا من الهيئات الدولية المعنية الإسراع بفتح تحقيق دولي.",
               published="2018-05-20T12:00")
    ev = factual(doc, "REQUEST")
    assert ev and "MAR" in party(doc, ev[0]["actors"])
    assert "الهيئات الدولية المعنية" in party(doc, ev[0]["recipients"])


def test_urging_its_allies_with_a_pronoun(pipe):
    doc = full(pipe, "الولايات المتحدة تحث حلفاءها على الالتزام بمقاطعة إيران")
    assert any("حلفاءها" in r for r in recipients(doc, "REQUEST"))


def test_accusing_foreign_powers(pipe):
    doc = full(pipe, "واتهمت طهران القوى الأجنبية بالتدخل في شؤونها.")
    assert any("القوى الأجنبية" in r for r in recipients(doc, "ACCUSE"))


def test_day_between_commas_after_the_addressee(pipe):
    doc = full(pipe, "دعا رئيس الوزراء الإسرائيلي بنيامين نتانياهو دول العالم، الأربعاء، إلى توحيد الجهود.",
               published="2018-06-20T12:00")
    assert any("دول العالم" in r for r in recipients(doc, "REQUEST"))


def test_the_noun_of_a_request_is_no_call(pipe):
    # طلب as a noun: the Arab states asked for the session, no one asked them
    doc = full(pipe, "تعقد الجمعية العامة جلسة طارئة بشأن غزة الأربعاء بناء على طلب الدول العربية.")
    assert not [e for e in factual(doc, "REQUEST") if "الدول العربية" in party(doc, e["recipients"])]


def test_a_group_as_subject_is_no_addressee(pipe):
    # the blocs are the ones who agree: no generic addressee for a verb they are the subject of
    doc = full(pipe, "واتفقت الأطراف على أن يكون هناك أربعة نواب للرئيس.")
    assert not [e for e in doc["events"] if "الأطراف" in party(doc, e["recipients"]) and e["type"] == "AGREE"]

"""ACCUSE, tenth session: condemnations of an act whose author the story names (in the sentence before, a few
sentences before, or in a relative clause), criticism of a policy or a plan held against its owner, and the
mockery and charge constructions a recall audit pointed at. Short news-style sentences through the whole
pipeline; the recall audit of audit5/pol3k found these already coded, so these tests hold the behaviour."""
from __future__ import annotations

import pytest

from conftest import factual, full, party
from evhelpers import recipients


# ---- a condemned attack told before: the condemnation accuses its author
def test_condemned_attack_told_in_the_sentence_before(pipe):
    doc = full(pipe, "قتل عشرة جنود صوماليين في هجوم شنته حركة الشباب على قاعدة عسكرية في جنوب الصومال يوم الأحد. "
                     "وأدانت الخارجية المصرية الهجوم.")
    ev = factual(doc, "ACCUSE")
    assert ev and "EGY" in party(doc, ev[0]["actors"]) and "Shabaab" in party(doc, ev[0]["recipients"])


def test_condemned_attack_with_a_sentence_between(pipe):
    doc = full(pipe, "قتل عشرة جنود صوماليين في هجوم شنته حركة الشباب على قاعدة عسكرية في جنوب الصومال يوم الأحد. "
                     "وزار الرئيس الصومالي محمد عبد الله فرماجو الجرحى في المستشفى. وأدانت الخارجية المصرية الهجوم.")
    assert any("Shabaab" in r for r in recipients(doc, "ACCUSE"))
    assert not any("Farmaajo" in r or "فرماجو" in r for r in recipients(doc, "ACCUSE"))  # not the last actor named


def test_condemned_missile_attack_after_its_launch(pipe):
    doc = full(pipe, "أطلق الحوثيون صاروخا باليستيا على الرياض يوم الأحد. وأدانت الكويت بشدة الهجوم الصاروخي.")
    ev = factual(doc, "ACCUSE")
    assert ev and "KWT" in party(doc, ev[0]["actors"]) and "الحوثي" in party(doc, ev[0]["recipients"])


def test_condemned_crime_named_by_a_demonstrative(pipe):
    doc = full(pipe, "قصفت طائرات روسية مستشفى في إدلب. وندد الائتلاف السوري المعارض بهذه الجريمة.")
    assert any("RUS" in r or "Russia" in r for r in recipients(doc, "ACCUSE"))


def test_condemned_attack_whose_author_a_relative_clause_names(pipe):
    doc = full(pipe, "أدان رئيس الحزب الديمقراطي الكردستاني، مسعود بارزاني، الهجوم الصاروخي الذي نفذته إيران على "
                     "مقر الحزب الديمقراطي الكردستاني الإيراني، السبت.")
    assert any("IRN" in r or "Iran" in r for r in recipients(doc, "ACCUSE"))


# ---- criticism of a policy, a plan or statements: the owner (the genitive) is accused
def test_policy_owner_is_accused(pipe):
    doc = full(pipe, "وانتقد الرئيس الفرنسي إيمانويل ماكرون سياسة الرئيس الأمريكي دونالد ترامب التجارية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Macron" in party(doc, ev[0]["actors"]) and "Trump" in party(doc, ev[0]["recipients"])


def test_decision_owner_is_accused(pipe):
    doc = full(pipe, "أدانت السعودية قرار الرئيس الأمريكي دونالد ترامب بنقل السفارة إلى القدس.")
    ev = factual(doc, "ACCUSE")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "Trump" in party(doc, ev[0]["recipients"])


def test_verbal_attack_is_an_accusation(pipe):
    doc = full(pipe, "وهاجم أردوغان بشدة الرئيس الأمريكي دونالد ترامب.")
    assert not factual(doc, "ASSAULT")
    ev = factual(doc, "ACCUSE")
    assert ev and "Trump" in party(doc, ev[0]["recipients"])


# ---- known gaps (measured rare in 3,000 political articles; documented, not fixed)
def test_charge_is_no_act_of_the_accuser(pipe):  # (fixed in s22fp2: the charge is alleged, its doer the accused)
    doc = full(pipe, "واتهم وزير الخارجية الروسي سيرغي لافروف واشنطن بتهديد كوريا الشمالية.")
    assert not any("Lavrov" in party(doc, e["actors"]) for e in factual(doc, "THREATEN"))


# ---- "وحملت دمشق المسؤولية": one party between حمّل and the responsibility is the one blamed, not the blamer
def test_first_person_holding_responsible_in_a_quote(pipe):
    doc = full(pipe, "وقال نتنياهو إن \"إسرائيل تنظر ببالغ الخطورة إلى الهجمات التي شنتها عليها حركتا حماس والجهاد "
                     "الإسلامي من قطاع غزة\". وتابع نتنياهو بالقول إن \"إسرائيل ستجبي ثمنا باهظا من كل من يحاول "
                     "المساس بها، ونحمّل حماس المسؤولية لمنع شن هذه الهجمات\".")
    # (Hamas is the one held responsible; the speaker, when the quote has one, is the accuser)
    assert not any("Hamas" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))


def test_held_responsible_with_an_implicit_subject_is_not_the_blamed_party(pipe):
    doc = full(pipe, "بررت رئيسة الوزراء البريطانية تيريزا ماي في بيان السبت مشاركة بريطانيا في الضربات العسكرية في "
                     "سوريا، لمنع النظام السوري من استخدام الأسلحة الكيميائية. وحملت دمشق المسؤولية عن الهجوم الكيميائي "
                     "المفترض في دوما.")
    assert not any("Damascus" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))


def test_held_responsible_after_a_coordinated_verb(pipe):
    doc = full(pipe, "نجا رئيس الوزراء الفلسطيني رامي الحمد الله من تفجير استهدف موكبه في غزة. "
                     "وأدانت الرئاسة الفلسطينية استهداف موكب رئيس الوزراء وحملت حركة حماس المسؤولية.")
    assert not any("Hamas" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))
    assert any("Hamas" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_held_responsible_with_subject_and_object_named(pipe):
    doc = full(pipe, "وحملت السلطات السورية القوات الأمريكية مسؤولية الهجوم على دير الزور.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["recipients"]) and "SYR" in party(doc, ev[0]["actors"])


# ---- a jury convicts, as a court does: no condemnation
def test_jury_conviction_is_no_condemnation(pipe):
    doc = full(pipe, "أدانت هيئة المحلفين في محكمة كوبنهاغن بالدانمارك الأربعاء، المخترع الدانماركي بيتر مادسن بتهمة "
                     "اغتيال الصحافية السويدية كيم فال على متن غواصته.")
    assert not any("محلفين" in party(doc, e["actors"]) and e["mode"] == "disapprove" for e in factual(doc, "ACCUSE"))

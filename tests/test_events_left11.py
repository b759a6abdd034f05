"""Leftover constructions of session 11 (events/legal.py referral to trial; parties; speaker chains). Short
news-style sentences through the whole pipeline."""
from __future__ import annotations

from conftest import full
from evhelpers import pairs


def test_referral_to_trial_is_accusation_by_prosecutor(pipe):
    doc = full(pipe, "ورغم هذا التقرير أحالت النيابة العامة المصرية أحمد عز للمحاكمة بتهمة ارتكاب ممارسات احتكارية.")
    sides = pairs(doc, "ACCUSE")
    assert any("عز" in r for a, r in sides), sides


def test_referral_with_day_between(pipe):
    doc = full(pipe, "أحالت السلطات البحرينية الأربعاء الناشط نبيل رجب إلى المحاكمة.")
    sides = pairs(doc, "ACCUSE")
    assert any("البحرين" in a and "رجب" in r for a, r in sides), sides


def test_referral_of_papers_names_no_defendant(pipe):
    doc = full(pipe, "وفي فبراير أحالت البحرين أوراق تصفية البنك الإيراني للمحكمة.")
    assert not any("إيران" in r for a, r in pairs(doc, "ACCUSE"))


def test_un_envoy_to_state_is_no_party_of_the_sentence(pipe):
    doc = full(pipe, "واتهم المبعوث الأممي إلى اليمن الحوثيين بعرقلة المفاوضات.")
    sides = pairs(doc, "ACCUSE")
    assert any("الحوثي" in r for a, r in sides), sides
    assert not any("اليمن" == r.strip() for a, r in sides), sides


def test_high_commissioner_by_title_is_the_un_office(pipe):
    doc = full(pipe, "وانتقد المفوض السامي لحقوق الإنسان الحكومة المصرية بسبب الاعتقالات.")
    sides = pairs(doc, "ACCUSE")
    assert any("المفوض" in a or "Commissioner" in a for a, r in sides), sides


def test_high_commissioner_with_name_is_no_recipient(pipe):
    doc = full(pipe, "ودعا المفوض السامي لحقوق الإنسان زيد رعد الحسين إسرائيل إلى وقف استخدام القوة.")
    assert not any("زيد" in r for a, r in pairs(doc, "REQUEST"))


def test_ambush_laid_by_names_the_attacker(pipe):
    doc = full(pipe, "وتعرضت دورية للجيش المصري لكمين نصبه مسلحون في شمال سيناء.")
    sides = pairs(doc, "ASSAULT")
    assert any("مسلح" in a and "Egypt" in r or "المصري" in r for a, r in sides), sides


def test_ambush_relative_clause_with_named_group(pipe):
    doc = full(pipe, "وقتل ثلاثة جنود في كمين نصبته حركة طالبان في ولاية غزنة.")
    sides = pairs(doc, "ASSAULT")
    assert any("طالبان" in a or "Taliban" in a for a, r in sides), sides


def test_urging_verb_without_subject_takes_the_previous_speaker(pipe):
    doc = full(pipe, "أردوغان ينتقد الهجوم الإسرائيلي على غزة\n\nانتقد الرئيس التركي رجب طيب أردوغان الهجوم الإسرائيلي "
                     "على غزة. كما حث الجيش الإسرائيلي على وقف إطلاق النار.")
    sides = pairs(doc, "REQUEST")
    assert any("أردوغان" in a or "Erdo" in a for a, r in sides), sides
    assert not any(("الجيش" in a or "Israel" in a) for a, r in sides), sides


def test_threat_verb_with_its_subject_is_not_chained(pipe):
    doc = full(pipe, "وقال المتحدث باسم البنتاغون إن القوات الأمريكية باقية في منبج. وهددت تركيا بمهاجمة القوات "
                     "الأمريكية في منبج.")
    sides = pairs(doc, "THREATEN")
    assert not any("البنتاغون" in a or "Pentagon" in a for a, r in sides), sides

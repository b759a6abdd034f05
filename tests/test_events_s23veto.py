"""Session 23 (track s23veto): the sentence classifier's veto of rule-built protests. A protest the rules built with
its crowd named and no target (a one-sided reading), told by a protest noun or verb (احتجاجات، مسيرة، تجمع), not by
the crowd noun itself (المتظاهرون), is vetoed only below 0.32 of the PROTEST threshold (stage.RULE_FLOOR)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text", [
    # a headline: the dead of protests
    "مقتل ثلاثة متظاهرين في احتجاجات البصرة",
    # the protests named as the time frame of a casualty report
    "استشهد فلسطيني وأصيب العشرات خلال احتجاجات الجمعة على حدود قطاع غزة.",
    # protests named as the setting of another act, their crowd in a relative clause
    "وقدمت الحكومة استقالتها على وقع احتجاجات واسعة عمت البلاد خرج فيها آلاف الشبان.",
])
def test_one_sided_protest_kept(pipe, text):
    assert sides(full(pipe, text), "PROTEST")


@pytest.mark.parametrize("text", [
    # the crowd noun is the trigger: details of a protest told elsewhere stay with the classifier
    "وأحرق المتظاهرون الإطارات في الشوارع.",
    "وردد المتظاهرون هتافات تطالب برحيل الحكومة.",
    # protesters only the victims
    "وقتلت الشرطة متظاهرين في العاصمة نيروبي.",
])
def test_crowd_noun_reading_still_vetoed(pipe, text):
    assert not sides(full(pipe, text), "PROTEST")

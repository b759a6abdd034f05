"""Session 28 (track s28verbal): triggers the coder read but built nothing from. A release told without its author
is the holder's (stage._holder: held لدى a party, in a prison of a party, or in a state); a dual noun of states with
no two-sided act before it stands for the only two states named since the sentence before
(stage._two_states_before). Sentences from the corpus (not the gold sets)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,holder,captive", [
    ('وأفاد التلفزيون الرسمي بإطلاق سراح 13 شخصا كانوا محتجزين لدى فصيل "أحرار الشام".', "Ahrar", "13"),
    ("أعلن الرئيس الأمريكي دونالد ترامب الإفراج عن ثلاثة أمريكيين كانوا معتقلين في كوريا الشمالية وهم في طريقهم إلى "
     "الولايات المتحدة.", "North Korea", "USA"),
])
def test_release_by_the_holder(pipe, text, holder, captive):
    evs = sides(full(pipe, text), "RETREAT")
    assert any(holder in a and captive in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # a present participle of holding under a demand: no release told as done
    "وشدد على إطلاق سراح كافة الأسرى والمعتقلين في سجون المتمردين، وتسهيل وصول المساعدات الإنسانية.",
    "رغم إطلاق سراح معظم المعتقلين في السعودية بتهم الفساد لا يزال رجل الأعمال محمد حسين العمودي محتجزا.",
])
def test_release_noun_with_a_present_holding_takes_no_holder(pipe, text):
    evs = sides(full(pipe, text), "RETREAT")
    assert not any("Saudi" in a or "المتمردين" in a for a, _, _ in evs), evs


def test_dual_of_states_stands_for_the_two_named(pipe):
    text = ('وتربط الولايات المتحدة وكوريا الجنوبية معاهدة، حيث اتخذت "القوات الأميركية في كوريا" من حي يونغسان في '
            "وسط سيول مقرا لها.\nواتفق البلدان الحليفان منذ العام 1990 على نقل المقر إلى معسكر هامفريز، وهي قاعدة في "
            "بيونغ تايك على بعد نحو 60 كلم جنوب العاصمة.")
    evs = sides(full(pipe, text), "AGREE")
    assert any("USA" in a + r and "KOR" in a + r for a, r, _ in evs), evs


def test_dual_of_states_with_a_third_state_named_is_no_pair(pipe):
    text = ("وبحث وزير الخارجية الأمريكي مع نظيره الكوري الجنوبي الوضع في اليابان. "
            "واتفق البلدان على نقل المقر إلى معسكر هامفريز.")
    evs = sides(full(pipe, text), "AGREE")
    assert not any("JPN" in a + r for a, r, _ in evs), evs

"""Session 26 (track s26prec, precision on unseen articles): a body's indefinite head noun the entity stage tags as a
generic party (قوات، حكومة، نظام، سلطات، شرطة) right before a named body or place is in construct with it: one party,
that body or that place's government (parties._head_of_named). Without it the bare head was one side of the act and
the body named with it the other ("THREATEN قوات -> التحالف"), or the side was the bare word "قوات". Real 2018 news."""
from __future__ import annotations

from conftest import full, sides


def test_coalition_forces_are_the_coalition(pipe):
    evs = sides(full(pipe, "ويدعو مسؤولو الأمم المتحدة أيضا قوات التحالف بقيادة السعودية لوقف الهجمات الجوية."),
                "REQUEST")
    assert any("United Nations" in a and "coalition" in r for a, r, _ in evs), evs


def test_forces_of_a_quoted_army_are_that_army(pipe):
    evs = sides(full(pipe, "وتحاصر قوات \"الجيش الوطني الليبي\" بقيادة حفتر المدينة منذ عامين ما زاد صعوبة وصول "
                           "المساعدات الإنسانية للسكان.", "2018-06-29T12:00"), "COERCE")
    assert evs and all("Libyan National Army" in a for a, _, _ in evs), evs


def test_government_of_a_capital_is_that_state_body(pipe):
    evs = sides(full(pipe, "اهتمت الصحف العالمية الصادرة اليوم بما يجري في منطقة عفرين السورية في ظل الحديث عن توصل "
                           "القوات الكردية السورية إلى اتفاق مع حكومة دمشق لدخول الجيش النظامي إليها.",
                     "2018-02-19T12:00"), "AGREE")
    assert any("حكومة دمشق" in r and "SYR" in r for _, r, _ in evs), evs


def test_regime_of_a_capital_named_in_a_cancelled_summit(pipe):
    evs = sides(full(pipe, "وقال ترامب إن إلغاء القمة يعود لتصريحات عدائية من قبل نظام بيونغ يانغ."), "REJECT")
    assert any("Trump" in a and "PRK" in r for a, r, _ in evs), evs


def test_definite_authorities_and_the_union_stay_two_parties(pipe):
    evs = sides(full(pipe, "واتُهم المشتبه به في بلغاريا غيابيا بالوقوف وراء الجريمة، وطلبت السلطات الاتحاد الأوروبي "
                           "بإصدار مذكرة باعتقاله."), "REQUEST")
    assert any("السلطات" in a and "European Union" in r for a, r, _ in evs), evs


# -- a state warning its own citizens (threat/advisory): an advisory, no THREATEN -----------------------------------

def test_warning_own_citizens_is_no_threat(pipe):
    for text in ("بريطانيا تُحذر رعاياها من \"هجمات\" في الخارج\n\nأصدرت الحكومة البريطانية تحذيرا جديدا.",
                 "حذرت السلطات الأمريكية رعاياها في الصين الأربعاء إثر تسجيل إصابة أحد موظفيها بضرر طفيف في الدماغ "
                 "سببه \"صوت غريب\".",
                 "السويد تحذر مواطنيها: \"كن مستعدا للحرب\"\n\nوزعت السلطات كتيبات على المنازل."):
        evs = sides(full(pipe, text), "THREATEN")
        assert not evs, (text, evs)


def test_warning_another_state_stays_a_threat(pipe):
    evs = sides(full(pipe, "وحذر وزير الخارجية الإيراني واشنطن من عواقب الانسحاب من الاتفاق النووي."), "THREATEN")
    assert any("Washington" in r for _, r, _ in evs), evs


# -- a relative clause whose object is the antecedent, taken up by a pronoun after the subject (stage._resumed_after) --

def test_relative_clause_with_resumptive_after_subject(pipe):
    evs = sides(full(pipe, "كانت القمة العربية السابقة قد عقدت في 29 آذار/مارس بمنطقة البحر الميت في الأردن، بمشاركة جميع "
                           "الدول باستثناء سوريا التي علقت جامعة الدول العربية عضويتها منذ العام 2011.",
                     "2018-03-20T12:00"), "SANCTION")
    assert any("Arab League" in a and "Syria" in r for a, r, _ in evs), evs
    assert not any("Syria" in a for a, _, _ in evs), evs


def test_authorities_after_the_verb_refused_the_antecedent(pipe):
    evs = sides(full(pipe, "وأشاد زيهوفر في مؤتمر صحفي بزيادة وتيرة ترحيل الأشخاص الذين رفضت السلطات طلباتهم للجوء."),
                "REJECT")
    assert evs and not any("Seehofer" in a for a, _, _ in evs), evs


def test_pronoun_in_a_complement_keeps_the_antecedent_as_subject(pipe):
    doc = full(pipe, "(CNN)-- قالت ريتشيل كروكس، التي اتهمت الرئيس الأمريكي دونالد ترامب بتقبيلها في عام 2006، إنها "
                     "ليست مصدومة من وصفه لها بالكاذبة.", "2018-02-21T12:00")
    evs = sides(doc, "ACCUSE")
    assert any("كروكس" in a and "Trump" in r for a, r, _ in evs), evs

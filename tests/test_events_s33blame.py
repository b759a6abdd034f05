"""Criticism told as a noun (track s33blame): criticism faced (واجه / تعرض لـ) with its subject between the verb and the
noun, its critics after adverbs or member nouns, a demonym or a named genitive after it; a mood cue stops at وهو ما /
الأمر الذي (the denial of an accusation is told, not hypothetical). Sentences from the 2018 corpus (some shortened)."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import pairs


def test_criticism_faced_with_the_subject_between_verb_and_noun(pipe):
    doc = full(pipe, "واجه وزير المالية الأمريكي، ستيف منوتشين، انتقادات حادة من وزراء مالية مجموعة السبع الغاضبين "
                     "بسبب فرض واشنطن الرسوم الجمركية الجديدة.")
    got = pairs(doc, "ACCUSE")
    assert any("G7" in a and "منوتشين" in r for a, r in got), got
    assert not any("منوتشين" in a for a, _ in got), got  # (was read the other way round)


def test_critics_after_member_nouns(pipe):
    doc = full(pipe, "وتواجه إدارة ترمب انتقادات شديدة من أعضاء في الحزب الديمقراطي وبعض الأعضاء في حزبه الجمهوري "
                     "بسبب فصل ما يقرب من 2000 طفل عن آبائهم على الحدود.")
    assert any("Democratic" in a and "Trump" in r for a, r in pairs(doc, "ACCUSE")), pairs(doc, "ACCUSE")


def test_named_genitive_of_criticism_faced_is_the_critic(pipe):
    doc = full(pipe, 'كما واجه رئيس المفوضية الأوروبية، جان كلود يونكر، انتقادات ترامب، الذي وصفه مرارا بأنه "قاتل وحشي".')
    assert not any("Juncker" in a and "Trump" in r for a, r in pairs(doc, "ACCUSE")), pairs(doc, "ACCUSE")


def test_criticism_drawn_by_a_thing_or_with_no_critic_accuses_no_one(pipe):
    for s in ("وأثار مشروع القرار انتقادات إسرائيلية، بينما رحبت به السلطة الفلسطينية.",
              "وتواجه الإدارة الأمريكية حاليا انتقادات شديدة بسبب سياسة ترامب لعزل الأطفال المهاجرين عن عائلاتهم.",
              "وتتعرض أستراليا جراء هذه السياسة حيال طالبي اللجوء إلى انتقادات شديدة في الأمم المتحدة وبين جماعات حقوق الإنسان.",
              "واجه الاتحاد الأرجنتيني لكرة القدم انتقادات كبيرة بعد تنظيمه دروسا للاعبين والمسؤولين والصحفيين.",
              "وتعرض ترامب لانتقادات بسبب موقفه من إيران."):
        assert not pairs(full(pipe, s), "ACCUSE"), s


def test_denial_after_wahwa_ma_is_told_not_hypothetical(pipe):
    doc = full(pipe, "وتتهم بريطانيا روسيا بتنفيذ الهجوم بغاز الأعصاب وهو ما تنفيه موسكو.")
    assert any("Moscow" in a or "Russia" in a for a, _ in pairs(doc, "REJECT")), pairs(doc, "REJECT")
    assert any("United Kingdom" in a and "Russia" in r for a, r in pairs(doc, "ACCUSE")), pairs(doc, "ACCUSE")


def test_the_charged_act_stays_untold_before_the_resumptive(pipe):
    doc = full(pipe, "وتتهم بريطانيا روسيا بتنفيذ الهجوم بغاز الأعصاب وهو ما تنفيه موسكو.")
    assert not factual(doc, "ASSAULT")  # (the charge's content: بتنفيذ still reaches الهجوم)

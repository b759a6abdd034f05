"""Parties given as members of a body or by a nationality adjective (session 17, track s17agents): regression checks on
main's reading (stage._ranked_in and stage._partitive): a counted member noun before في + the body is that body
("مقتل أكثر من 50 قياديا وعنصرا في حركة طالبان", gold U-022), a counted member noun after a verb stays its object,
never its author ("تقتل عضوا في القاعدة"), a singular counted noun of a figure is no party ("4 آلاف جندي من الحرس
الوطني"), and a demonym with a stray tanween after a space still gives the state ("23 دبلوماسياً بريطانيا ً", gold
V-018). Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_counted_members_in_a_body_suffer_as_the_body(pipe):
    doc = full(pipe, "أعلنت القوات الأميركية في أفغانستان الأربعاء مقتل أكثر من 50 قياديا وعنصرا في حركة طالبان في غارة "
                     "أميركية استهدفت الأسبوع الماضي اجتماعا لهم.", published="2018-05-30T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if "مقتل أكثر" in e["sentence"]]
    assert ev and "طالبان" in party(doc, ev[0]["recipients"])
    assert "USA" in party(doc, ev[0]["actors"])
    assert "طالبان" not in party(doc, ev[0]["actors"])


def test_a_stray_tanween_keeps_the_nationality_adjective(pipe):
    # ("بريطانيا ً": the tanween written apart after a space still leaves the demonym of the diplomats, GBR)
    doc = full(pipe, "بريطانيا ترد\n\n"
                     "نشرت وزارة الخارجية البريطانية بيانا عقب إعلان روسيا عن طرد 23 دبلوماسياً بريطانيا ً من موسكو.",
               published="2018-03-17T12:00")
    ev = [e for e in factual(doc, "SANCTION") if "طرد" in e["trigger"]["text"]]
    assert ev and "RUS" in party(doc, ev[0]["actors"])
    assert "GBR" in party(doc, ev[0]["recipients"])


def test_a_counted_member_after_the_verb_is_no_subject(pipe):
    doc = full(pipe, "ضربة أميركية غربي ليبيا تقتل عضوا في القاعدة\n\n"
                     "قال الجيش الأميركي في بيان إن القوات الأميركية وجهت ضربة جوية إلى جماعة تابعة لتنظيم القاعدة جنوب "
                     "شرقي بني وليد هذاالأسبوع مما أسفر عن مقتل مسلح.", published="2018-06-15T12:00")
    assert not any("القاعدة" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_a_singular_after_a_figure_is_no_partitive(pipe):
    doc = full(pipe, "ترامب والحرس الوطني\n\n"
                     "وعد الرئيس الأميركي دونالد ترامب، الخميس، بإرسال \"ما بين ألفين و4 آلاف\" جندي من الحرس الوطني إلى "
                     "الحدود مع المكسيك.", published="2018-04-06T12:00")
    assert not any("الحرس الوطني" in party(doc, e["recipients"]) for e in factual(doc, "AGREE"))

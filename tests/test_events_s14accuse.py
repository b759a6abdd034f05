"""Accusations, session 14 (track s14accuse): mechanisms counted on the 1,000 political leads before they were fixed."""
from __future__ import annotations

from conftest import factual, full, party


# --- a condemnation of an act whose author the text does not name: ACCUSE with no recipient ---------------------

def test_condemnation_of_an_act_without_its_author_stands_untargeted(pipe):
    doc = full(pipe, "الأمم المتحدة تدين \"تشويه سمعة\" مرشحات برلمانيات عراقيات\n\n"
                     "أدانت الأمم المتحدة \"تشويه سمعة\" مرشحات عراقيات للانتخابات البرلمانية القادمة و\"ممارسة العنف\" "
                     "بحقهن بعد انسحاب إحدى المرشحات على خلفية نشر شريط جنسي مزعوم لها.")
    ev = factual(doc, "ACCUSE")
    assert len(ev) == 1 and ev[0]["recipients"] == [] and "الأمم المتحدة" in party(doc, ev[0]["actors"])
    doc = full(pipe, "أدان الرئيس الأفغاني، أشرف عبد الغني، تفجيراً انتحارياً خارج سرادق للسلام اجتمع فيه رجال دين "
                     "مسلمون في كابول الاثنين.")
    ev = factual(doc, "ACCUSE")
    assert len(ev) == 1 and ev[0]["recipients"] == [] and "AFG" in party(doc, ev[0]["actors"])


def test_untargeted_condemnation_is_no_antecedent_of_a_later_accusation(pipe):
    # the condemner is not taken up as the target of the gathering's condemnation told later
    doc = full(pipe, "أدان الرئيس الأفغاني، أشرف عبد الغني، تفجيراً انتحارياً خارج سرادق للسلام اجتمع فيه رجال دين "
                     "مسلمون في كابول الاثنين.\nوتقاتل طالبان لفرض تطرفها بعد الإطاحة بها من الحكم عام 2001. واجتمع أكثر "
                     "من ألفي عالم دين من أنحاء البلاد الأحد والاثنين في سرادق لويا جيركا لشجب الصراع الدائر منذ سنوات.")
    for ev in factual(doc, "ACCUSE"):
        assert "عبد الغني" not in party(doc, ev["recipients"])


def test_condemnation_with_its_author_keeps_the_target(pipe):
    doc = full(pipe, "نددت الولايات المتحدة، الخميس، \"بالهجمات الصاروخية الاستفزازية\" التي شنتها إيران من سوريا ضد "
                     "مواطنين إسرائيليين.")
    ev = factual(doc, "ACCUSE")
    assert ev and ev[0]["recipients"] and "IRN" in party(doc, ev[0]["recipients"])


def test_court_condemning_is_no_untargeted_condemnation(pipe):
    doc = full(pipe, "وفي مايو 2013، أدانت إحدى المحاكم المتهم بتهمة الإبادة الجماعية.")
    assert not [e for e in factual(doc, "ACCUSE") if not e["recipients"]]


def test_condemnation_told_after_another_act_of_the_same_subject(pipe):
    doc = full(pipe, "انتقد قائد الحرس الثوري الإيراني اللواء محمد علي جعفري، الثلاثاء، بعض الدول الإسلامية في المنطقة.\n"
                     "وأشاد جعفري بمقاومة الشعب الفلسطيني، متوقعا أن يحقق الانتصار، واستنكر قتل عشرات المتظاهرين في "
                     "غزة، الاثنين.")
    ev = [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "واستنكر"]
    assert ev and ev[0]["recipients"] == []


def test_conviction_is_no_untargeted_condemnation(pipe):
    for s in ("إسرائيل تدين الشاعرة دارين طاطور بالتحريض على العنف\n\nأدانت محكمة إسرائيلية الشاعرة دارين طاطور.",
              "وكانت محكمة عسكرية إسرائيلية قد أدانت أزاريا بقتل الفلسطيني الجريح عبد الفتاح الشريف في مدينة الخليل."):
        doc = full(pipe, s)
        assert not [e for e in factual(doc, "ACCUSE") if not e["recipients"]], s


def test_condemnation_of_a_killing_after_b(pipe):
    doc = full(pipe, "أدانت وزارة الخارجية السعودية بشدة الهجوم المسلح على كنيسة في الشيشان.")
    ev = factual(doc, "ACCUSE")
    assert ev and ev[0]["recipients"] == [] and "SAU" in party(doc, ev[0]["actors"])

"""Party attribution, session 35 (track s35party): the party told right after an earlier verb of harm suffered it and is
no author of a second verb of harm joined by و (stage._prior_harm_victims); a launching verb's subject stays the
attack's author past a phrase of backing set off by commas (stage, control.backing_before). And what must keep its
sides. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party


# --- the victim of an earlier verb of harm is no author of the next ------------------------------------------------

def test_killed_security_forces_are_no_author_of_the_wounding(pipe):
    doc = full(pipe, "وقتل في الهجوم سبعة من قوات الأمن وأصيب أكثر من 80 شخصا بجروح، فيما قتل تسعة من الجهاديين وفقا "
                     "لتقرير نهائي قدمه المصدر.", "2018-03-05T10:00")
    assert all("قوات الأمن" not in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_killed_yemenis_are_no_author_of_the_wounding(pipe):
    doc = full(pipe, "ومذاك، قُتل نحو عشرة آلاف يمني وأصيب أكثر من 50 ألفا بجروح، وتقول الأمم المتحدة إن اليمن يشهد أسوأ "
                     "أزمة إنسانية حاليا في العالم.", "2018-06-13T10:00")
    assert all("Yemen" not in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_police_killed_are_no_author_of_the_wounding(pipe):
    doc = full(pipe, "قتل ضابط شرطة وأصيب قائد قوة الأمن المركزي في شمال سيناء، إثر انفجار عبوة ناسفة في المدرعة التي "
                     "كانا على متنها ليلة الجمعة، بحسب مصادر أمنية.", "2018-02-10T10:00")
    assert all("شرطة" not in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_marked_author_of_the_earlier_killing_is_kept(pipe):
    # (an author marked by برصاص: the party is the shooter, not only a victim)
    doc = full(pipe, "ومنذ 30 آذار/مارس 2018 قتل 49 فلسطينيا برصاص الجيش الإسرائيلي وأصيب الآلاف.", "2018-05-12T10:00")
    assert any("Israel" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_active_killing_keeps_its_author(pipe):
    doc = full(pipe, "شرطي ألماني يطلق النار على نمساوي في كاتدرائية", "2018-05-31T10:00")
    assert any("شرطي" in party(doc, e["actors"]) or "German" in party(doc, e["actors"])
               for e in factual(doc, "ASSAULT"))


# --- a launching verb's subject past a phrase of backing between commas --------------------------------------------

def test_launcher_before_a_backing_phrase_is_the_author(pipe):
    doc = full(pipe, "شنت قوات النخبة الحضرمية، بدعم من القوات الإماراتية المشاركة ضمن التحالف العربي، عملية عسكرية "
                     "خاطفة، حررت خلالها مدينة المكلا وميناؤها، بالإضافة إلى مديريات ساحل حضرموت، من تنظيم القاعدة.",
               "2018-04-20T10:00")
    assert any("Hadrami" in party(doc, e["actors"]) or "النخبة" in party(doc, e["actors"])
               for e in factual(doc, "ASSAULT"))


def test_backed_army_and_its_backer_both_act(pipe):
    doc = full(pipe, "وشنت قوات الشرعية، بإسناد من التحالف، هجوماً واسعاً على مواقع الميليشيات في أجزاء واسعة من "
                     "مديريتي الجراحي والتحيتا، ملحقة بها خسائر مادية وبشرية كبيرة.", "2018-06-01T10:00")
    ev = factual(doc, "ASSAULT")
    assert any("Yemen" in party(doc, e["actors"]) and "coalition" in party(doc, e["actors"]) for e in ev)

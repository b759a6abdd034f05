"""Parties the entity stage did not recognise at event triggers, session 34 (track s34gaps): a state named only by
its side (الجانب الروسي) where the story never names the state itself, the Islamic Republic for Iran, and the Kurdish
units (الوحدات الكردية) for the YPG. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


# --- the side of a state the story names by its demonym only ---------------------------------------------------------

def test_side_of_a_state_not_named_elsewhere_is_that_state(pipe):
    doc = full(pipe, "وقالت وزارة الدفاع الصينية في بيان: \"لقد فندنا الاتهامات الخاطئة الصادرة عن الجانب الأميركي "
                     "عبر القنوات الرسمية.")
    ev = factual(doc, "REJECT")
    assert ev and "United States" in party(doc, ev[0]["recipients"])


def test_side_of_a_state_as_talks_partner(pipe):
    doc = full(pipe, "وقال الجبير، للصحفيين في واشنطن، أنه ستتم، خلال الزيارة، مناقشة ملفات كثيرة، من بينها إيران واليمن "
                     "وسوريا والعراق ومواجهة الاٍرهاب وليبيا، مضيفا أن الأزمة القطرية \"أمر صغير جدا ولدينا ملفات أهم "
                     "منها لنبحثها مع الجانب الأميركي\".")
    ev = [e for e in doc["events"] if e["type"] == "CONSULT" and "Jubeir" in party(doc, e["actors"])]
    assert any("United States" in party(doc, e["recipients"]) for e in ev)


def test_side_of_a_place_is_no_party(pipe):
    doc = full(pipe, "ووصل زايف بزورق وكان تسيبراس في استقباله على الجانب اليوناني من البحيرة وتصافحا بحرارة.")
    assert not any("Greece" in party(doc, e["recipients"]) for e in factual(doc, "CONSULT"))


def test_other_side_is_no_party(pipe):
    doc = full(pipe, "وقال إن الجانب الآخر رفض العرض.")
    assert not factual(doc, "REJECT") or not any(party(doc, e["actors"]) for e in factual(doc, "REJECT"))


# --- the Islamic Republic ------------------------------------------------------------------------------------------

def test_islamic_republic_alone_is_iran(pipe):
    doc = full(pipe, "وتسعى فرنسا للحصول من طهران على تعهدات بشأن الحد من برنامجها البالستي، حيث تتهم باريس "
                     "الجمهورية الإسلامية بانتهاج سياسة \"هيمنة\" في المنطقة.")
    ev = between(doc, "ACCUSE", "Paris")
    assert ev and "Iran" in party(doc, ev[0]["recipients"])


def test_islamic_republic_of_mauritania_stays_mauritania(pipe):
    doc = full(pipe, "واتهمت الجمهورية الإسلامية الموريتانية مالي بدعم المسلحين.")
    ev = [e for e in doc["events"] if "Mauritania" in party(doc, e["actors"])]
    assert ev and not any("Iran" in party(doc, e["actors"]) for e in doc["events"])


# --- the Kurdish units ---------------------------------------------------------------------------------------------

def test_kurdish_units_are_the_ypg(pipe):
    doc = full(pipe, "واتهمت أنقرة الوحدات الكردية بإطلاقها.")
    ev = between(doc, "ACCUSE", "Ankara")
    assert ev and "People's Protection Units" in party(doc, ev[0]["recipients"])


def test_kurdish_units_short_form_denies(pipe):
    doc = full(pipe, "قال الرئيس التركي رجب طيب أردوغان إن القوات التركية أحاطت بالمدينة الرئيسية، وهي على وشك "
                     "دخولها، الأمر الذي تنفيه وحدات الشعب الكردية.")
    ev = factual(doc, "REJECT")
    assert ev and "People's Protection Units" in party(doc, ev[0]["actors"])

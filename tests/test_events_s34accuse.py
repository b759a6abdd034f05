"""Accusations, session 34 (track s34accuse): mocking (سخر من) is a criticism; questioning (استجوب) is an inquiry of the
one questioned; a long subject between a light verb and its criticism noun; a criticism noun after a sanction in the
sentence.
Sentences from the 2018 corpus (some shortened)."""
from __future__ import annotations

from conftest import factual, full, party


def _accusers(doc, mode=None):
    return [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in factual(doc, "ACCUSE")
            if mode is None or e.get("mode") == mode]


# --- سخر من --------------------------------------------------------------------------------------------------------

def test_mocking_a_party_criticises_it(pipe):
    doc = full(pipe, 'ويذكر الكتاب أيضا أن ماتيس سخر من ترامب، وقال لمعاونيه إن الرئيس تصرف مثل "تلميذ".')
    assert any("Mattis" in a and "Trump" in r for a, r in _accusers(doc, "disapprove"))


def test_mocking_with_the_critic_before_the_verb(pipe):
    doc = full(pipe, "سخرت الممثلة ستورمي دانييلز من الرئيس الأمريكي دونالد ترامب في برنامج تلفزيوني.")
    assert any("Daniels" in a and "Trump" in r for a, r in _accusers(doc))


def test_harnessing_is_no_mocking(pipe):
    doc = full(pipe, "وسخرت الحكومة السعودية كل إمكاناتها لخدمة ضيوف الرحمن.")
    assert not factual(doc, "ACCUSE")


# --- استجوب ---------------------------------------------------------------------------------------------------------

def test_police_questioning_a_person_investigates_him(pipe):
    doc = full(pipe, "استجوبت الشرطة الإسرائيلية، رئيس الوزراء، بنيامين #نتنياهو، في إطار تحقيق بقضية #فساد تورطت فيها "
                     "شركة اتصالات رائدة.")
    assert any("Police" in a and "Netanyahu" in r for a, r in _accusers(doc, "investigate"))


def test_questioning_verb_before_its_subject(pipe):
    doc = full(pipe, "تستجوب الشرطة الفرنسية الرئيس السابق نيكولا ساركوزي بشأن مزاعم بأن حملته الانتخابية حصلت على "
                     "تمويل من الزعيم الليبي الراحل معمر القذافي.")
    assert any("France" in a and "Sarkozy" in r for a, r in _accusers(doc, "investigate"))


def test_questioned_by_someone_is_a_passive(pipe):
    doc = full(pipe, "وتقول إنها استجوبت من قبل محققين أتراك بعد اختفائه، وقد أجرت اتصالات قليلة مع المسؤولين.")
    assert not factual(doc, "ACCUSE")


# --- criticism nouns -------------------------------------------------------------------------------------------------

def test_light_verb_with_a_title_and_a_name_before_the_noun(pipe):
    doc = full(pipe, "وانسحب ترامب من القمة بعد أن وجهت نائب وزير الخارجية الكورية الشمالية شو سون هوي انتقادات إلى "
                     "مايك بنس نائب الرئيس الأمريكي.")
    assert any("Pence" in r and "Trump" not in a for a, r in _accusers(doc, "disapprove"))


def test_criticism_after_a_sanction_is_made(pipe):
    doc = full(pipe, "وفرض ترامب رسوما تجارية على بعض الصناعات الأوروبية، ووجه انتقادات لاذعة إلى حلفائه في حلف "
                     "شمال الأطلسي (الناتو).")
    assert any("Trump" in a and "NATO" in r for a, r in _accusers(doc, "disapprove"))


def test_questioning_witnesses_investigates_no_one(pipe):
    doc = full(pipe, "واستجوب ممثلو الادعاء 80 شاهدا في هذه القضية أمام محكمة إندونيسية.")
    assert not factual(doc, "ACCUSE")


def test_an_unknown_mocker_after_the_verb_is_no_party(pipe):
    doc = full(pipe, "كذلك يمكن في الاتصال سماع أحاديث دارت في وقت سابق تسخر فيها عاملة الهاتف وامرأة أخرى من مركز "
                     "الرد على الإنذارات في فوج الإطفاء الفرنسي من المريضة.")
    assert not factual(doc, "ACCUSE")

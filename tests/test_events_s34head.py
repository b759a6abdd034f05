"""Events read from headlines, session 34 (track s34head): the genitive of an arrest, sentence or death noun undergoes
the act (no party after a later noun's ضد/على/مع is its target, and the genitive is no author), the object of an
arrest noun ends at a word of time, reason or charge (بعد، للاشتباه، بتهمة), and a feminine plural noun after a
headline's colon (غارات، عشرات) is no first-person verb that would make the place before the colon the attacker.
Headlines from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party

_BODY = "\n\nوأضاف التقرير أن الوضع متوتر."


def _doc(pipe, title):
    return full(pipe, title + _BODY)


def test_arrested_opponent_is_the_target_not_the_author(pipe):
    doc = _doc(pipe, "روسيا: اعتقال المعارض أليكسي نافالني خلال مظاهرات ضد بوتين")
    ev = factual(doc, "COERCE")
    assert ev and "Navalny" in party(doc, ev[0]["recipients"])
    assert all("Navalny" not in party(doc, e["actors"]) and "Putin" not in party(doc, e["recipients"]) for e in ev)


def test_sentenced_jihadist_is_the_target(pipe):
    doc = _doc(pipe, "القضاء العراقي يصدر حكما بالإعدام بحق جهادي بلجيكي قاتل مع تنظيم \"الدولة الإسلامية\"")
    ev = factual(doc, "SANCTION")
    assert ev and all("Islamic State" not in party(doc, e["recipients"]) for e in ev)
    assert all("BEL" not in party(doc, e["actors"]) for e in ev)


def test_police_before_colon_arrests_the_quoted_group(pipe):
    doc = _doc(pipe, "الشرطة التركية: اعتقال عشرات \"الدواعش\" بينهم أجانب")
    ev = factual(doc, "COERCE")
    assert ev and "Police" in party(doc, ev[0]["actors"]) and "Islamic State" in party(doc, ev[0]["recipients"])


def test_party_after_a_reason_word_is_no_one_arrested(pipe):
    for title, other in (("إيران: اعتقال مدع عام سابق بعد إدانته بتعذيب متظاهرين", "متظاهرين"),
                         ("فنزويلا: توقيف جنرال وضابطين للاشتباه بضلوعهم في \"الاعتداء\" على مادورو", "Maduro")):
        doc = _doc(pipe, title)
        assert all(other not in party(doc, e["recipients"]) for e in factual(doc, "COERCE")), title


def test_arrest_with_a_named_person_still_read(pipe):
    doc = _doc(pipe, "ماليزيا: توقيف رئيس الوزراء السابق نجيب عبد الرزاق بتهمة الفساد")
    ev = factual(doc, "COERCE")
    assert ev and "Najib" in party(doc, ev[0]["recipients"])


def test_sanctions_noun_after_a_light_verb_keeps_its_target(pipe):
    # must NOT change: the act noun between the genitive and ضد is the same act (فرض ... عقوبات ضد)
    doc = full(pipe, "عبرت إيران عن غضبها بسبب فرض الولايات المتحدة عقوبات ضد عشرة أشخاص ومعهد تقني تتهمهم بالقرصنة.")
    ev = factual(doc, "SANCTION")
    assert any("United States" in party(doc, e["actors"]) for e in ev)


def test_place_before_colon_is_no_attacker_of_plural_raids(pipe):
    for title in ("اليمن: عشرون قتيلا على الأقل في غارات جوية على مدينة الحديدة",
                  "سوريا: انفجار يوقع عشرات القتلى المدنيين والأطفال في ريف إدلب الشمالي"):
        doc = _doc(pipe, title)
        assert all(not party(doc, e["actors"]).startswith(("Yemen", "Syria")) for e in factual(doc, "ASSAULT")), title


def test_first_person_attack_after_colon_keeps_its_speaker(pipe):
    doc = _doc(pipe, "إسرائيل: قصفت طائراتنا أهدافا في غزة")
    assert any("Israel" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_bare_genitive_of_sanctions_imposes_them(pipe):
    doc = _doc(pipe, "رئيس فنزويلا يرد على عقوبات واشنطن بطرد القائم بالأعمال")
    ev = [e for e in factual(doc, "SANCTION") if "Washington" in party(doc, e["actors"])]
    assert ev and "Venezuela" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "وتخضع كوريا الشمالية لعقوبات الأمم المتحدة منذ 2006 بشأن برامجها النووية.")
    assert all("United Nations" not in party(doc, e["recipients"]) for e in doc["events"] if e["type"] == "SANCTION")


def test_sanctions_committee_genitive_is_sanctioned(pipe):
    # must NOT swap: a committee named for the sanctions on the state after it
    doc = full(pipe, "ودعت هولندا، بدعم من فرنسا وألمانيا وبريطانيا والولايات المتحدة، لجنة عقوبات ليبيا في مجلس الأمن "
                     "إلى تجميد عالمي على أصول.")
    assert all("Libya" not in party(doc, e["actors"]) for e in doc["events"] if e["type"] == "SANCTION")

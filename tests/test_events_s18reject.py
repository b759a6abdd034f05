"""Refusals and threats, session 18 (track s18reject). Sentences from the 2018 news corpus (short quotes) and variants.

* "We will not stand idly by" (لن نقف مكتوفي الأيدي، لن تبقى مكتوفة اليدين، لن نظل مكتوفي الأيدي) is a THREATEN by the
  speaker against the party named after أمام / ضد / حيال / تجاه / إزاء, else the party of a condition right after it
  (data/wordsets.tsv idle/*, stage._idle_threat). None named: no event.
* A verb coordinated after a comma whose only candidate subject is the party right after an earlier verb of the sentence
  (its object; that verb's subject told before) shares that earlier verb's actor: "وطالب الجزائر بتحمل مسؤولياتها،
  وهدد بأن" is no threat by Algeria.
"""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import pairs


def test_idle_threat_condition(pipe):
    doc = full(pipe, "وأضاف بولتون متحدثا في واشنطن \"إننا لن نقف مكتوفي الأيدي إذا أصرت المحكمة الجنائية الدولية "
                     "على قرارها\".", published="2018-09-10T12:00")
    assert any("Bolton" in a and "International Criminal Court" in r for a, r in pairs(doc, "THREATEN")), doc["events"]


def test_idle_threat_facing(pipe):
    doc = full(pipe, "وقال ترامب إن الولايات المتحدة لن تقف مكتوفة الأيدي أمام تركيا.", published="2018-08-17T12:00")
    assert any("Trump" in a and "TUR" in r for a, r in pairs(doc, "THREATEN")), doc["events"]


def test_idle_threat_other_verb(pipe):
    doc = full(pipe, "وقال المتحدث باسم الخارجية الإيرانية بهرام قاسمي إن طهران لن تبقى مكتوفة اليدين حيال "
                     "إسرائيل.", published="2018-05-10T12:00")
    assert any("IRN" in a and "ISR" in r for a, r in pairs(doc, "THREATEN")), doc["events"]


def test_idle_threat_named_party_only(pipe):
    # the party faced is named: a threat; nothing named (بينما ...) or only a place after في: none
    doc = full(pipe, "وقال ترامب إن الولايات المتحدة لن تقف مكتوفة الأيدي أمام تركيا. وقال يونكر: \"لن نقف مكتوفي "
                     "الأيدي بينما تضرب صناعتنا بتعرفة غير عادلة\". وعلقت وزارة الدفاع العراقية بقولها: \"لن تقف "
                     "الحكومة المركزية مكتوفة الأيدي أمام أي تدخل عسكري خارجي في العراق\".", published="2018-08-17T12:00")
    t = pairs(doc, "THREATEN")
    assert len(t) == 1 and "Trump" in t[0][0] and "TUR" in t[0][1], doc["events"]


def test_coordinated_verb_after_object_shares_actor(pipe):
    doc = full(pipe, "الملك المغربي يتهم الجزائر\n\nواتهم محمد السادس الجزائر بدعم الجبهة. وعبر عن غضبه من التدخل، "
                     "\"ودق ناقوس الخطر\" وطالب الجزائر بتحمل مسؤولياته لحل صراع الصحراء المغربية، وهدد بأن المغرب "
                     "لن تقف مكتوفة الأيدي أمام هذا الخطر.", published="2018-04-05T12:00")
    assert any("MAR" in party(doc, e["actors"]) for e in factual(doc, "REQUEST")), doc["events"]
    assert not any("DZA" in a for a, r in pairs(doc, "THREATEN")), doc["events"]


# * A state or government body refuses; its own official named before the refusal noun or verb (or not in its
#   sentence) is the one who tells it, never the one refused (stage._own_spokesman). One named after it is (الحكومة
#   العراقية ترفض تصريحات المالكي).
def test_refusal_noun_told_by_own_king(pipe):
    doc = full(pipe, "المغرب يحذر من الاستفزازات\n\nوأضاف أن الملك محمد السادس تحدث مباشرة مع غوتيريش بشأن هذه "
                     "المسألة وأكد على مسامعه \"رفض المغرب الصارم والحازم لهذه الاستفزازات والتوغلات غير المقبولة\".",
               published="2018-04-05T12:00")
    assert not any("Mohammed" in r for a, r in pairs(doc, "REJECT")), doc["events"]
    doc = full(pipe, "رفضت الحكومة العراقية، الأحد، تصريحات رئيس الوزراء السابق نوري المالكي.", published="2018-04-05T12:00")
    assert any("Maliki" in r for a, r in pairs(doc, "REJECT")), doc["events"]

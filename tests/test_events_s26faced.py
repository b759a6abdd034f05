"""Session 26, track s26rare2: a crowd's protest that names no target, in a sentence that names one other state or its
army, is against that state (stage._faced_state), also when a body of the crowd's own people stands beside the crowd
as a second actor (the factions that called the march), not against the crowd's own government."""
from __future__ import annotations

from conftest import factual, full, party


def test_march_called_by_factions_faces_israel(pipe):
    doc = full(pipe, "جرحى فلسطينيون في ثالث جمعة احتجاجية على حدود غزة وإسرائيل\n\n"
                     "تجددت المواجهات بين المتظاهرين الفلسطينيين والجيش الإسرائيلي صباح الجمعة الثالثة لاحتجاجات مسيرة "
                     "\"العودة الكبرى\" التي دعت لها فصائل فلسطينية وطنية وإسلامية، على الحدود بين قطاع غزة وإسرائيل، ما أدى "
                     "لإصابة شبان فلسطينيين بالرصاص.", published="2018-04-13T12:00")
    ev = factual(doc, "PROTEST")
    assert ev and all("Israel" in party(doc, e["recipients"]) for e in ev), doc["events"]
    assert not any("government of Palestine" in party(doc, e["recipients"]) for e in ev), doc["events"]


# A resignation told in a sentence of protests (2018: Jordan's Hani Mulki, Armenia's Serzh Sargsyan, Haiti's prime
# minister; about 40 corpus tellings) is a RETREAT before the protesters of the resigner's country; not a resignation
# made in protest, demanded, expected or ruled out.

def test_resignation_under_protests_is_a_retreat_before_the_protesters(pipe):
    doc = full(pipe, "الأردن\n\n" "واستمرت التظاهرات في الشوارع الأردنية ليلة الثلاثاء ضد قانون الضريبة على الدخل، رغم تقديم رئيس "
                     "الوزراء هاني الملقي استقالته الاثنين.", published="2018-06-05T12:00")
    ev = factual(doc, "RETREAT")
    assert ev and "Hani Mulki" in party(doc, ev[0]["actors"]) and "protesters" in party(doc, ev[0]["recipients"]), doc["events"]


def test_resignation_after_days_of_protests(pipe):
    doc = full(pipe, "أرمينيا\n\n" "قدم رئيس وزراء أرمينيا سيرج سركيسيان استقالته الاثنين بعد 11 يوما من الاحتجاجات الشعبية الواسعة "
                     "ضد الحكومة.", published="2018-04-23T12:00")
    ev = factual(doc, "RETREAT")
    assert ev and "protesters" in party(doc, ev[0]["recipients"]), doc["events"]


def test_resignation_in_protest_or_demanded_is_none_before_protesters(pipe):
    doc = full(pipe, "بريطانيا\n\n" "وكان وزيران كبيران قد استقالا، الأسبوع الماضي، احتجاجاً على خطط ماي للتجارة مع الاتحاد الأوروبي. "
                     "وتظاهر عشرات الآلاف من المحتجين في بوخارست للمطالبة باستقالة حكومة رئيسة الوزراء فيوريكا دانسيلا.",
               published="2018-07-15T12:00")
    assert not any("protesters" in party(doc, e["recipients"]) for e in factual(doc, "RETREAT")), doc["events"]

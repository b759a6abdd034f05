"""Background told as current, session 33 (track s33bg): a recap opener (يذكر أن، يشار إلى أن، سبق أن، من المعروف أن،
تجدر الإشارة إلى أن; ~3,100 sentences of the 2018 corpus) marks its past acts as background unless the sentence tells a
day of the past week, the act is a state in the imperfect, or the headline/lead tells an act of its type; a background
telling folded with a current one leaves the current telling as the event. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full


def test_a_recap_with_no_day_is_background(pipe):
    for s, typ in (("يذكر أن المرشد الإيراني، علي خامنئي، رفض فكرة التفاوض مع الولايات المتحدة من جديد.", "REJECT"),
                   ('يذكر أن تنظيم "داعش" أعلن خلال الأشهر الماضية مسؤوليته عن تنفيذ تفجيرات عدة، استهدفت مقرات أمنية '
                    "وعسكرية يمنية في عدة مدن.", "ASSAULT"),
                   ("وسبق أن اتهمت السعودية إيران بدعم الحوثيين.", "ACCUSE")):
        doc = full(pipe, "روحاني لترامب: لا تعبث بذيل الأسد\n\n" + s)
        evs = factual(doc, typ)
        assert evs and all(e["historical"] for e in evs), s


def test_a_recap_with_a_day_of_the_past_week_is_current(pipe):
    doc = full(pipe, "روحاني لترامب: لا تعبث بذيل الأسد\n\nويشار إلى أن التحالف شن غارات على صنعاء يوم الجمعة.")
    evs = factual(doc, "ASSAULT")
    assert evs and not any(e["historical"] for e in evs)


def test_a_state_told_in_the_imperfect_is_no_background(pipe):
    doc = full(pipe, "روحاني لترامب: لا تعبث بذيل الأسد\n\nيذكر أن أنقرة والرياض تتعاونان للكشف عن تفاصيل اختفاء الكاتب "
                     "والصحفي السعودي جمال خاشقجي.")
    evs = factual(doc, "COOPERATE")
    assert evs and not any(e["historical"] for e in evs)


def test_no_recap_opener_leaves_the_act_current(pipe):
    doc = full(pipe, "روحاني لترامب: لا تعبث بذيل الأسد\n\nورفض المرشد الإيراني، علي خامنئي، فكرة التفاوض مع الولايات المتحدة.")
    evs = factual(doc, "REJECT")
    assert evs and not any(e["historical"] for e in evs)


def test_a_background_telling_folded_leaves_the_current_one(pipe):
    doc = full(pipe, "فرنسا تجمد أصول شركات وأشخاص لتورطهم في برنامج الأسلحة الكيميائية السوري\n\n"
                     "وفي كانون الثاني/يناير، أعلنت باريس تجميد أصول 25 كيانا ومسؤولا في شركات سورية وفرنسية ولبنانية "
                     "وصينية يشتبه في أنها تقدم دعما لبرنامج الأسلحة الكيميائية السوري.", published="2018-05-18T12:00")
    evs = [e for e in factual(doc, "SANCTION") if not e["historical"]]
    assert evs and all("يناير" not in (e.get("sentence") or "") for e in evs)

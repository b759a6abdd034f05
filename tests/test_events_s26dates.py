"""Session 26 (track s26dates): a day told inside a بعدما/بعد أن clause after a verbal act, between the clause's verb
(and subject) and the rest of the clause, dates the act the reaction follows, not the reaction (time.dating
_when_clause_day)."""
from test_time_dating import make_doc, when

from conftest import full
from evhelpers import dates


def test_rejection_after_accusation_keeps_no_day_of_the_accusation(pipe):
    # SK-middleEast-22-20180222 (dev DD-01): the State Department accused Russia on Tuesday; the Kremlin's answer is
    # the publication's Thursday
    text = ("روسيا تنفي مسؤوليتها عن \"مجزرة الغوطة\"\n\n"
            "قال الكرملين، الخميس، إن روسيا وحلفاءها لا يتحملون المسؤولية عن الوضع في الغوطة الشرقية.\n"
            "واعتبر الناطق باسم الكرملين ديمتري بيسكوف \"أنها اتهامات لا أساس لها\" بعدما اتهمت الخارجية الأميركية، "
            "الثلاثاء، روسيا بأنها \"مسؤولة\" عن هذه الهجمات.")
    doc = full(pipe, text, "2018-02-22T10:24")
    assert "2018-02-20" not in dates(doc, "REJECT"), dates(doc, "REJECT")
    assert "2018-02-20" in dates(doc, "ACCUSE"), dates(doc, "ACCUSE")  # (the accusation keeps its own day)


def test_accusation_after_a_threat_told_on_monday(pipe):
    # SK-economy-812-20180619: Trump threatened on Monday; China's accusation is Tuesday's (the publication day)
    text = ("واتهمت الصين الولايات المتحدة بممارسة \"ضغوط كبيرة والابتزاز\" وتعهدت بالرد بعد أن هدد الرئيس الأميركي "
            "دونالد ترامب يوم الاثنين بفرض رسوم جمركية نسبتها عشرة بالمئة على سلع صينية.")
    doc = full(pipe, text, "2018-06-19T09:00")
    assert dates(doc, "ACCUSE") and "2018-06-18" not in dates(doc, "ACCUSE"), dates(doc, "ACCUSE")


def test_material_act_after_bad_ma_keeps_the_day():
    # CN-middleEast-1304-20180907: a material act and the one it follows are one occasion; the day stays the act's
    doc = make_doc(None, ["وأشعل محتجون غاضبون النار في مقر القنصلية الإيرانية الموجودة في مدينة البصرة، بعدما "
                          "اقتحموها، الجمعة، بينما رأت طهران ما حدث مؤامرة."], "2018-09-08T09:00")
    assert when(doc, "وأشعل")["date"] == "2018-09-07"


def test_time_stage_passes_over_the_clause_day_for_a_statement():
    doc = make_doc(None, ["واعتبر الناطق باسم الكرملين ديمتري بيسكوف \"أنها اتهامات لا أساس لها\" بعدما اتهمت الخارجية "
                          "الأميركية، الثلاثاء، روسيا بأنها \"مسؤولة\" عن هذه الهجمات."], "2018-02-22T10:24")
    assert when(doc, "اتهامات")["date"] != "2018-02-20"  # (the words of the denial)
    assert when(doc, "اتهمت")["date"] == "2018-02-20"

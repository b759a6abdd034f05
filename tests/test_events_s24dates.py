"""Session 24 (track s24dates): dates of acts told in a subordinate position.  An act told after بعد/إثر/عقب/غداة + its
verbal noun inside a demand or a threat is the fact the demand follows, not its content (stage._after_told)."""
from conftest import full, sides
from evhelpers import dates


def test_killing_after_demand_is_told_done(pipe):
    text = ("كندا تطالب بتحقيق مستقل\n\n"
            "طالب رئيس الحكومة الكندية جوستن ترودو الأربعاء بـ\"تحقيق مستقل\" بعد قتل نحو 60 فلسطينيا برصاص "
            "الجيش الإسرائيلي الاثنين في غزة.")
    doc = full(pipe, text, "2018-05-17T06:00")
    assert "2018-05-14" in dates(doc, "ASSAULT"), dates(doc, "ASSAULT")


def test_act_demanded_stays_hypothetical(pipe):
    text = "وطالب وزير الخارجية الفرنسي الأربعاء بفرض عقوبات على إيران."
    doc = full(pipe, text, "2018-05-17T06:00")
    assert not sides(doc, "SANCTION"), sides(doc, "SANCTION")

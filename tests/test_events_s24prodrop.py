"""Session 24 (track s24prodrop): a sentence that codes no act but opens on a verb and its named subject ("وقال
نتانياهو إنه ...") hands the story's subject on to the verb with no subject of its own that follows; a threatened
sanction names its target with على before any condition (the one sanctioned is threatened, not the party inside
the condition); a warning's addressee after its day and an adjunct of the occasion (حذر، الاثنين، خلال مقابلة ...)."""
import pytest

from evhelpers import record_sides

PUB = "2018-05-10"  # the day the test articles are published


@pytest.mark.parametrize("text,typ,actor,target", [
    # the subject of an uncoded sentence goes on
    ("وهدد الرئيس الأميركي دونالد ترامب بالانسحاب من الاتفاق الدولي ما لم يتم إعادة التفاوض عليه بحلول 12 مايو. "
     "وكرر انتقاده للاتفاق بعد أن تحدث نتنياهو وأشار إلى أنه يؤيد تصريحات رئيس الوزراء الإسرائيلي. وقال نتانياهو إنه "
     "قدم معلومات المخابرات الجديدة بالفعل للولايات المتحدة، وإنه سيوفد مبعوثين إلى فرنسا وألمانيا لعرضها. وتحدث عبر "
     "الهاتف أيضا مع الرئيس الروسي فلاديمير بوتين.",
     "CONSULT", "Netanyahu", "Putin"),
    # a threatened sanction on a party, the condition naming the one it holds
    ("ولفت الرئيس التركي إلى أن إدارة دونالد ترامب هددت بفرض مزيد من العقوبات على أنقرة في حال لم تطلق سراح برانسون.",
     "THREATEN", "Trump", "TUR"),
    # a warning's addressee after its day and the occasion
    ("قال نائب الرئيس الأميركي مايك بنس إن الحوار مستمر. وكان بنس حذر، الاثنين، خلال مقابلة مع قناة فوكس الزعيم الكوري الشمالي، كيم جونغ أون، من المراوغة مع واشنطن.",
     "THREATEN", "Pence", "Kim"),
])
def test_sides(pipe, text, typ, actor, target):
    evs = record_sides(pipe, text, typ, PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_quantity_subject(pipe):
    # "قسم من السكان" is a subject of its own, not the story's last actor
    text = ("وصل الرئيس الفرنسي إيمانويل ماكرون الخميس، إلى كاليدونيا الجديدة، في زيارة حساسة تستمر ثلاثة أيام. "
            "ويرفض قسم من السكان زيارة ماكرون لنصب تذكاري أقيم تخليدا لناشطين من شعب الكاناك.")
    assert not any("Macron" in a for a, r, _ in record_sides(pipe, text, "REJECT", PUB))

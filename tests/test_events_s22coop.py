"""Session 22 (track s22coop): a forum of member states without a Wikidata id in the KB (مجموعة السبع، منظمة التعاون
الإسلامي: data/wordsets.tsv consult/forum) meets among its members as a multilateral CONSULT, and such a meeting told
by a verb of meeting or of holding it is an event, not a partial one; a sit-in or a strike told by a verb of the
clause is held by a people named by its demonym (نفذت رابطة أمهات المختطفين اليمنيين ... وقفة احتجاجية)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,body", [
    ("ناقش وزراء خارجية مجموعة السبع في تورونتو الأحد التوترات التجارية المتصاعدة.", "G7"),
    ("وبحث وزراء خارجية الدول الصناعية السبع الكبرى الاثنين سبل الرد على الهجوم الكيميائي.", "G7"),
    ("عقدت منظمة التعاون الإسلامي الجمعة اجتماعا طارئا في إسطنبول لبحث قرار نقل السفارة الأمريكية.",
     "Organisation of Islamic Cooperation"),
])
def test_forum_meets(pipe, text, body):
    evs = sides(full(pipe, text), "CONSULT")
    assert any(body in a and not e["recipients"] and not e.get("partial") for a, _, e in evs), evs


def test_summit_named_in_passing(pipe):
    text = "وقالت المستشارة الألمانية عند وصولها إلى قمة مجموعة العشرين في هامبورغ إن المحادثات ستكون صعبة."
    evs = sides(full(pipe, text), "CONSULT")
    assert not any("G20" in a and not e["recipients"] and not e.get("partial") for a, _, e in evs), evs


@pytest.mark.parametrize("text,crowd", [
    ("نفذت رابطة أمهات المختطفين اليمنيين، الأربعاء، وقفة احتجاجية أمام مكتب الأمم المتحدة في صنعاء.", "YEM"),
    ("بدأ المعلمون الأردنيون الأحد إضرابا مفتوحا عن العمل للمطالبة بتحسين رواتبهم.", "JOR"),
])
def test_people_hold_sitin(pipe, text, crowd):
    evs = sides(full(pipe, text), "PROTEST")
    assert any(crowd in a and not e.get("partial") for a, _, e in evs), evs


def test_sitin_called_for(pipe):
    text = "ودعت نقابة المعلمين الأردنيين إلى تنفيذ إضراب عن العمل الأسبوع المقبل."
    assert not sides(full(pipe, text), "PROTEST")

"""Session 24: a sports story's meetings, deals and criticisms between teams, clubs and players are no political
events (events/sport.py: three or more distinct sports words; an event stands with a political party)."""
import pytest

from conftest import full
from marsad.events import sport


def test_sport_terms_read_clitics():
    assert sport.sport_terms("وتلتقي اليابان مع السنغال وبولندا في المباراة الأولى ضمن المجموعة في المونديال، وأعلن المدرب") \
        >= {"المباراه", "المونديال", "المدرب"}
    assert not sport.is_sport("وقال وزير الخارجية إن الهدف من الزيارة بحث العلاقات، وإن الفريق أول قائد الجيش حضر اللقاء.")


@pytest.mark.parametrize("text", [
    "اليابان تقيل مدربها قبل شهرين على كأس العالم\n\nوتلتقي اليابان مع السنغال وبولندا وكولومبيا في المجموعة الثامنة "
    "بالمونديال، وستكون المباراة الأولى للمنتخب الياباني أمام كولومبيا.",
    "تونس وإنكلترا\n\nتتناول الحلقة لقاء مرتقبا بين تونس وإنكلترا في نهائيات كأس العالم، وتتوقف عند البداية الضعيفة "
    "للمنتخبات الكبرى في هذه البطولة.",
])
def test_sports_meetings_are_no_events(pipe, text):
    doc = full(pipe, text)
    assert not [e for e in doc["events"] if e["type"] == "CONSULT"], doc["events"]


def test_political_party_keeps_its_event():
    by_id = {"a": {"type": "PERSON", "roles": ["President"]}, "b": {"type": "ORG", "sector": None},
             "c": {"type": "PERSON", "roles": ["Player"]}}
    text = "هنأ الرئيس المنتخب بعد المباراة النهائية في البطولة وأشاد باللاعب والمدرب"
    evs = [{"actors": ["a"], "recipients": ["b"]}, {"actors": ["c"], "recipients": ["b"]}]
    assert sport.keep_political(evs, text, by_id) == evs[:1]
    assert sport.keep_political(evs, "بحث الرئيس مع الوفد العلاقات", by_id) == evs

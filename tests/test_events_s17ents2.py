"""A ministry or a court named by its portfolio or its kind and a demonym (وزارة النقل العراقية، وزارة الثقافة السورية،
محكمة التمييز الكويتية، المحكمة العسكرية المصرية) is one state's body: the whole phrase is the entity and the
demonym gives its country (entities/kb/heads.tsv, mode ``state``), as for a council or a committee. Before, only the
head word was a mention (a nominal "وزارة" / "محكمة", its country guessed from the story, and two ministries of two
states read as one). Without the demonym the phrase stays a common noun; the KB's ministries (وزارة الداخلية العراقية)
stay the KB's. Real phrasing from the corpus leads."""
from __future__ import annotations

import pytest

from conftest import full
from evhelpers import orgs as _orgs


@pytest.mark.parametrize("text,name,iso", [
    ('وقالت الشركة العراقية في بيان إن وزارة النقل العراقية "فتحت تحقيقا مع الطيارين".', "وزارة النقل العراقية", "IRQ"),
    ('فيلم "رجل الثورة"، الذي شاركت وزارة الثقافة السورية في تمويله، بثته وكالة الأنباء.', "وزارة الثقافة السورية", "SYR"),
    ("وقالت المسؤولة في وزارة الانتقال البيئي الفرنسية إن الحظر سيطبق.", "وزارة الانتقال البيئي الفرنسية", "FRA"),
    ("حكمت محكمة التمييز الكويتية بسجن النائب السابق مسلم البراك.", "محكمة التمييز الكويتية", "KWT"),
    ("قضت المحكمة العسكرية المصرية بالسجن المؤبد على ستة متهمين.", "المحكمة العسكرية المصرية", "EGY"),
])
def test_a_ministry_or_court_with_a_demonym_is_that_state_s_body(pipe, text, name, iso):
    orgs = _orgs(full(pipe, text))
    assert name in orgs, sorted(orgs)
    assert orgs[name]["country"] == iso
    assert "وزارة" not in orgs and "محكمة" not in orgs


def test_two_ministries_of_two_states_stay_apart(pipe):
    doc = full(pipe, "أعلنت وزارة الحج والعمرة عن تخصيص رابط جديد للحجاج القطريين، بعد عدم تجاوب وزارة الأوقاف "
                     "القطرية.")
    orgs = _orgs(doc)
    assert orgs["وزارة الأوقاف القطرية"]["country"] == "QAT"
    assert all(len(e["mentions"]) == 1 for n, e in orgs.items() if n == "وزارة الأوقاف القطرية")


def test_the_court_with_a_demonym_is_the_sentencing_party(pipe):
    doc = full(pipe, "كما أدانت محكمة التمييز الكويتية 5 ناشطين بنفس المدة وحكمت على ناشطين اثنين بالسجن لمدة عامين.")
    by = {e["id"]: e for e in doc["entities"]}
    ev = [e for e in doc["events"] if e["type"] == "SANCTION"]
    assert ev and any(by[a]["name"] == "محكمة التمييز الكويتية" for e in ev for a in e["actors"])


@pytest.mark.parametrize("text", [
    "وكانت وزارة الكهرباء قد دعت المواطنين إلى زيادة الترشيد.",   # no demonym: a common noun
    "أصدرت محكمة الجنايات حكما غيابيا بالإعدام.",
])
def test_without_a_demonym_the_phrase_is_no_named_body(pipe, text):
    orgs = _orgs(full(pipe, text))
    assert not any(n.startswith(("وزارة ", "محكمة ")) for n in orgs), sorted(orgs)


def test_the_kb_s_ministry_stays_the_kb_s(pipe):
    doc = full(pipe, "وقالت وزارة الداخلية العراقية في بيان إنها اعتقلت خمسة مطلوبين.")
    ent = next(e for e in doc["entities"] if e["type"] == "ORG" and "الداخلية" in e["mentions"][0]["text"])
    assert ent["kb_id"] and ent["country"] == "IRQ"

"""Review of session 22's tracks (s22coop, s22names, s22legal, s22dates): fixes found in review."""
import pytest

from conftest import entity_stage, full, persons_of as persons


# -- s22names: a demonym that qualifies a thing (a warship, an aircraft, a company) names no person's nisba ----------

ents = pytest.fixture(scope="module", name="ents")(entity_stage)


@pytest.mark.parametrize("text", [
    "اقتربت المدمرة الأمريكية دونالد كوك من السواحل السورية",
    "هبطت الطائرة الروسية سوخوي سوبرجيت في مطار شيريميتيفو",
    "وقالت شركة النفط البريطانية بريتيش بتروليوم إنها ستنسحب من المشروع",
])
def test_demonym_of_a_thing_no_person(ents, text):
    assert persons(ents, text) == {}


@pytest.mark.parametrize("text,name,country", [
    # the demonym agrees with the man, not with the company before it
    ("وقال رئيس الشركة الأمريكي جون سميث إن الصفقة ألغيت", "جون سميث", "USA"),
    # a woman named after her calling (not a thing)
    # (Angelina Jolie, the first example here, is in the KB since session 33: an unknown actress instead)
    ("وقالت الممثلة الأمريكية سوزان ساراندون إن اللاجئين يعانون", "سوزان ساراندون", "USA"),
])
def test_demonym_of_a_person_still_read(ents, text, name, country):
    assert persons(ents, text).get(name, "missing") == country


# -- s22dates: a temporal clause written as one word (بعدما) is out of the reach of a retreat or denial before it -----

def test_retreat_not_over_temporal_clause_one_word(pipe):
    doc = full(pipe, "قال أردوغان إن تركيا لن تتراجع عن موقفها بعدما هدد الرئيس الأمريكي دونالد ترامب بفرض عقوبات "
                     "على أنقرة.", published="2018-07-15T12:00")
    evs = [e for e in doc["events"] if e["type"] == "THREATEN"]
    assert evs and any(not e["negated"] for e in evs), evs

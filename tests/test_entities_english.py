"""English titles and roles (kb/titles.tsv, lang ``en``): the demonym or country comes before the title and is
part of the title phrase, the name after it gets the role and the country, a title without a name is a role
mention of the office holder, and an apposition gives the role to the name before the comma."""
from __future__ import annotations

import pytest

from conftest import entities_of, entity_stage
from evhelpers import with_mention

D15 = "2015-07-14"
D18 = "2018-07-16"


stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def _ents(stage, text, date=D18):
    return entities_of(stage, text, date)


def _person(ents, surface):
    found = with_mention(ents, surface)
    assert len(found) == 1 and found[0]["type"] == "PERSON", (surface, [(e["name"], e["type"]) for e in ents])
    return found[0]


@pytest.mark.parametrize("text,surface,country,role", [
    ("U.S. President Donald Trump and Russian President Vladimir Putin met in Helsinki on Monday.",
     "Donald Trump", "USA", "President"),
    ("U.S. President Donald Trump and Russian President Vladimir Putin met in Helsinki on Monday.",
     "Vladimir Putin", "RUS", "President"),
    ("U.S. Secretary of State John Kerry met Iranian Foreign Minister Mohammad Javad Zarif in Vienna.",
     "John Kerry", "USA", "Foreign Minister"),
    ("U.S. Secretary of State John Kerry met Iranian Foreign Minister Mohammad Javad Zarif in Vienna.",
     "Mohammad Javad Zarif", "IRN", "Foreign Minister"),
    ("Israeli Prime Minister Benjamin Netanyahu condemned the agreement as a historic mistake.",
     "Benjamin Netanyahu", "ISR", "Prime Minister"),
    ("German Chancellor Angela Merkel and UN Secretary-General Antonio Guterres spoke by phone.",
     "Angela Merkel", "DEU", "Chancellor"),
    ("German Chancellor Angela Merkel and UN Secretary-General Antonio Guterres spoke by phone.",
     "Antonio Guterres", "*", "Secretary General"),
    ("Defense Secretary Jim Mattis and National Security Adviser John Bolton attended the meeting.",
     "John Bolton", "USA", "National Security Advisor"),
    ("Saudi Crown Prince Mohammed bin Salman arrived in Washington on Tuesday.",
     "Mohammed bin Salman", "SAU", "Crown Prince"),
])
def test_title_before_name(stage, text, surface, country, role):
    p = _person(_ents(stage, text), surface)
    assert role in p["roles"]
    if country != "*":
        assert p["country"] == country


def test_demonym_before_title_is_not_a_separate_party(stage):
    ents = _ents(stage, "Russian President Vladimir Putin met the Finnish President in Helsinki.")
    assert not [e for e in ents if e["type"] == "NORP" and any(m["text"] == "Russian" for m in e["mentions"])]
    assert not with_mention(ents, "U.S")


def test_abbreviated_country_before_title(stage):
    ents = _ents(stage, "U.S. President Donald Trump arrived on Sunday.")
    assert not with_mention(ents, "U.S")                       # part of the title phrase, as الأمريكي after الرئيس
    assert "President" in _person(ents, "Donald Trump")["roles"]


def test_unknown_english_name_after_title(stage):
    ents = _ents(stage, "Finnish Defence Minister Jussi Kaarlonen welcomed the delegation on Monday.")
    p = _person(ents, "Jussi Kaarlonen")
    assert p["country"] == "FIN" and "Defence Minister" in p["roles"]


def test_title_without_name_is_the_office_holder(stage):
    ents = _ents(stage, "The Iranian foreign minister said the deal would survive.", D15)
    p = _person(ents, "Iranian foreign minister")
    assert "Zarif" in p["name"] and p["status"] == "named"


def test_apposition_and_bare_title_refer_back(stage):
    text = "Vladimir Putin, the Russian president, said the talks were useful. The president denied interference."
    ents = _ents(stage, text)
    p = _person(ents, "Vladimir Putin")
    kinds = {m["text"]: m["kind"] for m in p["mentions"]}
    assert kinds.get("Russian president") == "role" and kinds.get("president") == "role"


def test_honorific_abbreviation(stage):
    ents = _ents(stage, "Sen. John McCain criticised the summit, and Mr. Trump answered him.")
    assert "Senator" in _person(ents, "John McCain")["roles"]
    assert "Trump" in _person(ents, "Trump")["name"]


@pytest.mark.parametrize("text,word", [
    ("A general strike closed the port on Monday.", "general"),
    ("The president of the company resigned after the scandal.", "president"),
    ("He said the speaker was too loud.", "speaker"),
])
def test_title_words_without_a_person(stage, text, word):
    ents = _ents(stage, text)
    assert not [e for e in ents if any(word in m["text"] for m in e["mentions"])], ents


def test_possessive_country_before_title(stage):
    ents = _ents(stage, "Jordan's King Abdullah II met Israel's prime minister in Amman.")
    king = _person(ents, "Abdullah II")
    assert king["country"] == "JOR" and "King" in king["roles"]
    pm = _person(ents, "Israel's prime minister")
    assert "Netanyahu" in pm["name"]


@pytest.mark.parametrize("text,surface,sector,country,typ", [
    ("Syrian rebels shelled the town, the monitor said.", "Syrian rebels", "REB", "SYR", "NORP"),
    ("Thousands of protesters gathered in the square on Friday.", "protesters", "CVL", None, "NORP"),
    ("The Iraqi army retook the town from militants.", "Iraqi army", "MIL", "IRQ", "*"),
    ("Riot police fired tear gas at the crowd.", "Riot police", "COP", None, "ORG"),
])
def test_english_parties(stage, text, surface, sector, country, typ):
    found = with_mention(_ents(stage, text), surface)
    assert len(found) == 1, surface
    e = found[0]
    assert e["sector"] == sector and e["country"] == country
    if typ != "*":
        assert e["type"] == typ


def test_lone_english_word_in_arabic_text_is_no_party(stage):
    text = 'وتطلق قاعدة معجبي الفرقة على نفسها اسم "الجيش" Army.'
    assert not with_mention(_ents(stage, text), "Army")

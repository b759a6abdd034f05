"""Unknown persons named after a title or role (entities stage): a foreign name no given-names list holds, the
complement of the office between the title and the name, a chain of titles, the stops of the name, and the
surname alone later in the text.  Real phrasing of Arabic news (2018 corpus) in short sentences."""
from __future__ import annotations

import pytest

from marsad.entities import words
from marsad.lang.ar import normalize

from conftest import entity_stage

pytest.importorskip("simplemma")   # the dictionary that tells a transliterated name from a word


stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def ents(stage, text):
    return stage.extract(text, [(0, len(text))], "2018-07-27", {})


def person(stage, text, name):
    found = [e for e in ents(stage, text) if e["type"] == "PERSON" and any(
        m["text"] == name and m["kind"] == "name" for m in e["mentions"])]
    assert found, [(e["type"], e["name"], [m["text"] for m in e["mentions"]]) for e in ents(stage, text)]
    return found[0]


def persons(stage, text):
    return [m["text"] for e in ents(stage, text) if e["type"] == "PERSON" for m in e["mentions"] if m["kind"] == "name"]


def test_words_tell_names_from_words():
    for w in ("باتستسيغ", "كوتزياس", "بنسودا", "فاتو", "تانتراوانيت"):
        assert not words.is_word(normalize(w)), w
    for w in ("التزام", "الانسحاب", "لوكالة", "سيتولى", "باتهامات", "قوله", "استقالته", "وأخبره"):
        assert words.is_word(normalize(w)), w
    assert words.clitic_word(normalize("باختيار")) and not words.clitic_word(normalize("بلاك"))


def test_foreign_name_after_title_and_demonym(stage):
    text = "وحذر نائب وزير الخارجية المنغولي باتستسيغ باتمونخ تركيا من أن أي محاولة خطف ستشكل انتهاكا خطيرا."
    p = person(stage, text, "باتستسيغ باتمونخ")
    assert p["country"] == "MNG" and p["sector"] == "GOV" and "Deputy Foreign Minister" in p["roles"]
    # the title phrase is his (a role mention), so the events take the person, not the country
    assert any(m["text"] == "نائب وزير الخارجية المنغولي" and m["kind"] == "role" for m in p["mentions"])
    assert any(e["type"] == "GPE" and e["country"] == "TUR" for e in ents(stage, text))


def test_complement_of_the_office_before_the_name(stage):
    p = person(stage, "وكان قائد خلية الأزمة نارونغساك اوسوتاناكورن قال خلال مؤتمر صحافي إن الإنقاذ مستمر.",
               "نارونغساك اوسوتاناكورن")
    assert "Commander" in p["roles"]
    p = person(stage, "وقال المتحدث باسم شرطة كابول حشمت ستانيكزاي، إن تسعة من عناصر الشرطة قتلوا.",
               "حشمت ستانيكزاي")
    assert p["country"] == "AFG" and p["sector"] == "COP" and "Spokesperson" in p["roles"]
    assert any(e["name"] == "Kabul" for e in ents(stage, "وقال المتحدث باسم شرطة كابول حشمت ستانيكزاي، إن"))
    p = person(stage, "وقال الوزير السريلانكي للتخطيط المدني رؤوف حكيم إن الحكومة تدرس الأمر.", "رؤوف حكيم")
    assert p["country"] == "LKA" and "Minister" in p["roles"]


def test_chain_of_titles_names_one_person(stage):
    p = person(stage, "وقال مدير الأمن العام الأردني اللواء فاضل الحمود إن الأجهزة الأمنية تعاملت مع المحتجين.",
               "فاضل الحمود")
    assert {"General", "Director"} <= set(p["roles"]) and p["country"] == "JOR"
    p = person(stage, "وأكد المتحدث باسم الجيش العقيد تركي المالكي أن الدفاعات الجوية اعترضت الصاروخ.",
               "تركي المالكي")
    assert {"Colonel", "Spokesperson"} <= set(p["roles"])


def test_surname_alone_is_the_same_person(stage):
    text = ("وقالت المدعية العامة للمحكمة الجنائية الدولية فاتو بنسودا إن التحقيق سيستمر. "
            "وأضافت بنسودا أن المحكمة ستنظر في الأدلة.")
    found = [e for e in ents(stage, text) if e["type"] == "PERSON"]
    assert len(found) == 1, found
    p = found[0]
    assert {m["text"] for m in p["mentions"] if m["kind"] == "name"} == {"فاتو بنسودا", "بنسودا"}
    assert "Prosecutor" in p["roles"] and p["sector"] == "JUD"


def test_name_stops(stage):
    assert "باتستسيغ باتمونخ تركيا" not in persons(
        stage, "وأبلغ وزير الخارجية المنغولي باتستسيغ باتمونخ تركيا من أن بلاده لن تسمح.")
    assert persons(stage, "وأكد وزير الخارجية التزام مملكة البحرين بالعمل الجماعي.") == []
    assert persons(stage, "ورد رئيس الوزراء التركي باتهامات لاذعة على خصومه.") == []
    assert persons(stage, "قدم السفير الأميركي في إستونيا استقالته من منصبه.") == []
    assert persons(stage, "أمير قطر مغردا: نقف مع تركيا") == []
    assert not any("وأخبره" in x for x in persons(
        stage, "وثق فيه الجندي مانينغ وأخبره بتسريباته إلى موقع ويكيليكس."))
    assert persons(stage, "وكشف عن مقتل والده الشيخ سحيم آل ثاني غدرا.") == ["سحيم آل ثاني"]


def test_title_after_a_preposition_is_no_apposition(stage):
    text = ("لاغتيال وزير الصناعة اللبناني بيار الجميل، للرئيس السابق للحكومة سليم الحص عندما مر المتظاهرون "
            "من امام منزله.")
    p = person(stage, text, "بيار الجميل")
    assert p["roles"] == ["Minister"] and p["country"] == "LBN"
    assert not any(e["name"] == "Lebanese" for e in ents(stage, text))   # the demonym is in his title phrase


def test_no_name_from_words_after_a_title(stage):
    # a participle, a proclitic on the article or a function word, a feminine noun, a verb written as one word
    assert persons(stage, "أعرف الشهيد محمد شطح عبر إطلالاته الصحافية والتلفزيونية. أعرفه جيدا.") == ["محمد شطح"]
    assert persons(stage, "وأصبحت المعركة الطويلة لتشكيل ائتلاف حاكم حتمية. ويرفض التكتلان ذلك.") == []
    assert "لكل" not in persons(stage, "ورئيس وزراء إسرائيل يرى في بوتن العنوان الرئيس لكل ما يحدث في سوريا.")
    assert persons(stage, "أعلنت السلطات التركية أن الصحفي السعودي مازال في قنصلية بلاده.") == []
    assert persons(stage, "وفي الوقت الذي وثق زعيم كوريا الشمالية بإمضائه على تلك الوثيقة، فتح صفحة جديدة.") == []


def test_one_entity_for_a_name_and_its_longer_form(stage):
    text = "كما أعلن الشيخ سلطان بن سحيم أن الأسرة ترفض. وأعرب الشيخ #سلطان_بن_سحيم آل ثاني عن رفض أسرة آل ثاني."
    found = [e for e in ents(stage, text) if e["type"] == "PERSON"]
    assert len(found) == 1 and found[0]["name"] == "سلطان بن سحيم آل ثاني", found
    assert len([m for m in found[0]["mentions"] if m["kind"] == "name"]) == 2


def test_place_and_topic_after_an_office_are_no_name(stage):
    # رئيس بلدية X: X is the town; وزير بريكسيت: the portfolio, the name follows
    assert persons(stage, "وقال كولدو لويز، رئيس بلدية استيلا إن الكنيسة لن تصبح مزارا.") == ["كولدو لويز"]
    p = person(stage, "من جهته، قال حاكم ولاية دورانغو خوسيه ايسبورو على تويتر إنه ليس هناك قتلى.", "خوسيه ايسبورو")
    assert "Governor" in p["roles"]
    p = person(stage, "أما وزير بريكسيت ديفيد ديفيس، فحل محله دومينيك راب.", "ديفيد ديفيس")
    assert "Minister" in p["roles"]
    assert persons(stage, "أعلن المجلس تعيين المهندس نظمي النصر، رئيساً تنفيذياً، خلفا له.") == []


def test_name_words_are_not_read_as_clitics(stage):
    assert persons(stage, "كتب الصحفي الإسرائيلي رونين بيرغمان عن سلسلة محاولات.") == ["رونين بيرغمان"]
    assert persons(stage, "كما يخلفه في المحكمة العليا القاضي أنتوني كنيدي البالغ من العمر 81 عاما.") == [
        "أنتوني كنيدي"]
    assert persons(stage, "وقال مدير سد الموصل رياض عز الدين، إن كمية المياه كافية.") == ["رياض عز الدين"]

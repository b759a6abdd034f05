"""Session 28 (track s28protest): protests in the phrasing of 2019-2025 news (Gaza war rallies, Sudan, Lebanon, Iraq,
Iran, Israel's hostage and judicial protests, campus encampments, strikes and hunger strikes, riots), with negatives
(calls and plans, background years, fans' celebrations, verbal protests coded otherwise). tests/data/s28protest_probes.jsonl
holds the probes, each with the type it must yield as a fact ("expect": TYPE) or must not ("!TYPE"); an empty expect is
a probe the coder still misses (docs/events.md, s28protest). The constructions fixed in this track are tested one by one
below, with the corpus sentences that show them."""
import pytest

from conftest import check_probe, probes, told

PUB = "2024-05-14T10:00"  # a Tuesday
PROBES = probes("s28protest")


@pytest.mark.parametrize("probe", [p for p in PROBES if p["expect"]], ids=lambda p: p["id"])
def test_probe(pipe, probe):
    check_probe(pipe, probe, PUB)


@pytest.mark.parametrize("text,crowd", [
    ("أغلق محتجون غاضبون الطرق في بيروت بالإطارات المشتعلة احتجاجا على انهيار الليرة.", "LBN"),
    ("اقتحم محتجون غاضبون مبنى الكونغرس الأمريكي في واشنطن.", "USA"),
    ("واقتحم متظاهرون غاضبون مساء الجمعة مطار النجف الدولي.", ""),  # (corpus)
    ("قطع متظاهرون عراقيون الطريق المؤدية إلى منفذ السلامجة الحدودي مع إيران في محافظة البصرة (جنوبي البلاد)، الأحد.",
     "IRQ"),  # (corpus)
])
def test_protesters_taking_a_place_or_road(pipe, text, crowd):
    evs = told(pipe, text, "PROTEST", PUB)
    assert any(crowd in a for a, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "وحمل المتظاهرون لافتات كتب على بعضها لك الله يا غزة.",  # (gsr: difficult no — a detail of a march told before)
    "واحرق متظاهرون ليلا محطة وقود في حي شعبي بشمال غربي طهران.",  # (gsr: difficult no)
    "وعلق متظاهرون صوراً لجنود قتلوا في العراق على سور البيت الأبيض قبل انطلاق المظاهرة.",  # (gsr: easy no)
    "قتل متظاهرون برصاص قوات الأمن في الخرطوم.",  # (قُتل: a passive)
])
def test_crowd_details_violence_and_passives_are_not_told_protests(pipe, text):
    assert not told(pipe, text, "PROTEST", PUB)


@pytest.mark.parametrize("text,crowd", [
    ("أضرب عمال السكك الحديدية في بريطانيا عن العمل للمطالبة بزيادة الأجور.", "عمال"),
    ("أضرب مئات من المهاجرين الأفارقة غير الشرعيين في إسرائيل عن الطعام مساء الثلاثاء.", "المهاجرين"),  # (corpus)
])
def test_verb_of_striking(pipe, text, crowd):
    evs = told(pipe, text, "PROTEST", PUB)
    assert any(crowd in a for a, _, _ in evs), evs


def test_speakers_example_is_no_strike(pipe):
    assert not told(pipe, "أضرب لك مثلا على ذلك بما جرى في الانتخابات الماضية.", "PROTEST", PUB)


@pytest.mark.parametrize("text,crowd,backed", [
    ("شارك مئات الآلاف في مظاهرة بالرباط تضامنا مع الشعب الفلسطيني.", "MAR", "PSE"),
    ("شارك الآلاف في مسيرة بمدينة نيويورك تضامنا مع الفلسطينيين في غزة.", "USA", "PSE"),
    ("شارك عشرات الآلاف في مسيرة، السبت، في مدينة غلاسكو دعما لاستقلال اسكتلندا عن المملكة المتحدة.", "GBR", ""),
])
def test_backed_party_is_neither_crowd_nor_target(pipe, text, crowd, backed):
    evs = told(pipe, text, "PROTEST", PUB)
    assert any(crowd in a for a, _, _ in evs), evs
    if backed:
        assert not any(backed in a and "protesters" not in a or backed in r for a, r, _ in evs), evs


def test_purpose_party_is_the_target(pipe):
    # (corpus) the party whose win is protested was read as the sit-in's crowd
    text = "كما تشهد مدينة كركوك اعتصاما منذ إعلان النتائج احتجاجا على فوز حزب الاتحاد الوطني الكردستاني بستة مقاعد."
    evs = told(pipe, text, "PROTEST", PUB)
    assert evs and all("Patriotic Union" not in a for a, _, _ in evs), evs
    assert any("Patriotic Union" in r for _, r, _ in evs), evs


def test_sit_in_noun_in_accusative(pipe):
    evs = told(pipe, "نفذ موظفو الأونروا في غزة اعتصاما أمام مقر الوكالة احتجاجا على تقليص الخدمات.", "PROTEST", PUB)
    assert any("UNRWA" in a for a, _, _ in evs), evs

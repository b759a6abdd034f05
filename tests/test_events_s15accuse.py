"""Accusations, session 15 (track s15accuse): summonses, passive charges in relative clauses, attributed labels."""
from __future__ import annotations

from conftest import factual, full, party


# --- a summoned ambassador accredited to the summoner (لديها) is foreign: ACCUSE, not a recall --------------------

def test_summoned_ambassador_accredited_to_the_summoner_is_accused_state(pipe):
    # another state named earlier in the sentence (بين لندن وموسكو) does not make the ambassador the summoner's own
    doc = full(pipe, "قي تصعيد حاد للتوتر بين لندن وموسكو، استدعت بريطانيا، الأربعاء، السفير الروسي لديها إلى مقر وزارة "
                     "الخارجية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "GBR" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])
    assert not [e for e in factual(doc, "SANCTION") if e.get("mode") == "withdraw"]


def test_own_ambassador_called_back_stays_a_recall(pipe):
    doc = full(pipe, "واستدعت جنوب أفريقيا سفيرها في تل أبيب احتجاجا على أعمال العنف في قطاع غزة.")
    assert not [e for e in factual(doc, "ACCUSE") if "ZAF" in party(doc, e["actors"])
                and "ISR" in party(doc, e["recipients"]) and e["trigger"]["text"].endswith("استدعت")]


# --- a past verb of accusing with its charge right after a relative pronoun is a passive -----------------------

def test_relative_passive_charge_has_no_accuser(pipe):
    doc = full(pipe, "وعبر نحو 700 ألف من الروهينغيا الحدود فرارا من عنف قوات الجيش في ميانمار، الذين اتهموا بارتكاب "
                     "جرائم اغتصاب وقتل وتعذيب وحرق بحق الروهينغيا.")
    assert not factual(doc, "ACCUSE")


def test_relative_active_accusation_with_its_object_stands(pipe):
    doc = full(pipe, "وقالت إسرائيل إنها عثرت على عبوتين على طول الحاجز، وفقاً لما ذكره الجيش، الذي اتهم الفلسطينيين "
                     "بزرعهما.")
    ev = factual(doc, "ACCUSE")
    assert ev and "PSE" in party(doc, ev[0]["recipients"])


# --- "ما وصفه X بـ...": a label the text attributes describes no party --------------------------------------------

def test_attributed_label_accuses_no_one(pipe):
    doc = full(pipe, "ويعتقد آن آلاف الأشخاص قتلوا، في ما وصفه مسؤولون بالأمم المتحدة ومسؤولون أمريكيون بـ\"التطهير "
                     "العرقي\".")
    assert not factual(doc, "ACCUSE")


def test_description_of_a_party_still_accuses(pipe):
    doc = full(pipe, "ووصف أردوغان نتنياهو \"بالإرهابي\".")
    ev = factual(doc, "ACCUSE")
    assert ev and "ISR" in party(doc, ev[0]["recipients"])


# --- a verb of replying to someone's words, or in words to a named party, criticises the one answered ------------

def test_reply_to_a_description_accuses_its_author(pipe):
    doc = full(pipe, "بشار الأسد يرد على وصف ترامب له بـ\"الحيوان\"")
    ev = factual(doc, "ACCUSE")
    assert ev and "SYR" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_reply_to_a_named_party_told_in_words(pipe):
    doc = full(pipe, "دبي، الإمارات العربية المتحدة (CNN)— رد الرئيس السوري، بشار الأسد، على الرئيس الأمريكي، دونالد ترامب، "
                     "ووصف الأخير له بـ\"الأسد الحيوان\" قائلا إن ترامب وما يقوله لا يؤثر به.")
    ev = [e for e in factual(doc, "ACCUSE") if "SYR" in party(doc, e["actors"])]
    assert ev and "USA" in party(doc, ev[0]["recipients"])


def test_reply_to_statements_names_their_owner(pipe):
    doc = full(pipe, "وكان قرقاش قد ردّ الأحد على تصريحات أحمد الميسري، وزير الداخلية اليمني.")
    ev = factual(doc, "ACCUSE")
    assert ev and "ARE" in party(doc, ev[0]["actors"]) and "YEM" in party(doc, ev[0]["recipients"])


def test_reply_to_accusations_or_in_arms_is_no_criticism_by_the_replier(pipe):
    doc = full(pipe, "وردت الصين على الاتهامات الأمريكية بالقول إنها لا أساس لها.")
    assert not [e for e in factual(doc, "ACCUSE") if "CHN" in party(doc, e["actors"])]
    doc = full(pipe, "وردت إسرائيل على حماس بغارات على غزة.")
    assert not factual(doc, "ACCUSE")


# --- the masculine perfect دان (condemned) before its subject; not the name Dan nor the acre ------------------------

def test_masculine_dan_condemns(pipe):
    doc = full(pipe, "دان المغرب التحركات العسكرية الأخيرة لجبهة البوليساريو في بلدة تيفاريتي شرق الجدار العازل بالصحراء.")
    ev = factual(doc, "ACCUSE")
    assert ev and "MAR" in party(doc, ev[0]["actors"]) and "جبهة البوليساريو" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "دان الأمين العام لجامعة الدول العربية، أحمد أبو الغيط، الثلاثاء، التصريحات التي أدلى بها رئيس الوزراء "
                     "الأسترالي سكوت موريسون.")
    assert factual(doc, "ACCUSE")


def test_dan_as_a_name_or_an_acre_is_no_condemnation(pipe):
    for text in ("وكان مدير الاستخبارات الأميركية دان كوتس، قد أكد، الخميس، أن روسيا بصدد شن حملة.",
                 "والتقى الأمير السعودي بكل من دان سوليفان، وتوم كوتون، وجو مانتشن.",
                 "لكن دان وبولتون وراي قالوا إن روسيا تستحق اللوم.",
                 "والتهم الحريق أكثر من 57 ألف فدان ودمر عددا من المباني."):
        doc = full(pipe, text)
        assert not [e for e in doc["events"] if e["type"] == "ACCUSE" and e["trigger"]["text"].endswith("دان")]


def test_own_ambassador_serving_abroad_stays_a_recall(pipe):
    doc = full(pipe, "كما دعا لابيد إلى استدعاء السفير الإسرائيلي لدى بولندا.")
    assert not [e for e in doc["events"] if e["type"] == "ACCUSE"]

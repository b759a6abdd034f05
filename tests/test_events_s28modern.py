"""Session 28 (track s28modern): plain sentences in the phrasing of 2019-2025 news (Gaza war and ceasefire talks, Lebanon,
Sudan, the Red Sea, Ukraine-Russia, Syria after 2024, Iran) for the fourteen PLOVER types other than ASSAULT and
PROTEST. tests/data/s28modern_probes.jsonl holds the probes, each with the type it must yield as a fact ("expect":
TYPE) or must not ("!TYPE"); an empty expect is a probe the coder still misses (docs/events.md, s28modern). The
constructions fixed in this track are tested one by one below, with the corpus sentences that show them."""
import pytest

from conftest import check_probe, full, probes, told

PUB = "2024-05-14T10:00"  # a Tuesday
PROBES = probes("s28modern")


@pytest.mark.parametrize("probe", [p for p in PROBES if p["expect"]], ids=lambda p: p["id"])
def test_probe(pipe, probe):
    check_probe(pipe, probe, PUB)


@pytest.mark.parametrize("probe", [p for p in PROBES if p["expect"] and not p["expect"].startswith("!")
                                   and ("أمس الاثنين" in p["text"] or "اليوم الثلاثاء" in p["text"])], ids=lambda p: p["id"])
def test_probe_dates(pipe, probe):
    day = "2024-05-13" if "أمس الاثنين" in probe["text"] else "2024-05-14"
    evs = told(pipe, probe["text"], probe["expect"], PUB)
    assert any(e["date"] == day for _, _, e in evs), [(e["type"], e["date"]) for _, _, e in evs]


def test_a_name_is_no_act_for_the_events_beside_it(pipe):
    # بايدن reads as بـ + أيدن (a SUPPORT verb); inside the name it no longer makes the agreement after it a topic
    evs = told(pipe, "أعلن الرئيس الأمريكي جو بايدن التوصل إلى اتفاق لوقف إطلاق النار بين إسرائيل وحزب الله.",
               "AGREE", PUB)
    assert any("ISR" in a + r and "Hezbollah" in a + r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,target", [
    ("سحبت جنوب أفريقيا سفيرها من إسرائيل احتجاجا على الحرب في غزة.", "ZAF", "ISR"),
    ("واستدعت الرياض كذلك سفيرها من كندا للتشاور.", "SAU", "CAN"),  # (corpus, s22 docstring)
])
def test_own_ambassador_withdrawn_from_a_state(pipe, text, actor, target):
    evs = told(pipe, text, "SANCTION", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,target", [
    ("اعترفت إسبانيا وإيرلندا والنرويج بدولة فلسطين، اليوم الثلاثاء.", "ESP", "PSE"),
    ("اعترفت إسبانيا بإسرائيل.", "ESP", "ISR"),
])
def test_recognised_state_after_b_is_no_place(pipe, text, actor, target):
    evs = told(pipe, text, "SUPPORT", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_reservists_called_up(pipe):
    evs = told(pipe, "استدعى الجيش الإسرائيلي 300 ألف من جنود الاحتياط.", "MOBILIZE", PUB)
    assert any("ISR" in a for a, _, _ in evs), evs


def test_summoned_foreign_ambassador_stays_a_protest(pipe):
    # the reservists' reading of استدعى is a fallback: a foreign ambassador summoned is still ACCUSE
    evs = told(pipe, "استدعت الخارجية الجزائرية السفير الفرنسي في الجزائر، اليوم.", "ACCUSE", PUB)
    assert any("DZA" in a for a, _, _ in evs), evs
    assert not told(pipe, "استدعت الخارجية الجزائرية السفير الفرنسي في الجزائر، اليوم.", "MOBILIZE", PUB)


@pytest.mark.parametrize("text,actor", [
    ("انسحبت قوات الدعم السريع من مدينة ود مدني.", "Rapid Support"),
    ("انسحب الجيش السوداني من مدينة ود مدني أمس.", "Sudanese Armed"),
])
def test_withdrawal_from_an_own_town_stands_alone(pipe, text, actor):
    evs = told(pipe, text, "RETREAT", PUB)
    assert any(actor in a for a, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    "هل ينسحب الحوثيون من الحديدة تلبية لوساطة مبعوث اليمن الدولي؟",  # (corpus, BB-middleEast-748: a question)
    "يعقد المبعوث الأممي لليمن، مارتن غريفث، محادثات عاجلة في العاصمة صنعاء بغية ضمان انسحاب الحوثيين من مدينة الحديدة.",
])
def test_withdrawal_asked_or_aimed_at_is_no_retreat(pipe, text):
    assert not told(pipe, text, "RETREAT", "2018-06-17T10:00")


@pytest.mark.parametrize("text,typ", [
    ("لن تقدم الولايات المتحدة مساعدات عسكرية إضافية لأوكرانيا.", "AID"),
    ("لم تفرض الولايات المتحدة عقوبات على السعودية.", "SANCTION"),
])
def test_negated_light_verb_with_its_subject(pipe, text, typ):
    assert not told(pipe, text, typ, PUB)


def test_light_verb_without_negation_stays(pipe):
    assert told(pipe, "قدمت الإمارات مساعدات إنسانية إلى السودان، أمس الاثنين.", "AID", PUB)


def test_act_warned_against_is_not_done(pipe):
    text = "حذر الرئيس الروسي فلاديمير بوتين الدول الغربية من تزويد أوكرانيا بصواريخ بعيدة المدى."
    assert told(pipe, text, "THREATEN", PUB)
    assert not told(pipe, text, "AID", PUB)


def test_first_person_call_makes_the_act_demanded(pipe):
    # (corpus, AL-internationalNews-1117-20180511)
    text = ('وقال ليبرمان، في بيان أثناء زيارته للقسم الذي تحتله إسرائيل من هضبة الجولان: "أستغل فرصة زيارتي اليوم '
            'للجولان، لأدعو الأسد إلى طرد الإيرانيين، وطرد قاسم سليماني وفيلق القدس من سوريا".')
    evs = told(pipe, text, "SANCTION", "2018-05-11T10:00")
    assert not any("Assad" in a for a, _, _ in evs), evs


@pytest.mark.parametrize("text,actor,target", [
    ("هنأ الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ الرئيس التركي على إعادة انتخابه.", "Stoltenberg", "TUR"),
    ("هنأ الرئيس المصري عبد الفتاح السيسي الرئيس الأمريكي دونالد ترامب بفوزه في الانتخابات.", "EGY", "USA"),
])
def test_congratulation_by_its_hamza(pipe, text, actor, target):
    evs = told(pipe, text, "SUPPORT", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", ["وقال ترامب هنا في واشنطن إن الاتفاق جيد.", "من هنا بدأت إسرائيل عملياتها."])
def test_the_adverb_hna_is_no_congratulation(pipe, text):
    assert not told(pipe, text, "SUPPORT", PUB)


@pytest.mark.parametrize("text,typ,actor,target", [
    ("علقت تركيا جميع التعاملات التجارية مع إسرائيل.", "SANCTION", "TUR", "ISR"),
    ("جمدت دول غربية عدة تمويل وكالة الأونروا.", "SANCTION", "", "UNRWA"),
    ("أعلنت الحكومة البريطانية تعليق 30 ترخيصا لتصدير الأسلحة إلى إسرائيل، الاثنين.", "SANCTION", "GBR", "ISR"),
    ("تبادلت روسيا وأوكرانيا 300 أسير، أمس الاثنين.", "COOPERATE", "RUS", "UKR"),
])
def test_suspended_frozen_exchanged(pipe, text, typ, actor, target):
    evs = told(pipe, text, typ, PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_a_comment_is_no_suspension(pipe):
    assert not told(pipe, "رفض المتحدث التعليق على التمويل الأمريكي للمشروع.", "SANCTION", PUB)


@pytest.mark.parametrize("name,english,country", [
    ("جوزاف عون", "Joseph Aoun", "LBN"),
])
def test_modern_actors_known(pipe, name, english, country):
    doc = full(pipe, f"قال {name} في بيان اليوم إن الوضع خطير.", PUB)
    assert any(e.get("name") == english and e.get("country") == country for e in doc["entities"]), doc["entities"]

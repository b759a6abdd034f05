"""Session 23 (track s23groups): unnamed groups as parties.

Entity stage: a noun of kind "people" in kb/titles.tsv (الدبلوماسيين، النواب، الضباط), a party alone only with its
nationality, is a group after a partitive quantifier and من (kb/partitives.txt: عدد من، العديد من، العشرات من، ثلاثة من).
Event coder: a member or office plural in construct (أعضاء المعارضة، قادة المعارضة، نواب البرلمان، عناصر من الشرطة) opens the
party's phrase, so a masculine verb before it agrees with it (the body after it may be feminine); unnamed armed groups
by a group phrase (التنظيمات المتشددة، الجماعات المتطرفة) are parties (events/data/parties.tsv)."""
import pytest

from conftest import by_mention, entities_of, entity_stage, full, sides

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


@pytest.mark.parametrize("text,surface,sector", [
    ("وأعلنت الخارجية البريطانية طرد عدد من الدبلوماسيين من أراضيها خلال أسبوع.", "الدبلوماسيين", "GOV"),
    ("وقد واجه العديد من المشرعين انتقادات حادة بسبب مواقفهم من القانون الجديد.", "المشرعين", "LEG"),
    ("وكانت السلطات قد اعتقلت العشرات من الضباط في حملة واسعة بعد محاولة الانقلاب.", "الضباط", "MIL"),
    ("ويواجه ثلاثة من السائحين تهما بالتجسس أمام محكمة في العاصمة.", "السائحين", "CVL"),
])
def test_people_noun_after_partitive_is_group(stage, text, surface, sector):
    e = by_mention(entities_of(stage, text), surface)
    assert e is not None and e["type"] == "NORP" and e["sector"] == sector, entities_of(stage, text)


def test_partitive_keeps_nationality(stage):
    ents = entities_of(stage, "وأعلنت الحكومة طرد عدد من الدبلوماسيين الروس من أراضيها.")
    e = by_mention(ents, "الدبلوماسيين الروس")
    assert e is not None and e["country"] == "RUS", ents


@pytest.mark.parametrize("text,word", [
    ("وقال الدبلوماسيون إن الاجتماع كان مثمرا وإن الجولة المقبلة ستعقد الشهر المقبل.", "الدبلوماسيون"),  # no partitive
    ("وناقش الوزيران عددا من القضايا الإقليمية خلال اللقاء.", "القضايا"),   # a partitive before no group noun
    ("وأكد المتحدث أن كبير الدبلوماسيين الصينيين سيزور المنطقة.", "الدبلوماسيين"),
])
def test_no_group_without_partitive(stage, text, word):
    ents = entities_of(stage, text)
    assert not any(m["text"] == word for e in ents for m in e["mentions"]), ents


@pytest.mark.parametrize("text,typ,actor,target", [
    ("وطالب أعضاء المعارضة الحكومة بتقديم استقالتها فورا.", "REQUEST", "المعارضة", "الحكومة"),
    ("وطالب قادة المعارضة الحكومة التركية بإجراء انتخابات مبكرة.", "REQUEST", "المعارضة", "TUR"),
    ("واتهم نواب البرلمان العراقي الحكومة بالتستر على الفساد.", "ACCUSE", "IRQ", "الحكومة"),
    ("وهاجم عناصر من الشرطة المحتجين بالهراوات أمام مبنى البرلمان.", "ASSAULT", "الشرطة", "المحتجين"),
])
def test_member_plural_subject_of_masculine_verb(pipe, text, typ, actor, target):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_preposition_after_office_plural_is_no_construct(pipe):
    # "قادة بالحشد": the ب tells no construct; the headline's threat keeps its author
    evs = sides(full(pipe, "العبادي: تعرضت للتهديد من قادة بالحشد الشعبي", "2018-05-04T10:00"), "THREATEN")
    assert any("Popular Mobilization" in a and "Abadi" in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,typ,side,word", [
    ("وهدد أردوغان التنظيمات المتشددة بعمليات عسكرية جديدة في شمال سوريا.", "THREATEN", 1, "التنظيمات المتشددة"),
])
def test_unnamed_armed_group(pipe, text, typ, side, word):
    evs = sides(full(pipe, text), typ)
    assert any(word in ev[side] for ev in evs), evs


def test_gangster_is_no_gang(pipe):
    doc = full(pipe, "ونجحت الشرطة الفرنسية في إلقاء القبض على رجل العصابات الشهير رضوان فايد.")
    assert not any("العصابات" in r for _, r, _ in sides(doc, "COERCE")), doc["events"]

"""Session 23 (track s23kin): collective groups in construct as parties.

Entity stage (kb/collectives.tsv, EntityStage._collectives): a collective head (relatives أسر، ذوو، أهالي; residents
سكان، أبناء، وجهاء; owners and traders أصحاب، تجار، ملاك; workers عمال، موظفو، سائقو; students طلاب; companies شركات;
heads رؤساء) in construct with a definite genitive is a group party: NORP (companies ORG) with the head's sector (or
the genitive's: رؤساء الكنائس REL), a demonym after it giving the country. Not after a count or a measure (عدد سكان
البلاد), nor with a genitive that makes no group (ذوي الاحتياجات، أصحاب الأرض، أبناء الرئيس).
Event coder: a verb of the طالب/قاتل shape before such a multi-word group is a verb, not the participle noun
("وطالب أهالي المعتقلين": the group is no nisba adjective of a student)."""
import pytest

from conftest import by_mention, entities_of, entity_stage, full, sides

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


@pytest.mark.parametrize("text,surface,typ,sector,country", [
    ("ونظم أهالي المختطفين وقفة احتجاجية أمام مقر الأمم المتحدة في صنعاء.", "أهالي المختطفين", "NORP", "CVL", None),
    ("وقالت عائلات الضحايا الفلسطينيين إنها ستلجأ إلى القضاء الدولي.", "عائلات الضحايا الفلسطينيين", "NORP", "CVL",
     "PSE"),
    ("وأغلق تجار البازار محالهم لليوم الثاني احتجاجا على تراجع العملة.", "تجار البازار", "NORP", "BUS", None),
    ("وبدأ سائقو الشاحنات إضرابا مفتوحا عن العمل يوم الاثنين.", "سائقو الشاحنات", "NORP", "LAB", None),
    ("وخرج طلاب الجامعات في مسيرات حاشدة وسط العاصمة.", "طلاب الجامعات", "NORP", "EDU", None),
    ("وهدد الرئيس شركات التواصل الاجتماعي بفرض غرامات كبيرة.", "شركات التواصل الاجتماعي", "ORG", "BUS", None),
    ("ورفضت شركات الطيران البريطانية تسيير رحلات إلى المنطقة.", "شركات الطيران البريطانية", "ORG", "BUS", "GBR"),
    ("واجتمع رؤساء الكنائس في القدس لبحث فرض الضرائب على ممتلكاتها.", "رؤساء الكنائس", "NORP", "REL", None),
    ("وأعلن أصحاب محلات الصرافة إغلاق محالهم احتجاجا على القرار.", "أصحاب محلات الصرافة", "NORP", "BUS", None),
])
def test_collective_head_with_definite_genitive(stage, text, surface, typ, sector, country):
    e = by_mention(entities_of(stage, text), surface)
    assert e is not None and e["type"] == typ and e["sector"] == sector and e["country"] == country, \
        entities_of(stage, text)


def test_clitic_stays_out_of_the_mention(stage):
    text = "ووجهت الحكومة نداء لسكان المدينة بإخلاء منازلهم فورا."
    e = by_mention(entities_of(stage, text), "سكان المدينة")
    assert e is not None and e["type"] == "NORP", entities_of(stage, text)


@pytest.mark.parametrize("text,word", [
    ("ويبلغ عدد سكان البلاد نحو أربعين مليون نسمة.", "سكان البلاد"),          # a count of the population
    ("ويعيش نصف سكان العالم في المدن الكبرى.", "سكان العالم"),
    ("وخصصت الوزارة مقاعد للطلاب من ذوي الاحتياجات الخاصة.", "ذوي الاحتياجات"),  # the disabled, no relatives
    ("وتقدم أصحاب الأرض بهدف في الدقيقة العاشرة.", "أصحاب الأرض"),             # the home team
    ("وحضر أبناء الرئيس الراحل مراسم التأبين.", "أبناء الرئيس"),               # one man's sons
    ("وتمكنت القوات من أسر العشرات من المسلحين.", "أسر العشرات"),              # أسر: captured
])
def test_no_group(stage, text, word):
    ents = entities_of(stage, text)
    assert not any(m["text"].startswith(word) for e in ents for m in e["mentions"]), ents


@pytest.mark.parametrize("text,typ,actor,target", [
    ("وطالب أهالي المعتقلين السلطات بالإفراج الفوري عن أبنائهم.", "REQUEST", "أهالي المعتقلين", "السلطات"),
    ("وطالب ذوو الأسرى الحكومة بالتدخل لدى الصليب الأحمر.", "REQUEST", "ذوو الأسرى", "الحكومة"),
    ("واتهم أصحاب المتاجر الشرطة بمصادرة بضائعهم دون سند قانوني.", "ACCUSE", "أصحاب المتاجر", "الشرطة"),
    ("وهاجم مسلحون مجهولون عمال الإغاثة في ولاية الوحدة.", "ASSAULT", "مسلحون", "عمال الإغاثة"),
])
def test_collective_as_party(pipe, text, typ, actor, target):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_student_noun_still_blocked(pipe):
    # "طالب كويتي": the participle noun with its nisba, no call
    doc = full(pipe, "ووقعت مشادة بين طالب كويتي ومعلم مصري داخل الفصل.")
    assert not sides(doc, "REQUEST"), doc["events"]

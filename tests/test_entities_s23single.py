"""Session 23 (track s23single): one unnamed person as a party.

Entity stage: a closed class of one-person nouns (kb/titles_single.tsv, kind "single": المهاجم، منفذ الهجوم، الجاني،
المشتبه فيه، المتهم، الرجل، الضحية، إمام مسجد) is a nominal party (NORP, sector CRM for a perpetrator or
suspect, CVL for a man or victim, REL for an imam) with the country of an adjacent demonym; the same noun again
in the story is the same entity. Not an adjective of the definite word before it (النزاع المسلح، الشخص المتهم), an
apposition of a person named right before it, a rank or name part (الرجل الثاني، حكم الرجل الواحد), in construct
(رجل الأعمال) or after a count (600 رجل)."""
import pytest

from conftest import by_mention, entities_of, entity_stage, full, sides

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


@pytest.mark.parametrize("text,surface,sector", [
    ("وأضافت الشرطة أن المهاجم أصيب بجروح خطيرة قبل أن يتم اعتقاله.", "المهاجم", "CRM"),
    ("وتمكن عناصر الأمن من قتل منفذ الهجوم بعد تبادل لإطلاق النار.", "منفذ الهجوم", "CRM"),
    ("وقالت النيابة إن الجاني كان يعاني من اضطرابات نفسية.", "الجاني", "CRM"),
    ("ونفى المشتبه فيه كل التهم الموجهة إليه أمام المحكمة.", "المشتبه فيه", "CRM"),
    ("وقال شهود إن الرجل أصيب برصاصة في الرأس خلال المواجهات.", "الرجل", "CVL"),
    ("وقالت المحكمة إن المتهمة اعترفت بالتهم الموجهة إليها.", "المتهمة", "CRM"),
    ("وقالت عائلة الضحية إنها ستلجأ إلى القضاء.", "الضحية", "CVL"),
    ("وقررت السلطات ترحيل إمام مسجد معروف بخطبه المتشددة.", "إمام مسجد", "REL"),
])
def test_single_person_noun_is_party(stage, text, surface, sector):
    e = by_mention(entities_of(stage, text), surface)
    assert e is not None and e["type"] == "NORP" and e["sector"] == sector, entities_of(stage, text)


def test_single_takes_demonym(stage):
    text = "وقالت الشرطة إن المهاجم الأفغاني كان معروفا لدى أجهزة الأمن."
    ents = entities_of(stage, text)
    e = by_mention(ents, "المهاجم الأفغاني")
    assert e is not None and e["country"] == "AFG" and e["sector"] == "CRM", ents


def test_same_noun_same_entity(stage):
    text = "وحاول المهاجم طعن أحد الحراس، ثم أطلقت الشرطة النار على المهاجم وأردته قتيلا."
    ents = entities_of(stage, text)
    e = by_mention(ents, "المهاجم")
    assert e is not None and len(e["mentions"]) == 2, ents


@pytest.mark.parametrize("text,word", [
    ("وانتخب الحزب الرجل الثاني في التنظيم رئيسا جديدا له.", "الرجل"),       # a rank
    ("وقال الشخص المتهم إن الشرطة عذبته خلال التحقيق.", "المتهم"),            # an adjective of a definite noun
    ("وتعهدت الحكومة بإنهاء النزاع المسلح في شمال البلاد.", "المسلح"),          # an adjective
    ("وحذر المعارضون من حكم الرجل الواحد في البلاد.", "الرجل"),                # a kind of rule
    ("واعتقلت الشرطة رجل الأعمال المعروف بتهمة الفساد.", "رجل"),               # in construct
    ("وطالبت المنظمة بحماية حقوق المرأة في البلاد.", "المرأة"),               # women at large: no row
    ("وانفجرت سيارة مفخخة أمام مسجد في وسط المدينة.", "أمام مسجد"),           # "in front of", not إمام
    ("وطلبت أنقرة تسليم فتح الله غولن، المتهم بتدبير محاولة الانقلاب.", "المتهم"),  # apposition of a person
])
def test_no_single_person(stage, text, word):
    ents = entities_of(stage, text)
    assert not any(m["text"] == word for e in ents for m in e["mentions"]), ents


@pytest.mark.parametrize("text,actor,recipient,typ", [
    ("وقبل أن تقتل قوات الأمن منفذ الاعتداء، أصاب ثلاثة من المصلين بجروح.", "قوات الأمن", "منفذ الاعتداء", "ASSAULT"),
    ("واعتقلت الشرطة الألمانية الرجل بعد ساعات من الهجوم.", "DEU", "الرجل", "COERCE"),
    ("وقضت المحكمة بسجن الجاني مدى الحياة بعد إدانته بقتل ثلاثة أشخاص.", "المحكمة", "الجاني", "SANCTION"),
    ("واعتقلت الشرطة البريطانية المشتبه فيه بعد ساعات من الهجوم.", "GBR", "المشتبه فيه", "COERCE"),
    ("ورحلت السلطات الفرنسية إمام المسجد إلى الجزائر بسبب خطبه المتطرفة.", "FRA", "إمام المسجد", "COERCE"),
])
def test_single_person_in_events(pipe, text, actor, recipient, typ):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and recipient in r for a, r, _ in evs), evs

"""Parties the entity stage did not know, session 33 (track s33names): a KB name written with عبد joined to its
definite second word (عبدالملك) or apart (عبد الملك) is the same name; frequent corpus parties added to the KB
(Khashoggi, Brunson in both spellings, Onodera, Kim Yong-chol, Bouhadja, Amnesty as أمنستي ...); a KB person
spelled another way after a speech or event verb. Sentences from the
2018 corpus (some shortened)."""
from __future__ import annotations

import pytest

from conftest import entity_stage, entities_of, factual, full, party, persons_of

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


# --- عبد + a definite word: one word or two ---------------------------------------------------------------------------

def test_abd_joined_and_apart_are_variants_of_one_key():
    from marsad.entities.kb import _variants
    assert ("عبدالملك", "المخلافي") in _variants(("عبد", "الملك", "المخلافي"))
    assert ("عبد", "الله", "الثاني") in _variants(("عبدالله", "الثاني"))
    assert _variants(("عبد",)) == {("عبد",)}   # nothing to join
    assert _variants(("عبدالي",)) == {("عبدالي",)}   # too short to be عبد + a definite name


def test_a_joined_abd_name_is_the_kb_person(stage):
    for s in ("وكان الرئيس اليمني، عبد ربه منصور هادي، قد أصدر قراراً، الخميس، بإقالة عبدالملك المخلافي من منصبه.",
              "شدد وزير الخارجية اليمني عبدالملك المخلافي، على أن قضية بلاده بدأت تأخذ أولوية في الاهتمام العالمي."):
        assert persons_of(stage, s).get("Abdulmalik al-Mekhlafi") == "YEM", s


def test_the_sacked_minister_is_the_kb_person_in_the_event(pipe):
    doc = full(pipe, "وكان الرئيس اليمني، عبد ربه منصور هادي، قد أصدر قراراً، الخميس، بإقالة عبدالملك المخلافي من منصبه "
                     "وزيراً للخارجية.")
    assert any("Abdulmalik al-Mekhlafi" in party(doc, e["recipients"]) for e in factual(doc, "SANCTION"))


# --- parties added to the KB ------------------------------------------------------------------------------------------

def test_frequent_corpus_persons_are_kb_persons(stage):
    cases = {
        "رفضت السعودية التهديدات التي تتعرض لها بسبب اختفاء الصحفي السعودي، جمال خاشقجي.": ("Jamal Khashoggi", "SAU"),
        "وقال ماتيس إثر محادثات مع نظيره الياباني، إيتسونوري أونوديرا، في طوكيو.": ("Itsunori Onodera", "JPN"),
        "واستقبله نائب الرئيس الكوري الشمالي كيم يونغ تشول، ووزير الخارجية ري يونغ هو.": ("Kim Yong-chol", "PRK"),
        "ردت واشنطن على تركيا التي تصر على اعتقال القس الأمريكي أندرو برانسون.": ("Andrew Brunson", "USA"),
        "وأعلنت وكالة الأناضول أن محامي القس الأمريكي آندرو برونسون تقدم بطعن.": ("Andrew Brunson", "USA"),
        "ألقت القوات المسلحة في شرقي ليبيا القبض على هشام عشماوي، ضابط الجيش المصري المفصول.": ("Hisham Ashmawy", "EGY"),
    }
    for s, (name, iso) in cases.items():
        assert persons_of(stage, s).get(name) == iso, s


def test_amnesty_written_amnesti_is_amnesty_international(pipe):
    doc = full(pipe, 'أمنستي تتهم الجيش المصري بـ "استخدام قنابل عنقودية في سيناء"')
    assert any("Amnesty International" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))


def test_namesakes_are_not_the_added_persons(stage):
    # Richard Branson is no Andrew Brunson, Eli Cohen no Michael Cohen, the Davis Cup no David Davis
    s = "تفقد ولي العهد السعودي الموقع مع رجل الأعمال البريطاني ومؤسس مجموعة فيرجين ريتشارد برانسون."
    assert "Andrew Brunson" not in persons_of(stage, s)
    s = "من هو الجاسوس الإسرائيلي إيلي كوهين الذي استعاد الموساد ساعته من سوريا؟"
    assert "Michael Cohen" not in persons_of(stage, s)
    s = "وفاز المنتخب الفرنسي بلقب كأس ديفيز للتنس."
    assert not any(e.get("name") == "David Davis" for e in entities_of(stage, s))


# --- a KB person spelled another way after a speech or event verb (consonant skeleton) ---------------------------------

def test_a_respelled_kb_person_after_a_verb_is_the_kb_person(stage):
    cases = {
        "وفي هذا السياق، قال برايان هوك، أحد كبار مستشاري وزيرة الخارجية، إن واشنطن ستضغط على طهران.": "Brian Hook",
        "وقالت فيدريكا موغريني إن الاتحاد الأوروبي ملتزم بالاتفاق النووي.": "Federica Mogherini",
        "وقال ماروس سيفيكوفيتش إن المفوضية ستدرس الأمر.": "Maroš Šefčovič",
        "وقال رائد صالح، رئيس مجموعة الخوذ البيضاء، إن حوالي سبعين شخصا اختنقوا حتى الموت.": "Raed al-Saleh",
    }
    for s, name in cases.items():
        assert name in persons_of(stage, s), s


def test_a_club_or_a_short_surname_is_no_respelled_kb_person(stage):
    assert "Ned Price" not in persons_of(stage, "أعلن نادي بوروسيا دورتموند الألماني التعاقد مع اللاعب.")
    assert "John Lee Ka-chiu" not in persons_of(stage, "وقال جون ليهي إن الطائرات ستصل في موعدها.")
    assert "Raed Salah" not in persons_of(stage, "وقال رائد صالح، رئيس مجموعة الخوذ البيضاء، إن المسعفين وصلوا.")

"""COERCE, SANCTION and RETREAT readings, session 19 (track s19types). Sentences from the 2018 news corpus (short
quotes) and variants of them with other verbs, persons and parties.

* A state of emergency declared or imposed (حالة الطوارئ) is COERCE martial-law; the place named right after it is the
  recipient, else (بالبلاد، or a government declaring it) the declaring side's own state; not one for a storm, a flood
  or an epidemic; a recommendation (أوصى بتمديد) is advised, not done.
* An arrest, a ban or a release named by its verbal noun as the object of a verb of condemning or welcoming: the one
  who reacts did not do it ("معارضون يشجبون اعتقال نائب رئيس حزب"); a genitive party followed by its object is the
  author ("أدانت منظمة العفو الدولية اعتقال السلطات المصرية ...", "انتقدت ... احتجاز السلطات الإيرانية صحفيين").
* A party named inside the charge or the crime of an arrest or a sentence (بتهمة، لقتله) is never the one arrested or
  sentenced.
"""
from __future__ import annotations

from conftest import factual, full
from evhelpers import pairs as _pairs


def test_emergency_declared_by_government_in_city(pipe):
    doc = full(pipe, "وأعلن المجلس الرئاسي لحكومة الوفاق الوطني الليبية، الأحد، حالة الطوارئ في العاصمة طرابلس بسبب "
                     "المعارك.", published="2018-09-02T12:00")
    assert any("LBY" in a and "LBY" in r for a, r in _pairs(doc, "COERCE")), doc["events"]


def test_emergency_imposed_on_own_country(pipe):
    doc = full(pipe, "وكان مسؤولون إثيوبيون، قد أعلنوا، الجمعة، فرض حالة الطوارئ بالبلاد في خضم احتجاجات واسعة "
                     "النطاق.", published="2018-02-17T12:00")
    pairs = _pairs(doc, "COERCE")
    assert any("ETH" in a and "ETH" in r for a, r in pairs), doc["events"]


def test_emergency_other_verb_and_country(pipe):
    doc = full(pipe, "فرضت الحكومة الإثيوبية حالة الطوارئ في البلاد يوم الجمعة.", published="2018-02-17T12:00")
    assert any("ETH" in r for a, r in _pairs(doc, "COERCE")), doc["events"]


def test_emergency_for_a_storm_is_no_coercion(pipe):
    doc = full(pipe, "وأعلن حاكم فلوريدا، ريك سكوت، الأحد، حالة الطوارئ في أكثر من 20 مقاطعة بسبب الإعصار مايكل.\n"
                     "وفي ليبيا أعلنت الحكومة الليبية حالة الطوارئ في طرابلس بسبب المعارك.", published="2018-10-08T12:00")
    pairs = _pairs(doc, "COERCE")
    assert any("LBY" in r for a, r in pairs), doc["events"]  # the political one is read
    assert not any("USA" in r or "فلوريدا" in r or "سكوت" in a for a, r in pairs), doc["events"]


def test_emergency_recommended_is_not_done(pipe):
    doc = full(pipe, "أعلن مجلس الأمن القومي التركي، الثلاثاء، أنه أوصى بتمديد حالة الطوارئ في البلاد ثلاثة أشهر "
                     "أخرى.\nوكان الرئيس التركي قد فرض حالة الطوارئ في البلاد عام 2016.", published="2018-04-17T12:00")
    coerce = [e for e in doc["events"] if e["type"] == "COERCE"]
    assert coerce and not any("أوصى" in e["sentence"] for e in factual(doc, "COERCE")), doc["events"]


def test_condemned_arrest_not_by_condemner_headline(pipe):
    doc = full(pipe, "معارضون يشجبون \"اعتقال\" نائب رئيس حزب \"مصر القوية\"\n\nقال معارضون مصريون إن الاعتقال "
                     "يأتي في إطار حملة على المعارضة.", published="2018-02-15T12:00")
    assert not any("معارضون" in a for a, r in _pairs(doc, "COERCE")), doc["events"]


def test_condemned_arrest_vso_not_by_condemner(pipe):
    doc = full(pipe, "ندد الاتحاد الأوروبي باعتقال المعارض الروسي أليكسي نافالني.", published="2018-05-06T12:00")
    assert not any("European Union" in a or "الاتحاد الأوروبي" in a for a, r in _pairs(doc, "COERCE")), doc["events"]


def test_condemned_ban_genitive_is_author(pipe):
    doc = full(pipe, "استنكر الشيخ سلطان بن سحيم آل ثاني منع النظام القطري مواطنيه من الحج لهذا العام.",
               published="2018-07-21T12:00")
    assert not any("سلطان" in a for a, r in _pairs(doc, "COERCE")), doc["events"]


def test_welcomed_release_not_by_welcomer(pipe):
    doc = full(pipe, "رحبت الحكومة البريطانية بإفراج السلطات الإيرانية عن الصحفي.", published="2018-07-21T12:00")
    assert not any("GBR" in a for a, r in _pairs(doc, "RETREAT")), doc["events"]


def test_sentence_crime_victim_is_not_sentenced(pipe):
    doc = full(pipe, "وكان القضاء قد حكم في البدء على ايلور عزريا، الذي يحمل الجنسية الفرنسية، بالسجن 18 شهراً لقتله "
                     "عبد الفتاح الشريف برصاصة في الرأس.", published="2018-05-08T12:00")
    assert not any("الشريف" in r for a, r in _pairs(doc, "SANCTION")), doc["events"]


def test_arrest_charge_side_is_not_arrested(pipe):
    doc = full(pipe, "وعين الحوثيون القيادي الحوثي فارس الحباري محافظا لمحافظة ريمة في مسعى للسيطرة على الوضع في "
                     "المحافظة. وسبق تعيين الحباري تنفيد حملة اعتقالات في صفوف شباب ريمة بتهمة التآمر والخيانة وموالاة "
                     "الحكومة الشرعية و العمل مع التحالف.", published="2018-06-03T12:00")
    assert not any("الحكومة الشرعية" in r or "Government of Yemen" in r for a, r in _pairs(doc, "COERCE")), \
        doc["events"]


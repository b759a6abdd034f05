"""Session 36, track s36left: cases left by session 35's tracks. An armed group (REB) striking a town of its own
country is no one-country misreading when it is named as the author at the attack noun or as the subject of a verb
launching it (stage._rebels_struck_town); "حزب العمال" alone is read by the story's country (kb/short_names.tsv cue
words: the Workers' Party of Korea, Brazil's Workers' Party). Real phrasing from the corpus."""
from __future__ import annotations

import pytest

from conftest import entity_stage, full
from evhelpers import between, has_pair

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def _body(text: str) -> str:
    return "تقرير\n\n" + text  # (a body sentence under a headline, as in the articles)


# -- ASSAULT: an armed group against a town of its own country ---------------------------------------------------------

def test_rebel_missile_named_by_nisba_at_a_town(pipe):
    doc = full(pipe, _body("قتلى وجرحى مدنيون إثر سقوط صاروخ حوثي باتجاه مأرب."))
    assert has_pair(doc, "ASSAULT", "Houthis", "Marib")


def test_rebel_attack_launched_on_a_town(pipe):
    doc = full(pipe, _body("وشن الحوثيون هجوما صاروخيا على مأرب، ما أسفر عن مقتل ثلاثة مدنيين."))
    assert has_pair(doc, "ASSAULT", "Houthis", "Marib")


def test_town_launched_from_is_no_target(pipe):
    doc = full(pipe, _body("واستهدفت الغارات منصات إطلاق صواريخ بالستية استخدمها الحوثيون في إطلاق الصواريخ من صعدة."))
    assert not between(doc, "ASSAULT", "Houthis")


def test_rebels_as_subject_of_a_finite_verb_keep_the_old_rule(pipe):
    doc = full(pipe, _body("سيطرت وحدات حماية الشعب الكردي على عفرين والتي تعتبرها تركيا امتدادا لحزب العمال الكردستاني "
                           "المحظور."))
    assert not between(doc, "ASSAULT", "", "Afrin")


# -- حزب العمال read by the story's country ---------------------------------------------------------------------------

def _names_of(stage, text, surface, date="2018-05-30"):
    out = stage.extract(text, [(0, len(text))], date)
    return [e["name"] for e in out if any(m["text"].endswith(surface) for m in e["mentions"])]


def test_workers_party_in_a_north_korea_story(stage):
    text = ("وتوجه الجنرال كيم يونغ شول، نائب رئيس اللجنة المركزية لحزب العمال، واليد اليمنى للزعيم الكوري الشمالي، ضمن "
            "موكب إلى المدخل المخصص لكبار الشخصيات في المطار. وأضافت \"منذ بعث الرئيس رسالة بتاريخ 24 مايو إلى زعيم كوريا "
            "الشمالية كيم جونغ أون، يتجاوب الكوريون الشماليون\" مع الجانب الأميركي.")
    assert _names_of(stage, text, "حزب العمال") == ["Workers' Party of Korea"]


def test_workers_party_in_a_brazil_story(stage):
    text = ("ويقلص هذا الرفض احتمال خوض لولا دا سيلفا الانتخابات الرئاسية المقبلة في البرازيل. وأمام لويس إيناسيو لولا دا "
            "سيلفا مهلة تنتهي في 15 آب/أغسطس للترشح إلى الانتخابات باسم حزب العمال (يسار) الذي ينتمي إليه.")
    assert _names_of(stage, text, "حزب العمال") == ["Workers' Party (Brazil)"]


def test_labour_stays_british_in_a_corbyn_story(stage):
    text = ("اعتبر زعيم حزب العمال المعارض في بريطانيا جيريمي كوربين، الجمعة، أن على رئيسة الوزراء طلب موافقة البرلمان "
            "قبل أي ضربة في سوريا، فيما دعت البرازيل إلى الحوار. وواجه حزب العمال انتقادات بسبب موقفه.")
    assert set(_names_of(stage, text, "حزب العمال")) == {"Labour Party (UK)"}


# -- ACCUSE: an accusation and the reverse one, one told by a verb, the other not, are two acts --------------------------

def test_reverse_accusations_verb_and_non_verb_stay_apart(pipe):
    doc = full(pipe, _body("وبَّخت الصين الولايات المتحدة، الجمعة، منتقدة التحركات التجارية الأحادية الجانب التي \"تسبب "
                           "الضرر للجميع\". وجاء حديث وانغ بعد أن اتهم ترامب بكين هذا الأسبوع بتدخل في الانتخابات قصدت منه "
                           "إيذائه شخصيا بسبب موقفه من التجارة بين البلدين."), "2018-09-28T12:00")
    assert has_pair(doc, "ACCUSE", "China", "United States")
    assert has_pair(doc, "ACCUSE", "Trump", "Beijing")


def test_same_direction_accusations_still_fold(pipe):
    doc = full(pipe, _body("اتهمت الولايات المتحدة إيران بإدارة برنامج سري للأسلحة النووية، وهو ما تنفيه طهران. وجاءت "
                           "الاتهامات الأمريكية لإيران بعد أيام من خطاب الرئيس."), "2018-09-23T12:00")
    assert len(between(doc, "ACCUSE", "United States", "Iran")) + len(between(doc, "ACCUSE", "American", "Iran")) == 1


# -- غوطة دمشق الشرقية is Eastern Ghouta, not the capital (whose shelling by the army was dropped as one-country) ------

def test_government_attack_on_ghouta_named_after_damascus(pipe):
    doc = full(pipe, _body("شنت قوات النظام السوري هجوما على غوطة دمشق الشرقية المحاصرة أدى إلى مقتل 14 شخصا على "
                           "الأقل."), "2018-02-18T12:00")
    assert has_pair(doc, "ASSAULT", "Syrian", "Eastern Ghouta")
    assert not between(doc, "ASSAULT", "", "Damascus")

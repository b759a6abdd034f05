"""Session 27 (track s27accuse): accusations with no verb of accusing. Criticism received with its critic after من قبل /
من جانب (stage._event: the critic of a noun of criticism under تعرض/واجه); reported wrongdoing by paradigm
(data/wrongdoing.tsv): committing crimes or massacres in every form, withholding or seizing relief, using chemical
weapons or poison gas under any of their names. Sentences from the corpus (not the gold sets)."""
import pytest

from conftest import full, sides
from evhelpers import sides_of


@pytest.mark.parametrize("text,critic,target", [
    ("وتعرضت إسرائيل لانتقادات من قبل منظمات حقوقية على خلفية استخدام جنودها الرصاص الحي الأسبوع الماضي.",
     "منظمات حقوقية", "Israel"),
    ("وتعرضت قطر لانتقادات شديدة من قبل منظمة العفو الدولية بسبب أوضاع العمال.", "Amnesty", "Qatar"),
    ("وتعرضت إسرائيل لانتقادات واسعة من جانب منظمات حقوق الإنسان.", "منظمات حقوق الإنسان", "Israel"),
])
def test_criticism_received_by_named_critic(pipe, text, critic, target):
    evs = sides_of(pipe, text, "ACCUSE")
    assert any(critic in a and target in r for a, r, _ in evs), evs


def test_criticism_received_with_no_critic_codes_none(pipe):
    text = "وكلف عمر الرزاز بتشكيل حكومة جديدة عقب استقالة الملقي، الذي تعرض لانتقادات شديدة بعد إصراره على تطبيق إجراءات ضريبية جديدة."
    assert not sides_of(pipe, text, "ACCUSE")


@pytest.mark.parametrize("text,speaker,accused", [
    ('وعن اليمن قال الجبير: "الحوثيون يمنعون المساعدات عن اليمنيين ويسرقونها".', "Jubeir", "Houthi"),
    ("وقال المتحدث باسم التحالف تركي المالكي إن ميليشيات الحوثي تصادر المساعدات الإنسانية في الحديدة.",
     "Maliki", "Houthi"),
])
def test_withheld_relief_is_held_against_its_holder(pipe, text, speaker, accused):
    evs = sides_of(pipe, text, "ACCUSE")
    assert any(speaker in a and accused in r for a, r, _ in evs), evs


def test_detained_people_are_no_withheld_relief(pipe):
    text = "وقال المرصد إن قوات الأمن تحتجز عشرات المحتجين في السجن المركزي."
    evs = sides_of(pipe, text, "ACCUSE")
    assert not any("تحتجز" in e["trigger"]["text"] for _, _, e in evs), evs


@pytest.mark.parametrize("text,speaker,accused", [
    ("وقال بولتون إن الحكومة الأفغانية وطالبان ارتكبا جرائم حرب.", "Bolton", "Taliban"),
    ("وقالت منظمة العفو الدولية إن قوات الأمن النيجيرية ارتكبوا فظائع بحق المدنيين.", "Amnesty", "NGA"),
])
def test_committed_crimes_every_form(pipe, text, speaker, accused):
    evs = sides_of(pipe, text, "ACCUSE")
    assert any(speaker in a and accused in r for a, r, _ in evs), evs


def test_whoever_commits_a_crime_is_no_one(pipe):
    text = 'وشدد على أن رد تركيا لن يكون وفق مبدأ "الرد بالمثل"، مضيفا "من يرتكب جريمة سيدفع الثمن".'
    assert not sides_of(pipe, text, "ACCUSE")


@pytest.mark.parametrize("text,speaker,accused", [
    ('وقالت الخارجية الأميركية في بيان لها أنها "توصلت إلى استنتاج أن موسكو استخدمت سلاحا كيميائيا أو بيولوجيا، '
     'منتهكة القانون الدولي".', "State", "Moscow"),
    ("وتقول الأمم المتحدة إن الحكومة السورية استخدمت السارين في هجومها على الغوطة قرب دمشق.", "United Nations", "Syria"),
])
def test_chemical_weapons_under_any_name(pipe, text, speaker, accused):
    evs = sides_of(pipe, text, "ACCUSE")
    assert any(speaker in a and accused in r for a, r, _ in evs), evs


def test_denied_chemical_use_is_no_accusation(pipe):
    text = "ونفت دمشق أن قواتها استخدمت غاز الكلور في دوما."
    assert not sides_of(pipe, text, "ACCUSE")


def test_affiliated_is_no_verb_of_saying(pipe):
    # "التابع" (affiliated) is no "تابع" (he went on): the speaker is the body after قال, not none
    text = "قال مكتب حقوق الإنسان التابع للأمم المتحدة إن قوات النظام السوري ارتكبت جرائم حرب في الغوطة."
    evs = sides_of(pipe, text, "ACCUSE")
    assert any("Human Rights" in a and "Syria" in r for a, r, _ in evs), evs


def test_body_affiliated_to_a_party_speaks_for_it(pipe):
    text = "قالت بعثة حفظ السلام التابعة للأمم المتحدة إن قوات النظام السوري ارتكبت جرائم حرب."
    evs = sides_of(pipe, text, "ACCUSE")
    assert any("United Nations" in a and "Syria" in r for a, r, _ in evs), evs


def test_outlet_affiliated_to_a_party_speaks_for_it(pipe):
    text = ('من جانبها، قالت قناة "المسيرة" التابعة للحوثيين إن وحداتها "استهدفت مركز معلومات وزارة الدفاع وأهدافا '
            'ملكية أخرى بالرياض".')
    evs = sides(full(pipe, text), "ASSAULT")
    assert any("Houthi" in a for a, _, _ in evs), evs


def test_outlet_passing_on_words_is_not_their_speaker(pipe):
    text = ('ونقلت قناة المسيرة التابعة للحوثي على لساحن عبدالملك قوله: "إسرائيل تقول هذا العدوان أنا أؤيده ويمثل '
            'مصلحة مشتركة بينها وبين السعودية".')
    evs = sides(full(pipe, text), "SUPPORT")
    assert not any("Houthi" in a for a, _, _ in evs), evs

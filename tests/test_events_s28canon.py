"""Session 28 (track s28canon): the plain attack sentences of news after 2018 (Gaza, Lebanon, Sudan, Ukraine) that
the coder missed or misread although they are canonical.

* a perfect verb of killing (قتل، اغتال، ذبح) with a state or an armed body for subject and a person, a people or an
  armed party for object is pinned against the classifier ("اغتالت إسرائيل إسماعيل هنية في طهران");
* an indefinite accusative noun of a person after the subject (قائدا، قياديا، شابا) is the verb's object: the verb is
  active ("قتل الجيش الإسرائيلي قائدا في حزب الله"), and the party after في that it belongs to is the target;
* _verb_act: اغتال after its subject (it has no passive of that spelling), the speaker a complementizer's pronoun takes
  up ("قال الجيش الإسرائيلي إنه اغتال"), a site placed in a town (_struck_place), a town of the attackers' own country
  and civil-war sides ("قصفت قوات الدعم السريع مدينة الفاشر");
* the genitive of a statement noun after a verb of attack is no target ("هاجمت قوات الدعم السريع بيان الجيش").
Probe sentences in the phrasing of 2019-2025 news, and corpus sentences (2018) where the corpus has the construction."""
import pytest

from conftest import full, sides


def _has(evs, actor, recipient):
    return any(actor in a and recipient in r for a, r, _ in evs)


@pytest.mark.parametrize("text,actor,recipient", [
    ("اغتالت إسرائيل إسماعيل هنية في طهران.", "Israel", "Haniyeh"),
    ("اغتالت إسرائيل القيادي في حماس صالح العاروري في بيروت.", "Israel", "Arouri"),
    ("اغتالت الولايات المتحدة قائد فيلق القدس قاسم سليماني في بغداد.", "United States", "Soleimani"),
    ("اغتالت إسرائيل العالم النووي الإيراني محسن فخري زاده قرب طهران.", "Israel", "فخري"),
    ("أعلنت حركة حماس أن إسرائيل اغتالت رئيس مكتبها السياسي إسماعيل هنية في طهران.", "Israel", "Haniyeh"),
])
def test_killing_by_a_state_of_a_named_person_is_pinned(pipe, text, actor, recipient):
    evs = sides(full(pipe, text, published="2024-08-01T10:00"), "ASSAULT")
    assert _has(evs, actor, recipient), evs


@pytest.mark.parametrize("text,actor,recipient", [
    ("قتل الجيش الإسرائيلي قائدا في حزب الله بغارة على جنوب لبنان.", "Israel", "Hezbollah"),
    ("قتل الجيش الأمريكي مسؤولا في تنظيم الدولة بغارة في سوريا.", "United States", "Islamic State"),
    ("اغتالت إسرائيل قياديا بارزا في حركة الجهاد الإسلامي في دمشق.", "Israel", "Islamic Jihad"),
])
def test_accusative_person_object_makes_the_verb_active(pipe, text, actor, recipient):
    evs = sides(full(pipe, text, published="2024-08-01T10:00"), "ASSAULT")
    assert _has(evs, actor, recipient), evs
    assert not any(actor in r for a, r, _ in evs), evs  # (the army is no victim)


def test_army_killing_a_commander_is_no_passive(pipe):
    evs = sides(full(pipe, "قتل الجيش الإسرائيلي قائدا في حزب الله بغارة على جنوب لبنان.",
                     published="2024-08-01T10:00"), "ASSAULT")
    assert not any("Israel" in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,recipient", [
    ("قصفت قوات الدعم السريع مدينة الفاشر.", "Rapid Support", "Fasher"),
    ("هاجمت قوات الدعم السريع مدينة الفاشر.", "Rapid Support", "Fasher"),
    ("قصفت قوات الدعم السريع مستشفى في مدينة الفاشر.", "Rapid Support", "Fasher"),
    # the target: Gaza (before s29kb), now the KB hospital Al-Shifa (FAC, PSE); either is Palestinian
    ("اقتحمت القوات الإسرائيلية مستشفى الشفاء في غزة.", "Israel", "PSE"),
    ("قال الجيش الإسرائيلي إنه اغتال القيادي في حزب الله وسام الطويل.", "Israel", "الطويل"),
])
def test_verb_of_attack_told_as_done(pipe, text, actor, recipient):
    evs = sides(full(pipe, text, published="2024-08-01T10:00"), "ASSAULT")
    assert _has(evs, actor, recipient), evs


def test_speaker_of_anna_strikes_sites(pipe):
    # corpus (2018): the army the pronoun of أنه takes up struck the sites
    doc = full(pipe, "أكد الجيش الإسرائيلي الخميس، أنه استهدف مواقع للنظام السوري ليلة الأربعاء-الخميس، ردا على "
                     "محاولة لاختراق الأجواء الاسرائيلية بطائرة مسيرة في الجولان المحتل.", published="2018-07-12T10:00")
    evs = sides(doc, "ASSAULT")
    assert _has(evs, "Israel", "SYR"), evs


def test_site_struck_in_a_town_is_a_verb_act(pipe):
    # corpus (2018)
    doc = full(pipe, "قصف الجيش الإسرائيلي، السبت، موقعا في غزة، في خطوة كسرت اتفاق التهدئة الذي توصلت إليه الفصائل "
                     "الفلسطينية وتل أبيب بواسطة مصر والأمم المتحدة، لوقف التصعيد العسكري الذي شهده القطاع، الجمعة.",
               published="2018-07-21T10:00")
    evs = sides(doc, "ASSAULT")
    assert _has(evs, "Israel", "Gaza"), evs


@pytest.mark.parametrize("text", [
    "هاجم ترامب وسائل الإعلام.",
    "هددت إسرائيل باغتيال قادة حماس.",
    "هاجمت وزارة الخارجية الروسية الحكومة الأوكرانية.",
    "هاجمت روسيا الغرب بسبب العقوبات.",
    "هاجم حزب الله إسرائيل في خطاب لأمينه العام.",
    "هاجم الجيش السوداني قرار مجلس الأمن.",
    "هاجمت قوات الدعم السريع بيان الجيش السوداني.",
    "هاجم الحوثيون قرار الولايات المتحدة تصنيفهم منظمة إرهابية.",
    "هاجم الحرس الثوري الإيراني تصريحات المسؤولين الأمريكيين.",
    "لم تقتل إسرائيل إسماعيل هنية.",
    "قد تغتال إسرائيل قادة حماس في الخارج.",
    "لو اغتالت إسرائيل نصر الله لاندلعت حرب شاملة.",
    "نفت إسرائيل أنها اغتالت العالم النووي الإيراني.",
    "قتلت إسرائيل عملية السلام.",
    "اغتالت الشائعات سمعة الوزير.",
    "هاجم الرئيس التركي أردوغان مدينة إسطنبول.",
])
def test_no_attack_told_as_done(pipe, text):
    assert not sides(full(pipe, text, published="2024-08-01T10:00"), "ASSAULT")


def test_imperfect_killing_in_a_quote_is_not_pinned(pipe):
    # gsr (no): a habit told in a quote, not an attack
    doc = full(pipe, "وكانت هذه الحادثة قد أثارت ردود فعل متباينة في اسرائيل، برز منها عدد من المنتقدين بشدة، فقد كتب "
                     "المدير العام الأسبق لديوان رئيس الوزراء، ايتان هابر (في زمن اسحق رابين)، يقول: «هذا ما كان "
                     "ينقصنا، جنودنا يقتلون هؤلاء الأبرياء وجنود آخرون يتهمون بعمليات تعذيب».")
    assert not sides(doc, "ASSAULT")


def test_bare_three_letter_form_after_inna_is_a_noun(pipe):
    # corpus (2018): "إنه قصف": a bombardment the media tell, not the media's act
    doc = full(pipe, "وأضاءت سماء العاصمة السورية في ساعات الفجر نتيجة ما قالت وسائل إعلام إسرائيلية إنه قصف تضمن "
                     "إطلاق نحو 30 صاروخا على مواقع عسكرية لإيران حول دمشق.", published="2018-05-10T10:00")
    assert not sides(doc, "ASSAULT")

"""A vetoed attack told alone, session 34 (track s34veto, events/vetoctx.alone): a rule-built attack the sentence
classifier vetoes at or above half its threshold stands, though the story tells no other attack, when its author is a
state, an armed or security body or a people's arms ("الغارات الجوية الروسية"، "صواريخ إسرائيلية"), its target a side
of another state (no town, building or place), and it is told as an occurrence: no imperfect verb, no word of a span
or a habit (منذ، مرارا، دأبت), no year before the publication's. Texts from the 2018 corpus (BB-internationalNews-105-
20180306, BB-middleEast-174-20180311, FR-internationalNews-1176-20180510, BB-internationalNews-260-20180331,
BB-middleEast-230-20180321, FR-internationalNews-2152-20180704, AL-internationalNews-589-20180323,
BB-middleEast-1072-20181008)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import has_pair

_HEAD = "عنوان\n\n"


def test_a_peoples_air_raids_killing_civilians_stand(pipe):
    doc = full(pipe, _HEAD + "وأفادت تقارير بأن الغارات الجوية الروسية أدت إلى مقتل كثير من المدنيين، ولكن موسكو تقول "
                             "إنها لا تستهدف سوى المسلحين \"الإرهابيين\".")
    assert has_pair(doc, "ASSAULT", "Russia", "المدنيين")


def test_an_armys_operations_killing_civilians_stand(pipe):
    doc = full(pipe, _HEAD + "ويعتقد أن الجيش السوري يسيطر حتى الآن على نصف الغوطة الشرقية في العمليات العسكرية التي "
                             "أدت إلى مقتل 900 من المدنيين.")
    assert has_pair(doc, "ASSAULT", "Syria", "المدنيين")


def test_a_peoples_missiles_on_another_state_stand(pipe):
    doc = full(pipe, _HEAD + "وبدأ التصعيد الأخير قبل منتصف ليلة الأربعاء الخميس في جنوب سوريا، مع إعلان الجيش "
                             "الإسرائيلي عن تصديه لصواريخ قال إنها إيرانية استهدفت الجزء المحتل من هضبة الجولان، ثم إعلان "
                             "دمشق أيضا عن تصديها لصواريخ إسرائيلية استهدفت مناطق عدة من سوريا.")
    assert has_pair(doc, "ASSAULT", "Israel", "Syria")


def test_a_strike_of_a_year_past_stays_vetoed(pipe):
    doc = full(pipe, _HEAD + "اعترفت إسرائيل رسميا بتدميرها ما يشتبه بأنه مفاعل نووي سوري في ضربة جوية في عام 2007.")
    assert not factual(doc, "ASSAULT")


def test_deaths_since_an_intervention_stay_vetoed(pipe):
    doc = full(pipe, _HEAD + "وأدى النزاع منذ التدخل السعودي إلى مقتل نحو عشرة آلاف شخص بينهم نحو 2200 طفل، بحسب منظمة "
                             "الصحة العالمية ومنظمة الأمم المتحدة للطفولة \"يونيسف\"، في ظل أزمة إنسانية تعتبرها الأمم "
                             "المتحدة الأسوأ في العالم حاليا.")
    assert not factual(doc, "ASSAULT")


def test_a_peoples_adjective_on_an_aid_body_is_no_author(pipe):
    doc = full(pipe, _HEAD + "وأشارت منظمة \"ايمرجنسي\" غير الحكومية الإيطالية إلى مقتل أربعة أشخاص ونقل 35 جريحا إلى "
                             "مستشفى تديره في المدينة.")
    assert not any("Ital" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_a_campaign_since_a_year_stays_vetoed(pipe):
    doc = full(pipe, _HEAD + "وتقوم قوات الجيش والشرطة المصرية منذ عام 2013 بعملية أمنية واسعة النطاق في شمال سيناء، "
                             "للقضاء على مسلحين أعلنوا الولاء لتنظيم الدولة الإسلامية تحت اسم \"ولاية سيناء\".")
    assert not factual(doc, "ASSAULT")


def test_an_armed_groups_shelling_of_homes_stands(pipe):
    # AL-internationalNews-122-20180220 (a fresh sample of the corpus, not the leads)
    doc = full(pipe, _HEAD + "كذلك أفاد سكان محليون بأن الحوثيين ردوا على تراجعهم الميداني بشن قصف عنيف بالأسلحة "
                             "المتوسطة والثقيلة على منازل المواطنين، من أماكن تواجدهم في المرتفعات الجبلية المحيطة بمنطقة "
                             "عيريم والمرابحة غرب مديرية القبيطة.")
    assert has_pair(doc, "ASSAULT", "Houthi", "المواطنين")


def test_the_police_and_the_intelligence_services_of_a_story_are_no_sides(pipe):
    # SK-internationalNews-1632-20180518: the police that shot the attacker, read as the author of the attack on the
    # intelligence services the sentence names after it, stay vetoed (no police author, no such target when told alone)
    doc = full(pipe, _HEAD + "وقبل أسبوع، قام فرنسي مولود في الشيشان بمهاجمة أشخاص بسكين في وسط باريس فقتل شخصا قبل أن "
                             "تقتله الشرطة بالرصاص، وأظهر الهجوم مجددا الصعوبة التي تواجهها أجهزة المخابرات الأوروبية في "
                             "تعقب من يشتبه في كونهم متطرفين.")
    assert not any("المخابرات" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT"))

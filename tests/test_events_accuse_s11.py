"""ACCUSE, eleventh session: the recall audit of fresh political articles (audit5 131-210 and 400 unread pol3k
articles). Short news-style sentences (phrasing from the 2018 corpus) through the whole pipeline."""
from __future__ import annotations

from conftest import full, party
from evhelpers import pairs


def _all_pairs(doc):
    # (every ACCUSE reading, told or not: a standing charge in a relative clause, "التي تتهمها أنقرة", is a description
    # since session 15 — hypothetical — but its parties are still read)
    return [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in doc["events"] if e["type"] == "ACCUSE"]


# ---- a verb of accusing with its object as a pronoun (اتهمه، تتهمها، واتهمته)
def test_relative_clause_head_is_the_one_accused(pipe):
    # "الذي اتهمته": اتهمت + ه, a verb with its object pronoun (read before as a noun ending in ة + ه: roles reversed)
    doc = full(pipe, "فرضت الولايات المتحدة عقوبات على تركيا بسبب احتجاز القس الأمريكي أندرو برونسون. وفرضت واشنطن "
                     "عقوبات جديدة على أنقرة لرفضها الإفراج عن برونسون، الذي اتهمته تركيا بالتجسس.")
    assert any("TUR" in a and "برونسون" in r for a, r in pairs(doc, "ACCUSE"))
    assert not any("برونسون" in a for a, _ in pairs(doc, "ACCUSE"))


def test_relative_clause_head_not_the_victims_of_the_charge(pipe):
    doc = full(pipe, "وتفيد الدعوى أن موظفي الوزارة لعبوا دورا أساسيا في جيش المهدي التابع للزعيم الشيعي مقتدى الصدر، "
                     "والذي تتهمه واشنطن بالمسؤولية عن مقتل آلاف الأشخاص بين عامي 2005 و2009.")
    assert any("Washington" in a and "Sadr" in r for a, r in pairs(doc, "ACCUSE"))


def test_relative_clause_with_a_head_that_is_no_party(pipe):
    # the movement (جماعة) heads the clause; the police that arrested people before is not the one accused
    doc = full(pipe, "قامت الشرطة التركية الجمعة بحملة مداهمات لاعتقال 346 شخصا بينهم جنود، متهمين بعلاقات مع جماعة "
                     "الداعية الإسلامي فتح الله غولن، والتي تتهمها أنقرة بالوقوف وراء محاولة الانقلاب الفاشلة.")
    assert not any("الشرطة" in r or "Police" in r for _, r in pairs(doc, "ACCUSE"))


def test_pronoun_object_after_an_arrest_accuses(pipe):
    # (a suffixed verb after an arrest was dropped as "the charge of the conviction")
    doc = full(pipe, "واعتقلت الشرطة التركية الصحفي التركي أحمد ألتان، واتهمته بالارتباط بجماعة غولن.")
    assert any("Police" in a and "ألتان" in r for a, r in pairs(doc, "ACCUSE"))


def test_party_inside_the_charge_is_not_the_one_accused(pipe):
    doc = full(pipe, "وتشن تركيا غارات جوية على مواقع لحزب العمال الكردستاني في منطقة هاكورك شمالي العراق، وتتهمه "
                     "بشن هجمات يستهدف معظمها قوات ومواقع الجيش والشرطة التركية.")
    assert not any("قوات" in r or "Police" in r for _, r in pairs(doc, "ACCUSE"))
    doc = full(pipe, "وتلاحق السلطات البحرينية منذ 2011 معارضيها وتتهمهم بالارتباط مع إيران.")
    assert not any("Iran" in r for _, r in pairs(doc, "ACCUSE"))


# ---- lexicon: rebuking, directing blame
def test_directing_blame_at_a_state(pipe):
    doc = full(pipe, "وكان الرئيس الأمريكي دونالد ترامب قد وجه لومه الخميس لكوريا الشمالية بسبب تصريحاتها العدائية، "
                     "ثم أعلن إلغاء القمة.")
    assert any("Trump" in a and "PRK" in r for a, r in pairs(doc, "ACCUSE"))


def test_rebuke_is_criticism(pipe):
    doc = full(pipe, "وبخ الرئيس الفلبيني رودريغو دوتيرتي الولايات المتحدة بسبب انتقاداتها لحملته على المخدرات.")
    assert any("Duterte" in a and "USA" in r for a, r in pairs(doc, "ACCUSE"))


def test_relative_clause_head_movement_of_a_person(pipe):
    doc = full(pipe, "وبين هذه الاتهامات اللقاء بأعضاء في حركة غولن التي تتهمها أنقرة بتدبير محاولة الانقلاب صيف 2016.")
    assert any("Ankara" in a and "Gülen" in r for a, r in _all_pairs(doc))


def test_relative_clause_after_a_place_is_not_the_place(pipe):
    doc = full(pipe, "وتشهد العلاقات التركية الأمريكية توترا على خلفية دعم واشنطن للفصائل الكردية في شمال سوريا، التي "
                     "تتهمها أنقرة بالإرهاب.")
    assert not any("Syria" in r or "SYR" in r for _, r in _all_pairs(doc))


def test_indefinite_head_before_the_verb_is_no_party_named_before(pipe):
    doc = full(pipe, "قالت وكالة فارس للأنباء إن الحرس الثوري الإيراني قتل ستة مسلحين. وقال الحرس الثوري، السبت، إنه قتل "
                     "ستة أعضاء بجماعة كردية مسلحة اتهمها بالضلوع في هجوم على موقع حدودي إيراني.")
    assert not any("Fars" in r or "فارس" in r for _, r in pairs(doc, "ACCUSE"))


# ---- an official, source or expert who speaks for a body: the body accuses
def test_source_of_a_ministry_accuses_for_it(pipe):
    doc = full(pipe, "دبي (CNN) – اتهم مصدر مسؤول في وزارة الخارجية السورية، أمريكا، بدعم داعش جويا.")
    assert any("SYR" in a and "USA" in r for a, r in pairs(doc, "ACCUSE"))


def test_experts_of_an_organisation_criticise_for_it(pipe):
    doc = full(pipe, "وانتقد خبراء في الأمم المتحدة الحكومة الميانمارية بسبب معاملتها للروهينغا.")
    assert any("United Nations" in a and "MMR" in r for a, r in pairs(doc, "ACCUSE"))


# ---- the subject told with its description before its name
def test_subject_described_before_the_name(pipe):
    doc = full(pipe, "انتقد الدكتور محمد البرادعي تصريحات الرئيس الأمريكي دونالد ترامب بشأن الدول الثرية في الشرق الأوسط.")
    assert not any("Trump" in a for a, _ in pairs(doc, "ACCUSE"))  # (read before with the roles reversed)


def test_title_with_demonym_and_its_holder_in_apposition(pipe):
    doc = full(pipe, "اتهم رئيس مركز المصالحة الروسي في سوريا، فلاديمير سافتشينكو، الولايات المتحدة الأمريكية باستخدام "
                     "قنابل فوسفورية بقصف مدينة هجين، السبت.")
    assert any("RUS" in a and "USA" in r for a, r in pairs(doc, "ACCUSE"))


# ---- a condemned act whose genitive does it, though the act's reading took the condemner as its author
def test_condemned_withdrawal_accuses_the_one_who_withdraws(pipe):
    doc = full(pipe, "روسيا تستنكر انسحاب أميركا من اتفاق إيران النووي\n\nقال نائب سفير روسيا بالأمم المتحدة إن بلاده "
                     "تشعر بخيبة أمل إزاء قرار ترمب.")
    assert any("RUS" in a and "USA" in r for a, r in pairs(doc, "ACCUSE"))


# ---- a resolution or statement that condemns: its adopter condemns the party after the verb
def test_adopted_resolution_condemns_the_party_after_its_verb(pipe):
    doc = full(pipe, "صادقت الجمعية العامة للأمم المتحدة الأربعاء بأغلبية كبيرة على مشروع قرار يدين إسرائيل بسبب استعمالها "
                     "القوة المفرطة ضد المدنيين الفلسطينيين في قطاع غزة.")
    assert any("Assembly" in a and "ISR" in r for a, r in pairs(doc, "ACCUSE"))
    assert not any("ISR" in a for a, _ in pairs(doc, "ACCUSE"))


def test_failed_resolution_condemns_no_one(pipe):
    doc = full(pipe, "بعد يوم من الإضراب الشامل، فشل مجلس الأمن في إصدار أي قرار يدين إسرائيل، أو يلزمها بالتهدئة.")
    assert not pairs(doc, "ACCUSE")


# ---- a people named as the victim of a harm noun is not the one condemned
def test_people_killed_are_not_condemned(pipe):
    doc = full(pipe, "أردوغان يندد بصمت العالم حيال \"الطغيان الإسرائيلي\" وقتل الفلسطينيين في غزة")
    assert not any("Palestin" in r or "PSE" in r for _, r in pairs(doc, "ACCUSE"))

"""A definite head noun alone refers back to the body named before with it (حلف شمال الأطلسي ... وانتقد الحلف),
or, for منظمة/حركة/جماعة, to the one known body of that kind named without the head (هيومن رايتس ووتش ...
وأضافت المنظمة; حماس ... واتهمت الحركة). Not as its members (الدول الأعضاء في الحلف) nor as a person's office
(رئيس بعثة المنظمة). Short news-style sentences through the whole pipeline."""
from __future__ import annotations

from conftest import full
from evhelpers import pairs


def test_the_alliance_is_nato(pipe):
    doc = full(pipe, "الناتو يحذر روسيا\nأعلن حلف شمال الأطلسي (الناتو) إرسال قوات إضافية إلى بولندا.\n"
                     "وانتقد الحلف روسيا بشدة بسبب الهجوم بغاز الأعصاب على الجاسوس السابق.")
    assert any("NATO" in a and "Russia" in r for a, r in pairs(doc, "ACCUSE"))


def test_the_alliance_and_the_union_call_on_moscow(pipe):
    doc = full(pipe, "عنوان الخبر\nعقد حلف شمال الأطلسي اجتماعا لوزراء الدفاع في بروكسل.\n"
                     "ودعا الحلف والاتحاد الأوروبي موسكو إلى تحمل مسؤولية إسقاط الطائرة الماليزية.")
    assert any("NATO" in a and "Moscow" in r for a, r in pairs(doc, "REQUEST"))


def test_the_organisation_is_the_ngo_named_without_its_head(pipe):
    doc = full(pipe, "عنوان الخبر\nقالت هيومن رايتس ووتش إن السلطات اعتقلت عشرات الناشطين.\n"
                     "واتهمت المنظمة الحكومة المصرية بتعذيب المعتقلين.")
    assert any("Human Rights Watch" in a for a, _r in pairs(doc, "ACCUSE"))


def test_the_movement_is_hamas_named_without_its_head(pipe):
    doc = full(pipe, "عنوان الخبر\nقالت حماس إنها سترد على الغارات.\nواتهمت الحركة إسرائيل بقتل المدنيين في غزة.")
    assert any("Hamas" in a and "Israel" in r for a, r in pairs(doc, "ACCUSE"))


def test_the_group_named_with_its_head_wins_over_a_group_of_that_kind(pipe):
    # جماعة حقاني is named with the head; طالبان is a group of the kind but not "the group" here
    doc = full(pipe, "عنوان الخبر\nقتل عشرة جنود في هجوم لحركة طالبان في ولاية غزني.\n"
                     "وأعلنت جماعة حقاني مسؤوليتها عن تفجير في كابول.\n"
                     "واتهمت الجماعة الحكومة الأفغانية بقتل مدنيين.")
    acts = pairs(doc, "ACCUSE")
    assert acts and not any("Taliban" in a for a, _r in acts)


def test_members_of_the_alliance_are_not_the_alliance(pipe):
    doc = full(pipe, "عنوان الخبر\nأعلن حلف شمال الأطلسي تعزيز قواته في شرق أوروبا.\n"
                     "وطرد السفراء الروس من الدول الأعضاء في الحلف بعد الهجوم بغاز الأعصاب.")
    assert not any("NATO" in a or "NATO" in r for a, r in pairs(doc, "SANCTION"))


def test_a_chief_of_the_organisations_mission_is_no_recipient(pipe):
    doc = full(pipe, "عنوان الخبر\nقالت منظمة أطباء بلا حدود إن المهاجرين يعانون في مراكز الاحتجاز.\n"
                     "ودعا كريستوف بيتو، رئيس بعثة المنظمة في ليبيا، إلى اتخاذ التدابير اللازمة.")
    assert not any("Frontières" in r or "حدود" in r for _a, r in pairs(doc, "REQUEST"))


def test_the_group_named_in_quotes_after_its_head(pipe):
    # جماعة "بوسي رايوت": the head stands outside the quoted name; الجماعة refers back to it
    doc = full(pipe, "عنوان الخبر\nأقر نشطاء سياسيون من جماعة \"بوسي رايوت\" بتعطيل المباراة النهائية في موسكو.\n"
                     "واتهمت الجماعة الشرطة الروسية بتعذيب الناشطين.")
    assert any("رايوت" in a for a, _r in pairs(doc, "ACCUSE"))


def test_a_quoted_name_that_opens_with_its_head(pipe):
    doc = full(pipe, "عنوان الخبر\nقالت \"حركة حماس\" إنها سترد على الغارات.\nواتهمت الحركة إسرائيل بقتل المدنيين.")
    assert any("Hamas" in a and "Israel" in r for a, r in pairs(doc, "ACCUSE"))


def test_a_quoted_epithet_is_no_second_party(pipe):
    # حزب "المرأة الحديدية" in the headline is a nickname of حزب الخير, not another party that makes الحزب ambiguous
    doc = full(pipe, "تركيا تضيق الخناق على حزب \"المرأة الحديدية\"\n"
                     "اعتقلت السلطات التركية مسؤولا في حزب الخير المعارض قبل الانتخابات.\n"
                     "واتهم الحزب السلطات التركية بالتضييق على المعارضة.")
    assert any("الخير" in a for a, _r in pairs(doc, "ACCUSE"))

"""Who met their death is the victim, session 35 (track s35assault): the subject of a verb of meeting one's death
(لقي حتفه، لقوا مصرعهم), before the verb or after it, suffered the attack the sentence tells (the attack noun after it,
the clash it died in, a harm told next); it is never the attack's author, who is the clash's other side after مع or
the author the attack noun names. Sentences from the 2018 corpus (CNN, Sky News Arabia, Al Arabiya, France 24)."""
from __future__ import annotations

from conftest import full
from evhelpers import pairs

_HEAD = "عنوان\n\n"


def test_the_dead_before_the_verb_are_no_author_of_the_strike(pipe):
    doc = full(pipe, _HEAD + "أفاد المرصد السوري لحقوق الإنسان بأن 14 مقاتلا لقوا حتفهم في الضربة العسكرية التي استهدفت "
                             "مطار التيفور العسكري التابع للنظام السوري.")
    assert not any("مقاتلا" in a for a, _ in pairs(doc, "ASSAULT"))


def test_the_dead_of_a_clash_are_its_victims(pipe):
    doc = full(pipe, _HEAD + "لقي مراهقان فلسطينيان حتفهما إثر اشتباكات مع الجيش الإسرائيلي على السياج الحدودي الفاصل "
                             "بين إسرائيل وقطاع غزة، الجمعة.")
    got = pairs(doc, "ASSAULT")
    assert any("Israel" in a and "Palestin" in r for a, r in got)
    assert not any("Palestin" in a for a, _ in got)


def test_protesters_dead_in_clashes_with_the_security_forces(pipe):
    doc = full(pipe, _HEAD + "وقال مسؤولون بقطاعي الصحة والأمن إن 10 متظاهرين لقوا مصرعهم في اشتباكات مع قوات الأمن، "
                             "وأصيب عشرات، منذ تفجرت موجة الاحتجاجات الاثنين الماضي.")
    assert any("قوات الأمن" in a and "متظاهرين" in r for a, r in pairs(doc, "ASSAULT"))


def test_rebels_dead_in_clashes_and_raids_of_the_coalition(pipe):
    doc = full(pipe, _HEAD + "وفي نهم شرقي محافظة صنعاء، قالت مصادر عسكرية إن قرابة 18 متمردا حوثيا لقوا مصرعهم في "
                             "مواجهات وغارات شنتها طائرات التحالف.")
    got = pairs(doc, "ASSAULT")
    assert any("coalition" in a for a, _ in got)
    assert not any("coalition" in r for _, r in got)


def test_a_security_man_who_met_his_death_wounds_nobody(pipe):
    doc = full(pipe, _HEAD + "لقي رجل أمن أردني حتفه وأصيب عدد من رجال الأمن خلال مداهمة في منطقة السلط لمجموعة من "
                             "المشتبه بهم.")
    assert not any("Jordan" in a for a, _ in pairs(doc, "ASSAULT"))


def test_the_army_named_after_the_clash_stays_the_author(pipe):
    # (must not change: the dead before the verb, a harm told next, the clash's other side after مع)
    doc = full(pipe, _HEAD + "وقالت مصادر ميدانية لـ\"سكاي نيوز عربية\"، إن 4 متمردين حوثيين على الأقل لقوا مصرعهم وأصيب "
                             "أكثر من 10 آخرين في مواجهات مع الجيش اليمني على أطرف منطقة حيد الحمام، بمديرية مقبنة، غربي تعز.")
    got = pairs(doc, "ASSAULT")
    assert any("Yemen" in a and "Houthi" in r for a, r in got)
    assert not any("Houthi" in a for a, _ in got)


def test_militias_dead_in_clashes_with_the_resistance(pipe):
    # (a contrast clause naming the militia again after the clash is no reason to drop the victims)
    doc = full(pipe, _HEAD + "و قال الدويد إن عددا كبيرا من عناصر الميليشيات لقي مصرعه خلال مواجهات مع قوات المقاومة "
                             "اليمنية المشتركة فيما فرت قيادات الصف الأول من عناصر ميليشيات الحوثي من جبهات القتال.")
    assert any("Houthi" in r and "Houthi" not in a for a, r in pairs(doc, "ASSAULT"))


def test_an_attack_claimed_by_its_author_keeps_it(pipe):
    # (must not change) "لقي عشرات الجنود مصرعهم ... في هجوم شنته جماعة بوكو حرام"
    doc = full(pipe, _HEAD + "لقي عشرات الجنود مصرعهم بنيجيريا، في هجوم شنته جماعة \"بوكو حرام\" الإرهابية على قاعدة "
                             "عسكرية في نهاية الأسبوع شمال شرقي البلاد.")
    assert any("Boko" in a for a, _ in pairs(doc, "ASSAULT"))


def test_some_of_the_dead_named_among_them_are_no_second_party(pipe):
    # "بينهم امرأة" names some of the four dead (harm/among_them): the raid's author is the coalition after نفذتها
    doc = full(pipe, _HEAD + "لقي أربعة أشخاص بينهم امرأة مصرعهم وأصيب 11 آخرون في غارات جوية نفذتها طائرات التحالف "
                             "بقيادة السعودية مساء السبت، واستهدفت محطة وقود.")
    got = pairs(doc, "ASSAULT")
    assert any("coalition" in a and "أشخاص" in r for a, r in got)
    assert not any("coalition" in r for _, r in got)


def test_a_people_among_the_dead_is_no_author(pipe):
    doc = full(pipe, _HEAD + "لقي 14 مقاتلا على الأقل من بينهم إيرانيون، مصرعهم في الضربة التي استهدفت قبيل فجر الاثنين "
                             "مطار التيفور العسكري التابع للنظام السوري في محافظة حمص.")
    assert not any("Iran" in a for a, _ in pairs(doc, "ASSAULT"))

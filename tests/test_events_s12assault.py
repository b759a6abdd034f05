"""ASSAULT recall, twelfth session: constructions found missing in political leads (undergoing an attack told with
إلى or a participle of subjection, an exchange of fire, strikes that reach their target, a negated verb whose subject
is an attack, a count of a party's members killed during an attack, the harm an attack caused told in a clause of
result)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


def test_undergoing_an_attack_with_ila(pipe):
    doc = full(pipe, "وتتعرض الغوطة الشرقية إلى قصف مكثف من القوات الحكومية في الأيام الأخيرة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "الغوطة" in party(doc, ev[0]["recipients"]) and "القوات" in party(doc, ev[0]["actors"])


def test_town_subjected_to_shelling_by_a_nationality(pipe):
    doc = full(pipe, "خرج آلاف المدنيين من بلدة عفرين الخاضعة لقصف تركي كثيف.")
    assert between(doc, "ASSAULT", "TUR", "عفرين")


def test_exchange_of_artillery_fire_between_two_armies(pipe):
    doc = full(pipe, "تبادلت القوات الهندية والباكستانية السبت إطلاق نيران المدفعية في منطقة كشمير المتنازع عليها.")
    ev = factual(doc, "ASSAULT")
    assert ev and {"IND", "PAK"} <= set(party(doc, ev[0]["actors"] + ev[0]["recipients"]).split())


def test_strikes_that_reached_targets_in_a_state(pipe):
    doc = full(pipe, "وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات طالت أهدافا متعددة في سوريا في عملية عسكرية في وقت "
                     "مبكر من صباح السبت.")
    ev = between(doc, "ASSAULT", "USA", "SYR")
    assert ev and {"GBR", "FRA"} <= set(party(doc, ev[0]["actors"]).split())


def test_negated_verb_whose_subject_is_the_strikes(pipe):
    doc = full(pipe, "لم تلق الضربات الجوية التي شنتها الولايات المتحدة وفرنسا وبريطانيا السبت على سوريا، إجماعا من قبل "
                     "الدول العربية.")
    assert between(doc, "ASSAULT", "USA", "SYR")


def test_an_attack_that_did_not_occur_stays_negated(pipe):
    doc = full(pipe, "لم تشن إسرائيل غارات على غزة.")
    assert not factual(doc, "ASSAULT")


def test_counted_members_killed_during_air_strikes(pipe):
    doc = full(pipe, "وأعلنت مصادر يمنية أن 16 عنصرا من ميليشيات الحوثي الموالية لإيران قتلوا أثناء غارات جوية لمقاتلات "
                     "التحالف العربي في مديريتي التحيتا والدريهمي.")
    assert between(doc, "ASSAULT", "SAU", "Houthi")


def test_victims_in_a_clause_of_result(pipe):
    doc = full(pipe, "شنت طائرات لقوات التحالف العربي لدعم الشرعية في اليمن، الأربعاء، غارات جوية على مناطق متعددة في "
                     "الساحل الغربي، مما أسفر عن سقوط عدد من القتلى في صفوف ميليشيات الحوثي الإيرانية.")
    assert between(doc, "ASSAULT", "SAU", "Houthi")


def test_subject_right_after_a_verb_of_launching_is_the_author(pipe):
    doc = full(pipe, 'وقالت ماي لدى وصولها إلى مقر الاتحاد الأوروبي في العاصمة البلجيكية بروكسل لحضور قمة للاتحاد:" نفذت '
                     'روسيا هجوما وقحا ومتهورا ضد المملكة المتحدة".')
    assert between(doc, "ASSAULT", "RUS", "GBR") and not between(doc, "ASSAULT", "BEL", "GBR")


def test_side_that_suffered_losses_was_attacked(pipe):
    doc = full(pipe, "تكبدت ميليشيات الحوثي الانقلابية خسائر بشرية ومادية كبيرة خلال الـ24 ساعة الماضية، من المعارك "
                     "الميدانية وغارات التحالف العربي في جبهات الساحل الغربي.")
    assert between(doc, "ASSAULT", "SAU", "Houthi") and not between(doc, "ASSAULT", "Houthi", "SAU")


def test_attack_noun_subject_of_a_harm_verb(pipe):
    doc = full(pipe, "قتلت غارة جوية للتحالف العربي الداعم للشرعية في اليمن قائد عسكري كبير في ميليشيات الحوثي الإيرانية.")
    assert between(doc, "ASSAULT", "SAU", "Houthi")


def test_missile_aimed_at_a_states_lands(pipe):
    doc = full(pipe, "قالت قيادة التحالف إن قوات الدفاع الجوي السعودية اعترضت صاروخًا باليستيًا أطلقته الميليشيا الحوثية "
                     "الإرهابية التابعة لإيران باتجاه الأراضي السعودية.")
    assert between(doc, "ASSAULT", "Houthi", "SAU")


def test_owner_of_the_attack_is_no_victim(pipe):
    doc = full(pipe, "قتلى في هجوم انتحاري لتنظيم داعش في كابول")
    assert not any("داعش" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT"))


def test_party_of_a_contrast_clause_is_no_target(pipe):
    doc = full(pipe, "فجر انتحاري نفسه في حي شيعي في كابول الجمعة موقعاً تسعة قتلى على الأقل و18 جريحا فيما يكثف "
                     "المسلحون ضغوطهم في العاصمة الأفغانية.")
    assert not any("المسلحون" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT"))


def test_clash_between_an_army_and_young_men_of_a_people(pipe):
    doc = full(pipe, "اندلعت مواجهات بين الجيش الإسرائيلي وشبان فلسطينيين في عدد من مدن الضفة الغربية، الثلاثاء.")
    assert between(doc, "ASSAULT", "ISR", "PSE")


def test_indefinite_nationality_after_a_definite_subject_is_the_object(pipe):
    doc = full(pipe, "قتلت القوات الإسرائيلية فلسطينيا قرب الجدار العازل في غزة.")
    assert between(doc, "ASSAULT", "ISR", "PSE")


def test_definite_nationality_after_a_name_stays_its_adjective(pipe):
    doc = full(pipe, "طالب السلطات السعودية عبر قناة سي إن إن الأمريكية عام 2008 بإلغاء الهيئة.")
    assert not any("USA" in party(doc, e["recipients"]) for e in factual(doc, "REQUEST"))


def test_definite_attack_noun_takes_up_the_author_told_before(pipe):
    doc = full(pipe, "قصف على عفرين\n\nوقال مركز إعلام وحدات حماية الشعب الكردية إن قوات الجيش التركي قصفت مركز مدينة "
                     "عفرين المكتظة بالسكان بما يزيد عن 20 قذيفة.\nوطال القصف قافلة مدنيين في طريق عودتهم إلى ديارهم في "
                     "ريف عفرين مما أسفر عن مقتل سبعة أشخاص بينهم طفل.")
    assert any("TUR" in party(doc, e["actors"]) and "مدنيين" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT"))


def test_a_group_of_gunmen_attacks(pipe):
    doc = full(pipe, "هاجمت مجموعة من المسلحين معسكرا للجيش المصري في سيناء.")
    assert between(doc, "ASSAULT", "المسلحين", "EGY") and not any("المسلحين" in party(doc, e["recipients"])
                                                                for e in factual(doc, "ASSAULT"))


def test_armed_groups_named_by_a_common_noun_are_a_target(pipe):
    doc = full(pipe, "أعلن الجيش الوطني الليبي أن قواته شنت غارات جوية ضد جماعات مسلحة حاولت السيطرة على حقول نفطية.")
    assert between(doc, "ASSAULT", "LBY", "جماعات مسلحة")


def test_fire_opened_with_the_subject_between(pipe):
    for text in ("فتحت قوات الأمن النار على المحتجين.", "أطلقت الشرطة النار على المتظاهرين في البصرة."):
        doc = full(pipe, text)
        assert any(e["actors"] and e["recipients"] for e in factual(doc, "ASSAULT")), text


def test_an_inquiry_into_a_shooting_opens_no_fire(pipe):
    doc = full(pipe, "فتحت السلطات تحقيقا في حادث إطلاق النار.")
    assert not any("السلطات" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_release_stays_a_release(pipe):
    doc = full(pipe, "أطلقت السلطات سراح المعتقلين.")
    assert factual(doc, "RETREAT") and not factual(doc, "ASSAULT")

"""Material events, third audit (events/material.py and the data files): talk of cooperation is no COOPERATE, the
party a protest supports is no side of it, grants of powers, rights and papers are no aid, a career is no march, an
act told as impending, possible, resolved on or planned is hypothetical. Real news phrasing (Arabic corpus style)."""
from __future__ import annotations

from conftest import entity_names, factual, full
from evhelpers import name_sets


# ---------------------------------------------------------------- cooperation told by a noun
def test_cooperation_as_the_only_choice_is_no_event(pipe):
    doc = full(pipe, "وقال المسؤول الصيني إن \"الشركات في كلا البلدين ستتكبد خسائر. التعاون هو الخيار الوحيد "
                     "الصائب بين الصين والولايات المتحدة\".", published="2018-07-11T08:00")
    assert not factual(doc, "COOPERATE")


def test_ministry_of_foreign_affairs_and_international_cooperation(pipe):
    doc = full(pipe, "وقال وزير الشؤون الخارجية والتعاون الدولي المغربي، ناصر بوريطة، في مؤتمر صحفي إن الرباط "
                     "قررت قطع علاقاتها مع طهران.", published="2018-05-01T12:00")
    assert not factual(doc, "COOPERATE")
    assert factual(doc, "SANCTION")  # the break of relations stays


def test_strengthening_cooperation_in_an_analysts_reading(pipe):
    doc = full(pipe, "ويقول أستاذ بجامعة الدراسات الكورية الشمالية في سول إن هذا يشير إلى تعزيز التعاون بين الحزب "
                     "الحاكم والجيش فيما تعمل البلاد نحو مزيد من التنمية الاقتصادية.", published="2018-06-04T08:00")
    assert not factual(doc, "COOPERATE")


def test_signed_partnership_declaration_is_kept(pipe):
    doc = full(pipe, "محمد بن زايد وبوتين يوقعان إعلان شراكة استراتيجية بين الإمارات وروسيا",
               published="2018-06-01T12:00")
    assert factual(doc, "COOPERATE") or factual(doc, "AGREE")


def test_joint_drills_stay_cooperation(pipe):
    doc = full(pipe, "بدأت القوات المصرية والقوات الفرنسية، الأحد، مناورات عسكرية بحرية مشتركة في البحر المتوسط.",
               published="2018-04-01T12:00")
    assert factual(doc, "COOPERATE") or factual(doc, "MOBILIZE")


# ---------------------------------------------------------------- the side a protest supports
def test_rally_in_support_of_the_emirates_is_not_against_them(pipe):
    doc = full(pipe, "خرج أهالي محافظة سقطرى اليمنية، الأربعاء، في تظاهرة حاشدة دعموا فيها جهود التنمية التي "
                     "تقودها وتنفذها الإمارات والتحالف العربي في اليمن.", published="2018-05-09T09:00")
    evs = factual(doc, "PROTEST")
    assert evs
    for e in evs:
        acts, recs = name_sets(doc, e)
        assert "ARE" not in recs and "الإمارات العربية المتحدة" not in recs


def test_chants_for_the_opposition_leader_do_not_make_him_a_protester(pipe):
    doc = full(pipe, "وتجمعت حشود ضخمة في ساحة الجمهورية في العاصمة يريفان حيث رفعوا أعلام بلدهم ورددوا هتافات "
                     "مؤيدة لزعيم المعارضة نيكول باشينيان.", published="2018-05-01T12:00")
    for e in factual(doc, "PROTEST"):
        acts, recs = name_sets(doc, e)
        assert not any("باشينيان" in x for x in acts | recs)


def test_protest_against_named_target_keeps_it(pipe):
    # ضد stops the reach of the support word: the occupation stays the target when the coder reads it
    doc = full(pipe, "وتظاهر آلاف الفلسطينيين في رام الله احتجاجا على قرار الرئيس الأمريكي دونالد ترامب نقل "
                     "السفارة إلى القدس.", published="2018-05-14T12:00")
    evs = factual(doc, "PROTEST")
    assert evs and any("USA" in name_sets(doc, e)[1] for e in evs)


# ---------------------------------------------------------------- grants that are no aid
def test_a_regime_granting_wide_powers_is_no_aid(pipe):
    doc = full(pipe, "وجددت السلطات حالة الطوارئ بلا انقطاع، ما أثار انتقادات متزايدة ضد هذا النظام الذي يمنح "
                     "سلطات واسعة جدا للرئيس ولأجهزة الأمن.", published="2018-07-13T12:00")
    assert not factual(doc, "AID")


def test_the_deadline_a_state_granted_is_no_aid(pipe):
    doc = full(pipe, "وأردف البيان أن موسكو لن ترد على المهلة الأخيرة التي منحتها إياها لندن ما لم تستلم عينات "
                     "من المادة الكيميائية.", published="2018-03-13T12:00")
    assert not factual(doc, "AID")


def test_granting_citizenship_and_permission_is_no_aid(pipe):
    doc = full(pipe, "وكان الرئيس التركي رجب طيب أردوغان قد منح الجنسية لآلاف اللاجئين السوريين.",
               published="2018-06-19T12:00")
    assert not factual(doc, "AID")
    doc = full(pipe, "وكشف مصدر دبلوماسي أن السعودية منحت الإذن للسلطات التركية بتفتيش مبنى القنصلية.",
               published="2018-10-15T12:00")
    assert not factual(doc, "AID")


def test_money_granted_stays_aid(pipe):
    doc = full(pipe, "منحت السعودية اليمن 200 مليون دولار دعما للبنك المركزي اليمني.", published="2018-10-01T12:00")
    assert factual(doc, "AID")


# ---------------------------------------------------------------- a career is no march
def test_a_military_and_political_career_is_no_protest(pipe):
    doc = full(pipe, "بعد مسيرة عسكرية وسياسية حافلة، غيب الموت، الخميس، الرئيس السوداني الأسبق المشير عبد "
                     "الرحمن سوار الذهب.", published="2018-10-18T12:00")
    assert not factual(doc, "PROTEST")


# ---------------------------------------------------------------- impending, possible, resolved, planned
def test_imminent_sanctions_are_hypothetical(pipe):
    doc = full(pipe, "عقوبات أميركية وشيكة على حزب الله", published="2018-10-12T12:00")
    assert not factual(doc, "SANCTION")


def test_sanctions_to_be_reimposed_are_hypothetical(pipe):
    doc = full(pipe, "كشف وزير الخارجية الأمريكي مايك بومبيو أن بلاده ستعيد فرض عقوبات اقتصادية على إيران.",
               published="2018-05-21T12:00")
    assert not factual(doc, "SANCTION")


def test_order_to_close_consulate_in_the_future_is_hypothetical(pipe):
    doc = full(pipe, "وقالت وكالة رويترز للأنباء إن الولايات المتحدة ستأمر أيضا بإغلاق القنصلية الروسية في سياتل.",
               published="2018-03-26T12:00")
    assert not factual(doc, "COERCE") and not factual(doc, "SANCTION")


def test_resolve_to_impose_sanctions_is_hypothetical(pipe):
    doc = full(pipe, "انتقد الرئيس الإيراني بشدة تصريحات وزير الخارجية الأمريكي حول عزم واشنطن فرض عقوبات غير "
                     "مسبوقة على طهران.", published="2018-05-22T12:00")
    assert not factual(doc, "SANCTION")


def test_a_bill_to_tighten_sanctions_is_hypothetical(pipe):
    doc = full(pipe, "وصوت مجلس الشيوخ الأميركي بالإجماع لصالح مشروع لتعزيز العقوبات على حزب الله.",
               published="2018-10-12T12:00")
    assert not factual(doc, "SANCTION")


def test_sanctions_imposed_stay_factual(pipe):
    doc = full(pipe, "فرضت الولايات المتحدة عقوبات على وزيري العدل والداخلية التركيين.",
               published="2018-08-02T12:00")
    assert factual(doc, "SANCTION")


# ---------------------------------------------------------------- whose sanctions, which withdrawal, whose forces
def test_sanctions_with_a_nationality_are_that_states(pipe):
    doc = full(pipe, "تركيا تواجه عقوبات \"عسكرية\" أميركية.. وروسيا والصين على الخط", published="2018-05-05T12:00")
    evs = factual(doc, "SANCTION")
    assert evs
    for e in evs:
        acts, recs = name_sets(doc, e)
        assert "USA" in acts and "TUR" in recs and "TUR" not in acts


def test_sanctions_on_a_named_target_keep_their_author(pipe):
    doc = full(pipe, "وقالت طهران إن العقوبات الأمريكية على إيران غير قانونية.", published="2018-05-05T12:00")
    for e in factual(doc, "SANCTION"):
        acts, recs = name_sets(doc, e)
        assert "IRN" not in acts


def test_withdrawal_from_the_nuclear_deal_is_a_sanction(pipe):
    doc = full(pipe, "لا يمكن توقع تداعيات قرار الرئيس الأميركي دونالد ترامب بعد انسحابه من اتفاق النووي مع إيران "
                     "بشكل دقيق.", published="2018-05-09T12:00")
    assert not factual(doc, "RETREAT")
    assert factual(doc, "SANCTION")


def test_withdrawal_of_fighters_from_a_town_stays_a_retreat(pipe):
    doc = full(pipe, "وانسحب مقاتلو المعارضة من مدينة دوما بموجب اتفاق مع روسيا.", published="2018-04-12T12:00")
    assert not factual(doc, "SANCTION")


def test_forces_of_the_israeli_army_are_the_army(pipe):
    doc = full(pipe, "وقتل الطفل مجدي السطري (12 عاما) جراء إصابته في الرأس برصاص قوات الجيش الإسرائيلي شرقي رفح.",
               published="2018-07-28T12:00")
    evs = factual(doc, "ASSAULT")
    assert evs and all("ISR" in name_sets(doc, e)[0] for e in evs)


def test_forces_of_the_syrian_regime_besiege(pipe):
    doc = full(pipe, "ويعيش نحو 400 ألف شخص ظروفا إنسانية صعبة للغاية في الغوطة الشرقية التي تحاصرها قوات النظام "
                     "السوري منذ العام 2013.", published="2018-02-20T12:00")
    for e in factual(doc, "COERCE"):
        assert "قوات" not in name_sets(doc, e)[0]


def test_forces_belonging_to_the_regime_are_the_regime_not_its_target(pipe):
    doc = full(pipe, "وقصفت قوات تابعة للنظام السوري بلدة كفر بطنا في الغوطة الشرقية.", published="2018-03-01T12:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    for e in evs:
        acts, recs = name_sets(doc, e)
        assert "قوات" not in acts and not any("النظام" in r for r in recs)


def test_shot_by_elements_belonging_to_a_militia(pipe):
    doc = full(pipe, "وقتل ثلاثة مدنيين برصاص عناصر تابعة لحزب الله في بلدة القصير.", published="2018-03-01T12:00")
    evs = factual(doc, "ASSAULT")
    assert evs and any("حزب الله" in name_sets(doc, e)[0] for e in evs)


def test_militias_loyal_to_a_state_are_not_that_state(pipe):
    doc = full(pipe, "وقتل العشرات من مسلحي الميليشيات الموالية لإيران في معركة تطهير مركز مديرية الدريهمي.",
               published="2018-08-12T12:00")
    for e in factual(doc, "ASSAULT"):
        acts, recs = name_sets(doc, e)
        assert "IRN" not in acts | recs


def test_the_armed_attack_is_no_gunman(pipe):
    doc = full(pipe, "أعلن وزير الاستخبارات الإيراني محمود علوي عن اعتقال عدد من المشتبه بصلتهم في الهجوم المسلح "
                     "الذي استهدف عرضا عسكريا في الأهواز يوم السبت.", published="2018-09-24T12:00")
    for e in doc["events"]:
        assert "المسلح" not in entity_names(doc, e["actors"] + e["recipients"])


def test_forces_with_a_possessive_pronoun_are_the_body_named_before(pipe):
    doc = full(pipe, "وأعلن الحرس الثوري أن قواته الجوية \"استهدفت قاعدة لزعماء الإرهابيين في الأهواز شرقي الفرات في "
                     "سوريا بعدد من الصواريخ\".", published="2018-10-01T12:00")
    evs = factual(doc, "ASSAULT")
    assert evs and all("قواته" not in name_sets(doc, e)[0] for e in evs)
    assert any("IRN" in name_sets(doc, e)[0] for e in evs)
    doc = full(pipe, "وقال الجيش الإسرائيلي إن قواته أطلقت النار وأصابت ثلاثة أشخاص كانوا يقتربون من الحدود.",
               published="2018-04-06T12:00")
    evs = factual(doc, "ASSAULT")
    assert evs and all("ISR" in name_sets(doc, e)[0] for e in evs)


def test_prompting_and_paying_are_no_deployment(pipe):
    doc = full(pipe, "دخلت لجنة تقصي الحقائق الثلاثاء إلى مدينة دوما للتحقيق في هجوم كيميائي مفترض وقع قبل عشرة أيام "
                     "ودفع بدول غربية لشن ضربات عسكرية في البلاد.", published="2018-04-17T12:00")
    assert not factual(doc, "MOBILIZE")


def test_pushing_reinforcements_stays_a_deployment(pipe):
    doc = full(pipe, "ودفعت قوات المقاومة المشتركة بتعزيزات عسكرية كبيرة إلى مديرية التحيتا جنوب الحديدة.",
               published="2018-06-20T12:00")
    assert factual(doc, "MOBILIZE")

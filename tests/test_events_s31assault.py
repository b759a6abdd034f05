"""Session 31 (track s31assault): ASSAULT recall on news phrasing the coder missed in documents where it found no
attack at all.

* one soldier (جندي، جنديا: indefinite, bare, as written; victim/bare) is a party, so "قتل جندي تركي الجمعة في هجوم لحزب
  العمال الكردستاني" has its victim and the attack's لـ-owner for author, as "قتل جنديان تركيان" had (not "الجندي" before
  a name: the man is named);
* a headline's bare count of dead before an attack noun with a لـ-owner ("أكثر من 40 قتيلا في قصف للجيش التركي على
  عفرين") takes the target after على / ضد as the one attacked.
Sentences from the corpus (not the gold sets)."""
from conftest import full, sides


def test_one_soldier_killed_in_an_attack_of_a_group(pipe):
    doc = full(pipe, "مقتل جندي تركي بهجوم للعمال الكردستاني\n\nقتل جندي تركي الجمعة في هجوم لحزب العمال الكردستاني "
                     "في جنوب شرق البلاد، بحسب ما أعلن الجيش.")
    evs = sides(doc, "ASSAULT")
    assert any("Kurdistan" in a and "TUR" in r for a, r, _ in evs), evs


def test_one_soldier_killed_by_a_coalition_strike(pipe):
    doc = full(pipe, "قتل جندي سوري واحد على الأقل وأصيب سبعة آخرون بجروح مساء الخميس في غارة شنها التحالف الدولي على "
                     "موقع عسكري في شرق سوريا.")
    evs = sides(doc, "ASSAULT")
    assert any("Coalition" in a and "SYR" in r for a, r, _ in evs), evs


def test_the_soldier_before_his_name_is_no_party_of_its_own(pipe):
    doc = full(pipe, "وقد أفرجت السلطات الإسرائيلية عن الجندي إيلئور عزاريا، المدان بقتل المصاب الفلسطيني، عبد الفتاح "
                     "شريف، قبل يومين من انتهاء مدة محكوميته.")
    ents = [e.get("name_ar") or e.get("name") or "" for e in doc["entities"]]
    assert "الجندي" not in ents, ents


def test_headline_count_of_dead_in_a_shelling_of_an_army_on_a_town(pipe):
    doc = full(pipe, "سوريا: أكثر من 40 قتيلا في قصف للجيش التركي على عفرين\n\nأفاد المرصد السوري لحقوق الإنسان بمقتل "
                     "مدنيين في مدينة عفرين.")
    evs = sides(doc, "ASSAULT")
    assert any("TUR" in a and "Afrin" in r for a, r, _ in evs), evs


def test_named_victims_stay_the_recipients_of_a_shelling_on_a_town(pipe):
    doc = full(pipe, "قتل 43 مدنيا في قصف للجيش التركي على مدينة عفرين ذات الغالبية الكردية.")
    evs = sides(doc, "ASSAULT")
    assert evs and not any("Afrin" in r for a, r, _ in evs), evs


def test_two_groups_claim_a_shelling_in_the_dual(pipe):
    doc = full(pipe, "أعلنت سرايا القدس وكتائب عز الدين القسام مسؤوليتهما عن قصف المواقع العسكرية الإسرائيلية في "
                     "المناطق المحيطة بقطاع غزة، الثلاثاء، ردا على القصف الإسرائيلي على مواقعهما خلال اليومين الماضيين.")
    evs = sides(doc, "ASSAULT")
    assert any("Qassam" in a and "ISR" in r for a, r, _ in evs), evs


def test_a_denied_claim_is_no_attack_of_the_denier(pipe):
    doc = full(pipe, "ونفت حركة طالبان مسؤوليتها عن الهجوم على قاعدة عسكرية للجيش الأفغاني.")
    evs = sides(doc, "ASSAULT")
    assert not any("Taliban" in a for a, r, _ in evs), evs


def test_town_after_a_preposition_underwent_the_shelling_its_relative_clause_tells(pipe):
    doc = full(pipe, "ويُرجح أن آنا كامبل، 26 عاما، من منطقة لويس بمقاطعة إيست ساسكس، قُتلت في 15 مارس/آذار في عفرين، "
                     "التي تتعرض للقصف من قبل القوات التركية.")
    evs = sides(doc, "ASSAULT")
    assert any("TUR" in a and "Afrin" in r for a, r, _ in evs), evs


def test_attack_noun_with_b_and_a_movement_adjective_names_the_attacker(pipe):
    doc = full(pipe, "مقتل جنديين بهجوم حوثي على موقع عسكري\n\nقتل جنديان سعوديان في هجوم على موقع عسكري قرب الحدود.")
    evs = sides(doc, "ASSAULT")
    assert not any("جنديين" in a for a, r, _ in evs), evs
    assert any("Houthi" in a for a, r, _ in evs), evs


def test_object_of_a_verb_after_the_strike_is_not_its_author(pipe):
    doc = full(pipe, "وكان التحالف العسكري العربي بقيادة السعودية في اليمن قد أعلن الاثنين مقتل ثمانية عناصر من حزب "
                     "الله بينهم قائد ميداني في ضربة جوية استهدفت الحوثيين شمال العاصمة صنعاء.")
    evs = sides(doc, "ASSAULT")
    assert not any("Houthi" in a for a, r, _ in evs), evs


def test_a_settler_is_israeli(pipe):
    doc = full(pipe, "أفاد مراسل سكاي نيوز عربية في رام الله، السبت، بمقتل شاب فلسطيني برصاص مستوطن قرب الحرم الإبراهيمي "
                     "في مدينة الخليل.")
    evs = sides(doc, "ASSAULT")
    assert any("ISR" in a and "PSE" in r for a, r, _ in evs), evs


def test_settlers_attacking_homes_are_israeli(pipe):
    doc = full(pipe, "هاجم مستوطنون منازل فلسطينيين في قرية بورين جنوب نابلس.")
    evs = sides(doc, "ASSAULT")
    assert any("ISR" in a for a, r, _ in evs), evs


def test_owner_of_the_positions_attacked_in_construct(pipe):
    doc = full(pipe, "وقال الجيش إن قوات الجيش الوطني صدت هجوما للحوثيين على مواقع الجيش الوطني في منطقة الكتف جنوب "
                     "مدينة ميدي.")
    evs = sides(doc, "ASSAULT")
    assert any("Houthi" in a and r for a, r, _ in evs), evs


def test_mine_planted_by_a_group_that_killed_a_boy(pipe):
    doc = full(pipe, "وقال مصدر في البيضاء، إن الطفل محمد أحمد عبدالله علي الوحيشي (15 سنة)، قتل في انفجار لغم أرضي "
                     "زرعته ميليشيات الحوثي في الطريق العام أمام مستوصف الزاهر بمديرية الزاهر.")
    evs = sides(doc, "ASSAULT")
    assert any("Houthi" in a and "الوحيشي" in r for a, r, _ in evs), evs


def test_mine_planted_harming_a_mother_is_the_plantings_attack(pipe):
    doc = full(pipe, "أصيبت أم يمنية مع طفليها، الأربعاء، بانفجار #لغم زرعته #ميليشيات_الحوثي الانقلابية، في قرية القوز "
                     "بمديرية جبل حبشي بمحافظة تعز.")
    evs = sides(doc, "ASSAULT")
    assert any("Houthi" in a for a, r, _ in evs) and not any("Houthi" in r for a, r, _ in evs), evs


def test_mines_cleared_are_no_attack_on_those_who_clear_them(pipe):
    doc = full(pipe, "وباشرت الفرق الهندسية التابعة للجيش اليمني والتحالف تطهير المطار، ومحيطه من الألغام والعبوات "
                     "الناسفة التي زرعتها ميليشيا الحوثي.")
    evs = sides(doc, "ASSAULT")
    assert not any("Houthi" in a and "YEM" in r for a, r, _ in evs), evs


def test_troops_counted_in_a_deployment_are_no_attacker(pipe):
    doc = full(pipe, "واوضح ناطق باسم المقاتلين المتطرفين ذولفقار مسعود مبررا اعدام الجنود الثلاثة، ان الجيش الذي ينشر "
                     "تسعين الف جندي في المنطقة «قام بعملية ضد ابرياء» بعد اعتداء انتحاري على رتل عسكري اسفر عن مقتل "
                     "ثلاثة جنود الاسبوع الماضي.")
    evs = sides(doc, "ASSAULT")
    assert not any("جندي" in a for a, r, _ in evs), evs


def test_soldiers_counted_as_the_dead_stay_victims(pipe):
    doc = full(pipe, "مقتل 100 جندي في هجوم لطالبان على قاعدة عسكرية")
    evs = sides(doc, "ASSAULT")
    assert any("Taliban" in a and "جندي" in r for a, r, _ in evs), evs


def test_a_count_of_a_bodys_members_underwent_the_attack(pipe):
    doc = full(pipe, "تعرض ثلاثة من عناصر الشرطة لهجوم مسلح شنه مسلحون من تنظيم داعش")
    evs = sides(doc, "ASSAULT")
    assert any("Islamic State" in a and "الشرطة" in r for a, r, _ in evs), evs


def test_subject_before_a_passive_of_harm_with_the_day_after_it(pipe):
    doc = full(pipe, "قال الجيش التركي إن جنديا قتل الجمعة في هجوم لحزب العمال الكردستاني")
    evs = sides(doc, "ASSAULT")
    assert any("Kurdistan" in a and "جندي" in r for a, r, _ in evs), evs


def test_active_harm_with_the_day_and_an_object_stays_active(pipe):
    doc = full(pipe, "وقال المتحدث إن الجيش قتل الجمعة خمسة مسلحين في هجوم على مواقعهم")
    evs = sides(doc, "ASSAULT")
    assert not any("مسلحين" in a for a, r, _ in evs), evs


def test_a_soldier_released_is_not_the_releaser(pipe):
    doc = full(pipe, "أعلن جيش الاحتلال الإسرائيلي، الثلاثاء، إطلاق سراح جندي أدين بقتل فلسطيني جريح، بعد انتهاء مدة "
                     "العقوبة من تسعة أشهر.")
    evs = sides(doc, "RETREAT")
    assert not any("جندي" in a for a, r, _ in evs), evs

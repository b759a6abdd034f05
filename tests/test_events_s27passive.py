"""Session 27 (track s27passive): the victim of harm told as an indefinite noun before a clause whose verb takes it
back as its object pronoun, the subject after the verb (precision.indefinite_resumptive: "جنازة مسعفة متطوعة قتلها
الجيش الإسرائيلي"، "34 شخصا قتلهم تنظيم الدولة"، "ثلاثة أسرى بريطانيين يحتجزهم هذا التحالف"), and the occupation
named by its nationality after برصاص as the agent (wordsets agent/occupation: "قتلت برصاص الاحتلال الإسرائيلي").
Sentences from the corpus (not the gold sets)."""
from conftest import full, sides


def test_paramedic_killed_resumptive(pipe):
    doc = full(pipe, "شيّع آلاف الفلسطينيين في قطاع غزة جنازة مسعفة متطوعة قتلها الجيش الإسرائيلي أثناء الاحتجاجات "
                     "على حدود القطاع مع إسرائيل.")
    evs = sides(doc, "ASSAULT")
    assert any("Israel" in a and "مسعفة" in r for a, r, _ in evs), evs


def test_mass_grave_victims_of_islamic_state(pipe):
    doc = full(pipe, "في منتصف شباط/فبراير المنصرم، عثر الجيش السوري على مقبرة جماعية في محافظة الرقة تضم جثث 34 "
                     "شخصا قتلهم تنظيم \"الدولة الإسلامية\".")
    evs = sides(doc, "ASSAULT")
    assert any("Islamic State" in a and "Islamic State" not in r for a, r, _ in evs), evs
    assert not any("Syrian Army" in a for a, r, _ in evs), evs


def test_prisoners_held_by_coalition(pipe):
    doc = full(pipe, "وأضافت أن ثلاثة أسرى بريطانيين يحتجزهم هذا التحالف العربي الكردي المدعوم من واشنطن، يمكن "
                     "إدراجهم أيضا في الاتفاقات المقبلة لتبادل المحتجزين.")
    evs = sides(doc, "COERCE")
    assert evs and all("British" not in a for a, r, _ in evs) and any("British" in r for a, r, _ in evs), evs


def test_prisoners_read_right_stay(pipe):
    doc = full(pipe, "وأوضحت \"ديلي تلغراف\" أن مواطنين فرنسيين وألمانا بين المتشددين المفرج عنهم، مضيفة أن 3 أسرى "
                     "بريطانيين تحتجزهم قوات سوريا الديمقراطية، يمكن إدراجهم أيضا في الاتفاقات المقبلة.")
    evs = sides(doc, "COERCE")
    assert any("Syrian Democratic Forces" in a and "أسرى بريطانيين" in r for a, r, _ in evs), evs


def test_verbal_noun_with_possessive_is_no_resumptive(pipe):
    doc = full(pipe, "ميدانيا، تواصل قوات النظام السوري قصفها لمحافظة درعا، حيث أعلن المرصد السوري لحقوق الإنسان عن "
                     "مقتل 15 مدنيا في غارات استهدفت ليل الثلاثاء إلى الأربعاء مدينة نوى في ريف درعا الغربي.")
    evs = sides(doc, "ASSAULT")
    assert not any("Daraa" in a or "درعا" in a for a, r, _ in evs), evs


def test_subordinate_verb_after_place_is_no_resumptive(pipe):
    doc = full(pipe, "قال المدعي العام الفرنسي فرانسوا مولان، إن الشرطة اعتقلت امرأة على صلة بالمسلح الذي قتل ثلاثة "
                     "أشخاص جنوب غربي فرنسا قبل أن تقتله الشرطة، الجمعة.")
    evs = sides(doc, "ASSAULT")
    assert not any("France" in r or "فرنسا" in r for a, r, _ in evs), evs


def test_paramedic_killed_by_occupation_fire(pipe):
    doc = full(pipe, "أعلن المتحدث باسم وزارة الصحة في قطاع غزة أن مسعفة فلسطينية قتلت برصاص الاحتلال الإسرائيلي في "
                     "الاحتجاجات قرب الحدود مع إسرائيل شرق خان يونس.")
    evs = sides(doc, "ASSAULT")
    assert evs and all("Israeli" not in r for a, r, _ in evs) and any("Israel" in a for a, r, _ in evs), evs


def test_boy_died_of_wounds_from_occupation_fire(pipe):
    doc = full(pipe, "أفادت وزارة الصحة الفلسطينية بأن فتى فلسطينياً توفي صباح السبت متأثراً بجروح أصيب بها برصاص "
                     "الاحتلال الإسرائيلي.")
    evs = sides(doc, "ASSAULT")
    assert evs and all("Israeli" not in r for a, r, _ in evs) and any("Israel" in a for a, r, _ in evs), evs

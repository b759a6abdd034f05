"""Session 32 (track s32built): triggers found with no event built because a party was not read. Sentences from the
corpus (not the gold sets)."""
from conftest import full, sides


# -- the body an indefinite official or spokesman speaks for (accuse.spokes_subject, all verbal stances) --

def test_official_of_a_state_rejects(pipe):
    text = "رفضت مسؤولة بارزة في كوريا الشمالية تصريحات نائب الرئيس الأمريكي مايك بنس بشأن بيونغيانغ."
    evs = sides(full(pipe, text), "REJECT")
    assert any("PRK" in a and "USA" in r for a, r, _ in evs), evs


def test_official_of_a_movement_rejects(pipe):
    text = "ورفض مسؤول في حماس مزاعم اسرائيل بأن الجماعة تضع \"قائمة أسعار\" للإصابات."
    evs = sides(full(pipe, text), "REJECT")
    assert any("Hamas" in a and "ISR" in r for a, r, _ in evs), evs


def test_indefinite_spokesman_condemns(pipe):
    text = ("وأدان متحدث باسم الخارجية الإيرانية الحادث قائلا: \"نعترض وبشدة للحكومة البريطانية على ما يجري بمقر "
            "السفارة الإيرانية في لندن\".")
    evs = sides(full(pipe, text), "ACCUSE")
    assert any("IRN" in a and "GBR" in r for a, r, _ in evs), evs


def test_a_warning_by_an_official_is_no_threat(pipe):
    text = ("وحذر مسؤول كبير بالأمم المتحدة مجلس الأمن الدولي يوم الجمعة إن الوضع في غزة \"قد يتدهور خلال الأيام "
            "المقبلة\".")
    assert not sides(full(pipe, text), "THREATEN")


def test_investigators_after_a_reception_noun_are_no_subject(pipe):
    text = ("وكانت روسيا وسوريا قد عرضتا، خلال اجتماع مجلس الأمن الدولي الاثنين، استقبال محققي منظمة حظر الأسلحة "
            "الكيمياوية في دوما.")
    assert not any("Chemical" in a for a, _, _ in sides(full(pipe, text), "CONSULT"))


# -- "the latter" as the subject of a relative verb with its object pronoun (parties._latter) --

def test_the_latter_denies_in_a_relative_clause(pipe):
    text = "واتهمت لندن الحكومة الروسية بالوقوف خلف عملية التسميم، الأمر الذي تنفيه الأخيرة."
    evs = sides(full(pipe, text), "REJECT")
    assert any("RUS" in a and "GBR" in r for a, r, _ in evs), evs


def test_the_last_breath_is_no_party(pipe):
    text = "وقال الطبيب إن المريض لفظ أنفاسه الأخيرة في المستشفى بعد أن رفضت السلطات نقله."
    doc = full(pipe, text)
    assert not any((e.get("mentions") or [{}])[0].get("text") == "الأخيرة" for e in doc["entities"])


# -- "the Kingdom" when the story names the kingdom only by its capital or its king (parties._kingdom) --

def test_the_kingdom_named_by_its_king_and_capital(pipe):
    text = ("ميركل تلتقي العاهل الأردني في عمان\n"
            "تصدرت عملية السلام جدول أعمال مباحثات المستشارة الألمانية أنغيلا ميركل والعاهل الأردني الملك عبد الله "
            "الثاني في عمان الخميس. من جهة أخرى، أعلنت ميركل عن قرض ميسر غير مشروط للمملكة بقيمة 100 مليون دولار.")
    evs = sides(full(pipe, text), "AID")
    assert any("DEU" in a and "JOR" in r for a, r, _ in evs), evs


def test_the_kingdom_stays_open_beside_another_monarchy(pipe):
    text = ("تصدرت عملية السلام جدول أعمال مباحثات رئيسة الوزراء البريطانية تيريزا ماي في لندن والعاهل الأردني الملك "
            "عبد الله الثاني في بريطانيا الخميس. من جهة أخرى، أعلنت ميركل عن قرض ميسر غير مشروط للمملكة بقيمة 100 "
            "مليون دولار.")
    evs = sides(full(pipe, text), "AID")
    assert not any("JOR" in r for _, r, _ in evs), evs


# -- a refusal resuming the clause before it (stage._refused_author) --

def test_refusal_resuming_a_proposal_rejects_its_author(pipe):
    text = "وكانت مصر قد اقترحت اشتراك البنك الدولي في المفاوضات كطرف محايد، وهو أمر رفضته أديس أبابا بشدة."
    evs = sides(full(pipe, text), "REJECT")
    assert any("ETH" in a and "EGY" in r for a, r, _ in evs), evs


def test_refusal_resuming_a_call_rejects_its_callers(pipe):
    text = ("ودعا الاتحاد الأوروبي والأمين العام للأمم المتحدة، أنطونيو غوتيريس إلى فتح تحقيق مستقل، وهو ما رفضته "
            "إسرائيل.")
    evs = sides(full(pipe, text), "REJECT")
    assert any("ISR" in a and "Guterres" in r for a, r, _ in evs), evs


def test_refusal_resuming_a_call_skips_an_aimed_act(pipe):
    # the attack is only what the handover would stop: the coalition, opening the sentence, is refused
    text = ("ويدعو التحالف إلى تسليم إدارة الميناء إلى الأمم المتحدة أو للحكومة المعترف بها دوليا لوقف الهجوم، وهو ما "
            "يرفضه الحوثيون.")
    evs = sides(full(pipe, text), "REJECT")
    assert evs and all("Government of Yemen" not in r for _, r, _ in evs), evs


def test_refusal_resuming_a_proposal_made_to_someone_not_the_one_it_was_made_to(pipe):
    text = ("وبحسب مصادر خاصة، فإن قيادات الحوثيين لا تزال \"تراوغ\" في تقديم رد واضح على الخطة الأممية، وكشفت أنها "
            "اقترحت على غريفيث، بعد مماطلات ووعود، \"إدارة مشتركة منهم ومن الأمم المتحدة\" لإدارة ميناء الحديدة، وهو ما "
            "ترفضه الحكومة الشرعية.")
    assert not any("Griffiths" in r for _, r, _ in sides(full(pipe, text), "REJECT"))


# -- a body or mission of a party before it (accuse/spokes_body) --

def test_embassy_asks(pipe):
    text = "طلبت سفارة ألمانيا في أنقرة السبت من تركيا تفسيرا لغلق مدرسة ألمانية في أزمير."
    evs = sides(full(pipe, text), "REQUEST")
    assert any("DEU" in a and "TUR" in r for a, r, _ in evs), evs


def test_league_council_asks(pipe):
    text = ("كما طلب مجلس الجامعة العربية من \"مجلس الأمن الدولي والجمعية العامة للأمم المتحدة اتخاذ الإجراءات "
            "اللازمة لتشكيل لجنة تحقيق\".")
    evs = sides(full(pipe, text), "REQUEST")
    assert any("Arab League" in a and "Security Council" in r for a, r, _ in evs), evs


def test_army_command_rejects(pipe):
    text = ("في سياق آخر، رفضت قيادة الجيش اليمني والمقاومة الشعبية وساطة يقودها مسؤول حوثي يدعى عبدالقادر دباش السيد.")
    evs = sides(full(pipe, text), "REJECT")
    assert any("YEM" in a for a, _, _ in evs), evs


def test_a_clubs_board_is_no_party(pipe):
    text = ("وحتى الآن يرفض فلايني عرض تجديد العقد المقدم له من قبل النادي، كما انتقد مجلس الإدارة لأنه لم يبادر إلى "
            "تجديد عقده الموسم الماضي.")
    assert not sides(full(pipe, text), "ACCUSE")


# -- the state praised or condemned after ب is no place (stage._event locs, wordsets support/b_object) --

def test_praise_of_a_state(pipe):
    text = "لكن ميتشل أشاد أيضا بتركيا، العضو في حلف شمال الأطلسي، ووصفها بأنها \"حليف وشريك حيوي\"."
    evs = sides(full(pipe, text), "SUPPORT")
    assert any("TUR" in r for _, r, _ in evs), evs


def test_condemnation_of_a_state(pipe):
    text = ("نددت الجمعية العامة للأمم المتحدة بإسرائيل الأربعاء لاستخدامها المفرط للقوة ضد المدنيين الفلسطينيين.")
    evs = sides(full(pipe, text), "ACCUSE")
    assert any("ISR" in r for _, r, _ in evs), evs


def test_a_welcome_in_a_city_is_no_party(pipe):
    text = "ورحب الرئيس العراقي بضيفه في بغداد."
    assert not any("Baghdad" in r for _, r, _ in sides(full(pipe, text), "SUPPORT"))


# -- a definite spokesman of a known body with no name after the title (parties._title) --

def test_definite_spokesman_of_a_movement_is_the_movement(pipe):
    text = "وانتقد المتحدث باسم حركة حماس قرار الرئيس الأمريكي دونالد ترامب."
    evs = sides(full(pipe, text), "ACCUSE")
    assert any("Hamas" in a and "USA" in r for a, r, _ in evs), evs


# -- the party after "انسحب منه" withdraws (stage._event, wordsets withdraw/from_it) --

def test_the_one_after_withdrew_from_it_withdraws(pipe):
    text = ("ويلقي هذا التوتر بظلاله على القمة، خاصة بعد الاتفاق النووي الإيراني الذي انسحب منه الرئيس الأمريكي دونالد "
            "ترامب.")
    evs = sides(full(pipe, text), "RETREAT")
    assert evs and all("USA" in a and "USA" not in r for a, r, _ in evs), evs


def test_the_one_after_imposed_on_him_imposes(pipe):
    text = ("وظهرت بوتينا في عدة صور مع ألكسندر تورشين، نائب رئيس البنك المركزي الروسي الذي فرضت عليه وزارة الخزانة "
            "الأميركية عقوبات في أبريل.")
    doc = full(pipe, text)
    # (told as background, hypothetical: all readings of the type are checked)
    allev = [e for e in doc["events"] + doc.get("partial_events", []) if e["type"] == "SANCTION"]
    ents = {e["id"]: e for e in doc["entities"]}
    assert allev and all(any((ents.get(i) or {}).get("country") == "USA" for i in e["actors"]) for e in allev), allev

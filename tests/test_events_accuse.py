"""Verbal conflict (PLOVER ACCUSE, REJECT): official protests, condemnations whose object holds a بـ word, the
purpose of a protest, blame predicates in reported speech, names that begin with ب / ل, and a criticised party
named after a coordinated verb. Short news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


# ---- a state's or an official's protest is verbal: ACCUSE, not a crowd's PROTEST
def test_official_protest_is_an_accusation(pipe):
    doc = full(pipe, "واستدعت وزارة الخارجية الإيرانية السفير السويسري احتجاجا على العقوبات الأمريكية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])
    assert not factual(doc, "PROTEST")


def test_official_protest_by_an_office_holder(pipe):
    doc = full(pipe, "قدم السفير الأميركي في إستونيا استقالته من منصبه، احتجاجا على تعامل الرئيس دونالد ترامب "
                     "مع الحلفاء الأوروبيين.")
    ev = factual(doc, "ACCUSE")
    assert ev and "ترامب" in party(doc, ev[0]["recipients"]) and not factual(doc, "PROTEST")


def test_a_crowd_protest_stays_a_protest(pipe):
    doc = full(pipe, "تظاهر عشرات الآلاف في مدينة بامبلونا شمال إسبانيا السبت احتجاجا على الحكم.")
    assert factual(doc, "PROTEST") and not factual(doc, "ACCUSE")


# ---- a condemnation whose object holds a بـ word (no charge of a conviction)
def test_condemnation_with_a_ballistic_missile(pipe):
    doc = full(pipe, "أدانت السعودية إطلاق الحوثيين صاروخا باليستيا على الرياض.")
    ev = factual(doc, "ACCUSE")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "الحوثي" in party(doc, ev[0]["recipients"])


def test_condemnation_in_the_strongest_terms(pipe):
    doc = full(pipe, "أدانت الكويت بأقوى العبارات التفجير الذي نفذته حركة الشباب في مقديشو.")
    ev = factual(doc, "ACCUSE")
    assert ev and "KWT" in party(doc, ev[0]["actors"]) and "الشباب" in party(doc, ev[0]["recipients"])


def test_a_conviction_is_no_condemnation(pipe):
    assert not factual(full(pipe, "أدين الرئيس السابق بالفساد."), "ACCUSE")
    assert not factual(full(pipe, "وأدانت محكمة مصرية الناشط بنشر أخبار كاذبة."), "ACCUSE")


# ---- the purpose of a protest is no separate accusation
def test_purpose_of_a_vigil(pipe):
    doc = full(pipe, "نظمت جمعية حقوقية وقفة احتجاجية أمام السفارة للتنديد باعتقال الناشطين.")
    assert not factual(doc, "ACCUSE")


# ---- blame predicates in reported speech
def test_responsible_for_it(pipe):
    doc = full(pipe, "وقالت الحكومة البريطانية إن بشار الأسد مسؤول عنه.")
    ev = factual(doc, "ACCUSE")
    assert ev and "GBR" in party(doc, ev[0]["actors"]) and "الأسد" in party(doc, ev[0]["recipients"])


def test_killed_on_orders_of(pipe):
    doc = full(pipe, "وتقول الولايات المتحدة إن كيم جونغ نام قتل بأوامر من حكومة كوريا الشمالية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "PRK" in party(doc, ev[0]["recipients"])


def test_aggression_of_a_state(pipe):
    doc = full(pipe, "وقال نتنياهو إن عدوان إيران في المنطقة يجب أن يتوقف.")
    ev = factual(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])


def test_blame_needs_a_speaker(pipe):
    # the narrator's own wording is no one's accusation
    assert not factual(full(pipe, "بشار الأسد مسؤول عنه."), "ACCUSE")


# ---- a name that begins with ب is no بـ phrase
def test_name_beginning_with_ba_is_a_subject(pipe):
    doc = full(pipe, "وقالت الحكومة البريطانية إن بشار الأسد مسؤول عن الهجوم.")
    ev = factual(doc, "ACCUSE")
    assert ev and "الأسد" in party(doc, ev[0]["recipients"])


# ---- "...، كما انتقد X لـ...": the criticised party after a coordinated verb
def test_coordinated_criticism_names_its_target(pipe):
    doc = full(pipe, "ندد وزير الخارجية الإيراني محمد جواد ظريف بالعقوبات الأمريكية، كما انتقد فرنسا لموقفها من "
                     "الاتفاق.")
    ev = factual(doc, "ACCUSE")
    assert ev and all("FRA" not in party(doc, e["actors"]) for e in ev)
    assert any("FRA" in party(doc, e["recipients"]) for e in ev)


# ---- an evaluation of another's act with a two-word predicate (غير قانوني), and support of terrorism as blame
def test_described_as_illegal(pipe):
    doc = full(pipe, "وصف الرئيس الإيراني حسن روحاني قرار ترامب بأنه غير قانوني.")
    ev = factual(doc, "ACCUSE")
    assert ev and "روحاني" in party(doc, ev[0]["actors"]) and "ترامب" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "واعتبر المتحدث باسم الخارجية الصينية أن العقوبات الأمريكية غير قانونية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["recipients"])


def test_described_without_an_evaluation_is_no_accusation(pipe):
    assert not factual(full(pipe, "وصف الرئيس الإيراني حسن روحاني قرار ترامب بأنه غير مفاجئ."), "ACCUSE")


def test_supports_terrorism(pipe):
    doc = full(pipe, "وقال وزير الخارجية السعودي عادل الجبير إن إيران تدعم الإرهاب في المنطقة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])


# ---- a named politician who "attacks" with no weapon attacks in words
def test_politician_attacks_in_words(pipe):
    doc = full(pipe, "هاجم الرئيس الأمريكي دونالد ترامب بشدة روسيا وإيران في أعقاب الهجوم الكيماوي في سوريا.")
    ev = factual(doc, "ACCUSE")
    assert ev and "ترامب" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "هاجم كمال كيليتشدار أوغلو، زعيم حزب الشعب الجمهوري المعارض في تركيا، الرئيس التركي رجب طيب "
                     "أردوغان.")
    ev = factual(doc, "ACCUSE")
    assert ev and "أردوغان" in party(doc, ev[0]["recipients"])


def test_armed_attack_stays_an_attack(pipe):
    doc = full(pipe, "وهاجم مسلحون نقطة تفتيش للجيش في سيناء.")
    assert not factual(doc, "ACCUSE")


def test_verbal_attack_needs_its_object(pipe):
    # a place inside a relative clause is no one attacked
    doc = full(pipe, "وهاجم الرئيس التركي الجهات التي استغلت المأساة التي يشهدها الشرق الأوسط.")
    assert not factual(doc, "ACCUSE")


# ---- يُتهم، تُحاكم: a passive imperfect names the one charged, no accuser
def test_passive_charge_is_no_accusation(pipe):
    assert not factual(full(pipe, "ويتهم الطبيب فيلا بسرقة الطفلة."), "ACCUSE")
    assert not factual(full(pipe, "ويتهم أحدهما بالتلاعب في تعاملات البورصة."), "ACCUSE")
    assert not factual(full(pipe, "أما الآخر فيتهم بارتكاب انتهاكات خلال الحملة الانتخابية."), "ACCUSE")


def test_active_imperfect_accusation_stays(pipe):
    doc = full(pipe, "وتتهم واشنطن طهران بدعم الإرهاب في المنطقة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])


# ---- the subject of a light verb of speaking, a resumptive between it and the noun
def test_light_verb_subject_in_a_relative_clause(pipe):
    doc = full(pipe, "وأدت قمة حلف شمال الأطلسي الأسبوع الماضي التي وجه ترامب خلالها انتقادات لاذعة للحلف إلى توتر "
                     "شديد في العلاقات.")
    ev = factual(doc, "ACCUSE")
    assert all("NATO" not in party(doc, e["actors"]) for e in ev)
    assert any("ترامب" in party(doc, e["actors"]) for e in ev)


# ---- the agent of the act reacted to (من قبل X) is the target
def test_reaction_target_is_the_agent_of_the_act(pipe):
    doc = full(pipe, "وانتقد نائب الرئيس الأمريكي مايك بنس سرقة التكنولوجيا الأمريكية من قبل الصين.")
    ev = factual(doc, "ACCUSE")
    assert ev and "CHN" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "وندد الاتحاد الأوروبي بالاعتقالات التعسفية من قبل السلطات التركية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "السلطات التركية" in party(doc, ev[0]["recipients"])


def test_an_order_is_blamed_only_behind_an_attack(pipe):
    from conftest import full, factual
    doc = full(pipe, "وقال مسؤول حكومي للصحافيين إن الإفراج تم بأمر من الرئيس عمر البشير.", "2018-02-19T10:00")
    assert not factual(doc, "ACCUSE"), doc["events"]
    doc = full(pipe, "وقالت الشرطة الماليزية إن كيم جونغ نام قتل في هجوم بغاز للأعصاب بأوامر من حكومة كوريا الشمالية.",
               "2018-02-19T10:00")
    assert factual(doc, "ACCUSE"), doc["events"]


def test_charges_told_by_a_lawyer_are_the_detaining_body_s(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "قررت نيابة أمن الدولة العليا في مصر حبس السفير معصوم مرزوق 15 يوما على ذمة التحقيق.\n"
                     "وقال المحامي خالد علي إن الاتهامات الموجهة لمرزوق هي مشاركة جماعة إرهابية في تحقيق أهدافها.",
               "2018-08-25T10:00")
    acc = factual(doc, "ACCUSE")
    assert not any("خالد علي" in entity_names(doc, e["actors"]) for e in acc), doc["events"]

"""Events told by nouns, passives and light verbs: تم + verbal noun, the من قبل agent, those who were killed
(قُتل، لقي مصرعه) beside the attack that names its author, verbs of launching (شن، نفذ) with an attack noun or a
verbal attack, and the other support-verb constructions. Short news-style sentences through the whole
pipeline; no shared data needed."""
from __future__ import annotations

from conftest import factual, full, party


# ---- تم / جرى + verbal noun
def test_passive_keeps_the_agent_phrase(pipe):
    doc = full(pipe, "تم اعتقال ثلاثة صحفيين من قبل الشرطة التركية في إسطنبول.")
    ev = factual(doc, "COERCE")
    assert ev and "الشرطة" in party(doc, ev[0]["actors"]) and "صحفيين" in party(doc, ev[0]["recipients"])


def test_passive_keeps_the_sides_of_an_agreement(pipe):
    doc = full(pipe, "تم توقيع اتفاق بين الحكومة والمتمردين في الخرطوم.")
    ev = factual(doc, "AGREE")
    assert ev and "الحكومة" in party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "متمردين" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


# ---- those killed, and the attack that names its author
def test_met_their_death_are_the_victims(pipe):
    doc = full(pipe, "لقي ثلاثة مدنيين مصرعهم برصاص الجيش الإسرائيلي.")
    ev = factual(doc, "ASSAULT")
    assert ev and "ISR" in party(doc, ev[0]["actors"]) and "مدنيين" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "لقي خمسة جنود سعوديين مصرعهم في قصف للحوثيين على موقع عسكري.")
    ev = factual(doc, "ASSAULT")
    assert ev and "الحوثي" in party(doc, ev[0]["actors"]) and "SAU" in party(doc, ev[0]["recipients"])


def test_killed_in_a_bombardment_of_someone(pipe):
    # the victims are not the subject of an active "قتل"; the ل-genitive of the attack noun is the author
    doc = full(pipe, "قتل خمسة فلسطينيين الجمعة في قصف للجيش الإسرائيلي على قطاع غزة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "ISR" in party(doc, ev[0]["actors"]) and "ISR" not in party(doc, ev[0]["recipients"])


def test_a_name_beginning_with_fa_takes_no_preposition(pipe):
    # "فلسطيني": the ف is the name's, not a conjunction before ل
    doc = full(pipe, "أعلنت وزارة الصحة مقتل فلسطينيين اثنين برصاص الجيش الإسرائيلي شرق غزة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "ISR" in party(doc, ev[0]["actors"]) and "PSE" in party(doc, ev[0]["recipients"])


# ---- verbs of launching
def test_launched_attack_with_solid_sides(pipe):
    doc = full(pipe, "شن الجيش الإسرائيلي هجوما على قطاع غزة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "ISR" in party(doc, ev[0]["actors"])


def test_launched_verbal_attack_is_criticism(pipe):
    doc = full(pipe, "شن وزير الخارجية الألماني هايكو ماس اليوم الجمعة هجوماً حاداً على الرئيس الأميركي دونالد ترمب.")
    assert not factual(doc, "ASSAULT")
    acc = factual(doc, "ACCUSE")
    assert acc and "ترمب" in party(doc, acc[0]["recipients"])


def test_launched_attack_in_the_background_is_left_to_the_classifier(pipe):
    doc = full(pipe, "وصف الوزير فرار ألف سجين بعد هجوم شنه متمردو طالبان بأنه عملية مؤسفة جدا.")
    assert not factual(doc, "ASSAULT")


# ---- support verbs with a verbal noun
def test_invitation_names_its_invitee_after_ila(pipe):
    doc = full(pipe, "وجه الرئيس الأمريكي دونالد ترامب دعوة إلى الزعيم الكوري الشمالي كيم جونغ أون لزيارة واشنطن.")
    req = factual(doc, "REQUEST")
    assert req and "ترامب" in party(doc, req[0]["actors"]) and "كيم" in party(doc, req[0]["recipients"])


def test_call_for_an_act_names_no_addressee(pipe):
    doc = full(pipe, "ودعت فرنسا إلى وقف الغارات الروسية على إدلب.")
    assert not [e for e in factual(doc, "REQUEST") if e["recipients"]]


def test_amnesty_names_those_pardoned_after_an(pipe):
    doc = full(pipe, "أصدر الرئيس السوري بشار الأسد، الثلاثاء، عفوا عاما عن الذين فروا من الجيش بعد بدء الاحتجاجات.")
    ev = factual(doc, "CONCEDE")
    assert ev and "الأسد" in party(doc, ev[0]["actors"])
    assert "الذين فروا" in party(doc, ev[0]["recipients"]) and "SYR" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "قالت الوكالة إن الرئيس المصري عبد الفتاح السيسي أصدر عفوا عن 712 سجينا.")
    ev = factual(doc, "CONCEDE")
    assert ev and "سجينا" in party(doc, ev[0]["recipients"])


def test_curfew_is_imposed_on_a_place(pipe):
    doc = full(pipe, "وقررت السلطات العراقية فرض حظر التجول على محافظة البصرة الجمعة في أعقاب احتجاجات عنيفة.")
    assert not factual(doc, "SANCTION")
    ev = factual(doc, "COERCE")
    assert ev and ev[0]["mode"] == "curfew" and "البصرة" in party(doc, ev[0]["recipients"])


def test_light_verb_in_the_future_makes_the_act_hypothetical(pipe):
    doc = full(pipe, "وذكرت الوزارة أن وزير الخارجية الكوري الشمالي سيجري محادثات مع نظيرته السويدية مارغوت فالستروم.")
    assert not factual(doc, "CONSULT")


def test_prospective_adjective_makes_the_act_hypothetical(pipe):
    doc = full(pipe, "وتناول الاتصال اللقاء المرتقب بين الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون.")
    assert not [e for e in factual(doc, "CONSULT") if "كيم" in party(doc, e["actors"] + e["recipients"])]


def test_protests_amid_a_visit_are_against_the_visitor(pipe):
    doc = full(pipe, "وصل ترامب إلى لندن وسط احتجاجات آلاف البريطانيين.")
    ev = factual(doc, "PROTEST")
    assert ev and "ترامب" in party(doc, ev[0]["recipients"]) and "ترامب" not in party(doc, ev[0]["actors"])


# ---- apologies, and the light verb's own noun
def test_apology_stands_without_an_addressee(pipe):
    doc = full(pipe, "قدم الرئيس الفلسطيني محمود عباس اعتذاره، الجمعة، بعد اتهامه بمعاداة السامية.")
    ev = factual(doc, "CONCEDE")
    assert ev and "عباس" in party(doc, ev[0]["actors"])
    doc = full(pipe, "اعتذرت سلسلة مطاعم ماكدونالدز عن تقديم أحد فروعها في كندا سائل تنظيف لامرأة حامل.")
    assert not factual(doc, "CONCEDE")  # Canada is where it happened, not who apologised


def test_apology_refused_or_demanded_is_no_apology(pipe):
    doc = full(pipe, "ترودو يرفض الاعتذار عن موقف بلاده من حقوق الإنسان في السعودية")
    assert not factual(doc, "CONCEDE")


def test_summit_agreed_upon_or_ahead_is_not_held(pipe):
    doc = full(pipe, "أعلنت سول أن الولايات المتحدة وكوريا الشمالية توافقتا على عقد قمة ثانية بين الرئيس دونالد ترامب "
                     "والزعيم كيم جونغ أون.")
    assert not factual(doc, "CONSULT")
    doc = full(pipe, "قبيل انعقاد قمة حلف شمال الأطلسي في بروكسل الأربعاء، طالب الرئيس الأمريكي دونالد ترامب أعضاء "
                     "الحلف بزيادة مساهماتهم.")
    assert not factual(doc, "CONSULT")


def test_arriving_to_hold_talks_holds_them(pipe):
    doc = full(pipe, "وصل وزير الخارجية الأمريكي مايك بومبيو إلى بروكسل لإجراء محادثات مع حلف شمال الأطلسي.")
    assert factual(doc, "CONSULT")


def test_passive_act_reported_by_the_state_body_that_did_it(pipe):
    doc = full(pipe, "كما أفادت وزارة الخارجية الروسية أنه تم استدعاء السفير البريطاني لتقديم مزيد من التفاصيل.")
    ev = factual(doc, "ACCUSE")  # (a foreign ambassador summoned: a complaint)
    assert ev and "RUS" in party(doc, ev[0]["actors"])


def test_passive_arrest_reported_by_the_police(pipe):
    doc = full(pipe, "تم توقيف أربعة أشخاص بعد أن اقتحموا شرفة السفارة الإيرانية في لندن، بحسب ما أفادت الشرطة البريطانية.")
    ev = factual(doc, "COERCE")
    assert ev and "الشرطة" in party(doc, ev[0]["actors"])


def test_meeting_between_the_offices_of_two_states(pipe):
    doc = full(pipe, "وعُقد اجتماع بين وزيري خارجية مصر والسودان في القاهرة.")
    ev = factual(doc, "CONSULT")
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"]) if ev else ""
    assert "EGY" in sides and "SDN" in sides


def test_multilateral_body_meets_and_agrees_without_a_counterpart(pipe):
    doc = full(pipe, "وعقد مجلس الأمن اجتماعا طارئا اليوم الثلاثاء لبحث الأوضاع على الحدود بين قطاع غزة وإسرائيل.")
    ev = [e for e in factual(doc, "CONSULT") if "مجلس الأمن" in party(doc, e["actors"])]
    assert ev and ev[0]["mode"] == "multilateral" and not ev[0]["recipients"]
    doc = full(pipe, "توصل الاتحاد الأوروبي إلى اتفاق حول الهجرة بعد ماراثون من المحادثات في بروكسل.")
    assert [e for e in factual(doc, "AGREE") if "الاتحاد الأوروبي" in party(doc, e["actors"])]


def test_body_named_in_passing_holds_no_meeting(pipe):
    doc = full(pipe, "وناقش الرئيسان سبل دعم مبعوث الأمم المتحدة إلى ليبيا واستكمال التوافق حول القضايا المعلقة.")
    assert not [e for e in factual(doc, "AGREE") if not e["recipients"]]

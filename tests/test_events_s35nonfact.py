"""Factuality narrowed, session 35 (track s35nonfact): لا يزال/لا تزال before an imperfect is "still", no negation; a
request submitted (تقدمت ... بطلب) is made; a protester noun takes no mood from the verb it is subject of; an act noun
after a word of time (خلال، في أعقاب) is no topic of a head before it; a mood cue inside a name (لو دريان) is the name.
Sentences from the corpus (some shortened), with what must stay flagged."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import with_trigger


# --- "ولا تزال تدعم": still, not negated ------------------------------------------------------------------------------

def test_still_supports_is_factual(pipe):
    doc = full(pipe, "وذكر المصدر أن المملكة العربية السعودية كانت ولا تزال تدعم استقرار وأمن لبنان، وتدعم الرئيس الحريري بكافة "
                     "الوسائل.", "2018-05-29T10:00")
    ev = with_trigger(doc, "SUPPORT", "تدعم")
    assert ev and not ev[0]["negated"]


def test_still_refuses_is_factual(pipe):
    doc = full(pipe, "قال الرئيس اللبناني ميشال عون، الثلاثاء، إن إسرائيل لا تزال ترفض ترسيم الحدود البحرية بين البلدين.",
               "2018-06-05T10:00")
    ev = with_trigger(doc, "REJECT", "ترفض")
    assert ev and not ev[0]["negated"]


def test_still_before_a_noun_is_no_told_act(pipe):
    doc = full(pipe, "لكنه لم يذكر علنا رغبة في تعزيز العلاقات مع دول الاتحاد الأوروبي في حين لا تزال العقوبات التي فرضت خلال "
                     "أزمتي أوكرانيا في 2014 وشبه جزيرة القرم، مطبقة.", "2018-05-25T10:00")
    assert all(e["negated"] or e["hypothetical"] or e["historical"] for e in with_trigger(doc, "SANCTION", "العقوبات"))


def test_plain_negation_still_negates(pipe):
    doc = full(pipe, "وقال ترامب إنه لا ينتقد خطة ماي لخروج بريطانيا من الاتحاد الأوروبي.", "2018-07-13T10:00")
    assert all(e["negated"] for e in with_trigger(doc, "ACCUSE", "ينتقد"))


# --- "تقدمت أنقرة بطلب رسمي": a request submitted ---------------------------------------------------------------------

def test_request_submitted_is_made(pipe):
    doc = full(pipe, "تقدمت الاثنين أنقرة بطلب رسمي إلى الحكومة الألمانية لتوقيف القيادي السوري الكردي صالح مسلم.",
               "2018-03-05T10:00")
    ev = with_trigger(doc, "REQUEST", "بطلب")
    assert ev and not ev[0]["hypothetical"]


def test_request_to_be_submitted_stays_hypothetical(pipe):
    doc = full(pipe, "وتعتزم أنقرة أن تتقدم بطلب إلى الحكومة الألمانية لتوقيف القيادي السوري الكردي صالح مسلم.",
               "2018-03-05T10:00")
    assert all(e["hypothetical"] for e in with_trigger(doc, "REQUEST", "بطلب"))


# --- "وندد المتظاهرون"، "واحتشد المتظاهرون": the crowd protests -------------------------------------------------------

def test_protesters_who_condemn_protest(pipe):
    doc = full(pipe, "مسيرة في الدار البيضاء\n\nاجتمع الآلاف الأحد في الدار البيضاء في مسيرة سلمية احتجاجا على الأحكام الصادرة بحق "
                     "ناشطي حراك الريف، وندد المتظاهرون بالمحاكمات السياسية، بينما أكدت السلطات المغربية من جهتها أن "
                     "المحاكمات كانت عادلة.", "2018-07-08T10:00")
    assert all(not e["hypothetical"] for e in with_trigger(doc, "PROTEST", "المتظاهرون"))


def test_protesters_of_a_protest_verb_keep_its_reading(pipe):
    # (the crowd after a protest verb of its own is read as before: "ووقعت شجارات عندما خرج المتظاهرون الى الشوارع من
    # الاستاد" is no political protest in the gsr)
    doc = full(pipe, "ووقعت شجارات عندما خرج المتظاهرون الى الشوارع من الاستاد.", "2018-07-08T10:00")
    assert not factual(doc, "PROTEST")


def test_protesters_unable_to_reach_still_protest(pipe):
    doc = full(pipe, "ولم يتمكن المتظاهرون من الوصول إلى حديقة غيزي بسبب طوق فرضته الشرطة التركية.", "2018-06-01T10:00")
    assert all(not e["negated"] for e in with_trigger(doc, "PROTEST", "المتظاهرون"))


def test_protest_expected_stays_hypothetical(pipe):
    doc = full(pipe, "ويتوقع أن يخرج المتظاهرون إلى الشوارع ضد الحكومة العراقية.", "2018-06-01T10:00")
    assert not factual(doc, "PROTEST")


# --- "في أعقاب الاجتماع"، "خلال اللقاء": the occasion, no topic ------------------------------------------------------

def test_meeting_after_a_time_word_is_held(pipe):
    doc = full(pipe, "وتأتي المحادثات الحالية في أعقاب الاجتماع المفاجئ هذا بين كيم والرئيس الصيني شي جينبينغ في بيكين.",
               "2018-03-29T10:00")
    assert [e for e in factual(doc, "CONSULT") if "الاجتماع" in e["trigger"]["text"]]


def test_discussed_act_stays_a_topic(pipe):
    doc = full(pipe, "وزراء الخارجية العرب يبحثون العدوان الإسرائيلي على غزة", "2018-05-16T10:00")
    assert not [e for e in factual(doc, "ASSAULT") if "العدوان" in e["trigger"]["text"]]


# --- "لو دريان": a name, not "if" -------------------------------------------------------------------------------------

def test_cue_inside_a_name_is_no_cue(pipe):
    doc = full(pipe, "وأدلى لو دريان بالتصريحات بعد يوم من حث رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، فرنسا على الاهتمام "
                     "بالتعامل مع إيران.", "2018-06-06T10:00")
    assert [e for e in factual(doc, "REQUEST") if "حث" in e["trigger"]["text"]]


def test_conditional_if_still_hypothetical(pipe):
    doc = full(pipe, "وقال إن الولايات المتحدة لو فرضت عقوبات على إيران فسترد طهران.", "2018-06-06T10:00")
    assert not [e for e in factual(doc, "SANCTION") if "فرضت" in e["trigger"]["text"]]

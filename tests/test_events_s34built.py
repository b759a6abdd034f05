"""Triggers that built nothing, session 34 (track s34built): a demand that names its addressee as the doer of the act
demanded (بخروج القوات الإيرانية، إلى تنحي الرئيس السوري، إلى وقف الغارات الروسية); a verb of demanding joined by و to a
clause with its own subject takes the party after it as its object; a resumed denial (وهو ما تنفيه X) rejects the author
of a belief told before it (تعتقد، تشتبه ... أن), and a party after a speech verb's إن opens the clause told, no speaker.
Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


# --- the doer of the act demanded is asked (appeals.act_owner) ------------------------------------------------------

def test_demanded_exit_of_forces_asks_their_state(pipe):
    doc = full(pipe, "هدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو، الثلاثاء، بأن الجيش الإسرائيلي سيرد بقوة كبيرة على "
                     "أي هجمات تنطلق من قطاع غزة ضد إسرائيل، كما طالب نتنياهو بخروج القوات الإيرانية من كل الأراضي السورية.")
    ev = between(doc, "REQUEST", "Netanyahu")
    assert ev and any("IRN" in party(doc, e["recipients"]) or "Iran" in party(doc, e["recipients"]) for e in ev)


def test_demanded_withdrawal_past_the_place_left(pipe):
    # the state after من is the place withdrawn from, no second candidate
    doc = full(pipe, "وطالب وزير الخارجية الروسي سيرغي لافروف بانسحاب القوات الأمريكية من سوريا.")
    ev = between(doc, "REQUEST", "Lavrov")
    assert ev and "United States" in party(doc, ev[0]["recipients"])
    assert "Syria" not in party(doc, ev[0]["recipients"])


def test_demanded_stop_of_a_states_raids_asks_that_state(pipe):
    doc = full(pipe, "ودعا الرئيس الفرنسي إلى وقف الغارات الروسية على الغوطة.")
    ev = between(doc, "REQUEST", "Macron")
    assert ev and "RUS" in party(doc, ev[0]["recipients"]) + " ".join(
        str((x or {}).get("country")) for x in doc["entities"] if x["id"] in ev[0]["recipients"])


def test_no_owner_no_addressee(pipe):
    # a ceasefire or a civil war has no doer named: no party is asked
    doc = full(pipe, "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى إنهاء الحرب الأهلية.")
    assert not any(e["recipients"] for e in between(doc, "REQUEST", "Guterres"))


# --- a joined verb of demanding takes the party after it as its object ----------------------------------------------

def test_joined_call_after_a_condemnation_in_a_told_clause(pipe):
    doc = full(pipe, "وأضاف البيان أن ميركل نددت بهجمات إيران على مواقع لجيش الاحتلال في هضبة الجولان المحتلة ودعت "
                     "إيران إلى الإسهام في وقف التصعيد بالمنطقة.")
    ev = between(doc, "REQUEST", "Merkel")
    assert ev and "Iran" in party(doc, ev[0]["recipients"])


def test_joined_demand_of_a_crowd_is_no_event(pipe):
    doc = full(pipe, "وفرضت الشرطة طوقا أمنيا حول موقع الحادث وطالبت المواطنين بالابتعاد عن المنطقة.")
    assert not factual(doc, "REQUEST")


# --- resumed denials -------------------------------------------------------------------------------------------------

def test_resumed_denial_of_a_belief(pipe):
    doc = full(pipe, "وتعتقد السلطات التركية أن خاشقجي قتل في القنصلية على أيدي عناصر في المخابرات السعودية، وهو ما "
                     "تنفيه الرياض وتقول إنه ادعاء لا أساس له.")
    ev = between(doc, "REJECT", "Riyadh") or between(doc, "REJECT", "Saudi")
    assert ev and "TUR" in " ".join(str((x or {}).get("country")) for x in doc["entities"]
                                    if x["id"] in ev[0]["recipients"])


def test_resumed_denial_of_a_suspicion(pipe):
    doc = full(pipe, "وتشتبه السلطات البريطانية في أن سكريبال جرى تسميمه بغاز أعصاب صنع إبان الحقبة السوفيتية، وهو ما "
                     "تنفيه موسكو.")
    ev = between(doc, "REJECT", "Moscow")
    assert ev and "GBR" in " ".join(str((x or {}).get("country")) for x in doc["entities"]
                                    if x["id"] in ev[0]["recipients"])


def test_party_after_inna_is_no_speaker(pipe):
    # "وقالت إن روسيا مسؤولة": Russia opens the clause told; Britain, who claims it, is rejected
    doc = full(pipe, "وتدعي بريطانيا أنه كان غاز الأعصاب نوفيتشوك المصنع سوفيتيا، وقالت إن روسيا مسؤولة على الأرجح، "
                     "وهو ما تنفيه موسكو بشدة.")
    ev = between(doc, "REJECT", "Moscow")
    assert ev and "United Kingdom" in party(doc, ev[0]["recipients"])

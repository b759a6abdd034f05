"""Type confusions, session 15 (track s15types): a sentence coded with another PLOVER type than the one an annotator
codes. Mechanisms counted on the 1,000 political leads before they were fixed."""
from __future__ import annotations

from conftest import factual, full, party


# --- a crowd's demand that names no addressee is made of its own government (REQUEST, not only the PROTEST) --------

def test_protesters_demand_without_addressee_goes_to_their_government(pipe):
    doc = full(pipe, "اعتقالات في إيران مع استمرار الاحتجاجات ضد الأوضاع الاقتصادية\n\n"
                     "وتقول التقارير إن الاحتجاجات مستمرة لليوم الثالث على التوالي في طهران، حيث يطالب المتظاهرون "
                     "بحل لتدهور الحالة الاقتصادية للبلاد.")
    ev = [e for e in factual(doc, "REQUEST") if "يطالب" in e["trigger"]["text"]]
    assert len(ev) == 1 and "IRN" in party(doc, ev[0]["recipients"])


def test_demanding_participle_after_a_protest(pipe):
    doc = full(pipe, "آلاف الأرمينيين يواصلون احتجاجاتهم مطالبين باستقالة الحكومة")
    ev = factual(doc, "REQUEST")
    assert len(ev) == 1 and "ARM" in party(doc, ev[0]["recipients"])


def test_crowd_of_no_nationality_demands_of_the_state_its_protest_is_held_in(pipe):
    doc = full(pipe, "احتجاجات في العراق\n\n"
                     "وتجمع المحتجون عند مدخل حقل الزبير النفطي في البصرة. ويطالب المتظاهرون بتوزيع الثروات توزيعا عادلا.")
    ev = factual(doc, "REQUEST")
    assert len(ev) == 1 and "IRQ" in party(doc, ev[0]["recipients"])


def test_call_to_protest_is_no_demand_of_the_government(pipe):
    # a call on the crowd to protest is the organisers' own act, not a demand made of the state
    doc = full(pipe, "احتجاجات في البصرة\n\n"
                     "ودعت اللجان المركزية لتنظيم الوقفات الاحتجاجية في البصرة أهالي المحافظة إلى الخروج بمظاهرات "
                     "سلمية، حتى تتم الاستجابة لمطالبهم.")
    assert not factual(doc, "REQUEST")


def test_officials_demand_without_addressee_is_not_given_one(pipe):
    # not a crowd: no implied government as addressee
    doc = full(pipe, "وحث البابا فرنسيس السكان على الابتعاد عن \"مكامن الخوف\".")
    for e in factual(doc, "REQUEST"):
        assert "government" not in " ".join(party(doc, e["recipients"])).lower()


def test_headline_crowd_demand_takes_the_country_of_the_protest_told_after(pipe):
    doc = full(pipe, "الأردن.. المحتجون يطلبون تغيرا في السياسات لا الساسة\n\n"
                     "تجمع آلاف المتظاهرين الأردنيين مساء الاثنين قرب مقر رئاسة الوزراء في عمان احتجاجا على مشروع "
                     "قانون ضريبة الدخل.")
    ev = [e for e in factual(doc, "REQUEST") if "يطلبون" in e["trigger"]["text"]]
    assert len(ev) == 1 and "JOR" in party(doc, ev[0]["recipients"])


# --- a hostile act pledged past the verb's subject is a THREATEN, not an AGREE --------------------------------------

def test_pledge_of_a_hostile_act_after_a_named_subject_is_a_threat(pipe):
    doc = full(pipe, "تعهد الرئيس السوري بشار الأسد، باستعادة المناطق التي تسيطر عليها قوات سوريا الديمقراطية.")
    assert not factual(doc, "AGREE")
    ev = factual(doc, "THREATEN")
    assert len(ev) == 1 and "SYR" in party(doc, ev[0]["actors"])


def test_pledge_of_a_cooperative_act_after_a_named_subject_stays_a_promise(pipe):
    doc = full(pipe, "وعد الرئيس الأميركي دونالد ترامب، الخميس، بإرسال \"ما بين ألفين و4 آلاف\" جندي من الحرس الوطني "
                     "إلى الحدود مع المكسيك.")
    assert not factual(doc, "THREATEN")

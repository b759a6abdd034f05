"""Session 22 (track s22fp2): false alarms with a wrong or reversed party.
* a noun of a spoken act (رفض، تهديد، تهديدات، تحذيرات) with a party in the genitive right after it is that party's act,
  not that of the subject of the verb governing the noun ("انتقدت موسكو تهديدات واشنطن": Washington threatens Moscow;
  "انتقدت ألمانيا رفض المجر": Hungary refuses, Germany does not); the bare form رفض after a subject is still a verb
  ("ترامب رفض طلب إيران");
* the act a party is accused of (ب + its noun right after the accuser's verb and the accused, or في after تورط) is
  alleged, not told as done, and its doer is the accused, not the accuser."""
from conftest import factual, full, party, sides


def test_threat_noun_genitive_threatens_the_critic(pipe):
    evs = sides(full(pipe, "وانتقدت موسكو تهديدات واشنطن بفرض عقوبات جديدة على شركاتها."), "THREATEN")
    assert evs and all("Washington" in a and "Moscow" in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_refusal_noun_genitive_is_the_refuser(pipe):
    evs = sides(full(pipe, "وانتقدت ألمانيا رفض المجر استقبال اللاجئين القادمين من اليونان."), "REJECT")
    assert not any("Germany" in a for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_refusal_verb_after_its_subject_kept(pipe):
    # (negative: a bare رفض right after its subject, with no verb before that subject, is the verb)
    evs = sides(full(pipe, "قال مسؤول إن الرئيس الأمريكي دونالد ترامب رفض طلب إيران رفع العقوبات."), "REJECT")
    assert any("Trump" in a for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_charge_after_accused_is_alleged_and_the_accused_s(pipe):
    doc = full(pipe, "واتهمت الخارجية الروسية واشنطن بدعم الجماعات المسلحة في سوريا.")
    sup = [e for e in doc["events"] if e["type"] == "SUPPORT"]
    assert sup and all(e["hypothetical"] for e in sup), sup
    assert all("Washington" in party(doc, e["actors"]) for e in sup), [party(doc, e["actors"]) for e in sup]
    doc = full(pipe, "واتهمت أنقرة، الخميس، اليونان برفض تسليم ثمانية عسكريين أتراك فروا إليها.")
    assert not any("TUR" in a or "Ankara" in a for a, r, _ in sides(doc, "REJECT"))


def test_involvement_in_an_act_is_alleged(pipe):
    doc = full(pipe, "وأعلنت الرباط قطع علاقاتها مع طهران بسبب تورطها في دعم جبهة البوليساريو.")
    assert not factual(doc, "SUPPORT"), factual(doc, "SUPPORT")
    assert factual(doc, "SANCTION")


def test_praise_of_a_support_untouched(pipe):
    # (negative: no accusation before the support noun; the one praised supports)
    evs = [e for e in full(pipe, "وأشادت فرنسا بدعم ألمانيا لليونان في أزمة الديون.")["events"] if e["type"] == "SUPPORT"]
    assert len(evs) == 2, evs


def test_session_of_one_body_is_no_consultation(pipe):
    doc = full(pipe, "عباس يهاجم واشنطن\n\nقال الرئيس الفلسطيني محمود عباس إن القدس ليست للبيع. وصدر البيان الختامي بعد "
                     "اجتماع للمجلس الوطني الفلسطيني استمر أربعة أيام في رام الله.")
    assert not factual(doc, "CONSULT"), sides(doc, "CONSULT")


def test_meeting_of_ministers_of_states_kept(pipe):
    # (negative: a meeting of ministers of several states, not of one body)
    doc = full(pipe, "وأعلن وزير الخارجية المصري سامح شكري انفراجا في المفاوضات، بعد اجتماع لوزراء خارجية مصر والسودان "
                     "وإثيوبيا في أديس أبابا.")
    assert factual(doc, "CONSULT"), doc["events"]

"""Session 27 (track s27actor): the leader after a body (بقيادة، برئاسة، بزعامة X) describes that body and is not the
subject of a later act (the body is, when it is a party; else no one).  Sentences
from the corpus (not the gold sets)."""
from conftest import full, sides


def test_chair_of_a_meeting_is_no_backer(pipe):
    doc = full(pipe, "وأكد مجلس الجامعة في اجتماعه على مستوى المندوبين الدائمين برئاسة السعودية، اليوم الثلاثاء، دعم "
                     "الطلب الذي تقدمت به فلسطين إلى المدعية العامة للمحكمة الجنائية الدولية.")
    assert not any("Saudi" in a for a, _r, _e in sides(doc, "SUPPORT")), sides(doc, "SUPPORT")


def test_leader_of_the_coalition_is_not_the_one_who_welcomes(pipe):
    doc = full(pipe, "وكان التحالف العربي بقيادة السعودية قد رحب بقرار مجلس الأمن.")
    evs = sides(doc, "SUPPORT")
    assert evs and all("coalition" in a for a, _r, _e in evs), evs


def test_unnamed_source_with_demonym_is_that_state(pipe):
    doc = full(pipe, "رحب مصدر سعودي مسؤول، الجمعة، بما أعلنته الرئاسة التركية عن \"تجاوبها مع طلب\" السعودية بتشكيل "
                     "فريق عمل مشترك.")
    evs = sides(doc, "SUPPORT")
    assert evs and all("SAU" in a and "Turk" not in a for a, _r, _e in evs), evs


def test_bare_source_is_no_party(pipe):
    doc = full(pipe, "وذكرت المصادر بأن المقربين من ترامب حاولوا تخفيف وطأة الزيارة على الرئيس الأمريكي.")
    assert not any(e["type"] == "CONCEDE" for e in doc["events"]), doc["events"]


def test_other_states_back_britain(pipe):
    doc = full(pipe, "وقد أثارت هذه الحادثة ضجة دبلوماسية واسعة بين روسيا وبريطانيا، ودول أخرى دعمت بريطانيا بموقفها.")
    evs = sides(doc, "SUPPORT")
    assert evs and all("دول أخرى" in a and "GBR" in r for a, r, _e in evs), evs


def test_arab_states_back_saudi_arabia(pipe):
    doc = full(pipe, "بالتزامن مع أزمة خاشقجي.. دول عربية تعلن دعمها للسعودية")
    evs = sides(doc, "SUPPORT")
    assert evs and all("دول عربية" in a and "SAU" in r for a, r, _e in evs), evs


def test_western_states_accuse_russia(pipe):
    doc = full(pipe, "دول غربية تتهم روسيا بالتخطيط لهجمات إلكترونية حول العالم")
    evs = sides(doc, "ACCUSE")
    assert evs and all("دول غربية" in a and "RUS" in r for a, r, _e in evs), evs

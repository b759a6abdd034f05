"""Trigger lexicon coverage (data/triggers.tsv, data/cues.tsv): cancelling a meeting or visit (REJECT meet),
recognising a state (SUPPORT), imposing tariffs (SANCTION), and a negation particle glued to و / ف. Short
news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


def events(doc, typ, *, factual=True):
    return [e for e in doc["events"] if e["type"] == typ and not (factual and (e["negated"] or e["hypothetical"]))]


# ---- cancelling a meeting, visit or tour: REJECT meet toward the party to be met; the meeting noun is no CONSULT
def test_cancelled_summit_verb_subject_between(pipe):
    doc = full(pipe, "ألغى الرئيس الأمريكي دونالد ترامب القمة المقررة مع الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة.")
    ev = events(doc, "REJECT")
    assert ev and ev[0]["mode"] == "meet"
    assert "Trump" in party(doc, ev[0]["actors"]) and "كيم" in party(doc, ev[0]["recipients"])
    assert not events(doc, "CONSULT", factual=False)


def test_cancelled_meeting_noun(pipe):
    doc = full(pipe, "أعلن الرئيس الأمريكي دونالد ترامب الخميس إلغاء القمة مع الزعيم الكوري الشمالي كيم جونغ أون.")
    ev = events(doc, "REJECT")
    assert ev and "Trump" in party(doc, ev[0]["actors"]) and "كيم" in party(doc, ev[0]["recipients"])
    assert not events(doc, "CONSULT", factual=False)


def test_cancelled_visit_with_its_pronoun(pipe):
    doc = full(pipe, "ألغى وزير الخارجية الألماني زيارته إلى تركيا بعد اعتقال صحفي ألماني.")
    ev = events(doc, "REJECT")
    assert ev and "TUR" in party(doc, ev[0]["recipients"])
    assert not events(doc, "CONSULT", factual=False)


def test_cancelled_talks_feminine_subject(pipe):
    doc = full(pipe, "كوريا الشمالية ألغت اجتماعا مع نائب الرئيس الأمريكي في سول.")
    assert events(doc, "REJECT") and not events(doc, "CONSULT", factual=False)


def test_no_cancellation_in_lilghaya(pipe):
    # للغاية (extremely) reads as ال + غاية, which must not be إلغائه (its cancellation)
    doc = full(pipe, "وأكد ترامب أن كوريا الشمالية تعمل بشكل جيد للغاية معنا، مشيرا إلى أن قمة سنغافورة فرصة واحدة.")
    assert not events(doc, "REJECT", factual=False)


def test_cancellation_noun_needs_its_meeting(pipe):
    # the bare noun الإلغاء (of exercises) with talks further on is no cancelled meeting
    doc = full(pipe, "وقالت وزارة الدفاع الأمريكية إن الهدف من وراء الإلغاء هو دعم المفاوضات الدبلوماسية.")
    assert not events(doc, "REJECT", factual=False)


# ---- recognising a state, its independence or sovereignty: SUPPORT
def test_recognition_of_independence(pipe):
    doc = full(pipe, "في عام 1963 اعترف العراق رسميا باستقلال الكويت.")
    ev = events(doc, "SUPPORT")
    assert ev and "IRQ" in party(doc, ev[0]["actors"]) and "KWT" in party(doc, ev[0]["recipients"])


def test_recognition_of_sovereignty_subject_between(pipe):
    doc = full(pipe, "اعترفت الولايات المتحدة بسيادة إسرائيل على مرتفعات الجولان.")
    ev = events(doc, "SUPPORT")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "ISR" in party(doc, ev[0]["recipients"])


def test_confession_is_no_recognition(pipe):
    doc = full(pipe, "اعترف المتهم بارتكاب الجريمة أمام المحكمة في القاهرة.")
    assert not events(doc, "SUPPORT", factual=False)


def test_recognition_negated_with_wa_la(pipe):
    doc = full(pipe, "ولا تعترف الولايات المتحدة بسيادة إسرائيل على مرتفعات الجولان.")
    ev = events(doc, "SUPPORT", factual=False)
    assert ev and all(e["negated"] for e in ev)


# ---- tariffs imposed: SANCTION
def test_tariff_imposed(pipe):
    doc = full(pipe, "فرضت الإدارة الأمريكية تعريفة جمركية على سلع صينية بقيمة 200 مليار دولار.")
    ev = events(doc, "SANCTION")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "CHN" in party(doc, ev[0]["recipients"])


def test_tariff_construct_state(pipe):
    doc = full(pipe, "وفرضت الصين رسوم جمركية على 128 منتجا أمريكيا.")
    ev = events(doc, "SANCTION")
    assert ev and "CHN" in party(doc, ev[0]["actors"])


# ---- a negation particle with a conjunction (ولم، ولا، فلن) negates the act after it
def test_wa_lam_negates(pipe):
    doc = full(pipe, "ولم تتفق إيران مع إسرائيل على شيء.")
    ev = events(doc, "AGREE", factual=False)
    assert ev and all(e["negated"] for e in ev)


# ---- cutting aid, suspending talks or contacts: SANCTION (not AID); a comment (علق) is no suspension
def test_aid_cut_is_a_sanction(pipe):
    doc = full(pipe, "قررت الولايات المتحدة الأمريكية، قطع المساعدات التي تقدمها لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين "
                     "الفلسطينيين (أونروا).")
    ev = events(doc, "SANCTION")
    assert ev and ev[0]["mode"] == "discontinue" and "USA" in party(doc, ev[0]["actors"])
    assert not events(doc, "AID")


def test_aid_suspended_with_subject_between(pipe):
    doc = full(pipe, "وعلقت الإدارة الأمريكية مساعدات إلى الفلسطينيين بعد مراجعة أجريت على البرامج.")
    ev = events(doc, "SANCTION")
    assert ev and "USA" in party(doc, ev[0]["actors"])


def test_comment_is_no_suspension(pipe):
    doc = full(pipe, "وعلق السيناتور روبرت مينديز عضو لجنة العلاقات الخارجية بمجلس الشيوخ على التقرير.")
    assert not events(doc, "SANCTION", factual=False)
    doc = full(pipe, "وقال إن الصين تعلق أهمية كبرى على علاقاتها مع تركيا.")
    assert not events(doc, "SANCTION", factual=False)


# ---- an expelled diplomat
def test_deadline_to_leave_for_an_ambassador(pipe):
    doc = full(pipe, "أمهلت الكويت السفير الفلبيني لديها أسبوعا لمغادرة أراضيها.")
    ev = events(doc, "SANCTION")
    assert ev and ev[0]["mode"] == "expel" and "KWT" in party(doc, ev[0]["actors"])


def test_deadline_to_rebels_is_no_expulsion(pipe):
    doc = full(pipe, "وكانت الحكومة أمهلت الجماعة المعارضة حتى مساء السبت لمغادرة الغوطة الشرقية.")
    assert not [e for e in doc["events"] if e["type"] == "SANCTION" and e["mode"] == "expel"]


# ---- أوقف arrests people; a halted act named after it is no arrest
def test_halted_act_is_no_arrest(pipe):
    doc = full(pipe, "وقال البنتاغون إن التحالف الذي تقوده الولايات المتحدة أوقف العمليات ضد تنظيم داعش في شرق سوريا.")
    assert not [e for e in doc["events"] if e["type"] == "COERCE" and e["mode"] == "arrest"]


def test_arrest_with_oqif_still_read(pipe):
    doc = full(pipe, "أعلن وزير الداخلية الفرنسي أن جهاز الاستخبارات الداخلية أوقف في عملية أمنية عشرة أشخاص من اليمين "
                     "المتطرف.")
    assert [e for e in factual(doc, "COERCE") if e["mode"] == "arrest"]


def test_accusing_participle_after_an_expulsion(pipe):
    doc = full(pipe, "مالي تطرد السفير الجزائري\n\nوطردت الحكومة المالية السفير الجزائري، متهمة الجزائر بإسقاط طائرة مسيرة "
                     "تابعة للجيش المالي.")
    ev = factual(doc, "ACCUSE")
    assert ev and any("DZA" in party(doc, e["recipients"]) or "الجزائر" in party(doc, e["recipients"]) for e in ev)

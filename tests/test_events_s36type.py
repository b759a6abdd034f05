"""Events coded with another type, session 36 (track s36type): a penalty demanded is the prosecutor's REQUEST, not a
SANCTION, and a detention pending inquiry told with a word of sentencing is COERCE (events/penalties.py); a verdict on
defendants counted before the penalty's word (على 72 متهماً بالسجن) is built (stage.py). Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import of_type, pairs


# --- a penalty demanded: REQUEST of the one who asks against the defendant (penalties.py) ---------------------------

def test_prosecution_asking_a_prison_term_is_a_request(pipe):
    doc = full(pipe, "طلبت النيابة الجزائرية الثلاثاء، السجن ستة أشهر مع وقف التنفيذ لـ 26 من أتباع الطائفة الأحمدية "
                     "بتهمة الإساءة للدين الإسلامي.")
    assert not factual(doc, "SANCTION")
    assert any("النيابة الجزائرية" in a for a, _ in pairs(doc, "REQUEST"))


def test_prosecutor_demanding_a_sentence_on_a_named_defendant(pipe):
    doc = full(pipe, "طالب المدعي العام الإسباني، الأربعاء، بسجن لاعب كرة القدم السابق تشابي ألونسو لمدة 5 أعوام "
                     "وتغريمه 4 ملايين يورو.")
    assert not factual(doc, "SANCTION")
    assert any("ألونسو" in r for _, r in pairs(doc, "REQUEST"))


def test_demand_verb_with_its_own_request_keeps_no_sentence(pipe):
    doc = full(pipe, "وكانت النيابة البلجيكية قد طلبت السجن عشرين عاما ضد صلاح عبد السلام وشريكه التونسي سفيان عياري.")
    assert not [e for e in of_type(doc, "SANCTION") if e.get("mode") == "convict"]


def test_a_court_sentencing_stays_a_sanction(pipe):
    doc = full(pipe, "قضت محكمة مصرية بسجن الناشط علاء عبد الفتاح خمس سنوات.")
    assert factual(doc, "SANCTION") and not factual(doc, "REQUEST")


def test_a_sentence_after_the_prosecution_asked_for_it_stays_a_sanction(pipe):
    doc = full(pipe, "حكم القضاء البلجيكي، الاثنين، على الفرنسي صلاح عبد السلام وشريكه التونسي سفيان عياري بالسجن 20 "
                     "عاما.")
    assert any("عبد السلام" in r for _, r in pairs(doc, "SANCTION"))


# --- a detention pending inquiry: COERCE (penalties.py) -------------------------------------------------------------

def test_prison_pending_inquiry_is_a_detention(pipe):
    doc = full(pipe, "قالت مصادر قضائية إن نيابة أمن الدولة العليا المصرية أمرت الأحد بسجن الناشط السياسي حازم عبد "
                     "العظيم 15 يوما على ذمة التحقيق.")
    assert not factual(doc, "SANCTION")
    assert any("حازم عبد العظيم" in party(doc, e["recipients"]) for e in factual(doc, "COERCE"))


# --- a verdict on people counted before the penalty's word: the implied convicts of the court's state (stage.py) ------

def test_verdict_on_counted_defendants_before_the_penalty(pipe):
    doc = full(pipe, "حكمت محكمة تركية، الخميس، على 72 متهماً بالسجن المؤبد لمشاركتهم في محاولة الانقلاب.")
    assert any("convicts" in r and "TUR" in r for _, r in pairs(doc, "SANCTION"))


def test_verdict_on_a_named_person_keeps_the_person(pipe):
    doc = full(pipe, "حكمت محكمة تركية على الصحفي أحمد ألتان بالسجن المؤبد.")
    assert any("ألتان" in r for _, r in pairs(doc, "SANCTION"))


# --- a phone call framing another act of its two sides: CONSULT too (calls.py) -----------------------------------------

def test_congratulation_in_a_phone_call_is_also_a_consultation(pipe):
    doc = full(pipe, "هنأ الرئيس الأمريكي دونالد ترامب في اتصال هاتفي نظيره الروسي فلاديمير بوتين على إعادة انتخابه "
                     "لولاية رابعة قبل يومين.")
    assert any("Trump" in a and "Putin" in r for a, r in pairs(doc, "SUPPORT"))
    assert any("Trump" in a and "Putin" in r for a, r in pairs(doc, "CONSULT"))


def test_co_speakers_of_a_call_consult_each_other(pipe):
    doc = full(pipe, "وفي مكالمة هاتفية الخميس، أكدت المستشارة الألمانية أنغيلا ميركل والرئيس الأمريكي دونالد ترامب أن "
                     "\"النظام السوري يجب أن يحاسب على التدهور المتواصل للوضع الإنساني في الغوطة الشرقية\".")
    got = pairs(doc, "CONSULT")
    assert any("Merkel" in a and "Trump" in r or "Trump" in a and "Merkel" in r for a, r in got), got
    assert not any("SYR" in r or "Syria" in r for _, r in got)


def test_a_call_with_a_news_agency_is_no_consultation(pipe):
    doc = full(pipe, "وتبنت جماعة نصرة الإسلام والمسلمين الاعتداء في اتصال هاتفي أجراه أحد المتحدثين باسمها مع وكالة "
                     "الأنباء الموريتانية.")
    assert not pairs(doc, "CONSULT")


# --- a denial reaches past a day between commas (stage._factuality_of) --------------------------------------------------

def test_denied_agreement_with_a_day_between_is_not_told(pipe):
    doc = full(pipe, "نفت وزارة الخارجية الأميركية، الخميس، توصل واشنطن وأنقرة لاتفاق يفضي إلى الإفراج عن القس الأميركي "
                     "أندرو برانسون.")
    assert not factual(doc, "AGREE")


def test_denied_supply_with_a_day_between_is_not_told(pipe):
    doc = full(pipe, "نفى الحرس الثوري الإيراني، الثلاثاء، تزويد الحوثيين في اليمن بصواريخ ومعدات عسكرية.")
    assert not factual(doc, "AID")


def test_a_day_between_commas_keeps_the_deniers_rejection(pipe):
    doc = full(pipe, "نفى النجم البرتغالي كريستيانو رونالدو، الأربعاء، الاتهامات الموجهة له باغتصاب سيدة أمريكية عام 2009.")
    assert any("رونالدو" in a for a, _ in pairs(doc, "REJECT"))

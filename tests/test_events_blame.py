"""Blame predicates in reported speech (data/blame.tsv, EventStage._blame): a speaker who says another party supports
terrorism, interferes, violates, bears the responsibility or acts against the law accuses it (ACCUSE, allege), with
no verb of accusing. The accused is the party the predicate attaches to: its subject, its genitive, the owner of its
possessive pronoun, or the doer of the act that is judged. Short news-style sentences (real phrasing)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import of_type


# ---- a possessive pronoun whose owner is the party named before in the reported clause
def test_support_of_terrorism_by_the_pronoun_s_owner(pipe):
    doc = full(pipe, "وقال وزير الخارجية السعودي عادل الجبير إن بلاده قطعت علاقاتها مع قطر بسبب دعمها للإرهاب.")
    ev = factual(doc, "ACCUSE")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "QAT" in party(doc, ev[0]["recipients"])


def test_interference_of_the_pronoun_s_owner(pipe):
    doc = full(pipe, "وأكد الجبير أن إيران مستمرة في تدخلاتها في شؤون دول المنطقة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])


def test_aggressive_behaviour_of_the_pronoun_s_owner(pipe):
    doc = full(pipe, "وقال الجبير إن إيران عليها أن تفهم بأن العقوبات جاءت نتيجة لسلوكها العدواني المتواصل.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])


def test_crimes_of_a_man_named_before(pipe):
    doc = full(pipe, "وقال أردوغان إنه لا يمكن لنتنياهو إخفاء جرائمه عبر الهجوم على تركيا.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "نتنياهو" in party(doc, ev[0]["recipients"]) and "أردوغان" in party(doc, ev[0]["actors"])


def test_the_violated_thing_is_no_violator(pipe):
    # "يتم انتهاكه": the pronoun is the ceasefire, violated, not a party
    doc = full(pipe, "وأعلن وزير الخارجية الروسي سيرغي لافروف أن نظام إطلاق النار في سوريا يتم انتهاكه يوميا.")
    assert not of_type(doc, "ACCUSE")


def test_a_masculine_pronoun_is_no_state_named_in_the_feminine(pipe):
    doc = full(pipe, "وقالت هايلي: نتوقع أن تستخدم روسيا نفوذها لإيقاف انتهاكاته.")
    assert not any("RUS" in party(doc, e["recipients"]) for e in of_type(doc, "ACCUSE"))


def test_a_denial_is_no_accusation(pipe):
    doc = full(pipe, "وقال مسؤول أمريكي إن إيران نفت دعمها للإرهاب.")
    assert not of_type(doc, "ACCUSE")


def test_support_of_terrorism_without_a_pronoun_or_speaker(pipe):
    # the narrator's own wording: no one accuses
    doc = full(pipe, "وتجد الدوحة صعوبة في تحديد جبهاتها بعد مقاطعة دول الخليج لها بسبب دعمها للإرهاب.")
    assert not of_type(doc, "ACCUSE")


# ---- bearing the responsibility
def test_bears_the_responsibility(pipe):
    doc = full(pipe, "وقال وزير الخارجية البريطاني بوريس جونسون إن روسيا تتحمل المسؤولية عن الهجوم بغاز الأعصاب.")
    ev = factual(doc, "ACCUSE")
    assert ev and "GBR" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


# ---- an act judged against the law: its doer is accused
def test_measures_taken_by_a_state_contradict_the_law(pipe):
    doc = full(pipe, "وقالت وزيرة الخارجية الكندية كريستيا فريلاند في بيان إن الرسوم التي فرضتها الولايات المتحدة "
                     "تتعارض مع الالتزامات التجارية الدولية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["recipients"])


def test_the_party_hit_is_not_the_doer(pipe):
    doc = full(pipe, "وقال بوستاني إن الأمريكيين أرادوا غزو العراق، لكن التفتيش كان يتعارض مع مصالحهم.")
    assert not any("IRQ" in party(doc, e["recipients"]) for e in of_type(doc, "ACCUSE"))


def test_a_negated_contradiction_is_no_accusation(pipe):
    doc = full(pipe, "وقال المتحدث إن ضربات إسرائيل الجوية لن تتعارض مع التحركات الجوية الروسية.")
    assert not of_type(doc, "ACCUSE")


# ---- support of terrorism with its doer between the noun and its object; a sponsor of terrorism; committing crimes
def test_support_of_terrorism_with_the_doer_inside(pipe):
    doc = full(pipe, "وقال وزير الخارجية السعودي عادل الجبير إن دعم قطر للإرهاب يجب أن يتوقف.")
    assert any("QAT" in party(doc, e["recipients"]) and "SAU" in party(doc, e["actors"])
               for e in of_type(doc, "ACCUSE"))


def test_sponsor_of_terrorism(pipe):
    doc = full(pipe, "وقال وزير الخارجية المغربي ناصر بوريطة إن إيران راعية الإرهاب.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["recipients"]) and "MAR" in party(doc, ev[0]["actors"])


def test_a_list_of_sponsors_is_no_accusation(pipe):
    assert not of_type(full(pipe, "وقال مسؤول سوداني إن السودان لا يزال على قائمة الدول الراعية للإرهاب."), "ACCUSE")


def test_commits_massacres(pipe):
    doc = full(pipe, "وقال وزير الخارجية الفرنسي جان إيف لودريان إن النظام السوري يرتكب مجازر بحق المدنيين.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "FRA" in party(doc, ev[0]["actors"]) and "النظام" in party(doc, ev[0]["recipients"])


# ---- the responsibility on someone's shoulders; a speaker named before its verb (SVO)
def test_responsibility_on_the_shoulders_of(pipe):
    doc = full(pipe, "واعتبر الرئيس الروسي فلاديمير بوتين أنه توجد مسؤولية على عاتق الولايات المتحدة في القضية.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_a_duty_on_the_shoulders_is_no_blame(pipe):
    doc = full(pipe, "وقال وزير الخارجية الفرنسي إنه تقع على عاتق المجتمع الدولي مسؤولية حماية المدنيين.")
    assert not of_type(doc, "ACCUSE")


def test_speaker_before_its_verb_not_the_accused(pipe):
    doc = full(pipe, "ودعت روسيا وألمانيا البلدين إلى ضبط النفس، لكن الولايات المتحدة قالت إن إيران تتحمل "
                     "المسؤولية الكاملة عن التصعيد.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])


# ---- the subject through a copula (هو من، هي التي) and a predicate coordinated with the clause's first one
def test_the_one_who_stands_behind(pipe):
    doc = full(pipe, "وقال وزير الخارجية السعودي عادل الجبير إن إيران هي التي تقف وراء الهجمات.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])


def test_coordinated_predicate_takes_the_clause_subject(pipe):
    doc = full(pipe, "وقال الرئيس الأمريكي دونالد ترامب إن إيران تشعل الصراعات في المنطقة وتدعم الإرهاب.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "ترامب" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])


# ---- provocations of a party (its demonym)
def test_provocations_of_a_state(pipe):
    doc = full(pipe, "وقال وزير الخارجية الإيراني محمد جواد ظريف إن هذه الاستفزازات الأمريكية تزيد الوضع صعوبة.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


# ---- two parties bear the responsibility; holding a party responsible with the party inside (تحميل روسيا مسؤولية)
def test_two_parties_bear_the_responsibility(pipe):
    doc = full(pipe, "وأكد مستشار الأمن القومي الأميركي هربرت مكماستر أن روسيا وإيران تتحملان المسؤولية في تأجيج "
                     "العنف في سوريا.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "RUS" in party(doc, ev[0]["recipients"]) and "IRN" in party(doc, ev[0]["recipients"])


def test_a_duty_to_bear_is_no_blame(pipe):
    assert not of_type(full(pipe, "وقال الرئيس الفرنسي إن على المجتمع الدولي تحمل المسؤولية تجاه اللاجئين."), "ACCUSE")

"""Verbal and cooperative acts, session 14 second wave (track s14verbal2): mechanisms counted on the 1,000 political
leads before they were fixed (counts in docs/events.md, "fourteenth session, second wave")."""
from __future__ import annotations

from conftest import factual, full, party


# --- a definite head noun alone before a preposition, a relative pronoun or a day refers back ------------------

def test_head_noun_before_ila_refers_back_to_the_movement(pipe):
    # "داعياً الحركة الى": إلى (normalised الي) opens with the article's letters but is no adjective of الحركة
    doc = full(pipe, "أعلنت حركة طالبان هدنة لمدة ثلاثة أيام.\nودعا الرئيس الأفغاني أشرف غني الحركة إلى الموافقة "
                     "على إجراء محادثات سلام.")
    ev = factual(doc, "REQUEST")
    assert ev and "Taliban" in party(doc, ev[0]["recipients"]) and "غني" in party(doc, ev[0]["actors"])


def test_head_noun_before_a_relative_pronoun_refers_back(pipe):
    doc = full(pipe, "أصدرت منظمة حظر الأسلحة الكيماوية تقريرا جديدا.\nوكانت السلطات البريطانية قد دعت خبراء المنظمة "
                     "إلى أخذ عينات كيماوية من سالزبري.")
    ev = factual(doc, "REQUEST")
    assert ev and "الأسلحة الكيماوية" in party(doc, ev[0]["recipients"])


def test_head_noun_with_its_adjective_is_still_a_name(pipe):
    # "المنظمة الدولية للهجرة": a definite adjective after the head opens a name, no reference back
    doc = full(pipe, "انتقدت منظمة العفو الدولية القرار.\nوقالت المنظمة الدولية للهجرة إنها قلقة.")
    assert not any("العفو" in party(doc, e["actors"]) and "للهجرة" in e["sentence"] for e in doc["events"])


# --- the doer of an act noun named in its relative clause with a light verb (أجراها، قام بها، يقودها) ----------

def test_talks_held_by_a_visitor_in_a_foreign_capital(pipe):
    doc = full(pipe, "قالت كوريا الشمالية اليوم السبت، إن عزمها على التخلي عن برامجها النووية ربما يفتر بعد "
                     "المحادثات التي أجراها وزير الخارجية الأميركي مايك بومبيو في بيونغ يانغ.",
               published="2018-07-07T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and "بومبيو" in party(doc, ev[0]["actors"]) and "PRK" in party(doc, ev[0]["recipients"])


def test_arrests_carried_out_by_a_state(pipe):
    doc = full(pipe, "غرد السفير الكندي معربا عن قلقه إزاء الاعتقالات التي تقوم بها السعودية ضد ناشطي حقوق الإنسان.")
    ev = factual(doc, "COERCE")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "ناشطي" in party(doc, ev[0]["recipients"])


def test_shelling_carried_out_by_the_regime_is_its_attack(pipe):
    # "الذي قام به نظام بشار الأسد": the regime shelled, the opposition holding the area did not
    doc = full(pipe, "قتل أكثر من 100 مدني في منطقة الغوطة الشرقية التي تسيطر عليها قوات المعارضة، وذلك بعد سلسلة "
                     "من الغارات الجوية والقصف المدفعي الذي قام به نظام بشار الأسد.")
    ev = factual(doc, "ASSAULT")
    assert ev and all("SYR" in party(doc, e["actors"]) and "المعارضة" not in party(doc, e["actors"]) for e in ev)


def test_relative_clause_of_no_doing_verb_names_no_doer(pipe):
    # "التحالف الذي تقوده السعودية": no act noun before the relative clause; the coalition's own reading stands
    doc = full(pipe, "أعلن التحالف الذي تقوده السعودية اعتراض صاروخ باليستي أطلقته ميليشيا الحوثي باتجاه جازان.")
    ev = factual(doc, "ASSAULT")
    assert ev and any("Houthi" in party(doc, e["actors"]) for e in ev)


# --- trade unions by their common noun -------------------------------------------------------------------------

def test_unions_are_a_party_of_a_meeting_and_a_refusal(pipe):
    doc = full(pipe, "ودعا مجلس النقابات المهنية الأردنية للمرة الثانية، إلى اضراب عام عن العمل على مستوى الأردن يوم "
                     "الأربعاء المقبل، بعد رفض الحكومة سحب مشروع قانون ضريبة الدخل خلال اجتماعها مع النقابات السبت.",
               published="2018-06-04T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and "النقابات" in party(doc, ev[0]["recipients"] + ev[0]["actors"])


def test_relative_clause_of_the_genitive_names_no_doer(pipe):
    # "غارات التحالف العربي الذي تقوده السعودية": the clause describes the coalition (a party between the act noun and
    # the relative pronoun), so the coalition is no target of its own raids
    doc = full(pipe, "وأدت غارات التحالف العربي الذي تقوده السعودية إلى سقوط قتلى وجرحى بالقرب من مقر وزارة الداخلية "
                     "الذي يسيطر عليه الحوثيون في صنعاء.")
    assert not any("التحالف" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT"))


def test_unions_take_the_country_of_their_story(pipe):
    # unions act at home: with no demonym they take the one state the sentence names (or the story's scene)
    doc = full(pipe, "تواجه فرنسا موجة من الإضرابات دعت إليها النقابات العمالية في قطاع السكك الحديدية.")
    ev = factual(doc, "PROTEST")
    assert ev and "FRA" in party(doc, ev[0]["actors"])

"""Parties, session 14 (track s14parties): the subject of a relative clause on the trigger is its actor."""
from __future__ import annotations

from conftest import factual, full, party


# --- a relative pronoun opens a clause: the form with a pronoun after it is a verb, its subject after it ----------

def test_bare_root_verb_with_pronoun_after_relative_pronoun_takes_its_subject_after_it(pipe):
    doc = full(pipe, "وسقطت المدينة في 2014 تحت قبضة تنظيم \"الدولة الإسلامية\" الذي طرده \"مجلس الشورى\" في "
                     "تموز/يوليو 2015 بعد معارك دامية.")
    ev = [e for e in doc["events"] if e["trigger"]["text"] == "طرده"]
    assert ev and "مجلس الشورى" in party(doc, ev[0]["actors"])
    assert "الدولة الإسلامية" in party(doc, ev[0]["recipients"])


def test_relative_clause_without_pronoun_keeps_antecedent_as_subject(pipe):
    # (no pronoun on the verb: the antecedent acts, the party after the verb is its object)
    doc = full(pipe, "أفرجت السلطات عن القس الأمريكي الذي تحتجزه تركيا منذ عامين.")
    ev = factual(doc, "COERCE")
    assert ev and "TUR" in party(doc, ev[0]["actors"])


# --- an attack noun with its relative clause after a comma, a day, or قام به ------------------------------------

def test_attack_noun_relative_clause_after_a_comma_names_the_attacker(pipe):
    doc = full(pipe, "وتعرض عشرات الفلسطينيين للاختناق، جراء استنشاقهم الغاز المسيل للدموع، الذي أطلقه الجيش "
                     "الإسرائيلي بكثافة على الحشود المشاركة في المسيرة.")
    ev = [e for e in factual(doc, "ASSAULT") if "الغاز" in e["trigger"]["text"]]
    assert ev and "ISR" in party(doc, ev[0]["actors"])
    assert "ISR" not in party(doc, ev[0]["recipients"])


def test_attack_noun_relative_clause_after_a_day_names_the_attacker(pipe):
    doc = full(pipe, "وأفاد المصدر نفسه بتصاعد الضربات الجوية اليوم الخميس \"التي نفذتها الطائرات الحربية "
                     "والمروحية الروسية\" على مناطق عدة في درعا.")
    ev = [e for e in factual(doc, "ASSAULT") if "الضربات" in e["trigger"]["text"]]
    assert ev and "RUS" in party(doc, ev[0]["actors"])


def test_attack_noun_relative_clause_with_second_comma_is_not_read(pipe):
    # (a second break between the noun and the relative pronoun: the clause may describe another noun)
    from marsad.events.stage import _rel_past_aside
    from marsad.lang.ar import tokenize

    text = "استمر القصف، أمس، في المدينة، الذي شنته القوات"
    toks = tokenize(text)
    te = next(k for k, t in enumerate(toks) if t.text == "القصف") + 1
    assert _rel_past_aside(text, toks, te) is None


def test_relative_clause_after_second_of_two_coordinated_attacks_names_the_attacker(pipe):
    doc = full(pipe, "وقتل أكثر من 100 مدني في منطقة الغوطة الشرقية التي تسيطر عليها قوات المعارضة، وذلك بعد سلسلة "
                     "من الغارات الجوية والقصف المدفعي الذي شنه النظام السوري.")
    ev = [e for e in factual(doc, "ASSAULT") if "الغارات" in e["trigger"]["text"]]
    assert ev and "SYR" in party(doc, ev[0]["actors"])
    assert "المعارضة" not in party(doc, ev[0]["actors"])

"""Reactions whose addressee is the target of their author's act told just before (session 16, track s16react): a
demand joined by و, or told as a participle, after an accusation, condemnation, rejection, penalty or demand of the same
author in the sentence, naming no addressee of its own, is made of that act's target. Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_demand_joined_to_an_accusation_goes_to_the_accused(pipe):
    doc = full(pipe, "أمنستي تتهم الجيش المصري بـ \"استخدام قنابل عنقودية في سيناء\"\n\n"
                     "اتهمت منظمة العفو الدولية (أمنستي) الجيش المصري باستخدام قنابل عنقودية، ضمن الحملة العسكرية "
                     "الجارية في سيناء، وطالبت بـ\"الوقف الفوري لذلك\".", published="2018-02-15T16:18")
    ev = [e for e in factual(doc, "REQUEST") if "العفو" in party(doc, e["actors"])]
    assert ev and "الجيش المصري" in party(doc, ev[0]["recipients"])


def test_call_for_restraint_after_a_condemnation_goes_to_the_condemned(pipe):
    doc = full(pipe, "باريس تدين \"إطلاق النار العشوائي\" للجيش الاسرائيلي\n\n"
                     "دانت فرنسا السبت \"إطلاق النار العشوائي\" للجيش الاسرائيلي، الذي أدى إلى مقتل تسعة فلسطينيين "
                     "الجمعة، ودعت الى \"ضبط النفس\" في استخدام القوة.", published="2018-04-07T12:00")
    ev = [e for e in factual(doc, "REQUEST") if "فرنسا" in party(doc, e["actors"])]
    assert ev and "الجيش الإسرائيلي" in party(doc, ev[0]["recipients"])


def test_demand_with_its_own_addressee_keeps_it(pipe):
    doc = full(pipe, "اتهمت روسيا بريطانيا بتلفيق الاتهامات، ودعت الأمم المتحدة إلى التحقيق في الحادث.",
               published="2018-03-20T12:00")
    ev = [e for e in factual(doc, "REQUEST") if "روسيا" in party(doc, e["actors"])]
    assert not ev or "بريطانيا" not in party(doc, ev[0]["recipients"])


def test_threat_joined_to_an_accusation_goes_to_the_accused(pipe):
    doc = full(pipe, "أمريكا تتهم روسيا وإيران والأسد بخرق هدنة سوريا وتهدد برد عسكري منفرد\n\n"
                     "وجهت المندوبة الأمريكية في مجلس الأمن، نيكي هايلي، انتقادات شديدة لروسيا.",
               published="2018-03-13T12:00")
    ev = [e for e in factual(doc, "THREATEN") if "USA" in party(doc, e["actors"])]
    assert ev and any("إيران" in party(doc, e["recipients"]) for e in ev)


def test_object_pronoun_after_the_participle_names_the_addressee(pipe):
    doc = full(pipe, "وتوجهت حداد بعبارات قاسية جدا للرئيس الجزائري. واتهمت بوتفليقة بأنه جعل من الرئاسة وظيفة "
                     "شاغرة، داعية إياه إلى الانسحاب.")
    assert not any("الرئاسة" in party(doc, e["recipients"]) for e in factual(doc, "REQUEST"))

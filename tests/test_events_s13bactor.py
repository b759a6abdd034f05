"""Actors recovered for acts the coder dropped for want of one (session 13, track s13bactor): the pronoun on a stance
noun governed by a verb of stating is that verb's subject, named or dropped (owners.py), when the verb agrees with the
pronoun. Sentences from the corpus (shortened)."""
from __future__ import annotations

from conftest import factual, full, party


def test_participle_of_a_dropped_subject_owns_the_stance_noun(pipe):
    doc = full(pipe, "ترمب: قمة الـ 7 تعهدت بمراقبة الطموحات النووية لإيران\n\n"
                     "قال الرئيس الأميركي دونالد ترمب إن القمة بحثت التهديد الإيراني.\n"
                     "وأشار إلى ارتياحه للمناقشات \"المثمرة للغاية\" حول التجارة في مجموعة السبع، مؤكداً تأييده عودة "
                     "روسيا إلى مجموعة الثماني.")
    ev = [e for e in factual(doc, "SUPPORT") if "RUS" in party(doc, e["recipients"])]
    assert ev and "Trump" in party(doc, ev[0]["actors"])


def test_light_verb_with_its_subject_before_owns_the_refusal(pipe):
    doc = full(pipe, "ترامب يلتقي أعضاء الكونغرس\n\n"
                     "وكان ترامب، الذي أقال قبل يومين وزير خارجيته، قد أعرب مرارا عن رفضه للاتفاق المبرم مع إيران، "
                     "واصفا إياه بـ \"الرهيب\".")
    ev = factual(doc, "REJECT")
    assert ev and "Trump" in party(doc, ev[0]["actors"])


def test_feminine_verb_does_not_own_a_masculine_pronoun():
    from marsad.events import owners
    assert owners._agreement("اكدت") == "fem" and owners._SUFFIX_OF["fem"] == "ها"
    assert owners._agreement("موكدا") == "masc" and owners._SUFFIX_OF["masc"] == "ه"


def test_pronoun_suffix_of_a_stance_noun():
    from marsad.lang.ar import tokenize
    from marsad.events.owners import _suffix
    toks = tokenize("تأييده رفضها دعمهم المساعدة استقالته")
    assert [_suffix(t) for t in toks] == ["ه", "ها", "هم", None, "ه"]


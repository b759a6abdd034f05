"""Accusation recall, session 31 (track s31accrec): a title's demonym before a word of former/special and the holder's
name; the judged one's own closing comma after a verb of describing; a participle after a quote that opened in an
earlier sentence. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party


# --- "الجاسوس الروسي السابق سيرغي سكريبال": the named holder heads the phrase, not the demonym's state --------------

def test_named_holder_after_demonym_and_former_is_the_target(pipe):
    doc = full(pipe, "وصف الرئيس الروسي، فلاديمير بوتن، الجاسوس الروسي السابق سيرغي سكريبال، بأنه \"حثالة وخائن\".")
    ev = factual(doc, "ACCUSE")
    assert ev and "Putin" in party(doc, ev[0]["actors"]) and "سكريبال" in party(doc, ev[0]["recipients"])


def test_former_minister_named_after_demonym(pipe):
    doc = full(pipe, "انتقدت تركيا وزير العدل الأمريكي السابق جيف سيشنز.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Sessions" in party(doc, ev[0]["recipients"])


def test_special_counsel_named_after_demonym_at_home(pipe):
    doc = full(pipe, "انتقد ترامب المحقق الأمريكي الخاص روبرت مولر.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Mueller" in party(doc, ev[0]["recipients"])


# --- "وصف X، ...، Y، بأنه": the comma before the judgement closes the judged one's phrase -----------------------------

def test_judged_person_with_closing_comma(pipe):
    doc = full(pipe, "وصف بوريس جونسون، وزير الخارجية البريطاني، زعيم حزب العمال المعارض، جيرمي كوربن، بأنه \"أحمق "
                     "مفيد للكرملين\"، بعد تعليق من الثاني على محاولة تسميم الجاسوس الروسي في سالزبري.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Johnson" in party(doc, ev[0]["actors"]) and "Corbyn" in party(doc, ev[0]["recipients"])


def test_aside_inside_the_judged_act_is_no_target(pipe):
    doc = full(pipe, "وصف القضاء البلجيكي الهجوم الذي أوقع ثلاثة قتلى الثلاثاء في لييج شرق البلاد، بينهم شرطيتان، بأنه "
                     "\"جريمة قتل إرهابية ومحاولة قتل إرهابية\".")
    assert not any("شرطيت" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


# --- a participle after a quote that spans a full stop: the quote's speaker accuses ------------------------------

def test_participle_after_quote_over_two_sentences(pipe):
    doc = full(pipe, "فالكون يرفض النتائج\n\nوقال هنري فالكون منافس مادورو الرئيسي خلال مؤتمر صحافي \"لا نعترف بهذه العملية الانتخابية. "
                     "بالنسبة إلينا لم تجر انتخابات. يجب تنظيم انتخابات جديدة في فنزويلا\"، متهما الحكومة بالضغط على "
                     "الناخبين.")
    ev = factual(doc, "ACCUSE")
    assert ev and "هنري" in party(doc, ev[0]["actors"]) and "VEN" in party(doc, ev[0]["recipients"])


def test_participle_after_quote_in_its_own_sentence_unchanged(pipe):
    doc = full(pipe, "وقال وزير الخارجية الإيراني محمد جواد ظريف \"يجب تنظيم انتخابات جديدة\"، متهما الولايات المتحدة "
                     "بالضغط على الناخبين.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Zarif" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_participle_not_after_the_quote_takes_no_speaker(pipe):
    doc = full(pipe, "فالكون يرفض النتائج\n\nوقال هنري فالكون \"لا نعترف بهذه العملية. يجب تنظيم انتخابات جديدة\". وفي سياق آخر، متهما الحكومة "
                     "بالضغط على الناخبين.")
    assert not any("هنري" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))

"""Parties named by a dual noun or verb (session 17, track s17anaphora): "الطرفين"، "البلدين"، "اتفقا" stand for the two
sides of the last two-sided act before them (events/stage.py _pair_before), now also the author and the target of a
hostile act (an attack, an accusation, a threat, a sanction); a first person plural ("اتفقنا"، "طلبنا") is no dual.
Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_both_sides_after_an_attack_are_its_author_and_target(pipe):
    doc = full(pipe, "غارات وقصف إسرائيلي مكثف على غزة\n\n"
                     "قصف الجيش الإسرائيلي بشكل مكثف غزة الجمعة ما أدى إلى مقتل أربعة فلسطينيين بينهم ثلاثة من عناصر "
                     "حماس. وأعلن الجيش الإسرائيلي أن مقاتلاته بدأت هجوما واسع النطاق ضد أهداف عسكرية لحركة حماس على طول "
                     "قطاع غزة، فيما دعت الأمم المتحدة الطرفين إلى الابتعاد عن \"حافة الهاوية\".",
               published="2018-07-20T20:04")
    ev = [e for e in factual(doc, "REQUEST") if "United Nations" in party(doc, e["actors"])]
    assert ev
    recips = party(doc, ev[0]["recipients"])
    assert "حماس" in recips and "الجيش الإسرائيلي" in recips
    assert "الطرفين" not in recips


def test_a_first_person_plural_takes_no_hostile_pair():
    from marsad.pipeline import build
    build()
    from marsad.events.stage import _first_plural
    for w in ("اتفقنا", "طلبنا", "تعهدنا", "اغلقنا"):
        assert _first_plural(w), w
    for w in ("اتفقا", "واتفقا", "بحثا", "يبحثان", "اعلنا"):
        assert not _first_plural(w), w


def test_we_agreed_in_a_quote_takes_no_pair_from_an_accusation(pipe):
    doc = full(pipe, "هيلي: روسيا تقصف الغوطة\n\n"
                     "واتهمت هيلي الحكومة الروسية بالاستمرار في القصف. وقالت هيلي في كلمتها أمام مجلس الأمن: "
                     "\"اتفقنا على وقف إطلاق النار لمدة 30 يومًا\".", published="2018-03-13T12:00")
    for e in factual(doc, "AGREE"):
        assert "الحكومة الروسية" not in " ".join(party(doc, e["recipients"]))


def test_an_accusative_verbal_noun_after_a_comma_is_no_dual_verb(pipe):
    doc = full(pipe, "واشنطن تطرد الجواسيس الروس\n\n"
                     "وقال مسؤول في البيت الأبيض، الاثنين، إن واشنطن قررت طرد عشرات \"الجواسيس الروس\" وإغلاق القنصلية "
                     "العامة الروسية في سياتل، تضامنا مع لندن في محاولة اغتيال الجاسوس الروسي السابق سيرغي سكريبال.",
               published="2018-03-27T12:00")
    for e in factual(doc, "SUPPORT"):
        assert "RUS" not in party(doc, e["actors"]).split()


def test_talks_between_both_sides_after_a_rejection_in_the_same_sentence(pipe):
    doc = full(pipe, "صفقة كوريا الشمالية وإسرائيل\n\n"
                     "ويعود تاريخ الصفقة إلى عام 1999، عندما قدم سفير كوريا الشمالية لدى السويد آنذاك، اقتراحا إلى "
                     "نظيره الإسرائيلي، بمنح بيونغ يانغ مليار دولار أميركي لوقف بيع تكنولوجيا الصواريخ إلى إيران.\n"
                     "ورفضت الحكومة الإسرائيلية طلب كوريا الشمالية، وتوقفت المحادثات بين الطرفين عند هذه النقطة.",
               published="2018-07-09T12:00")
    for e in factual(doc, "CONSULT"):
        assert "IRN" not in party(doc, e["actors"] + e["recipients"]).split()


def test_the_meeting_during_which_the_two_leaders_agreed_was_held(pipe):
    doc = full(pipe, "إعلان أسمرة.. بداية صفحة جديدة بين إثيوبيا وإريتريا\n\n"
                     "وقع رئيس وزراء إثيوبيا، آبي أحمد علي، الاثنين، مع الرئيس الإريتري، أسياسي أفورقي، \"إعلان أسمرة\"، "
                     "ليدشن صفحة جديدة في العلاقات بين إثيوبيا وإريتريا.\n"
                     "وقالت هيئة الإذاعة الإثيوبية \"اتفق الزعيمان خلال اجتماعهما على استعادة العلاقات واستئناف الرحلات "
                     "الجوية بين البلدين\".", published="2018-07-09T08:28")
    ev = factual(doc, "CONSULT")
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "ETH" in sides and "ERI" in sides

"""Verbal events (ACCUSE, REJECT, REQUEST, THREATEN, SUPPORT, AGREE, CONSULT, CONCEDE): who acts and whether the act
was told as having happened. Short news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


def one(doc, typ, trigger):
    evs = [e for e in factual(doc, typ) if trigger in e["trigger"]["text"]]
    assert len(evs) == 1, [(e["type"], e["trigger"]["text"]) for e in doc["events"]]
    return evs[0]


# ---- a first-person act inside a direct quote is the speaker's ---------------------------------------------------

def test_first_person_singular_in_a_quote_is_the_speaker_not_the_addressee(pipe):
    doc = full(pipe, "استقبل الرئيس الروسي فلاديمير بوتين، الخميس، نظيره السوري بشار الأسد في مدينة سوتشي الروسية.\n"
                     "وقال بوتين للأسد: \"أهنئكم على النجاحات الكبيرة التي أحرزها الجيش السوري في الحرب ضد الإرهاب\".")
    ev = one(doc, "SUPPORT", "أهنئكم")
    assert "بوتين" in party(doc, ev["actors"]) and "الأسد" not in party(doc, ev["actors"])


def test_first_person_plural_in_a_quote_is_the_speaker_not_a_party_named_before(pipe):
    doc = full(pipe, "وأبلغ السفير الأميركي ريتشارد غرينيل صحيفة \"بيلد\" أن الإدارة الأميركية قلقة من خطط تحويل مئات "
                     "الملايين من اليورو إلى إيران نقدا، وقال: \"نطلب من الحكومة الألمانية على أعلى مستوى التدخل ووقف "
                     "الخطة\".")
    ev = one(doc, "REQUEST", "نطلب")
    # the speaker or his side (the US administration named before him), not Iran
    assert "USA" in party(doc, ev["actors"]) and "إيران" not in party(doc, ev["actors"])
    assert "الحكومة الألمانية" in party(doc, ev["recipients"])


def test_speaker_condemns_in_the_first_person_before_a_body_he_addresses(pipe):
    doc = full(pipe, "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريس أمام مجلس الأمن: \"أدين بشكل قاطع خطوات جميع "
                     "الأطراف التي أوصلتنا إلى هذا الوضع\".")
    ev = one(doc, "ACCUSE", "أدين")
    assert "غوتيريس" in party(doc, ev["actors"]) and "مجلس الأمن" not in party(doc, ev["actors"])


def test_first_person_forms(stage):
    from marsad.events.stage import _own_voice
    from marsad.lang.ar import normalize

    for w in ("نطلب", "أهنئكم", "أدين", "نرفض", "وندعم", "رفضنا", "أبرمنا", "نطالبكم"):
        assert _own_voice(normalize(w)), w
    # perfects of the third person that open with ن or ا, and a perfect in ت (as often "she")
    for w in ("أدان", "ناشد", "أبرم", "نفى", "رفضت", "طالب", "يطالب", "تدعم"):
        assert not _own_voice(normalize(w)), w

"""Trigger frames the lexicon lacked (session 17, track s17material): giving oneself up (CONCEDE surrender) and giving
material to a party (AID: supplying weapons with زود، handing weapon systems over with سلم/تسليم, sending material with
أرسل); data/triggers.tsv and data/fallback_triggers.tsv. Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_giving_oneself_up_to_the_police_is_a_concession(pipe):
    doc = full(pipe, "المنتج السينمائي هارفي واينستين يسلم نفسه للشرطة قبيل مثوله أمام القضاء\n\n"
                     "سلم المنتج الهوليوودي هارفي واينستين نفسه إلى شرطة نيويورك الجمعة.", published="2018-05-25T15:00")
    ev = factual(doc, "CONCEDE")
    assert ev and "واينستين" in party(doc, ev[0]["actors"]) and "شرطة" in party(doc, ev[0]["recipients"])


def test_a_demanded_surrender_is_no_concession(pipe):
    doc = full(pipe, "السعودية\n\n"
                     "وأضاف أنه وعند محاصرته وتوجيه النداءات له بتسليم نفسه رفض الاستجابة وهاجم رجال الأمن بسلاح أبيض.",
               published="2018-05-06T12:00")
    assert not factual(doc, "CONCEDE")


def test_handing_a_weapon_system_over_is_aid(pipe):
    doc = full(pipe, "روسيا تعلن تسليم منظومة الدفاع الجوي \"اس-300\" إلى سوريا\n\n"
                     "وأبلغ وزير الدفاع الروسي سيرغي شويغو، الرئيس فلاديمير بوتين، بأن روسيا سلمت 4 منصات لإطلاق الصواريخ "
                     "إلى دمشق الاثنين.", published="2018-10-03T01:43")
    ev = factual(doc, "AID")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "SYR" in party(doc, ev[0]["recipients"])


def test_sending_material_to_a_government_is_aid(pipe):
    doc = full(pipe, "علاقة \"كيماوية\" بين كوريا الشمالية والنظام السوري\n\n"
                     "أرسلت كوريا الشمالية معدات للحكومة السورية يمكن استخدامها في إنتاج أسلحة كيماوية.",
               published="2018-02-27T14:19")
    ev = factual(doc, "AID")
    assert ev and "PRK" in party(doc, ev[0]["actors"]) and "SYR" in party(doc, ev[0]["recipients"])


def test_sending_troops_stays_a_mobilization(pipe):
    doc = full(pipe, "تركيا ترسل تعزيزات عسكرية إلى ريف حماة\n\n"
                     "أرسل الجيش التركي تعزيزات عسكرية جديدة إلى نقاط المراقبة في ريف حماة الشمالي.",
               published="2018-06-29T12:00")
    assert factual(doc, "MOBILIZE") and not factual(doc, "AID")


def test_receiving_aircraft_is_no_aid(pipe):
    doc = full(pipe, "البنتاغون يوقف تحليق طائرات F35\n\n"
                     "وقال الناطق إن الولايات المتحدة وشركاءها الذين تسلموا هذه الطائرات - بريطانيا وإسرائيل - قد أوقفوا "
                     "مؤقتا العمليات الجوية للطائرات التي بحوزتهم.", published="2018-10-11T14:57")
    assert not factual(doc, "AID")


def test_handing_over_ones_own_weapons_is_no_aid(pipe):
    doc = full(pipe, "درعا\n\n"
                     "وأفاد الإعلام السوري أنه تم التوصل إلى اتفاق بين النظام السوري والفصائل المسلحة، يقضي بأن تقوم "
                     "الفصائل بتسليم أسلحتها الثقيلة والمتوسطة.", published="2018-07-15T09:37")
    assert not factual(doc, "AID")


def test_a_prevented_delivery_is_not_asserted(pipe):
    doc = full(pipe, "لافروف\n\n"
                     "أشار وزير الخارجية الروسي سيرغي لافروف إلى إن الضربات الجوية الأمريكية على سوريا تعفي روسيا من أي "
                     "التزام أخلاقي يمنعها من تسليم أنظمة إس-300 الصاروخية لحليفها الرئيس السوري بشار الأسد.",
               published="2018-04-20T16:39")
    assert not factual(doc, "AID")

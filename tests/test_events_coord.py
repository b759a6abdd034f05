"""A verb joined by و (ثم، "، كما") with no subject of its own shares the subject of the closest finite verb before it
in the sentence, not that verb's object (events.stage.EventStage._coord_subject). Short news-style sentences (real
phrasing)."""
from __future__ import annotations

from conftest import full, party
from evhelpers import of_type


def test_praise_after_hosting_is_the_hosts(pipe):
    doc = full(pipe, "استضاف الرئيس الأمريكي دونالد ترامب أمير قطر الشيخ تميم بن حمد في البيت الأبيض وأثنى على جهود "
                     "قطر في مكافحة الإرهاب.")
    ev = of_type(doc, "SUPPORT")
    assert ev and "Trump" in party(doc, ev[0]["actors"])
    assert "Tamim" not in party(doc, ev[0]["actors"])


def test_svo_subject_inside_a_quote_goes_on(pipe):
    doc = full(pipe, 'وقال الأمين العام للرئاسة الإيطالية أوغو زامبيتي للصحافيين الاثنين إن "الرئيس ماتاريلا استقبل '
                     'كوتاريلي وطلب منه تشكيل حكومة".')
    ev = of_type(doc, "REQUEST")
    assert ev and "ماتاريلا" in party(doc, ev[0]["actors"]) or ev and "Mattarella" in party(doc, ev[0]["actors"])
    assert "كوتاريلي" not in party(doc, ev[0]["actors"])


def test_headline_subject_before_two_verbs(pipe):
    doc = full(pipe, "حزب الله ينفي تدريب البوليساريو وينتقد قطع المغرب للعلاقات مع إيران")
    ev = [e for e in of_type(doc, "ACCUSE") if e["trigger"]["text"] == "وينتقد"]
    assert ev and "Hezbollah" in party(doc, ev[0]["actors"])
    assert "Polisario" not in party(doc, ev[0]["actors"])


def test_agreement_after_an_invitation(pipe):
    doc = full(pipe, "دعا الزعيم الكوري الشمالي كيم جونغ أون الرئيس الأمريكي دونالد ترامب لزيارة بيونغ يانغ ووافق من "
                     "جانبه على دعوة وجهها إليه ترامب لزيارة واشنطن.")
    ev = [e for e in of_type(doc, "AGREE") if e["trigger"]["text"] == "ووافق"]
    assert ev and "Kim Jong" in party(doc, ev[0]["actors"])


def test_function_reads_the_clause(pipe):
    """The function itself: the subject of the closest verb, a told clause's own subject, and no subject where the
    verb's person does not agree."""
    from marsad.events.stage import _coord_agr

    assert _coord_agr("اثني") == "m" and _coord_agr("طالبت") == "f" and _coord_agr("رفضوا") == "pl"
    assert _coord_agr("يطالب") == "m"
    # a verb joined with no comma inside a told clause goes on with that clause's subject, not the speaker
    # (s28accuse: "يشعل الصراعات" is itself a wrongdoing form now, and the accusation takes that first verb as its
    # trigger; a first predicate outside the paradigms keeps ويدعم the one read through the coordination)
    doc = full(pipe, "وأضاف ترامب أن النظام الإيراني يسعى للهيمنة على الشرق الأوسط ويدعم المنظمات الإرهابية.")
    ev = [e for e in doc["events"] if e["trigger"]["text"].startswith("ويدعم")]
    # (read as Trump's charge that the regime backs terrorism: the regime is the one backing, the one accused)
    ents = {e["id"]: e for e in doc["entities"]}
    assert ev and all(any(ents[i].get("country") == "IRN" for i in (e["actors"] if e["type"] == "SUPPORT"
                                                                    else e["recipients"])) for e in ev)
    # a masculine verb after a feminine one has a subject of its own: Egypt does not call for the inquiry
    doc = full(pipe, "أدانت مصر الهجوم على السفارة وطالب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالتحقيق فيه.")
    assert all("Egypt" not in party(doc, e["actors"]) for e in of_type(doc, "REQUEST"))


def test_the_praised_owner_is_the_one_met(pipe):
    """"وأثنى على جهوده"، "وأشاد بدوره": the pronoun on the praised noun is the other party of the verb before."""
    doc = full(pipe, "استضاف الرئيس الأمريكي دونالد ترامب أمير قطر الشيخ تميم بن حمد في البيت الأبيض وأثنى على جهوده "
                     "في مكافحة الإرهاب.")
    ev = of_type(doc, "SUPPORT")
    assert ev and "Trump" in party(doc, ev[0]["actors"]) and "Tamim" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي مايك بومبيو في القاهرة وأشاد "
                     "بدوره في تعزيز العلاقات.")
    ev = of_type(doc, "SUPPORT")
    assert ev and "Sisi" in party(doc, ev[0]["actors"]) and "Pompeo" in party(doc, ev[0]["recipients"])


def test_a_party_after_a_verb_with_waw_is_its_own_subject(pipe):
    """A verb with و opens its clause: the party right before it (the last clause's object) is not its subject; the
    party after it is."""
    doc = full(pipe, "وناقش الزعيمان الشأن السوري وحث ماكرون ترامب على الإبقاء على القوات الأميركية في سوريا.")
    ev = of_type(doc, "REQUEST")
    assert ev and "Macron" in party(doc, ev[0]["actors"]) and "Trump" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "وقتل في مواجهات الأسبوع الماضي 21 فلسطينيا واتهمت إسرائيل المتظاهرين بأنهم إرهابيون.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "Israel" in party(doc, ev[0]["actors"]) and "Palestin" not in party(doc, ev[0]["actors"])


def test_a_real_subject_after_the_joined_verb_stays(pipe):
    doc = full(pipe, "استقبل الرئيس الأمريكي دونالد ترامب أمير قطر الشيخ تميم بن حمد في البيت الأبيض، وأثنى أمير قطر "
                     "على الرئيس الأمريكي.")
    ev = of_type(doc, "SUPPORT")
    assert ev and "Tamim" in party(doc, ev[0]["actors"]) and "Trump" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في هلسنكي واتهمه بالتدخل في "
                     "الانتخابات.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "Trump" in party(doc, ev[0]["actors"]) and "Putin" in party(doc, ev[0]["recipients"])

"""Parties that cannot act or be acted on as political parties (events.stage._agent_parties, _prep): a city, a
province, a sea, a region or a strait is where an act happened, not its side; a state's capital stands for the state
and stays; a place named for its people (سكان محافظة البصرة، قبائل صعدة) stays; a place the clause is set in
("وفي محافظة ذي قار، منعت السلطات ...") is not the clause's subject. Geography comes from the entity KB (place kinds,
capitals). Short news-style sentences (real phrasing)."""
from __future__ import annotations

from conftest import full, party
from evhelpers import of_type


def _names(doc, ev):
    return party(doc, ev["actors"]) + " | " + party(doc, ev["recipients"])


def _kb_ids(doc, ids):
    ents = {e["id"]: e for e in doc["entities"]}
    return {ents[i].get("kb_id") for i in ids}


def test_kb_feature_places_hold_no_capital():
    from marsad.events.stage import _feature_places

    places = _feature_places()
    assert "place:caspian_sea" in places and "place:hodeidah" in places and "place:dubai" in places
    assert "place:beijing" not in places and "place:damascus" not in places  # capitals stand for their states
    assert "place:kurdistan_region" not in places and "place:europe" not in places


def test_a_city_talked_about_is_no_side_of_the_talks(pipe):
    doc = full(pipe, "وتطرق الوزير إلى \"مبادرة الحديدة\" التي ناقشها المبعوث الأممي، مارتن غريفيث، خلال زياراته "
                     "إلى صنعاء.")
    ev = of_type(doc, "CONSULT")
    assert ev and "غريفيث" in party(doc, ev[0]["actors"])
    assert all("place:hodeidah" not in _kb_ids(doc, e["actors"] + e["recipients"]) for e in doc["events"])
    assert "Hodeidah" in party(doc, [ev[0]["location"]])  # the place the talks were about is kept as the location


def test_a_strait_is_not_accused(pipe):
    doc = full(pipe, "واتهمت الصين في آب/ أغسطس بزعزعة العلاقات بين جانبي مضيق تايوان بعد قرار السلفادور قطع "
                     "العلاقات مع تايبيه.")
    ev = of_type(doc, "ACCUSE")
    assert ev and "CHN" in party(doc, ev[0]["actors"]) and "مضيق" not in _names(doc, ev[0])


def test_the_condemned_attack_s_town_is_no_recipient(pipe):
    doc = full(pipe, "تركيا تدين الهجوم على دوما السورية")
    ev = of_type(doc, "ACCUSE")
    # (no doer is named: no accusation at all is right too, test_events_condemn; the town is never the accused)
    assert all("TUR" in party(doc, e["actors"]) and "دوما" not in party(doc, e["recipients"]) for e in ev)


def test_a_capital_standing_for_its_state_stays(pipe):
    doc = full(pipe, "وسارعت لندن إلى طرد 23 دبلوماسيا روسيا يعملون في بريطانيا.")
    ev = of_type(doc, "SANCTION")
    assert ev and "لندن" in party(doc, ev[0]["actors"])


def test_a_city_shelled_stays_the_target(pipe):
    doc = full(pipe, "أكد مسؤول حكومي سوري، الأحد، أن الضربات الجوية الروسية والسورية على محافظة إدلب \"دقيقة\" "
                     "وموجهة نحو المجموعات المسلحة.")
    ev = of_type(doc, "ASSAULT")
    assert ev and "إدلب" in party(doc, ev[0]["recipients"])


def test_the_people_of_a_province_protest(pipe):
    # (the people of the province protest: the province's protesters, named by it or by its country)
    doc = full(pipe, "ووجه شكره إلى سكان محافظة البصرة، الذين لا يزالون يواصلون احتجاجاتهم على شح المياه.")
    ev = of_type(doc, "PROTEST")
    assert ev and ("البصرة" in party(doc, ev[0]["actors"]) or "IRQ" in party(doc, ev[0]["actors"]))


def test_the_tribes_of_a_province_reject(pipe):
    doc = full(pipe, "قبائل صعدة: نرفض الانقلاب الحوثي المدعوم من إيران")
    ev = of_type(doc, "REJECT")
    assert ev and "صعدة" in party(doc, ev[0]["actors"])


def test_a_place_after_wa_fi_is_the_setting_not_the_subject(pipe):
    doc = full(pipe, "وفي محافظة ذي قار، منعت السلطات الأمنية المتظاهرين من نصب خيام اعتصام.")
    ev = of_type(doc, "COERCE")
    assert ev and "السلطات" in party(doc, ev[0]["actors"]) and "قار" not in party(doc, ev[0]["actors"])
    assert "قار" in party(doc, [ev[0]["location"]])


def test_protesters_after_a_place_set_with_wa_fi(pipe):
    doc = full(pipe, "وفي الأحواز، تظاهر عمال شركة الأحواز الوطنية للحفر مطلع الأسبوع أمام مكتب المحافظ.")
    ev = of_type(doc, "PROTEST")
    assert ev and "عمال" in party(doc, ev[0]["actors"])


def test_a_country_after_wa_fi_is_no_side_of_the_warning(pipe):
    doc = full(pipe, "وفي روسيا، حذر المتحدث باسم الكرملين، دميتري بيسكوف، من \"أي خطة من شأنها تصعيد التوتر\".")
    assert not any("RUS" in party(doc, e["actors"]) and "بيسكوف" in party(doc, e["recipients"]) for e in doc["events"])


# ---- the relative clause of an indefinite noun names the giver (no الذي/التي in Arabic)
def test_aid_given_by_the_relative_clause_s_subject(pipe):
    doc = full(pipe, "وأفادت مصادر محلية بأن ميليشيات الحوثي اقتحمت منازل المواطنين جنوب مدينة الحديدة واستولت على "
                     "مساعدات إغاثية قدمها تحالف دعم الشرعية للسكان في مناطق التماس.")
    ev = of_type(doc, "AID")
    assert ev and "تحالف" in party(doc, ev[0]["actors"]) and "الحوثي" not in party(doc, ev[0]["actors"])


def test_sanctions_imposed_by_the_relative_clause_s_subject_not_by_a_demonym(pipe):
    doc = full(pipe, "أمر الرئيس التركي، رجب طيب أردوغان، بتجميد أي أصول في تركيا لوزيري الداخلية والعدل "
                     "الأمريكيين، ردا على عقوبات مماثلة فرضها الرئيس الأمريكي، دونالد ترامب، ضد وزيرين تركيين.")
    assert not any("ترامب" in party(doc, e["recipients"]) for e in of_type(doc, "SANCTION"))


# ---- dictionary words after a title are no person's name (parties._name_words, _dictionary_word)
def _coder_names(doc):
    return {e["name"] for e in doc["entities"] if str(e["id"]).startswith("ev-p")}


def test_a_negated_predicate_after_the_title_is_no_name(pipe):
    doc = full(pipe, "وتابع المسؤول \"لن نسحب (القوات) على الفور، لكن الرئيس ليس مستعدا لدعم التزام طويل الأجل\".")
    assert "ليس مستعدا" not in _coder_names(doc)


def test_the_object_after_the_title_is_no_name(pipe):
    doc = full(pipe, "يبدأ السبت محمد جواد ظريف وزير الخارجية الإيراني جولة دبلوماسية محاولا إنقاذ الاتفاق النووي "
                     "الذي انسحبت منه الولايات المتحدة الأمريكية.")
    assert not any(n.startswith("جولة") for n in _coder_names(doc))
    # (s32built: the withdrawal of the relative clause is the United States', "الذي انسحبت منه الولايات المتحدة")
    assert all("ظريف" in party(doc, e["actors"]) for e in doc["events"] if e["actors"] and e["type"] != "RETREAT")


def test_an_adjective_after_a_title_word_is_no_name(pipe):
    doc = full(pipe, "وكان إبراهيم، الذي كان ينظر إليه كزعيم مستقبلي للبلاد، سجن بتهم فساد بعد إقالته من الحكومة.")
    assert not any("مستقبلي" in n for n in _coder_names(doc))


def test_an_adverb_after_the_counterpart_is_no_name(pipe):
    doc = full(pipe, "والتقى بومبيو الزعيم الكوري الشمالي مرتين في بيونغ يانغ.")
    assert "مرتين" not in _coder_names(doc)
    ev = of_type(doc, "CONSULT")
    assert ev and "الكوري الشمالي" in party(doc, ev[0]["recipients"])


def test_an_official_with_a_two_word_demonym(pipe):
    doc = full(pipe, "وزير الخارجية الأمريكي يبدأ المحادثات مع مسؤول كوري شمالي تحضيرا للقمة المرتقبة")
    assert "مسؤول كوري شمالي" in _coder_names(doc) and not any("تحضيرا" in n for n in _coder_names(doc))


def test_an_indefinite_title_in_construct_with_a_state(pipe):
    doc = full(pipe, "وقع رئيس وزراء إثيوبيا، آبي أحمد علي، الاثنين، مع الرئيس الإريتري، أسياس أفورقي، إعلان سلام "
                     "وصداقة.")
    assert "وزراء" not in _coder_names(doc)


def test_dictionary_words_and_names():
    from marsad.entities import words
    from marsad.events.parties import _dictionary_word

    if not words.available():
        return  # (no dictionary: the test has nothing to tell)
    for w in ("ليس", "جوله", "مستقبلي", "مغادره", "تحضيرا"):
        assert _dictionary_word(w, w), w
    for w in ("محمد", "سلمان", "جمال", "ابي", "احمد", "بنسودا", "كوتزياس"):
        assert not _dictionary_word(w, w), w


# ---- homographs after لل (ل + the article whose alef is not written)
def _coder_mentions(pipe, text):
    """The event coder's party mentions (DocParties.mentions) of the one sentence ``text``."""
    from marsad.events.parties import DocParties
    from marsad.record import new_document

    doc = new_document("t", text, meta={"published": "2018-08-06T12:00"})
    ev = None
    for st in pipe.stages:
        st.setup()
        if st.name == "events":
            ev = st
            break
        doc = st.process(doc)
    dp = DocParties(doc, ev.lex)
    return [text[m.start:m.end] for m in dp.mentions(dp.tokens(0, len(text)))]


def test_lil_qada_ala_is_no_judiciary(pipe):
    ms = _coder_mentions(pipe, "وقال المالكي إن التحالف ينفذ عمليات جوية ضمن جهود التعاون الدولي للقضاء على الإرهاب.")
    assert not any("قضاء" in m for m in ms), ms


def test_lil_nizam_al_qadai_is_no_regime(pipe):
    ms = _coder_mentions(pipe, "وقالت المنظمة إن المحاكمة يمثل إهانة للنظام القضائي التركي، وندعو السلطات التركية إلى "
                               "إسقاط التهم.")
    assert not any("نظام" in m for m in ms), ms


def test_a_staff_rank_is_no_name(pipe):
    ms = _coder_mentions(pipe, "وحضر حفل ختام المناورات مساعد وزير الدفاع للتدريب العسكري المصري اللواء أركان حرب أحمد "
                               "وصفي، ونائب قائد القوات البرية.")
    assert not any(m in ("اللواء أركان", "للتدريب") for m in ms), ms
    assert any(m.startswith("اللواء أركان حرب أحمد") for m in ms), ms


def test_a_given_name_goes_on_with_a_surname_that_is_a_word(pipe):
    ms = _coder_mentions(pipe, "والتقى الرئيس الأمريكي جورج بوش الشيخ عبد الستار أبو ريشة في قاعدة الأسد.")
    assert "الشيخ عبد الستار أبو ريشة" in ms, ms

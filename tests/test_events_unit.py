"""Unit tests of the Arabic PLOVER event coder on short real-style news sentences (no shared data needed)."""
from __future__ import annotations

from conftest import run
from marsad.events.lexicon import expand, readings
from marsad.events.stage import EventStage
from marsad.record import new_document


def names(doc, ids):
    ents = {e["id"]: e for e in doc["entities"]}
    out = set()
    for i in ids:
        e = ents[i]
        out.add(e.get("country") or e["name"])
        out.update(m["text"] for m in e["mentions"])
    return out


def only(doc, typ):
    evs = [e for e in doc["events"] if e["type"] == typ]
    assert evs, doc["events"]
    return evs[0]


def test_verb_morphology_expands_all_persons():
    forms = set(expand("بحث/بحث"))
    for w in ("بحث", "بحثا", "بحثوا", "بحثنا", "يبحث", "يبحثان", "تبحث", "نبحث", "يبحثون"):
        assert w in forms
    assert "روسي" in readings("والروسي")
    assert "زياره" in readings("زيارته")


def test_consult_vso_with_preposition(stage):
    doc = run(stage, "بحث الرئيس الأمريكي مع نظيره الروسي التفاصيل المتعلقة بوقف إطلاق النار.")
    ev = only(doc, "CONSULT")
    assert "USA" in names(doc, ev["actors"]) and "RUS" in names(doc, ev["recipients"])
    assert not ev["hypothetical"] and not ev["negated"]
    # وقف إطلاق النار is not a shooting
    assert not [e for e in doc["events"] if e["type"] == "ASSAULT"]


def test_symmetric_consult_between_two_offices(stage):
    doc = run(stage, "مستشارا الأمن القومي الأمريكي والروسي يبحثان سبل وقف إطلاق النار بأوكرانيا")
    ev = only(doc, "CONSULT")
    parties = names(doc, ev["actors"]) | names(doc, ev["recipients"])
    assert {"USA", "RUS"} <= parties
    assert "UKR" not in parties  # بأوكرانيا is where, not who


def test_svo_support_and_date_from_weekday(stage):
    doc = run(stage, "وزير الخارجية البحريني يؤيد قرار المغرب قطع العلاقات مع إيران يوم الثلاثاء.",
              published="2018-05-02T10:00")
    ev = only(doc, "SUPPORT")
    assert "BHR" in names(doc, ev["actors"])
    assert "MAR" in names(doc, ev["recipients"])


def test_negation_and_hypothetical(stage):
    doc = run(stage, "وقالت الوزارة إن الشرطة لم تعتقل أي متظاهر في العاصمة.")
    assert all(e["negated"] for e in doc["events"] if e["type"] == "COERCE")
    doc = run(stage, "وطالبت الأسر السلطات السودانية بالإفراج عن المعتقلين السياسيين.")
    assert all(e["hypothetical"] for e in doc["events"] if e["type"] == "RETREAT")


def test_assault_with_demonym_actor(stage):
    doc = run(stage, "قصف الجيش الإسرائيلي مواقع لحركة حماس في قطاع غزة فجر اليوم.")
    ev = only(doc, "ASSAULT")
    assert "ISR" in names(doc, ev["actors"])
    assert ev["mode"] == "aerial"
    assert ev["date"] == "2018-07-15"


def test_historical_background():
    # argument attribution and dating of background; the sentence classifier (which reads background as no
    # attack, as the PLOVER gold does) is left out here
    rules = EventStage(veto=False)
    rules.setup()
    doc = run(rules, "ومنذ 24 فبراير 2022 تشن روسيا هجوما عسكريا على جارتها أوكرانيا.", published="2025-03-19")
    ev = only(doc, "ASSAULT")
    assert ev["historical"] and ev["date"] == "2022-02-24"
    assert "RUS" in names(doc, ev["actors"]) and "UKR" in names(doc, ev["recipients"])


def test_quote_speaker_and_channel(stage):
    text = 'وكتب الرئيس الفرنسي إيمانويل ماكرون عبر تويتر: "نحن مستعدون للعمل مع شركائنا الأوروبيين".'
    doc = run(stage, text)
    assert doc["quotes"], doc
    q = doc["quotes"][0]
    assert q["channel"] == "Twitter"
    assert text[q["start"]:q["end"]] == q["text"]
    ents = {e["id"]: e for e in doc["entities"]}
    assert "ماكرون" in ents[q["speaker"]]["name_ar"]


def test_protest_and_no_event_in_sport(stage):
    doc = run(stage, "تظاهر آلاف الطلاب في العاصمة الجزائر احتجاجا على قرار الحكومة.")
    assert any(e["type"] == "PROTEST" for e in doc["events"])
    doc = run(stage, "فاز فريق شبيبة القبائل على اتحاد بلعباس بهدفين في نهائي الكأس.")
    assert not doc["events"]


def test_event_offsets_and_schema_fields(stage):
    text = "اعتقلت الشرطة المصرية عشرات المتظاهرين أمس في القاهرة."
    doc = run(stage, text)
    ev = only(doc, "COERCE")
    for k in ("id", "type", "mode", "context", "actors", "recipients", "location", "date", "date_text", "negated",
              "hypothetical", "historical", "sentence", "start", "end", "trigger", "confidence"):
        assert k in ev
    assert text[ev["start"]:ev["end"]] == ev["sentence"]
    t = ev["trigger"]
    assert text[t["start"]:t["end"]] == t["text"]
    assert ev["date"] == "2018-07-14"
    assert "EGY" in names(doc, ev["actors"])


def _with_entities(text, names, published="2025-03-19T12:00"):
    """A document whose entity stage found ``names`` (surface → (id, type, country))."""
    doc = new_document("t", text)
    doc["article"]["published"] = published
    from marsad.lang.segment import split_sentences

    doc["sentences"] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            doc["sentences"].extend(split_sentences(text, pos, pos + len(line)))
        pos += len(line) + 1
    ents = {}
    for surface, (eid, typ, iso) in names.items():
        e = ents.setdefault(eid, {"id": eid, "name": eid, "name_ar": surface, "type": typ, "country": iso,
                                  "wikidata": None, "roles": [], "mentions": [], "sector": None})
        start = 0
        while True:
            i = text.find(surface, start)
            if i < 0:
                break
            e["mentions"].append({"text": surface, "start": i, "end": i + len(surface)})
            start = i + len(surface)
    doc["entities"] = list(ents.values())
    return doc


PEOPLE = {"ترامب": ("trump", "PERSON", "USA"), "بوتين": ("putin", "PERSON", "RUS"),
          "زيلينسكي": ("zelensky", "PERSON", "UKR")}


def test_both_sides_by_entity_offsets(stage):
    doc = stage.process(_with_entities("وأمس الثلاثاء، بحث ترامب مع بوتين التفاصيل المتعلقة بوقف إطلاق النار.", PEOPLE))
    ev = only(doc, "CONSULT")
    assert ev["actors"] == ["trump"] and ev["recipients"] == ["putin"]
    assert ev["date"] == "2025-03-18" and ev["date_text"]


def test_one_event_per_occurrence(stage):
    text = ("ترامب يبحث مع بوتين وقف إطلاق النار\n"
            "بحث الرئيس الأمريكي دونالد ترامب مع نظيره الروسي فلاديمير بوتين هاتفيا أمس الثلاثاء وقف إطلاق النار.\n"
            "وعقب اتصال أمس أعلن ترامب أنه اتفق مع بوتين على تبادل الأسرى.")
    doc = stage.process(_with_entities(text, PEOPLE))
    consults = [e for e in doc["events"] if e["type"] == "CONSULT" and not e["hypothetical"]]
    assert len(consults) == 1, consults
    agree = only(doc, "AGREE")
    assert agree["actors"] == ["trump"] and agree["recipients"] == ["putin"] and agree["date"] == "2025-03-18"


def test_proposed_halt_is_not_an_assault(stage):
    text = "وأوضح الكرملين أن بوتين رحب بمقترح ترامب بشأن امتناع كييف وموسكو عن استهداف منشآت الطاقة لمدة 30 يوما."
    doc = stage.process(_with_entities(text, PEOPLE))
    assert not [e for e in doc["events"] if e["type"] == "ASSAULT" and not e["hypothetical"]]
    sup = only(doc, "SUPPORT")
    assert sup["actors"] == ["putin"] and sup["recipients"] == ["trump"] and not sup["hypothetical"]


def test_quote_after_said_and_channel_names(stage):
    text = ('وفي وقت سابق اليوم، بحث ترامب في اتصال هاتفي مع زيلينسكي سبل وقف الحرب، وقال: "نحن نسير على الطريق الصحيح".\n'
            'وكتب بوتين على تلغرام: "لن نتراجع عن أهدافنا في المنطقة أبدا".')
    doc = stage.process(_with_entities(text, PEOPLE))
    q1 = next(q for q in doc["quotes"] if q["text"].startswith("نحن نسير"))
    assert q1["speaker"] == "trump"
    q2 = next(q for q in doc["quotes"] if q["text"].startswith("لن نتراجع"))
    assert q2["speaker"] == "putin" and q2["channel"] == "Telegram"
    ev = only(doc, "CONSULT")
    assert ev["mode"] == "phone" and ev["recipients"] == ["zelensky"]


def test_first_person_agreement_in_a_quote(stage):
    text = ('بحث مستشار الأمن القومي الأمريكي مايك والتز مع نظيره الروسي يوري أوشاكوف وقف إطلاق النار.\n'
            'وقال والتز: "اتفقنا على أن تلتقي فرقنا الفنية في الرياض خلال الأيام القادمة".')
    doc = stage.process(_with_entities(text, {}))
    ag = only(doc, "AGREE")
    assert "USA" in names(doc, ag["actors"]) and "RUS" in names(doc, ag["recipients"])
    assert ag["location"] and "الرياض" in names(doc, [ag["location"]])
    assert not ag["hypothetical"]


def test_words_of_names_and_topics_are_not_events(stage):
    doc = run(stage, "وأعلنت منظمة حظر الأسلحة الكيميائية أنها ستجتمع الأربعاء في لاهاي.")
    assert not [e for e in doc["events"] if e["type"] == "COERCE"]
    doc = run(stage, "بحث المبعوث الروسي في طهران مع وزير الخارجية الإيراني التهديدات الأمريكية ضد سوريا.")
    assert only(doc, "CONSULT")
    assert not [e for e in doc["events"] if e["type"] == "THREATEN" and not e["hypothetical"]]


def test_attackers_named_by_markers_and_adjectives(stage):
    doc = run(stage, "قتل شاب فلسطيني فيما أصيب العشرات برصاص الجيش الإسرائيلي خلال مواجهات قرب السياج.")
    ev = only(doc, "ASSAULT")
    assert "ISR" in names(doc, ev["actors"]) and "PSE" in names(doc, ev["recipients"])
    doc = run(stage, "وشنت الغارات الجوية الأمريكية الفرنسية البريطانية على مواقع الجيش السوري فجر السبت.")
    ev = only(doc, "ASSAULT")
    assert {"USA", "FRA", "GBR"} <= names(doc, ev["actors"]) and "SYR" in names(doc, ev["recipients"])
    assert ev["mode"] == "aerial"


def test_classifier_cues_of_how_an_attack_is_told(stage):
    """Reported speech, light verbs with a verbal noun, a subjected-to clause, casualty and weapon words."""
    from marsad.events.classify import clause_cues

    def cues(s):
        _, st = stage.sentence_candidates(s)
        return set(clause_cues(st.toks, st.trigs))

    c = cues("وأفادت مصادر أمنية بأن مسلحين قتلوا جنديين في انفجار عبوة ناسفة")
    assert {"RS:ASSAULT", "RS:ASSAULT:verb", "CW:weap", "CW:weap:ASSAULT"} <= c
    assert "PV:ASSAULT:do" in cues("وقام عدد من الجنود بقتل المدنيين في القرية")
    assert "PV:ASSAULT:undergo" in cues("وتعرضت دورية للشرطة لهجوم قرب المدينة")
    assert {"NH:ASSAULT", "CC:num", "CW:cas"} <= cues("مقتل ثلاثة جنود و12 جريحا في هجوم على حاجز")
    # no reported speech without a verb of saying before the complementizer
    assert "RS:ASSAULT" not in cues("ويبدو أن الهجوم وقع ليلا")


def full(pipe, text, published="2018-07-15T12:00"):
    doc = new_document("t", text)
    doc["article"]["published"] = published
    return pipe.run_one(doc)


def test_summoning_and_recalling_ambassadors(pipe):
    # the subject and a date stand between the verb and its object, so the verb alone is the trigger
    doc = full(pipe, "استدعت تونس الاثنين السفير الإيطالي لديها وأبدت له استغرابها الشديد.")
    ev = only(doc, "ACCUSE")  # (summoned to complain: PLOVER ACCUSE)
    assert "TUN" in names(doc, ev["actors"]) and "ITA" in names(doc, ev["recipients"])
    doc = full(pipe, "استدعت جنوب أفريقيا، الاثنين، سفيرها لدى إسرائيل.")
    ev = only(doc, "SANCTION")
    assert "ZAF" in names(doc, ev["actors"]) and "ISR" in names(doc, ev["recipients"])
    # another sense of the verb (the situation calls for) is no sanction
    doc = full(pipe, "قال الوزير إن الوضع يستدعي تدخلا عاجلا من المجتمع الدولي.")
    assert not [e for e in doc["events"] if e["type"] == "SANCTION"]


def test_describing_someone_negatively_is_disapproval(pipe):
    doc = full(pipe, "وصفت وزارة الخارجية الإيرانية، الثلاثاء، رئيس الوزراء الإسرائيلي بنيامين نتانياهو بـ\"الكاذب\".")
    ev = only(doc, "ACCUSE")
    assert "IRN" in names(doc, ev["actors"]) and "ISR" in names(doc, ev["recipients"])
    doc = full(pipe, "وكتب ترامب على تويتر \"من العار تماما ألا تفرج تركيا عن القس الأمريكي\".")
    ev = only(doc, "ACCUSE")
    assert "TUR" in names(doc, ev["recipients"])
    # a neutral description is no event
    doc = full(pipe, "ووصف المدرب المباراة بأنها تحضير للنهائي.")
    assert not [e for e in doc["events"] if e["type"] == "ACCUSE"]


def test_readiness_to_talk_or_cooperate_is_an_offer(pipe):
    doc = full(pipe, "وقال المتحدث إن روسيا ما زالت مستعدة للتعاون مع التحقيق البريطاني في القضية.")
    ev = only(doc, "AGREE")
    assert not ev["hypothetical"] and "RUS" in names(doc, ev["actors"]) and "GBR" in names(doc, ev["recipients"])
    doc = full(pipe, "أبدى الرئيس الأمريكي دونالد ترامب الاثنين استعداده للتفاوض مع إيران.")
    ev = only(doc, "AGREE")
    assert "IRN" in names(doc, ev["recipients"])
    # readiness for something else (a response, elections) is no offer
    doc = full(pipe, "وقال الجيش إنه مستعد للرد على أي هجوم إيراني.")
    assert not [e for e in doc["events"] if e["type"] == "AGREE"]


def test_military_backing_is_aid_not_support(pipe):
    doc = full(pipe, "وقال الوزير إن حزب الله قدم دعما عسكريا لجبهة البوليساريو.")
    assert [e for e in doc["events"] if e["type"] == "AID"]
    assert not [e for e in doc["events"] if e["type"] == "SUPPORT"]
    # political backing stays support
    doc = full(pipe, "أعلنت السعودية دعمها لقرار الرئيس الأمريكي.")
    assert [e for e in doc["events"] if e["type"] == "SUPPORT"]


def test_standing_with_and_suing(pipe):
    doc = full(pipe, "قالت السعودية إنها تقف إلى جانب المغرب.")
    ev = only(doc, "SUPPORT")
    assert "SAU" in names(doc, ev["actors"]) and "MAR" in names(doc, ev["recipients"])
    doc = full(pipe, "قاضت شركة أبل شركة سامسونغ.")
    only(doc, "ACCUSE")
    # a parking place is no stance
    doc = full(pipe, "منعت الشرطة وقوف السيارات في وسط المدينة.")
    assert not [e for e in doc["events"] if e["type"] == "SUPPORT"]


# ---- قد + a perfect is an accomplished fact, also when the perfect opens with ن/ت/ي or in a pluperfect
def test_pluperfect_is_factual(pipe):
    from conftest import factual, full
    doc = full(pipe, "ترامب ينسحب من الاتفاق\n\nكان الحلفاء الأوروبيون قد ناشدوا ترامب عدم الانسحاب من الاتفاق.")
    assert factual(doc, "REQUEST")


def test_qad_with_imperfect_stays_hypothetical(pipe):
    from conftest import factual, full
    doc = full(pipe, "وقال الوزير إن واشنطن قد تفرض عقوبات جديدة على موسكو.")
    assert not factual(doc, "SANCTION")

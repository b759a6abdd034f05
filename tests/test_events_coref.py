"""Parties given indirectly: dual nouns and verbs of two sides named before (الجانبان، البلدين، الزعيمان، اتفقا),
through the full pipeline (sentences split as `marsad extract` does)."""
from __future__ import annotations

from conftest import entity_names, party
from evhelpers import both_sides, in_sentence
from marsad.record import new_document


def doc_of(pipe, text):
    doc = new_document("t", text)
    doc["article"]["published"] = "2018-07-15T12:00"
    return pipe.run_one(doc)


def test_dual_noun_after_a_meeting(pipe):
    doc = doc_of(pipe, "التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي آبي أحمد في القاهرة الأحد.\n"
                       "واتفق الجانبان على تبني رؤية مشتركة بشأن سد النهضة.")
    ag = in_sentence(doc, "AGREE")
    assert ag, doc["events"]
    assert "السيسي" in party(doc, ag[0]["actors"]) and "آبي أحمد" in party(doc, ag[0]["recipients"])


def test_dual_verb_in_the_same_sentence(pipe):
    doc = doc_of(pipe, "استقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي آبي أحمد في القاهرة الأحد، "
                       "حيث اتفقا على تبني رؤية مشتركة بشأن سد النهضة.")
    ag = in_sentence(doc, "AGREE")
    assert ag and "السيسي" in both_sides(doc, ag[0]) and "آبي أحمد" in both_sides(doc, ag[0])


def test_dual_verb_opening_the_next_sentence(pipe):
    doc = doc_of(pipe, "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف في هلسنكي.\n"
                       "واتفقا على مواصلة الحوار بشأن سوريا.")
    ag = in_sentence(doc, "AGREE")
    assert ag and "بومبيو" in both_sides(doc, ag[0]) and "لافروف" in both_sides(doc, ag[0])


def test_leaders_noun_is_the_two_persons(pipe):
    doc = doc_of(pipe, "استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في موسكو.\n"
                       "واتفق الرئيسان على تعزيز التعاون العسكري.")
    ag = in_sentence(doc, "AGREE")
    assert ag and "بوتين" in both_sides(doc, ag[0]) and "أردوغان" in both_sides(doc, ag[0])


def test_countries_noun_of_a_meeting_of_their_leaders(pipe):
    doc = doc_of(pipe, "وقع رئيس وزراء إثيوبيا آبي أحمد مع الرئيس الإريتري أسياسي أفورقي إعلان أسمرة.\n"
                       "ويأتي الإعلان بعد يوم من لقاء زعيمي البلدين في أسمرة.")
    co = in_sentence(doc, "CONSULT")
    assert co, doc["events"]
    names = both_sides(doc, co[0])
    assert "ETH" in names and "ERI" in names and "أسمرة" not in party(doc, co[0]["actors"])


def test_a_verb_that_is_no_dual_and_a_plural_that_is_no_dual(pipe):
    # "بحثا عن" (searching for) after a noun opens no clause; "البلدان" with an adjective is "the countries"
    doc = doc_of(pipe, "التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي آبي أحمد في القاهرة.\n"
                       "وتفتش الشرطة البيوت بحثا عن مطلوبين.\nواتفقت البلدان الأفريقية على تعزيز التعاون.")
    for e in doc["events"]:
        if "البلدان" in e["sentence"] or "بحثا" in e["sentence"]:
            assert not ({"السيسي", "آبي أحمد"} & entity_names(doc, e["actors"] + e["recipients"])), e


def test_no_pair_of_one_state(pipe):
    # a visit to Egypt and a meeting with its president name one state: "اتفقا" has no pair to refer to
    doc = doc_of(pipe, "زار ولي العهد السعودي مصر والتقى الرئيس المصري عبد الفتاح السيسي.\n"
                       "واتفق الجانبان على تشكيل لجنة مشتركة.")
    for e in in_sentence(doc, "AGREE"):
        names = party(doc, e["actors"]), party(doc, e["recipients"])
        assert not ("EGY" in names[0] and "EGY" in names[1]), e


def test_two_candidate_pairs_resolve_nothing(pipe):
    # two different meetings told in the sentence before: "الجانبان" could be either pair
    doc = doc_of(pipe, "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان، كما التقى "
                       "الرئيس الإيراني حسن روحاني الرئيس الفرنسي إيمانويل ماكرون.\n"
                       "واتفق الجانبان على تعزيز التعاون.")
    for e in in_sentence(doc, "AGREE", "الجانبان"):
        assert not ({"بوتين", "روحاني", "ماكرون"} & {n.split()[-1] for n in entity_names(doc, e["actors"] + e["recipients"]) if n}), e


def test_hope_is_no_fact(pipe):
    doc = doc_of(pipe, "وقع الرئيس سلفا كير وخصمه رياك مشار اتفاقا للسلام الأربعاء.\n"
                       "وأعرب الزعيمان في الأيام الأخيرة عن أملهما في التوصل إلى اتفاق سلام.")
    hope = [e for e in in_sentence(doc, "AGREE") if "أملهما" in e["sentence"]]
    assert all(e["hypothetical"] for e in hope)


def test_these_states_are_the_list_named_before(pipe):
    doc = doc_of(pipe, "أيدت الولايات المتحدة وفرنسا وألمانيا وكندا مزاعم بريطانيا بشأن تسميم الجاسوس الروسي.\n"
                       "وحث زعماء هذه الدول روسيا على الإفصاح الكامل عن برنامجها.")
    rq = in_sentence(doc, "REQUEST", "هذه الدول")
    assert rq, doc["events"]
    acts = party(doc, rq[0]["actors"])
    assert all(c in acts for c in ("USA", "FRA", "DEU", "CAN")) and "RUS" in party(doc, rq[0]["recipients"])


def test_the_three_states_by_their_count(pipe):
    doc = doc_of(pipe, "وجهت فرنسا وألمانيا والمملكة المتحدة رسالة إلى واشنطن لإعفاء شركاتها من العقوبات.\n"
                       "والمعروف أن هذه الدول الثلاث وقعت الاتفاق النووي مع إيران.")
    ag = in_sentence(doc, "AGREE", "الثلاث")
    assert ag and all(c in party(doc, ag[0]["actors"]) for c in ("FRA", "DEU", "GBR"))


def test_these_states_after_another_plural_of_states(pipe):
    # "هذه الدول" are the Western states of the sentence before, not the three named two sentences back
    doc = doc_of(pipe, "استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني لبحث القمة التي تضم إيران وروسيا وتركيا.\n"
                       "وقال الأسد إن الضغوط التي تمارسها بعض الدول الغربية على سوريا لن تثنيها.\n"
                       "وأضاف أن لجوء هذه الدول إلى التهديد يعبر عن فشلها.")
    for e in doc["events"]:
        if "هذه الدول" in e["sentence"]:
            assert "TUR" not in party(doc, e["actors"] + e["recipients"]), e


def test_object_pronoun_is_the_visitor_named_before(pipe):
    doc = doc_of(pipe, "وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة الاثنين.\n"
                       "واستقبله أمير قطر الشيخ تميم بن حمد في المطار.")
    co = [e for e in in_sentence(doc, "CONSULT") if "أردوغان" in both_sides(doc, e) and "تميم" in both_sides(doc, e)]
    assert co, doc["events"]


def test_object_pronoun_with_the_subject_going_on(pipe):
    doc = doc_of(pipe, "التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي.\n"
                       "وهنأه على تنظيم كأس العالم.")
    su = in_sentence(doc, "SUPPORT", "وهنأه")
    assert su and "ترامب" in party(doc, su[0]["actors"]) and "بوتين" in party(doc, su[0]["recipients"])


def test_passive_pronoun_patient(pipe):
    doc = doc_of(pipe, "وجهت النيابة البريطانية إلى الشاب نعيم الرحمن تهمة التخطيط لهجوم على مقر رئيسة الوزراء.\n"
                       "وأضافت الشرطة أنه تم اعتقاله في لندن الأربعاء.")
    co = in_sentence(doc, "COERCE", "اعتقاله")
    assert co and "نعيم الرحمن" in party(doc, co[0]["recipients"])


def test_a_pronoun_that_stands_for_a_thing_is_no_party(pipe):
    # "أبرمتها": the contracts, not North Korea; "طلبهم": their request (a verbal noun), not an object
    doc = doc_of(pipe, "أعلن السودان إلغاء عقود مع كوريا الشمالية كانت قد أبرمتها شركات سودانية.\n"
                       "وقالت الوكالة إن رضوخ مسلحي المعارضة وطلبهم التفاوض جاء بعد الضربات.")
    for e in doc["events"]:
        assert not (e["type"] == "AGREE" and "PRK" in party(doc, e["recipients"])), e
        assert not (e["type"] == "REQUEST" and "طلبهم" in e["trigger"]["text"]), e


def test_added_speaker_is_the_one_who_spoke_before(pipe):
    doc = doc_of(pipe, "أنهى المبعوث الأممي إلى اليمن مارتن غريفيث زيارته الأولى إلى صنعاء.\n"
                       "وأعرب غريفيث، لدى مغادرته مطار صنعاء، عن تفاؤله بحل يجلب السلام إلى البلاد.\n"
                       "وأضاف: \"جميع من تحدثت معهم في اليمن أعربوا عن الرغبة في الوصول إلى حل\".\n"
                       "وتابع: \"المشاورات ستستأنف قريبا بين الأطراف كلها\".")
    qs = [q for q in doc["quotes"] if "تحدثت" in q["text"] or "ستستأنف" in q["text"]]
    assert len(qs) == 2 and all("غريفيث" in party(doc, [q["speaker"]]) for q in qs), qs


def test_added_speaker_after_a_source_is_not_guessed(pipe):
    # "وأشار التقرير": a report is no party; "وأضاف" then does not fall to a place named in passing
    doc = doc_of(pipe, "وثق تقرير حقوقي مقتل مئات المدنيين في محافظة تعز.\n"
                       "وأشار التقرير إلى أن الألغام حصدت أرواح 714 مدنيا في محافظة تعز.\n"
                       "وأضاف: \"الحصار المفروض على المدينة هو الجريمة الأبرز في سجل الحرب\".")
    for q in doc["quotes"]:
        if "الحصار" in q["text"] and q["speaker"]:
            assert "تعز" not in party(doc, [q["speaker"]]), q


def test_office_without_a_name_is_its_holder_named_before():
    # the office phrase the event coder reads itself (the entity stage left it untagged) refers back to the one named
    # holder of that office and country introduced before it; not an indefinite office, nor before the name
    from marsad.events.parties import DocParties
    from marsad.events.stage import load_lexicons
    from marsad.lang.ar import normalize

    text = "التقى الزعيم الكوري الشمالي كيم جونغ أون الرئيس مون. ثم غادر الزعيم الكوري الشمالي."
    k = text.index("كيم")
    doc = {"text": text, "sentences": [[0, len(text)]], "entities": [
        {"id": "e1", "name": "Kim Jong-un", "name_ar": "كيم جونغ أون", "type": "PERSON", "status": "named",
         "country": "PRK", "roles": ["Leader"], "mentions": [{"text": "كيم جونغ أون", "start": k, "end": k + 12}]}]}
    dp = DocParties(doc, load_lexicons())
    later = text.rindex("الزعيم")
    assert dp._holder(normalize("الزعيم"), "PRK", later) == "e1"
    assert dp._holder(normalize("زعيم"), "PRK", later) is None  # indefinite: someone else
    assert dp._holder(normalize("الزعيم"), "PRK", 0) is None  # not introduced yet
    assert dp._holder(normalize("الرئيس"), "PRK", later) is None  # another office


def test_former_office_is_not_the_holder(pipe):
    from marsad.events.parties import DocParties  # noqa: F401  (the rule lives there: _holder)
    doc = doc_of(pipe, "التقى الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء اللبناني سعد الحريري في باريس.\n"
                       "وانتقد الرئيس الفرنسي السابق نيكولا ساركوزي اللقاء.")
    for e in doc["events"]:
        if "ساركوزي" in e["sentence"]:
            assert "ماكرون" not in party(doc, e["actors"]), e


def test_the_side_of_a_state_is_that_state(pipe):
    doc = doc_of(pipe, "يزور وزير الخارجية الأمريكي مايك بومبيو السعودية ثم يتوجه إلى تركيا الأربعاء.\n"
                       "وأجرى بومبيو محادثات مع الجانب التركي في أنقرة.")
    co = [e for e in in_sentence(doc, "CONSULT") if "الجانب التركي" in e["sentence"]]
    assert co and any(doc_ent["kb_id"] == "country:TUR" for doc_ent in doc["entities"]
                      if doc_ent["id"] in co[0]["recipients"] and doc_ent.get("kb_id")), co


def test_beside_is_no_side(pipe):
    doc = doc_of(pipe, "وقف الجيش السوداني إلى جانب المتظاهرين في الخرطوم.\nواتهم الجانب الآخر الحكومة بالفساد.")
    names = {(e.get("name_ar") or "") for e in doc["entities"]}
    assert not any(n.startswith(("جانب", "الجانب")) for n in names), names


def test_dual_noun_speaker_and_its_pronoun(pipe):
    doc = doc_of(pipe, "التقى الرئيس التركي رجب طيب أردوغان نظيره الأمريكي دونالد ترامب في واشنطن.\n"
                       "وقال الزعيمان إنهما اتفقا على تشكيل لجان مشتركة لمعالجة الخلافات.")
    ag = in_sentence(doc, "AGREE", "الزعيمان")
    assert ag and "أردوغان" in both_sides(doc, ag[0]) and "ترامب" in both_sides(doc, ag[0])


def test_bare_office_is_the_one_holder_named_before(pipe):
    doc = doc_of(pipe, "التقى وزير الخارجية الأمريكي مايك بومبيو الرئيس الكوري الجنوبي مون جاي إن في سيول.\n"
                       "وقال الوزير إن بلاده تدعم الحوار مع كوريا الشمالية.")
    q = [q for q in doc["quotes"] if "تدعم الحوار" in q["text"]]
    assert q and "بومبيو" in party(doc, [q[0]["speaker"]])


def test_dual_noun_followed_by_a_day(pipe):
    # a weekday after the dual is no plural adjective (البلدان الأخرى): the two ministers of the talks before
    doc = doc_of(pipe, "قال وزير الخارجية التركي مولود جاويش أوغلو إنه اتفق مع نظيره الأمريكي مايك بومبيو على الحوار.\n"
                       "والتقى الوزيران الجمعة في سنغافورة على هامش اجتماع آسيان.")
    c = in_sentence(doc, "CONSULT", "سنغافورة")
    assert c and "بومبيو" in both_sides(doc, c[0]) and "أوغلو" in both_sides(doc, c[0])


def test_agency_quoting_someone_is_not_the_speaker(pipe):
    doc = doc_of(pipe, "ونقلت وكالة أنباء الأناضول عن وزير الخارجية التركي مولود جاويش أوغلو قوله إنه اتفق مع "
                       "نظيره الأمريكي مايك بومبيو على العمل والحوار لحل المشاكل.")
    ag = in_sentence(doc, "AGREE")
    assert ag and "أوغلو" in party(doc, ag[0]["actors"]) and "الأناضول" not in both_sides(doc, ag[0])


def test_a_call_and_a_meeting_are_two_occasions(pipe):
    doc = doc_of(pipe, "أجرى وزير الخارجية التركي مولود جاويش أوغلو اتصالا هاتفيا مع نظيره الأمريكي مايك بومبيو.\n"
                       "والتقى الوزيران الجمعة في سنغافورة على هامش اجتماع آسيان.")
    c = in_sentence(doc, "CONSULT")
    assert len(c) == 2, c
    met = next(e for e in c if "سنغافورة" in e["sentence"])
    assert "بومبيو" in both_sides(doc, met) and "أوغلو" in both_sides(doc, met)


# ---- a feminine head noun before a noun that is no adjective of it stands alone; the body named before acts
def test_movement_head_before_its_object_refers_back(pipe):
    from conftest import factual, full, party
    doc = full(pipe, "حماس تتهم إسرائيل\n\nاتهمت حركة \"حماس\"، السبت، إسرائيل بالمماطلة في تنفيذ الاتفاق.\nوقال المتحدث باسم "
                     "الحركة حازم قاسم في بيان، إن الاحتلال يواصل منع إدخال المعدات.\nودعت الحركة الوسطاء في مصر وقطر إلى "
                     "الضغط على إسرائيل.")
    ev = factual(doc, "REQUEST")
    assert ev and "حماس" in party(doc, ev[0]["actors"])
    assert "EGY" in party(doc, ev[0]["recipients"]) and "QAT" in party(doc, ev[0]["recipients"])

"""Precision of the Arabic event coder: one event per occurrence, no events from formulae that only look like acts."""
from __future__ import annotations

from conftest import factual, full


def test_headline_and_lead_are_one_request(pipe):
    # the headline tells the lead's act short (أوروبا / حلفاءها الأوروبيين): one event
    doc = full(pipe, "أميركا تدعو أوروبا لفرض عقوبات على برنامج إيران الصاروخي\n\n"
                     "حثت الولايات المتحدة حلفاءها الأوروبيين على فرض عقوبات على إيران للحد من برنامجها الصاروخي.")
    assert len(factual(doc, "REQUEST")) == 1


def test_headline_topic_is_folded_into_the_lead_meeting(pipe):
    doc = full(pipe, "ترامب يبحث ملفي إيران ومكافحة الإرهاب مع الإمارات والسعودية\n\n"
                     "أفاد البيت الأبيض أن الرئيس الأميركي دونالد ترامب بحث في اتصال هاتفي مع ولي عهد أبوظبي الشيخ "
                     "محمد بن زايد ملف إيران.")
    assert len(factual(doc, "CONSULT")) == 1


def test_a_headline_meeting_with_other_people_stays_apart(pipe):
    # "بعد أيام على لقاء بوتين ونتانياهو": an earlier meeting, not the one the lead tells
    doc = full(pipe, "عباس في الكرملين بعد أيام على لقاء بوتين ونتانياهو\n\n"
                     "استقبل الرئيس الروسي فلاديمير بوتين السبت الرئيس الفلسطيني محمود عباس في الكرملين.")
    assert len(factual(doc, "CONSULT")) == 2


def test_a_threat_in_a_relative_clause_is_not_the_headline_threat(pipe):
    doc = full(pipe, "تركيا تحذر فرنسا من ارتكاب خطأ الولايات المتحدة في سوريا\n\n"
                     "حذرت تركيا فرنسا من تكرار الخطأ الذي ارتكبته الولايات المتحدة بإرسال قوات إلى مدينة منبج "
                     "السورية، التي تهدد أنقرة بمهاجمتها لطرد المليشيات الكردية.")
    assert len([e for e in doc["events"] if e["type"] == "THREATEN" and not e["negated"]]) >= 2


def test_formulae_that_only_look_like_acts(pipe):
    # asking for anonymity, "unfortunately", a support ship, a good reception, rallying support, a no-confidence motion
    for s, typ in (("وقال المسؤول لسكاي نيوز عربية، طالبا عدم الكشف عن اسمه، إن إيران تمارس الابتزاز السياسي على العراق.",
                    "REQUEST"),
                   ("وقال إن هناك لوبي يعمل بأياد تابعة لحزب الله اللبناني وأطراف أخرى للأسف، ويسخرون كل جهودهم.", "CONCEDE"),
                   ("ونشرت موسكو عشرات الطائرات في قاعدة حميميم فضلا عن 15 سفينة حربية وسفينة دعم في البحر المتوسط.",
                    "SUPPORT"),
                   ("وقدم الحاج الإيراني شكره على حسن الاستقبال والترحيب الذي وجده منذ قدومه إلى السعودية.", "CONSULT"),
                   ("وتوجه وزراء أتراك إلى ألمانيا وهولندا لحشد الدعم من أجل تغيير الدستور.", "SUPPORT"),
                   ("بدأ النواب الإسبان الخميس مناقشة مذكرة لحجب الثقة قدمتها المعارضة الاشتراكية لإسقاط حكومة راخوي.",
                    "COERCE")):
        doc = full(pipe, s)
        assert not [e for e in doc["events"] if e["type"] == typ and not e["hypothetical"]], s


def test_appointed_and_future_occasions_are_not_held(pipe):
    for s in ("وقال الرئيس الأمريكي دونالد ترامب إنه حدد موعد لقائه مع الزعيم الكوري الشمالي كيم جونغ أون.",
              "وتلقى مجلس الأمن الدولي التقرير الأسبوع الماضي قبل اجتماع سيعقده الثلاثاء حول الأزمة الإسرائيلية الفلسطينية.",
              "ماكرون وترامب يريدان اتفاقا نوويا جديدا مع إيران"):
        doc = full(pipe, s)
        evs = [e for e in doc["events"] if e["type"] in ("CONSULT", "AGREE")]
        assert all(e["hypothetical"] for e in evs), s
        # (the Council's meeting has no second side once the topic's adjective is no recipient: no event at all)
        assert evs or "مجلس الأمن" in s, s
    doc = full(pipe, "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف في جنيف الثلاثاء.")
    assert [e for e in doc["events"] if e["type"] == "CONSULT" and not e["hypothetical"]]


def names(doc, ids):
    by = {e["id"]: e for e in doc["entities"]}
    return " ".join((by[i].get("name") or "") + " " + " ".join(m["text"] for m in by[i].get("mentions") or []) for i in ids)


def test_counted_victims_of_clashes_suffer_them(pipe):
    # "قتل 12 شخصا في اشتباكات مع قوات الأمن": the counted subject suffered; the other side of the clashes acted
    doc = full(pipe, "وقتل 12 شخصا في اشتباكات مع قوات الأمن العراقية خلال الأيام القليلة الماضية.")
    ev = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert ev and "قوات الأمن" in names(doc, ev[0]["actors"]) and "شخص" in names(doc, ev[0]["recipients"])
    doc = full(pipe, "قتل 17 مقاتلا مواليا للنظام السوري على يد مسلحين ينتمون لتنظيم الدولة الإسلامية في جنوب البلاد.")
    ev = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert ev and "مقاتلا" in names(doc, ev[0]["recipients"]) and "مقاتلا" not in names(doc, ev[0]["actors"])


def test_the_genitive_of_a_file_is_a_topic_not_a_partner(pipe):
    doc = full(pipe, "بحث الرئيس الأميركي دونالد ترامب ملفي إيران ومكافحة الإرهاب في اتصال هاتفي مع الملك سلمان.")
    ev = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert ev and "IRN" not in " ".join(str((next(x for x in doc["entities"] if x["id"] == i)).get("country"))
                                       for i in ev[0]["recipients"])


def test_one_resignation_told_with_the_full_and_the_short_name(pipe):
    doc = full(pipe, "قدم رئيس الوزراء الأردني هاني الملقي استقالته خلال اجتماع مع الملك عبد الله الثاني الاثنين في "
                     "العاصمة عمان.\nوقال مصدر حكومي إن \"رئيس الوزراء هاني الملقي قدم استقالته بعد ظهر اليوم الاثنين "
                     "للملك عبد الله خلال استقباله له في قصر الحسينية في عمان\".", published="2018-06-04T18:00")
    assert len([e for e in doc["events"] if e["type"] == "RETREAT" and not e["hypothetical"]]) == 1


def test_a_material_act_told_in_a_quote_is_not_the_speakers(pipe):
    doc = full(pipe, "وقال نتانياهو خلال مراسم عسكرية \"في بداية الأسبوع شهدنا مواجهات قاسية مع حلفاء لإيران حاولوا "
                     "منع الملاحة الدولية في المضيق عند مدخل البحر الأحمر\".")
    assert not [e for e in doc["events"] if e["type"] == "COERCE" and not e["hypothetical"]
                and "نتانياهو" in names(doc, e["actors"])]
    # ... but his own first-person acts are his: "سنطردهم من البلاد"
    doc = full(pipe, "وقال الرئيس الأمريكي دونالد ترامب خلال نقاش حول الهجرة: \"سنطرد أشخاصا من البلاد\".\nوأضاف \"ليسوا "
                     "بشرا، هم حيوانات.. سنطردهم من البلاد بوتيرة غير مسبوقة\"، وفق ما نقلت فرانس برس.")
    ev = [e for e in doc["events"] if e["type"] in ("THREATEN", "SANCTION")]
    assert all("Trump" in names(doc, e["actors"]) for e in ev)
    # (the agency the quote is sourced to, "وفق ما نقلت فرانس برس", is no target of the expulsion: tails.py)
    assert not any("France-Presse" in names(doc, e["recipients"]) or "فرانس برس" in names(doc, e["recipients"]) for e in ev)


def test_a_verb_opening_a_relative_clause(pipe):
    # a pronoun of the antecedent on the verb: the party after it acts on the antecedent
    doc = full(pipe, "أعلنت قوات سوريا الديمقراطية، التي تدعمها الولايات المتحدة، بدء هجوم على آخر جيب للتنظيم.")
    sup = [e for e in doc["events"] if e["type"] == "SUPPORT"]
    assert sup and "United States" in names(doc, sup[0]["actors"]) and "Syrian Democratic" in names(doc, sup[0]["recipients"])
    # no pronoun: the antecedent acts on the party after the verb
    doc = full(pipe, "وقال التحالف الدولي، الذي يدعم مقاتلين أكرادا وعربا، إنه يتوقع معركة صعبة.")
    sup = [e for e in doc["events"] if e["type"] == "SUPPORT"]
    who = names(doc, sup[0]["actors"]) if sup else ""
    assert ("التحالف" in who or "Coalition" in who) and "مقاتلين" in names(doc, sup[0]["recipients"])


def test_regret_is_no_concession(pipe):
    # "عبروا عن أسفهم" after someone else's decision is disapproval; "لإلغاء القمة": the summit was not held
    doc = full(pipe, "وعبر قادة أوروبا عن أسفهم الشديد بعد قرار الرئيس الأميركي دونالد ترامب الانسحاب من الاتفاق النووي.")
    assert not [e for e in doc["events"] if e["type"] == "CONCEDE"]
    doc = full(pipe, "وأعرب الرئيس الروسي فلاديمير بوتين عن أسفه لإلغاء القمة الأمريكية الكورية الشمالية.")
    assert not [e for e in doc["events"] if e["type"] == "CONSULT" and not e["negated"] and not e["hypothetical"]]


def test_who_underwent_an_act_is_its_target(pipe):
    doc = full(pipe, "تعرضت دورية للجيش العراقي لهجوم من قبل مسلحين في محافظة الأنبار.")
    ev = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert ev and "مسلحين" in names(doc, ev[0]["actors"]) and "Iraq" in names(doc, ev[0]["recipients"])
    doc = full(pipe, "وكلف عمر الرزاز بتشكيل حكومة جديدة عقب استقالة الملقي، الذي تعرض لانتقادات شديدة بعد إصراره على "
                     "تطبيق إجراءات ضريبية جديدة.")
    assert not [e for e in doc["events"] if e["type"] == "ACCUSE" and "الملقي" in names(doc, e["actors"])]

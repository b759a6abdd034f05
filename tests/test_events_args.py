"""Argument attribution, dates and party entities of the event coder: the bundled samples (full pipeline) and
short news-style sentences (event stage alone). No shared data needed, except the seed test (skips without it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import factual, full, party, run
from evhelpers import in_sentence
from marsad.events.stage import EventStage
from marsad.record import new_document

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "marsad" / "samples"


@pytest.fixture(scope="module")
def rules():
    """The event stage without the ASSAULT/PROTEST sentence classifier's decision: argument attribution alone."""
    st = EventStage(veto=False)
    st.setup()
    return st


@pytest.fixture(scope="module")
def pipe_rules():
    from marsad.pipeline import build

    p = build()
    next(s for s in p.stages if s.name == "events")._no_veto = True
    return p


def test_beijing_sample(pipe, pipe_rules):
    doc = pipe.run_one(new_document("s", (SAMPLES / "ar_saudi_iran_beijing.txt").read_text(encoding="utf-8")))
    # the 2016 severance: a month-year expression gives no day, and never the publication day
    sev = in_sentence(doc, "SANCTION", "2016")
    assert sev and sev[0]["date"] is None and "2016" in (sev[0]["date_text"] or "") and sev[0]["historical"]
    # the storming: the Iranian protesters attacked (the Saudi side's embassy), not Riyadh (attribution, read
    # without the sentence classifier, which leaves crowd attacks of this kind to PROTEST)
    rdoc = pipe_rules.run_one(new_document("s", (SAMPLES / "ar_saudi_iran_beijing.txt").read_text(encoding="utf-8")))
    att = in_sentence(rdoc, "ASSAULT", "اقتحام")
    assert att and "IRN" in party(rdoc, att[0]["actors"]) and "الرياض" not in party(rdoc, att[0]["actors"])
    # the talks: the Saudi and the Iranian delegations, not China (the host)
    talks = in_sentence(doc, "CONSULT", "مباحثات")
    assert talks
    sides = party(doc, talks[0]["actors"]) + " | " + party(doc, talks[0]["recipients"])
    assert "SAU" in sides and "IRN" in sides and "CHN" not in sides
    # no junk parties from words of titles and names
    names = {e.get("name") for e in doc["entities"]}
    assert not names & {"الدبلوماسيين", "الأمن", "لأمن"}
    welcome = in_sentence(doc, "SUPPORT", "ورحب")
    assert welcome and "CHN" in party(doc, welcome[0]["actors"])
    assert not welcome[0]["recipients"] or "SAU" in party(doc, welcome[0]["recipients"]) \
        or "IRN" in party(doc, welcome[0]["recipients"])


def test_sudan_sample(pipe):
    doc = pipe.run_one(new_document("s", (SAMPLES / "ar_sudan_sit_in.txt").read_text(encoding="utf-8")))
    req = in_sentence(doc, "REQUEST", "تجمع المهنيين")
    assert req and "تجمع المهنيين" in party(doc, req[0]["actors"]) and "الجيش" in party(doc, req[0]["recipients"])
    gas = in_sentence(doc, "ASSAULT", "الغاز") + in_sentence(doc, "COERCE", "الغاز")
    assert gas and "قوات الأمن" in party(doc, gas[0]["actors"]) and "المعتصمين" in party(doc, gas[0]["recipients"])
    # the sit-in and its demand: the protesters call on the president to step down
    dem = in_sentence(doc, "REQUEST", "مطالبين")
    assert dem and "المتظاهرين" in party(doc, dem[0]["actors"]) and "البشير" in party(doc, dem[0]["recipients"])


def test_no_mentions_added_to_entity_stage_entities(pipe):
    text = ("بحث مستشار الأمن القومي الأمريكي مايك والتز ونظيره الروسي يوري أوشاكوف مساعي وقف إطلاق النار. "
            "وأمس الثلاثاء، بحث ترامب مع نظيره الروسي فلاديمير بوتين التفاصيل المتعلقة بوقف إطلاق النار.")
    from marsad.pipeline import build

    doc = build(["segment", "time", "entities"]).run_one(new_document("s", text))
    before = {e["id"]: {(m["start"], m["end"]) for m in e["mentions"]} for e in doc["entities"]}
    st = EventStage()
    st.setup()
    st.process(doc)
    for e in doc["entities"]:
        if e["id"] in before:
            assert {(m["start"], m["end"]) for m in e["mentions"]} == before[e["id"]], e
        else:
            assert not e["name"].startswith(("نظير", "مستشار")), e  # a title before a tagged name is that name


def test_threat_targets_its_condition(stage):
    doc = run(stage, "هدد وزير الداخلية الإيطالي ماتيو سالفيني، الأحد، بمنع سفن الإنقاذ من الوصول إلى موانئ "
                     "بلاده في حال رفضت مالطا استقبال المهاجرين.")
    th = in_sentence(doc, "THREATEN")
    assert th and "MLT" in party(doc, th[0]["recipients"])


def test_threat_content_is_no_target(stage):
    doc = run(stage, "إيطاليا تهدد بمنع سفن إنقاذ المهاجرين من موانئها")
    assert not [e for e in in_sentence(doc, "THREATEN") if "المهاجرين" in party(doc, e["recipients"])]


def test_claimed_attack_survives_the_classifier(stage):
    doc = run(stage, "تبنى تنظيم داعش مسؤولية الهجوم الذي قتل فيه أربعة جنود عراقيين في محافظة ديالى.")
    att = in_sentence(doc, "ASSAULT")
    assert att and "Islamic State" in party(doc, att[0]["actors"])


def test_participle_takes_the_main_subject(stage):
    doc = run(stage, "تظاهر آلاف المحتجين أمام البرلمان في بغداد، مطالبين الحكومة العراقية بالاستقالة.")
    req = in_sentence(doc, "REQUEST")
    assert req and "المحتجين" in party(doc, req[0]["actors"]) and "IRQ" in party(doc, req[0]["recipients"])


def test_crowd_attack_on_police(rules):
    doc = run(rules, "وتحدثت الشرطة عن مسيرة هادئة رغم اعتداء بعض المحتجين على أربعة شرطيين وإصابتهم بجروح طفيفة.")
    att = in_sentence(doc, "ASSAULT")
    assert att and "المحتجين" in party(doc, att[0]["actors"]) and "شرطيين" in party(doc, att[0]["recipients"])


def test_month_year_gives_no_day(stage):
    doc = run(stage, "وكانت البحرين قد قطعت علاقاتها مع قطر في يونيو/ حزيران 2017.", published="2019-01-10T10:00")
    ev = in_sentence(doc, "SANCTION")
    assert ev and ev[0]["date"] != "2019-01-10"


def test_veto_option():
    st = EventStage(veto=False)
    st.setup()
    assert st._no_veto
    doc = run(st, "قتل ثلاثة أشخاص في انفجار سيارة مفخخة في بغداد.")
    # without the classifier's decision, an attack without a named author stays a weak reading: no event
    assert not in_sentence(doc, "ASSAULT")


def test_weak_reading_becomes_an_event(stage):
    """An attack whose author the sentence does not name is an ASSAULT when the sentence classifier accepts it:
    no actors, the victims as recipients."""
    doc = run(stage, "قتل 20 شخصا وأصيب 40 آخرون في تفجير انتحاري استهدف سوقا شعبية في بغداد أمس.",
              published="2018-05-02T10:00")
    att = [e for e in in_sentence(doc, "ASSAULT") if not e["negated"] and not e["hypothetical"]]
    assert att and att[0]["actors"] == [] and att[0]["date"] == "2018-05-01"


def test_weak_reading_lends_its_day(pipe):
    """The same attack told with its author and, later, without it but with its day: one event, dated."""
    doc = full(pipe, "قتلت القوات الأمريكية خالد محسود القيادي في حركة طالبان باكستان في غارة جوية.\n"
                     "وقتل محسود في غارة بطائرة بلا طيار الخميس في منطقة شمال وزيرستان.", published="2018-02-12T10:00")
    att = in_sentence(doc, "ASSAULT")
    assert len(att) == 1 and "USA" in party(doc, att[0]["actors"]) and att[0]["date"] == "2018-02-08"


def test_gathering_noun_is_no_protest(stage):
    doc = run(stage, "قتل 14 شخصا في هجوم انتحاري استهدف تجمع العشرات لاستقبال نائب الرئيس الأفغاني في كابول.")
    assert not in_sentence(doc, "PROTEST")
    assert not [e for e in doc["entities"] if e["name"].startswith("تجمع")]


def test_gathering_verb_is_a_protest(stage):
    doc = run(stage, "وتجمع مئات المتظاهرين أمام مقر البرلمان في بيروت احتجاجا على الضرائب الجديدة.")
    assert in_sentence(doc, "PROTEST")
    assert "PROTEST" in stage.sentence_types("وتجمع مئات المتظاهرين أمام مقر البرلمان في بيروت احتجاجا على الضرائب.")



def test_killed_in_an_attack_is_the_victim(stage):
    doc = run(stage, "قتل خالد محسود، أحد أعضاء حركة طالبان باكستان في هجوم شنته طائرة بلا طيار أمريكية في منطقة "
                     "شمال وزيرستان.")
    att = in_sentence(doc, "ASSAULT")
    assert att and all("Pakistani Taliban" not in party(doc, e["actors"]) for e in att)
    assert any("USA" in party(doc, e["actors"]) for e in att)


def test_org_phrases(stage):
    doc = run(stage, "وطالبت نقابة الصحفيين المصريين الحكومة بالإفراج عن المعتقلين، فيما تراجعت حركة التجارة في الميناء.")
    names = {e["name"] for e in doc["entities"]}
    assert any(n.startswith("نقابة الصحفيين") for n in names)
    assert not any(n.startswith("حركة التجارة") for n in names)
    req = in_sentence(doc, "REQUEST")
    assert req and "نقابة الصحفيين" in party(doc, req[0]["actors"])


def run_lines(stage, text, published="2018-07-15T12:00"):
    """Each line a sentence (a headline, then paragraphs)."""
    doc = new_document("t", text)
    doc["article"]["published"] = published
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append([pos, pos + len(line)])
        pos += len(line) + 1
    doc["sentences"] = spans
    return stage.process(doc)


def test_dateline_of_a_later_paragraph_is_no_party(stage):
    # the agency dateline opens the first body paragraph, not the text: its city and country are no actor
    doc = run_lines(stage, "القاهرة تدين الهجوم\n\nدبي، الإمارات العربية المتحدة (CNN)— أدانت مصر، الأحد، الهجوم "
                           "الذي استهدف مسجدا في كابول.")
    acc = [e for e in in_sentence(doc, "ACCUSE") if "دبي" in e["sentence"]]
    assert not any("ARE" in party(doc, e["actors"] + e["recipients"]) for e in acc)


def test_topic_complement_is_no_recipient(stage):
    # "بشأن"/"حول" introduce what the talks or the refusal are about, not a side
    doc = run(stage, "بحث وزير الخارجية الأمريكي مع نظيره الفرنسي الأزمة بشأن إيران في اتصال هاتفي.")
    c = in_sentence(doc, "CONSULT")
    assert c and "IRN" not in party(doc, c[0]["recipients"]) and "FRA" in party(doc, c[0]["recipients"])
    doc = run(stage, "ترفض روسيا الاتهامات حول سوريا.")
    assert not any("SYR" in party(doc, e["recipients"]) for e in in_sentence(doc, "REJECT"))


def test_inner_between_phrase_is_no_recipient(stage):
    # "وقف إطلاق النار بين روسيا وأوكرانيا" is the topic of the talks of the two advisers
    doc = run(stage, "بحث مستشار الأمن القومي الأمريكي ونظيره الروسي مساعي وقف إطلاق النار بين روسيا وأوكرانيا.")
    c = in_sentence(doc, "CONSULT")
    assert c and "UKR" not in party(doc, c[0]["actors"] + c[0]["recipients"])


def test_definite_name_takes_no_genitive(stage):
    doc = run(stage, "بريطانيا تتهم في مجلس الأمن روسيا بهجوم بغاز الأعصاب على أراضيها")
    acc = in_sentence(doc, "ACCUSE")
    assert acc and "RUS" in party(doc, acc[0]["recipients"])


def test_member_of_a_body_is_a_recipient(stage):
    doc = run(stage, "اتهمت فرنسا الدول الخمس الدائمة العضوية في مجلس الأمن بعرقلة أي عمل موحد.")
    acc = in_sentence(doc, "ACCUSE")
    assert acc and "مجلس الأمن" in party(doc, acc[0]["recipients"])


def test_blame_with_a_gap_is_an_accusation(pipe, stage):
    # "حمّل X Y مسؤولية": X blames Y; "تحمل مسؤولياتها" (bearing one's own responsibility) is no accusation
    doc = full(pipe, "قال البيت الأبيض إن الرئيس دونالد ترامب يحمل روسيا وسوريا المسؤولية عن الهجوم الكيميائي.")
    acc = in_sentence(doc, "ACCUSE")
    assert acc and "RUS" in party(doc, acc[0]["recipients"]) and "USA" in party(doc, acc[0]["actors"])
    doc = run(stage, "وعلى الولايات المتحدة تحمل مسؤولياتها عما سيترتب على ذلك من آثار.")
    assert not in_sentence(doc, "ACCUSE")


def test_party_inside_the_demanded_act_is_no_addressee(stage):
    doc = run(stage, "وطالبت الأسر في المذكرة بالإطلاق الفوري لسراح المعتقلين السودانيين.")
    assert not [e for e in in_sentence(doc, "REQUEST") if e["recipients"]]
    doc = run(stage, "ودعت فرنسا روسيا إلى وقف الغارات على إدلب.")
    req = in_sentence(doc, "REQUEST")
    assert req and "RUS" in party(doc, req[0]["recipients"])


def test_a_name_takes_no_genitive(pipe):
    doc = full(pipe, "دعت إدارة الرئيس الأميركي دونالد ترامب قطر إلى وقف تمويل الميليشيات.")
    req = in_sentence(doc, "REQUEST")
    assert req and "QAT" in party(doc, req[0]["recipients"])


def test_conditional_promise_of_a_hostile_act_is_a_threat(pipe):
    doc = full(pipe, 'وقال خاتمي إن القوات المسلحة الإيرانية "ستسوي تل أبيب وحيفا بالتراب إذا ارتكب الكيان الصهيوني '
                     'حماقة ضد الجمهورية الإسلامية".')
    th = in_sentence(doc, "THREATEN")
    assert th and not th[0]["hypothetical"] and "ISR" in party(doc, th[0]["recipients"])
    doc = full(pipe, 'وقال الرئيس التركي رجب طيب أردوغان: "إذا قالت بغداد إنها لا تستطيع حل هذا الأمر فعندها لن نطلب الموافقة من أحد، سنضرب سنجار".')
    th = in_sentence(doc, "THREATEN")
    assert th and "IRQ" in party(doc, th[0]["recipients"])


def test_whether_is_no_condition(pipe):
    doc = full(pipe, "وقال لافروف ردا على سؤال حول ما إذا كانت روسيا سترد بالمثل على قرار الطرد البريطاني.")
    assert not in_sentence(doc, "THREATEN")
    doc = full(pipe, "وقال رئيس الأركان الروسي إن بلاده سترد في حال تعرض جنودها في سوريا للخطر.")
    assert not [e for e in in_sentence(doc, "THREATEN") if "جنود" in party(doc, e["recipients"])]


def test_denial_of_an_accusation_is_a_rejection(stage):
    # "نفت بكين الاتهامات الأميركية": Beijing rejects; the accusation is the Americans', not Beijing's
    doc = run(stage, "وتنفي بكين الاتهامات الأميركية وتصفها بأنها اعتباطية.")
    rej = in_sentence(doc, "REJECT")
    assert rej and "CHN" in party(doc, rej[0]["actors"]) and "USA" in party(doc, rej[0]["recipients"])
    assert not [e for e in in_sentence(doc, "ACCUSE") if "CHN" in party(doc, e["actors"])]
    doc = run(stage, "فقد رفضت موسكو اتهامات هولندا وألمحت أنها تعمل على خدمة أجندة سياسية.")
    assert not [e for e in in_sentence(doc, "ACCUSE") if "RUS" in party(doc, e["actors"])]
    # a denial of an act is no rejection of anyone
    doc = run(stage, "ونفى الجيش الإسرائيلي أن يكون قد استهدف المدنيين.")
    assert not in_sentence(doc, "REJECT")


def test_release_with_the_party_between(stage):
    doc = run(stage, "أطلقت السلطات الفنزويلية سراح 40 معتقلا سياسيا السبت.")
    rel = in_sentence(doc, "RETREAT")
    assert rel and "VEN" in party(doc, rel[0]["actors"]) and "معتقلا" in party(doc, rel[0]["recipients"])
    doc = run(stage, "وأطلقت حركة حماس صواريخ على إسرائيل.")
    assert not in_sentence(doc, "RETREAT")


def test_headline_not_dated_by_a_lead_about_another_act(stage):
    doc = run_lines(stage, "موسكو ترفض الاتهامات الهولندية\n\nقالت النيابة الهولندية الخميس إن الصاروخ نقل من وحدة "
                           "عسكرية روسية.", published="2018-05-25T14:00")
    rej = in_sentence(doc, "REJECT")
    assert rej and rej[0]["date"] == "2018-05-25"


def test_issued_by_is_no_confiscation(stage):
    doc = run(stage, "وأدانت مصر البيان الصادر عن مفوضية الأمم المتحدة لحقوق الإنسان.")
    assert not in_sentence(doc, "COERCE")


def test_decided_act_welcomed_is_a_topic(stage):
    # the severance is Sudan's (reported where it is made), not the welcomer's
    doc = run(stage, "ورحبت الولايات المتحدة بقرار السودان قطع علاقاته مع كوريا الشمالية.")
    assert not [e for e in in_sentence(doc, "SANCTION") if not e["hypothetical"] and "USA" in party(doc, e["actors"])]


def test_agreed_release_is_not_a_release(stage):
    doc = run(stage, "أعلن رئيس الوزراء الإثيوبي عن توصله لاتفاق مع ولي العهد السعودي، الأمير محمد بن سلمان، على "
                     "إطلاق سراح الملياردير السعودي المحتجز في المملكة.")
    assert not [e for e in in_sentence(doc, "RETREAT") if not e["hypothetical"]]


def test_security_as_a_state_is_no_party(stage):
    doc = run(stage, "وقال المصدر إن هذه الغارات هدفت إلى استعادة الأمن وتطبيق القانون في الجنوب.")
    assert not [e for e in doc["entities"] if e["name"] == "الأمن"]


def test_announced_deployment_is_the_announcers(stage):
    doc = run(stage, "أعلن الجيش الإسرائيلي، الأحد، إرسال تعزيزات عسكرية إلى منطقة الجولان المحتلة.")
    mob = in_sentence(doc, "MOBILIZE")
    assert mob and "ISR" in party(doc, mob[0]["actors"])


def test_light_verb_subject_holds_the_stance(stage):
    doc = run(stage, "وعبرت الجامعة العربية، في بيان صادر عن قطاع فلسطين والأراضي العربية المحتلة، عن رفضها لقرار "
                     "الأرجنتين.")
    rej = in_sentence(doc, "REJECT")
    assert rej and "الجامعة العربية" in party(doc, rej[0]["actors"]) and "ARG" in party(doc, rej[0]["recipients"])


def test_name_set_between_commas_after_an_office(pipe):
    doc = full(pipe, "وكانت كبيرة قضاة المحكمة العليا، مالغورزاتا غيرسدورف، أعلنت، الثلاثاء، معارضتها لقرار الحكومة.")
    rej = in_sentence(doc, "REJECT")
    assert rej and "غيرسدورف" in party(doc, rej[0]["actors"])


def test_police_of_the_scene_country(rules):
    doc = run_lines(rules, "آلاف المتظاهرين في برلين تنديدا بالهجوم التركي\n\nتظاهر آلاف الأشخاص، السبت، في وسط برلين "
                           "تنديدا بالتدخل العسكري التركي في عفرين.\nوتحدثت الشرطة عن تظاهرة هادئة رغم اعتداء بعض "
                           "المحتجين على أربعة شرطيين.")
    att = in_sentence(doc, "ASSAULT", "شرطيين")
    assert att and "DEU" in party(doc, att[0]["recipients"])


def test_dominant_country_of_a_story(pipe):
    doc = full(pipe, "قضاة بولندا يتظاهرون\n\nتظاهر قضاة في وارسو عاصمة بولندا ضد إصلاح القضاء.\nوأعلنت رئيسة "
                     "المحكمة العليا في بولندا رفضها لقرار الحكومة.")
    rej = in_sentence(doc, "REJECT")
    assert rej and "POL" in party(doc, rej[0]["recipients"])


def test_genitive_of_an_arrest_noun(stage):
    doc = run(stage, "تركيا: اعتقال 150 معتقلا سياسيا للاشتباه بصلتهم بالانقلاب")
    co = in_sentence(doc, "COERCE")
    assert co and "TUR" in party(doc, co[0]["actors"]) and "معتقلا" in party(doc, co[0]["recipients"])
    doc = run(stage, "ويأتي ذلك بعد أيام من توقيف الشرطة المصرية ناشطا سياسيا.")
    co = in_sentence(doc, "COERCE")
    assert co and "EGY" in party(doc, co[0]["actors"])


def test_a_body_and_a_named_person_are_two_parties(pipe):
    doc = full(pipe, "وطالب تجمع المهنيين السودانيين الجيش بالانحياز إلى الشعب.\nوواصل آلاف المتظاهرين السودانيين "
                     "اعتصامهم أمام مقر قيادة الجيش في الخرطوم، مطالبين الرئيس عمر البشير بالتنحي.")
    req = in_sentence(doc, "REQUEST")
    assert len(req) == 2


def test_sanctions_named_by_their_authors_nationality(stage):
    doc = run(stage, "وكانت قيمة العملة التركية قد هبطت بعد العقوبات الأمريكية على تركيا.")
    sa = in_sentence(doc, "SANCTION")
    assert sa and "USA" in party(doc, sa[0]["actors"]) and "TUR" in party(doc, sa[0]["recipients"])


def test_intention_is_hypothetical(stage):
    doc = run(stage, "ويأتي كلام ماتيس ردا على إعلان الرئيس الأمريكي عزمه سحب القوات الأمريكية من سوريا.")
    assert all(e["hypothetical"] for e in in_sentence(doc, "RETREAT"))


def test_future_prefix_only_before_an_imperfect(stage):
    from marsad.events.lexicon import readings
    assert "بارك" not in readings("سبارك") and "يبحث" in readings("سيبحث")
    doc = run(stage, "واعتقلت الشرطة البريطانية الشاب في منطقة سبارك هيل في برمنغهام.")
    assert not in_sentence(doc, "SUPPORT")


def test_support_inside_a_coalition_name(stage):
    doc = run(stage, "وأعلن تحالف دعم الشرعية في اليمن مقتل عشرات الحوثيين.")
    assert not in_sentence(doc, "SUPPORT")


def test_signing_with_the_sides_between(pipe):
    doc = full(pipe, "وقع طرفا النزاع في جنوب السودان الرئيس سالفا كير وخصمه رياك مشار الأربعاء في الخرطوم اتفاقا "
                     "لوقف إطلاق النار.")
    ag = in_sentence(doc, "AGREE")
    assert ag and "كير" in party(doc, ag[0]["actors"]) and "مشار" in party(doc, ag[0]["recipients"])
    doc = full(pipe, "ووقعت الكويت والفلبين، الجمعة، اتفاقا بشأن تنظيم العمالة بين البلدين.")
    ag = in_sentence(doc, "AGREE")
    assert ag and "KWT" in party(doc, ag[0]["actors"]) and "PHL" in party(doc, ag[0]["recipients"])


def test_signing_a_decree_or_an_occurrence_is_no_agreement(pipe):
    doc = full(pipe, "شاهد.. ترامب يوقع قرار الانسحاب من الاتفاق النووي الإيراني")
    assert not in_sentence(doc, "AGREE")
    doc = full(pipe, "ووقع الهجوم بعد يوم من إعلان الرئيس التركي رجب طيب أردوغان التوصل إلى اتفاق مع روسيا.")
    assert not [e for e in in_sentence(doc, "AGREE") if e["trigger"]["text"] == "ووقع"]


def test_warning_of_a_danger_names_no_addressee(pipe):
    doc = full(pipe, "فرنسا تحذر من خطر مواجهة حقيقية بالمنطقة بعد قرار ترمب")
    assert not in_sentence(doc, "THREATEN")
    doc = full(pipe, "حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران من مغبة مهاجمة القوات الأمريكية")
    th = in_sentence(doc, "THREATEN")
    assert th and "IRN" in party(doc, th[0]["recipients"])


def test_conviction_is_no_condemnation(pipe):
    doc = full(pipe, "وأدين الضابط المتقاعد ويليام إنلدي بالتآمر ومحاولة الإطاحة بالحكومة.")
    assert not in_sentence(doc, "ACCUSE")
    doc = full(pipe, "أدانت محكمة إسرائيلية شابا أمريكيا، عمره 19 عاما، بإرسال تهديدات إلى مؤسسات يهودية")
    assert not in_sentence(doc, "ACCUSE")


def test_insisting_is_no_ruling(stage):
    # "ألح" (insisted) was read inside "الحكم" (the ruling)
    doc = run(stage, "ويحق لجنينة الطعن على الحكم أمام محكمة الطعون العسكرية.")
    assert not in_sentence(doc, "REQUEST")


def test_coordinated_welcome_shares_the_subject_and_targets_the_decisions_owner(pipe):
    doc = full(pipe, "تعهد المبعوث الأمريكي إلى السودان الأربعاء بالعمل مع الخرطوم، كما رحب بقرارها قطع علاقاتها مع "
                     "كوريا الشمالية.")
    sup = in_sentence(doc, "SUPPORT")
    assert sup and "USA" in party(doc, sup[0]["actors"]) and "SDN" in party(doc, sup[0]["recipients"])
    assert "PRK" not in party(doc, sup[0]["recipients"])


def test_solidarity_with_is_its_target(pipe):
    doc = full(pipe, "وأكدت مملكة البحرين تضامنها التام ووقوفها مع دولة الإمارات العربية المتحدة.")
    sup = in_sentence(doc, "SUPPORT")
    assert sup and "ARE" in party(doc, sup[0]["recipients"])


def test_visit_in_a_relative_clause(pipe):
    doc = full(pipe, "أعلن رئيس الوزراء الإثيوبي، أبي أحمد، عن توصله لاتفاق مع ولي العهد السعودي، وذلك في كلمة ألقاها، "
                     "الأحد، بعد عودته من جولة زار خلالها السعودية والإمارات.")
    c = in_sentence(doc, "CONSULT")
    assert c and "ETH" in party(doc, c[0]["actors"]) and "ARE" in party(doc, c[0]["recipients"])


def test_attack_by_a_weapon_belonging_to_a_state_dated_by_a_later_sentence(pipe_rules):
    doc = full(pipe_rules, "قتل خالد محسود، أحد أعضاء حركة طالبان باكستان في هجوم شنته طائرة بلا طيار تابعة للولايات المتحدة، "
                     "بحسب ما ذكرته الحركة.\nوقتل محسود في غارة بطائرة بلا طيار الخميس في منطقة شمال وزيرستان.",
               published="2018-02-12T16:00")
    att = [e for e in in_sentence(doc, "ASSAULT") if not e["hypothetical"]]
    assert att and "USA" in party(doc, att[0]["actors"]) and "محسود" in party(doc, att[0]["recipients"])
    assert att[0]["date"] == "2018-02-08"
    assert all(e["actors"] for e in doc["events"])  # the undated-author mention only lends its day


def test_headline_speaker_is_no_attacker(pipe):
    doc = full(pipe, "خامنئي: الهجوم على سوريا جريمة")
    assert not [e for e in in_sentence(doc, "ASSAULT") if e["actors"]]


def test_agency_dateline_without_a_dash(pipe):
    doc = full(pipe, "ساركوزي ينفي\n\nأتلانتا، الولايات المتحدة الأمريكية (CNN) نفى الرئيس الفرنسي السابق نيكولا ساركوزي "
                     "الاتهامات الليبية.")
    rej = in_sentence(doc, "REJECT")
    assert rej and "ساركوزي" in party(doc, rej[0]["actors"]) and "USA" not in party(doc, rej[0]["actors"])
    doc = full(pipe, "وقالت وكالة الأنباء السورية (سانا) إن الجيش السوري أرسل تعزيزات عسكرية إلى درعا.")
    assert [e for e in in_sentence(doc, "MOBILIZE") if "SYR" in party(doc, e["actors"])]


def test_a_definite_name_takes_no_person_genitive(pipe, pipe_rules):
    doc = full(pipe_rules, "كما قتل حزب الله القاضي السابق وليد عيدو وابنه معه.")
    att = in_sentence(doc, "ASSAULT")
    assert att and "LBN" in party(doc, att[0]["actors"]) and "عيدو" in party(doc, att[0]["recipients"])
    doc = full(pipe, "وقال البلدان إن وزيري الخارجية التركي مولود تشاووش أوغلو والأميركي مايك بومبيو ناقشا مستقبل التعاون.")
    c = in_sentence(doc, "CONSULT")
    assert c and "بومبيو" in party(doc, c[0]["actors"] + c[0]["recipients"])


def test_amnesty_is_no_pardon(pipe):
    doc = full(pipe, "وصنفت منظمة العفو الدولية الرئيس الأمريكي دونالد ترامب مع زعماء مصر وروسيا والصين.")
    assert not in_sentence(doc, "CONCEDE")


def test_destination_of_a_deployment_is_no_target(pipe):
    doc = full(pipe, "وقال مصدر عسكري إن الجيش السوري أرسل تعزيزات عسكرية إلى درعا.")
    mob = in_sentence(doc, "MOBILIZE")
    assert mob and "SYR" in party(doc, mob[0]["actors"]) and not mob[0]["recipients"]


def test_state_after_a_deployment_noun_sends(pipe):
    doc = full(pipe, "وزير الدفاع الأمريكي يؤكد إرسال فرنسا جنودا لتعزيز القوات الأمريكية في سوريا")
    mob = in_sentence(doc, "MOBILIZE")
    assert mob and "FRA" in party(doc, mob[0]["actors"]) and "USA" not in party(doc, mob[0]["actors"])


def test_speaker_of_a_participle_and_not_a_demonym(pipe):
    doc = full(pipe, 'ووجه خطيب جمعة طهران أحمد خاتمي تهديدا للسعودية والإمارات، قائلا: "نقول لمعسكر حماة ترامب في المنطقة إنكم سجلتم عارا على '
                     'أنفسكم".')
    q = [x for x in doc["quotes"] if "سجلتم" in x["text"]]
    assert q and "خاتمي" in party(doc, [q[0]["speaker"]])
    doc = full(pipe, 'وتابع وزير الخارجية الروسي سيرغي لافروف أنه تلقى اتصالا من نظيره.\nوقال في تصريح نقلته وكالات '
                     'الأنباء الروسية إن الوزير الهولندي "لم يعرض علي أية وقائع" تؤكد ذلك.')
    q = [x for x in doc["quotes"] if "وقائع" in x["text"]]
    assert q and q[0]["speaker"] and "لافروف" in party(doc, [q[0]["speaker"]])


def test_accused_genitive_of_an_accusation(pipe):
    # the genitive of the verbal noun followed by the charge is accused; of the plural, it accuses
    doc = full(pipe, "وأكد بوتين أن اتهام موسكو بتسميم الجاسوس على الأراضي البريطانية مجرد هراء.")
    assert not [e for e in in_sentence(doc, "ACCUSE") if "RUS" in party(doc, e["actors"])]
    doc = full(pipe, "وتصاعد التوتر بين واشنطن وبكين بعد اتهامات الرئيس الأمريكي دونالد ترامب للصين بالتدخل في الانتخابات.")
    acc = in_sentence(doc, "ACCUSE")
    assert acc and "USA" in party(doc, acc[0]["actors"])


def test_quoted_name_after_the_subject_is_no_addressee(pipe):
    doc = full(pipe, 'وحذرت هيئة التنظيم "روسكومنادزور" التي رفعت الشكوى إلى المحكمة من أن القرار سيطبق فور صدوره.')
    assert not [e for e in in_sentence(doc, "THREATEN") if "روسكومنادزور" in party(doc, e["recipients"])]


def test_material_support_is_aid(stage):
    doc = run(stage, "قطر تدعم اقتصاد تركيا باستثمارات مباشرة بقيمة 15 مليار دولار")
    assert in_sentence(doc, "AID") and not in_sentence(doc, "SUPPORT")


def test_broken_plural_is_no_demanded_act(pipe):
    # "للأطراف" (to the parties) has the shape of a verbal noun (إفعال) but opens no demanded act
    doc = full(pipe, "جدد وزراء خارجية الجزائر ومصر وتونس دعوتهم للأطراف الليبية بمختلف توجهاتها، إلى تحقيق التوافق "
                     "الضروري لإنهاء المرحلة الانتقالية.")
    req = in_sentence(doc, "REQUEST")
    assert req and "LBY" in party(doc, req[0]["recipients"])


def test_collective_addressees(stage):
    # blocs and "both sides" are parties: a call on them is a request with that addressee
    doc = run(stage, "ودعا وزير الخارجية الفرنسي جان إيف لودريان الدول الأوروبية إلى صوغ موقف مشترك.")
    req = in_sentence(doc, "REQUEST")
    assert req and "الدول الأوروبية" in party(doc, req[0]["recipients"])
    doc = run(stage, "وزير الخارجية الروسي يتهم الغرب بممارسة ألعاب صبيانية")
    acc = in_sentence(doc, "ACCUSE")
    assert acc and "الغرب" in party(doc, acc[0]["recipients"])
    doc = run(stage, "فيما دعت الأمم المتحدة الطرفين إلى الابتعاد عن حافة الهاوية.")
    req = in_sentence(doc, "REQUEST")
    assert req and "الطرفين" in party(doc, req[0]["recipients"])


def test_sides_as_subject_are_nobody_s_partner(stage):
    # "اتفقت كل الأطراف": the sides agree among themselves; the speaker is no side of it
    doc = run(stage, 'وقال وزير خارجية السودان الدرديري محمد أحمد "اتفقت كل الأطراف على وقف دائم لإطلاق النار".')
    assert not [e for e in in_sentence(doc, "AGREE") if "الأطراف" in party(doc, e["recipients"])]


def test_west_as_a_direction_is_no_party(stage):
    doc = run(stage, "قصفت الطائرات مواقع تقع إلى الغرب من مدينة حلب.")
    assert not [e for e in doc["events"] if "الغرب" in party(doc, e["actors"] + e["recipients"])]


def test_threat_against_the_one_to_be_struck(stage):
    # the party the threatened act falls on (على/ضد or its object) is the target; the act itself stays hypothetical
    doc = run(stage, "الولايات المتحدة هددت باستخدام القوة ضد دمشق في حال استخدامها لأسلحة كيماوية.")
    th = in_sentence(doc, "THREATEN")
    assert th and "SYR" in party(doc, th[0]["recipients"]) and not th[0]["hypothetical"]
    assert not [e for e in doc["events"] if e["type"] != "THREATEN" and not e["hypothetical"]]


def test_something_that_endangers_is_no_threat(stage):
    doc = run(stage, "وجاء قرار الوزير في ذروة نزاع بشأن الهجرة يهدد بانهيار الحكومة الألمانية.")
    assert not in_sentence(doc, "THREATEN")
    doc = run(stage, "في أحدث حلقات سلسلة من التطورات التي تهدد بإسقاط رئيس الوزراء الإسرائيلي.")
    assert not in_sentence(doc, "THREATEN")


def test_negated_concession_is_a_refusal(pipe):
    doc = full(pipe, 'وأضاف نتنياهو: "لن نسمح لإيران بترسيخ وجودها عسكريا في سوريا".')
    rej = in_sentence(doc, "REJECT")
    assert rej and not rej[0]["negated"] and not rej[0]["hypothetical"]
    assert "IRN" in party(doc, rej[0]["recipients"]) and "ISR" in party(doc, rej[0]["actors"])
    doc = full(pipe, "وقال مسؤولون إيرانيون كبار إن بلادهم لن ترضخ بسهولة لحملة أمريكية جديدة.")
    assert in_sentence(doc, "REJECT")


def test_not_permitted_is_no_refusal(pipe):
    # a policy, the past, or a passive permission is no stance taken against someone
    for s in ("وكانت المملكة الدولة الوحيدة التي لا تسمح للنساء بالقيادة.",
              "ونقلت الصحيفة عن مصادر قولها إن السفيرة لن يسمح لها بالعودة إلى القاهرة.",
              "وحزب الله هو الفصيل الوحيد الذي لم يتخل عن السلاح في لبنان بعد الحرب الأهلية."):
        assert not in_sentence(full(pipe, s), "REJECT"), s


def test_a_source_is_no_side(pipe):
    doc = full(pipe, 'أعلن وزير الداخلية الفرنسي جيرار كولومب مساء الأحد إرسال تعزيزات إلى المنطقة. وحسب فرانس برس، '
                     'جاء في بيان أن الوزير "يدين بأشد العبارات الاستفزازات" التي قامت بها مجموعات متطرفة.')
    assert not [e for e in doc["events"] if "فرانس برس" in party(doc, e["actors"] + e["recipients"])]


def test_blame_in_reported_speech_is_an_accusation(pipe):
    doc = full(pipe, 'وصرحت رئيسة الوزراء البريطانية تيريزا ماي أن روسيا "انتهكت القانون الدولي بشكل سافر".')
    acc = in_sentence(doc, "ACCUSE")
    assert acc and "RUS" in party(doc, acc[0]["recipients"]) and "ماي" in party(doc, acc[0]["actors"])
    doc = full(pipe, "وقال وزير الخارجية السعودي إن إيران تزعزع استقرار المنطقة.")
    acc = in_sentence(doc, "ACCUSE")
    assert acc and "IRN" in party(doc, acc[0]["recipients"])


def test_blame_words_without_a_speaker_or_denied_are_none(pipe):
    for s in ("وختم قائلا: كلنا مع جهود الوزير جبران باسيل لتحقيق الخرق المطلوب في لحظة مؤاتية.",
              'لكن ترامب قال إن الاتفاقية "لم تعرقل برنامج الصواريخ الإيراني".',
              "وتنتهك القوات الحكومية الهدنة يوميا في ريف حماة."):
        assert not [e for e in in_sentence(full(pipe, s), "ACCUSE") if e["mode"] == "allege"], s


def test_forces_sent_are_no_target_and_demonym_headline_folds(pipe):
    doc = full(pipe, 'تعزيزات عسكرية فرنسية كبيرة للسيطرة على "فوضى منطقة الألب"\n'
                     'أعلن وزير الداخلية الفرنسي جيرار كولومب مساء الأحد إرسال تعزيزات "كبيرة" من قوات الأمن إلى المنطقة.')
    mob = [e for e in in_sentence(doc, "MOBILIZE") if not e["hypothetical"]]
    assert len(mob) == 1 and not mob[0]["recipients"]


def test_the_decider_of_an_act_noun_is_its_author(stage):
    doc = run(stage, "هددت روسيا برد صارم عقب قرار الولايات المتحدة فرض عقوبات جديدة على مسؤولين وشركات روسية.")
    sa = in_sentence(doc, "SANCTION")
    assert sa and "USA" in party(doc, sa[0]["actors"]) and "RUS" not in party(doc, sa[0]["actors"])


def test_restated_strike_by_an_unplaced_force_folds(pipe):
    doc = full(pipe, 'الجيش الليبي يقصف "متمردين تشاديين" في جنوب البلاد\n'
                     'وقال مسؤول في الجيش الوطني الليبي: "إن سلاح الجو نفذ نهاية الأسبوع الماضي غارات على مواقع لمتمردين '
                     'تشاديين في الجنوب".')
    assert len([e for e in in_sentence(doc, "ASSAULT") if not e["hypothetical"]]) <= 1


def test_coordinated_accusation_after_a_comma(pipe):
    # "...، واتهمت فرنسا بإعطاء": the noun before the charge is the accused; the sentence's subject accuses
    doc = full(pipe, "رفضت تركيا بقوة، الأربعاء، دعوات غربية لتعليق حملتها في شمال غرب سوريا، واتهمت فرنسا بإعطاء "
                     "معلومات كاذبة عن القضية.")
    acc = [e for e in in_sentence(doc, "ACCUSE") if "FRA" in party(doc, e["recipients"])]
    assert acc and "TUR" in party(doc, acc[0]["actors"])


def test_verbal_noun_with_a_li_object_takes_its_genitive_as_agent(pipe):
    # "اتهام بريطانيا لروسيا": the genitive accuses, the لـ-object is accused (not the sentence's other parties)
    doc = full(pipe, "زاد التوتر بين روسيا ومعظم دول الغرب بعد اتهام بريطانيا لروسيا بتسميم الجاسوس الروسي سكريبال.")
    acc = in_sentence(doc, "ACCUSE")
    assert acc and "GBR" in party(doc, acc[0]["actors"]) and "RUS" in party(doc, acc[0]["recipients"])
    doc = full(pipe, "قرقاش عن زيارة ولي عهد السعودية لبريطانيا: الدور التحريضي لقطر ضد الزيارة يائس")
    con = in_sentence(doc, "CONSULT")
    assert con and "SAU" in party(doc, con[0]["actors"]) and "GBR" in party(doc, con[0]["recipients"])


def test_known_group_named_with_a_generic_head(pipe):
    # "ميليشيات الحوثي": the Houthis, not an unnamed militia
    doc = full(pipe, "وشنت مقاتلات التحالف خلال ساعات فجر الأحد، غارات على تعزيزات ميليشيات الحوثي بجوار المطار.")
    att = in_sentence(doc, "ASSAULT")
    assert att and party(doc, att[0]["recipients"]).startswith("Houthis")


def test_verb_chained_with_wa_shares_the_subject(pipe):
    # no comma before the coordinated verb: "انتقد ... وحث الكونغرس على"، "تجدد دولة قطر رفضها ... وتدعو"
    doc = full(pipe, "انتقد وزير الخارجية الألماني، هايكو ماس، الأحد، روسيا بسبب هجوم إلكتروني استهدف وزارته وحث موسكو "
                     "على تغيير سلوكها.")
    req = in_sentence(doc, "REQUEST")
    assert req and "ماس" in party(doc, req[0]["actors"]) and "RUS" in party(doc, req[0]["recipients"])
    doc = full(pipe, 'وأضاف البيان: "تجدد دولة قطر رفضها لأية هجمات عسكرية ضد المدن والمدنيين وتدعو المجتمع الدولي '
                     'لاتخاذ كافة التدابير لمنع هذه الهجمات".')
    req = in_sentence(doc, "REQUEST")
    assert req and "QAT" in party(doc, req[0]["actors"])


def test_armed_group_against_its_own_civilians_is_no_same_state_slip(pipe):
    doc = full(pipe, "بعد أن منعت ميليشيات الحوثي استقبال المرضى والمصابين من المواطنين اليمنيين في مستشفى الثورة.")
    co = in_sentence(doc, "COERCE")
    assert co and "Houthis" in party(doc, co[0]["actors"])


def test_protest_noun_with_a_li_genitive_names_the_protesters(stage):
    doc = run(stage, "قتل شخصان في تظاهرة احتجاجية للمعارضة في نيكاراغوا، للمطالبة برحيل الرئيس دانيال أورتيغا.")
    pr = in_sentence(doc, "PROTEST")
    assert pr and "معارضة" in party(doc, pr[0]["actors"]) and "أورتيغا" in party(doc, pr[0]["recipients"])
    # a stance adjective between: the لـ-object is what the march is for, not who marches
    doc = run(stage, "خرجت مظاهرة مؤيدة للحكومة في طهران.")
    assert not [e for e in in_sentence(doc, "PROTEST") if "الحكومة" in party(doc, e["actors"])]


def test_pronoun_subject_of_a_light_verb_is_the_speaker(rules, pipe):
    # "إنها أقامت وقفة احتجاجية": the families said it; "أسر المعتقلين" holds the tagged "المعتقلين" inside it
    doc = run(rules, "وقالت أسر المعتقلين في بيان، إنها أقامت وقفة احتجاجية أمام وزارة العدل السودانية.")
    pr = in_sentence(doc, "PROTEST")
    assert pr and "أسر المعتقلين" in party(doc, pr[0]["actors"])
    doc = full(pipe, "المعارضة السورية تتفاوض مع روسيا لوقف القتال في درعا\n\nقال مفاوضون من المعارضة السورية إنهم "
                     "بدأوا مفاوضات مع مسؤولين روس حول اتفاق يقضي باستعادة الحكومة السورية السيطرة على المناطق.")
    con = in_sentence(doc, "CONSULT", "بدأوا")
    assert con and "المعارضة" in party(doc, con[0]["actors"]) and "روس" in party(doc, con[0]["recipients"])


def test_office_then_name_speaks_as_the_name(pipe):
    doc = full(pipe, 'أعلن مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث الأربعاء أنه أجرى محادثات "مثمرة" مع زعيم '
                     'الحوثيين عبد الملك الحوثي.')
    con = in_sentence(doc, "CONSULT")
    assert con and "غريفيث" in party(doc, con[0]["actors"])


def test_definite_office_refers_back_to_the_named_holder(pipe):
    # "وانتقد الوزير القطري" after "وزير الخارجية القطري، الشيخ محمد بن عبدالرحمن آل ثاني": the same man
    doc = full(pipe, "وزير خارجية قطر من بروكسل: سوريا مسؤوليتنا جميعا\n\nنشر وزير الخارجية القطري، الشيخ محمد بن "
                     "عبدالرحمن آل ثاني، صورة للوزراء المشاركين في مؤتمر بروكسل لدعم مستقبل سوريا.\nوانتقد الوزير القطري، "
                     "وفقا لما نقلته وكالة الأنباء القطرية الرسمية، مسألة عدم احترام قواعد الحرب في سوريا.")
    acc = in_sentence(doc, "ACCUSE", "وانتقد")
    assert acc and "آل ثاني" in party(doc, acc[0]["actors"])
    # with no holder named before, the office stays an office
    doc = full(pipe, "وانتقد الوزير القطري مسألة عدم احترام قواعد الحرب في سوريا وفي بروكسل.")
    assert not any("آل ثاني" in party(doc, e["actors"]) for e in doc["events"])


def test_counted_subject_of_a_bare_harm_verb_suffered_it(rules):
    # "قتل 5 مسلحين ... خلال تطهير القوات العراقية": the militants were killed, they are no attackers
    doc = run(rules, "قتل 5 مسلحين متشددين، الخميس، خلال تطهير القوات العراقية مناطق شرق محافظة ديالى.")
    assert not [e for e in in_sentence(doc, "ASSAULT") if "مسلحين" in party(doc, e["actors"])]


def test_indefinite_subject_with_an_object_acts(rules):
    # VSO with an indefinite crowd or armed subject and an object: active, not a passive reading
    doc = run(rules, "قتل مسلحون ثلاثة جنود في هجوم على نقطة تفتيش.")
    att = in_sentence(doc, "ASSAULT")
    assert att and "مسلحون" in party(doc, att[0]["actors"]) and "جنود" in party(doc, att[0]["recipients"])
    doc = run(rules, "اقتحم متظاهرون السفارة السعودية في طهران.")
    att = in_sentence(doc, "ASSAULT")
    assert att and "متظاهرون" in party(doc, att[0]["actors"]) and "SAU" in party(doc, att[0]["recipients"])


def test_charge_of_someone_held_is_no_new_accusation(pipe):
    # "السجناء المحتجزين بتهم ذات دوافع سياسية": the charge they are held on, not an accusation by the prisoners
    doc = full(pipe, "العفو الدولية تتهم مصر بتعريض السجناء السياسيين للحبس الانفرادي\n\nكما كشف تحقيق أجرته العفو الدولية "
                     '"أن السجناء المحتجزين بتهم ذات دوافع سياسية يتم احتجازهم في الحبس الانفرادي المطول في مصر".')
    assert not [e for e in in_sentence(doc, "ACCUSE", "المحتجزين") if "السجناء" in party(doc, e["actors"])]


def test_bare_form_after_a_verb_of_deciding_is_a_verbal_noun(pipe):
    # "قررت الولايات المتحدة طرد 60 دبلوماسيا روسيا": the diplomats are expelled, the deciding state expels them
    doc = full(pipe, "وكانت الولايات المتحدة قررت، الاثنين الماضي، طرد 60 دبلوماسيا روسيا وإغلاق القنصلية الروسية في سياتل.")
    sa = in_sentence(doc, "SANCTION")
    assert sa and "USA" in party(doc, sa[0]["actors"]) and "دبلوماسيا" in party(doc, sa[0]["recipients"])
    doc = full(pipe, "والثلاثاء، أعلن المغرب قطع علاقاته مع إيران، بسبب تورطها في دعم جبهة البوليساريو.")
    sa = in_sentence(doc, "SANCTION")
    assert sa and "MAR" in party(doc, sa[0]["actors"]) and "IRN" in party(doc, sa[0]["recipients"])


def test_giver_named_by_a_passive_participle(pipe):
    from conftest import full, factual
    doc = full(pipe, "وصلت مساعدات إنسانية عاجلة مقدمة من السعودية، اليوم الأربعاء، إلى محافظة الجوف اليمنية.",
               "2018-07-11T10:00")
    aid = factual(doc, "AID")
    assert aid, doc["events"]
    ents = {e["id"]: e for e in doc["entities"]}
    assert [ents[i]["country"] for i in aid[0]["actors"]] == ["SAU"]
    assert [ents[i]["country"] for i in aid[0]["recipients"]] == ["YEM"]


def test_title_word_keeps_the_waw_of_wazir():
    from marsad.events.stage import _title_word
    from marsad.lang.ar import normalize
    assert all(_title_word(normalize(w)) for w in ("وزير", "ووزير", "الوزير", "بالرئيس", "للرئيس", "والملك"))
    assert not any(_title_word(normalize(w)) for w in ("وقال", "عضو", "الحكومة"))


def test_object_after_the_subjects_apposition(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, 'اتهم قيس الخزعلي، أمين عام تنظيم "عصائب أهل الحق" الشيعي العراقي، المملكة العربية السعودية '
                     'بـ"التسبب في الأذى" للشعب العراقي.', "2018-03-17T10:00")
    acc = factual(doc, "ACCUSE")
    assert acc and "SAU" in entity_names(doc, acc[0]["recipients"]), doc["events"]
    assert "الخزعلي" in " ".join(entity_names(doc, acc[0]["actors"]))


def test_office_object_with_its_name_is_no_apposition(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "دعا وزير الخارجية الإيراني، جواد ظريف، الرئيس الأمريكي، دونالد ترامب، إلى الحذر.",
               "2018-07-23T10:00")
    req = factual(doc, "REQUEST")
    assert req and "USA" in entity_names(doc, req[0]["recipients"]), doc["events"]


def test_coordinated_verb_after_a_dateline_shares_the_speaker(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "دبي، الإمارات العربية المتحدة (CNN) – شدد الرئيس الإيراني حسن روحاني، الخميس، على أن طهران "
                     "ستنسحب من الاتفاق النووي في حال خروج أمريكا منه، ورفض أن تقوم أوروبا بإعادة الحظر.",
               "2018-04-26T10:00")
    rej = factual(doc, "REJECT")
    assert rej and "IRN" in entity_names(doc, rej[0]["actors"]), doc["events"]


def test_acts_a_warning_warns_against_are_not_facts(pipe):
    from conftest import full, factual
    doc = full(pipe, "وحذر المسؤول الإيراني الدول الأوروبية من التشكيك في مصداقية الاتفاق النووي والعمل على إعادة "
                     "فرض إجراءات الحظر على إيران.", "2018-04-26T10:00")
    assert not factual(doc, "SANCTION") and not factual(doc, "COERCE"), doc["events"]


def test_a_protest_without_a_target_is_against_its_own_government(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "شارك آلاف الأردنيين الأربعاء في إضراب عام دعت له النقابات المهنية احتجاجا على مشروع قانون "
                     "ضريبة الدخل.", "2018-05-30T10:00")
    pr = factual(doc, "PROTEST")
    assert pr and pr[0]["recipients"], doc["events"]
    ents = {e["id"]: e for e in doc["entities"]}
    gov = ents[pr[0]["recipients"][0]]
    assert gov["country"] == "JOR" and gov["name"] == "government of Jordan", gov


def test_giver_named_in_a_relative_clause(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "قطع المغرب علاقاته مع طهران بسبب الدعم العسكري الذي يقدمه حزب الله لجبهة البوليساريو.",
               "2018-05-01T10:00")
    aid = factual(doc, "AID")
    assert aid and "حزب الله" in entity_names(doc, aid[0]["actors"]), doc["events"]
    assert "جبهة البوليساريو" in entity_names(doc, aid[0]["recipients"])


def test_support_for_the_enemies_of_a_state_is_not_support_for_it(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, 'وتتهم الرباط طهران بما تقوم به بالمشاركة مع حزب الله من دعم لـ"أعداء المغرب".', "2018-05-01T10:00")
    for e in factual(doc, "SUPPORT"):
        if "IRN" in entity_names(doc, e["actors"]):
            assert "MAR" not in entity_names(doc, e["recipients"]), e


def test_partners_in_a_council_are_its_members(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "وحضت الولايات المتحدة، الأربعاء، شركاءها الـ14 في مجلس الأمن الدولي على فرض عقوبات على إيران.",
               "2018-06-28T10:00")
    req = factual(doc, "REQUEST")
    assert req and "مجلس الأمن الدولي" in " ".join(entity_names(doc, req[0]["recipients"])), doc["events"]


def test_an_agreement_praised_happened(pipe):
    from conftest import full, factual
    doc = full(pipe, "أشاد رئيس الوزراء المقدوني زوران زايف الثلاثاء بتوصل أثينا وسكوبيي إلى اتفاق حول اسم مقدونيا.",
               "2018-06-12T10:00")
    assert factual(doc, "AGREE"), doc["events"]


def test_drill_partners_after_bimusharaka(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "بدأت روسيا أكبر مناورات عسكرية في تاريخها، بمشاركة 300 ألف من قواتها المسلحة بالاضافة الى آلاف "
                     "العسكريين الصينيين والمنغوليين في سيبيريا الشرقية.", "2018-09-11T10:00")
    co = factual(doc, "COOPERATE")
    assert co and "RUS" in entity_names(doc, co[0]["actors"]), doc["events"]
    assert {"CHN", "MNG"} <= entity_names(doc, co[0]["recipients"])


def test_a_state_name_is_no_construct_head_of_the_person_after_it(pipe):
    from conftest import full, factual, entity_names
    doc = full(pipe, "واتهمت تركيا غولن بأنه العقل المدبر لمحاولة الانقلاب.", "2018-07-15T10:00")
    acc = factual(doc, "ACCUSE")
    assert acc and "TUR" in entity_names(doc, acc[0]["actors"]), doc["events"]
    doc = full(pipe, "استدعت تركيا السفير السعودي.", "2018-10-10T10:00")
    acc = factual(doc, "ACCUSE")
    assert acc and "TUR" in entity_names(doc, acc[0]["actors"]) and "SAU" in entity_names(doc, acc[0]["recipients"])


# ---- where an office is held, between the office and the name: the title is the named person's
def test_envoy_to_a_state_then_his_name_is_one_party(pipe):
    doc = full(pipe, "استقبل الرئيس السوري أحمد الشرع، الأربعاء، في دمشق، المبعوث الأمريكي الخاص إلى سوريا توماس "
                     "باراك، وبحث معه رفع العقوبات.")
    ev = factual(doc, "CONSULT")
    assert ev and "باراك" in party(doc, ev[0]["recipients"]) and "الشرع" in party(doc, ev[0]["actors"])


def test_ambassador_in_a_city_then_his_name_is_one_party(pipe):
    doc = full(pipe, "واستدعت وزارة الخارجية التركية السفير السعودي لدى أنقرة وليد بن عبد الكريم الخريجي، للاستفسار "
                     "عن مصير الصحفي.")
    ev = factual(doc, "ACCUSE")
    assert ev and "وليد" in party(doc, ev[0]["recipients"])


def test_un_envoy_to_a_region_is_the_one_who_condemns(pipe):
    doc = full(pipe, "وندد مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف بمقتل أطفال في غزة برصاص القوات "
                     "الإسرائيلية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "ملادينوف" in party(doc, ev[0]["actors"]) and "ISR" in party(doc, ev[0]["recipients"])


# ---- an office of one state, then a known person of another: the office acts on the person
def test_office_then_foreign_person_is_subject_and_object(pipe):
    doc = full(pipe, "وناشد الرئيس الفرنسي ترامب، الأحد، عدم الانسحاب من الاتفاق النووي.")
    ev = factual(doc, "REQUEST")
    assert ev and "FRA" in party(doc, ev[0]["actors"]) and "ترامب" in party(doc, ev[0]["recipients"])


def test_office_then_own_national_is_one_party(pipe):
    doc = full(pipe, "والتقى وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف في هلسنكي.")
    ev = factual(doc, "CONSULT")
    assert ev and "بومبيو" in party(doc, ev[0]["actors"]) and "لافروف" in party(doc, ev[0]["recipients"])


# ---- a title in construct with a state opens the subject after a verb, not after a verbal noun
def test_title_of_a_state_then_name_is_the_subject(pipe):
    doc = full(pipe, "استقبل رئيس إريتريا إسياس أفورقي صباح الأحد رئيس الوزراء الإثيوبي آبي أحمد الذي وصل إلى العاصمة "
                     "الإريترية أسمرة.", published="2018-07-08T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and "أفورقي" in party(doc, ev[0]["actors"]) and "آبي أحمد" in party(doc, ev[0]["recipients"])


def test_title_of_a_state_after_a_verbal_noun_is_the_patient(pipe):
    doc = full(pipe, "الحكم بسجن رئيس البرازيل السابق 9 سنوات في قضية فساد")
    assert not any("BRA" in party(doc, e["actors"]) for e in doc["events"] if e["type"] == "SANCTION")

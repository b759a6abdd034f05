"""Who says or reports an act is no side of it: reported speech (قال X إن ...، أعلنت X أن ...) and headline speakers
(X عن ...: ...), through the full pipeline; and the cases where the act told is the speaker's own (a pronoun of his,
a body named before and taken up by a definite noun)."""
from __future__ import annotations

from conftest import party
from marsad.record import new_document


def doc_of(pipe, text):
    doc = new_document("t", text)
    doc["article"]["published"] = "2018-04-07T12:00"
    return pipe.run_one(doc)


def events(doc, typ, trigger=None):
    return [e for e in doc["events"] if e["type"] == typ and (trigger is None or e["trigger"]["text"] == trigger)]


def test_speaker_is_no_side_of_a_visit_he_tells_of(pipe):
    doc = doc_of(pipe, "قال النائب المصري، جمال عباس، الأحد، إن زيارة ولي عهد المملكة العربية السعودية، الأمير محمد بن "
                       "سلمان إلى مصر، تؤكد خصوصية العلاقات بين القاهرة والرياض.")
    for e in events(doc, "CONSULT"):
        assert "جمال عباس" not in party(doc, e["actors"] + e["recipients"]), e


def test_announcer_is_not_the_delegation(pipe):
    doc = doc_of(pipe, "أعلنت الرئاسة الكورية الجنوبية أن وفدا عالي المستوى وصل الاثنين إلى بيونغ يانغ في زيارة "
                       "تاريخية يلتقي خلالها الزعيم الكوري الشمالي كيم جونغ أون.")
    ev = events(doc, "CONSULT", "يلتقي")
    assert ev, doc["events"]
    assert "الرئاسة" not in party(doc, ev[0]["actors"]), ev[0]


def test_accuser_named_in_the_told_clause(pipe):
    doc = doc_of(pipe, "وقال السفير جيمس مالفيل في منشور بموقع فيسبوك، إن الاتهامات التي يوجهها ترامب لدول الاتحاد "
                       "الأوروبي غير صحيحة.")
    for e in events(doc, "ACCUSE"):
        assert "مالفيل" not in party(doc, e["actors"]), e


def test_his_own_meeting_stays_his(pipe):
    # a pronoun of the speaker on the act noun (لقاءه) or beside it (بينه): he is a side
    doc = doc_of(pipe, "قال الرئيس الأميركي دونالد ترمب إن لقاءه بنظيره الكوري الشمالي قد ينجم عنه أعظم اتفاق في العالم.")
    ev = events(doc, "CONSULT")
    assert ev and "ترمب" in party(doc, ev[0]["actors"]), doc["events"]
    doc = doc_of(pipe, "قال الرئيس الأمريكي دونالد ترامب إن محادثات مسهبة جرت بينه وبين الزعيم الكوري الجنوبي.")
    ev = events(doc, "CONSULT", "محادثات")
    assert ev and "ترامب" in party(doc, ev[0]["actors"] + ev[0]["recipients"]), doc["events"]


def test_body_taken_up_by_a_definite_noun_acts(pipe):
    doc = doc_of(pipe, "أعلن متحدث باسم السفارة الروسية في بريطانيا السبت، أن السفارة قدمت طلبا لعقد لقاء بين السفير "
                       "الروسي لدى بريطانيا ووزير الخارجية البريطاني بوريس جونسون.")
    ev = events(doc, "REQUEST")
    assert ev and ev[0]["actors"], doc["events"]
    assert "RUS" in party(doc, ev[0]["actors"]), ev[0]


def test_headline_speaker_about_a_meeting(pipe):
    doc = doc_of(pipe, "قرقاش عن الاجتماع الروسي التركي الإيراني حول سوريا: دليل على حال العالم العربي\n\n"
                       "قال أنور قرقاش، وزير الدولة الإماراتي للشؤون الخارجية، إن القمة الثلاثية حول سوريا تعتبر دليلا "
                       "على حال العالم العربي.")
    for e in events(doc, "CONSULT"):
        assert "قرقاش" not in party(doc, e["actors"] + e["recipients"]), e


def test_kin_of_the_speaker_is_not_the_speaker(pipe):
    doc = doc_of(pipe, "وتقول هدى الخالدي، أم المصاب مهند الخالدي، 17 عاما، إن ابنها أصيب برصاص الجيش الإسرائيلي في "
                       "قدمه.")
    for e in events(doc, "ASSAULT"):
        assert "هدى" not in party(doc, e["recipients"] + e["actors"]), e


def test_circumstantial_participle_without_comma(pipe):
    doc = doc_of(pipe, "كذلك خطب رئيس الوزراء الفلسطيني رامي الحمد الله في الحشود متهما الإدارة الأمريكية بالسعي "
                       "لإثارة نزاع ديني في المنطقة.")
    ev = events(doc, "ACCUSE", "متهما")
    assert ev, doc["events"]
    assert "الحمد الله" in party(doc, ev[0]["actors"]) and "الإدارة الأمريكية" in party(doc, ev[0]["recipients"])
    doc = doc_of(pipe, "وفي خطاب متلفز أعلن الرئيس الأفغاني أشرف غني قرار حكومته تمديد وقف النار داعيا حركة طالبان إلى "
                       "تمديد الهدنة من جانبها.")
    ev = events(doc, "REQUEST")
    assert ev and "غني" in party(doc, ev[0]["actors"]) and "طالبان" in party(doc, ev[0]["recipients"]), doc["events"]


def test_passive_participle_is_no_speaker(pipe):
    doc = doc_of(pipe, "وكان الرئيس الأميركي دونالد ترامب متهما خلال حملته الانتخابية بمعاداة المهاجرين.")
    for e in events(doc, "ACCUSE"):
        assert "ترامب" not in party(doc, e["actors"]), e


def test_source_before_the_subject_is_no_speaker(pipe):
    doc = doc_of(pipe, "وبحسب بيان الرئاسة، طالب السيسي قوات الجيش خلال الزيارة بمواصلة بذل أقصى الجهد من أجل مصر، "
                       "مشيداً بما يحققونه من إنجازات كبيرة.")
    for e in events(doc, "SUPPORT"):
        assert "الرئاسة" not in party(doc, e["actors"]), e


def test_added_after_a_quote_goes_on_with_its_speaker(pipe):
    # a party named inside the quote just closed (تركيا) does not speak the "وأضاف:" after it
    doc = doc_of(pipe, 'وقال أردوغان في كلمة أمام أنصاره: "لن نسمح لأحد بمهاجمة تركيا". وأضاف: "سنرد على أي هجوم على '
                       'جنودنا".')
    qs = [q for q in doc["quotes"] if q["text"].startswith("سنرد")]
    assert qs and "أردوغان" in party(doc, [qs[0]["speaker"]]), doc["quotes"]
    ev = events(doc, "THREATEN")
    assert ev and "أردوغان" in party(doc, ev[0]["actors"]), doc["events"]


def test_pronoun_on_a_meeting_noun_after_a_time_preposition(pipe):
    # "عقب لقائه": his meeting; he is the clause's subject, not the city named between them
    doc = doc_of(pipe, "وغادر بومبيو الرياض متوجها إلى أنقرة عقب لقائه العاهل السعودي الملك سلمان بن عبد العزيز.")
    ev = events(doc, "CONSULT", "لقائه")
    assert ev and "بومبيو" in party(doc, ev[0]["actors"]) and "سلمان" in party(doc, ev[0]["recipients"]), doc["events"]
    doc = doc_of(pipe, "وكان لافروف، قد قال الخميس عقب لقائه نظيره الألماني، هايكو ماس، في موسكو، إنه يجب المحافظة على "
                       "الاتفاق النووي مع إيران.")
    ev = events(doc, "CONSULT", "لقائه")
    assert ev and "لافروف" in party(doc, ev[0]["actors"]) and "ماس" in party(doc, ev[0]["recipients"]), doc["events"]


def test_pronoun_on_a_visit_in_a_told_clause_is_the_clause_subject(pipe):
    doc = doc_of(pipe, "وقالت المتحدثة باسم الخارجية الأميركية هيذر ناورت إن وزير الخارجية الأميركي ريكس تيلرسون أثار "
                       "هذه القضية مع المسؤولين خلال زيارته لتركيا الأسبوع الماضي.")
    for e in events(doc, "CONSULT", "زيارته"):
        assert "ناورت" not in party(doc, e["actors"]), e


def test_pronoun_in_a_relative_clause_is_not_the_sentence_subject(pipe):
    doc = doc_of(pipe, "كشف الرئيس الأمريكي دونالد ترامب، الخميس، أن محققين أمريكيين يعملون مع تركيا لمعرفة ما حدث "
                       "للإعلامي السعودي جمال خاشقجي، الذي اختفى بعد زيارته للقنصلية السعودية في إسطنبول.")
    for e in events(doc, "CONSULT", "زيارته"):
        assert "ترامب" not in party(doc, e["actors"]), e


def test_lawyer_speaking_of_his_client_is_no_side(pipe):
    doc = doc_of(pipe, "وقالت محامية كريستين بلازي فورد، ديبرا كاتس، إن موكلتها ترحب بالخطوة.")
    for e in events(doc, "SUPPORT"):
        assert "كاتس" not in party(doc, e["actors"]), e


def test_meeting_of_a_third_person_in_a_quote_is_not_the_speakers(pipe):
    doc = doc_of(pipe, "وأضاف ترامب في مقابلة مع محطة فوكس نيوز، أن اللقاء الذي تم في كوريا الشمالية قبل أسابيع بين "
                       "كيم ومايك بومبيو لم يكن مخططا سلفا. "
                       'وقال ترامب "لم يكن من المفترض أن يلتقي بكيم جونج أون لكنه فعل. رتبوا الأمر عندما كان هناك".')
    for e in events(doc, "CONSULT"):
        assert "ترامب" not in party(doc, e["actors"]), e


def test_relative_clause_after_a_prepositional_antecedent(pipe):
    # the antecedent of "الذي أدان" is its subject, not the one who welcomes the resolution
    doc = doc_of(pipe, "ورحب وزير الإعلام اليمني معمر الإرياني بالقرار الصادر عن مجلس الأمن الدولي الذي أدان بشدة إطلاق "
                       "ميليشيات الحوثي الصواريخ الباليستية تجاه السعودية.")
    ev = events(doc, "ACCUSE", "أدان")
    assert ev and "مجلس الأمن" in party(doc, ev[0]["actors"]), doc["events"]
    # ... but not when a pronoun takes the antecedent up after the verb (أفرجت عنهم موسكو: the prisoners were freed)
    doc = doc_of(pipe, "وكان في يوليو 2010 من بين السجناء الذين أفرجت عنهم موسكو مقابل إفراج الولايات المتحدة عن 10 "
                       "جواسيس.")
    for e in events(doc, "RETREAT"):
        assert "السجناء" not in party(doc, e["actors"]), e


def test_told_clause_about_the_speakers_own_body(pipe):
    # a generic noun of his own body (الحزب) or a definite act noun with only its counterpart (الشراكة مع ...) keeps
    # the speaker's side
    doc = doc_of(pipe, "وقالت المديرة العامة لمنظمة الأمم المتحدة للتربية والعلوم والثقافة (اليونسكو) يوم الاثنين إن "
                       "الشراكة مع الإمارات والحكومة العراقية خطوة غير مسبوقة من التعاون لإعادة بناء التراث.")
    ev = events(doc, "COOPERATE", "الشراكة")
    assert ev and ev[0]["actors"] and "الإمارات" in party(doc, ev[0]["recipients"]), doc["events"]


def test_pronoun_subject_that_cannot_be_the_speaker(pipe):
    # "إنها" after a speaker it cannot stand for (a place named as the subject of the clause before) is no speaker
    doc = doc_of(pipe, "ولم تهدد إيران بإغلاق باب المندب لكنها قالت إنها ستغلق مضيق هرمز في الخليج العربي إذا تم منعها "
                       "من تصدير النفط.")
    for e in events(doc, "COERCE"):
        assert "المندب" not in party(doc, e["actors"]), e

"""Verbal events (ACCUSE, REJECT, REQUEST, THREATEN, SUPPORT, AGREE, CONSULT, CONCEDE): who acts and whether the act
was told as having happened. Short news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import factual_trigger, one_factual, with_trigger


# ---- a first-person act inside a direct quote is the speaker's ---------------------------------------------------

def test_first_person_singular_in_a_quote_is_the_speaker_not_the_addressee(pipe):
    doc = full(pipe, "استقبل الرئيس الروسي فلاديمير بوتين، الخميس، نظيره السوري بشار الأسد في مدينة سوتشي الروسية.\n"
                     "وقال بوتين للأسد: \"أهنئكم على النجاحات الكبيرة التي أحرزها الجيش السوري في الحرب ضد الإرهاب\".")
    ev = one_factual(doc, "SUPPORT", "أهنئكم")
    assert "بوتين" in party(doc, ev["actors"]) and "الأسد" not in party(doc, ev["actors"])


def test_first_person_plural_in_a_quote_is_the_speaker_not_a_party_named_before(pipe):
    doc = full(pipe, "وأبلغ السفير الأميركي ريتشارد غرينيل صحيفة \"بيلد\" أن الإدارة الأميركية قلقة من خطط تحويل مئات "
                     "الملايين من اليورو إلى إيران نقدا، وقال: \"نطلب من الحكومة الألمانية على أعلى مستوى التدخل ووقف "
                     "الخطة\".")
    ev = one_factual(doc, "REQUEST", "نطلب")
    # the speaker or his side (the US administration named before him), not Iran
    assert "USA" in party(doc, ev["actors"]) and "إيران" not in party(doc, ev["actors"])
    assert "الحكومة الألمانية" in party(doc, ev["recipients"])


def test_speaker_condemns_in_the_first_person_before_a_body_he_addresses(pipe):
    doc = full(pipe, "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريس أمام مجلس الأمن: \"أدين بشكل قاطع خطوات جميع "
                     "الأطراف التي أوصلتنا إلى هذا الوضع\".")
    ev = one_factual(doc, "ACCUSE", "أدين")
    assert "غوتيريس" in party(doc, ev["actors"]) and "مجلس الأمن" not in party(doc, ev["actors"])


def test_first_person_forms(stage):
    from marsad.events.stage import _own_voice
    from marsad.lang.ar import normalize

    for w in ("نطلب", "أهنئكم", "أدين", "نرفض", "وندعم", "رفضنا", "أبرمنا", "نطالبكم"):
        assert _own_voice(normalize(w)), w
    # perfects of the third person that open with ن or ا, and a perfect in ت (as often "she")
    for w in ("أدان", "ناشد", "أبرم", "نفى", "رفضت", "طالب", "يطالب", "تدعم"):
        assert not _own_voice(normalize(w)), w


# ---- a meeting named by a noun that is still to come is no meeting held -------------------------------------------

def test_meeting_anticipated_is_not_held(pipe):
    for text, trig in (("روسيا تستبق \"قمة طهران\" بغارات على إدلب", "قمة"),
                       ("تقارير إعلامية تحدد مكان قمة ترامب وبوتن", "قمة"),
                       ("وقال الكرملين في بيان إن المسؤولين شددا على أهمية الإبقاء على الاتفاق، وذلك قبل أسبوع من زيارة "
                        "ميركل إلى روسيا.", "زيارة")):
        doc = full(pipe, text)
        assert with_trigger(doc, "CONSULT", trig) and not factual_trigger(doc, "CONSULT", trig), text


def test_meeting_object_of_a_future_verb_is_not_held(pipe):
    doc = full(pipe, "وفي السياق ذاته ستستضيف مسؤولة السياسة الخارجية بالاتحاد الأوروبي فيديريكا موجيريني اجتماعا "
                     "لوزراء خارجية بريطانيا وفرنسا وألمانيا يوم الثلاثاء في بروكسل لمناقشة الاتفاق النووي مع إيران.")
    assert not [e for e in factual(doc, "CONSULT") if "اجتماع" in e["trigger"]["text"]]


def test_meeting_after_which_something_is_to_happen_is_held(pipe):
    # "سيزور ... بعد لقائه": the future verb governs the visit, not the meeting after بعد
    doc = full(pipe, "وقال وزير الخارجية الأمريكي مايك بومبيو إنه سيزور بيونغ يانغ بعد لقائه مع الرئيس الكوري الجنوبي "
                     "مون جاي إن في سول.")
    assert [e for e in factual(doc, "CONSULT") if "لقائه" in e["trigger"]["text"]]


def test_meeting_held_is_kept(pipe):
    doc = full(pipe, "التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي، وأجرى الزعيمان "
                     "محادثات استمرت ساعتين.")
    assert factual(doc, "CONSULT")


def test_headline_summit_dated_after_publication_is_not_held(pipe):
    doc = full(pipe, "قمة مصرية روسية في موسكو بين السيسي وبوتن\n\nيقوم الرئيس المصري عبدالفتاح السيسي الاثنين بزيارة "
                     "رسمية إلى روسيا تستغرق ثلاثة أيام يلتقي خلالها الرئيس الروسي فلاديمير بوتن.",
               published="2018-10-14T20:49")
    head = [e for e in doc["events"] if e["type"] == "CONSULT" and e["trigger"]["text"] == "قمة"]
    assert head and all(e["hypothetical"] and e["date"] == "2018-10-15" for e in head), head
    assert not [e for e in factual(doc, "CONSULT") if (e["date"] or "") > "2018-10-14"]


# ---- a meeting named again without sides of its own is the meeting told before -------------------------------------

def test_meeting_retold_by_a_demonstrative_takes_no_parties_of_its_sentence(pipe):
    doc = full(pipe, "التقى زعيم حزب الله حسن نصر الله وفدا من جماعة الحوثي في بيروت.\n"
                     "وعلقت السفارة اليمنية في الولايات المتحدة على هذا اللقاء بالقول إنه دليل على التدخل الإيراني.")
    for e in factual(doc, "CONSULT"):
        assert "السفارة" not in party(doc, e["actors"]) and "اليمن" not in party(doc, e["actors"]), e
    assert factual(doc, "CONSULT")  # the meeting itself, from its first telling


def test_meeting_noun_with_its_own_sides_is_read(pipe):
    doc = full(pipe, "التقى وزير الخارجية الأميركي مايك بومبيو نظيره الروسي سيرغي لافروف في سوتشي.\n"
                     "وسبق ذلك بيوم اللقاء بين الرئيس الروسي فلاديمير بوتين والمستشارة الألمانية أنغيلا ميركل.")
    assert any("ميركل" in party(doc, e["actors"] + e["recipients"]) for e in factual(doc, "CONSULT"))


# ---- a threat word whose object is a good put at risk is no threat made -------------------------------------------

def test_endangering_a_good_is_no_threat(pipe):
    for text in ("وأرسلت الولايات المتحدة مراراً السفن الحربية إلى الجزر المتاخمة لبحر الصين الجنوبي، والتي تهدد سيادة "
                 "الصين وسلامة أراضيها.",
                 "وعبر قائد القيادة المركزية الأميركية جوزيف فوتيل عن قلق بلاده من تهديد الحوثيين للملاحة الدولية في "
                 "باب المندب.",
                 "تعمل بكين حثيثا على تطوير أسلحة جديدة، يقول خبراء إنها تهدد التفوق الأميركي."):
        doc = full(pipe, text)
        assert not factual(doc, "THREATEN"), text


def test_threat_against_a_party_stays(pipe):
    doc = full(pipe, "وهددت تركيا بمهاجمة القوات الأمريكية المتحالفة مع وحدات حماية الشعب الكردي في منبج.")
    ev = one_factual(doc, "THREATEN", "هدد")
    assert "تركيا" in party(doc, ev["actors"])


# ---- a warning's target told in its أن-clause; an act decided by a party the quote names ---------------------------

def test_warning_target_inside_its_clause(pipe):
    doc = full(pipe, "تصعيد بين إسرائيل وإيران في سوريا\n\nقصفت طائرات إسرائيلية مواقع إيرانية قرب دمشق الليلة الماضية. "
                     "وحذر وزيران إسرائيليان من أن إسرائيل ستواصل التحرك ضد إيران في سوريا.")
    ev = one_factual(doc, "THREATEN", "حذر")
    assert "إيران" in party(doc, ev["recipients"])


def test_conditional_in_is_no_warning_clause(pipe):
    # "إن لم": the conditional, not the أن of the warning's content
    doc = full(pipe, "وقال التنظيم إن الفرنسيين تم تحذيرهم من هجمات مماثلة إن لم يوقفوا حربهم ضد تنظيم الدولة الإسلامية.")
    for e in factual(doc, "THREATEN"):
        assert "تنظيم الدولة" not in party(doc, e["recipients"]), e


def test_act_decided_by_the_party_a_quote_names_is_not_the_speakers(pipe):
    doc = full(pipe, "وقالت الوزيرة الألمانية: \"تلقيت رسالة من الحكومة الأفغانية أبلغتني فيها بقرارها رفض أي تمديد "
                     "لمهمة القوات\".")
    ev = one_factual(doc, "REJECT", "رفض")
    assert "الحكومة الأفغانية" in party(doc, ev["actors"]) and "الوزيرة" not in party(doc, ev["actors"])


# ---- a relative clause's verb with the antecedent taken up after it has its own subject after that pronoun ---------

def test_relative_clause_subject_after_the_resumptive_pronoun(pipe):
    doc = full(pipe, "ويشمل هؤلاء القيادي الثوري راميرو فالديز، ووزير الاقتصاد السابق ريكاردو كابريساس، بما يشير إلى أن "
                     "\"تجديد شباب الحكم\" الذي دعت إليه القيادة الكوبية سيكون تدريجيا.")
    for e in doc["events"]:
        assert "كابريساس" not in party(doc, e["actors"]), e
    doc = full(pipe, "وانتقدت المعارضة القرار الذي وافقت عليه الحكومة التركية أمس.")
    for e in doc["events"]:
        if e["type"] == "AGREE":
            assert "المعارضة" not in party(doc, e["actors"]), e


def test_in_which_is_no_resumed_argument(pipe):
    # "التي اتهمت فيها موسكو": فيها is "in which"; Moscow is the one accused, May accuses
    doc = full(pipe, "لكن روسيا تنكر ضلوعها في أي هجوم على سكريبال، منافية بذلك تصريحات رئيسة الوزراء البريطانية، تيريزا "
                     "ماي، التي اتهمت فيها موسكو بمحاولة قتل الجاسوس السابق وابنته.")
    for e in factual(doc, "ACCUSE"):
        assert "موسكو" not in party(doc, e["actors"]), e


# ---- criticism faced or drawn: the subject is its target ------------------------------------------------------------

def test_criticism_faced_or_drawn_is_not_made_by_the_subject(pipe):
    for text in ("دافع الرئيس رجب طيب أردوغان عن اللاعب الألماني من أصول تركية، مسعود أوزيل، الذي واجه انتقادات عقب "
                 "التقاط صور مع الزعيم التركي.",
                 "ويسمح القانون رقم 10 الذي أثار انتقادات بعد أن وقعه الرئيس السوري بشار الأسد في أبريل، للحكومة "
                 "بإحداث منطقة تنظيمية."):
        doc = full(pipe, text)
        for e in factual(doc, "ACCUSE"):
            assert not ({"أوزيل", "الأسد"} & set(party(doc, e["actors"]).split())), e


def test_criticism_received_from_a_named_critic(pipe):
    doc = full(pipe, "وتعرضت الحكومة البريطانية لانتقادات من منظمة العفو الدولية بسبب صفقات السلاح.")
    ev = one_factual(doc, "ACCUSE", "انتقادات")
    assert "العفو" in party(doc, ev["actors"]) and "الحكومة البريطانية" in party(doc, ev["recipients"])


# ---- "إلى جانب X" is a phrase beside X, never the subject -------------------------------------------------------

def test_beside_is_no_subject(pipe):
    doc = full(pipe, "لكن الأمر تغير الجمعة، إذ اعتبر الرئيس النيجيري محمد بخاري أن استمرار فقدان التلميذات إثر هجوم "
                     "المسلحين يشكل \"كارثة وطنية\". وقال بخاري في بيان أصدرته الرئاسة، إن \"البلد برمته يقف إلى جانب "
                     "العائلات. إنها كارثة وطنية\".")
    for e in factual(doc, "SUPPORT"):
        assert "العائلات" not in party(doc, e["actors"]), e
    doc = full(pipe, "وقال الرئيس المصري عبد الفتاح السيسي إن مصر تقف إلى جانب السعودية في مواجهة الإرهاب.")
    ev = one_factual(doc, "SUPPORT", "تقف")
    assert "مصر" in party(doc, ev["actors"]) and "السعودية" in party(doc, ev["recipients"])


# ---- verb, preposition with a pronoun, then the subject ----------------------------------------------------------

def test_subject_after_a_pronoun_object(pipe):
    doc = full(pipe, "أعيد انتخاب الرئيس الروسي فلاديمير بوتين لولاية رابعة في انتخابات أشبه باستفتاء، نددت بها "
                     "المعارضة ووصفتها بالمزورة.")
    for e in factual(doc, "ACCUSE"):
        if "ندد" in e["trigger"]["text"]:
            assert "بوتين" not in party(doc, e["actors"]), e
    doc = full(pipe, "وقال المسؤول والي محمد إن المهاجمين حاولا اقتحام موقع تابع لفيلق الحدود الباكستاني، حيث فجر أحدهما "
                     "نفسه عندما طلبت منه القوات الباكستانية التوقف.")
    for e in factual(doc, "REQUEST"):
        assert "القوات" not in party(doc, e["recipients"]), e


def test_sides_between_after_the_place_naming_the_act(pipe):
    doc = full(pipe, "رحب الرئيس الكوري الجنوبي، مون جاي-إن، الثلاثاء، باتفاق سنغافورة بين الرئيس الأميركي دونالد ترمب "
                     "والزعيم الكوري الشمالي، كيم يونغ أون، باعتباره \"حدثاً تاريخياً\".")
    ev = one_factual(doc, "SUPPORT", "رحب")
    names = party(doc, ev["recipients"])
    assert "USA" in names and "PRK" in names and "سنغافورة" not in names


# ---- an arrival is a visit only by the party next to the verb ------------------------------------------------------

def test_things_arriving_visit_no_one(pipe):
    doc = full(pipe, "وصلت إلى الضفة الغربية المحتلة آلاف الطرود، والرسائل، وحتى كرسي متحرك، كانت مرسلة إلى الفلسطينيين، "
                     "عقب إفراج إسرائيل عنها، بعد سنوات من إرسالها عبر البريد.")
    assert not factual(doc, "CONSULT")


def test_visitors_arriving_still_visit(pipe):
    for text, who in (("لافروف يصل إلى بيونغيانغ", "لافروف"),
                      ("وصل وزير الخارجية الأمريكي مايك بومبيو إلى الرياض السبت.", "بومبيو"),
                      ("وقال المبعوث الأممي مارتن غريفيث، الذي وصل إلى صنعاء السبت، إن الحوار ممكن.", "غريفيث")):
        doc = full(pipe, text)
        assert any(who in party(doc, e["actors"]) for e in factual(doc, "CONSULT")), text


# ---- receiving refugees or migrants is no meeting -----------------------------------------------------------------

def test_receiving_refugees_is_no_meeting(pipe):
    for text in ("استقبلت ميانمار ما يبدو أنهم أول خمسة أشخاص من بين 700 ألف لاجئ، من الروهينغيا الذين فروا من عنف "
                 "قوات الجيش.",
                 "رفضت إيطاليا رسو السفينة أكواريوس وعلى متنها 141 مهاجرا أنقذتهم قبالة سواحل ليبيا قبل أيام مما أشعل "
                 "فتيل أزمة أخرى بشأن استقبالهم مع حلفاء آخرين بالاتحاد الأوروبي."):
        doc = full(pipe, text)
        assert not factual(doc, "CONSULT"), text


def test_receiving_the_refugee_commissioner_is_a_meeting(pipe):
    doc = full(pipe, "استقبل العاهل الأردني الملك عبد الله الثاني المفوض السامي لشؤون اللاجئين فيليبو غراندي في عمان.")
    assert factual(doc, "CONSULT")

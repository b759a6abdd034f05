"""Recall constructions of the Arabic event coder found by auditing fresh corpus articles: acts told without a
named author, collective and multi-party sides, trigger forms the lexicon lacked."""
from __future__ import annotations

from conftest import factual, full, party


def test_sentence_without_its_court_is_the_judiciary_of_the_convicted(pipe):
    doc = full(pipe, "باكستان.. السجن 10 سنوات لنواز شريف بتهمة الفساد")
    ev = factual(doc, "SANCTION")
    assert ev, doc["events"]
    assert "PAK" in party(doc, ev[0]["actors"]) and "Nawaz Sharif" in party(doc, ev[0]["recipients"])


def test_court_that_convicts_does_not_condemn(pipe):
    doc = full(pipe, "أدانت محكمة إسرائيلية شابا أمريكيا إسرائيليا، عمره 19 عاما، بإرسال مئات التهديدات.")
    assert factual(doc, "SANCTION") and not factual(doc, "ACCUSE")


def test_sentence_a_charge_carries_is_no_sentence_passed(pipe):
    doc = full(pipe, "وقد يحكم على نواز شريف بالسجن 10 سنوات.")
    assert not factual(doc, "SANCTION")


def test_status_of_the_convicted_is_no_sentence_on_the_next_party(pipe):
    doc = full(pipe, "في أول تعليق له بشأن القبض على المصري هشام عشماوي، المتهم في قضايا عدة ومحكوم عليه بالإعدام، "
                        "تحدث الرئيس المصري عبدالفتاح السيسي، الخميس، بشأنه.")
    assert not any("Sisi" in party(doc, e["recipients"]) for e in factual(doc, "SANCTION"))


def test_bloc_of_states_is_one_party_per_member(pipe):
    doc = full(pipe, "دعت دول الخليج إيران إلى وقف تدخلاتها في المنطقة")
    ev = factual(doc, "REQUEST")
    assert ev and {"SAU", "ARE", "KWT", "QAT", "BHR", "OMN"} <= {
        e["country"] for e in doc["entities"] if e["id"] in ev[0]["actors"]}
    assert "IRN" in party(doc, ev[0]["recipients"])


def test_the_two_koreas_agree_with_each_other(pipe):
    doc = full(pipe, "اتفقت الكوريتان الجمعة على استئناف برنامج لقاءات العائلات التي فرقتها الحرب الكورية.")
    ev = factual(doc, "AGREE")
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "KOR" in sides and "PRK" in sides
    assert "العائلات" not in party(doc, ev[0]["recipients"])
    assert not factual(doc, "COERCE")  # the war that separated the families is no act of the Koreas


def test_boycotting_quartet_is_addressed(pipe):
    doc = full(pipe, 'قطر تطالب "دول الحصار" بالجلوس للتفاوض وإنهاء الانتهاكات')
    ev = factual(doc, "REQUEST")
    assert ev and {"SAU", "ARE", "BHR", "EGY"} <= {e["country"] for e in doc["entities"] if e["id"] in ev[0]["recipients"]}


def test_bloc_after_a_place_noun_is_no_side_of_the_meeting(pipe):
    doc = full(pipe, "وذكرت وكالة يونهاب أن مسؤولين من واشنطن وبيونغ يانغ اجتمعوا على الحدود بين الكوريتين يوم الأحد.")
    assert not any("KOR" in party(doc, e["actors"] + e["recipients"]) for e in factual(doc, "CONSULT"))


def test_designation_as_terrorist_is_a_sanction(pipe):
    doc = full(pipe, "صنفت الولايات المتحدة جماعة الإخوان المسلمين منظمة إرهابية")
    ev = factual(doc, "SANCTION")
    assert ev and "USA" in party(doc, ev[0]["actors"])
    assert not full(pipe, "حلت الجامعة في المرتبة الأولى في تصنيف شنغهاي للجامعات")["events"]


def test_talks_to_be_resumed_are_not_held(pipe):
    doc = full(pipe, "بدأت كوريا الجنوبية والولايات المتحدة تدريباتهما المشتركة، الأحد، للمساعدة في توفير الظروف "
                        "الملائمة لاستئناف المحادثات بين الكوريتين.")
    assert not factual(doc, "CONSULT")


def test_who_reports_a_call_is_no_side_of_it(pipe):
    doc = full(pipe, "3 ملفات تصدرت مكالمة هاتفية جمعت الرئيسين المصري عبدالفتاح السيسي والفرنسي إيمانويل ماكرون، "
                        "الخميس، حسبما أعلنت الرئاسة المصرية في بيانها.")
    ev = factual(doc, "CONSULT")
    assert ev and "Presidency" not in party(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_party_inside_a_topic_phrase_is_no_target(pipe):
    doc = full(pipe, "أدانت الجامعة العربية التصريحات حول قضية اللاجئين الفلسطينيين في لبنان")
    assert not any("اللاجئين" in party(doc, e["recipients"]) for e in doc["events"])


def test_refuting_accusations_is_a_denial(pipe):
    doc = full(pipe, "فندت وزارة الخارجية الروسية الاتهامات البريطانية")
    ev = factual(doc, "REJECT")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "GBR" in party(doc, ev[0]["recipients"])


def test_subject_of_taarrada_suffers_the_attack(pipe):
    doc = full(pipe, "وتتعرض الغوطة الشرقية لقصف وغارات كثيفة تنفذها قوات النظام السوري.")
    ev = factual(doc, "ASSAULT")
    assert ev and "SYR" in party(doc, ev[0]["actors"]) and "Ghouta" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "تعرضت دورية للجيش اللبناني لهجوم من قبل مسلحين في بعلبك")
    ev = factual(doc, "ASSAULT")
    assert ev and "LBN" in party(doc, ev[0]["recipients"]) and "LBN" not in party(doc, ev[0]["actors"])


def test_besieging_is_coercion(pipe):
    doc = full(pipe, "وقال المسماري إن الجيش الليبي يحاصر تنظيم القاعدة وبقايا داعش في درنة")
    ev = factual(doc, "COERCE")
    assert ev and "LBY" in party(doc, ev[0]["actors"]) and "Qaeda" in party(doc, ev[0]["recipients"])


def test_with_phrase_before_a_call_is_its_other_side(pipe):
    doc = full(pipe, "تحدث الرئيس الأمريكي دونالد ترامب مع نظيره الفرنسي إيمانويل ماكرون هاتفيا")
    ev = factual(doc, "CONSULT")
    assert ev and "Trump" in party(doc, ev[0]["actors"]) and "Macron" in party(doc, ev[0]["recipients"])


def test_envoys_of_a_list_of_states_are_the_states(pipe):
    doc = full(pipe, "دعا وزراء خارجية فرنسا وألمانيا وبريطانيا إيران إلى الالتزام بالاتفاق النووي")
    ev = factual(doc, "REQUEST")
    assert ev and {"FRA", "DEU", "GBR"} <= {e["country"] for e in doc["entities"] if e["id"] in ev[0]["actors"]}
    assert "IRN" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "اتفق وزيرا خارجية روسيا وتركيا على تعزيز التعاون")
    ev = factual(doc, "AGREE")
    assert ev and "RUS" in party(doc, ev[0]["actors"] + ev[0]["recipients"]) \
        and "TUR" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_joint_statement_condemning_is_the_issuers(pipe):
    doc = full(pipe, "أصدرت السعودية والإمارات والبحرين ومصر بيانا مشتركا أدانت فيه قطر")
    ev = factual(doc, "ACCUSE")
    assert ev and {"SAU", "ARE", "BHR", "EGY"} <= {e["country"] for e in doc["entities"] if e["id"] in ev[0]["actors"]}
    assert "QAT" in party(doc, ev[0]["recipients"])


def test_who_condemns_an_attack_did_not_make_it(pipe):
    doc = full(pipe, "وأدانت جامعة الدول العربية ومصر والأردن التصعيد الإسرائيلي ضد المدنيين الفلسطينيين في قطاع غزة، "
                        "والذي أسفر عن مقتل 16 شخصا")
    assert not any("Egypt" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_subject_of_taarrada_undergoes_criticism(pipe):
    doc = full(pipe, "وتعرضت قطر لانتقادات من السعودية والإمارات بسبب علاقاتها مع إيران")
    ev = factual(doc, "ACCUSE")
    assert ev and "QAT" in party(doc, ev[0]["recipients"]) and "SAU" in party(doc, ev[0]["actors"])


def test_count_phrase_is_no_preposition(pipe):
    doc = full(pipe, "قتل ما لا يقل عن 27 مدنيا بينهم خمسة أطفال وأصيب 25 بجروح الجمعة في غارات على الغوطة الشرقية")
    assert any("مدنيا" in party(doc, e["recipients"]) for e in doc["events"] if e["type"] == "ASSAULT")


def test_their_meeting_is_the_meeting_of_the_listed_states(pipe):
    doc = full(pipe, "شدد وزراء إعلام الدول الأربع، وهي السعودية والإمارات والبحرين ومصر، على ضرورة التصدي للقنوات "
                        "المسيسة، وذلك خلال اجتماعهم الإثنين، في العاصمة الإماراتية، أبوظبي.")
    ev = factual(doc, "CONSULT")
    assert ev and {"SAU", "ARE", "BHR", "EGY"} <= {
        e["country"] for e in doc["entities"] if e["id"] in ev[0]["actors"] + ev[0]["recipients"]}
    doc = full(pipe, "وذكر البيت الأبيض في بيان أن كوشنر وغرينبلات تناولا في مباحثاتهما في الأردن زيادة مجالات التعاون")
    assert not any("Greenblatt" in party(doc, e["recipients"]) for e in factual(doc, "CONSULT"))

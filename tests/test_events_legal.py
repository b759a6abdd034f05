"""Judicial, administrative and diplomatic-procedure acts (events/legal.py, triggers.tsv rows): dismissals from office
are SANCTION by the one who dismisses. Short news-style sentences through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import pairs


def test_dismissal_verb_with_named_official(pipe):
    doc = full(pipe, "أقال الرئيس الأمريكي دونالد ترامب الثلاثاء وزير خارجيته ريكس تيلرسون وعين مايك بومبيو مكانه.")
    sides = pairs(doc, "SANCTION")
    assert any("ترامب" in a and "تيلرسون" in r for a, r in sides), sides


def test_dismissal_decree_noun(pipe):
    doc = full(pipe, "أصدر الرئيس السوداني عمر البشير قرارا جمهوريا الخميس بإعفاء وزير الخارجية إبراهيم أحمد غندور من منصبه.")
    sides = pairs(doc, "SANCTION")
    assert any("البشير" in a and "غندور" in r for a, r in sides), sides


def test_dismissal_after_decide_verb(pipe):
    doc = full(pipe, "قرر الرئيس اليمني، عبدربه منصور هادي، الإثنين، إعفاء رئيس الوزراء أحمد بن دغر، من منصبه.")
    sides = pairs(doc, "SANCTION")
    assert any("هادي" in a and "دغر" in r for a, r in sides), sides


def test_dismissal_demanded_is_no_fact(pipe):
    doc = full(pipe, "ويطالب محتجون بإقالة رئيس الوزراء هاني الملقي.")
    assert not factual(doc, "SANCTION")


def test_dismissal_noun_without_author_is_no_event(pipe):
    doc = full(pipe, "وتخلف هاسبل مايك بومبيو الذي اختاره الرئيس الأمريكي دونالد ترامب الثلاثاء وزيرا للخارجية بعد إقالة "
                     "ريكس تليرسون.")
    assert not factual(doc, "SANCTION")


def test_dismissed_minister_after_verb_is_no_author(pipe):
    doc = full(pipe, "أعلن الرئيس الأميركي دونالد ترامب عن تغيير آخر في إدارته، فأقال وزير شؤون قدامى المحاربين ديفيد شولكن "
                     "ورشح طبيب البيت الأبيض روني جاكسون خلفا له.")
    assert not any("شولكن" in a for a, _ in pairs(doc, "SANCTION"))


def test_tax_exemption_is_no_dismissal(pipe):
    doc = full(pipe, "وقررت الحكومة إعفاء الشركات الأجنبية من الرسوم الجمركية لمدة عامين.")
    assert not [e for e in doc["events"] if e["type"] == "SANCTION"]


def test_dismissal_decision_owner_is_author(pipe):
    doc = full(pipe, "وقال المكتب في بيان إن المحكمة الاتحادية ألغت اليوم قرار رئيس الوزراء العراقي حيدر العبادي القاضي "
                     "بإقالة رئيس هيئة الحشد الشعبي فالح الفياض.")
    sides = [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in doc["events"] if e["type"] == "SANCTION"]
    assert sides and all("العبادي" in a and "الفياض" in r for a, r in sides), sides


def test_court_appearance_is_accusation_by_the_judiciary(pipe):
    doc = full(pipe, "يمثل مواطن فرنسي يعمل في قنصلية بلاده في القدس أمام القضاء يوم الإثنين، بتهمة تهريب أسلحة من قطاع غزة.",
               published="2018-03-19T10:00")
    sides = pairs(doc, "ACCUSE")
    assert any("القضاء" in a and "FRA" in r for a, r in sides), sides


def test_court_appearance_announced_is_hypothetical(pipe):
    doc = full(pipe, "رجل الأعمال اللبناني زياد تقي الدين سيمثل أمام القضاء الفرنسي بتهمة التشهير")
    assert not any("تقي الدين" in r for _, r in pairs(doc, "ACCUSE"))


def test_tried_in_a_country(pipe):
    doc = full(pipe, "قس أمريكي يحاكم في تركيا بتهمة دعم جماعة فتح الله غولن")
    sides = pairs(doc, "ACCUSE")
    assert any("TUR" in a and "USA" in r for a, r in sides), sides


def test_prosecution_opens_investigation(pipe):
    doc = full(pipe, "أعلنت النيابة العامة التركية، السبت، أنها فتحت تحقيقا حول قضية اختفاء الإعلامي السعودي جمال خاشقجي.")
    sides = pairs(doc, "ACCUSE")
    assert any("النيابة" in a for a, _ in sides), sides


def test_authorities_open_investigation_verb_first(pipe):
    doc = full(pipe, "وفتحت السلطات اليونانية تحقيقا بشأن الساعات الأخيرة للرجل على متن اليخت.")
    sides = pairs(doc, "ACCUSE")
    assert any("GRC" in a or "اليونانية" in a for a, _ in sides), sides


def test_investigation_ordered(pipe):
    doc = full(pipe, "وقال مسؤول حكومي إن العبادي أمر بفتح تحقيق في الصفقات المزيفة.")
    sides = pairs(doc, "ACCUSE")
    assert any("العبادي" in a for a, _ in sides), sides


def test_investigation_demanded_is_no_inquiry_opened(pipe):
    doc = full(pipe, "وكانت الأمم المتحدة قد دعت في وقت سابق الجمعة إلى فتح تحقيق مستقل حول تلك الحادثة.")
    assert not any(e["type"] == "ACCUSE" and e["trigger"]["text"].startswith("فتح") for e in factual(doc, "ACCUSE"))


def test_deported_from_one_state_to_another(pipe):
    doc = full(pipe, "وكان الرجل التونسي، المعروف باسم سامي أي، قد رحل من ألمانيا إلى تونس الجمعة.")
    sides = pairs(doc, "COERCE")
    assert any("DEU" in a and "TUN" in r for a, r in sides), sides


def test_trip_is_no_deportation(pipe):
    doc = full(pipe, "ويكمل برانسون رحلته إلى الولايات المتحدة، حيث سيستقبله الرئيس الأميركي دونالد ترامب في البيت الأبيض.")
    assert not [e for e in doc["events"] if e["type"] == "COERCE"]


def test_blocking_a_draft_is_rejection(pipe):
    doc = full(pipe, "وذلك بعد عرقلة روسيا مشروع قرار يحمل طهران مسؤولية وصول أسلحة متطورة إلى الحوثيين.")
    sides = pairs(doc, "REJECT")
    assert any("RUS" in a for a, _ in sides), sides


def test_voting_against_a_draft_names_its_author(pipe):
    doc = full(pipe, "مجلس الأمن يصوت ضد مشروع قرار روسي يدين الضربات الغربية على سوريا")
    sides = pairs(doc, "REJECT")
    assert any("RUS" in r for _, r in sides), sides


def test_voting_against_in_a_relative_clause(pipe):
    doc = full(pipe, "وقالت روسيا، التي صوتت ضد الإجراء، إن الولايات المتحدة تضلل المجتمع الدولي بشأن الهجوم.")
    sides = pairs(doc, "REJECT")
    assert any("RUS" in a for a, _ in sides), sides


def test_blocking_aid_is_no_vote(pipe):
    doc = full(pipe, "وتعرقل ميليشيا الحوثي في مناطق سيطرتها وصول المساعدات الطبية والغذائية إلى المواطنين اليمنيين.")
    assert not factual(doc, "REJECT")


_LIST = ("قائمة الدول الأوروبية التي ستطرد دبلوماسيين روس\n\n"
         "بعد إعلان رئيس المجلس الأوروبي عن إقدام 14 دولة أوروبية على طرد دبلوماسيين روس، نستعرض لكم هذه الدول.\n"
         "- السويد: قامت بطرد دبلوماسي واحد، حسبما ذكرت وزارة الخارجية لـCNN.\n"
         "- إيطاليا: قامت وزارة الخارجية الإيطالية اليوم بإخطار قرار الإبعاد. وطرد دبلوماسيين اثنين من سفارة روسيا في روما.\n"
         "- استونيا: سيطرد أحد الدبلوماسيين ضمن الملحق العسكري الروسي.")


def test_list_items_headed_by_states_expel(pipe):
    doc = full(pipe, _LIST, published="2018-03-26T12:00")
    sides = [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in doc["events"] if e["type"] == "SANCTION"
             and not e["negated"]]
    for iso in ("SWE", "EST"):
        assert any(iso in a and "RUS" in r for a, r in sides), (iso, sides)
    assert not any("CNN" in r for _, r in sides), sides
    assert not any("دبلوماسيين" in a and "ITA" not in a for a, _ in sides), sides


def test_headline_colon_is_no_list_item(pipe):
    doc = full(pipe, "اليمن: مقتل مدنيين في قصف على سوق شعبي\nقتل خمسة مدنيين في قصف استهدف سوقا شعبيا في محافظة تعز.")
    assert not any("YEM" in party(doc, e["actors"]) for e in doc["events"] if e["type"] == "ASSAULT")


def test_passive_dismissal_has_no_author(pipe):
    doc = full(pipe, "وكان نانبرغ قد أقيل من حملة ترمب قبيل الانتخابات بسبب إهماله في أداء مهامه.")
    assert not any("ترمب" in r or "ترامب" in r for _, r in pairs(doc, "SANCTION"))


def test_driven_out_of_a_town_takes_no_target_from_the_place(pipe):
    doc = full(pipe, "\"طرد\" تنظيم الدولة من درنة بشرق ليبيا")
    assert not any("LBY" in r for _, r in pairs(doc, "SANCTION"))


def test_the_one_appointed_after_a_dismissal_is_not_dismissed(pipe):
    doc = full(pipe, "الرئيس السوداني عمر البشير يقيل مدير المخابرات ويعيد صلاح قوش إلى المنصب")
    assert not any("قوش" in r for _, r in pairs(doc, "SANCTION"))


def test_demanded_dismissal_is_a_request_toward_the_official(pipe):
    doc = full(pipe, "ويطالب محتجون بإقالة رئيس الوزراء هاني الملقي.")
    sides = pairs(doc, "REQUEST")
    assert any("الملقي" in r for _, r in sides), sides
    assert not factual(doc, "SANCTION")

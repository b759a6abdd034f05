"""Circumstantial participles (الحال) and reporting tails, tenth session (events/adverbs.py, events/tails.py).
Short news-style sentences (real phrasing of corpus articles) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import pairs


# ---- إياه / إياها / إياهم after a participle takes up the main clause's object
def test_iyya_after_participle_is_the_object_of_the_main_clause(pipe):
    doc = full(pipe, "وتحدى الرئيس التركي رجب طيب أردوغان المسؤولين السعوديين، مطالبا إياهم بإثبات صحة روايتهم بشأن "
                     "اختفاء الصحفي.")
    sides = pairs(doc, "REQUEST")
    assert any("TUR" in a and "SAU" in r for a, r in sides), sides


def test_iyya_takes_the_party_its_pronoun_fits(pipe):
    doc = full(pipe, "وأصدرت السعودية والإمارات والبحرين ومصر بيانا أدانت فيه التدخل الإيراني، مدينا أيضا عدم امتثال "
                     "إيران لقرارات مجلس الأمن، وداعيا إياها إلى وقف جميع الأنشطة المزعزعة للاستقرار.")
    sides = pairs(doc, "REQUEST")
    assert sides and all("IRN" in r for a, r in sides), sides
    assert not any("مجلس الأمن" in r for a, r in sides)


def test_iyya_with_no_party_before_it_takes_no_party_of_the_charge(pipe):
    doc = full(pipe, 'وقال سيرجي لافروف، وزير خارجية روسيا، إن "الإرهابيين لابد من أن يمحوا من على وجه إدلب"، متهما '
                     "إياهم باستخدام المدنيين كدروع بشرية.")
    assert not any("المدنيين" in r for a, r in pairs(doc, "ACCUSE"))


def test_iyya_is_not_a_party_inside_the_charge_clause(pipe):
    doc = full(pipe, "وتوجهت حداد بعبارات قاسية جدا للرئيس الجزائري. واتهمت بوتفليقة بأنه جعل من الرئاسة وظيفة "
                     "شاغرة، داعية إياه إلى الانسحاب.")
    assert not any("الرئاسة" in r or "Presidency" in r for a, r in pairs(doc, "REQUEST"))


# ---- an accusing participle whose object carries a relative clause before the charge
def test_accusing_participle_with_relative_clause_before_the_charge(pipe):
    doc = full(pipe, "وكان الرئيس الأميركي دونالد ترامب قد سحب تأييده لبيان مشترك صدر في نهاية قمة مجموعة السبع في "
                     "كندا، متهما رئيس الوزراء الكندي جاستن ترودو الذي ترأس القمة بأنه غير نزيه وضعيف.")
    sides = pairs(doc, "ACCUSE")
    assert any("USA" in a and "CAN" in r for a, r in sides), sides


def test_accused_after_a_number_is_no_accusation(pipe):
    doc = full(pipe, "وقضت المحكمة بالسجن المؤبد على 62 متهما آخرين بتهمة اقتحام مركز شرطة في المنيا.")
    assert not any(e["trigger"]["text"].startswith("متهم") for e in factual(doc, "ACCUSE"))


def test_the_subject_is_not_a_demonym_of_an_abstract_noun(pipe):
    doc = full(pipe, "وأتى هذا الموقف الفرنسي بعد أن سحب الرئيس الأميركي دونالد ترامب تأييده للبيان، متهما رئيس "
                     "الوزراء الكندي جاستن ترودو بأنه غير نزيه.")
    sides = pairs(doc, "ACCUSE")
    assert any("USA" in a and "CAN" in r for a, r in sides), sides
    assert not any("FRA" in a for a, r in sides), sides


# ---- a noun of stance after a participle of stating belongs to the main clause's subject
def test_stated_solidarity_belongs_to_the_main_subject(pipe):
    doc = full(pipe, "وقبيل إعلان دمشق تدميرها للصاروخين، أعربت سوريا عن إدانتها الشديدة لقرار الرئيس الأمريكي "
                     'دونالد ترامب الانسحاب من الاتفاق النووي، مؤكدة "تضامنها الكامل" مع طهران.')
    sides = pairs(doc, "SUPPORT")
    assert any("SYR" in a and "IRN" in r for a, r in sides), sides


def test_stated_welcome_belongs_to_the_speaker(pipe):
    doc = full(pipe, "قال الرئيس الفلسطيني محمود عباس الأحد إن القرار خطوة مهمة، معربا عن ترحيبه بموقف فرنسا.")
    sides = pairs(doc, "SUPPORT")
    assert any("محمود عباس" in a and "FRA" in r for a, r in sides), sides


# ---- a participle that opens a sentence after a closing quote goes on with the quote's speaker
def test_participle_after_a_closing_quote_goes_on_with_the_speaker(pipe):
    doc = full(pipe, 'قال غلام خوشرو، سفير إيران في الأمم المتحدة، إن "الاتهامات السعودية لا أساس لها".\n'
                     'وتابع قائلا: "هذه الاتهامات تتناقض مع ميثاق الأمم المتحدة.." مطالبا السعودية بوقف سياساتها '
                     "المزعزعة للاستقرار.")
    sides = pairs(doc, "REQUEST")
    assert any("خوشرو" in a and "SAU" in r for a, r in sides), sides


# ---- reporting tails: the medium a report is sourced to is no side
def test_agency_named_after_its_head_nouns_is_no_target(pipe):
    doc = full(pipe, "رفضت محكمة تركية طلب القس الأمريكي أندرو برونسون الإفراج عنه، ليستمر وضعه قيد الإقامة الجبرية "
                     "وحظر سفره إلى الخارج، وفقاً لوكالة أنباء الأناضول التركية.")
    assert not any("Anadolu" in r or "الأناضول" in r for t in ("COERCE", "REJECT", "SANCTION")
                   for a, r in pairs(doc, t))


def test_site_quoted_with_naqlan_is_no_target(pipe):
    doc = full(pipe, 'وطالبت الرئاسة الفلبينية بمعاقبة المشتبه به عقب اعتقاله في لبنان، نقلا عن موقع "مانيلا تايمز".')
    assert not any("مانيلا" in r for t in ("COERCE", "REQUEST") for a, r in pairs(doc, t))


def test_wafq_ma_naqalat_names_a_source(pipe):
    doc = full(pipe, 'وقال ترامب: "سنطردهم من البلاد بوتيرة غير مسبوقة"، وفق ما نقلت "فرانس برس".')
    assert not any("France-Presse" in r or "فرانس برس" in r for t in ("SANCTION", "THREATEN")
                   for a, r in pairs(doc, t))


def test_interviewer_is_no_target(pipe):
    doc = full(pipe, "وهدد وزير الدفاع الإسرائيلي أفيغدور ليبرمان حركة حماس في مقابلة مع صحيفة يديعوت أحرونوت.")
    sides = pairs(doc, "THREATEN")
    assert any("حماس" in r or "Hamas" in r for a, r in sides), sides
    assert not any("يديعوت" in r or "Yedioth" in r for a, r in sides), sides


def test_source_mark_keeps_its_own_waw(pipe):
    doc = full(pipe, "واعتقلت السلطات وفقا للحمود 60 شخصا ممن ضبطوا متلبسين بإثارة الشغب.")
    assert not any("الحمود" in r for a, r in pairs(doc, "COERCE"))


def test_iyya_prefers_a_state_to_a_court(pipe):
    doc = full(pipe, "وأحالت قطر خلافها مع الإمارات على محكمة العدل الدولية في حزيران/يونيو، متهمة إياها بانتهاك حقوق "
                     "الإنسان بعد الحصار الذي فرض على الدوحة.")
    sides = pairs(doc, "ACCUSE")
    assert any("QAT" in a and "ARE" in r for a, r in sides), sides


def test_medium_spoken_to_is_no_target(pipe):
    doc = full(pipe, "تظاهر آلاف الإسرائيليين الجمعة في تل أبيب بعد أن أوصت الشرطة بتوجيه اتهامات بالفساد لرئيس "
                     "الوزراء بنيامين نتانياهو.\n"
                     'وقالت أفرات شيشتر التي حملت لافتة، لفرانس برس "شاركت في العديد من المظاهرات ضد الفساد".\n'
                     'وقال إيشاي هداس أحد المتظاهرين لوكالة فرانس برس "إن بإمكانهم تقديم لائحة اتهام ضده غدا أو '
                     'اليوم، ونحن لن نقف متفرجين".')
    assert not any("France-Presse" in r or "فرانس برس" in r for t in ("ACCUSE", "REQUEST", "THREATEN")
                   for a, r in pairs(doc, t))


def test_accused_party_named_after_a_noun(pipe):
    doc = full(pipe, "ويتولى المحقق الخاص روبرت مولر التحقيق في التدخل الروسي. ولجأ الرئيس الأمريكي دونالد ترامب إلى "
                     "الهجوم متهما تحقيق مولر ووزارة العدل ومكتب التحقيقات الفدرالي بالتحيز ضده.")
    sides = pairs(doc, "ACCUSE")
    assert any("USA" in a and "Federal Bureau of Investigation" in r for a, r in sides), sides


def test_accused_party_known_only_to_the_document(pipe):
    doc = full(pipe, "وقال الرئيس التركي رجب طيب أردوغان في وقت سابق إن بلاده ستواصل عملياتها، متهما حزب العمال "
                     "الكردستاني بأنه وراء الهجوم على مركز الشرطة.")
    sides = pairs(doc, "ACCUSE")
    assert any("TUR" in a and "Kurdistan Workers" in r for a, r in sides), sides


def test_subject_of_a_relative_clause_is_not_the_participles_author(pipe):
    doc = full(pipe, "وقال إينجه في وقت سابق إنه قد يعرض القصر الرئاسي الفاره الذي بناه أردوغان للبيع حال فوزه "
                     "بالرئاسة، متهما حزب العدالة والتنمية بأنه وراء محاولة الانقلاب الفاشلة في 2016.")
    sides = pairs(doc, "ACCUSE")
    assert not any("Erdo" in a or "Justice and Development" in a for a, r in sides), sides


def test_party_of_the_reported_speech_is_not_the_participles_author(pipe):
    doc = full(pipe, "ودعا الرئيس الفلسطيني محمود عباس المجتمع الدولي إلى التحرك.\n"
                     "وأضاف قائلا إن الاحتلال يرتكب جرائم يومية، مطالبا إسرائيل بوقف الاستيطان.")
    sides = pairs(doc, "REQUEST")
    assert any("PSE" in a and "ISR" in r for a, r in sides), sides
    assert not any("ISR" in a for a, r in sides), sides


def test_participle_after_a_subjectless_verb_goes_on_with_the_last_speaker(pipe):
    doc = full(pipe, "قال وزير الخارجية الأمريكي مايك بومبيو إن واشنطن ترفض الاتهامات.\n"
                     'وتابع بالقول إن "موقف الإدارة ثابت"، داعيا الحوثيين إلى إنهاء الانقلاب وتسليم السلاح للدولة.')
    sides = pairs(doc, "REQUEST")
    assert any("USA" in a and "Houthi" in r for a, r in sides), sides


def test_impersonal_verb_has_no_speaker(pipe):
    doc = full(pipe, "وشهدت الاتصالات البحث في أنشطة إيران المزعزعة للاستقرار وفقا للبيت الأبيض.\n"
                     "يذكر أن مجلس التعاون الخليجي يعيش أزمة منذ يونيو الماضي، بعدما قطعت السعودية والإمارات "
                     "والبحرين علاقاتها مع قطر، متهمة إياها بدعم الإرهاب.")
    assert not any("White House" in a for t in ("ACCUSE", "REJECT") for a, r in pairs(doc, t))

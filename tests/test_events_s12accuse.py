"""ACCUSE constructions of session 12 (track s12accuse): accusers and accused read past names, lists, appositions and
replies, statements told before, exchanged accusations, wrongdoing named by a relative clause, and the day of an
accusation that is not the day of the act it charges. Sentences from the 2018 news corpus (short quotes)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import has_pair


def test_name_starting_with_ba_is_no_passive_charge(pipe):
    # بريطانيا begins with ب: it is the subject, not the charge of a passive يُتهم
    doc = full(pipe, "وتتهم بريطانيا روسيا بالضلوع في تسميم جاسوس روسي مزدوج سابق وابنته في مدينة سالزبري الإنجليزية.")
    assert has_pair(doc, "ACCUSE", "GBR", "RUS"), doc["events"]


def test_responsibility_reaches_past_a_list_of_parties(pipe):
    doc = full(pipe, "وحمّل القاضي جورج دانيالز كلا من الجمهورية الإسلامية الإيرانية والحرس الثوري والإيراني والبنك المركزي "
                     "الإيراني مسؤولية بالهجمات التي استهدفت برجي التجارة العالمين.")
    assert has_pair(doc, "ACCUSE", "دانيالز", "IRN"), doc["events"]


def test_subject_named_twice_then_an_adjunct_then_the_accused(pipe):
    doc = full(pipe, 'اتهم #الشيخ_سلطان_بن_سحيم آل ثاني خلال مقابلة أذيعت، الأربعاء، على شاشة "العربية"، '
                     '#الشيخ_حمد_بن_خليفة بأنه المتورط بشكل مباشر في مقتل #القذافي حيث أمر بذلك.')
    assert has_pair(doc, "ACCUSE", "سلطان", "حمد بن خليفة"), doc["events"]


def test_day_of_the_charged_act_is_not_the_day_of_the_accusation(pipe):
    doc = full(pipe, "وتتهم الولايات المتحدة وبريطانيا روسيا وسوريا بالعمل على إخفاء الحقائق بشأن الهجوم الذي وقع في السابع "
                     "من الشهر الحالي، وبمنع المفتشين من جمع المعلومات بشأنه.", published="2018-04-16T19:11")
    ev = [e for e in factual(doc, "ACCUSE") if "RUS" in party(doc, e["recipients"])]
    assert ev and all(e["date"] != "2018-04-07" for e in ev), doc["events"]


def test_exchanged_accusations_go_each_way(pipe):
    doc = full(pipe, "وفدا السعودية وقطر بالأمم المتحدة يتبادلان الاتهامات")
    assert has_pair(doc, "ACCUSE", "SAU", "QAT") and has_pair(doc, "ACCUSE", "QAT", "SAU"), doc["events"]
    doc = full(pipe, "تبادل الرئيس التركي رجب طيب أردوغان الاتهامات مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو بسبب اندلاع "
                     "أعمال العنف على حدود قطاع غزة.")
    assert has_pair(doc, "ACCUSE", "Erdo", "Netanyahu") and has_pair(doc, "ACCUSE", "Netanyahu", "Erdo"), doc["events"]


def test_exchange_about_a_third_party_does_not_make_it_accuse(pipe):
    doc = full(pipe, "ومنذ أيام يتبادل أردوغان وإنجه الاتهامات حول علاقة كل منهما مع جماعة الداعية فتح الله غولن.")
    assert not any("Gülen" in party(doc, e["actors"]) or "غولن" in party(doc, e["actors"])
                   for e in factual(doc, "ACCUSE")), doc["events"]


def test_massacre_its_relative_clause_names_the_doer(pipe):
    doc = full(pipe, 'وقالت وزارة الخارجية التركية في بيان: "نلعن المذبحة التي نفذتها قوات الأمن الإسرائيلية بحق فلسطينيين '
                     'يشاركون في مظاهرات سلمية".')
    assert has_pair(doc, "ACCUSE", "TUR", "ISR"), doc["events"]


def test_report_condemned_is_its_authors_told_before(pipe):
    doc = full(pipe, "رايتس ووتش تتهم الجيش المصري بعرقلة وصول الغذاء إلى سيناء\n\n"
                     "اتهمت منظمة هيومن رايتس ووتش في تقرير نشرته الاثنين، الجيش المصري بفرض قيود صارمة على حركة الأشخاص "
                     "والسلع الغذائية في محافظة شمال سيناء.\n"
                     'وندد المتحدث باسم الجيش المصري تامر الرفاعي بالتقرير، مؤكدا "توزيع حصص غذائية بصورة مستمرة على الأهالي"')
    ev = [e for e in factual(doc, "ACCUSE") if "الرفاعي" in party(doc, e["actors"])]
    assert ev and all("Human Rights Watch" in party(doc, e["recipients"]) or "هيومن" in party(doc, e["recipients"])
                      for e in ev), doc["events"]


def test_accusers_own_body_in_his_apposition_is_not_accused(pipe):
    doc = full(pipe, "انتقد حسن نصرالله، الأمين العام لحزب الله اللبناني، مساء الثلاثاء، ما زعم أنه التدخل المباشر للمملكة "
                     "العربية السعودية في الشأن اللبناني.")
    ev = factual(doc, "ACCUSE")
    assert ev and all("Hezbollah" not in party(doc, e["recipients"]) and "حزب الله" not in party(doc, e["recipients"])
                      for e in ev), doc["events"]
    assert has_pair(doc, "ACCUSE", "نصر", "SAU")


def test_accusation_a_reply_answers_is_its_authors(pipe):
    doc = full(pipe, "وردت الصين على الاتهامات الأمريكية بسرقة الملكية الفكرية.")
    assert has_pair(doc, "ACCUSE", "USA", "CHN") and not has_pair(doc, "ACCUSE", "CHN", "USA"), doc["events"]


def test_statement_told_before_speaks_for_its_author(pipe):
    doc = full(pipe, "بيان سعودي حول الأوضاع في المنطقة\n\nأصدرت الخارجية السعودية بيانا الأحد بشأن الأوضاع في المنطقة.\n"
                     "واتهم البيان إيران بدعم الإرهاب في المنطقة.")
    assert has_pair(doc, "ACCUSE", "SAU", "IRN"), doc["events"]


def test_statement_judged_unacceptable(pipe):
    doc = full(pipe, "وقال وزير الخارجية التركي مولود جاويش أوغلو إن تصريحات ماكرون غير مقبولة.")
    assert has_pair(doc, "ACCUSE", "TUR", "Macron") or has_pair(doc, "ACCUSE", "جاويش", "ماكرون"), doc["events"]
    doc = full(pipe, 'قال الرئيس الأميركي، دونالد ترامب، إنه عندما أطلق على بعض المهاجرين وصف "حيوانات"، إنما كان يشير إلى '
                     "العصابات الإجرامية، غير أن هذا الوصف أثار انتقادات واسعة وذكرت حكومة المكسيك أنه غير مقبول.")
    assert not any("MEX" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE")), doc["events"]


def test_blame_told_in_a_statement_and_criticism_as_manner(pipe):
    doc = full(pipe, "خبر\n\nأدانت وزارة الخارجية الإيرانية الهجوم على السفارة.\n"
                     "وحملت في بيانها واشنطن المسؤولية الكاملة عن الهجوم.")
    assert has_pair(doc, "ACCUSE", "IRN", "USA") or has_pair(doc, "ACCUSE", "IRN", "واشنطن"), doc["events"]
    doc = full(pipe, "خبر\n\nقال وزير الخارجية السعودي عادل الجبير إن المنطقة تعاني من التدخلات، في انتقاد مبطن لإيران.")
    assert has_pair(doc, "ACCUSE", "الجبير", "IRN"), doc["events"]


def test_party_in_the_subjects_description_does_not_accuse(pipe):
    doc = full(pipe, "وسبق لرجل الأعمال إليوت برويدي، المعروف بتأييد الحزب الجمهوري، أن رفع دعوى ضد قطر، لكنه أضاف الخميس "
                     "تهما جديدة.")
    assert has_pair(doc, "ACCUSE", "برويدي", "QAT"), doc["events"]
    doc = full(pipe, "قدم رجل أعمال أميركي من كبار داعمي الرئيس الأميركي، دونالد ترامب، شكوى جديدة ضد قطر.")
    assert not any("Trump" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE")), doc["events"]


def test_mutual_accusations_between_two_sides(pipe):
    doc = full(pipe, "وسط اتهامات متبادلة بين السعودية والدوحة حول عدم السماح للقطريين بأداء مناسك الحج.")
    assert has_pair(doc, "ACCUSE", "SAU", "QAT") and has_pair(doc, "ACCUSE", "QAT", "SAU"), doc["events"]


def test_mouthpiece_of_the_accuser_is_not_accused(pipe):
    doc = full(pipe, "اتهمت وزارة الخارجية الروسية، على لسان المتحدثة باسمها ماريا زاخاروفا، واشنطن بتقويض الاستقرار.")
    ev = factual(doc, "ACCUSE")
    assert ev and not any("زاخاروفا" in party(doc, e["recipients"]) for e in ev), doc["events"]
    assert has_pair(doc, "ACCUSE", "RUS", "USA") or has_pair(doc, "ACCUSE", "RUS", "واشنطن")


def test_named_movement_then_a_state_are_subject_and_object(pipe):
    # a body's own name takes no state as genitive (unlike حكومة قطر، سلطات براغ)
    doc = full(pipe, "من جهتها، اتهمت حركة حماس إسرائيل بارتكاب جريمة حرب.")
    assert has_pair(doc, "ACCUSE", "PSE", "ISR") or has_pair(doc, "ACCUSE", "حماس", "ISR"), doc["events"]


def test_title_of_a_body_then_its_holder_is_the_subject(pipe):
    doc = full(pipe, "وانتقد زعيم المعارضة البريطانية جيريمي كوربن رئيسة الوزراء تيريزا ماي.")
    assert has_pair(doc, "ACCUSE", "كوربن", "ماي") or has_pair(doc, "ACCUSE", "Corbyn", "May"), doc["events"]


def test_unanimously_condemned_attack_is_its_authors(pipe):
    doc = full(pipe, "وأدان مجلس الأمن الدولي بالإجماع الهجوم الحوثي على الرياض.")
    ev = factual(doc, "ACCUSE")
    assert ev and not any("الرياض" in party(doc, e["recipients"]) or "Riyadh" in party(doc, e["recipients"])
                          for e in ev), doc["events"]


def test_day_inside_the_charge_dates_the_charged_act(pipe):
    doc = full(pipe, "وكانت بريطانيا قد اتهمت روسيا بالمسؤولية عن هجوم بغاز الأعصاب استهدف الجاسوس المزدوج السابق سيرغي "
                     "سكريبال وابنته يوليا في الرابع من مارس.", published="2018-04-02T12:00")
    ev = [e for e in doc["events"] if e["type"] == "ACCUSE" and "RUS" in party(doc, e["recipients"])]
    assert ev and all(e["date"] != "2018-03-04" for e in ev), doc["events"]
    doc = full(pipe, "اتهمت روسيا بريطانيا بتسميم الجاسوس الأربعاء.", published="2018-07-15T12:00")
    assert any(e["date"] == "2018-07-11" for e in factual(doc, "ACCUSE")), doc["events"]


def test_accusers_own_party_in_a_second_apposition_is_not_accused(pipe):
    doc = full(pipe, "اتهم حسين الحاج حسن، وزير الصناعة اللبناني، المنتمي لحزب الله، دولا عربية وعلى رأسها المملكة العربية "
                     "السعودية، على حد تعبيره بمحاولة التدخل في الانتخابات النيابية.")
    assert not any("Hezbollah" in party(doc, e["recipients"]) or "حزب الله" in party(doc, e["recipients"])
                   for e in factual(doc, "ACCUSE")), doc["events"]


def test_state_after_an_adjective_of_a_name_is_no_place(pipe):
    doc = full(pipe, "اتهمت كوريا الشمالية الولايات المتحدة بانتهاك روح قمة سنغافورة.")
    assert has_pair(doc, "ACCUSE", "PRK", "USA"), doc["events"]

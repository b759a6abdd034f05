"""Implicit blame beyond data/blame.tsv (data/implicit_blame.tsv, EventStage._blame): wrongdoing predicates and
nouns told of another party inside reported speech or a quote, and wrongdoing given as the reason of a sanction,
code an ACCUSE (allege) from the speaker or the sanctioning party to the wrongdoer. Facts stated by a speaker,
negated or conditional blame, and blame with no speaker stay uncoded. Short news-style sentences (real phrasing)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import of_type


def _accused(doc, who):
    return [e for e in factual(doc, "ACCUSE") if who in party(doc, e["recipients"])]


# ---- wrongdoing predicates with a party as subject, inside reported speech
def test_exploiting_in_reported_speech(pipe):
    doc = full(pipe, "وقال وزير الخارجية الأميركي مايك بومبيو إن إيران استغلت الاتفاق النووي لتأجيج الأوضاع في الشرق الأوسط.")
    ev = _accused(doc, "IRN")
    assert ev and "بومبيو" in party(doc, ev[0]["actors"])


def test_exploiting_after_a_verb_of_pointing_out(pipe):
    doc = full(pipe, "وأشارت الرياض إلى أن إيران استغلت العائد الاقتصادي من رفع العقوبات.")
    ev = _accused(doc, "IRN")
    assert ev and "SAU" in party(doc, ev[0]["actors"])


def test_misleading_the_world(pipe):
    doc = full(pipe, "وقالت روسيا إن الولايات المتحدة تضلل المجتمع الدولي بشأن الهجوم.")
    ev = _accused(doc, "USA")
    assert ev and "RUS" in party(doc, ev[0]["actors"])


def test_fuelling_tensions(pipe):
    doc = full(pipe, "وقال المتحدث باسم الخارجية الصينية إن الولايات المتحدة تؤجج التوترات في بحر الصين الجنوبي.")
    assert _accused(doc, "USA")


def test_breaching_its_commitments(pipe):
    doc = full(pipe, "وقال وزير الخارجية البحريني في تغريدة إن إيران أخلت بالتزاماتها في المنطقة.")
    assert _accused(doc, "IRN")


def test_releasing_someone_is_no_breach(pipe):
    # أخلت سبيله: released him (no obligation broken)
    doc = full(pipe, "وقال المعارض الروسي أليكسي نافالني إن الشرطة أخلت سبيله بعد ساعة.")
    assert not of_type(doc, "ACCUSE")


# ---- an owned wrongdoing noun
def test_support_of_militias_between_noun_and_object(pipe):
    doc = full(pipe, "أعلن وزير الخارجية الأميركي مايك بومبيو أن دعم إيران لميليشيات الحوثي في اليمن يهدد دول الجوار.")
    ev = _accused(doc, "IRN")
    assert ev and "بومبيو" in party(doc, ev[0]["actors"])


def test_interference_in_internal_affairs(pipe):
    doc = full(pipe, "وقال وزير الخارجية السعودي عادل الجبير إن تدخل كندا في الشؤون الداخلية لبلاده غير مبرر.")
    ev = _accused(doc, "CAN")
    assert ev and ("SAU" in party(doc, ev[0]["actors"]) or "الجبير" in party(doc, ev[0]["actors"]))


def test_pronoun_owner_named_before_a_quote(pipe):
    # the quote goes on the reported clause: the pronoun of أنشطتها refers to إيران, named before the quote opens
    doc = full(pipe, 'وقال وزير الخارجية السعودي إن إيران تواصل "أنشطتها المزعزعة لاستقرار المنطقة".')
    assert _accused(doc, "IRN")


def test_a_noun_of_blame_under_a_demand_is_asserted(pipe):
    # "ضرورة ... لمواجهة": the demand bears on the response, the aggression is asserted
    doc = full(pipe, 'وشدد الملك سلمان والملك محمد السادس على "ضرورة توحيد المواقف لمواجهة النزعة العدوانية للنظام الإيراني".')
    ev = _accused(doc, "IRN")
    assert ev and len(ev[0]["actors"]) == 2


def test_a_noun_of_blame_under_a_condition_is_hypothetical(pipe):
    doc = full(pipe, "وقال الوزير البريطاني إنه إذا ثبت تدخل روسيا في الانتخابات فإن لندن سترد.")
    assert not _accused(doc, "RUS")


def test_an_act_judged_unworthy_with_what_it_is_about(pipe):
    doc = full(pipe, 'وقال أردوغان إن الإجراءات التي اتخذتها الولايات المتحدة بشأن القس أندرو برنسون "لا تليق بشريك استراتيجي".')
    ev = _accused(doc, "USA")
    assert ev and not any("برنسون" in party(doc, e["recipients"]) for e in of_type(doc, "ACCUSE"))


# ---- a verb of saying of blaming clauses only
def test_answer_by_saying(pipe):
    doc = full(pipe, 'والخميس رد ممثلون عن أبوظبي بالقول إن بلادهم قطعت علاقاتها مع قطر "بسبب دعمها للإرهاب".')
    ev = _accused(doc, "QAT")
    assert ev and "ARE" in party(doc, ev[0]["actors"])


# ---- the reason of a sanction
def test_sanction_for_interference(pipe):
    doc = full(pipe, "فرضت الولايات المتحدة الخميس عقوبات على روسيا ردا على تدخلها في الانتخابات الأمريكية.")
    ev = _accused(doc, "RUS")
    assert ev and "USA" in party(doc, ev[0]["actors"])


def test_breaking_relations_for_support_of_terrorism(pipe):
    doc = full(pipe, "وقطعت السعودية علاقاتها مع قطر بسبب دعمها للإرهاب.")
    ev = _accused(doc, "QAT")
    assert ev and "SAU" in party(doc, ev[0]["actors"])


def test_a_reason_without_a_sanction_is_no_accusation(pipe):
    doc = full(pipe, "وتراجعت أسعار النفط بسبب دعمها للإرهاب في المنطقة.")
    assert not of_type(doc, "ACCUSE")


# ---- what stays uncoded
def test_a_fact_stated_by_a_speaker_is_no_blame(pipe):
    doc = full(pipe, "وقال المتحدث إن إيران تملك صواريخ باليستية بعيدة المدى.")
    assert not of_type(doc, "ACCUSE")


def test_negated_exploitation_is_no_blame(pipe):
    doc = full(pipe, "وقال المتحدث باسم الخارجية الإيرانية إن طهران لم تستغل الاتفاق النووي.")
    assert not factual(doc, "ACCUSE")


def test_exploitation_told_by_the_narrator_is_no_accusation(pipe):
    doc = full(pipe, "استغل الرئيس الأمريكي باراك أوباما ظهوره الأول لينتقد سياسات خلفه.")
    assert not [e for e in of_type(doc, "ACCUSE") if e["trigger"]["text"].startswith("استغل")]


def test_a_speaker_blaming_itself_is_no_event(pipe):
    doc = full(pipe, "وقال الرئيس الإيراني حسن روحاني إن إيران استغلت الاتفاق لتطوير اقتصادها.")
    assert not _accused(doc, "IRN")


def test_the_genitive_after_a_phrase_of_threat_is_no_subject(pipe):
    # "تهدد أمن اليمن": Yemen is whose security is threatened, not who threatens
    doc = full(pipe, 'وشدد المالكي على أن مطار صنعاء "تحول لثكنة عسكرية تهدد أمن اليمن ودول الجوار".')
    assert not _accused(doc, "YEM")


def test_those_spoken_to_do_not_speak(pipe):
    doc = full(pipe, "وكان مسؤول نزع السلاح الأمريكي روبرت وود قال للصحفيين إن روسيا خالفت التزاماتها بوصفها الدولة الضامنة.")
    ev = _accused(doc, "RUS")
    assert ev and "وود" in party(doc, ev[0]["actors"])


def test_a_place_is_no_pronoun_s_owner(pipe):
    doc = full(pipe, "أكد ولي العهد السعودي الأمير محمد بن سلمان أن النظام الإيراني هو سبب المشكلات في الشرق الأوسط، محذرا من التغاضي عن ممارساته.")
    ev = factual(doc, "ACCUSE")
    assert ev and all(e["recipients"] for e in ev) and "الإيراني" in party(doc, ev[0]["recipients"])


def test_policies_of_a_party_with_an_adjective_of_wrongdoing(pipe):
    doc = full(pipe, "وأعلنت المستشارة الألمانية أنغيلا ميركل أن أوروبا بحاجة إلى بذل المزيد من الجهد لمواجهة سياسات إيران العدوانية.")
    ev = _accused(doc, "IRN")
    assert ev and "ميركل" in party(doc, ev[0]["actors"])


def test_destabilising_activities_of_a_capital(pipe):
    doc = full(pipe, "وقال ترامب إن الانسحاب من الاتفاق يأتي لعدم نجاح الاتفاق في وقف أنشطة طهران المزعزعة للاستقرار.")
    assert _accused(doc, "IRN") or [e for e in factual(doc, "ACCUSE") if "طهران" in party(doc, e["recipients"])]


def test_policies_without_an_adjective_of_wrongdoing_are_no_blame(pipe):
    doc = full(pipe, "وقالت المستشارة الألمانية أنغيلا ميركل إن أوروبا تتابع سياسات إيران الاقتصادية الجديدة.")
    assert not of_type(doc, "ACCUSE")


def test_interference_named_by_a_demonym(pipe):
    doc = full(pipe, "وأكد وزير الخارجية السعودي عادل الجبير أن التدخل الإيراني في شؤون الدول العربية مرفوض.")
    assert _accused(doc, "IRN")


def test_the_prefilter_looks_for_the_rare_word_of_a_phrase():
    from marsad.events.lexicon import blame_prefilter_words
    words = blame_prefilter_words()
    assert {"تليق", "زعزعه", "استغلت", "انشطت"} <= words  # (لا تليق; تعمل على زعزعة; أنشطتها)
    assert not {"لا", "تعمل", "استقرار", "انتخابات"} & words


# ---- the act a sanction punishes, named by a verbal noun whose pronoun is the sanctioned party
def test_sanction_for_its_support_of_a_ruler(pipe):
    doc = full(pipe, "وأعلنت واشنطن الخميس عقوبات جديدة على روسيا بسبب دعمها للرئيس السوري بشار الأسد.")
    ev = _accused(doc, "RUS")
    assert ev and "USA" in party(doc, ev[0]["actors"])


def test_sanction_for_its_programmes(pipe):
    doc = full(pipe, "وفرض مجلس الأمن الدولي عقوبات ضد كوريا الشمالية على خلفية برنامجيها النووي والباليستي.")
    assert _accused(doc, "PRK")


def test_the_party_named_last_before_the_cause_owns_it(pipe):
    doc = full(pipe, "وعرضت بريطانيا وفرنسا وألمانيا فرض عقوبات جديدة من الاتحاد الأوروبي على إيران بسبب برنامجها للصواريخ الباليستية.")
    assert _accused(doc, "IRN") and not any("الاتحاد الأوروبي" in party(doc, e["recipients"])
                                            for e in of_type(doc, "ACCUSE"))


def test_a_counter_measure_is_no_wrong(pipe):
    doc = full(pipe, "وطردت روسيا 23 دبلوماسيا بريطانيا ردا على قرارها طرد دبلوماسيين روس.")
    assert not of_type(doc, "ACCUSE")


def test_a_pronoun_of_the_other_gender_is_someone_else(pipe):
    doc = full(pipe, "فرضت الولايات المتحدة عقوبات على روسيا بسبب احتجازه.")
    assert not of_type(doc, "ACCUSE")


def test_a_private_person_punished_is_no_party(pipe):
    doc = full(pipe, "عاقبت الشرطة السودانية امرأة بالجلد 75 مرة الثلاثاء بعد أن ادانتها محكمة بسبب زواجها دون موافقة والدها.")
    assert not of_type(doc, "ACCUSE")


# ---- behind an attack, involved in
def test_a_government_behind_an_attack(pipe):
    doc = full(pipe, "وأفاد مسؤولون بريطانيون أن الحكومة الروسية وراء الهجوم بغاز الأعصاب.")
    assert _accused(doc, "RUS")


def test_involved_in_a_staged_incident(pipe):
    doc = full(pipe, "وقالت موسكو إن هيئة الخوذ البيضاء ضالعة في تدبير حادثة الكيماوي.")
    ev = factual(doc, "ACCUSE")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "الخوذ البيضاء" in party(doc, ev[0]["recipients"])


def test_not_involved_is_no_blame(pipe):
    doc = full(pipe, "وقال المتحدث باسم الكرملين إن روسيا ليست متورطة في تسميم الجاسوس.")
    assert not factual(doc, "ACCUSE")


def test_a_speaker_s_own_soldiers_are_no_accused(pipe):
    doc = full(pipe, "قالت وزارة الدفاع المالية اليوم الثلاثاء إن بعض جنودها متورطون في انتهاكات جسيمة.")
    assert not of_type(doc, "ACCUSE")


def test_unnamed_terrorists_are_no_accused(pipe):
    doc = full(pipe, "أعلنت الشرطة الباكستانية، الأحد، أنها قتلت 6 إرهابيين كانوا وراء تفجير قنبلة في مدينة لاهور.")
    assert not of_type(doc, "ACCUSE")


# ---- a speaker far before the clause; what others allege or investigate
def test_a_speaker_far_before_the_clause(pipe):
    doc = full(pipe, 'قالت رئيسة الوزراء البريطانية تيريزا ماي اليوم الاثنين إنه "من المرجح جدا" أن تكون موسكو وراء تسميم عميل مزدوج روسي سابق.')
    ev = factual(doc, "ACCUSE")
    assert ev and "ماي" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


def test_alleged_interference_is_no_charge_of_the_speaker(pipe):
    doc = full(pipe, 'قال الرئيس الأمريكي دونالد ترامب إن لديه "الحق المطلق" في العفو عن نفسه في قضية التحقيق بشأن مزاعم التدخل الروسي في الانتخابات الرئاسية الأمريكية.')
    assert not _accused(doc, "RUS")


def test_in_charge_of_an_investigation_is_no_blame(pipe):
    doc = full(pipe, "قال الرئيس الأميركي دونالد ترامب إنه لا يعتزم إقالة نائب وزير العدل رود روزنستاين، المسؤول عن التحقيق الاتحادي.")
    assert not of_type(doc, "ACCUSE")


def test_official_in_charge_of_a_portfolio_is_no_blame(pipe):
    from conftest import factual, full
    doc = full(pipe, "ولفتت ناورت أن الوفد الأميركي المؤلف من 20 شخصا، يرأسه جوناثان كوهين، مستشار وزارة الخارجية "
                     "الأميركية المسؤول عن شؤون أوروبا وآسيا.")
    assert not factual(doc, "ACCUSE")

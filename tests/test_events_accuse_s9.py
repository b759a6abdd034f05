"""ACCUSE, ninth session: the دان form of condemning, blame given with titles between the verb and the
responsibility, lawsuits whose filer a relative clause names, and the checks of events/accuse.py (drafts,
inquiries into incidents, claims reported, the verb التهم of a fire). Short news-style sentences through the
whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import of_type


# ---- recall: دانت / دانوا (AFP style) condemn as أدانت does
def test_danat_condemns(pipe):
    doc = full(pipe, "ودانت السعودية إطلاق الحوثيين صاروخا باليستيا على الرياض.")
    ev = factual(doc, "ACCUSE")
    assert ev and "SAU" in party(doc, ev[0]["actors"]) and "الحوثي" in party(doc, ev[0]["recipients"])


def test_danat_with_several_authors(pipe):
    doc = full(pipe, "ودانت جامعة الدول العربية ومصر والأردن التصعيد الإسرائيلي ضد المدنيين الفلسطينيين في قطاع غزة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "EGY" in party(doc, ev[0]["actors"]) and "ISR" in party(doc, ev[0]["recipients"])


def test_danat_by_a_court_is_no_condemnation(pipe):
    doc = full(pipe, "ودانت محكمة بريطانية، الأربعاء، شابا بالتخطيط لهجوم إرهابي.")
    assert not any(not e["hypothetical"] and "محكم" in party(doc, e["actors"]) for e in of_type(doc, "ACCUSE"))


# ---- recall: the responsibility a verb of blaming gives, with titles in between
def test_responsibility_after_titled_subject(pipe):
    doc = full(pipe, "وحمل الرئيس الفلسطيني محمود عباس حركة حماس المسؤولية عن التفجير.")
    ev = factual(doc, "ACCUSE")
    assert ev and "عباس" in party(doc, ev[0]["actors"]) and "حماس" in party(doc, ev[0]["recipients"])


def test_bearing_ones_own_responsibility_is_no_blame(pipe):
    doc = full(pipe, "وقال الوزير إن الحكومة الأردنية تحمل مسؤولياتها كاملة تجاه المواطنين.")
    assert not factual(doc, "ACCUSE")


# ---- recall: a lawsuit whose filer a relative clause names
def test_complaint_in_a_relative_clause(pipe):
    doc = full(pipe, "وستنظر محكمة العدل الدولية في الشكوى التي رفعتها إيران ضد الولايات المتحدة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])
    assert not any("محكم" in party(doc, e["actors"]) for e in ev)


def test_lawsuit_in_a_relative_clause_not_the_court(pipe):
    doc = full(pipe, "وبدأت محكمة العدل الدولية النظر في الدعوى القضائية التي رفعتها قطر ضد الإمارات.")
    ev = factual(doc, "ACCUSE")
    assert ev and "QAT" in party(doc, ev[0]["actors"]) and "ARE" in party(doc, ev[0]["recipients"])


def test_complaint_with_an_adjective(pipe):
    doc = full(pipe, "وقدمت إيران شكوى رسمية ضد الولايات المتحدة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


# ---- precision: a draft's condemnation is only proposed
def test_draft_resolution_condemnation_is_hypothetical(pipe):
    doc = full(pipe, "يصوت مجلس الأمن الدولي على مشروع قرار قدمته الكويت، الجمعة، يدعو إلى إرسال بعثة حماية دولية "
                     "إلى قطاع غزة، ويدين استخدام إسرائيل للعنف ضد الفلسطينيين.")
    assert not factual(doc, "ACCUSE")


def test_failed_draft_is_hypothetical(pipe):
    doc = full(pipe, "سقط في مجلس الأمن مشروع قرار أميركي يدين الفصائل الفلسطينية، وذلك بعدما استخدمت الكويت حق النقض.")
    assert not factual(doc, "ACCUSE")


def test_plain_condemnation_stays_factual(pipe):
    doc = full(pipe, "ويدين مجلس الأمن الدولي استخدام إسرائيل للعنف ضد الفلسطينيين.")
    assert factual(doc, "ACCUSE")


# ---- precision: an inquiry into an incident names no one accused
def test_inquiry_into_a_disappearance(pipe):
    doc = full(pipe, "فتحت السلطات الأمنية تحقيقا في فرنسا بعد اختفاء الصيني هونغوي مينغ رئيس الإنتربول.")
    assert not factual(doc, "ACCUSE")


def test_inquiry_into_charges(pipe):
    doc = full(pipe, "وقال ترامب إنه يريد أن يتمتع مكتب التحقيقات الفيدرالي بمطلق الحرية أثناء التحقيق في هذه الاتهامات.")
    assert not factual(doc, "ACCUSE")


def test_questioning_a_person_stays(pipe):
    doc = full(pipe, "وقالت الشرطة الإسرائيلية إنها تجري التحقيق مع بنيامين نتنياهو في منزله بالقدس.")
    ev = factual(doc, "ACCUSE")
    assert ev and "نتنياهو" in party(doc, ev[0]["recipients"]).replace("نتانياهو", "نتنياهو")


# ---- precision: a claim reported, a fire that devours, an injury described
def test_claim_reported_is_no_accusation(pipe):
    doc = full(pipe, "وقال المتحدث باسم البنتاغون: ليس لدينا أي معلومات تدعم العدد الكبير من الرهائن وفقا لزعم الرئيس "
                     "الروسي فلاديمير بوتين.")
    assert not any("بوتين" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))


def test_fire_that_devoured(pipe):
    doc = full(pipe, "كشفت مصادر يمنية أن الحريق الكبير الذي التهم مخازن برنامج الغذاء العالمي في الحديدة كان مفتعلا.")
    assert not factual(doc, "ACCUSE")


def test_injury_described_as_serious(pipe):
    doc = full(pipe, "وأوضحت وزارة الصحة الفلسطينية أن الشاب أصيب برصاصة في الصدر، وصفت إصابته بالخطيرة جدا.")
    assert not factual(doc, "ACCUSE")


# ---- recall: laying the blame on a party (ألقى باللوم على)
def test_laid_the_blame_vso(pipe):
    doc = full(pipe, "وألقت روسيا باللائمة على إسرائيل في هذا الحادث.")
    ev = factual(doc, "ACCUSE")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "ISR" in party(doc, ev[0]["recipients"])


def test_laid_the_blame_in_reported_speech(pipe):
    doc = full(pipe, "وقال السفير الروسي إن بريطانيا ألقت باللوم على روسيا في الهجوم.")
    ev = factual(doc, "ACCUSE")
    assert ev and "GBR" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


def test_giving_a_speech_is_no_blame(pipe):
    doc = full(pipe, "وألقى وزير الخارجية الأمريكي مايك بومبيو كلمة أمام الجمعية العامة للأمم المتحدة.")
    assert not factual(doc, "ACCUSE")


# ---- recall: a relative clause of accusing after an arrest or expulsion (تتهم: the ه of its root is no pronoun)
def test_relative_accusation_after_an_arrest(pipe):
    doc = full(pipe, "وتعتقل السلطات آلاف الأشخاص منذ محاولة الانقلاب التي تتهم أنقرة فتح الله غولن بتدبيرها.")
    # (a standing charge told by the imperfect in a relative clause describes; since session 15 it is read as
    # hypothetical, not told — its parties are still read)
    ev = [e for e in doc["events"] if e["type"] == "ACCUSE"]
    assert ev and "TUR" in party(doc, ev[0]["actors"]) and "غولن" in party(doc, ev[0]["recipients"])


# ---- precision: victims are not the accused; a conviction is no condemnation
def test_victims_of_a_kidnapping_are_not_accused(pipe):
    doc = full(pipe, "ووصف الرئيس النيجيري محمد بخاري اختطاف التلميذات في دابشي بالكارثة الوطنية.")
    assert not factual(doc, "ACCUSE")


def test_the_doer_genitive_stays(pipe):
    doc = full(pipe, "وندد الأردن باقتحام المستوطنين الإسرائيليين للمسجد الأقصى.")
    ev = factual(doc, "ACCUSE")
    assert ev and "JOR" in party(doc, ev[0]["actors"])


def test_passive_conviction_is_no_condemnation(pipe):
    doc = full(pipe, "الإفراج عن جندي إسرائيلي أدين بقتل فلسطيني جريح")
    assert not factual(doc, "ACCUSE")


def test_first_person_condemnation_with_manner_stays(pipe):
    doc = full(pipe, 'وقال غوتيريش أمام مجلس الأمن: "أدين بشكل قاطع خطوات إسرائيل التي أوصلتنا إلى هذا الوضع".')
    ev = factual(doc, "ACCUSE")
    assert ev and "ISR" in party(doc, ev[0]["recipients"])


# ---- charges directed in a relative clause: their author is the one the clause names
def test_charges_directed_by_an_investigator(pipe):
    doc = full(pipe, "قلل وزير خارجية روسيا، سيرغي لافروف، من شأن اتهامات وجهها محقق بمكتب التحقيقات الفيدرالي "
                     "الأمريكي إلى 13 روسيا بالتدخل في سير الانتخابات.")
    ev = factual(doc, "ACCUSE")
    assert ev and not any("لافروف" in party(doc, e["actors"]) for e in ev)
    assert any("RUS" in party(doc, e["recipients"]) for e in ev)


def test_charges_directed_and_denied(pipe):
    doc = full(pipe, "ونفى وزير الخارجية الإيراني محمد جواد ظريف الاتهامات التي وجهتها الولايات المتحدة إلى طهران.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])


# ---- a description with no word of blame is no accusation
def test_praise_described_is_no_blame(pipe):
    doc = full(pipe, "ويأتي الإفراج عنهم، الذي أشاد به البيت الأبيض ووصفه بأنه بادرة حسن نية، قبل القمة المزمعة.")
    assert not factual(doc, "ACCUSE")


# ---- orders taken: the one who gave them is blamed (أوامر من X)
def test_orders_from_blame_the_giver(pipe):
    doc = full(pipe, "وقالت المخابرات التركية إن يوسف نازيك الذي خطط للهجوم على ريحانلي تلقى أوامره من المخابرات السورية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "السوري" in party(doc, ev[0]["recipients"]) and "نازيك" not in party(doc, ev[0]["recipients"])


# ---- a complaint to a body: the body is no party; the one after ضد is sued
def test_complaint_to_the_wto_against_the_us(pipe):
    doc = full(pipe, "وأعلنت المفوضية الأوروبية عن تقديم شكوى إلى منظمة التجارة العالمية ضد الولايات المتحدة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["recipients"])
    assert not any("التجارة" in party(doc, e["recipients"]) for e in ev)


def test_blame_on_others_is_no_party(pipe):
    doc = full(pipe, 'ونقلت وكالة الأنباء الإيرانية عن المتحدث باسم الخارجية بهرام قاسمي قوله: "إن إلقاء اللائمة على '
                     'الآخرين لن تساعد البحرين في حل مشاكلها".')
    assert not any("البحرين" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


# ---- inquiries, trials and charges keep a target only where the words after them name it
def test_trial_of_an_unnamed_killer(pipe):
    doc = full(pipe, "وشددت الرئاسة الفلبينية على ضرورة تحقيق العدالة في هذه القضية، وسرعة محاكمة القاتل.")
    assert not factual(doc, "ACCUSE")


def test_charge_with_a_companion(pipe):
    doc = full(pipe, 'وأشار إلى أحكام قضائية تشمل السجن المؤبد على الرئيس المصري المعزول محمد مرسي بتهمة "التخابر مع قطر".')
    assert not any("QAT" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_charges_against_a_named_person_stay(pipe):
    doc = full(pipe, "فرنسا: توجيه التهمة رسميا لعشرة أشخاص من اليمين المتطرف بالتخطيط لشن هجمات ضد مسلمين")
    assert factual(doc, "ACCUSE")


# ---- the accused as a pronoun of the verbal noun
def test_accused_pronoun_is_not_the_accuser(pipe):
    doc = full(pipe, "روسيا ترد على اتهامها دعم طالبان: ثرثرة فارغة")
    assert not any("RUS" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))


def test_owner_pronoun_with_an_object_accuses(pipe):
    doc = full(pipe, "وجددت المحكمة الدولية الخاصة بلبنان اتهامها لأربعة أعضاء من حزب الله.")
    ev = factual(doc, "ACCUSE")
    assert ev and "حزب الله" in party(doc, ev[0]["recipients"])


# ---- قاطع "categorical" is no boycott
def test_categorical_denial_is_no_boycott(pipe):
    doc = full(pipe, "ووجهت لندن أصبع الاتهام إلى روسيا لكن موسكو تنفي بشكل قاطع أي تورط في القضية.")
    assert not factual(doc, "PROTEST")


# ---- a noun of accusing with its author (genitive) and target (لـ), answered by another party
def test_criticism_answered_is_the_critics(pipe):
    doc = full(pipe, "ورد وزير الخارجية الروسي سيرغي لافروف على انتقادات واشنطن لموسكو بشأن سوريا.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])
    assert not any("لافروف" in party(doc, e["actors"]) for e in ev)


def test_charges_rejected_were_made(pipe):
    doc = full(pipe, "ورفض وزير الخارجية الروسي سيرغي لافروف اتهامات واشنطن لموسكو بالتدخل في الانتخابات.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


# ---- the responsibility lies with a party (تقع على عاتق), not a duty
def test_responsibility_lies_with(pipe):
    doc = full(pipe, "وقال السفير الروسي ألكسندر ياكوفينكو إن مسؤولية تدهور العلاقات تقع على عاتق بريطانيا.")
    ev = factual(doc, "ACCUSE")
    assert ev and "GBR" in party(doc, ev[0]["recipients"])


def test_a_duty_lies_with_is_no_blame(pipe):
    doc = full(pipe, "وقال رئيس الوزراء العراقي حيدر العبادي إن مهمة حماية المدنيين تقع على عاتق الحكومة العراقية.")
    assert not factual(doc, "ACCUSE")


def test_the_party_holding_the_place_struck_is_not_accused(pipe):
    doc = full(pipe, "وكانت تركيا قد دانت الهجوم، الذي استهدف بلدة دوما الخاضعة لسيطرة المعارضة السورية بريف دمشق.")
    assert not any("المعارض" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_the_named_attacker_is_accused(pipe):
    doc = full(pipe, "ودانت تركيا الهجوم الذي شنته قوات النظام السوري على بلدة دوما الخاضعة لسيطرة المعارضة السورية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "TUR" in party(doc, ev[0]["actors"]) and "SYR" in party(doc, ev[0]["recipients"])


# ---- checks from the 3,000-article review
def test_documents_incriminate_no_one_condemns(pipe):
    doc = full(pipe, "ودانت تلك الوثائق ثلاثة من أبناء رئيس الوزراء الباكستاني نواز شريف.")
    assert not factual(doc, "ACCUSE")


def test_passive_charge_has_no_accuser(pipe):
    doc = full(pipe, "واحتجز القس أندرو برونسون في تركيا منذ عام 2016، واتهم بالمساعدة في تدبير محاولة انقلاب ضد الرئيس "
                     "التركي رجب طيب أردوغان.")
    assert not any("برونسون" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))


def test_charge_names_the_crime_not_the_accused(pipe):
    doc = full(pipe, "مصر: إحالة 28 متهما إلى محكمة أمن الدولة بتهمة التخطيط لإسقاط النظام")
    assert not factual(doc, "ACCUSE")


def test_a_proposal_condemns_nothing_yet(pipe):
    doc = full(pipe, "عرقلت الكويت الأربعاء اقتراحا أمريكيا بإصدار إعلان عن مجلس الأمن يندد بقوة بإطلاق صواريخ من قطاع "
                     "غزة على إسرائيل.")
    assert not factual(doc, "ACCUSE")


def test_charge_directed_to_a_pronoun_takes_no_later_party(pipe):
    doc = full(pipe, "نفت إيران اتهامات وجهها المغرب إليها بشأن دعمها لجبهة البوليساريو.")
    assert not any("البوليساريو" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_hands_tied_is_no_condemnation(pipe):
    doc = full(pipe, 'وقال وزير الدفاع الإسرائيلي أفيغدور ليبرمان: "لن نبقى مكتوفي اليدين أمام التدخل الإيراني في سوريا".')
    assert not any(e["trigger"]["text"].endswith("اليدين") for e in doc["events"])


def test_pretext_is_no_lawsuit(pipe):
    doc = full(pipe, 'وأنهت صحيفة "الحياة" لصاحبها الأمير خالد بن سلطان علاقتها به ومنعت كتاباته بدعوى "تجاوزات ضد السعودية".')
    assert not factual(doc, "ACCUSE")


def test_documents_that_incriminate_in_a_quote(pipe):
    doc = full(pipe, 'وجاء ذلك على خلفية تصريحات المستشار هشام جنينة بأن سامي عنان لديه "وثائق تدين النظام الحالي والجيش".')
    assert not any(e["trigger"]["text"] == "تدين" for e in factual(doc, "ACCUSE"))

"""Explicit rebuttals (events/critics.py, data/rebuttals.tsv): a denial that takes up the clause before it (وهو ما نفته
روسيا), an accusation judged false (وصف لافروف الاتهامات الأميركية بأنها هراء), and a circumstantial participle as
factual as its main verb. Short news-style sentences (real phrasing)."""
from __future__ import annotations

from conftest import factual, full, party


# ---- a denial of the clause before: the one rejected is the author of the accusation or demand told in it
def test_denial_resumes_the_accusation_before_it(pipe):
    doc = full(pipe, "واتهمت كييف موسكو بتدبير هجمات إلكترونية واسعة النطاق، وهو ما نفته روسيا مرارا.")
    ev = factual(doc, "REJECT")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "UKR" in party(doc, ev[0]["recipients"])


def test_denial_after_al_amr_alladhi(pipe):
    doc = full(pipe, "وتتهم المملكة المتحدة روسيا بالوقوف خلف الهجوم على سكريبال وابنته، الأمر الذي تنفيه موسكو.")
    ev = factual(doc, "REJECT")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "GBR" in party(doc, ev[0]["recipients"])


def test_past_denial_with_its_pronoun(pipe):
    doc = full(pipe, "ويتهم البيت الأبيض روسيا بالتدخل في الانتخابات، وهو ما نفاه بوتين.")
    ev = factual(doc, "REJECT")
    assert ev and "بوتين" in party(doc, ev[0]["actors"]) and "البيت الأبيض" in party(doc, ev[0]["recipients"])


def test_a_denied_report_names_no_one_rejected(pipe):
    # the clause before tells a claim by no party the text names: no REJECT
    doc = full(pipe, "وذكرت تقارير صحفية أن الشركة حصلت على عقد جديد، وهو ما نفته الإمارات.")
    assert not factual(doc, "REJECT")


def test_resumed_denial_needs_its_subject_after_it(pipe):
    # "وهو ما ينفيه" with no subject named after the verb: the denier is unknown
    doc = full(pipe, "وتتهم تركيا شبكة فتح الله غولن بالتخطيط لمحاولة الانقلاب، وهو ما ينفيه بشدة.")
    assert not any(set(e["actors"]) & set(e["recipients"]) for e in doc["events"])
    assert not [e for e in factual(doc, "REJECT") if not e["actors"] or "TUR" in party(doc, e["recipients"])
                and "TUR" in party(doc, e["actors"])]


# ---- an accusation judged false: its author is rejected
def test_accusations_described_as_nonsense(pipe):
    doc = full(pipe, 'ويوم السبت، وصف وزير الخارجية الروسي سيرغي لافروف الاتهامات الأميركية بأنها "هراء".')
    rej = factual(doc, "REJECT")
    assert rej and "لافروف" in party(doc, rej[0]["actors"]) and "USA" in party(doc, rej[0]["recipients"])
    # the dismissal is no criticism by Lavrov, and the charge noun is no accusation of his
    assert not [e for e in factual(doc, "ACCUSE") if "لافروف" in party(doc, e["actors"])]


def test_claims_of_a_state_judged_baseless_in_reported_speech(pipe):
    doc = full(pipe, 'وقالت الخارجية الصينية إن الاتهامات الأمريكية "لا أساس لها من الصحة".')
    rej = factual(doc, "REJECT")
    assert rej and "USA" in party(doc, rej[0]["recipients"]) and "CHN" in party(doc, rej[0]["actors"])


def test_genitive_with_la_names_the_accuser(pipe):
    doc = full(pipe, 'اعتبر الرئيس الروسي فلاديمير بوتين أن اتهام بريطانيا لموسكو بتسميم الجاسوس السابق "مجرد هراء".')
    rej = factual(doc, "REJECT")
    assert rej and "GBR" in party(doc, rej[0]["recipients"]) and "بوتين" in party(doc, rej[0]["actors"])


def test_genitive_with_a_charge_is_the_one_accused(pipe):
    # "اتهام موسكو بتسميم": Moscow is accused, not the accuser; no one else is named
    doc = full(pipe, 'اعتبر الرئيس الروسي فلاديمير بوتين أن اتهام موسكو بتسميم الجاسوس السابق "مجرد هراء".')
    assert not [e for e in factual(doc, "REJECT") if "RUS" in party(doc, e["recipients"])]


def test_accuser_told_earlier_in_the_story(pipe):
    doc = full(pipe, "اتهمت لندن روسيا بعرقلة وصول بعثة تقصي الحقائق إلى دوما.\n"
                     'وصرح المتحدث باسم الكرملين ديمتري بيسكوف للصحافيين "نعتبر أن هذه الاتهامات لا أساس لها".')
    rej = factual(doc, "REJECT")
    assert rej and "GBR" in party(doc, rej[0]["recipients"]) and "بيسكوف" in party(doc, rej[0]["actors"])


def test_a_charge_not_judged_false_is_no_denial(pipe):
    doc = full(pipe, 'وقال المتحدث إن الاتهامات الأمريكية "ليست كاذبة" وإن التحقيق مستمر.')
    assert not factual(doc, "REJECT")


# ---- a circumstantial participle is as factual as its main verb
def test_participle_after_a_quoted_demand_is_factual(pipe):
    doc = full(pipe, 'دعت الإمارات اليوم الخميس سلطات قطر إلى التوقف عن "دعم مجموعات وأفراد إرهابيين" '
                     "نافية اتهامها من قبل الدوحة بانتهاك حقوق الشعب القطري.")
    rej = factual(doc, "REJECT")
    assert rej and "ARE" in party(doc, rej[0]["actors"]) and "QAT" in party(doc, rej[0]["recipients"])


def test_an_adjective_is_no_participle(pipe):
    # "بين موافقة وأخرى رافضة": an adjective of opinions, no refusal told
    doc = full(pipe, 'وأشار مدير المرصد إلى "انقسام في الآراء داخل الفصائل بين موافقة وأخرى رافضة" للاتفاق مع روسيا.')
    assert not factual(doc, "REJECT")


# ---- a denial of "ذلك": the one rejected is who made the claim
def test_denial_of_that_after_reported_claim(pipe):
    doc = full(pipe, "ويقول مسؤولون أتراك إن خاشقجي قتل داخل القنصلية، لكن السعودية تنفي ذلك.")
    rej = factual(doc, "REJECT")
    assert rej and "SAU" in party(doc, rej[0]["actors"]) and "TUR" in party(doc, rej[0]["recipients"])


def test_denial_of_that_after_an_accusation(pipe):
    doc = full(pipe, "وتتهم السعودية إيران بدعم الحوثيين بالسلاح، لكن طهران تنفي ذلك.")
    rej = factual(doc, "REJECT")
    assert rej and "IRN" in party(doc, rej[0]["actors"]) and "SAU" in party(doc, rej[0]["recipients"])


def test_denial_of_that_with_no_claimant_named(pipe):
    doc = full(pipe, "وذكرت تقارير أن الشركة حصلت على عقد جديد، لكن الإمارات نفت ذلك.")
    assert not factual(doc, "REJECT")


def test_this_week_is_no_claim(pipe):
    # "هذا الأسبوع": a determiner; the denial of the charges keeps its accuser
    doc = full(pipe, "ونفى رونالدو هذا الأسبوع الاتهامات الموجهة إليه من كاثرين مايورغا.")
    assert not [e for e in factual(doc, "REJECT") if not e["recipients"]]


# ---- two acts of conflict in one sentence, the second after a contrast: two events
def test_criticism_after_a_contrast_is_its_own_event(pipe):
    doc = full(pipe, "اتهم وزير الخارجية الإيراني محمد جواد ظريف السعودية بدعم الإرهاب، بينما انتقد وزير الخارجية "
                     'البحريني خالد بن أحمد تصريحات ظريف ووصفه بـ"الكاذب".')
    acc = factual(doc, "ACCUSE")
    assert any("ظريف" in party(doc, e["actors"]) and "SAU" in party(doc, e["recipients"])
               and "خالد" not in party(doc, e["actors"]) for e in acc)
    assert any("خالد" in party(doc, e["actors"]) and "ظريف" in party(doc, e["recipients"]) for e in acc)


def test_coordinated_accusation_without_contrast_keeps_its_subject(pipe):
    # "وانتقد جونسون روسيا، واتهم زعيم المعارضة": no contrast, the object of the second verb is no new author
    doc = full(pipe, 'وانتقد وزير الخارجية البريطاني بوريس جونسون روسيا، واتهم زعيم المعارضة جيريمي كوربن بأنه "الأحمق المفيد".')
    assert not [e for e in factual(doc, "ACCUSE") if "كوربن" in party(doc, e["actors"])]


# ---- a spokesperson named after "المتحدث باسم X" criticises (or speaks) as that party
def test_named_spokeswoman_criticises(pipe):
    doc = full(pipe, "وانتقدت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا تصريحات بومبيو بشأن سوريا.")
    acc = factual(doc, "ACCUSE")
    assert acc and "زاخاروفا" in party(doc, acc[0]["actors"]) and "بومبيو" in party(doc, acc[0]["recipients"])


def test_spokesman_between_commas_condemns(pipe):
    doc = full(pipe, "وأدان المتحدث باسم الخارجية الإيرانية، بهرام قاسمي، الغارات الإسرائيلية على سوريا.")
    acc = factual(doc, "ACCUSE")
    assert acc and "قاسمي" in party(doc, acc[0]["actors"]) and "ISR" in party(doc, acc[0]["recipients"])


def test_spokesman_is_no_victim(pipe):
    # the spokesman reports the killing; he is no party of the attack
    doc = full(pipe, 'وصرح المتحدث باسم وزارة الداخلية نصرت رحيمي "الرجال الثلاثة كانوا موثقي الأيدي وقتلوا بالرصاص".')
    assert not [e for e in doc["events"] if e["type"] == "ASSAULT" and "رحيمي" in party(doc, e["recipients"])]

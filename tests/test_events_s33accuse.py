"""Accusations, session 33 (track s33accuse): زعم is a verb of claiming (not a source mark) and its other persons open a
reported clause of blame; a claim alone accuses no one; verbal هاجم in the pluperfect and by a state attacking someone's
words; the accusative انتقادا, استهجن and لام/يلوم. Sentences from the 2018 corpus (some shortened)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import pairs


# --- زعم / ادعى: a verb of claiming that opens a reported clause of blame ------------------------------------------

def test_masculine_zaama_opens_a_reported_clause_of_blame(pipe):
    doc = full(pipe, "زعم وزير الخارجية الإيراني أن الولايات المتحدة تدعم الإرهاب في المنطقة.")
    assert any("United States" in r for _, r in pairs(doc, "ACCUSE"))


def test_present_yazumu_and_taddai_open_a_reported_clause_of_blame(pipe):
    for s in ("ويزعم وزير الخارجية الإيراني أن الولايات المتحدة تدعم الإرهاب في المنطقة.",
              "وتدعي إيران أن الولايات المتحدة تدعم الإرهاب في المنطقة."):
        doc = full(pipe, s)
        assert any(a and "United States" in r for a, r in pairs(doc, "ACCUSE")), s


def test_a_claim_with_no_wrong_accuses_no_one(pipe):
    for s in ('وقالت شرطة النقل: "الرجل الذي زعم أن بحوزته قنبلة في محطة تشيرينغ كروس اعتقل الآن."',
              "وزعم المحامي مارك توبروف أمام المحكمة أن ثمة 61 تشابها بين العملين.",
              "وزعم الموقعون على الرسالة، ومن بينهم الرئيس السابق نيكولا ساركوزي، أن هذه الآيات تنشر أفكارا عنيفة."):
        assert not factual(full(pipe, s), "ACCUSE"), s


def test_one_who_is_called_is_no_claim(pipe):
    doc = full(pipe, "وقال الناطق باسم الوزارة إن الشاب يدعي بلال خفاجة قتل برصاصة في الصدر شرق رفح.")
    assert not factual(doc, "ACCUSE")


# --- verbal هاجم ---------------------------------------------------------------------------------------------------

def test_pluperfect_verbal_attack_reads_the_subject_before_qad(pipe):
    doc = full(pipe, "وكان الرئيس الموريتاني، محمد ولد العزيز، قد هاجم جناح الإخوان في بلاده، ووصفهم بالمتطرفين.")
    assert any("العزيز" in a or "Aziz" in a for a, _ in pairs(doc, "ACCUSE"))


def test_pluperfect_with_kana_reads_the_subject_after_it(pipe):
    doc = full(pipe, "وكان ترامب هاجم الصين مرات عدة بسبب العجز التجاري الهائل للولايات المتحدة.")
    assert any("Trump" in a and "China" in r for a, r in pairs(doc, "ACCUSE"))


def test_state_attacking_someones_remarks_attacks_their_owner(pipe):
    doc = full(pipe, 'وقد هاجمت الصين تعليقات ترامب ووصفتها بأنها "غير مسؤولة" ويصعب فهمها.')
    assert any("China" in a and "Trump" in r for a, r in pairs(doc, "ACCUSE"))


def test_pluperfect_armed_attack_is_no_verbal_attack(pipe):
    for s in ("وكان مسلحون قد هاجموا قاعدة عسكرية في جنوب البلاد، وقتلوا 27 جنديا.",
              "وكانت إسرائيل قد هاجمت مواقع إيرانية في سوريا الشهر الماضي.",
              "وهاجمت القوات الروسية مواقع المعارضة في إدلب."):
        assert not factual(full(pipe, s), "ACCUSE"), s


# --- انتقادا، استهجن، لام ------------------------------------------------------------------------------------------

def test_accusative_intiqadan(pipe):
    doc = full(pipe, "وجّه وزير الاقتصاد الألماني بيتر ألتماير، انتقادا شديدا لسياسة الرسوم الجمركية التي ينتهجها "
                     "الرئيس الأميركي دونالد ترامب.")
    assert any("Trump" in r for _, r in pairs(doc, "ACCUSE"))


def test_negated_intiqadan_is_not_factual(pipe):
    doc = full(pipe, "وقبل بدء القمة لم يوجه دونالد ترامب انتقادا واحدا لروسيا.")
    assert not any("Russia" in r for _, r in pairs(doc, "ACCUSE"))


def test_istahjana(pipe):
    doc = full(pipe, 'واستهجنت الخارجية السعودية مطالبة كندا "بالإفراج الفوري" عن الموقوفين.')
    assert any("Canada" in r for _, r in pairs(doc, "ACCUSE"))


def test_yalumu_ala(pipe):
    doc = full(pipe, "العراق يلوم إيران بشكل رئيسي على أزمة الماء والكهرباء.")
    assert any("Iraq" in a and "Iran" in r for a, r in pairs(doc, "ACCUSE"))


def test_lam_as_a_name_and_self_blame_accuse_no_one(pipe):
    for s in ("لا يتوقع فيليب لام القائد السابق لمنتخب ألمانيا رحيل المدرب الحالي للفريق يواخيم لوف.",
              'كتب ترامب في تغريدة أن دوقة كامبريدج "لا يمكنها أن تلوم سوى نفسها".'):
        assert not factual(full(pipe, s), "ACCUSE"), s


def test_verbal_attack_by_a_titled_member_of_parliament(pipe):
    doc = full(pipe, 'هاجم البرلماني المصري مصطفى بكري الرئيس التونسي السابق، منصف المرزوقي، الأربعاء، قائلا إنه '
                     '"ارتهن نفسه خادما لفرنسا".')
    assert any("بكري" in a and "Marzouki" in r for a, r in pairs(doc, "ACCUSE"))


def test_ministry_attacking_a_state_told_in_words(pipe):
    doc = full(pipe, "وهاجمت الخارجية الروسية الولايات المتحدة، قائلة إنها تنتهك القانون الدولي.")
    assert any("Russia" in a and "United States" in r for a, r in pairs(doc, "ACCUSE"))


def test_state_strike_told_with_its_words_is_no_verbal_attack(pipe):
    for s in ("وهاجمت إسرائيل مواقع إيرانية في سوريا، قائلة إنها ردت على إطلاق صواريخ.",
              "هاجمت إسرائيل حركة حماس بسبب إطلاق الصواريخ.",
              "وهاجمت وزارة الداخلية أوكار الإرهابيين بسبب الهجمات الأخيرة."):
        assert not factual(full(pipe, s), "ACCUSE"), s


def test_behind_an_attempt_is_the_wrong_itself(pipe):
    doc = full(pipe, "وكانت رئيسة وزراء بريطانيا، تيريزا ماي، قد قالت إن موسكو تقف وراء محاولة قتل الجاسوس سيرغي "
                     "سكريبال وابنته يوليا بغاز الأعصاب.")
    ev = [e for e in doc["events"] if e["type"] == "ACCUSE" and not e["negated"]]
    assert any("Moscow" in party(doc, e["recipients"]) for e in ev)


def test_a_refused_charge_is_still_no_wrong(pipe):
    assert not factual(full(pipe, "وقال المتحدث إن إيران رفضت الاتهامات."), "ACCUSE")


def test_the_year_of_the_charged_act_does_not_date_the_accusation(pipe):
    doc = full(pipe, "قالت وكالة الأنباء التركية الرسمية إن المدعين أصدروا أوامر اعتقال بحق 300 من أفراد الجيش للاشتباه في أن "
                     "لهم صلات بشبكة يقودها رجل الدين فتح الله غولن المقيم في الولايات المتحدة، والذي تتهمه تركيا بالوقوف "
                     "وراء محاولة انقلاب فاشلة في 2016.", published="2018-05-11T12:00")
    ev = [e for e in factual(doc, "ACCUSE") if "Gülen" in party(doc, e["recipients"])]
    assert ev and not ev[0]["historical"] and (ev[0]["date"] or "").startswith("2018")


def test_a_year_before_the_charge_still_dates_the_accusation(pipe):
    doc = full(pipe, 'واتهم أحمدي نجاد عام 2011 الدول الغربية بإعداد خطط "للجفاف" في إيران.', published="2018-05-11T12:00")
    assert not [e for e in factual(doc, "ACCUSE") if not e["historical"]]

"""Subjects carried over to a verb that names none of its own (session 15, track s15carry): a verb after its subject
agrees with it in full, so the last party before it that does not fit the verb's person is not its subject; the nearest
one that surely fits is, else none is named (events/carry.py, stage._carry_agr). Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_a_masculine_verb_skips_a_feminine_body_for_the_man_before_it(pipe):
    doc = full(pipe, "بعد قمة هلسنكي ترامب يتراجع ويجدد ثقته بالمخابرات الأميركية\n\n"
                     "أكد الرئيس الأميركي دونالد ترامب \"ثقته الكبيرة\" بأجهزة الاستخبارات الأميركية، مع أنه كان رفض بعيد "
                     "لقائه فلاديمير بوتن إدانة موسكو لتدخلها في الانتخابات الرئاسية عام 2016، وهو الأمر الذي أكدته هذه "
                     "الاستخبارات.", published="2018-07-16T21:28")
    ev = [e for e in factual(doc, "REJECT") if "رفض" in e["trigger"]["text"]]
    assert ev and "Trump" in party(doc, ev[0]["actors"])
    assert "الاستخبارات" not in party(doc, ev[0]["actors"])


def test_the_head_in_construct_is_what_the_verb_agrees_with(pipe):
    # "رئيس الحكومة يرفض": the masculine verb agrees with the prime minister, the head; the government in the genitive
    # is still his party (a feminine body, but not the subject the verb agrees with)
    doc = full(pipe, "الأردن: رئيس الحكومة يرفض سحب مشروع رفع الضرائب والنقابات تدعو إلى اعتصام  شعبي\n\n"
                     "رفع رئيس الحكومة الأردنية هاني الملقي خلال لقائه بممثلي نقابات العمال السبت، سحب مشروع القانون "
                     "المعدل لرفع الضريبة على الدخل.", published="2018-06-03T10:12")
    assert any("يرفض" in e["trigger"]["text"] for e in factual(doc, "REJECT"))


def test_agreement_of_verb_forms(pipe):
    from marsad.lang.ar import tokenize
    from marsad.events import stage as S

    def agr(s):
        t = tokenize(s)
        return S._carry_agr(t, len(t) - 1)

    assert agr("بعد أن اقتحموا") == "pl" and agr("يقصفون") == "pl"
    assert agr("مع أنه كان رفض") == "m" and agr("قبل أن يهنئ") == "m"
    assert agr("حيث فرضت") == "f"
    assert agr("بناء على طلب") is None  # a bare form: a verbal noun as often
    assert agr("وتتعاون") is None  # the root's ن, no plural
    assert agr("ينتقدن") is None and agr("نتعهد") is None


def test_fit_reads_the_mention_not_the_full_name():
    from marsad.events.carry import fit

    icrc = {"type": "ORG", "name_ar": "اللجنة الدولية للصليب الأحمر", "kb_id": "org:icrc"}
    assert fit(["الصليب", "الأحمر"], [icrc], "m") is None  # "الصليب الأحمر يطلب": masculine here
    assert fit(["اللجنة", "الدولية"], [icrc], "m") is False
    houthis = {"type": "ORG", "name_ar": "الحوثيون", "kb_id": "org:houthis"}
    assert fit(["ميليشيات", "الحوثي"], [houthis], "f") is True
    crowd = {"type": "NORP", "name_ar": "المتظاهرون"}
    assert fit(["المتظاهرون"], [crowd], "pl") is True and fit(["المتظاهرون"], [crowd], "f") is False
    suspects = {"type": "NORP", "name_ar": "المشتبه بهم"}
    assert fit(["المشتبه", "بهم"], [suspects], "pl") is None  # (ه of the root, no ة)
    pentagon = {"type": "ORG", "name_ar": "البنتاغون", "kb_id": "org:pentagon"}
    assert fit(["البنتاغون"], [pentagon], "m") is None


def test_a_material_act_joined_by_waw_shares_the_told_clauses_subject(pipe):
    # "ومنعت" (feminine, outside a quote: no first person) after "أن ميليشيات الحوثي انتشرت ...،": the militias block
    # the citizens, not Saleh whose house the hashtag names, nor the witnesses who tell it
    doc = full(pipe, "الحوثيون يعتدون على مسيرة حاولت وضع ورود على منزل صالح\n\n"
                     "أطلقت ميليشيات الحوثي الانقلابية، الرصاص الحي، الأربعاء، على تظاهرة نسائية، وشنت حملة اعتقالات "
                     "واسعة، وقطعت الطرق المؤدية إلى منزل الرئيس الراحل علي عبدالله #صالح وسط العاصمة اليمنية صنعاء، في "
                     "فعالية دعا إليها أنصاره.\n"
                     "وأكد شهود عيان، أن ميليشيات الحوثي انتشرت بشكل كثيف في محيط #منزل_صالح، ومنعت عشرات المواطنين "
                     "بالقوة من الوصول إليه.", published="2018-03-21T12:00")
    ev = [e for e in factual(doc, "COERCE") if "منعت" in e["trigger"]["text"]]
    assert ev and "الحوثي" in party(doc, ev[0]["actors"])
    assert "صالح" not in party(doc, ev[0]["actors"])


def test_people_in_construct_after_the_verb_are_its_subject(pipe):
    # "ودعا ذوو الضحايا": the families call; the party of the sentence before is not carried over as the caller
    doc = full(pipe, "مكافأة بالملايين لمن يعثر على \"الغواصة المفقودة\"\n\n"
                     "وخصصت الحكومة الأرجنتينية مكافأة قدرها 5 ملايين يورو لمن يوفر معلومات تساعد في التوصل لموقع الغواصة.\n"
                     "ودعا ذوو الضحايا، الذين التقوا الرئيس الأرجنتيني ماوريسيو ماكري في 7 فبراير، لتوسيع نطاق البحث وزيادة "
                     "التمويل.", published="2018-02-25T21:32")
    assert not any("الأرجنتينية" in party(doc, e["actors"]) for e in factual(doc, "REQUEST"))

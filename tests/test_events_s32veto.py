"""Rule-built events the sentence classifier vetoes, session 32 (track s32veto): a new clash between two named sides
stands unless the classifier is far below its threshold (stage.CLASH_VETO); protesters told doing their protest
(متظاهرون يحتجون ضد ...) make a protest told as held (stage._crowd_protesting, TOLD_VETO). Sentences from the 2018
corpus and the gsr file."""
from __future__ import annotations

from conftest import factual, full, party


# --- a new clash (indefinite battle noun) between two named sides --------------------------------------------------

def test_new_clash_between_a_militia_and_tribes_stands(pipe):
    doc = full(pipe, "مواجهات مسلحة جديدة بين الحوثيين وقبائل يمنية")
    ev = factual(doc, "ASSAULT")
    assert ev and "Houthi" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_clash_between_youths_and_security_forces_stands(pipe):
    doc = full(pipe, "لكنه شهد إضرابا نادرا احتجاجا على تردي الأوضاع الاقتصادية، فيما اندلعت مواجهات محدودة بين عشرات "
                     "الشبان وقوات الأمن وسط العاصمة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "قوات الأمن" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_police_clashing_with_protesters_by_the_finite_verb_stands(pipe):
    doc = full(pipe, "اشتبكت الشرطة في ولاية شيكاغو الأمريكية مع محتجين في أعقاب مقتل مواطن أسود برصاص شرطي اشتبه في "
                     "حمله السلاح.")
    assert any("الشرطة" in party(doc, e["actors"]) and "محتج" in party(doc, e["recipients"])
               for e in factual(doc, "ASSAULT"))


def test_clashes_named_as_background_stay_vetoed(pipe):
    # the definite الاشتباكات takes up clashes already known (pictures of them), no new occurrence
    doc = full(pipe, "وذكرت لائحة الاتهام أن طاطور نشرت في تشرين الأول/أكتوبر 2015، مع اندلاع موجة من العنف بين "
                     "الفلسطينيين وإسرائيل، شريط فيديو وهي تقرأ قصيدتها \"قاوم يا شعبي قاوم\"، مصحوبة بصور من "
                     "الاشتباكات بين الفلسطينيين وقوات الاحتلال.")
    assert not factual(doc, "ASSAULT")


def test_feared_clashes_stay_vetoed(pipe):
    doc = full(pipe, "الآن، وبعد طرد المتمردين المعارضين للأسد، تلوح في الأفق مخاطر مواجهات أكبر بين إسرائيل وإيران.")
    assert not factual(doc, "ASSAULT")


# --- protesters told doing their protest -----------------------------------------------------------------------------

def test_protesters_protesting_against_an_arrest(pipe):
    doc = full(pipe, "اتهمت السلطات الإيرانية، السبت، الحكومة والشرطة البريطانية بالتقصير والتراخي في حماية السفارة "
                     "الإيرانية في لندن، التي اقتحمها متظاهرون يحتجون ضد اعتقال السلطات الإيرانية في مدينة قم، حسين "
                     "الشيرازي، نجل زعيم الطائفة الشيعية الشيرازية صادق الشيرازي.")
    ev = factual(doc, "PROTEST")
    assert ev and "متظاهر" in party(doc, ev[0]["actors"])


def test_protesters_quoted_by_a_witness_stay_vetoed(pipe):
    # the definite المتظاهرين with a quote between: a crowd already told (gsr "difficult no")
    doc = full(pipe, "وقال شاهد عيان أمس إن المتظاهرين «يحتجون على مسألة تشكيل الحكومة الجديدة برمتها، فهم يريدون حصصا "
                     "متساوية وإلا فسوف تقع أحداث عنف».")
    assert not factual(doc, "PROTEST")


def test_protesters_shot_at_is_no_protest_told(pipe):
    # the accusative متظاهرين: the shooting is the act (gsr "difficult no" for PROTEST)
    doc = full(pipe, "لقي 5 أشخاص في الأقل مصرعهم بمقديشو أمس، عندما فتحت قوى الأمن الصومالية النار باتجاه متظاهرين "
                     "يحتجون على ارتفاع اسعار السلع الغذائية والتضخم الكبير.")
    assert not factual(doc, "PROTEST")


def test_crowd_protesting_helper():
    from marsad.events.stage import _crowd_protesting
    from marsad.lang.ar import tokenize

    toks = tokenize("اقتحمها متظاهرون يحتجون ضد اعتقال")
    assert _crowd_protesting(toks, 1) and _crowd_protesting(toks, 2)
    toks = tokenize("فرقت الشرطة المتظاهرين يحتجون")
    assert not _crowd_protesting(toks, 2) and not _crowd_protesting(toks, 3)

"""classify.protest_cues: a protest told as an occurrence (a protest verb opening its clause, an occurrence verb
before the protest noun), which the PROTEST classifier vetoes only far below its threshold (stage.TOLD_VETO)."""
from __future__ import annotations

import pytest

from conftest import run


def _cues(stage, text):
    from marsad.events.classify import protest_cues
    from marsad.lang.ar import tokenize

    toks = tokenize(text, 0, len(text))
    trigs = [m for m in stage.lex.trig.find_all(toks) if m.value.type != "NONE"]
    return protest_cues(toks, trigs, "PROTEST")


@pytest.mark.parametrize("text", [
    "وقالت أسر المعتقلين في بيان إنها أقامت وقفة احتجاجية أمام وزارة العدل لتقديم مذكرة لوزير العدل.",
    "وتواصلت المظاهرات في عمان وعدد من المدن الأردنية ليل الجمعة تنديدا بقانون ضريبة الدخل.",
    "شهدت إسبانيا الخميس إضرابا غير مسبوق للنساء دفاعا عن المساواة في الرواتب.",
    "وانطلقت مسيرات جماهيرية حاشدة بمشاركة آلاف المواطنين صوب المناطق الحدودية.",
    "تظاهر الآلاف من سكان جرادة متحدين حظر السلطات.",
])
def test_told_protests(stage, text):
    assert _cues(stage, text)[1], text


@pytest.mark.parametrize("text", [
    # amid protests, a protest as background or as a topic: no occurrence told
    "وتأتي تصريحات الرزاز بعد يومين من تكليفه خلفا لهاني الملقي الذي قدم استقالته على وقع احتجاجات واسعة.",
    "وقال الناطق باسم الحكومة إن الحق في الاحتجاج مكفول ولكن في إطار القانون.",
    "وقد قتل 40 فلسطينيا برصاص القوات الإسرائيلية على الحدود منذ أن بدأت الاحتجاجات يوم 30 مارس.",
])
def test_untold_protests(stage, text):
    assert not _cues(stage, text)[1], text


def test_other_types_have_no_protest_cues(stage):
    from marsad.events.classify import protest_cues
    from marsad.lang.ar import tokenize

    text = "وتواصلت الغارات الجوية على مواقع المسلحين شمال المدينة."
    toks = tokenize(text, 0, len(text))
    assert protest_cues(toks, stage.lex.trig.find_all(toks), "ASSAULT") == (False, False)


def test_told_protest_survives_the_classifier(stage):
    """A plain article protest the sentence classifier alone would veto stays an event."""
    doc = run(stage, "وتواصلت المظاهرات في عمان وعدد من المدن الأردنية ليل الجمعة تنديدا بقانون ضريبة الدخل.")
    assert any(e["type"] == "PROTEST" for e in doc["events"] if not e.get("negated"))

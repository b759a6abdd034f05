"""Event recall, type and factuality of the Arabic event coder: verbal events told indirectly (announced threats,
judging verbs), nominal events, factuality and dates. Short news-style sentences through the whole pipeline; no
shared data needed."""
from __future__ import annotations

import pytest

from marsad.record import new_document


@pytest.fixture(scope="module")
def pipe():
    from marsad.pipeline import build

    return build()


def run(pipe, text, published="2018-07-15T12:00:00+00:00"):
    doc = new_document("t", text, meta={"published": published})
    return pipe.run_one(doc)


def names(doc, ids):
    ents = {e["id"]: e for e in doc["entities"]}
    out = set()
    for i in ids:
        e = ents[i]
        out |= {e.get("name") or "", e.get("name_ar") or "", e.get("country") or ""}
        out |= {m["text"] for m in e.get("mentions") or []}
    return out


def factual(doc, typ=None):
    return [e for e in doc["events"] if not e["negated"] and not e["hypothetical"] and (typ is None or e["type"] == typ)]


# ---- a hostile act its author announces for the future is a threat ------------------------------------------------

def test_announced_sanction_is_a_threat(pipe):
    d = run(pipe, "وقال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستفرض عقوبات جديدة على روسيا.")
    th = factual(d, "THREATEN")
    assert len(th) == 1
    assert "Donald Trump" in names(d, th[0]["actors"]) and "RUS" in names(d, th[0]["recipients"])
    assert not factual(d, "SANCTION")  # the sanctions themselves have not been imposed


def test_announced_retaliation_is_a_threat(pipe):
    d = run(pipe, "وذكرت الخارجية الروسية، في بيان، أنها سترد بقوة على العقوبات الأمريكية الجديدة.")
    th = factual(d, "THREATEN")
    assert len(th) == 1 and "RUS" in names(d, th[0]["actors"]) and "USA" in names(d, th[0]["recipients"])


def test_future_act_told_by_the_narrator_or_of_another_party_is_no_threat(pipe):
    d = run(pipe, "ستفرض الولايات المتحدة عقوبات جديدة على روسيا الأسبوع المقبل.")
    assert not factual(d)
    d = run(pipe, "قال وزير الخارجية الروسي سيرغي لافروف إن الولايات المتحدة ستفرض عقوبات جديدة على روسيا.")
    assert not factual(d, "THREATEN") and not factual(d, "SANCTION")


def test_act_after_a_future_light_verb_is_hypothetical(pipe):
    d = run(pipe, "قال المحامي إنه سيتخذ إجراءات قانونية ضد الحكومة المصرية.")
    assert not factual(d, "ACCUSE")


# ---- verbs of judging: the judge, an apposition, the judged thing ------------------------------------------------

def test_describe_with_apposition(pipe):
    d = run(pipe, 'ووصف المتحدث باسم الحكومة الأردنية، محمد المومني، القرار الأمريكي بأنه "باطل".')
    acc = factual(d, "ACCUSE")
    assert len(acc) == 1
    assert "USA" in names(d, acc[0]["recipients"]) and "JOR" not in names(d, acc[0]["recipients"])
    assert any("المومني" in n for n in names(d, acc[0]["actors"]))


def test_describe_vso(pipe):
    d = run(pipe, 'ووصف الرئيس التركي، رجب طيب أردوغان، إسرائيل بأنها "الدولة الأكثر فاشية وعنصرية في العالم".')
    acc = factual(d, "ACCUSE")
    assert len(acc) == 1 and "ISR" in names(d, acc[0]["recipients"]) and "TUR" in names(d, acc[0]["actors"])


# ---- lexicon ----------------------------------------------------------------------------------------------------

def test_punish_is_a_sanction(pipe):
    d = run(pipe, "عاقبت محكمة في القاهرة ناشطا بالسجن ثلاث سنوات.")
    assert factual(d, "SANCTION")
    d = run(pipe, "وتشمل العقوبات صلاحيات جديدة مررها الكونغرس العام الماضي لمعاقبة موسكو على التدخل في الانتخابات.")
    assert not any(e["trigger"]["text"] == "لمعاقبة" for e in factual(d, "SANCTION"))  # a purpose, not an act


# ---- visits: an official arrives in a country or its capital -----------------------------------------------------

def test_arrival_of_an_official_is_a_visit(pipe):
    d = run(pipe, "وصل وزير الخارجية الإيراني محمد جواد ظريف، مساء الاثنين، إلى العاصمة السورية، دمشق، في زيارة رسمية.")
    c = factual(d, "CONSULT")
    assert len(c) == 1 and "IRN" in names(d, c[0]["actors"]) and "SYR" in names(d, c[0]["recipients"])
    d = run(pipe, "وصل الأمير وليام نجل ولي العهد البريطاني الأحد إلى الأردن في أول زيارة رسمية.")
    c = factual(d, "CONSULT")
    assert len(c) == 1 and "JOR" in names(d, c[0]["recipients"])


def test_arrival_of_forces_or_numbers_is_no_visit(pipe):
    for text in ("وصلت قوات تركية إلى مدينة عفرين.", "وصل عدد القتلى إلى 50 شخصا في سوريا."):
        assert not factual(run(pipe, text), "CONSULT")


# ---- the same occasion: a statement in the next sentence dates the act -------------------------------------------

def test_statement_in_the_next_sentence_dates_the_act(pipe):
    d = run(pipe, "حذرت بريطانيا روسيا من أي تحركات عسكرية جديدة في أوكرانيا.\nوفي بيان صدر مساء الخميس، قال وزير الخارجية "
                  "البريطاني إن لندن تتابع الوضع.")
    th = factual(d, "THREATEN")
    assert len(th) == 1 and th[0]["date"] == "2018-07-12"
    # a statement of another side dates nothing
    d = run(pipe, "حذرت بريطانيا روسيا من أي تحركات عسكرية جديدة في أوكرانيا.\nوفي بيان صدر مساء الخميس، قال وزير الخارجية "
                  "الصيني إن بكين تتابع الوضع.")
    th = factual(d, "THREATEN")
    assert len(th) == 1 and th[0]["date"] == "2018-07-15"

"""False events of unseen text (session 14, track s14fp): an attack told again with no side at all is a detail of
the attack the story tells, not another attack. Sentences from the corpus (shortened)."""
from __future__ import annotations

from conftest import factual, full


def test_partyless_retelling_of_a_shooting_is_one_attack(pipe):
    doc = full(pipe, "طفل في التاسعة يقتل أخته بطلق ناري بسبب لعبة\n\n"
                     "وقالت الشرطة إن الطفل جلب، مساء السبت، مسدسا بعدما رفضت أخته أن تعطيه اللعبة. "
                     "وأطلق عليها النار من الخلف لتخترق الرصاصة دماغها.\n"
                     "وأعلن مسؤول بالشرطة المحلية الأحد مقتل الطفلة متأثرة بجراحها، في مستشفى ممفيس.")
    assert len(factual(doc, "ASSAULT")) <= 1


def test_residents_shaken_by_the_blast_is_no_second_attack(pipe):
    doc = full(pipe, "ثمانية قتلى في انفجار مصنع ذخيرة بجنوب أفريقيا\n\n"
                     "لقي ثمانية أشخاص على الاقل مصرعهم في جنوب أفريقيا الاثنين، إثر انفجار لم تحدد طبيعته في مصنع "
                     "للذخيرة قرب مدينة الكاب جنوب غرب البلاد.\n"
                     "وأفاد سكان البلدة أن منازلهم اهتزت جراء الانفجار.")
    assert len(factual(doc, "ASSAULT")) <= 1


def test_sanctions_in_force_are_no_sanction_event(pipe):
    doc = full(pipe, "ترامب يعدد مكاسبه من لقاء كيم\n\n"
                     "إلا أن ترامب قال إن العقوبات الأميركية المفروضة على كوريا الشمالية، ستبقى حتى تتخلى الأخيرة عن "
                     "ترسانتها النووية.")
    assert not factual(doc, "SANCTION")


def test_topic_sanctions_after_hawla_are_no_sanction_event(pipe):
    doc = full(pipe, "موسكو تتوعد بالرد\n\n"
                     "وحول العقوبات الأمريكية على روسيا، أعلنت المتحدثة باسم الخارجية الأمريكية، هيذر نويرت، أن بلادها "
                     "ستواصل الضغط.")
    assert not factual(doc, "SANCTION")


def test_sanctions_with_their_imposing_in_a_relative_clause_stay():
    from marsad.lang.ar import tokenize
    from marsad.events.stage import _sanctions_in_force
    toks = tokenize("ففي تعليقه على العقوبات الجديدة التي فرضها ترامب على أنقرة الجمعة")
    ts = next(i for i, t in enumerate(toks) if t.norm == "العقوبات")
    assert not _sanctions_in_force(toks, ts, ts + 1)
    toks = tokenize("دعا بومبيو حلفاء بلاده إلى إنجاح العقوبات الاقتصادية التي فرضتها بلاده على إيران")
    ts = next(i for i, t in enumerate(toks) if t.norm == "العقوبات")
    assert not _sanctions_in_force(toks, ts, ts + 1)
    toks = tokenize("بضمان ألا تؤثر العقوبات على إيران على المساعدات الإنسانية")
    ts = next(i for i, t in enumerate(toks) if t.norm == "العقوبات")
    assert _sanctions_in_force(toks, ts, ts + 1)

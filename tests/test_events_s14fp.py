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

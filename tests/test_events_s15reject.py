"""Refusals and threats (session 15, track s15reject): alarms and alarm devices (صافرات الإنذار، إنذار خاطئ، إنذار
بوجود قنبلة) are no threat. Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_sirens_are_no_threat(pipe):
    doc = full(pipe, "ودوت صافرات الإنذار ليلة الاثنين والثلاثاء جنوب إسرائيل وهرع السكان للمخابئ، وذكر الجيش أن غالبية "
                     "القذائف قد تم التصدي لها.", published="2018-05-29T12:00")
    assert not factual(doc, "THREATEN")


def test_alarm_noun_takes_no_addressee_from_the_story(pipe):
    doc = full(pipe, "اعتقلت الشرطة السويسرية شابا أفغانيا يبلغ من العمر 21 عاما الجمعة في مدينة برن إثر إنذار بوجود "
                     "قنبلة في كنيسة.", published="2018-03-03T12:00")
    assert not factual(doc, "THREATEN")

"""Names the entity stage missed, which cost events their parties (session 18, track s18names): a compound given
name written apart (عبد + a divine name: عبد السلام، عبد الباسط), a name behind a one-letter preposition (لجينا
هاسبيل), a transliterated first name before a lone given name after a title (مورفي بول), and a KB name behind a
preposition after a title, which is not the title's holder (سيجمع الرئيس الأمريكي بكيم جونغ أون)."""
from __future__ import annotations

import pytest

from marsad.entities import words as _words
from conftest import entities_of, entity_stage, factual, full, party

pytestmark = pytest.mark.skipif(not _words.available(), reason="the name rules need simplemma's dictionary")

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def _persons(ents):
    return {m["text"]: e for e in ents if e["type"] == "PERSON" for m in e["mentions"] if m.get("kind") == "name"}


def test_abd_and_a_divine_name_after_a_rank(stage):
    # a brigadier named with the compound عبد السلام (السلام alone is a common word)
    ps = _persons(entities_of(stage, "صرح العميد الركن عبد السلام الشحي، وهو قائد قوات التحالف، بأن القوات تقدمت."))
    assert "عبد السلام الشحي" in ps
    ps = _persons(entities_of(stage, "وقال العميد عبد السلام الشامي إن القوات تقدمت نحو المدينة."))
    assert "عبد السلام الشامي" in ps


def test_given_name_then_abd_compound_is_one_person(stage):
    ps = _persons(entities_of(stage, "أعلنت الهيئة إلقاء القبض على هشام عبد الباسط الذي كان يشغل منصب محافظ المنوفية."))
    assert "هشام عبد الباسط" in ps
    # the divine name is not trimmed off as a stop word
    ps = _persons(entities_of(stage, "طالب المحتجزون بإطلاق سراح صلاح عبد السلام، آخر منفذي هجمات باريس."))
    assert "صلاح عبد السلام" in ps and "صلاح عبد" not in ps


def test_arrest_of_a_person_named_with_a_compound_has_its_recipient(pipe):
    doc = full(pipe, "وكانت هيئة الرقابة الإدارية أعلنت إلقاء القبض على هشام عبد الباسط الذي كان يشغل منصب محافظ "
                     "المنوفية.")
    ev = factual(doc, "COERCE")
    assert any("هشام عبد الباسط" in party(doc, e["recipients"]) for e in ev)


def test_name_after_the_preposition_lam_is_a_party(pipe):
    doc = full(pipe, "عبّر جيمس كلابر، الرئيس الأسبق لوكالة الاستخبارات الأمريكية، عن دعمه لجينا هاسبيل التي رشحها "
                     "الرئيس الأمريكي لرئاسة الوكالة.")
    ev = factual(doc, "SUPPORT")
    assert any("هاسبيل" in party(doc, e["recipients"]) for e in ev)
    ps = _persons(doc["entities"])
    assert "جينا هاسبيل" in ps and "لجينا هاسبيل" not in ps


def test_preposition_on_a_common_noun_ends_and_starts_no_name(stage):
    ps = _persons(entities_of(stage, "وحكم على الجندي بالسجن لقتله عبد الفتاح الشريف برصاصة في الرأس."))
    assert "عبد الفتاح الشريف" in ps and not any("برصاصة" in k for k in ps)
    ps = _persons(entities_of(stage, "وجهت محكمة في كوالا لمبور تهمة الفساد لعبد الرزاق لقبوله رشاوى بملايين اليوروهات."))
    assert not any("بملايين" in k for k in ps)
    assert "عبد الرزاق" in ps


def test_kb_name_behind_a_preposition_is_not_the_titles_holder(stage):
    ents = entities_of(stage, "نعلق آمالا كبيرة على اللقاء الذي سيجمع الرئيس الأمريكي بكيم جونغ أون.")
    kim = _persons(ents)["كيم جونغ أون"]
    assert "President" not in kim["roles"]
    assert any(e["type"] == "PERSON" and e["country"] == "USA" and
               any(m["text"] == "الرئيس الأمريكي" for m in e["mentions"]) for e in ents)
    ents = entities_of(stage, "وأكد المحامي الشخصي لترامب، مايكل كوهين، أنه دفع المبلغ سرا.")
    for e in ents:
        if e["type"] == "PERSON" and "ترامب" in [m["text"] for m in e["mentions"]]:
            assert "Lawyer" not in e["roles"]


def test_foreign_first_name_before_a_lone_given_name_after_a_definite_title(stage):
    # Baton Rouge's police chief Murphy Paul: مورفي (no dictionary word) is his first name, not the office's complement
    ps = _persons(entities_of(stage, "وقال قائد الشرطة مورفي بول، في مؤتمر صحفي الجمعة، إن الضابط طرد."))
    assert "مورفي بول" in ps
    # (an indefinite office in construct still takes the foreign word as its complement: وزير بريكسيت | ديفيد ديفيس)
    ps = _persons(entities_of(stage, "وقال وزير بريكسيت ديفيد ديفيس إن الحكومة ستنشر خطتها."))
    assert "ديفيد ديفيس" in ps

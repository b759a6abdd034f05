"""Dual and plural office titles with their states (events.parties._dual_title, data/title_duals.tsv): two officials
named at once by a dual or plural title, its genitive and two demonyms joined by و or a plural demonym are one party
per state (the office's, with the title's sector), a named person after a demonym keeps his name. Short news-style
sentences (real phrasing)."""
from __future__ import annotations

from conftest import full, party
from evhelpers import of_type


def _countries(doc, ids):
    ents = {e["id"]: e for e in doc["entities"]}
    return [ents[i].get("country") for i in ids]


def _sectors(doc, ids):
    ents = {e["id"]: e for e in doc["entities"]}
    return [ents[i].get("sector") for i in ids]


def test_dual_title_with_a_plural_demonym_is_one_state_s_office(pipe):
    doc = full(pipe, "أمر الرئيس التركي رجب طيب أردوغان بتجميد أصول لوزيري الداخلية والعدل الأمريكيين في تركيا.")
    ev = of_type(doc, "SANCTION")
    assert ev and "أردوغان" in party(doc, ev[0]["actors"])
    assert _countries(doc, ev[0]["recipients"]) == ["USA"]
    assert "وزيري الداخلية والعدل الأمريكيين" in party(doc, ev[0]["recipients"])  # (not the bare demonym)
    assert _sectors(doc, ev[0]["recipients"]) == ["GOV"]


def test_indefinite_plural_title_and_demonym(pipe):
    doc = full(pipe, "وفرضت الولايات المتحدة عقوبات على وزيرين تركيين بسبب استمرار اعتقال القس الأمريكي.")
    ev = of_type(doc, "SANCTION")
    assert ev and _countries(doc, ev[0]["recipients"]) == ["TUR"]
    assert "وزيرين تركيين" in party(doc, ev[0]["recipients"])


def test_two_demonyms_each_with_his_name(pipe):
    doc = full(pipe, "واتفق وزيرا الدفاع الأمريكي جيم ماتيس والتركي نور الدين جانيكلي على خارطة الطريق في منبج.")
    ev = of_type(doc, "AGREE")
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "ماتيس" in sides and "جانيكلي" in sides
    assert sorted(_countries(doc, ev[0]["actors"] + ev[0]["recipients"])) == ["TUR", "USA"]


def test_dual_title_two_demonyms_one_party_each(pipe):
    doc = full(pipe, "وأجرى الزعيمان الروسي والإسرائيلي سلسلة اجتماعات في الأشهر الأخيرة.")
    ev = of_type(doc, "CONSULT")
    assert ev and sorted(_countries(doc, ev[0]["actors"] + ev[0]["recipients"])) == ["ISR", "RUS"]


def test_a_list_of_states_after_a_plural_title_is_not_cut(pipe):
    # (المملكة is no demonym: the list it opens stays the states', not "leaders of the UAE and Kuwait")
    doc = full(pipe, "وصل العاهل الأردني الملك عبد الله الثاني إلى السعودية حيث من المقرر أن يلتقي مساء الأحد قادة "
                     "المملكة والإمارات العربية المتحدة والكويت لمناقشة الأزمة الاقتصادية.")
    assert not any("قادة" in party(doc, e["actors"] + e["recipients"]) for e in doc["events"])


def test_plural_title_takes_no_word_as_a_name(pipe):
    doc = full(pipe, "أكدت إدارة الرئيس الأميركي دونالد ترامب إغلاق البعثة الفلسطينية في واشنطن متهمة القادة "
                     "الفلسطينيين بعدم إجراء مفاوضات مباشرة مع إسرائيل.")
    assert not any(e.get("name_ar") == "بعدم" for e in doc["entities"])


def test_president_as_an_accusative_is_no_dual(pipe):
    doc = full(pipe, "وانتخب البرلمان العراقي محمد الحلبوسي رئيسا للبرلمان العراقي الجديد.")
    assert not any("رئيسا" in party(doc, e["actors"] + e["recipients"]) for e in doc["events"])


def test_dual_forms():
    from marsad.events.parties import _dual_base

    assert _dual_base("لوزيري") == "وزير" and _dual_base("والرييسين") == "الرييس"
    assert _dual_base("للوزيرين") == "الوزير" and _dual_base("وزيرتا") == "وزيره"
    assert _dual_base("الوزراء") is None and _dual_base("الرييسي") is None

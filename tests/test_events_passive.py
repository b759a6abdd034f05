"""A bare past verb of harm, arrest or accusation (اعتقل، قتل، اغتيل، اتهم) is often a passive in unvocalised Arabic:
with one party after it that is the kind that undergoes such acts and no object after that party, the party underwent
the act; it is never the act's author. Objects after the party keep the active reading."""
from __future__ import annotations

from conftest import entity_names, factual, full


def _names(doc, ids):
    return set().union(*(entity_names(doc, [i]) for i in ids)) if ids else set()


def test_killed_nationals_are_victims_not_attackers(pipe):
    doc = full(pipe, "قتل فلسطينيان وأصيب آخر بجروح بالغة، في قصف إسرائيلي على قطاع غزة صباح الأحد.")
    ev = factual(doc, "ASSAULT")
    assert ev
    for e in ev:
        assert "فلسطينيان" not in _names(doc, e["actors"])
    assert any("فلسطينيان" in _names(doc, e["recipients"]) for e in ev)


def test_arrested_person_is_not_the_arrester(pipe):
    for text in ("قضت محكمة مصرية بسجن المصور الصحفي محمود أبو زيد خمس سنوات. واعتقل محمود أبو زيد في أغسطس 2013 "
                 "أثناء تغطيته فض اعتصام رابعة العدوية.",
                 "واعتقلت الناشطة لجين الهذلول في مايو الماضي مع عدد من الناشطات.",
                 "واغتيل الصحفي جمال خاشقجي في قنصلية بلاده في إسطنبول."):
        doc = full(pipe, text)
        for e in doc["events"]:
            if e["type"] in ("COERCE", "ASSAULT"):
                names = _names(doc, e["actors"])
                assert not names & {"محمود أبو زيد", "لجين الهذلول", "جمال خاشقجي", "Jamal Khashoggi"}, (text, e)


def test_accused_with_the_charge_after_it_is_not_the_accuser(pipe):
    for text in ("وتوعد ترامب بالرد على الهجوم الكيميائي الذي اتهم النظام السوري بشنه في الغوطة الشرقية.",
                 "وقتل أكثر من 200 ألف شخص في الحرب، واتهم النظام السوري باستخدام الأسلحة الكيماوية.",
                 "واتهم محمد مرسي بالتخابر مع حركة حماس."):
        doc = full(pipe, text)
        for e in factual(doc, "ACCUSE"):
            assert not _names(doc, e["actors"]) & {"النظام السوري", "محمد مرسي", "Mohamed Morsi"}, (text, e)


def test_an_object_after_the_party_keeps_the_active_reading(pipe):
    cases = [("اعتقلت الشرطة ثلاثة متظاهرين في القاهرة أمس.", "COERCE", "الشرطة"),
             ("قتل الجيش 5 مسلحين في سيناء.", "ASSAULT", "الجيش"),
             ("اعتقل الأمن التركي صحفيا في إسطنبول.", "COERCE", "الأمن التركي"),
             ("واعتقل أردوغان صحفيين.", "COERCE", "أردوغان"),
             ("واتهم مادورو كولومبيا بالضلوع في المحاولة.", "ACCUSE", "مادورو"),
             ("واتهم الجبير، في مقابلة مع بي بي سي، الحوثيين في اليمن بتجنيد أطفال.", "ACCUSE", "الجبير")]
    for text, typ, actor in cases:
        doc = full(pipe, text)
        ev = factual(doc, typ)
        assert ev and any(any(actor in n for n in _names(doc, e["actors"])) for e in ev), (text, ev)


def test_a_dropped_subject_acts_on_the_one_party_after_the_verb(pipe):
    # "...، واعتقلت تونسيا مشتبها به": the police of the first clause arrested; the Tunisian is arrested
    doc = full(pipe, "أحبطت الشرطة الألمانية هجوما بمادة كيمياوية في مدينة كولونيا، واعتقلت تونسيا مشتبها به.")
    ev = factual(doc, "COERCE")
    assert ev and all("تونسيا" not in _names(doc, e["actors"]) for e in ev)
    assert any("تونسيا" in _names(doc, e["recipients"]) for e in ev)


def test_the_antecedent_of_a_relative_clause_accuses(pipe):
    doc = full(pipe, "منافية بذلك تصريحات رئيسة الوزراء البريطانية، تيريزا ماي، التي اتهمت فيها موسكو بمحاولة قتل "
                     "الجاسوس السابق وابنته.")
    ev = factual(doc, "ACCUSE")
    assert ev and any("موسكو" in _names(doc, e["recipients"]) for e in ev)
    assert all("موسكو" not in _names(doc, e["actors"]) for e in ev)


def test_the_wounded_before_an_attack_noun_is_not_its_author(pipe):
    # "وأصيب الصحفي ... ياسر مرتجى برصاص قناص": the title and the name are one party, wounded by the sniper's fire
    for text, victim in (("وأصيب الصحفي الفلسطيني ياسر مرتجى برصاص قناص إسرائيلي شرق مدينة غزة.", "ياسر مرتجى"),
                         ("وأصيب الشاب محمد برصاص قناص إسرائيلي شرق مدينة غزة.", "محمد")):
        doc = full(pipe, text)
        for e in factual(doc, "ASSAULT"):
            assert victim not in _names(doc, e["actors"]), (text, e)

"""Review of the thirteenth session's code (s13breview): module names defined twice, whose later definition had
silently replaced the earlier one (stage._CLAUSE_OPENERS, stage._DECISION_NOUNS), and the word lists moved to
data/wordsets.tsv."""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import factual, full, party


def _doubly_defined(path: Path) -> list:
    """Module-level names assigned (or defined) more than once in the module at ``path``."""
    seen, twice = set(), []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        twice += [n for n in names if n in seen]
        seen.update(names)
    return twice


def test_no_module_name_of_the_event_coder_is_defined_twice():
    import marsad.events

    root = Path(marsad.events.__file__).parent
    found = {p.name: t for p in sorted(root.glob("*.py")) if (t := _doubly_defined(p))}
    assert not found, found


def test_the_two_sets_of_clause_openers_are_distinct():
    from marsad.events import stage

    assert "بان" in stage._PHRASE_OPENERS and "بان" not in stage._CLAUSE_OPENERS
    assert stage._CLAUSE_OPENERS <= stage._PHRASE_OPENERS  # (_opens_clause reads both: بعدما، عندما too)


def test_attack_verb_after_a_complementizer_opens_its_clause(pipe):
    # _opens_clause reads أن/بأن again: the subject after بأن opens the clause of its verb of attack
    doc = full(pipe, "أفادت مصادر محلية في جبهة الساحل الغربي بأن ميليشيات الحوثي اقتحمت منازل المواطنين في مديرية "
                     "الدريهمي جنوب مدينة الحديدة.")
    ev = factual(doc, "ASSAULT")
    assert ev, doc["events"]
    assert any("الحوثي" in party(doc, e["actors"]) for e in ev), doc["events"]


def test_attack_verb_after_bada_ma_keeps_its_clause_opening(pipe):
    # ... and the adverbs of the other set still open it (بعدما)
    doc = full(pipe, "وتحولت احتجاجات عند حدود قطاع غزة الاثنين إلى واحد من أدمى الأيام بالنسبة للفلسطينيين في السنوات "
                     "الأخيرة بعدما قتلت القوات الإسرائيلية 60 شخصا وفقا لبيانات مسؤولي وزارة الصحة الفلسطينية.")
    assert any("ISR" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_withdrawal_named_after_an_announcement_is_no_retreat_from_the_withdrawer(pipe):
    # a decision noun (إعلان) before the act noun decides it: no RETREAT with the withdrawing state as its recipient
    doc = full(pipe, "أعلنت كل من فرنسا وألمانيا وبريطانيا الثلاثاء التزامهم باستمرار تنفيذ الاتفاق النووي الإيراني "
                     "الذي وقع العام 2015 رغم إعلان الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة منه مساء "
                     "الثلاثاء.")
    assert not any("USA" in party(doc, e["recipients"]) for e in doc["events"] if e["type"] == "RETREAT"), doc["events"]


def test_moved_word_lists_read_from_wordsets():
    from marsad.events import control, critics, judicial, material, parties, stage

    assert {"تمكن", "نجحت", "استطاعوا"} <= stage._ACHIEVED
    assert "باستطاعه" in stage._ABILITY and isinstance(stage._ABILITY, tuple)
    assert {"طايرات", "مدفعيه"} <= stage._CRAFT
    assert {"مطار", "منشاه", "ثكنات"} <= stage._STRUCK_SITES
    assert "سيتم" in stage._PASSIVE_AUX and "سيتم" not in judicial._PASSIVE_AUX and "وجري" in judicial._PASSIVE_AUX
    assert {"غاره", "اسناد"} <= control._ALLY_ATTACKS
    assert critics._DESPITE == {"رغم", "الرغم", "برغم"}
    assert "الرسميه" in critics._SPOKES_ADJ
    assert "اطلق" in material._LAUNCH_STEMS
    assert {"الاولي", "وهو"} <= parties._NOT_LATTER_BEFORE

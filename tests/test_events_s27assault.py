"""ASSAULT, session 27: the author of an attack named by its fighters with a clitic preposition (هجوم لعناصر حزب
العمال), and an attack told as answering another attack kept apart from the attack it answers when the sides are
reversed (شن غارات ... ردا على الهجوم). Sentences in the corpus's wording (the corpus tells these in Turkish army
and PKK stories: "وتأتي الغارات بعد هجوم لعناصر من حزب العمال"، "تجمعات لعناصر #ميليشيات_الحوثي")."""
from __future__ import annotations

from conftest import full, sides
from evhelpers import side_pairs

from marsad.events import stage as S


def _ev(sentence, trigger):
    i = sentence.index(trigger)
    return {"sentence": sentence, "start": 0, "trigger": {"start": i, "end": i + len(trigger)}}


def test_answering_cue_after_the_attack():
    assert S._answers_attack(_ev("وأضاف البيان أن الجيش التركي شن غارات جوية بعد الهجوم دمر خلالها مواقع", "شن غارات"))
    assert S._answers_attack(_ev("قتلت قوات الأمن الإندونيسية، الأربعاء، أربعة مسلحين بعد هجوم على مركز للشرطة",
                                 "قتلت"))
    assert S._answers_attack(_ev("قصفت الطائرات مواقع المسلحين انتقاما لمقتل الجنود", "قصفت"))
    assert S._answers_attack(_ev("شنت مقاتلات تركية غارات على مواقع الحزب في شمال العراق ردا على الهجوم.", "شنت"))


def test_no_answering_cue():
    assert not S._answers_attack(_ev("قصفت الطائرات مواقع الحوثيين في صعدة بعد منتصف الليل", "قصفت"))
    assert not S._answers_attack(_ev("وأعادت باكستان العمل بعقوبة الإعدام بعد منتصف العام", "الإعدام"))


def test_clitic_member_head():
    class T:
        def __init__(self, w):
            self.norm, self.start, self.end = w, 0, 0
    toks = [T(w) for w in ("تجمعات", "لعناصر", "ميليشيات", "الحوثي")]
    assert S._clitic_member_head("", toks, 2) == 1
    toks = [T(w) for w in ("هجوم", "لعناصر", "من", "حزب", "العمال")]
    assert S._clitic_member_head("", toks, 3) == 1
    toks = [T(w) for w in ("هجوم", "لمدينه", "حزب")]
    assert S._clitic_member_head("", toks, 2) is None


def test_attack_by_fighters_with_a_clitic_preposition(pipe):
    doc = full(pipe, "أعلن الجيش التركي أن جنديين قتلا في هجوم لعناصر حزب العمال الكردستاني في ولاية هكاري جنوب شرقي البلاد.")
    assert any("PKK" in a or "Kurdistan" in a for a, r in side_pairs(doc, "ASSAULT"))
    assert not any("Kurdistan" in r and "PKK" not in a and "Kurdistan" not in a for a, r in side_pairs(doc, "ASSAULT"))


def test_an_attack_and_the_strikes_answering_it_are_two(pipe):
    doc = full(pipe, "أعلن الجيش التركي أن جنديين قتلا في هجوم لعناصر حزب العمال الكردستاني في ولاية هكاري جنوب شرقي البلاد.\n"
                     "وقال الجيش إن مقاتلات تركية شنت غارات جوية على مواقع حزب العمال الكردستاني في شمال العراق ردا على الهجوم.")
    pairs = side_pairs(doc, "ASSAULT")
    assert any("Kurdistan" in a for a, r in pairs)  # the PKK's attack on the soldiers
    assert any("Kurdistan" in r for a, r in pairs)  # the Turkish strikes on the PKK


_TWO_FRONTS = ("تمكن الجيش الوطني اليمني من اقتحام مطار الحديدة من الجهة الجنوبية الغربية، مما سمح بالسيطرة النارية على "
               "الطريق الذي يربط الحديدة بصنعاء، وبالتالي قطع إمدادات ميليشيات الحوثي، فيما نفذت مقاتلات تحالف دعم "
               "الشرعية في اليمن غارات مكثفة على مواقع الانقلابيين في منطقة المطار.")


def test_two_authors_across_a_contrast_clause_are_two_attacks(pipe):
    doc = full(pipe, _TWO_FRONTS, "2018-06-18T10:00")
    authors = [a for a, r in side_pairs(doc, "ASSAULT")]
    assert any("Yemeni Army" in a and "coalition" not in a for a in authors)
    assert any("coalition" in a and "Yemeni Army" not in a for a in authors)


def test_operations_going_on_are_an_attack(pipe):
    # (the corpus: "تواصل قوات الأمن الأردنية عملياتها المكثفة في مدينة السلط"، "واصلت قوات الجيش الوطني والتحالف
    # عملياتها ضد الميليشيات"; the target is the story's enemy, enemies.story_enemy)
    doc = full(pipe, "وتواصل قوات الجيش الوطني عملياتها في مديرية حيس جنوب الحديدة، فيما شنت مقاتلات التحالف غارات على "
                     "مواقع ميليشيات الحوثي في صعدة.", "2018-07-16T10:00")
    assert any(e["trigger"]["text"] == "عملياتها" and "Yemeni Army" in a and "Houthi" in r
               for a, r, e in sides(doc, "ASSAULT"))


def test_operations_not_governed_by_a_verb_of_going_on(pipe):
    doc = full(pipe, "وقالت الوزارة إن عملياتها في المنطقة تهدف إلى حماية المدنيين.")
    assert not any(e["trigger"]["text"] == "عملياتها" for e in doc["events"])

"""ASSAULT recall, session 26 (battle reports of Arabic news): a clash between a bare force word and the body it heads
and another side (بين قوات الجيش اليمني وميليشيا الحوثي), the fronts of a battle report kept as separate attacks, and an
army's operation whose target is the armed group of its own country the story fights."""
from __future__ import annotations

from conftest import full, sides
from evhelpers import side_pairs


def test_clash_between_a_force_word_and_two_named_bodies(pipe):
    doc = full(pipe, "اندلعت مواجهات بين قوات الجيش اليمني وميليشيا الحوثي في جبهة الضباب غربي محافظة تعز.")
    assert any("Yemeni Army" in a and "Houthi" in r for a, r in side_pairs(doc, "ASSAULT"))


def test_clash_between_sides_after_commas(pipe):
    doc = full(pipe, "اندلعت مواجهات ضارية، بين قوات الجيش اليمني، وميليشيا الحوثي في الخطوط الأمامية لجبهة الضباب.")
    assert any("Yemeni Army" in a and "Houthi" in r for a, r in side_pairs(doc, "ASSAULT"))


_REPORT = ("قتلى من ميليشيا الحوثي في هجوم مباغت غربي تعز\n\n"
           "شنت وحدات الجيش اليمني هجومًا مباغتًا على مواقع ميليشيا الحوثي الإيرانية في جبهة مقبنة غربي محافظة تعز.\n"
           "وأسفر الهجوم عن سقوط قتلى وجرحى في صفوف عناصر الميليشيا.\n"
           "وفي السياق، اندلعت مواجهات ضارية، بين قوات الجيش اليمني، وميليشيا الحوثي في الخطوط الأمامية لجبهة الضباب "
           "غربي محافظة تعز.")


def test_another_front_of_a_battle_report_is_another_attack(pipe):
    doc = full(pipe, _REPORT, "2018-08-13T21:48")
    ev = [e for a, r, e in sides(doc, "ASSAULT") if "Yemeni Army" in a and "Houthi" in r]
    assert len(ev) == 2  # the raid on Maqbana and the clash on the Dabab front; "وأسفر الهجوم" is the raid again


def test_retold_attack_stays_one(pipe):
    doc = full(pipe, "مقتل مسلح\n\nقتلت الشرطة المسلح الذي هاجم المتجر، الجمعة.\n"
                     "وقال المدعي العام إن الشرطة اعتقلت امرأة على صلة بالمسلح قبل أن تقتله الشرطة.")
    assert len([1 for a, r, e in sides(doc, "ASSAULT") if "الشرطة" in a and "المسلح" in r]) <= 1


def test_army_takes_positions_from_the_stories_enemy(pipe):
    doc = full(pipe, "اليمن.. تعزيزات الشرعية تتواصل\n\n"
                     "واصلت مقاتلات التحالف استهداف تحركات وآليات عسكرية لميليشيات الحوثي في مناطق جنوب الحديدة.\n"
                     "وفي جبهة حرض بمحافظة حجة سيطرت قوات الشرعية على عدد من المواقع في وادي حيران.", "2018-07-16T12:00")
    assert any("Yemeni Army" in a and "Houthi" in r for a, r in side_pairs(doc, "ASSAULT"))

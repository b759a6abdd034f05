"""Session 21, track s21enemy: a party named only as the armed author's backer (بإسناد من، بدعم، ضمن التحالف) is its
ally, never the target of its attack or siege (enemies.drop_ally_targets), and it joins the author's side when the
story's enemy is sought (enemies.story_enemy); a wide operation launched (تشن عملية واسعة) is a military operation.
Sentences in the phrasing of the 2018 news corpus (not the development gold's)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


def test_backer_is_no_target_of_a_siege(pipe):
    # (before: the coalition, named after بدعم من, read as the besieged side)
    doc = full(pipe, "وتحاصر قوات الجيش الوطني، بدعم من التحالف العربي، عناصر ميليشيات الحوثي في مركز مديرية حيس.",
               published="2018-04-10T12:00")
    assert not any("coalition" in party(doc, e["recipients"]) for e in factual(doc, "COERCE")), doc["events"]
    assert between(doc, "COERCE", "Yemeni Army", "Houthi"), doc["events"]


def test_backer_is_no_target_of_a_storming(pipe):
    # (before: the coalition, named after بإسناد من, read as the stormed side)
    doc = full(pipe, "واقتحمت قوات المقاومة اليمنية المشتركة، بإسناد من التحالف العربي، الخميس، مواقع ميليشيات الحوثي "
                     "في مديرية التحيتا.", published="2018-07-06T12:00")
    assert not any("coalition" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_wide_operation_aimed_at_the_enemy_of_its_backer(pipe):
    # (before: no event; the operation's author has no attack of its own in the story, its backer has)
    doc = full(pipe, "عنوان\n\nوقالت مصادر عسكرية إن قوات الجيش الوطني التي تشن عملية واسعة في جبهة نهم، بإسناد ومشاركة "
                     "مقاتلات التحالف العربي، باتت على مشارف العاصمة صنعاء.\nوكانت مقاتلات التحالف العربي قد شنت غارات على "
                     "مواقع وتجمعات ميليشيات الحوثي في مديرية نهم.", published="2018-04-10T12:00")
    assert between(doc, "ASSAULT", "Yemeni Army", "Houthi"), doc["events"]


def test_wide_operation_against_militants(pipe):
    doc = full(pipe, "وزار الرئيس قاعدة جوية في سيناء حيث ينفذ الجيش والشرطة حملة واسعة ضد متشددين.",
               published="2018-03-23T12:00")
    assert factual(doc, "ASSAULT"), doc["events"]


def test_wide_operation_not_launched_is_no_attack(pipe):
    doc = full(pipe, "وقال مسؤول في الشرطة إن القرصنة جزء من عملية واسعة تشمل رسائل مزيفة.", published="2018-04-10T12:00")
    assert not factual(doc, "ASSAULT"), doc["events"]


def test_bare_forces_fight_the_armed_group_of_a_two_sided_story(pipe):
    # (before: the bare force's taking of ground had no target and was vetoed)
    doc = full(pipe, "عنوان\n\nوشنت مقاتلات التحالف العربي غارات على مواقع ميليشيات الحوثي في مديرية حيس.\nوبسطت القوات "
                     "سيطرتها على مواقع جديدة جنوب مدينة الحديدة بعد معارك عنيفة.", published="2018-06-10T12:00")
    assert any("Houthi" in party(doc, e["recipients"]) and "coalition" not in party(doc, e["actors"])
               for e in factual(doc, "ASSAULT")), doc["events"]


def test_bare_forces_in_a_story_of_two_wars_have_no_enemy(pipe):
    doc = full(pipe, "عنوان\n\nوشنت مقاتلات التحالف العربي غارات على مواقع ميليشيات الحوثي في مديرية حيس.\nوقصفت القوات "
                     "التركية مواقع حزب العمال الكردستاني شمالي العراق.\nوبسطت القوات سيطرتها على مواقع جديدة بعد معارك "
                     "عنيفة.", published="2018-06-10T12:00")
    assert not any(e["trigger"]["text"].endswith("بسطت") for e in factual(doc, "ASSAULT")), doc["events"]

"""Missed material events (session 15, track s15material): an armed force's operation told without its target is aimed
at the one enemy the story's other attacks give it (events/enemies.py), and liberating ground (تحرير، حرر) is taken
ground like a recapture, its target the side after من (events/control.py). Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def _at(doc, ev, word):
    return word in ev["trigger"]["text"]


def test_operation_without_target_takes_the_enemy_of_the_story(pipe):
    doc = full(pipe, "المقاومة اليمنية تتصدى لهجوم حوثي على التحيتا\n\n"
                     "تصدت قوات المقاومة اليمنية المشتركة، بدعم التحالف العربي، الأربعاء، لهجومين شنهما الحوثيون على شرقي "
                     "وغربي مديرية التحيتا.\n"
                     "وأسفر عملية صد الهجوم  غربي التحيتا عن مقتل 7 من عناصر ميليشيات الحوثي الموالية لإيران وجرح العديد "
                     "منهم، واضطرت ميليشيات الحوثي إلى سحب جثث قتلاها والجرحى نحو منطقة المزارع، تحت قصف قوات المقاومة.\n"
                     "من جانبها، نفذت طائرات الأباتشي، التابعة للتحالف العربي، غارات على تحركات للميليشيات وهو ما أدى إلى "
                     "تراجعها خلال محاولة هجومها شرقي التحيتا.", published="2018-07-18T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if _at(doc, e, "قصف")]
    assert ev and "الحوثي" in party(doc, ev[0]["recipients"])


def test_no_enemy_without_a_sided_attack_in_the_story():
    from marsad.events.enemies import story_enemy

    by_id = {"a": {"type": "ORG", "sector": "MIL"}, "b": {"type": "ORG", "sector": "REB"},
             "c": {"type": "ORG", "sector": "REB"}}
    cand = {"type": "ASSAULT", "actors": ["a"], "recipients": [], "negated": False, "hypothetical": False,
            "_weak": True, "trigger": {"text": "هجوما"}}
    # two enemies of the force in the story: no target is guessed
    sided = [{"type": "ASSAULT", "actors": ["a"], "recipients": ["b"], "negated": False, "hypothetical": False},
             {"type": "ASSAULT", "actors": ["c"], "recipients": ["a"], "negated": False, "hypothetical": False}]
    assert cand not in story_enemy(list(sided), [dict(cand)], by_id)
    out = story_enemy(sided[:1], [dict(cand)], by_id)
    assert len(out) == 2 and out[1]["recipients"] == ["b"] and not out[1]["_weak"]


def test_liberation_from_the_grip_of_a_group_is_an_attack_on_it(pipe):
    doc = full(pipe, "وتمكنت قوات النخبة الحضرمية من تحرير الوادي بالكامل من أيادي عناصر تنظيم القاعدة الأمر الذي كبد "
                     "التنظيم العشرات من القتلى.")
    ev = [e for e in factual(doc, "ASSAULT") if _at(doc, e, "تحرير")]
    assert ev and "النخبة" in party(doc, ev[0]["actors"]) and "القاعدة" in party(doc, ev[0]["recipients"])


def test_liberating_a_city_told_by_the_verb(pipe):
    doc = full(pipe, "حفتر يعلن سيطرته على درنة\n\nأعلن القائد العسكري الليبي، خليفة حفتر، سيطرة قواته المعروفة باسم "
                     "\"الجيش الوطني الليبي\" على مدينة درنة الساحلية بشكل كامل، وقال في خطاب بثه التليفزيون، مساء الخميس، "
                     "إن قواته \"حررت درنة بالكامل\".", published="2018-06-29T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if "درنة" in party(doc, e["recipients"])]
    assert ev


def test_liberation_of_purpose_or_in_a_battle_name_is_no_act(pipe):
    for text in ("أعلن المشير خليفة حفتر الاثنين بدء عملية عسكرية لتحرير مدينة درنة الخاضعة لسيطرة جماعات جهادية.",
                 "وكانت ميليشيات الحوثي، قد نهبت، مع بدء معركة تحرير مدينة الحديدة، بضائع وحاويات تابعة لعدة تجار "
                 "يمنيين في الميناء.",
                 "وقال رئيس تحرير الصحيفة إن المقال نشر كاملا."):
        doc = full(pipe, text)
        assert not [e for e in factual(doc, "ASSAULT") if _at(doc, e, "تحرير")], text


def test_armed_men_driven_out_by_a_force_is_an_attack_on_them(pipe):
    doc = full(pipe, "وأكد أن قوة من القوات المسلحة الإماراتية تمكنت من الوصول إلى منطقة الدريهمي وطرد الميليشيات الحوثية "
                     "التي خلفت وراءها الكثير من أسلحتها.")
    ev = factual(doc, "ASSAULT")
    assert ev and "ARE" in party(doc, ev[0]["actors"]) and "الحوثي" in party(doc, ev[0]["recipients"])
    assert not factual(doc, "SANCTION")


def test_driving_out_armed_men_read_as_the_subject_takes_the_force_before_it(pipe):
    doc = full(pipe, "حصلت \"سكاي نيوز عربية\" على لقطات حصرية تظهر سيطرة المقاومة اليمنية، السبت، على المنتجعات السياحية "
                     "الخاصة بمنطقة غليفقة والنخيلة والدريهمي في محافظة الحديدة بعد طرد الحوثيين الذين اتخذوها مقرات "
                     "عسكرية لهم.", published="2018-06-02T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if "طرد" in e["trigger"]["text"]]
    assert ev and "المقاومة" in party(doc, ev[0]["actors"]) and "الحوثي" in party(doc, ev[0]["recipients"])


def test_expelled_diplomats_stay_a_sanction(pipe):
    doc = full(pipe, "قالت وزارة الخارجية اليونانية إن أثينا ستطرد دبلوماسيين روس بسبب أنشطة لا تلائم وضعهم الدبلوماسي.")
    assert not factual(doc, "ASSAULT")


def test_fire_opened_told_by_the_verbal_noun_with_its_subject_in_the_genitive(pipe):
    doc = full(pipe, "توعدت السلطات الإيرانية المحتجين بسبب نقص المياه في مدينة بجنوب البلاد، فيما تتواصل الاحتجاجات وسط "
                     "تقارير عن وقوع إصابات في إطلاق الشرطة النار على المحتجين.")
    ev = [e for e in factual(doc, "ASSAULT") if "إطلاق" in e["trigger"]["text"]]
    assert ev and "الشرطة" in party(doc, ev[0]["actors"]) and "المحتج" in party(doc, ev[0]["recipients"])


def test_ceasefire_and_release_stay_no_shooting(pipe):
    for text in ("أعلنت الحكومة الكولومبية وقف إطلاق النار مع المتمردين.",
                 "طالبت المنظمة بإطلاق سراح الصحفيين المعتقلين في تركيا."):
        doc = full(pipe, text)
        assert not factual(doc, "ASSAULT"), text


def test_protest_joined_by_a_crowd_is_told_as_held(pipe):
    doc = full(pipe, "قالت منظمة مجاهدي خلق الإيرانية المعارضة، الجمعة، إن قوات مكافحة الشغب قمعت تظاهرة شارك فيها آلاف "
                     "المزارعين في مدينة ورزنه بأصفهان، للاحتجاج على امتناع النظام عن إعطائهم حصتهم المائية.",
               published="2018-03-09T19:00")
    ev = factual(doc, "PROTEST")
    assert ev and "المزارعين" in party(doc, ev[0]["actors"])


def test_crowd_dispersed_is_no_protest_of_its_own(pipe):
    doc = full(pipe, "تصاعد التوتر جنوب العراق والشرطة تفرق المحتجين بالهراوات")
    assert not [e for e in factual(doc, "PROTEST") if "المحتجين" in e["trigger"]["text"]]

"""Session 20, track s20assault: the parties of armed acts and expulsions. Gunmen "from a faction in" a group are
the group; a و written apart coordinates; a count of states named by their bloc is the bloc's members; taking
ground told with a backer between subject and object, by a verbal noun after a verb of achieving, and against the
armed side the sentence names after it; victims "killed in the attack" and a second telling by an unnamed suicide
bomber are the one attack. Sentences in the phrasing of the 2018 news corpus (not the development gold's)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


def test_gunmen_from_a_faction_in_a_group_are_the_group(pipe):
    # (before: no author; the gunmen were read apart from the group after "من فصيل في")
    doc = full(pipe, "ونقلت رويترز عن مصدر أن مسلحين من فصيل في حركة الشباب هاجم معسكرا للجيش الصومالي في إقليم شبيلي "
                     "السفلى.", published="2018-06-11T12:00")
    assert between(doc, "ASSAULT", "Shabaab", "Somali"), doc["events"]


def test_fighters_from_a_wing_in_a_group(pipe):
    # (before: the bare "مقاتلين" acted)
    doc = full(pipe, "وأفادت مصادر بأن مقاتلين من جناح في حركة طالبان هاجموا مركزا للشرطة في ولاية غزني.",
               published="2018-06-11T12:00")
    assert between(doc, "ASSAULT", "Taliban"), doc["events"]


def test_victims_killed_in_the_attack_join_it(pipe):
    # (before: a second attack, the group on the civilians, beside the one on the base)
    doc = full(pipe, "مقتل مدنيين في الصومال\n\nونقلت رويترز عن مصدر أن مسلحين من حركة الشباب هاجموا قاعدة بلعد العسكرية في إقليم شبيلي الوسطى.\n"
                     "وأعلن عنصر في ميليشيا محلية أن ستة مدنيين على الاقل قتلوا في الهجوم.", published="2018-06-11T12:00")
    hits = between(doc, "ASSAULT", "Shabaab")
    assert len(hits) == 1, doc["events"]
    assert "مدنيين" in party(doc, hits[0]["recipients"]), doc["events"]


def test_conjunction_written_apart_coordinates(pipe):
    # (before: France alone expelled)
    doc = full(pipe, "وأعلنت بريطانيا و فرنسا، الاثنين، طرد دبلوماسيين روس.", published="2018-03-26T12:00")
    hits = [e for e in factual(doc, "SANCTION") if "United Kingdom" in party(doc, e["actors"])
            and "France" in party(doc, e["actors"])]
    assert hits, doc["events"]


def test_count_of_states_of_a_bloc(pipe):
    # (before: the United States was dropped, the bloc named after "من أعضاء" read as the only subject)
    doc = full(pipe, "قررت الولايات المتحدة وكندا و 14 دولة من أعضاء الاتحاد الأوروبي طرد دبلوماسيين روس، في إطار عمل "
                     "منسق بين الدول الغربية.", published="2018-03-26T12:00")
    hits = [e for e in factual(doc, "SANCTION") if all(x in party(doc, e["actors"]) for x in
                                                       ("United States", "Canada", "European Union"))]
    assert hits, doc["events"]


def test_control_with_backer_between_subject_and_object(pipe):
    # (before: no event, the backing phrase pushed سيطرتها past the six words the verb looks at)
    doc = full(pipe, "بسطت قوات الحزام الأمني والتدخل السريع، بدعم من القوات المسلحة الإماراتية العاملة ضمن التحالف "
                     "العربي، سيطرتها الكاملة على وادي عذبه، ثاني أكبر معقل لتنظيم القاعدة بمنطقة خبر المراقشة.",
               published="2018-05-10T12:00")
    assert between(doc, "ASSAULT", "Security Belt", "Qaeda"), doc["events"]
    assert not any("coalition" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_control_against_the_side_named_after_it(pipe):
    # (before: no target; the Houthis are named as the side that suffered losses)
    doc = full(pipe, "سيطر الجيش الوطني اليمني، بإسناد من طيران التحالف، بشكل كامل على مركز مديرية التحيتا جنوب "
                     "الحديدة، بحسب المركز الإعلامي للقوات المسلحة، الذي تحدث عن خسائر بشرية ومادية كبيرة في صفوف "
                     "ميليشيات الحوثي.", published="2018-07-06T12:00")
    assert between(doc, "ASSAULT", "Yemeni", "Houthi"), doc["events"]


def test_control_no_target_past_the_clause(pipe):
    # the coalition of the second clause is the army's ally, not the side it advanced against
    doc = full(pipe, "الجيش يتقدم نحو البيضاء.. والتحالف يدمر تعزيزات حوثية", published="2018-04-03T12:00")
    assert not any("coalition" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_control_achieved_by_verbal_noun(pipe):
    # (before: no event; السيطرة after تمكنت من tells the taking done, against the holder named after الخاضعة لسيطرة)
    doc = full(pipe, "تمكنت قوات الجيش السوري من السيطرة على نصف الغوطة الشرقية، آخر المعاقل الخاضعة لسيطرة المعارضة "
                     "المسلحة بالقرب من العاصمة دمشق.", published="2018-03-07T12:00")
    assert between(doc, "ASSAULT", "Syrian Army", "المعارضة"), doc["events"]


def test_control_noun_not_an_act(pipe):
    # an aim (تسعى إلى إحكام) or a situation brought under control is no taking of ground
    for text in ("وتسعى المقاومة إلى إحكام سيطرتها على المناطق الجنوبية للتحيتا والجراحي قبل دخول مركزيهما.",
                 "ونجحت الحكومة في السيطرة على معدل التضخم الذي وصل إلى 100 في المئة."):
        doc = full(pipe, text, published="2018-06-19T12:00")
        assert not factual(doc, "ASSAULT"), (text, doc["events"])


def test_suicide_bomber_told_twice_is_one_attack(pipe):
    # (before: two attacks, one per telling of the unnamed bomber)
    doc = full(pipe, "قتلى بهجوم انتحاري في بنغازي\n\nقتل 3 من قوات الأمن في بنغازي، الأربعاء، بعد أن فجر انتحاري سيارة ملغومة كان يقودها باتجاه "
                     "مجموعة من الجنود.\nوأوضح المتحدث باسم الجيش أن مفجرا انتحاريا قتل 3 من أفراد قوات الأمن عندما "
                     "قاد سيارته الملغومة باتجاه الجنود.", published="2018-06-11T12:00")
    assert len(factual(doc, "ASSAULT")) == 1, doc["events"]

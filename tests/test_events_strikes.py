"""Attacks told again without their sides (events/strikes.py): folded into the story's sided telling of the same
attack, one event per attack; other sideless tellings stay. Real news phrasing."""
from __future__ import annotations

from conftest import factual, full

from marsad.events import strikes
from marsad.lang.ar import tokenize


def _refs(text):
    return strikes.refs_in(tokenize(text, 0, len(text)))


def test_attack_nouns_definite_and_family():
    assert ("strike", True) in _refs("وأسفر القصف، خلال الساعات الماضية، عن عشرات القتلى والجرحى.")
    assert ("attack", True) in _refs("وقال أطباء إن عدد القتلى بلغ عشرين قتيلا في الهجومين.")
    assert ("strike", True) in _refs("وقالت مصادر إن 56 حوثيا قتلوا إثر الغارات.")
    assert ("strike", True) in _refs("وأعلنت طهران مقتل سبعة من مقاتليها جراء للغارة.")  # ل + الغارة
    assert ("strike", False) in _refs("ورصد شهود عيان أكثر من 12 غارة جوية استهدفت القاعدة الجوية العسكرية.")
    assert ("strike", True) in _refs("فإن هذه غارات جاءت عقب تحركات حوثية داخل القاعدة.")


def test_another_attack_is_no_reference():
    # an attack placed before this one in time, or marked as another: not a mention of the story's attack
    assert not _refs("ويأتي الحادث بعد يوم من هجمات انتحارية نفذها متشددون.")
    assert not _refs("أما الهجوم المنفصل الثاني فوقع في منطقة خوست.")
    assert not _refs("وكان آخر تفجير قد وقع في كابل في السابع عشر من مارس.")
    assert _refs("أعلنت الشرطة اعتقال رجل بعد شنه هجوما بسلاح أبيض داخل حافلة.")  # بعد without a span of time


def test_sideless_strikes_fold_into_the_sided_telling(pipe):
    doc = full(pipe, "غارات للتحالف على مواقع الحوثيين في صنعاء\n\n"
                     "هزت انفجارات عنيفة، اليوم الأحد، العاصمة اليمنية صنعاء، عقب غارات مركزة شنتها مقاتلات التحالف "
                     "العربي على مواقع ميليشيات الحوثي شمال صنعاء.\n\n"
                     "وأفاد سكان محليون أن غارات هي الأعنف منذ أشهر استهدفت القاعدة العسكرية الجوية.\n\n"
                     "ورصد شهود عيان أكثر من 12 غارة جوية استهدفت القاعدة الجوية العسكرية.", "2018-03-11T14:00")
    ev = factual(doc, "ASSAULT")
    assert ev and all(e["actors"] or e["recipients"] for e in ev), ev


def test_definite_toll_folds_into_the_previous_attack(pipe):
    doc = full(pipe, "مقتل عشرين شخصا في غارة جوية على الحديدة\n\n"
                     "قتل عشرون شخصا على الأقل في غارة جوية شنتها طائرات التحالف على سوق في مدينة الحديدة.\n\n"
                     "وقالت فرق الإنقاذ إن أكثر من 30 شخصا آخرين أصيبوا بجراح في الغارة.", "2018-08-02T14:00")
    ev = factual(doc, "ASSAULT")
    assert ev and not any(not e["actors"] and not e["recipients"] for e in ev), ev


def test_a_story_of_a_sideless_attack_keeps_its_event(pipe):
    # nothing tells this attack with its sides: the sideless event stays (the sentence evaluation counts it)
    doc = full(pipe, "عشرات القتلى في هجوم على حافلة شمال اليمن\n\n"
                     "أسفر هجوم على حافلة كانت تقل أطفالا في سوق شمال اليمن عن مقتل وجرح العشرات الخميس، وفق ما أعلن "
                     "الصليب الأحمر.", "2018-08-09T14:00")
    assert factual(doc, "ASSAULT"), doc["events"]


def test_the_author_named_after_the_attack_noun(pipe):
    # a casualty sentence whose attack noun names its author: a party after ل, a nationality adjective
    doc = full(pipe, "وفي تطور آخر، قتل مدني وأصيب آخرون، من بينهم امرأة، في قصف مدفعي لميليشيات الحوثي الموالية لإيران، "
                     "على مدينة حيس جنوبي الحديدة.")
    ev = factual(doc, "ASSAULT")
    assert ev and any("Houthi" in " ".join(str(x.get("name")) for x in doc["entities"] if x["id"] in e["actors"])
                      for e in ev), ev
    doc = full(pipe, "قتل قيادي في تنظيم القاعدة، مساء الاثنين، في غارة جوية أميركية لطائرة من دون طيار في منطقة الحصون.")
    ev = factual(doc, "ASSAULT")
    assert ev and all(e["actors"] for e in ev), ev


def test_a_place_after_the_attack_noun_is_no_author(pipe):
    # ل before a place marks the target of the bombardment, not its author
    doc = full(pipe, "وقتل ثلاثة مدنيين في قصف لمدينة تعز، وفق ما أعلنت منظمة أطباء بلا حدود.")
    for e in factual(doc, "ASSAULT"):
        assert not any(x["type"] in ("GPE", "LOC", "FAC") for x in doc["entities"] if x["id"] in e["actors"]), e


def test_another_matter_is_not_folded(pipe):
    # "وفي حادث منفصل": the sentence tells another attack, though its noun is of the same family
    doc = full(pipe, "مقتل عشرين شخصا في غارة جوية على الحديدة\n\n"
                     "قتل عشرون شخصا على الأقل في غارة جوية شنتها طائرات التحالف على سوق في مدينة الحديدة.\n\n"
                     "وفي حادث منفصل، أسفرت غارة جوية على سيارة في صعدة عن مقتل وجرح العشرات.", "2018-08-02T14:00")
    ev = factual(doc, "ASSAULT")
    assert any("صعدة" in e["sentence"] for e in ev), ev


def test_the_owner_of_the_craft_is_the_author(pipe):
    # victims named, the author only through its craft: "غارات لطيران النظام السوري"
    doc = full(pipe, "قتلى بغارات للنظام السوري على دوما\n\n"
                     "قتل ما لا يقل عن 27 مدنيا بينهم خمسة أطفال وأصيب 25 بجروح الجمعة في غارات لطيران النظام السوري "
                     "على مدينة دوما، آخر جيب للمعارضة قرب دمشق.", "2018-04-06T14:00")
    ev = [e for e in factual(doc, "ASSAULT") if e["recipients"]]
    assert ev and all(any(x["country"] == "SYR" for x in doc["entities"] if x["id"] in e["actors"]) for e in ev), ev

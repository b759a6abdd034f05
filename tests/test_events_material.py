"""Material events (events/material.py): the dead of a clash and the side named after مع / بين, deaths caused by a
disaster or an accident, an attack told again without its sides. Real news phrasing (Arabic corpus style)."""
from __future__ import annotations

from conftest import entity_names, factual, full
from evhelpers import name_sets

from marsad.events import material


def test_dead_in_exchange_of_fire_with_security_forces(pipe):
    doc = full(pipe, "وأضافت المصادر أن أربعة إرهابيين لقوا مصرعهم في تبادل لإطلاق النار مع قوات الأمن المصرية "
                     "بمنطقة السوهاجية.", published="2018-06-27T08:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    for e in evs:
        acts, recs = name_sets(doc, e)
        assert "EGY" in acts or "قوات الأمن المصرية" in acts
        assert "قوات الأمن المصرية" not in recs


def test_relative_clause_killed_in_clashes_with_the_army(pipe):
    doc = full(pipe, "أعلنت ميليشيات الحوثي، الأربعاء، مقتل قائد اللواء 405 مشاة التابع لهم، العميد محسن محمد "
                     "الغريبي، الذي قتل في مواجهات مع الجيش اليمني بمحافظة الجوف شمال البلاد.",
               published="2018-02-21T21:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    for e in evs:
        acts, recs = name_sets(doc, e)
        assert "الجيش اليمني" not in recs  # the army killed him; it did not suffer the attack
    assert any("الجيش اليمني" in name_sets(doc, e)[0] for e in evs)


def test_one_side_named_between_is_the_attacker_of_the_dead(pipe):
    doc = full(pipe, "قتل 13 مسلحا من العناصر التكفيرية، الاثنين، خلال اشتباكات بين قوات الجيش المصري وهذه "
                     "العناصر في محافظة شمالي سيناء، وفق ما ذكر مصدر أمني مصري.", published="2018-04-16T12:00")
    evs = factual(doc, "ASSAULT")
    assert evs and all("EGY" in name_sets(doc, e)[0] for e in evs)


def test_active_killing_in_clashes_keeps_its_subject(pipe):
    # the army killed the Houthis in clashes with them: the subject stays the attacker (no passive telling)
    doc = full(pipe, "قتلت قوات الجيش اليمني 20 عنصرا من ميليشيات الحوثي في مواجهات عنيفة مع الميليشيات في "
                     "محافظة الجوف.", published="2018-03-01T12:00")
    for e in factual(doc, "ASSAULT"):
        acts, recs = name_sets(doc, e)
        assert not any("الحوثي" in a for a in acts)


def test_passive_reading_of_the_harm_word():
    from marsad.lang.ar import tokenize
    text = "أربعة إرهابيين لقوا مصرعهم في تبادل لإطلاق النار مع قوات الأمن"
    toks = tokenize(text, 0, len(text))
    k = next(i for i, t in enumerate(toks) if t.text == "تبادل")
    assert material._clash_at(toks, k) == k + 3  # تبادل لإطلاق النار
    ts = next(i for i, t in enumerate(toks) if t.text == "لقوا")
    assert material._passive_harm(toks, ts, ts + 2, k)
    text = "قتل الجيش 20 مسلحا في اشتباكات مع المسلحين"
    toks = tokenize(text, 0, len(text))
    k = next(i for i, t in enumerate(toks) if t.text == "اشتباكات")
    assert not material._passive_harm(toks, 0, 1, k)  # an active verb with its subject and object


def test_train_derailment_and_earthquake_are_no_attack(pipe):
    doc = full(pipe, "ارتفاع حصيلة حادث القطار في تركيا إلى 24 قتيلا\n\n"
                     "قُتل 24 شخصاً الأحد لدى خروج قطار ركاب عن سكته في منطقة تكيرداغ بشمال غربي تركيا، وفق حصيلة "
                     "جديدة أعلنها نائب رئيس الوزراء الاثنين.", published="2018-07-09T07:00")
    assert not factual(doc, "ASSAULT")
    doc = full(pipe, "ذكر التلفزيون الرسمي أن زلزالا بقوة 5.9 درجة هز غربي إيران مما أسفر عن إصابة 287 شخصا على "
                     "الأقل.", published="2018-07-22T12:00")
    assert not factual(doc, "ASSAULT")


def test_disaster_check_spares_attacks():
    from marsad.events.stage import load_lexicons
    from marsad.lang.ar import tokenize

    lx = load_lexicons()

    def tk(s):
        return tokenize(s, 0, len(s))

    ev = {"type": "ASSAULT", "actors": [], "recipients": ["e1"]}
    s = tk("قتل خمسة مدنيين في قصف مدفعي على حي سكني غمرته السيول الأسبوع الماضي.")
    assert not material.non_political_harm(lx, ev, s)  # a shelling told beside the flood
    s = tk("وقتل شخصان وأصيب 18 في العاصمة الهندية.")
    assert material.non_political_harm(lx, ev, s, tk("23 قتيلاً جراء عاصفة ترابية قوية في الهند"))
    assert not material.non_political_harm(lx, ev, s, tk("مقتل 23 شخصا في هجوم انتحاري في كابل"))
    ev["actors"] = ["e2"]
    assert not material.non_political_harm(lx, ev, s, tk("23 قتيلاً جراء عاصفة ترابية قوية في الهند"))  # an author


def test_attack_told_again_without_sides_is_folded():
    sided = {"type": "ASSAULT", "actors": [], "recipients": ["e1"], "date": "2018-02-25", "negated": False,
             "hypothetical": False, "historical": False,
             "sentence": "استهدف هجوم انتحاري، فجر الأحد، مقرا لميليشيات الحشد الشعبي، في شمال العراق."}
    bare = dict(sided, recipients=[], date=None,
                sentence="وقالت مصادر محلية أن حراس المقر أصابوا المهاجم، فلجأ إلى تفجير نفسه.")
    other = dict(bare, sentence="وفي تطور آخر، قتل ثلاثة أشخاص في انفجار بسوق شعبي.")
    out = material.fold_repeated([sided, bare, other])
    assert sided in out and bare not in out and other in out
    assert material.fold_repeated([bare]) == [bare]  # the story's only telling stays


def test_publishing_a_video_or_sending_messages_is_no_deployment(pipe):
    doc = full(pipe, "نشرت قوات الجيش اليمني، مساء الثلاثاء، مقطع فيديو، يوضح اللحظات الأولى لبدء عملية تحرير "
                     "مطار الحديدة.", published="2018-06-19T20:00")
    assert not factual(doc, "MOBILIZE")
    doc = full(pipe, "وتصر إسرائيل في كل مرة على إرسال رسائل قوية للنظام الإيراني.", published="2018-07-11T12:00")
    assert not factual(doc, "MOBILIZE")


def test_deployment_kept_beside_the_sense_checks(pipe):
    doc = full(pipe, "نشرت السلطات النيجيرية المزيد من القوات العسكرية والطائرات في إطار حملة واسعة للبحث عن "
                     "110 تلميذات.", published="2018-02-26T10:00")
    assert factual(doc, "MOBILIZE")
    # the forces right after the verb are its object when the subject comes first (a headline)
    doc = full(pipe, "ولاية تكساس الأمريكية تنشر عناصر من الحرس الوطني على الحدود بناء على دعوة ترامب",
               published="2018-04-07T10:00")
    assert factual(doc, "MOBILIZE")


def test_sense_and_complement_checks_on_tokens(stage):
    from conftest import run
    # a decoration granted is no aid
    doc = run(stage, "ويذكر أن شيراك منح الأسد وسام جوقة الشرف الفرنسي من رتبة الصليب الأكبر عام 2001.")
    assert not factual(doc, "AID")
    # the power a law would give, and what a decision would allow, are not acts
    doc = run(stage, "ويتيح مثل هذا القرار للبيت الأبيض فرصة تجميد الأصول التابعة للحرس الثوري الإيراني.")
    assert not factual(doc, "SANCTION")
    # a withdrawal called for is not one carried out
    doc = run(stage, "دعا مجلس الأمن الدولي جميع الجماعات المسلحة وأطراف النزاع الداخلي في سوريا للانسحاب من "
                     "المنطقة العازلة بين إسرائيل وسوريا في هضبة الجولان.")
    assert not factual(doc, "RETREAT")
    # the verbal noun of a purpose repeated after و stays a purpose
    doc = run(stage, "وتؤكد المملكة العربية السعودية على أهمية وضع ميناء الحديدة تحت إشراف دولي، لمنع تهريب الأسلحة "
                     "إلى الحوثيين، ومنع استخدام ميناء الحديدة كمنصة إطلاق للهجمات.")
    assert not factual(doc, "COERCE")


def test_readings_of_a_word():
    from marsad.lang.ar import tokenize

    by = {t.text: t for t in tokenize("وسام وبالقوات فرصة", 0, 18)}
    assert material._in(by["وسام"], {"وسام"}) and material._in(by["وبالقوات"], material._FORCES)
    assert material._in(by["فرصة"], material._MODAL_HEADS)


def test_reporters_are_no_attackers():
    by_id = {"sohr": {"sector": "NGO", "type": "ORG"}, "isr": {"type": "GPE", "country": "ISR"},
             "syr": {"sector": "MIL", "type": "ORG", "country": "SYR"}}
    told = {"type": "ASSAULT", "actors": ["isr"], "recipients": ["syr"], "date": "2018-04-09", "negated": False,
            "hypothetical": False, "sentence": "قال مصدر عسكري سوري إن إسرائيل شنت الضربة الجوية على مطار التيفور."}
    again = dict(told, actors=["sohr"], sentence="وأسفرت الضربة الجوية، وفق المرصد السوري لحقوق الإنسان، عن مقتل 14 "
                                                 "عنصرا من قوات النظام.")
    out = material.drop_reporters([told, again], by_id)
    assert out == [told]
    alone = dict(again, actors=["sohr"])
    out = material.drop_reporters([alone], by_id)
    assert out == [alone] and alone["actors"] == []  # the only telling stays, without its reporter


def test_monitor_reporting_a_strike_is_not_its_author(pipe):
    doc = full(pipe, "موسكو ودمشق تتهمان إسرائيل بالإغارة على مطار التيفور العسكري\n\n"
                     "قال مصدر عسكري سوري صباح الاثنين إن إسرائيل شنت الضربة الجوية على مطار التيفور العسكري في "
                     "محافظة حمص.\n"
                     "وأسفرت الضربة الجوية، وفق المرصد السوري لحقوق الإنسان، عن مقتل 14 عنصرا من قوات النظام "
                     "والمسلحين الموالين لها.", published="2018-04-09T07:00")
    for e in factual(doc, "ASSAULT"):
        assert "المرصد السوري لحقوق الإنسان" not in entity_names(doc, e["actors"])


def test_habits_and_trends_are_no_occurrence(stage):
    from conftest import run
    doc = run(stage, "وكانت شبكة حقاني، التي يقدر عدد مقاتليها بعشرة آلاف مسلح، اعتادت تنظيم الهجمات ضد قوات الناتو "
                     "من معقلها في ميرانشاه.")
    assert not factual(doc, "ASSAULT")
    doc = run(stage, "وفي الأشهر الأخيرة ازدادت هجمات المسلحين على مواقع عسكرية ومدنية وعلى القرى النائية في شمال "
                     "البلاد.")
    assert not factual(doc, "ASSAULT")


def test_an_act_a_person_talks_about_is_not_his(pipe):
    doc = full(pipe, "الحريري: العقوبات ضد حزب الله قد يكون لها تأثير إيجابي\n\n"
                     "أكد رئيس الوزراء اللبناني سعد الحريري، اليوم الثلاثاء، أن قرارا اتخذ لتشكيل حكومة جديدة على وجه "
                     "السرعة.\n"
                     "وقال الحريري: \"هناك قرار بالإسراع في تأليف الحكومة، وأعتقد أن العقوبات على حزب الله قد يكون "
                     "لها تأثير إيجابي في تسريع ولادة الحكومة الجديدة\".", published="2018-05-22T14:00")
    for e in factual(doc, "SANCTION"):
        assert "الحريري" not in entity_names(doc, e["actors"])


def test_quoted_mentions_keep_own_acts_told_with_a_verb():
    by_id = {"p": {"type": "PERSON"}, "army": {"type": "ORG", "sector": "MIL"}}
    q = [{"speaker": "p", "start": 0, "end": 100}, {"speaker": "army", "start": 100, "end": 200}]
    told = {"type": "SANCTION", "actors": ["p"], "recipients": [], "trigger": {"text": "العقوبات", "start": 40}}
    own = {"type": "ASSAULT", "actors": ["army"], "recipients": [], "trigger": {"text": "قتل", "start": 120}}
    verb = dict(told, trigger={"text": "فرضنا", "start": 30})
    assert material.quoted_mentions([told, own, verb], q, by_id) == [own, verb]

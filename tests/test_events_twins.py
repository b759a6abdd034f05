"""One data file, one loader, one check: the twin lists the review found (events/lexicon.py, material.py, stage.py)."""
from __future__ import annotations

import builtins
import os

from marsad.events import lexicon, stage


def test_setup_reads_each_shared_data_file_once(monkeypatch):
    """cues.tsv, stances.tsv, channels.tsv and parties.tsv serve several loaders of the event stage: read once."""
    opened = []
    real_open = builtins.open

    def counting_open(f, *a, **k):
        opened.append(os.path.relpath(str(f), lexicon.DATA))
        return real_open(f, *a, **k)

    lexicon.read_rows.cache_clear()
    monkeypatch.setattr(builtins, "open", counting_open)
    stage.load_lexicons()
    monkeypatch.setattr(builtins, "open", real_open)
    for name in ("cues.tsv", "stances.tsv", "channels.tsv", "parties.tsv"):
        assert opened.count(name) == 1, (name, opened.count(name))


def test_claimed_strike_asked_once_per_group(pipe, monkeypatch):
    """"أعلن الحوثيون استهداف مطار جازان": the announcer claims the strike; the claim is read once for the trigger
    (the speaker filter and the mark both ask it)."""
    from conftest import factual, full

    asked = []
    real = stage.EventStage._claimed_strike

    def counting(self, text, toks, groups, g, typ, ts):
        asked.append((id(toks), ts, g["s"], g["e"], tuple(g["ids"])))
        return real(self, text, toks, groups, g, typ, ts)

    monkeypatch.setattr(stage.EventStage, "_claimed_strike", counting)
    doc = full(pipe, "وأعلن الحوثيون، الثلاثاء، استهداف مطار جازان في جنوب السعودية بطائرة مسيرة.",
               published="2018-08-07T10:00")
    evs = factual(doc, "ASSAULT")
    assert evs and any(e["actors"] for e in evs)
    assert asked and len(asked) == len(set(asked))


def test_prompted_is_no_deployment_but_a_force_pushed_is(pipe):
    """"ما دفع" (what prompted them) is read once, by material.wrong_sense: no MOBILIZE; a force pushed with ب after
    it stays a deployment."""
    from conftest import full

    doc = full(pipe, "وتجمع المحتجون أمام مقر الحكومة، وهو ما دفع قوات مكافحة الشغب لإطلاق الغاز المسيل للدموع.")
    assert not [e for e in doc["events"] if e["type"] == "MOBILIZE"]
    doc = full(pipe, "وتصاعدت الهجمات على المواقع الحكومية، ما دفع الجيش العراقي بتعزيزات إلى المنطقة.")
    assert [e for e in doc["events"] if e["type"] == "MOBILIZE" and e["actors"]]


def test_grants_that_are_no_aid_one_list():
    """data/granted.tsv is the one list of what منح grants that is no aid (stage and material read no other)."""
    from marsad.events import material
    from marsad.lang.ar import normalize

    lx = stage.load_lexicons()
    assert {normalize("جائزة"), normalize("مهلة"), normalize("الثقة")[2:], normalize("وسام")} <= lx.granted
    assert not hasattr(stage, "_GRANTED_NOT_AID") and not hasattr(material, "_NOT_AID")


def test_grant_of_confidence_or_licence_is_no_aid_but_money_is(pipe):
    from conftest import full

    for s in ("منح مجلس النواب المصري، الأربعاء، حكومة مصطفى مدبولي الثقة، وفق ما أورد مراسلنا.",
              "منحت السلطات الصينية إيفانكا ترامب في شهر مايو الحالي ترخيصا لبيع خمس علامات تجارية إضافية.",
              "ومنح الرئيس الفرنسي الأسبق جاك شيراك الرئيس السوري بشار الأسد وسام جوقة الشرف عام 2001."):
        doc = full(pipe, s, published="2018-07-25T12:00")
        assert not [e for e in doc["events"] if e["type"] == "AID"], s
    doc = full(pipe, "ومنحت السعودية اليمن مساعدات بقيمة 500 مليون دولار لدعم البنك المركزي اليمني.",
               published="2018-07-25T12:00")
    assert [e for e in doc["events"] if e["type"] == "AID" and e["actors"]]


def test_mishap_one_list_for_both_checks():
    """cues.tsv accident/attack, read by material.mishap, serve the trigger check and the actorless-attack check; an
    attack word inside an accident phrase (انفجار in انفجار خزان غاز) does not count."""
    from marsad.events import material
    from marsad.lang.ar import tokenize

    lx = stage.load_lexicons()

    def mishap(s):
        return material.mishap(lx, tokenize(s, 0, len(s)))

    assert mishap("لقي خمسة أشخاص حتفهم إثر انفجار خزان غاز في مطعم بالعاصمة.")
    assert mishap("اجتاحت عواصف رملية عاتية مناطق في أنحاء الهند مودية بحياة 116 شخصا.")
    assert mishap("وقالت السلطات إن أربعة أشخاص لقوا حتفهم فيما بلغت سرعة الرياح 170 كلم في الساعة.")
    assert not mishap("قتل خمسة مدنيين في قصف مدفعي على حي سكني غمرته السيول.")
    assert not mishap("قتل ثلاثة أشخاص في انفجار عبوة ناسفة قرب سوق شعبي.")
    assert not mishap("وقتل جنديان في كمين نصبه مسلحون بعد الفيضانات.")
    assert not hasattr(material, "_NATURAL") and not hasattr(material, "_ATTACK")


def test_disaster_tolls_are_no_attack(pipe):
    from conftest import factual, full

    doc = full(pipe, "قتلى عسكريون بتحطم مروحية أميركية\n\nوقال بيان لقوات المارينز إن طاقم الطائرة المكون من 4 "
                     "أشخاص قتلوا.", published="2018-04-04T08:00")
    assert not factual(doc, "ASSAULT")
    doc = full(pipe, "اجتاحت عواصف رملية عاتية مناطق في أنحاء الهند الأربعاء، مودية بحياة 116 شخصا على الأقل، فيما "
                     "أصيب أكثر من 250 آخرين.", published="2018-05-03T08:00")
    assert not factual(doc, "ASSAULT")


def test_material_reads_words_through_the_lexicon_readings():
    """material has no clitic stripper of its own: its word tests go through lexicon.tok_readings (a pronoun suffix
    stripped, a final ة kept: الخبرة is no خبر, so "أرسلت كتيبة جنود من ذوي الخبرة" stays a deployment)."""
    from marsad.events import material
    from marsad.lang.ar import tokenize

    assert not hasattr(material, "_readings")
    toks = tokenize("أرسلت كتيبة جنود من ذوي الخبرة وقواته", 0, 38)
    by = {t.text: t for t in toks}
    assert not material._in(by["الخبرة"], material._MEDIA)
    assert material._in(by["وقواته"], material._FORCES) and material._in(by["كتيبة"], material._FORCES)


def test_count_of_them_words_derive_from_the_number_words():
    """_COUNT_WORDS (العشرات منهم، ثلاثة منهم) is the number words plus a few quantities, not a list of its own; it is
    read without the article, so العديد منهم is there as عديد."""
    assert stage._NUM_WORDS_AR <= stage._COUNT_WORDS and stage._CARDINALS <= stage._COUNT_WORDS
    assert {"عديد", "بعض", "عددا"} <= stage._COUNT_WORDS

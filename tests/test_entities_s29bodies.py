"""Session 29 (track s29bodies): described bodies of inquiry and observation as parties.

kb/titles.tsv: لجنة تحقيق، لجنة تقصي الحقائق (GOV), بعثة تقصي الحقائق (IGO), مراقبون دوليون (IGO, nominative only);
kb/group_adjectives.tsv: the UN's adjective أممي makes a commission, team, mission, its investigators, experts or
observers the United Nations (لجنة تحقيق أممية، محققون أمميون، خبراء أمميون); kb/homographs.tsv: a commission or
mission called for or to be formed (بتشكيل لجنة تحقيق، إرسال بعثة تقصي الحقائق) is no party yet."""
import pytest

from conftest import entities_of, entity_stage, full, sides

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


@pytest.mark.parametrize("text,surface,kb_id,sector", [
    ("قالت لجنة تحقيق أممية إن قوات النظام ارتكبت جرائم حرب في الغوطة.", "لجنة تحقيق أممية", "org:un", "IGO"),
    ("وقال محققون أمميون إن الهجوم استهدف مدنيين.", "محققون أمميون", "org:un", "IGO"),
    ("وحذر خبراء أمميون من مجاعة وشيكة في اليمن.", "خبراء أمميون", "org:un", "IGO"),
    ("ولكن المحققين الأمميين في جرائم الحرب اتهموها باستهداف المنشآت الطبية.", "المحققين الأمميين", "org:un", "IGO"),
    ("وقالت بعثة تقصي الحقائق إن قوات الأمن استخدمت القوة المفرطة.", "بعثة تقصي الحقائق", None, "IGO"),
    ("وقال مراقبون دوليون إن الانتخابات شابتها مخالفات.", "مراقبون دوليون", None, "IGO"),
    ("وقالت لجنة تحقيق مستقلة إن الشرطة قتلت المتظاهرين.", "لجنة تحقيق", None, "GOV"),
])
def test_body_is_a_party(stage, text, surface, kb_id, sector):
    ents = entities_of(stage, text)
    e = next((x for x in ents if any(surface in m["text"] or m["text"] in surface and len(m["text"]) > len(surface) - 3
                                     for m in x["mentions"])), None)
    assert e is not None and e.get("kb_id") == kb_id and e["sector"] == sector and e["country"] is None, \
        entities_of(stage, text)


@pytest.mark.parametrize("text,word", [
    ("وطالبت المنظمة بتشكيل لجنة تحقيق مستقلة في مقتل المتظاهرين.", "لجنة تحقيق"),   # to be formed
    ("ودعت الحكومة إلى إرسال بعثة تقصي الحقائق إلى دوما.", "بعثة تقصي"),
    ("ويرى مراقبون أن الاتفاق لن يصمد طويلا.", "مراقبون"),                          # commentators at large
    ("وأصبحت الخطة جزءا من قرار أممي لاحق.", "قرار أممي"),                          # a deed, no party
    ("ويتوقع أن يتعاون كوهين مع المحققين.", "المحققين"),                            # refers back
    ("ودعا الرئيس مراقبين دوليين إلى الإشراف على الانتخابات.", "مراقبين دوليين"),   # invited, not yet a party
])
def test_no_body(stage, text, word):
    ents = entities_of(stage, text)
    assert not any(word in m["text"] for e in ents for m in e["mentions"]), ents


@pytest.mark.parametrize("text,typ,actor,target", [
    ("واتهم محققون أمميون قوات الحكومة بارتكاب جرائم حرب.", "ACCUSE", "United Nations", "قوات"),
    ("واتهمت بعثة تقصي الحقائق قوات الأمن باستخدام القوة المفرطة.", "ACCUSE", "بعثة تقصي الحقائق", "قوات الأمن"),
    ("واتهمت لجنة تحقيق مستقلة الشرطة بقتل المتظاهرين.", "ACCUSE", "لجنة تحقيق", "الشرطة"),
])
def test_body_as_actor(pipe, text, typ, actor, target):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and target in r for a, r, _ in evs), evs

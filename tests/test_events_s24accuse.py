"""Session 24 (track s24accuse): verbal events in forms the coder missed. A circumstantial participle of accusing set
off by a comma may have a short في / خلال phrase before its object ("، ومتهما في ردٍ مضاد الاتحاد الأوروبي وأوتاوا
بالحمائية"); strangling or hunting down a party, promised in the first person in a quote, is a threat by the speaker
("لكننا سنخنق تركيا": condthreats.tsv)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor,accused", [
    ("فرض دونالد ترامب الجمعة جدول أعماله على حلفائه في قمة مجموعة السبع في كندا، مقترحا إعادة روسيا الى المجموعة، "
     "ومتهما في ردٍ مضاد الاتحاد الأوروبي وأوتاوا بالحمائية.", "Trump", "European Union"),
    ("فرض دونالد ترامب الجمعة جدول أعماله على حلفائه في قمة مجموعة السبع، متهما في ردٍ مضاد الاتحاد الأوروبي "
     "بالحمائية.", "Trump", "European Union"),
])
def test_participle_with_inserted_phrase(pipe, text, actor, accused):
    evs = sides(full(pipe, text), "ACCUSE")
    assert any(actor in a and accused in r for a, r, _ in evs), evs


def test_participle_noun_reading_untouched(pipe):
    # no comma before it: the accused of a case, no accusation
    text = "ومثل 75 متهما في قضية فض اعتصام رابعة أمام المحكمة."
    assert not sides(full(pipe, text), "ACCUSE")


def test_first_person_strangling_threat(pipe):
    text = 'وقال ترامب على حسابه في موقع تويتر "لن ندفع شيئا من أجل إطلاق سراح رجل بريء، لكننا سنخنق تركيا".'
    evs = sides(full(pipe, text), "THREATEN")
    assert any("Trump" in a and "TUR" in r for a, r, _ in evs), evs

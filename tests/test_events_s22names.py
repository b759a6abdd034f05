"""s22names: a definite demonym read as a person's nisba before a name the KB lacks (entities/stage._dem_name)."""
import pytest

from conftest import entity_stage, persons_of as persons

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


@pytest.mark.parametrize("text,name,country", [
    ("أصدرت محكمة إماراتية حكما بسجن البريطاني ماثيو هيدجز مدى الحياة", "ماثيو هيدجز", "GBR"),
    ("تعاقد فريق دورتموند مع السويسري ماروين هيتز في صفقة انتقال حر", "ماروين هيتز", "CHE"),
    ("أصدرت المحكمة حكما بالإعدام على الجهادي البلجيكي طارق جدعون", "طارق جدعون", "BEL"),
    ("وتلتقي التونسية أنس جابر الصاعدة من التصفيات في ربع النهائي", "أنس جابر", "TUN"),
    ("كانت دقائق كافية للنجم المصري محمد صلاح ليضع بصمته في المرمى", "محمد صلاح", "EGY"),
])
def test_demonym_name(stage, text, name, country):
    assert persons(stage, text).get(name, "missing") == country


def test_demonym_name_stops_at_next_demonym(stage):
    p = persons(stage, "غاب البرتغالي كريستيانو رونالدو والويلزي غاريث بيل عن المباراة")
    assert "كريستيانو رونالدو" in p and not any("والويلزي" in n for n in p)


def test_demonym_of_a_body_no_person(stage):
    assert persons(stage, "قصف الجيش السوري بلدة كفرنبل في ريف إدلب") == {}

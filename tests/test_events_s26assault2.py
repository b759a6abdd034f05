"""ASSAULT recall, session 26 round 2: the adjective مسلحا is no gunman after the indefinite noun it describes (كميناً
مسلحاً، فلسطينياً مسلحاً); المقاومة (الشعبية) in a story of the war against the Houthis is the Yemeni resistance; the
dead counted as members of a side (لقي نحو 17 عنصرا من مليشيا الحوثي مصرعهم) suffered, their killer the side of the
clash named after مع; and the forces of two bodies joined by و (قوات الجيش والمقاومة) are both the authors."""
from __future__ import annotations

from conftest import full
from evhelpers import side_pairs


_AMBUSH = ("اليمن.. تقدم جديد في البيضاء\n\n"
           "يأتي ذلك فيما نفذت المقاومة الشعبية بجبهة قيفة في البيضاء، كميناً مسلحاً لطقم عسكري تابع لميليشيات الحوثي، "
           "ونجحت في إعطاب الطقم ومقتل 3 عناصر من الميليشيا كانوا على متنه.")


def test_armed_ambush_is_the_resistance_s_attack(pipe):
    pairs = side_pairs(full(pipe, _AMBUSH), "ASSAULT")
    assert any("Popular Resistance" in a and "Houthi" in r for a, r in pairs), pairs
    assert not any("مسلح" in a for a, r in pairs)


def test_armed_adjective_of_a_demonym_is_no_party(pipe):
    doc = full(pipe, "وكان الجيش الإسرائيلي أعلن في بيان أن إحدى طائراته استهدفت فلسطينيا مسلحا قرب الحدود مع قطاع غزة.")
    assert not any("مسلح" in a or "مسلح" in r for a, r in side_pairs(doc, "ASSAULT"))


_DEAD = ("مصرع 17 حوثيا في البيضاء\n\n"
         "لقي نحو 17 عنصرا من مليشيا الحوثي الإيرانية مصرعهم، يوم الاثنين، كما أسر 5 آخرون في مواجهات مع أفراد "
         "المقاومة في قيفة رداع بمحافظة البيضاء.")


def test_counted_members_dead_in_a_clash_with_the_resistance(pipe):
    pairs = side_pairs(full(pipe, _DEAD), "ASSAULT")
    assert any("Popular Resistance" in a and "Houthi" in r for a, r in pairs), pairs


def test_resistance_elsewhere_is_no_yemeni_body(pipe):
    doc = full(pipe, "حماس: لن نتخلى عن سلاح المقاومة\n\nوقال المتحدث باسم حركة حماس إن الحركة لن تتخلى عن سلاح "
                     "المقاومة في قطاع غزة في مواجهة الحوثيين والاحتلال.")
    assert not any("yem_popular_resistance" == (e.get("kb_id") or "") or "Popular Resistance (Yemen)" == e.get("name")
                   for e in doc["entities"])


def test_forces_of_two_bodies_joined_are_both_authors(pipe):
    doc = full(pipe, "معركة الحديدة\n\nوتوغلت قوات الجيش والتحالف، بحسب مصادر ميدانية، في منطقة النخيلة جنوب مدينة "
                     "الحديدة.")
    assert not any("Saudi-led coalition" in r for a, r in side_pairs(doc, "ASSAULT"))

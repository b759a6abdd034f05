"""Attacks the coder builds and the sentence classifier used to veto, session 16 (track s16assault): an attack the rules
read between two named fighting sides (an army, an armed group or a state on each side) is vetoed only far below the
classifier's threshold (stage.FIGHTERS_VETO)."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import between


def test_army_offensive_on_houthi_positions_stands(pipe):
    doc = full(pipe, "وشن الجيش اليمني مسنودا بالتحالف العربي هجومًا واسعاً، من عدة محاور، على مواقع تتمركز فيها "
                     "المليشيات الحوثية، وتمكن خلاله من تحرير عدد من المواقع المهمة.")
    assert [e for e in factual(doc, "ASSAULT") if e["actors"] and e["recipients"]]


def test_coalition_jets_targeting_houthi_vehicles_stands(pipe):
    doc = full(pipe, "وأضاف مصدر عسكري أن مقاتلات التحالف استمرت استهدافها لمركبات وآليات عسكرية ومواقع للحوثيين في "
                     "جبل القرحى.")
    assert [e for e in factual(doc, "ASSAULT") if e["actors"] and e["recipients"]]


def test_rockets_of_armed_groups_on_a_state_stand(pipe):
    doc = full(pipe, "غداة إطلاق حركتي حماس والجهاد الإسلامي عشرات الصواريخ وقذائف الهاون على إسرائيل ردا على "
                     "\"العدوان الإسرائيلي\"، يجتمع مجلس الأمن الدولي الأربعاء.")
    assert between(doc, "ASSAULT", "PSE", "ISR")


def test_shelling_between_two_states_stands(pipe):
    doc = full(pipe, "تبادل قذائف مدفعية بين الهند وباكستان في \"كشمير\"")
    assert between(doc, "ASSAULT", "IND", "PAK")


def test_a_state_attacking_another_in_words_stays_vetoed(pipe):
    # the classifier reads a figurative attack far below its threshold: the pin does not hold it
    doc = full(pipe, "الولايات المتحدة تهاجم كندا بعد \"طعنة في الظهر\"")
    assert not factual(doc, "ASSAULT")


def test_a_threat_about_an_attack_on_an_ally_is_no_attack_by_the_speaker(pipe):
    doc = full(pipe, "وردت روسيا على لسان سفيرها في واشنطن بالقول إن الهجوم على حليفتها سوريا \"لن يمر من دون عواقب\".")
    assert not between(doc, "ASSAULT", "RUS", "SYR")

"""Session 21, track s21assault2: the owner of a struck military site after لـ or تابعة لـ is the attack's recipient
(_site_owner), and a party that leads the attacker in a relative clause (الذي تقوده السعودية) is no target of the
attack (_led_rel). Sentences in the phrasing of the 2018 news corpus (not the development gold's)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


def test_site_owner_of_strikes_named_by_nationality(pipe):
    # (before: the attackers named by their nationality adjectives, no recipient: vetoed as weak)
    doc = full(pipe, "وجاءت الضربات الجوية التركية على مواقع تابعة لحزب العمال الكردستاني في شمال العراق بعد هجوم "
                     "على نقطة حدودية.", published="2018-06-12T12:00")
    assert between(doc, "ASSAULT", "TUR", "Kurdistan Workers"), doc["events"]


def test_website_is_no_struck_site(pipe):
    doc = full(pipe, "وأسفرت الغارات عن مقتل 12 عنصرا من الميليشيا وإصابة آخرين، بحسب ما نقله الموقع الرسمي للجيش "
                     "اليمني.", published="2018-03-31T12:00")
    assert not any("Yemeni Army" in party(doc, e["recipients"])
                   for e in factual(doc, "ASSAULT")), doc["events"]


def test_site_owner_after_lam_with_leader_relative(pipe):
    # (before: Saudi Arabia, the coalition's leader, read as the target; the act dropped as one state on both sides)
    doc = full(pipe, "ودمرت مقاتلات التحالف العربي الذي تقوده السعودية، الخميس، مخازن أسلحة لميليشيات الحوثي في "
                     "محافظة صعدة.", published="2018-05-03T12:00")
    assert between(doc, "ASSAULT", "SAU", "YEM"), doc["events"]
    assert not any("Saudi Arabia" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_deployment_in_sites_of_own_army_is_no_attack(pipe):
    doc = full(pipe, "وانتشرت قوات الجيش اللبناني في مواقع تابعة للجيش قرب الحدود الجنوبية.",
               published="2018-03-01T12:00")
    assert not factual(doc, "ASSAULT"), doc["events"]


def test_killing_told_by_qada_ala(pipe):
    # (before: القضاء على no trigger)
    doc = full(pipe, "وأعلن الجيش المصري الأحد القضاء على 19 تكفيريا خلال مداهمات في وسط سيناء.",
               published="2018-05-20T12:00")
    assert between(doc, "ASSAULT", "EGY", "تكفيري"), doc["events"]


def test_qada_ala_a_goal_is_no_attack(pipe):
    doc = full(pipe, "وتعهد الرئيس الجديد بالقضاء على الفساد والإرهاب خلال ولايته.", published="2018-05-20T12:00")
    assert not factual(doc, "ASSAULT"), doc["events"]


def test_wounding_by_active_verb(pipe):
    # (before: أصاب no trigger; the recipient is the body the wounded members belong to)
    doc = full(pipe, "وقالت مصادر أمنية إن مسلحين من حركة طالبان أصابوا ثلاثة من عناصر الشرطة الأفغانية بجروح في "
                     "هجوم على حاجز بولاية قندهار.", published="2018-06-02T12:00")
    assert [e for e in factual(doc, "ASSAULT") if "AFG" in party(doc, e["recipients"])], doc["events"]


def test_ball_hitting_the_post_is_no_attack(pipe):
    doc = full(pipe, "وسدد اللاعب كرة قوية لكنها أصابت القائم الأيسر في الدقيقة الأخيرة.", published="2018-06-02T12:00")
    assert not factual(doc, "ASSAULT"), doc["events"]


def test_leader_of_a_backer_is_no_attacker(pipe):
    # (before: Saudi Arabia, the leader of the coalition backing the forces, read as the attacker)
    doc = full(pipe, "وشنت القوات الحكومية المدعومة من التحالف العربي بقيادة السعودية، الخميس، هجوما واسعا على مواقع "
                     "الحوثيين جنوب الحديدة.", published="2018-06-14T12:00")
    assert not any("Saudi Arabia" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_led_relative_gives_the_led_coalition_as_attacker(pipe):
    # (before: Saudi Arabia, the coalition's leader, read as the attacker)
    doc = full(pipe, "وأسفرت غارات التحالف العربي الذي تقوده السعودية عن سقوط قتلى وجرحى قرب مقر وزارة الدفاع التابعة "
                     "للحوثيين في صنعاء.", published="2018-04-27T12:00")
    assert between(doc, "ASSAULT", "coalition"), doc["events"]
    assert not any("Saudi Arabia" in party(doc, e["actors"]) and "coalition" not in party(doc, e["actors"])
                   for e in factual(doc, "ASSAULT")), doc["events"]

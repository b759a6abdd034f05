"""s20verbal: defending a party (SUPPORT), an eagerness to work with a party (AGREE offer), a will laid on a party
(REQUEST: يريد من X أن)."""
from __future__ import annotations

from conftest import factual, full, party


def test_defending_a_party_supports_it(pipe):
    doc = full(pipe, "دافع الرئيس الأمريكي دونالد ترامب عن روسيا فيما يتعلق بمزاعم تدخلها في الانتخابات.")
    ev = factual(doc, "SUPPORT")
    assert ev, doc["events"]
    assert "Trump" in party(doc, ev[0]["actors"])
    assert "RUS" in party(doc, ev[0]["recipients"])


def test_defending_a_partys_role_supports_that_party(pipe):
    doc = full(pipe, "ودافع الرئيس التركي رجب طيب أردوغان عن دور إيران في سوريا خلال مؤتمر صحفي في أنقرة.")
    ev = factual(doc, "SUPPORT")
    assert ev, doc["events"]
    assert "IRN" in party(doc, ev[0]["recipients"])


def test_defending_ones_own_decision_names_no_one(pipe):
    doc = full(pipe, "دافعت الحكومة البريطانية عن قرارها بطرد دبلوماسيين روس.")
    assert not factual(doc, "SUPPORT"), doc["events"]


def test_a_lawyer_defending_a_client_is_no_support(pipe):
    doc = full(pipe, "ودافع المحامي عن الرئيس البرازيلي السابق لولا دا سيلفا أمام المحكمة.")
    assert not factual(doc, "SUPPORT"), doc["events"]


def test_a_defended_decision_stays_told_as_made(pipe):
    doc = full(pipe, "البيت الأبيض يدافع عن قراره بمنع اللاجئين من دخول الأراضي الأمريكية")
    assert factual(doc, "COERCE"), doc["events"]


def test_eagerness_to_cooperate_with_a_party_is_an_offer(pipe):
    doc = full(pipe, "قال وزير الخارجية الصيني إن بلاده حريصة على التعاون مع باكستان في مكافحة الإرهاب.")
    ev = factual(doc, "AGREE")
    assert ev, doc["events"]
    assert "PAK" in party(doc, ev[0]["recipients"])


def test_eagerness_to_work_for_a_goal_is_no_offer(pipe):
    doc = full(pipe, "وقال الوزير إن الحكومة حريصة على العمل من أجل تحسين الخدمات.")
    assert not factual(doc, "AGREE"), doc["events"]


def test_a_will_laid_on_a_party_is_a_demand(pipe):
    doc = full(pipe, "وقال مسؤول إيراني إن طهران تريد من الاتحاد الأوروبي أن يقدم ضمانات اقتصادية.")
    ev = factual(doc, "REQUEST")
    assert ev, doc["events"]
    assert "IRN" in party(doc, ev[0]["actors"])
    assert "European Union" in party(doc, ev[0]["recipients"])


def test_a_wish_for_a_visit_asks_no_one(pipe):
    doc = full(pipe, "وقال الرئيس الفرنسي إنه يريد من هذه الزيارة أن تفتح صفحة جديدة.")
    assert not factual(doc, "REQUEST"), doc["events"]

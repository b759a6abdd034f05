"""Recall constructions found by the s9 recall audit of fresh corpus articles (audit4): required events the coder
missed although the sentence names them plainly."""
from __future__ import annotations

from conftest import factual, full, party


def test_meeting_that_brought_him_together_with_someone(pipe):
    # "خلال اللقاء الذي جمعه الإثنين برئيس لجنة ...": a meeting of the speaker and the one after بـ, not the
    # mere setting of a statement
    doc = full(pipe, "قال الرئيس السوري، بشار الأسد، إن العدوان لن يزيد السوريين إلا تصميما، وذلك خلال اللقاء الذي "
                     "جمعه الإثنين، برئيس لجنة الأمن القومي في مجلس الشورى الإيراني، علاء الدين بروجردي.",
               published="2018-04-30T10:00")
    ev = factual(doc, "CONSULT")
    assert ev, doc["events"]
    assert "بروجردي" in party(doc, ev[0]["recipients"]) + party(doc, ev[0]["actors"])
    assert ev[0]["date"] == "2018-04-30"


def test_meeting_with_joined_party_named_directly(pipe):
    doc = full(pipe, "أعلن مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث الأربعاء أنه أجرى محادثات خلال اللقاء الذي "
                     "جمعه بزعيم الحوثيين عبد الملك الحوثي في العاصمة صنعاء.", published="2018-07-04T10:00")
    ev = factual(doc, "CONSULT")
    assert ev and "Griffiths" in party(doc, ev[0]["actors"]), doc["events"]


def test_statement_at_a_press_conference_is_still_no_meeting(pipe):
    doc = full(pipe, "وقال وزير الخارجية في مؤتمر صحفي الإثنين إن بلاده ستواصل جهودها.")
    assert not factual(doc, "CONSULT")


def test_accused_before_bianna_not_the_letter_addressee(pipe):
    # the party right before بأنها is the one accused; the UN chief the letter went to is no party to the charge
    doc = full(pipe, "اتهم العاهل المغربي محمد السادس الأربعاء في رسالة خطية إلى الأمين العام للأمم المتحدة أنطونيو "
                     "غوتيريس، الجزائر بأنها تمول جبهة البوليساريو.", published="2018-04-05T10:00")
    ev = factual(doc, "ACCUSE")
    assert ev, doc["events"]
    assert "DZA" in party(doc, ev[0]["recipients"]) or "Algeria" in party(doc, ev[0]["recipients"])
    assert "Guterres" not in party(doc, ev[0]["recipients"])


def test_direct_accused_unchanged(pipe):
    doc = full(pipe, "واتهمت إيران الولايات المتحدة بأنها تسعى إلى تغيير النظام.")
    ev = factual(doc, "ACCUSE")
    assert ev and "United States" in party(doc, ev[0]["recipients"]), doc["events"]


def test_army_recaptured_a_region(pipe):
    # territory retaken in fighting is an attack (the gold codes a recapture ASSAULT, the region as its target)
    doc = full(pipe, "وأعلنت قيادة الجيش السوري السبت أن الجيش استعاد السيطرة على معظم مدن وبلدات الغوطة الشرقية.",
               published="2018-04-20T10:00")
    ev = factual(doc, "ASSAULT")
    assert ev and "Ghouta" in party(doc, ev[0]["recipients"]), doc["events"]
    assert ev[0]["date"] == "2018-04-14"


def test_recovering_trust_is_no_attack(pipe):
    doc = full(pipe, "ويسعى الرئيس الفرنسي إلى أن يستعيد ثقة الناخبين بعد تراجع شعبيته.")
    assert not factual(doc, "ASSAULT")


def test_curfew_lifted_with_the_day_between_commas_is_no_coercion(pipe):
    # "رفعت السلطات ...، الثلاثاء، حظر التجوال": the commas around the day do not cut the lifting verb from the curfew
    doc = full(pipe, "رفعت السلطات الأمنية العراقية، الثلاثاء، حظر التجوال في محافظة البصرة.",
               published="2018-07-17T10:00")
    assert not factual(doc, "COERCE"), doc["events"]
    ev = factual(doc, "CONCEDE")
    assert ev and ev[0]["date"] == "2018-07-17", doc["events"]


def test_curfew_imposed_with_the_day_between_commas_stays_coercion(pipe):
    doc = full(pipe, "فرضت السلطات الأمنية العراقية، الثلاثاء، حظر التجوال في محافظة البصرة.",
               published="2018-07-17T10:00")
    assert factual(doc, "COERCE"), doc["events"]

"""Factuality narrowed, session 32 (track s32factual): the من-partitive of a round noun is that act (no topic of it);
a day to come after حتى bounds a done perfect act; a sentence naming a past time of its own takes no day to come from
the sentences before; an act going on since a day of the past week is no background. Sentences from the 2018 corpus
(some shortened), with what must stay flagged."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import with_trigger


# --- "جولة جديدة من المحادثات": the talks are the round itself --------------------------------------------------------

def test_round_of_talks_joined_is_held(pipe):
    doc = full(pipe, "كير ومشار في الخرطوم\n\nوقع رئيس جنوب السودان سلفا كير وزعيم المتمردين رياك مشار إعلانا لوقف إطلاق النار. ويشارك كير "
                     "ومشار منذ الاثنين في جولة جديدة من المحادثات في الخرطوم على أمل التوصل إلى حل للنزاع.",
               "2018-06-27T17:23")
    ev = [e for e in factual(doc, "CONSULT") if "المحادثات" in e["trigger"]["text"]]
    assert ev and not ev[0]["historical"]


def test_round_of_talks_only_weighed_stays_hypothetical(pipe):
    doc = full(pipe, "ودرس الجانبان الأسبوع الماضي إمكانية انعقاد جولة جديدة من المحادثات بين الصين والولايات المتحدة.",
               "2018-09-18T04:18")
    assert not [e for e in factual(doc, "CONSULT") if "المحادثات" in e["trigger"]["text"]]


# --- "منعت ... حتى الأحد المقبل": the end of a done act's span ---------------------------------------------------------

def test_done_act_until_a_day_to_come_is_factual(pipe):
    doc = full(pipe, "ومنعت إسرائيل دخول الوقود عبر معبر كيريم شالوم (كرم أبو سالم) حتى الأحد المقبل، بيد أنها سمحت "
                     "باستمرار دخول شحنات الأغذية والمواد الطبية.", "2018-07-17T14:01")
    ev = with_trigger(doc, "COERCE", "منعت")
    assert ev and not ev[0]["hypothetical"]


def test_future_act_until_a_day_to_come_stays_hypothetical(pipe):
    doc = full(pipe, "وقالت إسرائيل إنها ستغلق معبر كرم أبو سالم أمام الفلسطينيين حتى الأحد المقبل.", "2018-07-17T14:01")
    assert all(e["hypothetical"] for e in with_trigger(doc, "COERCE", "ستغلق"))


# --- "خلال لقاء جمع الطرفين في واشنطن، الأسبوع الماضي" after "حتى مساء الأربعاء المقبل" -----------------------------

def test_past_meeting_takes_no_carried_day_to_come(pipe):
    doc = full(pipe, "أردوغان: واشنطن أمهلتنا\n\nوقال أردوغان إن واشنطن منحته حتى الساعة السادسة من مساء الأربعاء المقبل، للإفراج عن القس أندرو "
                     "برانسون. وأضاف أن الأميركيين أخبروا نظرائهم الأتراك بهذه المهلة خلال لقاء جمع الطرفين في واشنطن، "
                     "الأسبوع الماضي.", "2018-08-12T18:48")
    assert [e for e in factual(doc, "CONSULT") if "لقاء" in e["trigger"]["text"]]
    # (the release asked for, still to come)
    assert all(e["hypothetical"] for e in with_trigger(doc, "RETREAT", "للإفراج"))


# --- "منذ الاثنين": going on now, not background ---------------------------------------------------------------------

def test_shelling_since_a_recent_day_is_not_historical(pipe):
    doc = full(pipe, "ومنذ يوم الأحد الماضي تتعرض الغوطة الشرقية لقصف مكثف من القوات الحكومية السورية.", "2018-02-23T11:19")
    ev = factual(doc, "ASSAULT")
    assert ev and not any(e["historical"] for e in ev)


def test_act_since_an_old_day_stays_historical(pipe):
    doc = full(pipe, "وتقصف القوات السورية مدينة دوما منذ الخميس 19 نيسان/أبريل.", "2018-06-27T17:23")
    ev = factual(doc, "ASSAULT")
    assert ev and all(e["historical"] for e in ev)

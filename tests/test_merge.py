"""Near-duplicate clustering and cross-article event merging."""
from __future__ import annotations

import gzip
import itertools
import json
import random

from marsad.merge.dedup import NearDuplicateIndex, signature
from marsad.merge.events import EventMerger, Mention, mentions_of

from conftest import need_shared

BASE = ("وقعت روسيا وأوكرانيا، الجمعة، في إسطنبول اتفاقا منفصلا مع تركيا والأمم المتحدة يسمح باستئناف تصدير "
        "الحبوب الأوكرانية عبر البحر الأسود. وجرت مراسم التوقيع في قصر دولمة بهتشة بحضور الرئيس التركي رجب طيب "
        "أردوغان والأمين العام للأمم المتحدة أنطونيو غوتيريش. وقال غوتيريش إن الاتفاق منارة أمل على البحر الأسود.")
OTHER = ("أعلن الجيش اللبناني، الأحد، انتشار وحداته في بلدات الجنوب بعد انسحاب القوات الإسرائيلية منها، وقالت "
         "قيادة الجيش في بيان إن الوحدات ستواصل مهامها بالتنسيق مع قوات الأمم المتحدة المؤقتة في لبنان.")


def edit(text: str, rnd: random.Random, n: int = 3) -> str:
    """A reprint: a different opening line and a few words dropped or changed."""
    words = text.split()
    for _ in range(n):
        i = rnd.randrange(len(words))
        if rnd.random() < 0.5:
            del words[i]
        else:
            words[i] = words[i] + "،"
    return "نشر في: المصدر الإخباري\n" + " ".join(words)


def test_reprints_cluster_and_different_stories_do_not():
    rnd = random.Random(1)
    idx = NearDuplicateIndex()
    c0, _ = idx.add("a", signature(BASE))
    c1, sim = idx.add("b", signature(edit(BASE, rnd)))
    c2, _ = idx.add("c", signature(OTHER))
    assert c1 == c0 and sim >= 0.6
    assert c2 == "c"


def test_index_is_incremental():
    idx = NearDuplicateIndex()
    idx.add("a", signature(BASE))
    again = NearDuplicateIndex()
    again.load("a", idx.sigs["a"], idx.cluster_of["a"])
    assert again.add("b", signature(edit(BASE, random.Random(2))))[0] == "a"
    assert again.add("a", idx.sigs["a"])[0] == "a"  # re-adding is idempotent


def test_every_copy_found_on_corpus_sample():
    corpus = need_shared("data", "corpus", "ant_skynews.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        recs = [r for r in itertools.islice(map(json.loads, f), 400) if len((r["text"] or "").split()) > 80][:150]
    rnd = random.Random(3)
    idx = NearDuplicateIndex()
    for r in recs:
        idx.add(r["id"], signature(r["title"] + "\n" + r["text"]))
    copies = rnd.sample(recs, 40)
    for r in copies:
        cl, _ = idx.add(r["id"] + "-copy", signature(r["title"] + "\n" + edit(r["text"], rnd, 5)))
        assert cl == idx.cluster_of[r["id"]], r["id"]
    clusters = {idx.cluster_of[r["id"]] for r in recs}
    assert len(clusters) >= len(recs) - 5  # originals stay (almost all) apart


def _doc(events, ents):
    return {"events": events, "entities": ents}


def test_same_call_reported_twice_is_one_event_with_two_sources():
    ents = [{"id": "e1", "name": "Donald Trump", "wikidata": "Q22686", "type": "PERSON"},
            {"id": "e2", "name": "Vladimir Putin", "wikidata": "Q7747", "type": "PERSON"}]
    ev = {"id": "v1", "type": "CONSULT", "actors": ["e1"], "recipients": ["e2"], "date": "2025-03-18",
          "location": None, "negated": False, "hypothetical": False}
    swapped = dict(ev, actors=["e2"], recipients=["e1"], date="2025-03-19")
    m = EventMerger()
    a = [m.add(x) for x in mentions_of(_doc([ev], ents), "art1", "c1")]
    b = [m.add(x) for x in mentions_of(_doc([swapped], ents), "art2", "c2")]
    assert a == b
    c = m.canon[a[0]]
    assert c.sources == 2 and len(c.mentions) == 2


def test_different_type_date_or_party_stay_apart():
    m = EventMerger()
    base = dict(type="CONSULT", actors=frozenset({"Q1"}), recipients=frozenset({"Q2"}), location=None)
    a = m.add(Mention("a", date="2025-03-18", cluster="c1", **base))
    assert m.add(Mention("b", date="2025-03-25", cluster="c2", **base)) != a
    assert m.add(Mention("c", date="2025-03-18", cluster="c3", **dict(base, type="ACCUSE"))) != a
    assert m.add(Mention("d", date="2025-03-18", cluster="c4", **dict(base, recipients=frozenset({"Q3"})))) != a
    assert m.add(Mention("e", date=None, cluster="c9", **base)) != a  # undated, other story: not merged
    assert m.add(Mention("f", date=None, cluster="c1", **base)) == a  # undated reprint: merged


def test_negated_and_hypothetical_events_are_not_merged():
    ents = [{"id": "e1", "name": "الشرطة", "country": "EGY", "sector": "COP"}]
    evs = [{"id": "v1", "type": "COERCE", "actors": ["e1"], "recipients": [], "date": None, "negated": True},
           {"id": "v2", "type": "COERCE", "actors": ["e1"], "recipients": [], "date": None, "hypothetical": True}]
    assert mentions_of(_doc(evs, ents), "a", "c") == []

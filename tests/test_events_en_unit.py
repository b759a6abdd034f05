"""English event coder: triggers, parties, factuality, dates, quotes, merging and the bundled samples."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from marsad.events_en.lexicon import inflect, load_irregular, load_triggers
from marsad.lang.segment import split_sentences
from marsad.pipeline import Pipeline
from marsad.record import new_document
from conftest import factual
from evhelpers import countries

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "marsad" / "samples"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["time", "entities", "events", "events_en"]).setup()


def run(pipe, text, published="2024-03-12T10:00", language="en", doc_id="t"):
    d = new_document(doc_id, text)
    d["article"].update({"language": language, "published": published, "body": text})
    d["paragraphs"] = [[0, len(text)]]
    d["sentences"] = split_sentences(text, 0, len(text))
    return pipe.run_one(d)


def names(doc, ids):
    by = {e["id"]: e for e in doc["entities"]}
    return [by[i]["name"] for i in ids]


# ---- lexicon ----------------------------------------------------------------------------------------
def test_inflections():
    irr = load_irregular()
    assert {"meet", "meets", "met", "meeting"} <= inflect("meet", irr)
    assert {"ban", "bans", "banned", "banning"} <= inflect("ban", irr)
    assert {"criticise", "criticised", "criticising", "criticises"} <= inflect("criticise", irr)
    assert {"deny", "denies", "denied", "denying"} <= inflect("deny", irr)
    assert {"withdraw", "withdrew", "withdrawn", "withdrawing"} <= inflect("withdraw", irr)


def test_all_types_have_triggers():
    ix = load_triggers()
    types = {t.type for pats in ix.first.values() for _, t in pats}
    assert types - {"NONE"} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


# ---- types and parties ------------------------------------------------------------------------------
def test_meeting_symmetric(pipe):
    d = run(pipe, "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Berlin on Monday "
                  "to discuss support for Ukraine.")
    ev = factual(d, "CONSULT")
    assert len(ev) == 1
    assert countries(d, ev[0]["actors"] + ev[0]["recipients"]) == {"FRA", "DEU"}
    assert ev[0]["date"] == "2024-03-11"


def test_talks_between(pipe):
    d = run(pipe, "Talks between Egypt and Ethiopia over the Nile dam ended without progress.")
    ev = [e for e in d["events"] if e["type"] == "CONSULT"]
    assert ev and countries(d, ev[0]["actors"] + ev[0]["recipients"]) == {"EGY", "ETH"}


def test_accuse_actor_and_recipient(pipe):
    d = run(pipe, "Iran accused Israel of carrying out the attack on its consulate in Damascus.")
    ev = factual(d, "ACCUSE")
    assert ev and countries(d, ev[0]["actors"]) == {"IRN"} and countries(d, ev[0]["recipients"]) == {"ISR"}


def test_passive_attack(pipe):
    d = run(pipe, "A convoy of aid trucks was attacked by Houthi rebels near the port of Hodeidah on Sunday.")
    ev = factual(d, "ASSAULT")
    assert ev and "rebels" in " ".join(names(d, ev[0]["actors"])).lower()


def test_airstrike_noun_with_possessive_actor(pipe):
    d = run(pipe, "Israeli airstrikes on Gaza killed at least 20 people, health officials said.")
    ev = factual(d, "ASSAULT")
    assert ev and "ISR" in countries(d, ev[0]["actors"])


def test_protesters_minimal_entity(pipe):
    d = run(pipe, "Thousands of protesters rallied in Tel Aviv on Saturday against the government's judicial overhaul.")
    ev = factual(d, "PROTEST")
    assert ev
    ents = {e["id"]: e for e in d["entities"]}
    a = ents[ev[0]["actors"][0]]
    assert a["name"].lower() == "protesters" and a["type"] == "NORP"


def test_demonym_party_gets_country(pipe):
    d = run(pipe, "Israeli troops arrested 15 Palestinians in overnight raids across the West Bank.")
    ev = factual(d, "COERCE")
    assert ev
    assert countries(d, ev[0]["actors"]) == {"ISR"}
    assert countries(d, ev[0]["recipients"]) == {"PSE"}


def test_sanctions_and_expulsion(pipe):
    d = run(pipe, "The European Union imposed new sanctions on Russia on Friday. Poland expelled two Russian "
                  "diplomats.")
    assert factual(d, "SANCTION")
    types = [(e["type"], e["mode"]) for e in d["events"]]
    assert ("SANCTION", "expel") in types


def test_request_call_on(pipe):
    d = run(pipe, "The UN Secretary-General called on Sudan's warring parties to agree to an immediate ceasefire.")
    ev = factual(d, "REQUEST")
    assert ev
    # the ceasefire they are asked to agree to is not a fact
    assert not factual(d, "AGREE")


# ---- factuality -------------------------------------------------------------------------------------
def test_negation(pipe):
    d = run(pipe, "Russia did not attack the city, the defence ministry said.")
    assert not factual(d, "ASSAULT")
    assert any(e["type"] == "ASSAULT" and e["negated"] for e in d["events"])


def test_plan_is_hypothetical_and_threat(pipe):
    d = run(pipe, "Washington will impose sanctions on Iranian oil exports if Tehran expands enrichment.")
    assert not factual(d, "SANCTION")
    d = run(pipe, "Turkey threatened to launch a new military operation against Kurdish fighters in Syria.")
    assert factual(d, "THREATEN")
    assert not factual(d, "ASSAULT")


def test_promise_is_agree(pipe):
    d = run(pipe, "Japan will send humanitarian aid to Turkey after the earthquake, the foreign ministry said.")
    assert factual(d, "AGREE")
    assert not factual(d, "AID")


def test_refusal_is_reject(pipe):
    d = run(pipe, "Hamas refused to release the hostages, and Israel said it would not accept the proposal.")
    assert factual(d, "REJECT")
    assert not factual(d, "RETREAT")


def test_conditional_threat_and_failure(pipe):
    d = run(pipe, "Nigeria said it will withdraw its peacekeepers from Chad unless the rebels accept a ceasefire.")
    assert factual(d, "THREATEN") and not factual(d, "RETREAT")
    d = run(pipe, "Serbia and Kosovo failed to reach an agreement on Sunday despite hours of talks in Brussels.")
    assert factual(d, "REJECT") and not factual(d, "AGREE")


def test_historical(pipe):
    d = run(pipe, "Egypt signed a peace treaty with Israel in 1979.")
    ev = [e for e in d["events"] if e["type"] == "AGREE"]
    assert ev and ev[0]["historical"]


# ---- quotes -----------------------------------------------------------------------------------------
def test_quote_speaker_and_channel(pipe):
    d = run(pipe, 'Zelensky wrote on X: "Ukraine will never give up its land." '
                  '"We are ready for talks," Lavrov told reporters.')
    qs = d["quotes"]
    by = {e["id"]: e for e in d["entities"]}
    got = {(by[q["speaker"]]["name"] if q["speaker"] else None, q["channel"]) for q in qs}
    assert any(n and "Zelensky" in n and c == "X" for n, c in got)
    assert any(n and "Lavrov" in n for n, _ in got)
    for q in qs:
        assert d["text"][q["start"]:q["end"]] == q["text"]


def test_speaker_after_quote_and_untagged_name(pipe):
    d = run(pipe, '"We needed this win, otherwise we could be close to elimination," coach Maria Lopez said. '
                  '"It was a difficult night," she added.')
    by = {e["id"]: e for e in d["entities"]}
    spk = [by[q["speaker"]]["name"] if q["speaker"] else None for q in d["quotes"]]
    assert spk and spk[0] == "Maria Lopez" and spk[-1] == "Maria Lopez"


def test_participles_and_pledges(pipe):
    d = run(pipe, "Police in Nairobi fired tear gas at protesters demanding the resignation of President William Ruto.")
    a = factual(d, "ASSAULT")
    assert a and a[0]["mode"] == "crowd-control"
    r = factual(d, "REQUEST")
    assert r and [n.lower() for n in names(d, r[0]["actors"])] == ["protesters"]
    d = run(pipe, "The European Union pledged 50 million euros in humanitarian aid for Sudan.")
    ag = factual(d, "AGREE")
    assert ag and countries(d, ag[0]["recipients"]) == {"SDN"}


def test_statement_channel(pipe):
    d = run(pipe, 'The Saudi foreign ministry said in a statement that it "strongly condemns the attack".')
    assert d["quotes"] and d["quotes"][0]["channel"] == "statement"


# ---- contract, merge, language gate, speed ----------------------------------------------------------
def test_offsets_and_schema_fields(pipe):
    d = run(pipe, "Pakistan and Afghanistan agreed to reopen the Torkham border crossing on Tuesday.")
    assert d["events"]
    for e in d["events"]:
        t = e["trigger"]
        assert d["text"][t["start"]:t["end"]] == t["text"]
        assert d["text"][e["start"]:e["end"]] == e["sentence"]
        for k in ("negated", "hypothetical", "historical"):
            assert isinstance(e[k], bool)
        assert not any(k.startswith("_") for k in e)
        assert 0 <= e["confidence"] <= 1


def test_one_event_per_occurrence(pipe):
    d = run(pipe, "Biden meets Xi in California\n\nU.S. President Joe Biden met Chinese President Xi Jinping in "
                  "California on Wednesday. Biden and Xi held talks for four hours.")
    assert len([e for e in d["events"] if e["type"] == "CONSULT"]) == 1


def test_arabic_untouched(pipe):
    st = pipe.stages[-1]
    d = {"article": {"language": "ar"}, "text": "التقى الرئيس", "events": ["x"], "quotes": []}
    assert st.process(d) is d and d["events"] == ["x"]


def test_speed(pipe):
    text = (SAMPLES / "en_helsinki_summit.txt").read_text(encoding="utf-8")
    d = run(pipe, text)
    st = pipe.stages[-1]
    t0 = time.perf_counter()
    for _ in range(20):
        d["events"], d["quotes"] = [], []
        st.process(d)
    assert (time.perf_counter() - t0) / 20 < 0.01  # budget 2 ms; generous on a loaded test machine


# ---- the bundled samples through the whole pipeline -------------------------------------------------
@pytest.fixture(scope="module")
def samples():
    from marsad.read import read_paths
    full = Pipeline().setup()
    return {d["id"]: full.run_one(d) for d in read_paths([str(SAMPLES)])}


def test_samples_match_schema(samples):
    import json

    import jsonschema

    from marsad.record import to_output
    schema = json.loads((SAMPLES.parent / "schema.json").read_text(encoding="utf-8"))
    for d in samples.values():
        jsonschema.validate(to_output(d), schema)


def test_sample_helsinki(samples):
    d = samples["en_helsinki_summit.txt"]
    ev = [e for e in d["events"] if e["type"] == "CONSULT" and not e["hypothetical"]]
    assert ev and set(names(d, ev[0]["actors"] + ev[0]["recipients"])) >= {"Donald Trump", "Vladimir Putin"}
    assert ev[0]["date"] == "2018-07-16"
    assert any(q["speaker"] for q in d["quotes"])


def test_sample_abraham(samples):
    d = samples["en_abraham_accords.html"]
    ag = [e for e in d["events"] if e["type"] == "AGREE" and not e["hypothetical"]]
    assert ag and {"ISR", "ARE", "BHR"} <= countries(d, ag[0]["actors"] + ag[0]["recipients"])
    assert ag[0]["date"] == "2020-09-15"
    acc = [e for e in d["events"] if e["type"] == "ACCUSE" and not e["hypothetical"]]
    assert acc and countries(d, acc[0]["actors"]) == {"PSE"}
    pr = [e for e in d["events"] if e["type"] == "PROTEST"]
    assert pr and pr[0]["date"] == "2020-09-15"


def test_sample_jcpoa(samples):
    d = samples["sample-jcpoa"]
    ag = [e for e in d["events"] if e["type"] == "AGREE"]
    assert ag and "IRN" in countries(d, ag[0]["actors"] + ag[0]["recipients"]) and ag[0]["date"] == "2015-07-14"
    acc = [e for e in d["events"] if e["type"] == "ACCUSE"]
    assert acc and names(d, acc[0]["actors"]) == ["Benjamin Netanyahu"]
    assert "IRN" in countries(d, acc[0]["recipients"])

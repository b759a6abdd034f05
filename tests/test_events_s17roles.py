"""The genitive right after an indefinite verbal noun of an act done TO a party (لقاء، زيارة، تزويد، تسليم، حصار، تهديد،
مساعدة، إنقاذ؛ دعم، منع، سجن after ل/ب or a preposition) is the party acted on, not the doer (stage._object_genitive,
data/wordsets.tsv roles/object_genitive). Before, the coder read "بسجن الزفزافي" as Zafzafi jailing someone and
"تهديد الصحفيين" as the journalists threatening, then dropped the act for want of a recipient. Two sides joined in the
genitive (لقاء مولر وترامب) or a ل-object after it (زيارة الأمير الأولى لواشنطن) keep the genitive as the doer.
Real phrasing from the corpus leads."""
from __future__ import annotations

from conftest import full
from evhelpers import names_of, of_type

from marsad.events import stage as S
from marsad.lang.ar import tokenize


def test_object_genitive_forms():
    for text, k, want in [("للقاء ترامب", 0, True), ("بتزويد الحوثيين", 0, True), ("لدعم الأردن", 0, True),
                          ("وتسليم الجيش", 0, True), ("على دعم اليمن", 1, True),
                          ("دعم الأردن", 0, False), ("الدعم الأردني", 0, False), ("تقاضي ترامب", 0, False)]:
        assert S._object_genitive(tokenize(text), k) is want, text


def test_the_jailed_is_the_genitive_of_the_sentence_noun(pipe):
    doc = full(pipe, "القضاء المغربي يصدر حكما بسجن الزفزافي 20 عاما")
    ev = of_type(doc, "SANCTION")
    assert ev, doc["events"]
    assert any("Zefzafi" in " ".join(names_of(doc, e["recipients"])) for e in ev), ev
    assert any("القضاء المغربي" in names_of(doc, e["actors"]) for e in ev), ev


def test_the_threatened_is_the_genitive_of_the_threat_noun(pipe):
    doc = full(pipe, "وتقول بي بي سي إن إيران صعّدت من حملة التخويف، بما في ذلك تهديد الصحفيين واعتقال أقاربهم وحظر السفر.")
    ev = of_type(doc, "THREATEN")
    assert ev, doc["events"]
    assert any("Iran" in names_of(doc, e["actors"]) for e in ev), ev
    assert any("الصحفيين" in names_of(doc, e["recipients"]) for e in ev), ev


def test_two_sides_in_the_genitive_stay_the_sides():
    toks = tokenize("أن لقاء مولر وترامب قد يحصل")
    g0 = {"s": 2, "e": 3, "ids": ["a"], "prep": None}
    g1 = {"s": 3, "e": 4, "ids": ["b"], "prep": None}
    assert S._agent_genitive_cues(toks, [g0, g1])
    toks = tokenize("زيارة الأمير الأولى لواشنطن")
    g0 = {"s": 1, "e": 2, "ids": ["a"], "prep": None}
    g1 = {"s": 3, "e": 4, "ids": ["b"], "prep": "ل"}
    assert S._agent_genitive_cues(toks, [g0, g1])

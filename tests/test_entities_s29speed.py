"""Session 29 (speed): the entity stage's homograph test settles a hit by the first words of kb/homographs.tsv's forms
before it builds the form with the hit's next words, and the tagger's features are drawn from the kept parts in one
pass; the same answers, the same features, as before."""
import pytest

from marsad.entities.kb import load_kb
from marsad.entities.match import Hit
from marsad.entities.stage import EntityStage, _homograph_firsts
from marsad.entities.tagger import Gaz, _bare_parts, _tok_parts, sent_features
from marsad.lang.ar import tokenize

# corpus-like sentences holding homograph forms (with clitics, the article after ل, a multi-word hit) and others
SENTENCES = [
    "وتعهد الرئيس بالقضاء على الفساد في مؤسسات الدولة",
    "قال وزير الخارجية إن السياسة الخارجية لن تتغير",
    "وأعلنت سلطة الطيران المدني استئناف حركة الطيران في مطار بغداد",
    "وشنت قوات النظام السوري غارات على مواقع المعارضة المسلحة في ريف إدلب",
    "ودعا للقضاء التام على تنظيم القاعدة في جزيرة العرب",
    "فالإدارة الأمريكية وللأمن العام ولالنظام وكالنيل",
]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_firsts_are_the_forms_first_words(kb):
    rules = kb.homograph_rules
    assert rules
    firsts = _homograph_firsts(rules)
    assert all(k.split(" ")[0] in firsts for k in rules)
    assert all(any(k.split(" ")[0] == f for k in rules) for f in firsts)


@pytest.mark.parametrize("sent", SENTENCES)
def test_homograph_off_same_with_firsts(kb, sent):
    toks = tokenize(sent)
    joined = [True] * len(toks)
    rules = kb.homograph_rules
    firsts = _homograph_firsts(rules)
    for i in range(len(toks)):
        for j in range(i + 1, min(len(toks), i + 3) + 1):
            h = Hit(i, j, toks[i].start, toks[j - 1].end, 0, None)
            assert EntityStage._homograph_off(sent, toks, joined, h, rules, firsts) == \
                EntityStage._homograph_off(sent, toks, joined, h, rules), (sent, i, j)


def test_homograph_off_reads_a_rule(kb):
    """(the prefilter lets the rules' own forms through: القضاء على is a common word)"""
    sent = SENTENCES[0]
    toks = tokenize(sent)
    i = next(k for k, t in enumerate(toks) if t.text == "بالقضاء")
    h = Hit(i, i + 1, toks[i].start, toks[i].end, 0, None)
    rules = kb.homograph_rules
    assert EntityStage._homograph_off(sent, toks, [True] * len(toks), h, rules, _homograph_firsts(rules))


def _reference_features(norms, gaps, gaz):
    """sent_features as it read before the session."""
    n = len(norms)
    parts = [_tok_parts(w, gaz) for w in norms]
    out = []
    for k in range(n):
        f = list(parts[k][0])
        if gaps[k]:
            f.append("gp=" + gaps[k])
        if k + 1 < n and gaps[k + 1]:
            f.append("gn=" + gaps[k + 1])
        if k == 0:
            f.append("BOS")
        else:
            f += parts[k - 1][1]
            if k > 1:
                f += parts[k - 2][3]
        if k == n - 1:
            f.append("EOS")
        else:
            f += parts[k + 1][2]
            if k + 2 < n:
                f += parts[k + 2][4]
        out.append(f)
    return out


@pytest.mark.parametrize("sent", SENTENCES + ["قال", "قال بوتين"])
def test_sent_features_unchanged(kb, sent):
    gaz = Gaz(kb)
    norms = [t.norm for t in tokenize(sent)]
    gaps = [""] + ["،" if k % 3 == 0 else "" for k in range(1, len(norms))]
    first = sent_features(norms, gaps, gaz)  # (words not kept yet)
    assert first == _reference_features(norms, gaps, gaz)
    assert sent_features(norms, gaps, gaz) == first  # (all kept)
    bp = list(_bare_parts(norms[0], gaz)[0])  # (training: a bare word's own features, no gazetteer classes)
    assert sent_features(norms, gaps, gaz, {0})[0][:len(bp)] == bp

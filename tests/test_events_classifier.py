"""The ASSAULT/PROTEST sentence classifier's word-vector part: the vectors learnt from unlabelled news
(events/wordvecs.py, data/wordvecs.npz), the sentence vector, the logistic regression over it and its place in
the shipped model (classify.SentenceClassifier)."""
from __future__ import annotations

import gzip
import json

import numpy as np
import pytest


@pytest.fixture(scope="module")
def wv():
    from marsad.events.wordvecs import vectors

    v = vectors()
    assert v is not None, "data/wordvecs.npz ships with the package"
    return v


def _vec(wv, word):
    from marsad.events.classify import _base
    from marsad.lang.ar import normalize

    i = wv.index[_base(normalize(word))]
    v = wv.vecs[i]
    return v / np.linalg.norm(v)


def test_word_vectors_put_kindred_news_words_together(wv):
    # protest words beside protest words, strikes beside raids, far from each other
    cos = lambda a, b: float(_vec(wv, a) @ _vec(wv, b))  # noqa: E731
    assert cos("مظاهرات", "احتجاجات") > cos("مظاهرات", "غارات") + 0.2
    assert cos("اعتصام", "تظاهرة") > cos("اعتصام", "قصف") + 0.2
    assert cos("قصف", "غارات") > cos("قصف", "احتجاجات") + 0.2
    assert cos("مقتل", "قتلى") > cos("مقتل", "اعتصام") + 0.2


def test_sentence_vector(wv):
    from marsad.events.classify import sentence_vector

    v = sentence_vector("وقصفت طائرات حربية مواقع للمسلحين في ريف إدلب الجنوبي")
    assert v.shape == (wv.dim,) and abs(float(np.linalg.norm(v)) - 1.0) < 1e-4
    # words the vectors do not know give zeros, not an error
    assert not sentence_vector("xqzv wkpt").any()
    # two tellings of an air strike are nearer each other than a strike and a protest
    a = sentence_vector("شنت طائرات حربية غارات على مواقع المسلحين")
    b = sentence_vector("قصف الطيران الحربي مواقع للمعارضة المسلحة")
    c = sentence_vector("تظاهر مئات الطلاب أمام مبنى الوزارة احتجاجا على رفع الرسوم")
    assert a @ b > a @ c + 0.1


def test_shipped_assault_model_mixes_the_word_vector_part(wv):
    from marsad.events.classify import SentenceClassifier

    clf = SentenceClassifier.load()
    m = clf.models["ASSAULT"]
    assert "vec" in m and m["vec"]["w"].shape == (wv.dim,) and 0 < m["vec"]["alpha"] < 1
    attack = "وقتل خمسة جنود وأصيب عشرة آخرون في هجوم شنه مسلحون على نقطة تفتيش للجيش"
    talks = "وبحث الوزيران سبل تعزيز التعاون الاقتصادي بين البلدين خلال اللقاء"
    assert clf.vector_logit("ASSAULT", attack) > clf.vector_logit("ASSAULT", talks) + 1.0
    # the mixed score equals alpha * sparse + (1 - alpha) * vector log-odds
    from marsad.events.classify import features

    f = features(attack)
    a = m["vec"]["alpha"]
    z = a * clf.sparse_logit("ASSAULT", f) + (1 - a) * clf.vector_logit("ASSAULT", attack)
    assert abs(clf.score("ASSAULT", f, attack) - 1 / (1 + np.exp(-z))) < 1e-9
    # without the sentence's text (a strong rule cue decides) the sparse part alone scores it
    assert abs(clf.score("ASSAULT", f, None) - 1 / (1 + np.exp(-clf.sparse_logit("ASSAULT", f)))) < 1e-9


def test_shipped_protest_model_mixes_the_word_vector_part(wv):
    from marsad.events.classify import SentenceClassifier

    m = SentenceClassifier.load().models["PROTEST"]
    # the sentence's mean vector beside those of its first words and of the rest (classify.split_vector)
    assert "vec" in m and m["vec"]["w"].shape == (3 * wv.dim,) and 0 < m["vec"]["alpha"] < 1 and m["vec"]["head"] > 0
    clf = SentenceClassifier.load()
    protest = "وتظاهر آلاف العمال أمام مبنى البرلمان احتجاجا على تأخر صرف رواتبهم منذ ثلاثة أشهر"
    talks = "وبحث الوزيران سبل تعزيز التعاون الاقتصادي بين البلدين خلال اللقاء"
    assert clf.vector_logit("PROTEST", protest) > clf.vector_logit("PROTEST", talks)


def test_split_vector_parts(wv):
    from marsad.events.classify import sentence_vector, split_vector
    from marsad.lang.ar import tokenize

    text = "قال مسؤول أمني إن مسلحين مجهولين أطلقوا النار على دورية للشرطة في حي الجامعة غرب بغداد مساء أمس"
    toks = tokenize(text)
    v = split_vector(text, head=5)
    d = wv.dim
    assert v.shape == (3 * d,)
    assert np.allclose(v[:d], sentence_vector(text))  # the whole sentence
    assert np.allclose(v[d:2 * d], sentence_vector(" ".join(t.text for t in toks[:5])))  # its first five words
    assert np.allclose(v[2 * d:], sentence_vector(" ".join(t.text for t in toks[5:])))  # the rest
    assert not split_vector(text, head=40)[2 * d:].any()  # a short sentence has no rest: zeros
    # the caller's tokens (the span's own, offsets into the whole text) give the same vectors as tokenising again
    page = "عنوان الخبر\n" + text
    span = tokenize(page, len("عنوان الخبر\n"), len(page))
    assert np.array_equal(split_vector(text), split_vector(None, span))
    assert np.array_equal(sentence_vector(text), sentence_vector(None, span))


def test_vector_l2_is_chosen_on_the_training_sentences():
    from marsad.events.train_classifier import VEC_L2S, vec_l2

    rng = np.random.default_rng(1)
    X = np.vstack([rng.normal(0.5, 1.0, (30, 5)), rng.normal(-0.5, 1.0, (150, 5))])
    y = np.r_[np.ones(30), np.zeros(150)]
    docs = [f"d{k // 2}" for k in range(180)]
    assert vec_l2(X, y, docs) in VEC_L2S


def test_plain_attack_stays_an_event(pipe):
    from conftest import full

    doc = full(pipe, "قصفت طائرات حربية سورية بلدة خان شيخون في ريف إدلب الجنوبي، ما أدى إلى مقتل 12 مدنيا.")
    assert any(e["type"] == "ASSAULT" and not e["negated"] and not e["hypothetical"] for e in doc["events"])


def test_dense_logistic_regression_separates_and_is_balanced():
    from marsad.events.train_classifier import lr_newton

    rng = np.random.default_rng(0)
    X = np.vstack([rng.normal(1.0, 1.0, (20, 3)), rng.normal(-1.0, 1.0, (200, 3))])
    y = np.r_[np.ones(20), np.zeros(200)]
    w, b = lr_newton(X, y, l2=1.0)
    z = X @ w + b
    assert (z[:20] > 0).mean() > 0.8 and (z[20:] < 0).mean() > 0.8  # class-balanced: the rare class is found
    w2, _ = lr_newton(X, y, l2=1000.0)
    assert np.linalg.norm(w2) < np.linalg.norm(w)  # the L2 penalty shrinks the weights


def test_build_word_vectors_from_a_small_corpus(tmp_path):
    from marsad.events.wordvecs import WordVectors, build

    sents = ["تظاهر مئات الطلاب أمام الوزارة احتجاجا على رفع الرسوم",
             "خرج آلاف المحتجين في مسيرة احتجاجا على غلاء الأسعار",
             "قصفت الطائرات الحربية مواقع المسلحين في ريف المدينة",
             "شنت المقاتلات غارات على مواقع المتمردين قرب الحدود",
             "بحث الوزيران سبل تعزيز التعاون الاقتصادي بين البلدين"]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with gzip.open(corpus / "a.jsonl.gz", "wt", encoding="utf-8") as f:
        for k in range(40):
            f.write(json.dumps({"id": str(k), "title": sents[k % 5], "text": " ".join(sents[(k + j) % 5] for j in (0, 0, 1))},
                               ensure_ascii=False) + "\n")
    out = tmp_path / "wv.npz"
    build(corpus, out, n_words=200, n_ctx=200, dim=8, window=2, log=lambda *_: None)
    v = WordVectors.load(out)
    assert v.dim == 8 and len(v.index) == len(v.vecs) and "تظاهر" in v.index
    s = v.sentence_vector(["تظاهر", "طلاب"])
    assert abs(float(np.linalg.norm(s)) - 1.0) < 1e-4


def test_order_cues_name_the_first_act_and_where_each_type_starts():
    # "أدان الرئيس الهجوم الذي استهدف ..." : the condemnation opens the sentence, the attack comes later
    from types import SimpleNamespace as NS

    from marsad.events.classify import ORDER_W, features, order_cues

    def trig(ty, k):
        return NS(value=NS(type=ty, mode=None), start_tok=k, end_tok=k + 1)

    cues = order_cues([trig("ASSAULT", 3), trig("ACCUSE", 0), trig("ASSAULT", 20), trig("NONE", 1)])
    assert cues == [("FT:ACCUSE", ORDER_W), ("AF:ASSAULT:1", ORDER_W)]
    assert order_cues([trig("PROTEST", 0), trig("ACCUSE", 4)]) == []  # no attack named: no cue
    assert order_cues([trig("ASSAULT", 17)]) == [("FT:ASSAULT", ORDER_W), ("AF:ASSAULT:3", ORDER_W)]
    assert order_cues([]) == []
    # (key, weight) extras weigh as given, plain keys as 1
    text = "أدان الرئيس الهجوم"
    a = features(text, extra=[("FT:ACCUSE", 0.5)])
    b = features(text, extra=["FT:ACCUSE"])
    assert a != b and set(a) == set(b)

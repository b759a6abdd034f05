"""Session 35 (throughput): EventStage._factuality reads an act once per sentence and arguments (kept while the
sentence's triggers and mentions are the same lists), and _is_noun / _vn keep their answers per word form; the same
events as reading every time."""
from marsad.events import stage as S
from marsad.events.stage import EventStage
from marsad.lang.ar import tokenize
from marsad.pipeline import build
from marsad.read.jsonl import record_to_document

# corpus sentences (ant_bbc): planned, negated, denied and told acts, attacks and protests (the classifier's flags
# read the factuality of every trigger again)
TEXT = "\n".join([
    "ستفرض الولايات المتحدة رسوما جمركية على واردات الصلب والألومنيوم من الاتحاد الأوروبي، والمكسيك، وكندا.",
    "ولو حدث هذا فستفرض الولايات المتحدة عقوبات اقتصادية أحادية الجانب على إيران.",
    "ونفت الولايات المتحدة وإسرائيل، كلتاهما، شن أي غارات، ثم أشارت تقارير في وقت لاحق إلى أن أنظمة الدفاع الجوي "
    "السورية ربما تكون قد عملت عن طريق الخطأ.",
    "يأتي الهجوم، الذي لم تعلن أي جهة مسؤوليتها عنه حتى الآن، في الوقت الذي تستعد فيه تونس لموسم السياحة الصيفي.",
    "وشنت طائرات التحالف غارات على مواقع للحوثيين في صنعاء، وتظاهر آلاف اليمنيين في تعز احتجاجا على القصف.",
    "ومن المتوقع أن يلتقي وزير الخارجية الأمريكي نظيره الروسي الأسبوع المقبل.",
])


def _events(stage_cls_factuality=None):
    pipe = build()
    saved = EventStage._factuality
    if stage_cls_factuality is not None:
        EventStage._factuality = stage_cls_factuality
    try:
        doc = record_to_document({"title": "", "text": TEXT, "published": "Tue, 13 Mar 2018 10:00:00 GMT"}, "t", "x")
        return pipe.run_one(doc)["events"]
    finally:
        EventStage._factuality = saved


def test_kept_factuality_gives_the_same_events():
    def every_time(self, st, ts, te, typ=None, guess_ok=False):
        return self._factuality_read(st, ts, te, typ, guess_ok)

    kept = _events()
    assert kept  # (the sentences tell acts)
    assert kept == _events(every_time)


def test_factuality_read_again_when_triggers_change():
    stage = EventStage()
    stage.setup()
    text = "ونفت الولايات المتحدة وإسرائيل، كلتاهما، شن أي غارات."
    st = S._Sent(0, 0, len(text), tokenize(text))
    stage._text, stage._pub = text, None
    st.trigs = stage._triggers(st)
    st.cues = S._LAZY
    k = next(m for m in st.trigs if m.value.type == "ASSAULT")
    first = stage._factuality(st, k.start_tok, k.end_tok, "ASSAULT")
    assert first == stage._factuality_read(st, k.start_tok, k.end_tok, "ASSAULT")
    assert stage._factuality(st, k.start_tok, k.end_tok, "ASSAULT") is first  # (kept)
    st.trigs = [m for m in st.trigs if m is not k]  # (a new list: read again)
    assert stage._factuality(st, k.start_tok, k.end_tok, "ASSAULT") == stage._factuality_read(
        st, k.start_tok, k.end_tok, "ASSAULT")
    assert st._facts[0] is st.trigs


def test_kept_word_tests_answer_as_before():
    for w in ("الهجوم", "وبالمقتل", "لمقتل", "للحكومة", "مصرع", "اعتقال", "واستهداف", "تفجير", "ترامب", "قال", "مسؤوليتها"):
        assert S._is_noun(w) == S._is_noun.__wrapped__(w)
        assert S._vn(w) == S._vn.__wrapped__(w)

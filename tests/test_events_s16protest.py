"""Missed protests (session 16, track s16protest): a protest told as going on (استمرار المظاهرات، احتجاجات متواصلة،
مظاهرات مستمرة لليوم السادس، احتجاجات دخلت أسبوعها الثاني) has taken place whatever the sentence classifier reads
(gatherings.told_ongoing: pin "occur"); with no crowd named it is held by the crowd of the place it is told in, or of
the story's protests. Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def _protests(doc, word):
    return [e for e in factual(doc, "PROTEST") if word in e["sentence"]]


def test_continuing_protests_against_the_government_are_a_protest(pipe):
    doc = full(pipe, "ما هي الأسئلة التي تدور بأذهانكم عن أحداث البصرة؟\n\n"
                     "وسط استمرار المظاهرات المناوئة للحكومة في جنوب العراق أعلنت السلطات حظر التجول في البصرة، وهو "
                     "القرار التي أقدمت على إلغائه قبل دقائق من تفعيله.", published="2018-09-06T13:00")
    ev = _protests(doc, "استمرار المظاهرات")
    assert ev and "IRQ" in party(doc, ev[0]["recipients"])


def test_protests_that_entered_their_second_week(pipe):
    doc = full(pipe, "تصاعد التوتر جنوب العراق والشرطة تفرق المحتجين بالهراوات\n\n"
                     "تشهد عدة مدن جنوب العراق احتجاجات اجتماعية دخلت أسبوعها الثاني.", published="2018-07-17T12:00")
    ev = _protests(doc, "دخلت أسبوعها")
    assert ev and "protesters" in party(doc, ev[0]["actors"]) and "IRQ" in party(doc, ev[0]["recipients"])


def test_ongoing_protests_after_a_resignation_keep_their_target(pipe):
    doc = full(pipe, "وتأتي استقالة الملقي بعد أيام من الاحتجاجات الشعبية والنقابية المستمرة على خلفية قرار الحكومة "
                     "الأردنية رفع الضرائب.", published="2018-06-04T12:00")
    ev = _protests(doc, "المستمرة")
    assert ev and "JOR" in party(doc, ev[0]["recipients"])


def test_ongoing_word_of_another_noun_is_no_protest_told():
    from marsad.events import stage  # noqa: F401  (gatherings reads the stage's helpers)
    from marsad.events import gatherings

    class T:
        def __init__(self, text, start):
            from marsad.lang.ar import normalize
            self.text, self.start, self.end, self.norm = text, start, start + len(text), normalize(text)

    def toks(s):
        out, k = [], 0
        for w in s.split():
            k = s.index(w, k)
            out.append(T(w, k))
            k += len(w)
        return s, out

    s, t = toks("احتجاجات ضد الحرب المستمرة في اليمن")
    assert not gatherings.told_ongoing(s, t, 0, 1)  # (the war goes on, not the protests)
    s, t = toks("احتجاجات شعبية متواصلة في المملكة")
    assert gatherings.told_ongoing(s, t, 0, 1)
    s, t = toks("وسط استمرار المظاهرات في البصرة")
    assert gatherings.told_ongoing(s, t, 2, 3)


def test_a_dated_duplicate_of_the_storys_protest_is_one_event(pipe):
    doc = full(pipe, "ملك الأردن يدعو إلى حوار وطني\n\n"
                     "دعا العاهل الأردني الملك عبد الله الثاني إلى حوار وطني شامل في ظل استمرار الاحتجاجات المنددة "
                     "بارتفاع الأسعار. وتواصلت المظاهرات في عمان وعدد من المدن الأردنية ليل الجمعة السبت تنديدا بقانون "
                     "ضريبة الدخل.", published="2018-06-02T12:00")
    evs = factual(doc, "PROTEST")
    assert evs and all(e["recipients"] for e in evs)

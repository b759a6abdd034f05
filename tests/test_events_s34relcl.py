"""Relative clauses, session 34 (track s34relcl): an act told inside a relative clause whose own words put it in the
antecedent's past (سابقا، مرارا، في السابق، في بداية الأمر، سبق أن، في عهد، خلال فترة ولاية) is background, not an act of
the story (precision.relative_past); current acts told in a relative clause stay. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import full, party
from evhelpers import current


# --- must not fire: a past-time cue inside the relative clause ------------------------------------------------------

def test_condemnation_at_first_in_a_relative_is_background(pipe):
    doc = full(pipe, "وتقول صحيفة تايمز أوف إسرائيل \"قال رئيس الوزراء بنيامين نتنياهو الذي دان عزاريا في بداية الأمر، ولكن "
                     "نادى بعدها بالعفو عنه، 'إنه سعيد بأن المسألة انتهت\".", "2018-05-08T14:15")
    assert not [e for e in current(doc, "ACCUSE") if e["trigger"]["text"] == "دان"]


def test_repeated_criticism_in_a_relative_is_background(pipe):
    doc = full(pipe, "واعتبر ترمب، الذي انتقد مراراً الاتفاق، أنه يفتقر إلى آليات \"لكشف أي غش والمعاقبة عليه\".",
               "2018-05-09T10:00")
    assert not [e for e in current(doc, "ACCUSE") if e["trigger"]["text"] == "انتقد"]


def test_criticism_in_the_past_in_a_relative_is_background(pipe):
    doc = full(pipe, "وكتب ميغانو، الذي انتقد البابا في السابق \"البابا فرانسيس طالب سابقا بالشفافية التامة في الكنيسة\".",
               "2018-08-26T13:27")
    assert not [e for e in current(doc, "ACCUSE") if e["trigger"]["text"] == "انتقد"]


def test_deal_concluded_under_a_former_president_is_background(pipe):
    doc = full(pipe, "تبذل بريطانيا وفرنسا وألمانيا جهودا مكثفة في محاولة للإبقاء على الاتفاق النووي الإيراني الذي أبرم "
                     "خلال فترة ولاية الرئيس الأمريكي السابق باراك أوباما ووقعت عليه روسيا والصين أيضا.", "2018-05-08T02:44")
    assert not [e for e in current(doc, "AGREE") if e["trigger"]["text"] == "أبرم"]


# --- must fire: current acts told in a relative clause ---------------------------------------------------------------

def test_arrival_on_a_day_in_a_relative_stays(pipe):
    doc = full(pipe, "ولم يحدد غريفيث، الذي وصل إلى صنعاء الاثنين، مكان الاجتماع.", "2018-07-04T13:58")
    assert current(doc, "CONSULT")


def test_welcome_in_a_relative_stays(pipe):
    doc = full(pipe, "والتقت موغيريني رئيس حكومة الوفاق الوطني الليبية فايز السراج الذي رحب في بيان \"بأول زيارة إلى ليبيا\" "
                     "تجريها المسؤولة الأوروبية.", "2018-07-15T06:16")
    assert [e for e in current(doc, "SUPPORT") if e["trigger"]["text"] == "رحب"]


def test_strikes_a_relative_tells_stay(pipe):
    doc = full(pipe, "دعا الرئيس الفرنسي إيمانويل ماكرون في بيان الخميس، إلى \"نزع فتيل التصعيد\" بين إسرائيل وإيران، في "
                     "أعقاب الضربات الإسرائيلية التي استهدفت عشرات المواقع الإيرانية في سوريا، ردا على إطلاق صواريخ عليها "
                     "من داخل الأراضي السورية.", "2018-05-10T10:12")
    assert current(doc, "ASSAULT")


def test_earlier_today_is_no_past_cue(pipe):
    doc = full(pipe, "وأضاف بولتون الذي التقى في وقت سابق اليوم بوتين إنه لا يعتقد أن هناك \"أي شيء غير عادي\" في اجتماع "
                     "ترمب مع بوتين.", "2018-06-27T12:00")
    assert [e for e in current(doc, "CONSULT") if "Vladimir Putin" in party(doc, e["recipients"])]


# --- the cue itself (precision.relative_past), on whitespace tokens --------------------------------------------------

def _toks(s):
    import re
    from types import SimpleNamespace

    from marsad.lang.ar import normalize
    return [SimpleNamespace(norm=normalize(m.group()), start=m.start(), end=m.end()) for m in re.finditer(r"[^\s،,.\"]+", s)]


def _relative_past(s, trig):
    from marsad.events.precision import relative_past
    toks = _toks(s)
    ts = next(i for i, t in enumerate(toks) if s[t.start:t.end] == trig)
    return relative_past(s, toks, ts, ts + 1)


def test_relative_past_cues():
    assert _relative_past("لكن سالفيني، الذي سبق وأن وصف قوارب المساعدات بأنها سيارات أجرة، رفض", "وصف")
    assert _relative_past("وكان ترامب قد انتقد الاتفاق الذي أبرم في عهد سلفه الرئيس باراك أوباما.", "أبرم")
    assert _relative_past("واعتبر ترمب، الذي انتقد مراراً الاتفاق، أنه يفتقر", "انتقد")
    assert _relative_past("زعيم حزب حركة إنصاف المعارضة الذي وعد ببناء باكستان جديدة خلال حملته الانتخابية.", "وعد")


def test_relative_past_not_fired():
    # earlier today, "by", a cue past the clause's comma, an act outside any relative clause
    assert not _relative_past("وأضاف بولتون الذي التقى في وقت سابق اليوم بوتين إنه لا يعتقد", "التقى")
    assert not _relative_past("وقال الرئيس الذي التقى الوفد، الذي زار البلاد سابقا، إن", "التقى")
    assert not _relative_past("وانتقد الرئيس مرارا الاتفاق النووي", "وانتقد")
    assert not _relative_past("التحقيق الذي أعلن من قبل الشرطة", "أعلن")
    assert not _relative_past("الغارات التي شنتها القوات خلال حملتها العسكرية على الرقة", "شنتها")

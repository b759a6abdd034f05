"""Session 26, track s26rare2: burning a flag, a picture or an effigy (أحرق، يحرقون، قام بإحراق with علم، أعلام، صور
after it: 21 corpus sentences of 2018) is a PROTEST against the party whose flag or picture burns, told as done (the
PROTEST classifier, which learnt marches, does not veto it); burning a house or a bare noun of a named Friday gives
none. Sentences in the phrasing of the 2018 news corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_protesters_burn_flags_of_two_states(pipe):
    doc = full(pipe, "الأردن\n\n" "وأحرق مئات المحتجين أعلام الولايات المتحدة وإسرائيل أمام السفارة الأمريكية في عمّان.",
               published="2018-05-16T12:00")
    ev = [e for e in factual(doc, "PROTEST") if "Israel" in party(doc, e["recipients"])]
    assert ev and "United States" in party(doc, ev[0]["recipients"]), doc["events"]


def test_mps_burn_the_american_flag(pipe):
    doc = full(pipe, "إيران\n\n" "كما قام النواب الإيرانيون في نفس الجلسة بإحراق العلم الأمريكي ونسخة رمزية من الاتفاق النووي.",
               published="2018-05-09T12:00")
    ev = factual(doc, "PROTEST")
    assert ev and "American" in party(doc, ev[0]["recipients"]), doc["events"]


def test_protesters_burn_flags_of_a_state(pipe):
    doc = full(pipe, "العراق\n\n" "وكان مئات المحتجين الغاضبين قد اقتحموا مقر القنصلية الإيرانية في البصرة، وأحرقوه بالكامل كما "
                     "أحرقوا أعلاما إيرانية.", published="2018-09-08T12:00")
    ev = [e for e in factual(doc, "PROTEST") if "Iranian" in party(doc, e["recipients"])]
    assert ev, doc["events"]


def test_burning_houses_is_no_protest(pipe):
    doc = full(pipe, "ميانمار\n\n" "وأحرق الجنود منازل الروهينغا في قرى ولاية راخين.", published="2018-05-09T12:00")
    assert not factual(doc, "PROTEST"), doc["events"]

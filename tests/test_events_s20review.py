"""Review of the twentieth session's changes (s20review): fixes of slips in its code, each with the sentence that
shows it."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import has_pair


def test_kb_is_cached():
    # (the s19parties _strip_def had taken _kb's lru_cache: load_kb fingerprinted its files on every call)
    from marsad.events import parties
    assert hasattr(parties._kb, "cache_info")
    assert not hasattr(parties._strip_def, "cache_info")


def test_charge_faced_stops_at_a_comma(pipe):
    # precision.charge_noun read the gap after a verb of facing from the tokens, which hold no punctuation: a crisis
    # faced in one clause dropped the opposition's charges told in the next (was: no event)
    doc = full(pipe, "وتواجه الحكومة الإسرائيلية أزمة سياسية، واتهامات المعارضة لنتنياهو بالفساد تتصاعد.",
               published="2018-05-01T10:00")
    assert has_pair(doc, "ACCUSE", "المعارضة", "Netanyahu"), doc["events"]
    doc = full(pipe, "وتواجه الحكومة أزمة، ووجهت المعارضة اتهامات لنتنياهو بالفساد.", published="2018-05-01T10:00")
    assert has_pair(doc, "ACCUSE", "المعارضة", "Netanyahu"), doc["events"]


def test_charge_faced_without_a_comma_still_dropped(pipe):
    # negative: the subject facing charges accuses no one (s20fp)
    doc = full(pipe, "يواجه رجل الأعمال الفرنسي الملياردير فانسان بولوريه (66 عاما) اتهامات بالفساد.",
               published="2018-05-01T10:00")
    assert not factual(doc, "ACCUSE"), doc["events"]


def test_monday_between_two_days_at_the_sentence_end():
    # events/dates.sentence_cues: "بين الاثنين والأربعاء" is Monday to Wednesday even when والأربعاء ends the sentence
    # (the check read one token too far and took the Monday for "the two")
    import datetime as dt

    from marsad.events import dates, stage
    lx = stage.load_lexicons()
    for text, want in (("اجتمعوا بين الاثنين والأربعاء", ["الاثنين", "والأربعاء"]),
                       ("اجتمعوا بين الاثنين والأربعاء في جنيف", ["الاثنين", "والأربعاء"]),
                       ("الخلاف بين الاثنين", [])):
        cues = dates.sentence_cues(lx.datecues, text, stage.tokenize(text), dt.date(2018, 5, 3))
        assert [c.text for c in cues] == want, text


def test_dispute_topic_past_a_comma_before_it(pipe):
    # stage._factuality (s20deny): the topic of a dispute is no act told; the break check began five words before the
    # topic word, so a comma before the dispute noun, in the clause of saying, undid the rule
    doc = full(pipe, "وقالت المصادر، إن خلافا أميركيا ألمانيا حول تصنيف حزب الله منظمة إرهابية يتصاعد.",
               published="2018-05-03T10:00")
    assert not factual(doc, "SANCTION"), doc["events"]


def test_act_after_a_denied_report_and_a_comma_is_told(pipe):
    # critics.in_denied_report (s20deny) read the gap after each word from two before the trigger, never the one right
    # before it: the accusation of the next clause was taken for the content of the denied report
    doc = full(pipe, "ونفى حزب الله ما نشره الموقع، واتهم إسرائيل بالوقوف خلف الحملة.", published="2018-05-03T10:00")
    assert has_pair(doc, "ACCUSE", "Hezbollah", "Israel"), doc["events"]


def test_refused_handover_opening_the_sentence(pipe):
    # stage._needs_ok @refused (s20deny) asked for a word before the negation: a headline or sentence opening with لن
    # told no refusal
    doc = full(pipe, "لن تسلم إسرائيل جثث خمسة عناصر من حركة الجهاد إلى حماس.", published="2018-05-03T10:00")
    assert any("Israel" in party(doc, e["actors"]) for e in factual(doc, "REJECT")), doc["events"]

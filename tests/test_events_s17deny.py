"""s17deny: a bare denial (no charge noun, no accuser named) rejects the author of the accusation told before it."""
import pytest

from marsad.pipeline import build
from marsad.record import new_document


@pytest.fixture(scope="module")
def pipe():
    return build()


def _events(pipe, text):
    doc = pipe.run_one(new_document("t", text, kind="jsonl", meta={"published": "2018-04-13"}))
    names = {e["id"]: e["name"] for e in doc.get("entities") or []}
    return [(e["type"], [names.get(a) for a in e["actors"]], [names.get(r) for r in e["recipients"]])
            for e in doc.get("events") or [] if not e["negated"] and not e["hypothetical"]]


def test_bare_denial_after_accusation(pipe):
    evs = _events(pipe, "بريطانيا تتهم روسيا بتسميم سكريبال\n\nنفت روسيا أي تدخل في الهجوم.")
    assert ("REJECT", ["Russia"], ["United Kingdom"]) in evs


def test_bare_denial_without_accusation_is_no_event(pipe):
    evs = _events(pipe, "سوريا: إنذار خاطئ\n\nنفت سوريا وقوع اعتداء خارجي على أراضيها.")
    assert not any(t == "REJECT" for t, _, _ in evs)


def test_bare_denial_goes_on_with_describing_verb(pipe):
    # the accusation of the sentence before stays; the describing verb after the denial is the same denial
    evs = _events(pipe, "تلاسن بريطاني روسي في مجلس الأمن\n\nتحولت جلسة مجلس الأمن إلى \"حصة تلاسن\" بين المندوب الروسي"
                        " والمندوبة البريطانية على خلفية اتهام موسكو لبريطانيا بالتورط في تدبير الهجوم.\nونفت سفيرة"
                        " بريطانيا لدى الأمم المتحدة، أن تكون بلادها ضالعة في الهجوم الكيماوي في سوريا، ووصفت الاتهامات"
                        " الروسية بالـ \"غريبة\" و\"الـكذب الصارخ.\"")
    assert ("ACCUSE", ["Moscow"], ["United Kingdom"]) in evs
    assert any(t == "REJECT" and r == ["Moscow"] for t, _, r in evs)
    assert not any(t == "ACCUSE" and r == ["Russian"] for t, _, r in evs)


def test_whoever_denies_is_no_denial(pipe):
    evs = _events(pipe, "إسرائيل تتهم عباس بمعاداة السامية\n\nقال نتنياهو: \"يبدو أن من نفى المحرقة يبقى نافيا لها\".")
    assert not any(t == "REJECT" for t, _, _ in evs)


def test_denial_answers_the_headline_opponent(pipe):
    # no accusation coded: the one foreign state the headline sets against the denier's state
    evs = _events(pipe, "انقضاء مهلة بريطانيا لروسيا بشأن استهداف الجاسوس الروسي السابق\n\nوتتجه الأنظار حالياً إلى"
                        " الخطوات التي ستتخذها رئيسة الوزراء البريطانية تيريزا ماي.\nوتنفي روسيا التورط في تسميم سكربيل"
                        " وابنته.")
    assert ("REJECT", ["Russia"], ["United Kingdom"]) in evs


def test_party_of_denied_contact_is_no_opponent(pipe):
    evs = _events(pipe, "بيسكوف: لا وجود لتواصل بين روسيا وإسرائيل بشأن ضرب قاعدة تيفور\n\nنفى المتحدث باسم الرئاسة"
                        " الروسية، ديميتري بيسكوف، وجود تواصل بين الرئيس الروسي، فلاديمير بوتين، والحكومة الإسرائيلية.")
    assert not any(t == "REJECT" and "Israel" in r for t, _, r in evs)

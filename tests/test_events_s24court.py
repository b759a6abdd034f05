"""Session 24 (track s24court): a verdict on a culprit's description (على مدبر الهجوم، على منفذ الهجوم) sentences that
culprit (or the person named in apposition after the description), never a party inside it."""
import pytest

from conftest import sides


def _events(pipe, text, typ="SANCTION"):
    from marsad.record import new_document
    doc = pipe.run_one(new_document("t", text, kind="jsonl", meta={"published": "2018-06-27"}))
    return sides(doc, typ)


@pytest.mark.parametrize("text,actor,sentenced,not_sentenced", [
    ("قضت محكمة أميركية، الأربعاء، بالسجن 22 عاما على مدبر الهجوم الدامي على المجمعات الدبلوماسية الأميركية في "
     "بنغازي قبل 6 سنوات.", "محكمة أميركية", "مدبر الهجوم", "American"),
    ("قضت محكمة أميركية، الأربعاء، بالسجن 22 عاما على مدبر الهجوم على القنصلية الأمريكية في بنغازي أحمد أبو ختالة.",
     "محكمة أميركية", "مدبر الهجوم", "American"),
    ("قضت محكمة مصرية بالإعدام على منفذ الهجوم على الكنيسة.", "محكمة مصرية", "منفذ الهجوم", "EGY"),
])
def test_culprit_sentenced(pipe, text, actor, sentenced, not_sentenced):
    evs = _events(pipe, text)
    assert any(actor in a and sentenced in r and not_sentenced not in r for a, r, _ in evs), evs


def test_named_convict_unchanged(pipe):
    evs = _events(pipe, "قضت محكمة مصرية بالسجن 10 سنوات على الناشط علاء عبد الفتاح.")
    assert any("علاء عبد الفتاح" in r for _a, r, _ in evs), evs

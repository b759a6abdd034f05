"""Session 24 (track s24court): a verdict on a culprit's description (على مدبر الهجوم، على منفذ الهجوم) sentences that
culprit (or the person named in apposition after the description), never a party inside it."""
import pytest

from evhelpers import record_sides

PUB = "2018-06-27"  # the day the test articles are published


@pytest.mark.parametrize("text,actor,sentenced,not_sentenced", [
    ("قضت محكمة أميركية، الأربعاء، بالسجن 22 عاما على مدبر الهجوم الدامي على المجمعات الدبلوماسية الأميركية في "
     "بنغازي قبل 6 سنوات.", "محكمة أميركية", "مدبر الهجوم", "American"),
    ("قضت محكمة أميركية، الأربعاء، بالسجن 22 عاما على مدبر الهجوم على القنصلية الأمريكية في بنغازي أحمد أبو ختالة.",
     "محكمة أميركية", "مدبر الهجوم", "American"),
    ("قضت محكمة مصرية بالإعدام على منفذ الهجوم على الكنيسة.", "محكمة مصرية", "منفذ الهجوم", "EGY"),
])
def test_culprit_sentenced(pipe, text, actor, sentenced, not_sentenced):
    evs = record_sides(pipe, text, "SANCTION", PUB)
    assert any(actor in a and sentenced in r and not_sentenced not in r for a, r, _ in evs), evs


def test_named_convict_unchanged(pipe):
    evs = record_sides(pipe, "قضت محكمة مصرية بالسجن 10 سنوات على الناشط علاء عبد الفتاح.", "SANCTION", PUB)
    assert any("علاء عبد الفتاح" in r for _a, r, _ in evs), evs

"""Session 21 (track s21consult): a counterpart named by his state's nisba alone and joined by ونظيره/ونظيرته to the
person before is the second side of the talks they hold (أجرى السيسي ونظيره الروسي محادثات); a meeting noun the lexicon
marks as one (مؤتمر صحفي مع) fronted before the main clause takes the person after مع as the side met, not as its
subject (وخلال مؤتمر صحفي مع الرئيس السوداني عمر البشير، قال الرئيس المصري ...)."""
import pytest

from conftest import full


def _consult(pipe, text):
    doc = full(pipe, text)
    ents = {e["id"]: e for e in doc["entities"]}

    def names(ids):
        out = []
        for i in ids:
            e = ents.get(i) or {}
            out += [e.get("name") or "", e.get("name_ar") or "", e.get("country") or ""]
        return " ".join(out)
    return [(names(e["actors"]), names(e["recipients"])) for e in doc["events"]
            if e["type"] == "CONSULT" and not e["negated"] and not e["hypothetical"]]


@pytest.mark.parametrize("text,actor,other", [
    ("واختتم وزير الخارجية الأمريكي ونظيره الروسي، الجمعة، محادثات في جنيف استمرت يومين.", "USA", "RUS"),
    ("أجرى وزير الدفاع التركي ونظيره الأمريكي، الخميس، مباحثات في أنقرة.", "TUR", "USA"),
])
def test_nisba_counterpart_joined(pipe, text, actor, other):
    evs = _consult(pipe, text)
    assert any(actor in a and other in r or actor in r and other in a for a, r in evs), evs


@pytest.mark.parametrize("text,actor,other", [
    ("وخلال مؤتمر صحفي مع الرئيس السوداني عمر البشير الخميس، قال الرئيس المصري عبد الفتاح السيسي إن بلاده ستعمل مع "
     "السودان.", "Sisi", "Bashir"),
    ("وفي مؤتمر صحافي مع رئيس الوزراء الياباني شينزو آبي، قال الرئيس الأمريكي دونالد ترامب إن العقوبات ستبقى.",
     "Trump", "Abe"),
])
def test_fronted_press_conference_with(pipe, text, actor, other):
    evs = _consult(pipe, text)
    assert any(actor in a and other in r for a, r in evs), evs


def test_press_conference_alone_no_counterpart(pipe):
    # a press conference with no one named after مع is no meeting
    evs = _consult(pipe, "وقال الرئيس المصري عبد الفتاح السيسي في مؤتمر صحفي الخميس إن بلاده ستعمل مع السودان.")
    assert not any("Sisi" in a for a, r in evs), evs

"""s20dropped: readings the coder made and then dropped for want of a party (an age after a name read as a counted
object; states of a bloc told as "دولا في حلف شمال الأطلسي")."""
from __future__ import annotations

from conftest import factual, full, party


def test_age_after_the_one_arrested_is_no_counted_object(pipe):
    # "واعتقل X (29 عاما)": a passive; the age in parentheses made X the subject of an active verb (no one arrested)
    doc = full(pipe, "واعتقل يونس بويرس (29 عاما) في أنقرة.")
    ev = factual(doc, "COERCE")
    assert ev, doc["events"]
    assert "بويرس" in party(doc, ev[0]["recipients"])
    assert ev[0]["actors"] and "بويرس" not in party(doc, ev[0]["actors"])


def test_age_after_a_detained_journalist(pipe):
    doc = full(pipe, "واحتجزت الصحفية ميشالي تولو (33 عاما)، الأحد، في تركيا.")
    ev = factual(doc, "COERCE")
    assert ev, doc["events"]
    assert "تولو" in party(doc, ev[0]["recipients"])


def test_counted_object_still_makes_the_verb_active(pipe):
    # (a count that is no age: the party before it arrested)
    doc = full(pipe, "واعتقل الجيش الإسرائيلي 12 فلسطينيا في الضفة الغربية.")
    ev = factual(doc, "COERCE")
    assert ev, doc["events"]
    assert "ISR" in party(doc, ev[0]["actors"])


def test_states_of_a_bloc_are_the_bloc(pipe):
    doc = full(pipe, "انتقد وزير الخارجية الروسي سيرغي لافروف، الأربعاء، دولا أعضاء في الاتحاد الأوروبي بسبب تمديد "
                     "العقوبات على موسكو.")
    ev = factual(doc, "ACCUSE")
    assert ev, doc["events"]
    assert "European Union" in party(doc, ev[0]["recipients"])


def test_states_of_a_bloc_after_a_demand(pipe):
    doc = full(pipe, "ترامب يطالب دولا في حلف الأطلسي بزيادة إنفاقها العسكري")
    ev = factual(doc, "REQUEST")
    assert ev, doc["events"]
    assert "NATO" in party(doc, ev[0]["recipients"])


def test_states_in_a_region_are_no_party(pipe):
    # (a continent is no body of states: no addressee, no accusation)
    doc = full(pipe, "اتهم الرئيس الأمريكي دونالد ترامب دولا في آسيا بالتلاعب بالعملة.")
    assert not any("Asia" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE")), doc["events"]

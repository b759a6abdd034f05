"""Acts told as done whose doer, or (for a type that needs one) whose target, the coder could not name are kept apart
from the claims in the output: events vs partial_events (session 20)."""
from marsad.record import to_output

from conftest import full


def out(pipe, text, published="2018-06-17T10:00"):
    return to_output(full(pipe, "عنوان\n\n" + text, published))


def test_an_attack_with_no_target_named_is_partial(pipe):
    rec = out(pipe, "وقالت الشرطة الأمريكية إن شخصين مسلحين على الأقل فتحا النار خلال مهرجان في ولاية نيوجيرسي يوم الأحد.")
    assert not any(e["type"] == "ASSAULT" for e in rec["events"]), rec["events"]
    assert any(e["type"] == "ASSAULT" and e["partial"] for e in rec["partial_events"]), rec["partial_events"]


def test_a_claim_with_its_parties_and_a_one_sided_type_stay_events(pipe):
    rec = out(pipe, "اعتقلت السلطات المصرية الناشط السياسي وائل عباس فجر الأربعاء.", "2018-05-24T10:00")
    assert any(e["type"] == "COERCE" for e in rec["events"]) and not rec["partial_events"], rec
    rec = out(pipe, "أرسلت تركيا تعزيزات عسكرية إلى ريف حماة.", "2018-06-29T10:00")
    assert any(e["type"] == "MOBILIZE" for e in rec["events"]), rec


def test_negated_and_hypothetical_events_are_never_partial(pipe):
    rec = out(pipe, "هدد الرئيس الأمريكي بفرض عقوبات.", "2018-06-29T10:00")
    assert all(not e.get("partial") for e in rec["events"] + rec["partial_events"] if e["hypothetical"] or e["negated"])

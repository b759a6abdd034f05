"""An organ of a body named after it with ل acts for that body (session 20): 'ودعت الجمعية البرلمانية لمجلس أوروبا
السلطات التركية' is a request of the Council of Europe, not an actorless one."""
from conftest import full


def events(pipe, text):
    doc = full(pipe, "عنوان\n\n" + text, "2018-04-25T10:00")
    ents = {e["id"]: e for e in doc["entities"]}
    return [(e["type"], sorted(ents[a]["name"] for a in e["actors"]), sorted(ents[r]["name"] for r in e["recipients"]))
            for e in doc["events"]]


def test_organ_subject_is_the_body(pipe):
    assert ("REQUEST", ["Council of Europe"], ["السلطات التركية"]) in events(pipe,
        "ودعت الجمعية البرلمانية لمجلس أوروبا السلطات التركية إلى الإفراج عن الصحفيين المعتقلين.")
    assert ("REQUEST", ["Hamas"], ["Egypt"]) in events(pipe, "ودعا المكتب السياسي لحركة حماس مصر إلى فتح معبر رفح.")
    assert any(t == "ASSAULT" and a == ["Hamas"] for t, a, _ in events(pipe,
        "وقصف الجناح العسكري لحركة حماس مستوطنات إسرائيلية بالصواريخ."))


def test_an_organ_after_a_preposition_stays_its_complement(pipe):
    # (the body is the addressee after إلى; the organ phrase is no subject there)
    evs = events(pipe, "دعت الولايات المتحدة المكتب السياسي لحركة حماس إلى وقف إطلاق الصواريخ.")
    assert any(t == "REQUEST" and a == ["United States"] and r == ["Hamas"] for t, a, r in evs), evs


def test_a_body_of_one_state_before_a_country_named_as_object(pipe):
    # (the country right after the body's demonym is the verb's object, not a second state of a joint body)
    assert ("REQUEST", ["وزارة النقل الروسية"], ["United Kingdom"]) in events(pipe,
        "وطالبت وزارة النقل الروسية بريطانيا بتفسير سبب تفتيش الطائرة.")

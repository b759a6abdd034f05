"""Recipients dropped for want of a recognised party (session 13, track s13brecip): the Korean family name كيم
alone is Kim Jong-un's short name, so talks and agreements with him keep their other side; but كيم followed by a
name-like word no dictionary holds starts another bearer's name (كيم يونج تشول). Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_meeting_with_kim_by_short_name_has_him_as_the_other_side(pipe):
    doc = full(pipe, "وكان ترامب قد أعلن خلال مؤتمر صحفي بعد اجتماعه مع كيم في سنغافورة، إنه سيوقف ما وصفه "
                     "بالتدريبات العسكرية المنتظمة.", published="2018-06-23T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and "Trump" in party(doc, ev[0]["actors"]) and "Kim Jong-un" in party(doc, ev[0]["recipients"])


def test_summit_headline_between_trump_and_kim(pipe):
    doc = full(pipe, "انتهاء أول لقاء بين ترامب وكيم.. وترقب عالمي للاجتماع الموسع\n\nانتهى أول لقاء في القمة التاريخية "
                     "في سنغافورة صباح اليوم الثلاثاء.", published="2018-06-12T12:00")
    ev = factual(doc, "CONSULT")
    assert any("Kim Jong-un" in party(doc, e["actors"] + e["recipients"])
               and "Trump" in party(doc, e["actors"] + e["recipients"]) for e in ev)


def test_kim_followed_by_another_given_name_is_another_person(pipe):
    doc = full(pipe, "وأشار بومبيو بعد اجتماعات عقدها مع المبعوث الكوري الشمالي كيم يونج تشول في نيويورك، إلى "
                     "استمرار الحاجة إلى مزيد من العمل.", published="2018-05-31T12:00")
    assert not any(e["name"] == "Kim Jong-un" for e in doc["entities"])
    ev = factual(doc, "CONSULT")
    assert ev and "Kim Jong-un" not in party(doc, ev[0]["recipients"])


def test_first_person_plural_call_in_a_quote_is_the_speakers_toward_the_party_after_it(pipe):
    doc = full(pipe, 'وعلق وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش على المشروع، قائلا: "خسائر أزمة الدوحة '
                     'المعنوية والمادية والسيادية ستبدو متواضعة أمام عزلة جغرافية حقيقية، الكبرياء لا يليق بمن مارس الغدر '
                     'في العلاقة، وحتى في هذا المنعطف ندعو الدوحة لتغليب العقل والحكمة".', published="2018-04-11T12:00")
    ev = factual(doc, "REQUEST")
    assert ev and "Gargash" in party(doc, ev[0]["actors"]) and "Doha" in party(doc, ev[0]["recipients"])

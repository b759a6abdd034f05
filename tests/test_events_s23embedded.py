"""Session 23 (track s23embedded): the act named inside a reaction is an event of its own. A condemnation or a welcome
often names the act it reacts to by its verbal noun with the act's doer in the genitive (a party or a nationality
adjective) and its target after it; that act is told as done, by that doer, to that target: "أدانت قطر إطلاق جماعة
الحوثي لصواريخ صوب الأراضي السعودية" (a light noun: إطلاق، شن، قيام بـ، إقدام على)، "قصف إيران لمقر الحزب"، "الغارات
التركية على مخيم مخمور". A warning against an act or a refusal of one tells no act."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor,target", [
    # a light noun with its genitive doer, the commas around a day between the reaction and its object
    ("أدانت قطر، الاثنين، إطلاق جماعة الحوثي لصواريخ صوب الأراضي السعودية.", "Houthi", "SAU"),
    # the doer in the genitive, the target after an attached لـ
    ("وأدان الرئيس العراقي قصف إيران لمقر الحزب الديمقراطي الكردستاني الإيراني في كويسنجق.", "IRN", "Kurdistan"),
    # the doer a nationality adjective, the target after على
    ("العراق يدين الغارات التركية على مخيم مخمور.", "TUR", "مخمور"),
    # a manner phrase between the verb and its object
    ("أدان أعضاء مجلس الأمن بأشد العبارات الممكنة إطلاق الحوثيين لصواريخ باليستية على مدن سعودية.", "Houthi", "SAU"),
])
def test_reacted_assault(pipe, text, actor, target):
    evs = sides(full(pipe, text), "ASSAULT")
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_reacted_arrest_by_light_noun(pipe):
    # "إقدام X على": the party after the light noun arrested, not the one who condemns
    evs = sides(full(pipe, "أدانت منظمة العفو الدولية إقدام السلطات الإيرانية على اعتقال ناشطات."), "COERCE")
    assert evs and all("IRN" in a and "Amnesty" not in a for a, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    # warned against, refused: no act told
    "حذرت تركيا من قصف القوات الأمريكية مواقع في سوريا.",
    "رفضت روسيا أي هجوم أمريكي على سوريا.",
    # criticised with no target named in its phrase: left to the sentence classifier, which reads no attack here
    "كما انتقدت وزارة الخارجية القصف الإيراني قائلة في بيان إنها ترفض خرق السيادة.",
])
def test_no_reacted_assault(pipe, text):
    assert not sides(full(pipe, text), "ASSAULT"), sides(full(pipe, text), "ASSAULT")

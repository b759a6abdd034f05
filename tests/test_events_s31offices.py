"""Offices of a government named without their holder (s31offices, data/offices.tsv): "وزير الداخلية"، "مدير
المخابرات"، "قائد الجيش" are parties of their own, of the country the text gives them (a demonym, "في <state>", the
party that acts on them in the sentence, the story's country), resolved to the knowledge base's holder of that office
on the story's date where it has one; not under another office (نائب وزير المالية), not where a name or a qualifier
the list does not read follows (في حكومة الظل، اللواء عباس كامل). Real corpus sentences, whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import entity_index


def test_head_of_government_dismisses_his_ministers(pipe):
    doc = full(pipe, "أصدر رئيس وزراء كوسوفو، الجمعة، قرارا بإقالة وزير الداخلية ورئيس جهاز الاستخبارات العامة، "
                     "بسبب ترحيلهما ستة أتراك من دون إذنه.", published="2018-03-30T10:10")
    ev = next(e for e in factual(doc, "SANCTION"))
    ents = entity_index(doc)
    recips = [ents[i] for i in ev["recipients"]]
    assert {r["name_ar"] for r in recips} == {"وزير الداخلية", "رئيس جهاز الاستخبارات العامة"}, recips
    assert all(r["country"] == "XKX" and r["type"] == "PERSON" for r in recips)
    assert {r["sector"] for r in recips} == {"COP", "SPY"}


def test_dismissed_intelligence_chief_of_the_actor(pipe):
    doc = full(pipe, "الرئيس السوداني عمر البشير يقيل مدير المخابرات ويعيد صلاح قوش إلى المنصب",
               published="2018-02-11T10:00")
    ev = next(e for e in factual(doc, "SANCTION"))
    assert "Bashir" in party(doc, ev["actors"])
    rec = entity_index(doc)[ev["recipients"][0]]
    assert rec["name_ar"] == "مدير المخابرات" and rec["country"] == "SDN"


def test_knowledge_base_holder_of_the_office(pipe):
    doc = full(pipe, "وخلال مؤتمر شبابي أذاع التلفزيون المصري وقائعه على الهواء مباشرة، طلب السيسي أن ينفذ وزير "
                     "الداخلية قرار الإفراج عنهم خلال أيام.", published="2018-05-16T10:00")
    ev = next(e for e in factual(doc, "REQUEST"))
    assert "Magdy Abdel Ghaffar" in party(doc, ev["recipients"]), party(doc, ev["recipients"])


def test_army_chief_in_a_state(pipe):
    doc = full(pipe, "اتهمت منظمة العفو الدولية الأربعاء قائد الجيش في بورما و12 ضابطا آخرين بشن \"هجوم ممنهج "
                     "ومنظم\" ضد أقلية الروهينغا المسلمة.", published="2018-06-27T10:00")
    ev = next(e for e in factual(doc, "ACCUSE"))
    assert "Min Aung Hlaing" in party(doc, ev["recipients"]), party(doc, ev["recipients"])


def test_not_under_another_office(pipe):
    doc = full(pipe, "قالت محطة تلفزيون أساهي اليابانية إنها ستتقدم بشكوى ضد نائب وزير المالية زاعمة أنه تحرش "
                     "بإحدى المراسلات.", published="2018-04-20T10:00")
    assert not any(e.get("name_ar") == "وزير المالية" for e in doc["entities"])


def test_office_the_list_does_not_read(pipe):
    doc = full(pipe, "قالت وزيرة الخارجية في حكومة الظل البريطانية، إيميلي ثورنبي، لبي بي سي إن الإعدامات في "
                     "السعودية تضاعفت خلال الستة أشهر الماضية.", published="2018-03-08T10:00")
    assert not any(e.get("name") == "Adel al-Jubeir" for e in doc["entities"])
    doc = full(pipe, "أكد مدير المخابرات العامة في مصر بالوكالة، اللواء عباس مصطفى كامل، بعد لقائه وزير الخارجية "
                     "السوداني، إبراهيم غندور، في القاهرة، أن العلاقات بين البلدين متينة.", published="2018-03-10T10:00")
    assert not any(e.get("name") == "Salah Gosh" for e in doc["entities"])  # (Sudan's intelligence chief)


def test_office_one_is_made_is_no_party(pipe):
    doc = full(pipe, "وسطع نجمها في 1974 بعد وصول الرئيس جسكار ديستان إلى سدة الحكم حيث قرر تعيينها وزيرة للصحة "
                     "بطلب من جاك شيراك.", published="2018-06-28T10:00")
    assert not any("وزيرة للصحة" in (e.get("name_ar") or "") for e in doc["entities"])


# -- demands that name no addressee (appeals.concerned_party) ----------------------------------------------------------

def test_inquiry_demanded_of_ones_own_government(pipe):
    doc = full(pipe, "محمد البرادعي يطالب بالتحقيق في قضايا \"تعذيب واختفاء قسري\" في مصر", published="2018-02-26T10:00")
    ev = next(e for e in factual(doc, "REQUEST"))
    assert "ElBaradei" in party(doc, ev["actors"])
    assert entity_index(doc)[ev["recipients"][0]]["country"] == "EGY"


def test_inquiry_concerns_the_state_body_named(pipe):
    doc = full(pipe, "طالب رئيس الحكومة الكندية جوستن ترودو الأربعاء بـ\"تحقيق مستقل\" بعد قتل نحو 60 فلسطينيا برصاص "
                     "الجيش الإسرائيلي الاثنين في غزة.", published="2018-05-17T10:00")
    ev = next(e for e in factual(doc, "REQUEST"))
    rec = entity_index(doc)[ev["recipients"][0]]
    assert rec["country"] == "ISR" and rec["sector"] == "MIL", rec


def test_release_demanded_of_the_state_named(pipe):
    doc = full(pipe, "وطالب الرئيس دونالد ترامب مرارا بإطلاق سراح القس برانسون، وصولا إلى التهديد بفرض عقوبات على "
                     "تركيا.", published="2018-07-31T10:00")
    ev = next(e for e in factual(doc, "REQUEST"))
    assert entity_index(doc)[ev["recipients"][0]]["country"] == "TUR"


def test_inquiry_into_a_place_abroad_names_no_addressee(pipe):
    # a foreigner's inquiry into a strike in Yemen is not asked of Yemen; a state in the next clause is not the concern
    doc = full(pipe, "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريس إلى إجراء تحقيق \"مستقل\" في مقتل 29 طفلا في قصف "
                     "الخميس طال حافلة كانت تقلهم في أحد أسواق محافظة صعدة في شمال اليمن.", published="2018-08-10T10:00")
    assert not any(e["recipients"] for e in factual(doc, "REQUEST"))
    doc = full(pipe, "كما دعا المتحدث باسم وزارة الخارجية الألمانية إلى تحقيق في تقارير عن مذابح وأعمال نهب، وحث على "
                     "العودة إلى العملية السياسية لإنهاء الحرب الدائرة في سوريا.", published="2018-03-21T10:00")
    assert not any("SYR" in party(doc, e["recipients"]) for e in factual(doc, "REQUEST"))


def test_ceasefire_call_is_no_concerned_demand(pipe):
    # (the state named as the place stays what the coder read before, no government implied for it)
    doc = full(pipe, "ودعت الصين إلى وقف القتال في اليمن.", published="2018-06-14T10:00")
    assert not any("government of" in party(doc, e["recipients"]) for e in factual(doc, "REQUEST"))

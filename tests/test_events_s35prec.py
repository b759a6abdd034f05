"""Precision, session 35 (track s35prec): senses that tell no event, found by auditing 203 factual events of the
corpus leads (COERCE, CONSULT, AGREE, SUPPORT, SANCTION, REQUEST, THREATEN, ~29 each, seed 3535). أوقف of a halted
sale, service or payment is no arrest (triggers.tsv unless words); a welcome of guests (refugees, pilgrims, citizens)
is hospitality, no SUPPORT (precision.welcome_of_guests); an act noun after "بعد <period> من/على" took place that long
before, background with no day of its own (precision.elapsed_before). Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import full, party
from evhelpers import current


# --- a welcome of guests is no support (precision.welcome_of_guests) ------------------------------------------------

def test_welcome_of_pilgrims_is_no_support(pipe):
    doc = full(pipe, "جددت المملكة العربية السعودية ترحيبها بالمواطنين القطريين الراغبين بأداء فريضة الحج، وسمحت لهم "
                     "بتسجيل بياناتهم الشخصية فور وصولهم إلى مطار الملك عبد العزيز في جدة.", "2018-08-08T10:00")
    assert not current(doc, "SUPPORT")


def test_authorities_welcoming_pilgrims_is_no_support(pipe):
    doc = full(pipe, "بدورها، رحبت السلطات السعودية بالحجاج الإيرانيين خلال موسم الحج.", "2018-09-08T10:00")
    assert not current(doc, "SUPPORT")


def test_people_welcoming_refugees_is_no_support(pipe):
    doc = full(pipe, "وتشير استطلاعات الرأي إلى أن معظم الإسبان يرحبون باللاجئين والمساعدة في استيعابهم.",
               "2018-07-05T10:00")
    assert not current(doc, "SUPPORT")


def test_welcome_of_a_decision_stays(pipe):
    doc = full(pipe, "رحّب الرئيس الأميركي دونالد ترامب بإعلان الزعيم الكوري الشمالي كيم جونغ-أون تعليق التجارب النووية "
                     "والصاروخية البالستية وإغلاق موقع للاختبارات النووية.", "2018-04-21T10:00")
    assert [e for e in current(doc, "SUPPORT") if "Donald Trump" in party(doc, e["actors"])]


# --- أوقف of a halted sale, service or payment is no arrest (triggers.tsv) -----------------------------------------

def test_halted_oil_shipments_are_no_arrest(pipe):
    doc = full(pipe, "وأوقفت السعودية نقل شحنات النفط عبر المضيق بشكل مؤقت بعد هجمات تعرضت لها اثنتان من ناقلات النفط "
                     "السعودية.", "2018-08-02T10:00")
    assert not current(doc, "COERCE")


def test_switching_off_a_system_is_no_arrest(pipe):
    doc = full(pipe, "وأوضحت أنهم الآن يبحثون عن حارس الأمن الذي أوقف تشغيل نظام مكافحة الحريق.", "2018-03-27T10:00")
    assert not current(doc, "COERCE")


def test_arrest_by_police_stays(pipe):
    doc = full(pipe, "أوقفت الشرطة الألمانية، الأحد، الرئيس الكتالوني السابق، كارليس بوتشيمون، لدى عبوره الحدود بسيارته "
                     "من الدنمارك.", "2018-03-25T18:00")
    assert current(doc, "COERCE")


# --- an act that long before: "بعد أسبوع على إعلان ترمب الانسحاب" (precision.elapsed_before) -------------------------

def test_withdrawal_a_week_before_is_background(pipe):
    doc = full(pipe, "ويأتي الخطاب بعد أسبوع على إعلان ترمب الانسحاب من الاتفاق الذي وقعه سلفه باراك أوباما مع إيران "
                     "والقوى العالمية.", "2018-05-21T10:00")
    assert not current(doc, "SANCTION")


def test_summit_weeks_before_is_background(pipe):
    doc = full(pipe, "ويأتي التحرك بعد أسابيع من قمة سنغافورة التي جمعت ترمب بزعيم كوريا الشمالية كيم يونغ أون.",
               "2018-06-29T10:00")
    assert not current(doc, "CONSULT")


def test_ceasefire_days_before_is_background(pipe):
    doc = full(pipe, "ويأتي هذا بعد أيام من إعلان الحكومة الأفغانية وقفا لإطلاق النار أحادي الجانب.", "2018-06-09T10:00")
    assert not current(doc, "CONCEDE")


def test_elapsed_act_with_its_own_day_keeps_it(pipe):
    doc = full(pipe, "بعد أسبوع على مقتل 17 فلسطينياً برصاص الاحتلال الإسرائيلي في مسيرة العودة يوم الجمعة الماضي، يستعد "
                     "المتظاهرون لمسيرة جديدة.", "2018-04-05T10:00")
    assert [e for e in current(doc, "ASSAULT") if e["date"][:10] == "2018-03-30"]


def test_verb_after_the_elapsed_phrase_stays(pipe):
    doc = full(pipe, "واستجاب ترامب للضغوط بعد أسابيع من الغضب محليا ودوليا ووعد بأنه \"سيبقي العائلات مع بعضها\" في "
                     "مراكز احتجاز المهاجرين.", "2018-06-30T10:00")
    assert current(doc, "AGREE")


def test_harm_a_background_attack_caused_is_background(pipe):
    doc = full(pipe, "ويأتي ذلك بعد أسبوع من هجوم مماثل على مجمع وزارة الداخلية في مقديشو أسفر عن مقتل 9 أشخاص على الأقل.",
               "2018-07-14T10:00")
    assert not current(doc, "ASSAULT")

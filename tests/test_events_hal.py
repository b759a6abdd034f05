"""Trigger coverage of general constructions of Arabic news: pretrial detention (حبس على ذمة التحقيق). Short
news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


# ---- pretrial detention: COERCE arrest (a verdict of prison is coded by its own words)
def test_pretrial_detention_ordered_by_the_prosecution(pipe):
    doc = full(pipe, "وأمرت النيابة العامة المصرية بحبس الناشط وائل عباس 15 يوما على ذمة التحقيق.")
    ev = factual(doc, "COERCE")
    assert ev and ev[0]["mode"] == "arrest" and "EGY" in party(doc, ev[0]["actors"])
    assert "وائل عباس" in party(doc, ev[0]["recipients"])


def test_detention_pending_trial(pipe):
    doc = full(pipe, "وقررت النيابة العسكرية حبس مخرج مسرحية سليمان خاطر احتياطيا.")
    assert [e for e in factual(doc, "COERCE") if e["mode"] == "arrest"]


def test_holding_ones_breath_is_no_detention(pipe):
    assert not factual(full(pipe, "وحبس الجمهور أنفاسه خلال المباراة في الدقائق الأخيرة."), "COERCE")


# ---- summoning another state's ambassador is a complaint (ACCUSE); recalling one's own stays a SANCTION
def test_summoned_foreign_ambassador_is_an_accusation(pipe):
    doc = full(pipe, "استدعت الخارجية الروسية السفير اليوناني لديها.")
    ev = factual(doc, "ACCUSE")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "GRC" in party(doc, ev[0]["recipients"])
    assert not factual(doc, "SANCTION")


def test_summons_with_the_day_between(pipe):
    doc = full(pipe, "استدعت بريطانيا، الأربعاء، السفير الروسي لديها إلى مقر وزارة الخارجية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "GBR" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


def test_recalling_ones_own_ambassador_is_a_sanction(pipe):
    doc = full(pipe, "واستدعت تركيا سفيرها لدى تل أبيب للتشاور.")
    ev = factual(doc, "SANCTION")
    assert ev and ev[0]["mode"] == "withdraw" and "TUR" in party(doc, ev[0]["actors"])
    assert "ISR" in party(doc, ev[0]["recipients"]) and not factual(doc, "ACCUSE")


def test_own_ambassador_named_or_of_the_same_nationality(pipe):
    doc = full(pipe, "استدعت وزارة الخارجية الفلسطينية، الثلاثاء، السفير حسام زملط، رئيس مكتب البعثة في واشنطن.")
    assert not factual(doc, "ACCUSE")
    doc = full(pipe, "وذكر بيان للخارجية الباكستانية أنه تم استدعاء السفير الباكستاني لدى نيودلهي إلى إسلام آباد بغرض "
                     "التشاور.")
    assert not factual(doc, "ACCUSE")


# ---- circumstantial participles (حال) of speech acts: the main clause's subject acts
def test_accusing_participle(pipe):
    doc = full(pipe, "وقال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير، متهما واشنطن بتقويض الاتفاق.")
    ev = [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "متهما"]
    assert ev and "لافروف" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_feminine_participle_takes_the_subject_of_the_clause(pipe):
    doc = full(pipe, "أعلنت الولايات المتحدة وكندا في بيان مشترك عدم اعترافهما بالانتخابات، متوعدة بفرض عقوبات على "
                     "نظام الرئيس الفنزويلي نيكولاس مادورو.")
    ev = factual(doc, "THREATEN")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "مادورو" not in party(doc, ev[0]["actors"])


def test_praising_participle(pipe):
    doc = full(pipe, "أعلن القائد العام للجيش الليبي المشير خليفة حفتر انطلاق المرحلة الثانية من عملية تحرير درنة، "
                     "مشيدا بدور قوات الجيش في محاربة الإرهاب.")
    ev = factual(doc, "SUPPORT")
    assert ev and "حفتر" in party(doc, ev[0]["actors"])


def test_demanding_participle_feminine(pipe):
    doc = full(pipe, "ردت قطر، الأربعاء، على بيان الدول الأربع، مطالبة مجلس حقوق الإنسان بإيلاء الانتهاكات الاهتمام "
                     "الكافي.")
    ev = factual(doc, "REQUEST")
    assert ev and "QAT" in party(doc, ev[0]["actors"]) and "حقوق الإنسان" in party(doc, ev[0]["recipients"])


def test_speaker_of_an_opening_verb_of_saying_goes_on(pipe):
    doc = full(pipe, "وقال المتحدث باسم الخارجية الإيرانية بهرام قاسمي إن الضربات جريمة.\nوأضاف أن \"هذا العدوان "
                     "يهدف إلى التعويض عن فشل الإرهابيين\" في الغوطة، منددا بانتهاك الولايات المتحدة للقوانين الدولية.")
    ev = [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "منددا"]
    assert ev and all("IRN" in party(doc, e["actors"]) and "الإرهابيين" not in party(doc, e["actors"]) for e in ev)


def test_the_accused_are_no_accusation(pipe):
    assert not factual(full(pipe, "وأصدرت محكمة جنايات القاهرة حكمها بإعدام 75 متهما في قضية فض اعتصام رابعة."),
                       "ACCUSE")
    assert not factual(full(pipe, "وتمكنت الأجهزة الأمنية من تحديد هوية المتهمين الذين قاموا بمساعدة الخادمة على "
                                  "الهروب."), "ACCUSE")
    assert not factual(full(pipe, "واعتقلت الشرطة ستة صحافيين متهمين بالانتماء إلى جماعة محظورة."), "ACCUSE")


def test_a_preacher_is_no_call(pipe):
    assert not factual(full(pipe, "ووصل الداعية السعودي سلمان العودة إلى القاهرة للقاء الرئيس المصري."), "REQUEST")


def test_summoned_to_explain_and_called_back_by_a_politician(pipe):
    doc = full(pipe, "واستدعت وزارة الخارجية التركية السفير السعودي لدى أنقرة للاستفسار عن وضع خاشقجي.")
    ev = factual(doc, "ACCUSE")
    assert ev and "TUR" in party(doc, ev[0]["actors"]) and "SAU" in party(doc, ev[0]["recipients"])
    assert not factual(doc, "SANCTION")
    doc = full(pipe, "كما دعا لابيد إلى استدعاء السفير الإسرائيلي لدى بولندا.")
    assert not [e for e in doc["events"] if e["type"] == "ACCUSE"]
    assert [e for e in doc["events"] if e["type"] == "SANCTION" and e["mode"] == "withdraw"]


def test_greetings_and_salinity_are_no_events(pipe):
    doc = full(pipe, "وخلال المقابلة تحدث بومبيو مع كيم لأكثر من ساعة، فيما وصفه ترامب بأنه لقاء تخطى قول مرحبا.")
    assert not factual(doc, "SUPPORT")
    doc = full(pipe, "وأدت ممارسات إيرانية إلى زيادة ملوحة نهر شط العرب، مما تسبب في أزمة مياه في البصرة.")
    assert not factual(doc, "THREATEN")

"""Session 12 (main): parties read from the story's other mentions."""
from __future__ import annotations

from conftest import factual, full, party


def test_bare_body_is_the_one_named_with_its_country(pipe):
    doc = full(pipe, "أعلن القضاء التركي، الجمعة، إطلاق سراح القس الأميركي أندرو برانسون. وبعد أشهر من التصريحات "
                     "النارية، رضخ الرئيس التركي للإدارة الأميركية ليعلن القضاء اليوم إطلاق سراح برانسون.",
               "2018-10-12T10:00")
    evs = factual(doc, "RETREAT")
    assert evs and all(e["actors"] and {doc_country(doc, a) for a in e["actors"]} == {"TUR"} for e in evs), evs


def doc_country(doc, eid):
    return next(e for e in doc["entities"] if e["id"] == eid).get("country")


def test_pledge_of_a_hostile_act_is_a_threat(pipe):
    doc = full(pipe, "تعهدت تركيا بضرب كل من يساعد وحدات حماية الشعب الكردية في عفرين.")
    assert factual(doc, "THREATEN") and not factual(doc, "AGREE")
    doc = full(pipe, "تعهدت السعودية بتقديم مليار دولار لمصر.")
    assert factual(doc, "AGREE") and not factual(doc, "THREATEN")


def test_those_labelled_so_are_no_accusation(pipe):
    doc = full(pipe, "دبي (CNN)-- أعلنت وكالة أنباء فارس الإيرانية أن الحرس الثوري في البلاد شن، فجر الإثنين، هجوما "
                     "صاروخيا على مقر من وصفهم بالإرهابيين بسوريا، وذلك ردا على الهجوم على العرض العسكري في الأهواز.")
    assert not factual(doc, "ACCUSE")


def test_act_noun_issued_by_a_party(pipe):
    doc = full(pipe, "(CNN)-- قالت المحكمة الجنائية الدولية، الثلاثاء، إنها \"ستواصل القيام بعملها دون أن يردعها أحد\"، "
                     "رغم التحذيرات الصادرة عن مستشار الأمن القومي الأمريكي، جون بولتون، بأن الإدارة الأمريكية سوف "
                     "تتوقف عن تقديم المساعدات.", "2018-09-11T10:00")
    evs = [e for e in doc["events"] if e["type"] == "THREATEN"]
    assert evs and all("Bolton" in party(doc, e["actors"]) for e in evs), evs


def test_forces_striking_a_town_of_their_own_country(pipe):
    doc = full(pipe, "شن الجيش السوري غارات جوية على مخيم اليرموك جنوب دمشق الجمعة.")
    evs = factual(doc, "ASSAULT")
    assert evs, doc["events"]
    who = party(doc, evs[0]["recipients"])
    assert "Yarmouk" in who or "اليرموك" in who, evs


def test_the_day_after_dates_the_act_after_it(pipe):
    doc = full(pipe, "وأعلن ماكرون الخميس دعمه للمبادرة، وذلك غداة اتصال هاتفي مع الرئيس الروسي فلاديمير بوتين.",
               "2018-07-06T10:00")
    calls = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert calls and calls[0]["date"] == "2018-07-04", calls


def test_obligation_laid_on_a_party_is_a_demand(pipe):
    doc = full(pipe, "وأكد السفير السعودي لدى بريطانيا أن على قطر أن تحسن علاقتها مع جيرانها.")
    evs = factual(doc, "REQUEST")
    assert evs and "QAT" in {next(e for e in doc["entities"] if e["id"] == r)["country"] for r in evs[0]["recipients"]}
    doc = full(pipe, "وقال ترامب إنه يجب على كوريا الشمالية أن تتخلى عن برنامجها النووي.")
    assert factual(doc, "REQUEST")
    doc = full(pipe, "وقال الرئيس إنه يجب علينا أن نعيد قواتنا إلى الوطن.")
    assert not factual(doc, "REQUEST")
    doc = full(pipe, "وأكد الوزير أن على رأس أولويات الحكومة مكافحة الفساد.")
    assert not factual(doc, "REQUEST")


def test_ramming_and_stabbing_attacks(pipe):
    doc = full(pipe, "نفذ فلسطيني عملية دهس قتل فيها جنديان إسرائيليان في الضفة الغربية.")
    evs = factual(doc, "ASSAULT")
    assert evs and "PSE" in {next(e for e in doc["entities"] if e["id"] == a)["country"] for a in evs[0]["actors"]}
    doc = full(pipe, "طعن المحامي في الحكم أمام محكمة الاستئناف.")
    assert not factual(doc, "ASSAULT")


def test_laying_the_blame_with_anha(pipe):
    doc = full(pipe, "ورفض ماتيس خلال مؤتمر صحفي ما تردد، وأنحى بالمسؤولية على روسيا والنظام السوري.")
    evs = factual(doc, "ACCUSE")
    assert evs and "Russia" in party(doc, evs[0]["recipients"]), evs
    doc = full(pipe, "طالب المحتجون بتنحي الرئيس عن السلطة.")
    assert not factual(doc, "ACCUSE")


def test_feminine_body_after_a_masculine_verb_is_its_object(pipe):
    doc = full(pipe, "جاء ذلك في تصريح لوزير الإعلام اليمني، معمر الأرياني، نفى خلاله ما نشرته وكالة رويترز. وجدد الأرياني، "
                     "موقف حكومة بلاده الثابت، ودعا \"الميليشيات الحوثية الإيرانية لإنهاء الانقلاب وتسليم السلاح للدولة\".")
    evs = factual(doc, "REQUEST")
    assert evs and "Houthi" in party(doc, evs[0]["recipients"]), evs
    assert "Houthi" not in party(doc, evs[0]["actors"])


def test_attack_launched_in_a_relative_clause(pipe):
    doc = full(pipe, "أعلن الجيش الاسرائيلي السبت اعتقال اثنين من أقرباء الفلسطيني الذي نفذ الجمعة عملية دهس قتل فيها "
                     "جنديان إسرائيليان الجمعة في الضفة الغربية المحتلة.", "2018-03-17T19:00")
    evs = factual(doc, "ASSAULT")
    assert evs and evs[0]["date"] == "2018-03-16" and "PSE" in {
        next(e for e in doc["entities"] if e["id"] == a)["country"] for a in evs[0]["actors"]}, evs


def test_policewomen_are_a_party(pipe):
    doc = full(pipe, "تبنى تنظيم \"داعش\"، الأربعاء، الهجوم المسلح الذي أودى الثلاثاء بحياة شرطيتين وطالب في مدينة لييج "
                     "البلجيكية.", "2018-05-30T19:00")
    evs = factual(doc, "ASSAULT")
    assert evs and evs[0]["recipients"] and evs[0]["date"] == "2018-05-29", evs


def test_party_after_a_plural_verb_is_its_object(pipe):
    doc = full(pipe, "ودعا أنصار الرئيس الراحل إلى فعالية أمام منزله، وأبلغوا الأمم المتحدة بإقامة الفعالية، وحذروا ميليشيات "
                     "الحوثي قبلها من ارتكاب أي حماقة.")
    assert not any("Houthi" in party(doc, e["actors"]) for e in factual(doc, "THREATEN"))


def test_meeting_held_later_is_not_held(pipe):
    doc = full(pipe, "قال الرئيس الأمريكي، دونالد ترامب، الثلاثاء، إن لقاءه بالزعيم الكوري الشمالي، كيم جونغ أون، قد لا "
                     "يُعقد في سنغافورة الشهر المقبل، كما هو مقرر.")
    assert not factual(doc, "CONSULT")
    doc = full(pipe, "قال ترامب إن لقاءه بكيم جونغ أون كان مثمرا.")
    assert factual(doc, "CONSULT")
    doc = full(pipe, "التقى ترامب بكيم جونغ أون في سنغافورة وسيعقد مؤتمرا صحفيا.")
    assert factual(doc, "CONSULT")


def test_cultural_tazahura_is_no_protest(pipe):
    doc = full(pipe, "وتشارك لبنان في خمسة عروض مسرحية دفعة واحدة ضمن تظاهرة المسرح اللبناني في المهرجان.")
    assert not factual(doc, "PROTEST")


def test_bare_coalition_in_a_yemen_story(pipe):
    for text in ("قتلى من الحوثيين بغارات للتحالف في الساحل الغربي",
                 "شنت مقاتلات #التحالف غارات على مواقع لميليشيات الحوثي في صعدة."):
        doc = full(pipe, text)
        evs = factual(doc, "ASSAULT")
        assert evs and "coalition" in party(doc, evs[0]["actors"]) and "Houthi" in party(doc, evs[0]["recipients"]), evs
    doc = full(pipe, "شن التحالف غارات على مواقع داعش في الرقة.")
    assert not any("Saudi" in party(doc, e["actors"]) for e in doc["events"])


def test_call_with_an_object_pronoun(pipe):
    doc = full(pipe, "وصف الرئيس الروسي فلاديمير بوتين الأحد انتقادات مجموعة السبع \"بالثرثرة\" ودعاها إلى بدء \"تعاون حقيقي\".")
    evs = factual(doc, "REQUEST")
    assert evs and "G7" in party(doc, evs[0]["recipients"]) or evs and "السبع" in party(doc, evs[0]["recipients"]), evs


def test_verdict_with_its_penalty_before_the_convicts(pipe):
    doc = full(pipe, "قضت محكمة تركية، الخميس، بالسجن المؤبد على 72 مدانا في اشتباكات دامية وقعت بإسطنبول.")
    evs = factual(doc, "SANCTION")
    assert evs and evs[0]["recipients"], doc["events"]


def test_strikes_named_by_nationality_adjectives_after_a_launching_noun(pipe):
    doc = full(pipe, "ترامب يعلن شن ضربات أمريكية بريطانية فرنسية تستهدف البرنامج الكيماوي السوري", "2018-04-14T06:00")
    evs = factual(doc, "ASSAULT")
    assert evs and "SYR" in {next(e for e in doc["entities"] if e["id"] == r)["country"] for r in evs[0]["recipients"]}

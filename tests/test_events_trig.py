"""Event recall, type and factuality of the Arabic event coder: verbal events told indirectly (announced threats,
judging verbs), nominal events, factuality and dates. Short news-style sentences through the whole pipeline; no
shared data needed."""
from __future__ import annotations

import pytest

from conftest import entity_names as names
from marsad.record import new_document


def run(pipe, text, published="2018-07-15T12:00:00+00:00"):
    doc = new_document("t", text, meta={"published": published})
    return pipe.run_one(doc)


def factual(doc, typ=None):
    return [e for e in doc["events"] if not e["negated"] and not e["hypothetical"] and (typ is None or e["type"] == typ)]


# ---- a hostile act its author announces for the future is a threat ------------------------------------------------

def test_announced_sanction_is_a_threat(pipe):
    d = run(pipe, "وقال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستفرض عقوبات جديدة على روسيا.")
    th = factual(d, "THREATEN")
    assert len(th) == 1
    assert "Donald Trump" in names(d, th[0]["actors"]) and "RUS" in names(d, th[0]["recipients"])
    assert not factual(d, "SANCTION")  # the sanctions themselves have not been imposed


def test_announced_retaliation_is_a_threat(pipe):
    d = run(pipe, "وذكرت الخارجية الروسية، في بيان، أنها سترد بقوة على العقوبات الأمريكية الجديدة.")
    th = factual(d, "THREATEN")
    assert len(th) == 1 and "RUS" in names(d, th[0]["actors"]) and "USA" in names(d, th[0]["recipients"])


def test_future_act_told_by_the_narrator_or_of_another_party_is_no_threat(pipe):
    d = run(pipe, "ستفرض الولايات المتحدة عقوبات جديدة على روسيا الأسبوع المقبل.")
    assert not factual(d)
    d = run(pipe, "قال وزير الخارجية الروسي سيرغي لافروف إن الولايات المتحدة ستفرض عقوبات جديدة على روسيا.")
    assert not factual(d, "THREATEN") and not factual(d, "SANCTION")


def test_act_after_a_future_light_verb_is_hypothetical(pipe):
    d = run(pipe, "قال المحامي إنه سيتخذ إجراءات قانونية ضد الحكومة المصرية.")
    assert not factual(d, "ACCUSE")


# ---- verbs of judging: the judge, an apposition, the judged thing ------------------------------------------------

def test_describe_with_apposition(pipe):
    d = run(pipe, 'ووصف المتحدث باسم الحكومة الأردنية، محمد المومني، القرار الأمريكي بأنه "باطل".')
    acc = factual(d, "ACCUSE")
    assert len(acc) == 1
    assert "USA" in names(d, acc[0]["recipients"]) and "JOR" not in names(d, acc[0]["recipients"])
    assert any("المومني" in n for n in names(d, acc[0]["actors"]))


def test_describe_vso(pipe):
    d = run(pipe, 'ووصف الرئيس التركي، رجب طيب أردوغان، إسرائيل بأنها "الدولة الأكثر فاشية وعنصرية في العالم".')
    acc = factual(d, "ACCUSE")
    assert len(acc) == 1 and "ISR" in names(d, acc[0]["recipients"]) and "TUR" in names(d, acc[0]["actors"])


# ---- lexicon ----------------------------------------------------------------------------------------------------

def test_punish_is_a_sanction(pipe):
    d = run(pipe, "عاقبت محكمة في القاهرة ناشطا بالسجن ثلاث سنوات.")
    assert factual(d, "SANCTION")
    d = run(pipe, "وتشمل العقوبات صلاحيات جديدة مررها الكونغرس العام الماضي لمعاقبة موسكو على التدخل في الانتخابات.")
    assert not any(e["trigger"]["text"] == "لمعاقبة" for e in factual(d, "SANCTION"))  # a purpose, not an act


# ---- visits: an official arrives in a country or its capital -----------------------------------------------------

def test_arrival_of_an_official_is_a_visit(pipe):
    d = run(pipe, "وصل وزير الخارجية الإيراني محمد جواد ظريف، مساء الاثنين، إلى العاصمة السورية، دمشق، في زيارة رسمية.")
    c = factual(d, "CONSULT")
    assert len(c) == 1 and "IRN" in names(d, c[0]["actors"]) and "SYR" in names(d, c[0]["recipients"])
    d = run(pipe, "وصل الأمير وليام نجل ولي العهد البريطاني الأحد إلى الأردن في أول زيارة رسمية.")
    c = factual(d, "CONSULT")
    assert len(c) == 1 and "JOR" in names(d, c[0]["recipients"])


def test_arrival_of_forces_or_numbers_is_no_visit(pipe):
    for text in ("وصلت قوات تركية إلى مدينة عفرين.", "وصل عدد القتلى إلى 50 شخصا في سوريا."):
        assert not factual(run(pipe, text), "CONSULT")


# ---- the same occasion: a statement in the next sentence dates the act -------------------------------------------

def test_statement_in_the_next_sentence_dates_the_act(pipe):
    d = run(pipe, "حذرت بريطانيا روسيا من أي تحركات عسكرية جديدة في أوكرانيا.\nوفي بيان صدر مساء الخميس، قال وزير الخارجية "
                  "البريطاني إن لندن تتابع الوضع.")
    th = factual(d, "THREATEN")
    assert len(th) == 1 and th[0]["date"] == "2018-07-12"
    # a statement of another side dates nothing
    d = run(pipe, "حذرت بريطانيا روسيا من أي تحركات عسكرية جديدة في أوكرانيا.\nوفي بيان صدر مساء الخميس، قال وزير الخارجية "
                  "الصيني إن بكين تتابع الوضع.")
    th = factual(d, "THREATEN")
    assert len(th) == 1 and th[0]["date"] == "2018-07-15"


# ---- events named by a noun ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def rules():
    """The whole pipeline with the ASSAULT/PROTEST classifier's veto off: what the rules read."""
    from marsad.pipeline import build

    p = build()
    next(s for s in p.stages if s.name == "events")._no_veto = True
    return p


@pytest.mark.parametrize("text,actor,victim", [
    ("مقتل 17 جنديا أفغانيا بهجوم لطالبان على قاعدة عسكرية", "Taliban", "جنديا"),
    ("قتلى من القوات السورية بهجوم لداعش في دير الزور", "Islamic State", "SYR"),
    ("مقتل قيادي في حزب الله بغارة إسرائيلية في سوريا", "ISR", "Hezbollah"),
    ("سقوط قتلى وجرحى في صفوف الحوثيين في مواجهات مع الجيش اليمني", "YEM", "Houthis"),
])
def test_harm_noun_names_victims_attack_noun_names_attacker(rules, text, actor, victim):
    d = run(rules, text)
    a = factual(d, "ASSAULT")
    assert len(a) == 1
    assert any(actor in n for n in names(d, a[0]["actors"])), names(d, a[0]["actors"])
    assert any(victim in n for n in names(d, a[0]["recipients"])), names(d, a[0]["recipients"])


def test_launching_missiles(rules):
    d = run(rules, "أدانت قطر، الاثنين، إطلاق جماعة الحوثي لصواريخ صوب السعودية.")
    a = factual(d, "ASSAULT")
    assert len(a) == 1 and "SAU" in names(d, a[0]["recipients"])
    assert any("Houthi" in n for n in names(d, a[0]["actors"]))


def test_owner_of_positions_hit_is_the_target(rules):
    d = run(rules, "غارات إسرائيلية على مواقع لحماس في غزة")
    a = factual(d, "ASSAULT")
    assert len(a) == 1 and "ISR" in names(d, a[0]["actors"]) and any("Hamas" in n for n in names(d, a[0]["recipients"]))


def test_owner_of_a_protest_or_deployment_acts(pipe):
    d = run(pipe, "مظاهرة حاشدة للمعارضة في كراكاس للمطالبة برحيل الرئيس نيكولاس مادورو")
    p = factual(d, "PROTEST")
    assert len(p) == 1 and any("معارضة" in n for n in names(d, p[0]["actors"]))
    assert any("Maduro" in n for n in names(d, p[0]["recipients"]))
    d = run(pipe, "استهدفت مقاتلات التحالف تعزيزات عسكرية للحوثيين شرقي المديرية.")
    m = factual(d, "MOBILIZE")
    assert len(m) == 1 and any("Houthi" in n for n in names(d, m[0]["actors"])) and not m[0]["recipients"]
    # a verb is no owner phrase: "البيان الذي نشره المركز الإعلامي للجيش اليمني"
    d = run(pipe, "وأكد البيان الذي نشره المركز الإعلامي للجيش اليمني، أن قواته تواصل تقدمها.")
    assert not factual(d, "MOBILIZE")


# ---- factuality ----------------------------------------------------------------------------------------------------

def test_alla_is_a_negation(pipe):
    d = run(pipe, "نصح الرئيس الأمريكي دونالد ترامب بريطانيا بألا تتفاوض مع الاتحاد الأوروبي.")
    assert not factual(d, "CONSULT")
    d = run(pipe, 'وكتب ترامب على تويتر "من العار تماما ألا تفرج تركيا عن قس أمريكي محترم".')
    assert not factual(d, "RETREAT")


def test_act_in_a_disjunction_after_a_demand_is_not_asserted(pipe):
    d = run(pipe, "وطالبت منظمة العفو الدولية السلطات المصرية بالإفراج الفوري عن الصحفيين، أو توجيه اتهام واضح لهم.")
    assert not factual(d, "ACCUSE")


def test_framed_attack_stands_against_the_classifier(pipe):
    # victims, the attack and its author all named: the sentence classifier does not veto it
    d = run(pipe, "مصرع عشرات الحوثيين في غارات للتحالف العربي على الساحل الغربي")
    a = factual(d, "ASSAULT")
    assert len(a) == 1 and any("Houthi" in n for n in names(d, a[0]["recipients"]))


# ---- a cooperative act its author announces for the future is an offer (AGREE) -----------------------------------

def test_announced_meeting_is_an_offer(pipe):
    d = run(pipe, "أعلن وزير الخارجية الأميركي، مايك بومبيو، الاثنين، أنه سيلتقي الزعيم الكوري الشمالي، كيم جونغ أون، قريبا.")
    ag = factual(d, "AGREE")
    assert len(ag) == 1 and "Mike Pompeo" in names(d, ag[0]["actors"]) and "PRK" in names(d, ag[0]["recipients"])
    assert not factual(d, "CONSULT")  # the meeting itself has not taken place
    d = run(pipe, "وقالت الحكومة الأرمينية إنها ستجري محادثات دون شروط مسبقة مع قادة المعارضة.")
    assert factual(d, "AGREE") and not factual(d, "CONSULT")


def test_future_talks_about_a_topic_or_on_a_schedule_are_no_offer(pipe):
    d = run(pipe, 'وكتب رئيس المجلس الأوروبي دونالد توسك في رسالة "سنبحث التطورات الدولية الأخيرة وخصوصا بعد إعلان '
                  'الرئيس ترامب حول إيران".')
    assert not factual(d, "AGREE")
    d = run(pipe, "سيلتقي الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في هلسنكي.")
    assert not factual(d, "AGREE") and not factual(d, "CONSULT")


def test_verb_joined_to_a_material_act_shares_subject_and_target(pipe):
    d = run(pipe, "أستراليا تطرد دبلوماسيين روسيين وتهدد بمقاطعة المونديال")
    th = factual(d, "THREATEN")
    assert len(th) == 1 and "AUS" in names(d, th[0]["actors"]) and "RUS" in names(d, th[0]["recipients"])
    # a condemnation's target is not the addressee of the call joined to it
    d = run(pipe, "الاتحاد الأوروبي يدين بأشد العبارات استخدام الأسلحة الكيماوية في دوما ويدعو إلى رد فوري.")
    assert not factual(d, "REQUEST")


# ---- a state recalling its own ambassador acts against the state where he serves ----------------------------------

def test_recalled_own_ambassador_targets_the_host_state(pipe):
    d = run(pipe, "وكانت جنوب أفريقيا قد استدعت أيضا سفيرها في تل أبيب احتجاجا على أعمال العنف في قطاع غزة.")
    s = factual(d, "SANCTION")
    assert len(s) == 1 and "ZAF" in names(d, s[0]["actors"]) and "ISR" in names(d, s[0]["recipients"])
    d = run(pipe, "استدعت وزارة الخارجية الفلسطينية، الثلاثاء، السفير حسام زملط، رئيس مكتب البعثة الفلسطينية في واشنطن.")
    s = factual(d, "SANCTION")
    assert len(s) == 1 and "USA" in names(d, s[0]["recipients"])
    # a foreign ambassador is not sent anywhere: his own state stays the target
    d = run(pipe, "استدعت وزارة الخارجية التركية السفير الإسرائيلي احتجاجا على أعمال العنف في غزة.")
    assert not any("PSE" in names(d, e["recipients"]) for e in factual(d, "SANCTION"))


# ---- a headline "A لـB:" names the speaker and the addressee ------------------------------------------------------

def test_headline_speaker_and_addressee(pipe):
    d = run(pipe, "بكين لواشنطن: لن نتنازل عن شبر من أراضينا في بحر الصين الجنوبي")
    r = factual(d, "REJECT")
    assert len(r) == 1 and "CHN" in names(d, r[0]["actors"]) and "USA" in names(d, r[0]["recipients"])
    d = run(pipe, "كوريا الشمالية لواشنطن: مستعدون للقاء في أي زمان ومكان")
    assert any("USA" in names(d, e["recipients"]) for e in factual(d, "AGREE"))
    # the act names its own target; a medium is no addressee; لاتهمنا is لا تهمنا, no accusation
    d = run(pipe, "البنتاغون للكونغرس: ندعم السعودية من أجل الأمن الإقليمي")
    assert not any("United States Congress" in names(d, e["recipients"]) for e in factual(d))
    d = run(pipe, "بيونغ يانغ لواشنطن: لاتهمنا قمة بشروط من طرف واحد")
    assert not factual(d, "ACCUSE")

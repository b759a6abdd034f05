"""Verbal events, round 2 (blind audit of 2018 political articles): acts still to come, acts named again, who made a
request named by a noun, threats faced. Short news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import with_trigger


# ---- an act still to come -----------------------------------------------------------------------------------------

def test_meeting_after_when_in_the_imperfect_is_still_to_come(pipe):
    doc = full(pipe, "أفاد مسؤول أميركي، الأحد، بأن كوريا الشمالية أبلغت الولايات المتحدة استعدادها لبحث إخلاء شبه "
                     "الجزيرة الكورية من السلاح النووي، عندما يلتقي الزعيم الكوري الشمالي كيم جونغ أون بالرئيس "
                     "الأميركي دونالد ترامب.")
    assert not [e for e in factual(doc, "CONSULT") if "يلتقي" in e["trigger"]["text"]]


def test_when_imperfect_forms():
    from marsad.events.stage import _when_imperfect
    from marsad.lang.ar import tokenize

    toks = tokenize("عندما يلتقي كيم بترامب")
    assert _when_imperfect(toks, 1, False)
    toks = tokenize("عندما التقى كيم بترامب")
    assert not _when_imperfect(toks, 1, False)


def test_veto_under_a_future_verb_is_not_cast(pipe):
    doc = full(pipe, "قالت مندوبة الولايات المتحدة نيكي هالي الخميس إن بلادها ستستخدم \"حتما\" حق النقض (الفيتو) ضد "
                     "مشروع القرار الذي قدمته الكويت.")
    assert not factual(doc, "REJECT")


def test_meeting_intended_is_not_held(pipe):
    doc = full(pipe, "أكد ترامب اعتزامه لقاء كيم جونغ أون بنهاية مايو.")
    assert not [e for e in factual(doc, "CONSULT") if "لقاء" in e["trigger"]["text"]]


def test_agreement_needed_or_out_of_reach_is_not_reached(pipe):
    doc = full(pipe, "وأكد بيسكوف أن روسيا والولايات المتحدة في حاجة إلى التوصل إلى اتفاق بشأن القمة.")
    assert not factual(doc, "AGREE")
    doc = full(pipe, "قال الرئيس الأمريكي دونالد ترامب إن بريطانيا لن تتمكن على الأرجح من إبرام اتفاقية مع الولايات "
                     "المتحدة.")
    assert not factual(doc, "AGREE")


# ---- an accusation named again by a demonstrative ---------------------------------------------------------------

def test_accusations_taken_up_by_a_demonstrative_are_not_the_speakers(pipe):
    doc = full(pipe, "وقال المتحدث باسم الكرملين ديمتري بيسكوف إنه \"من غير الواضح إلى ماذا تستند هذه الاتهامات، إنها "
                     "اتهامات لا أساس لها\".")
    assert not [e for e in factual(doc, "ACCUSE") if "بيسكوف" in party(doc, e["actors"])]


# ---- a request named by a noun: who asked ---------------------------------------------------------------------------

def test_request_noun_with_min_names_who_asked(pipe):
    doc = full(pipe, "وعقد مجلس الأمن الدولي جلسة طارئة الجمعة بطلب من الكويت لبحث الوضع في غزة.")
    evs = with_trigger(doc, "REQUEST", "طلب")
    assert evs and all("KWT" in party(doc, e["actors"]) and "مجلس الأمن" in party(doc, e["recipients"]) for e in evs)


def test_request_given_as_the_ground_of_an_act_is_background(pipe):
    doc = full(pipe, "وأكد وزير الخارجية السعودي أن بلاده تدخلت في اليمن بناء على طلب من الحكومة اليمنية.")
    assert not with_trigger(doc, "REQUEST", "طلب")


def test_request_verb_with_min_names_who_is_asked(pipe):
    doc = full(pipe, "طلب نيكولا ساركوزي من القضاء الفرنسي إلغاء التهمة الموجهة إليه.")
    ev = next(iter(factual(doc, "REQUEST")))
    assert "ساركوزي" in party(doc, ev["actors"])


# ---- threats faced ------------------------------------------------------------------------------------------------

def test_threats_faced_are_not_made_by_who_faces_them(pipe):
    doc = full(pipe, "وقالت هيفي مصطفى إن المدنيين الباقين في عفرين يواجهون تهديدات من الجماعات المدعومة من تركيا.")
    assert not [e for e in factual(doc, "THREATEN") if "المدنيين" in party(doc, e["actors"])]


# ---- words that here name no act of their type ------------------------------------------------------------------

def test_waving_to_people_is_no_threat(pipe):
    doc = full(pipe, "وأكد مصور رويترز في الموقع أن العاملين بالسفارة الروسية لوحوا للدبلوماسيين المغادرين وأسرهم "
                     "بينما كانت الحافلات تبتعد.")
    assert not factual(doc, "THREATEN")
    doc = full(pipe, "ولوح الرئيس الأمريكي لقطر بفرض عقوبات.")
    assert factual(doc, "THREATEN")


def test_asylum_seeker_makes_no_request(pipe):
    doc = full(pipe, "أصدرت محكمة يونانية حكما الثلاثاء على طالب لجوء سوري بالسجن 8 سنوات لانتمائه إلى تنظيم داعش.")
    assert not factual(doc, "REQUEST")


def test_press_briefing_by_telephone_is_no_meeting(pipe):
    doc = full(pipe, "وذكر المسؤول الأميركي في إيجاز عبر الهاتف من البيت الأبيض أن واشنطن ترى أن لروسيا دورا مهما.")
    assert not factual(doc, "CONSULT")
    doc = full(pipe, "وتحدث الرئيس الأمريكي دونالد ترامب عبر الهاتف مع نظيره الفرنسي إيمانويل ماكرون.")
    assert factual(doc, "CONSULT")


def test_not_an_act_forms():
    from marsad.events.stage import _not_an_act
    from marsad.lang.ar import tokenize

    toks = tokenize("واستولت على الأموال تحت تهديد السلاح")
    assert _not_an_act(toks, 4, 5, "THREATEN")
    toks = tokenize("والإدانة بتهمة الفساد غطت الفترة")
    assert _not_an_act(toks, 0, 1, "ACCUSE") and _not_an_act(toks, 1, 2, "ACCUSE")
    toks = tokenize("وأدان الوزير الهجوم")
    assert not _not_an_act(toks, 0, 1, "ACCUSE")


# ---- officials, aides and advisers of a party act for it -----------------------------------------------------------

def test_officials_of_a_body_in_construct_are_the_subject(pipe):
    doc = full(pipe, "ويدعو مسؤولو الأمم المتحدة أيضا قوات التحالف بقيادة السعودية لوقف الهجمات الجوية.")
    ev = next(iter(factual(doc, "REQUEST")))
    assert "الأمم المتحدة" in party(doc, ev["actors"]) and "الأمم المتحدة" not in party(doc, ev["recipients"])
    doc = full(pipe, "وانتقد مستشارو الرئيس الفرنسي ماكرون الحكومة الإيطالية.")
    ev = next(iter(factual(doc, "ACCUSE")))
    assert "FRA" in party(doc, ev["actors"]) and "ITA" in party(doc, ev["recipients"])


# ---- an accusation told as denied ---------------------------------------------------------------------------------

def test_accusation_denied_after_it_is_no_new_accusation(pipe):
    doc = full(pipe, "وأتت تصريحات ترامب عقب اتهام النظام السوري بشن هجوم كيماوي على مدينة دوما بالغوطة الشرقية، "
                     "وهي اتهامات نفتها الحكومة.")
    assert not [e for e in factual(doc, "ACCUSE") if "النظام السوري" in party(doc, e["actors"])]
    doc = full(pipe, "واتهمت بريطانيا روسيا بتسميم العميل السابق، وهي اتهامات نفتها موسكو.")
    ev = next(iter(factual(doc, "ACCUSE")))
    assert "GBR" in party(doc, ev["actors"]) and "RUS" in party(doc, ev["recipients"])


# ---- what is discussed is no side of the talks --------------------------------------------------------------------

def test_party_in_the_topic_of_a_discussion_is_no_counterpart(pipe):
    doc = full(pipe, "قال مسؤول أميركي إن وزراء خارجية مجموعة السبع ناقشوا أنشطة إيران الشريرة وبرنامج الصواريخ "
                     "الباليستية الإيراني.")
    assert not [e for e in factual(doc, "CONSULT") if "IRN" in party(doc, e["recipients"])]
    doc = full(pipe, "وبحث الرئيس المصري عبد الفتاح السيسي مع العاهل الأردني الملك عبد الله الثاني تطورات الأوضاع "
                     "في سوريا.")
    ev = next(iter(factual(doc, "CONSULT")))
    assert "JOR" in party(doc, ev["recipients"])

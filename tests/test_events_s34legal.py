"""Legal and repressive acts, session 34 (track s34legal): a passive arrest written ألقي القبض, and a passive (تم، جرى،
ألقي) whose arrested are told by a common noun or a count (the place's authorities arrest them); a verdict, arrest or
raid on a president's lawyer, aide or adviser named with ل past adjectives (not on the president); a verdict of a jail
term told by بحبس/بالحبس with the term after it (SANCTION convict; the pretrial حبس stays a COERCE arrest). Sentences
from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party


def _arrests(doc):
    return [e for e in factual(doc, "COERCE") if e.get("mode") == "arrest"]


# --- passive arrests ------------------------------------------------------------------------------------------------

def test_passive_alqi_with_a_partitive_count(pipe):
    doc = full(pipe, "وأصيب ثلاثة من رجال الشرطة بإصابات طفيفة، وألقي القبض على أربعة من المحتجين.")
    ev = _arrests(doc)
    assert ev and ev[0]["actors"] and ev[0]["recipients"]


def test_passive_alqi_unnamed_people_in_a_country(pipe):
    doc = full(pipe, "فرنسا: اعتقال عشرة أشخاص من اليمين المتطرف\n\nوألقي القبض على تسعة رجال وامرأة تتراوح أعمارهم "
                     "بين 32 و69 عاما في مداهمات في مناطق مختلفة من فرنسا السبت.")
    ev = _arrests(doc)
    assert ev and ev[0]["recipients"] and "FRA" in party(doc, ev[0]["actors"])


def test_passive_tamma_unnamed_person_in_a_story(pipe):
    doc = full(pipe, "هجوم على مدرسة في ولاية تكساس الأمريكية\n\nقتل عشرة أشخاص في هجوم بالرصاص على مدرسة ثانوية في "
                     "ولاية تكساس الأمريكية.\nوقال مصدر في سلطات إنفاذ القانون إنه تم احتجاز الشخص الذي يشتبه بأنه نفذ "
                     "الهجوم على المدرسة.")
    ev = [e for e in _arrests(doc) if "احتجاز" in e["trigger"]["text"]]
    assert ev and "USA" in party(doc, ev[0]["actors"])


def test_active_alqa_al_qabd_unchanged(pipe):
    doc = full(pipe, "ألقت الشرطة الهندية القبض على ثلاثة رجال في ولاية كيرالا.")
    ev = _arrests(doc)
    assert ev and "IND" in party(doc, ev[0]["actors"])


def test_present_passive_is_a_practice(pipe):
    doc = full(pipe, "وقال المحامي إيمانويل داود إنه حين يتم توقيف أطفال الشوارع يتم اغتنام الفرصة ليستمع إلى "
                     "إفاداتهم شرطيون مغاربة.")
    assert not _arrests(doc)


def test_passive_tally_over_years_is_no_arrest(pipe):
    doc = full(pipe, "وتم توقيف آلاف الأشخاص أغلبهم من الإسلاميين والمعارضين الليبراليين منذ إطاحة الجيش بالرئيس "
                     "الأسبق محمد مرسي في 2013.")
    assert not _arrests(doc)


def test_judge_of_the_story_makes_no_arrest(pipe):
    doc = full(pipe, "\"البريطانية المحتجزة\" تواجه تهما جديدة في إيران\n\nقال رئيس المحكمة الثورية في طهران، موسى "
                     "غضنفر آبادي، إن موظفة الإغاثة البريطانية الإيرانية ستواجه محاكمة ثانية بتهم جديدة.\nوألقي القبض "
                     "على نازانين زاغاري راتكليف مديرة مشروع لدى مؤسسة \"تومسون رويترز\" بمطار طهران.",
               published="2018-05-26T12:00")
    ev = [e for e in _arrests(doc) if "القبض" in e["trigger"]["text"]]
    assert ev and "غضنفر" not in party(doc, ev[0]["actors"])


# --- an aide's ل-genitive ------------------------------------------------------------------------------------------

def test_adviser_sentenced_is_not_the_president(pipe):
    doc = full(pipe, "أصدرت محكمة في الولايات المتحدة حكما بالسجن 14 عاما على مستشار سابق للرئيس الأمريكي، دونالد "
                     "ترامب، تسببت تعليقات له في حانة بالعاصمة البريطانية لندن في إجراء تحقيق بشأن تواطؤ محتمل مع روسيا.")
    for e in factual(doc, "SANCTION"):
        assert "Trump" not in party(doc, e["recipients"])


def test_aide_detained_is_not_the_president(pipe):
    doc = full(pipe, "أعلنت نيابة باريس السبت، تمديد توقيف المساعد الأمني المقال للرئيس الفرنسي إيمانويل ماكرون، في "
                     "إطار التحقيقات الجارية بشأن استخدامه للعنف خلال ممارسة مهامه.")
    for e in factual(doc, "COERCE"):
        assert "Macron" not in party(doc, e["recipients"])


def test_named_aide_stays_the_one_arrested(pipe):
    doc = full(pipe, "اعتقلت الشرطة الفرنسية ألكسندر بينالا المساعد الأمني للرئيس إيمانويل ماكرون.")
    ev = _arrests(doc)
    assert ev and "Benalla" in party(doc, ev[0]["recipients"])


# --- بحبس + a term: a verdict -----------------------------------------------------------------------------------

def test_jail_term_by_habs_is_a_verdict(pipe):
    doc = full(pipe, "قضت محكمة عسكرية مصرية بحبس الصحافي والباحث إسماعيل الإسكندراني عشر سنوات.")
    ev = [e for e in factual(doc, "SANCTION") if e.get("mode") == "convict"]
    assert ev and "EGY" in party(doc, ev[0]["actors"]) and "الإسكندراني" in party(doc, ev[0]["recipients"])


def test_jail_term_of_a_named_foreigner(pipe):
    doc = full(pipe, "قضت محكمة جنح مصرية بحبس المواطنة اللبنانية منى المذبوح 11 سنة.")
    ev = [e for e in factual(doc, "SANCTION") if e.get("mode") == "convict"]
    assert ev and "LBN" in party(doc, ev[0]["recipients"])


def test_headline_verdict_keeps_the_convict_as_recipient(pipe):
    doc = full(pipe, "قضية منى المذبوح: حكم في مصر بحبس المواطنة اللبنانية 8 سنوات لإدانتها بـ\"التطاول على الشعب "
                     "المصري\"\n\nقضت محكمة مصرية السبت بمعاقبة مواطنة لبنانية بالحبس 8 سنوات مع الشغل بتهمة \"نشر فيديو "
                     "خادش للحياء\".", published="2018-07-07T12:00")
    ev = [e for e in factual(doc, "SANCTION") if e.get("mode") == "convict"]
    assert ev and all("LBN" not in party(doc, e["actors"]) for e in ev)
    assert any("LBN" in party(doc, e["recipients"]) for e in ev)


def test_pretrial_habs_stays_an_arrest(pipe):
    doc = full(pipe, "أمرت النيابة المصرية بحبس الناشط 15 يوما على ذمة التحقيق.")
    assert _arrests(doc)
    assert not factual(doc, "SANCTION")

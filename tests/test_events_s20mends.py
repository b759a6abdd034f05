"""Mends after the twentieth session's first wave: a report denied with its medium's state, a headline meeting told
held by a perfect after its noun."""
from conftest import full


def events(pipe, text, published="2018-07-16T10:00"):
    doc = full(pipe, text if "\n\n" in text else "عنوان\n\n" + text, published)
    ents = {e["id"]: e for e in doc["entities"]}
    return [(e["type"], sorted(ents[a]["name"] for a in e["actors"]), sorted(ents[r]["name"] for r in e["recipients"]),
             bool(e.get("hypothetical"))) for e in doc["events"]]


def test_denied_report_of_a_states_media_about_a_person(pipe):
    evs = events(pipe, "نفت وزارة الدفاع الألمانية ما نسبته وسائل إعلام قطرية للوزيرة أورسولا فون دير لاين.")
    assert ("REJECT", ["Ministry of Defence (Germany)"], ["Qatari"], False) in evs, evs


def test_headline_talks_told_held_stay_held_beside_a_coming_summit(pipe):
    evs = events(pipe, "مصادر: محادثات سرية عقدت بين أمريكا وكوريا الشمالية\n\n"
                 "قالت مصادر إن القمة المرتقبة بين ترامب وكيم ستعقد في يونيو المقبل.", "2018-04-08T10:00")
    assert ("CONSULT", ["United States"], ["North Korea"], False) in evs, evs


def test_a_lift_after_a_comma_is_a_lift(pipe):
    # (the comma before the verb of lifting was read as a break between it and the ban)
    evs = events(pipe, "في خطوة تشير إلى انفراج الأزمة السياسية بالبلاد منذ وصول رئيس الوزراء الجديد إلى السلطة في أبريل، "
                 "رفعت السلطات الإثيوبية حالة الطوارئ المفروضة في البلاد منذ منتصف فبراير الماضي.", "2018-06-06T10:00")
    assert any(t == "CONCEDE" for t, *_ in evs) and not any(t == "COERCE" for t, *_ in evs), evs
    evs = events(pipe, "وفي بغداد، رفعت السلطات العراقية حظر التجول عن مدينة النجف.", "2018-06-06T10:00")
    assert any(t == "CONCEDE" and r == ["Najaf"] for t, _, r, _ in evs), evs


def test_a_lift_an_agreement_permits_is_not_done(pipe):
    evs = events(pipe, "ومن المفترض أن يسمح هذا الاتفاق الذي يدخل حيز التنفيذ بعد ستة أشهر، برفع الحظر اليوناني على انضمام "
                 "مقدونيا للاتحاد الأوروبي.", "2018-06-17T10:00")
    assert not any(t == "CONCEDE" and not hyp for t, _, _, hyp in evs), evs

"""Sanctions and coercion told without their author or with their sides out of the usual order (session 13, track
s13judicial): arrests and bans told from the side of the one who undergoes them, verdicts with a day between the court
and the convicted, referrals to trial, bans on the passage of aid, and readings that are no act (a standing
designation in a relative clause, a proposal, a place of destination, a name that looks like a verb)."""
from __future__ import annotations

from conftest import factual, full, party


def _sides(doc, ev):
    return party(doc, ev["actors"]), party(doc, ev["recipients"])


def test_verdict_with_a_day_between_court_and_convicted(pipe):
    doc = full(pipe, "القدس (CNN)-- حكمت محكمة عسكرية إسرائيلية، الأربعاء، على الناشط محمد البلتاجي بالسجن لمدة 8 أشهر.")
    ev = factual(doc, "SANCTION")
    assert ev, doc["events"]
    actors, recips = _sides(doc, ev[0])
    assert ("ISR" in actors or "محكمة" in actors) and "البلتاجي" in recips


def test_passive_arrest_is_made_by_the_authorities_of_the_place(pipe):
    doc = full(pipe, "واعتقل الناشط حسين رونقي في طهران يوم الأحد.")
    ev = factual(doc, "COERCE")
    assert ev, doc["events"]
    actors, recips = _sides(doc, ev[0])
    assert "IRN" in actors and "رونقي" in recips


def test_travel_ban_participle_names_the_one_banned(pipe):
    doc = full(pipe, "قال مسؤولو الهجرة في ماليزيا إن رئيس الوزراء السابق نجيب رزاق ممنوع من مغادرة البلاد.")
    ev = factual(doc, "COERCE")
    assert ev, doc["events"]
    actors, recips = _sides(doc, ev[0])
    assert "MYS" in actors and "Najib" in recips


def test_hostage_taker_after_the_verb_is_no_one_arrested(pipe):
    doc = full(pipe, "يأتي هذا بعد أقل من أسبوع على هجوم بلدة تريب الذي وقع يوم الجمعة الماضي، حين احتجز مسلح رهائن في متجر.")
    assert not any("authorities" in party(doc, e["actors"]) for e in factual(doc, "COERCE"))


def test_tally_of_arrests_since_a_past_event_has_no_implied_author(pipe):
    doc = full(pipe, "وتم توقيف آلاف الأشخاص أغلبهم من الإسلاميين منذ إطاحة الجيش بالرئيس الأسبق محمد مرسي في 2013.")
    assert not factual(doc, "COERCE")


def test_referral_to_trial_under_a_verb_of_deciding(pipe):
    doc = full(pipe, "قررت النيابة العسكرية في مصر إحالة المستشار هشام جنينة، الرئيس السابق للجهاز المركزي للمحاسبات، إلى "
                     "المحاكمة العسكرية، وحددت المحكمة 16 أبريل المقبل كأولى جلسات المحاكمة.")
    ev = [e for e in factual(doc, "ACCUSE") if "جنينة" in party(doc, e["recipients"])]
    assert ev, doc["events"]
    assert ev[0]["date_text"] is None  # (the day of the next clause is not the referral's)


def test_proposed_sanctions_are_not_imposed(pipe):
    doc = full(pipe, "وقالت وكالة رويترز إن الدول الثلاث تقترح فرض عقوبات على إيران بسبب برنامجها الصاروخي.")
    assert not factual(doc, "SANCTION")


def test_standing_designation_in_a_relative_clause_is_no_act(pipe):
    doc = full(pipe, "أعلن الرئيس التركي رجب طيب أردوغان، الأحد، عن بدء عمليات عسكرية في سنجار ضد عناصر حزب العمال "
                     "الكردستاني، الذي تصنفه تركيا كـ\"منظمة إرهابية\".")
    assert not factual(doc, "SANCTION")


def test_ban_on_aid_weighs_on_the_place_it_was_bound_for(pipe):
    doc = full(pipe, "وقال محمد: منعت إسرائيل دخول المساعدات إلى غزة.")
    ev = factual(doc, "COERCE")
    assert ev, doc["events"]
    actors, recips = _sides(doc, ev[0])
    assert "ISR" in actors and "PSE" in recips


def test_first_person_verb_outside_quotes_is_a_name(pipe):
    doc = full(pipe, "وأكد سكان محليون أن نقاط أمنية تابعة للحوثيين منعت دخول الناقلات إلى مناطق بأطراف محافظة صنعاء "
                     "والمديريات التابعة لها، وأبرزها خولان وارحب وبعض مناطق سنحان.")
    assert not factual(doc, "SUPPORT")


def test_two_women_punished_in_the_passive(pipe):
    doc = full(pipe, "عوقبت امرأتان في ماليزيا بالضرب بعصا الخيزران بسبب ممارسة علاقة جنسية مثلية في سيارة.")
    ev = factual(doc, "SANCTION")
    assert ev, doc["events"]
    actors, recips = _sides(doc, ev[0])
    assert "MYS" in actors and "امرأتان" in recips


def test_refusal_given_as_a_cause_belongs_to_the_pronoun_not_the_court(pipe):
    doc = full(pipe, "قضت محكمة في موسكو الجمعة بحجب تطبيق تلغرام للرسائل المشفرة في روسيا لرفضه تزويد جهاز الاستخبارات بالشيفرة.")
    assert not any("محكمة" in party(doc, e["actors"]) for e in factual(doc, "REJECT"))


def test_counted_diplomats_after_the_expelling_state(pipe):
    doc = full(pipe, "ونقلت وكالة إنترفاكس عن وزارة الخارجية الروسية قولها إنها سترد بالمثل على طرد اليونان اثنين من "
                     "الدبلوماسيين الروس.")
    ev = factual(doc, "SANCTION")
    assert ev and "RUS" in party(doc, ev[0]["recipients"])


def test_armed_men_driven_out_are_no_expulsion(pipe):
    doc = full(pipe, "تجولت كاميرا في مصنع للمفخخات بمدينة درنة الليبية، بعد طرد مسلحي ما يسمى تنظيم \"مجلس شورى المجاهدين\" منها.")
    assert not factual(doc, "SANCTION")


def test_destination_of_an_expulsion_is_no_party_expelled(pipe):
    doc = full(pipe, "فرنسا تطرد إمام مسجد إلى الجزائر")
    assert not any("DZA" in party(doc, e["recipients"]) for e in factual(doc, "SANCTION"))


def test_authorities_arresting_their_own_citizen(pipe):
    doc = full(pipe, "أوقفت السلطات في إيران محامية إيرانية لتمسكها ببراءة رجل أعدم هذا الأسبوع.")
    ev = factual(doc, "COERCE")
    assert ev, doc["events"]
    assert "IRN" in party(doc, ev[0]["recipients"])


def test_people_arrested_after_the_towns_where_it_happened(pipe):
    doc = full(pipe, "وكانت الوزارة أعلنت أن قوات الأمن اعتقلت الخميس في مدينتي وادي زم وطنجة ثمانية أشخاص تتراوح أعمارهم "
                     "بين 21 و31 عاما.")
    ev = factual(doc, "COERCE")
    assert ev and "أشخاص" in party(doc, ev[0]["recipients"]) and "MAR" not in party(doc, ev[0]["recipients"])

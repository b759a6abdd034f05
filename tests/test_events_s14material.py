"""Material acts (session 14, track s14material): mechanisms counted on the 1,000 corpus leads before they were
coded. Sentences from the corpus (shortened)."""
from __future__ import annotations

from conftest import factual, full, party


def test_claim_after_a_comma_names_the_author_of_a_sideless_bombing(pipe):
    # "ادعى ... مسؤوليته" claims like أعلن; the comma before the claim verb is no break between it and its subject;
    # a claimed attack on no named party falls on the place it struck
    doc = full(pipe, "مقتل 7 في تفجير مسجد بأفغانستان\n\n"
                     "سقط 7 قتلى على الأقل في أفغانستان، الجمعة، إثر تفجير انتحاري في مسجد بالعاصمة كابول حيث كان يجري "
                     "إحياء ذكرى مقتل الزعيم.\n"
                     "في الوقت نفسه، ادعى تنظيم \"داعش\" مسؤوليته عن الهجوم، وقالت وكالة \"أعماق\" التابعة للتنظيم إن "
                     "الهجوم استهدف تجمعا للشيعة.", published="2018-03-09T15:00")
    ev = factual(doc, "ASSAULT")
    assert ev and "داعش" in party(doc, ev[0]["actors"]) and "AFG" in party(doc, ev[0]["recipients"])


def test_responsibility_for_an_indefinite_attack_names_its_author(pipe):
    doc = full(pipe, "داعش يتبنى الهجوم على مفوضية الانتخابات في ليبيا\n\n"
                     "أعلن تنظيم \"داعش\" مسؤوليته عن تنفيذ هجوم على مقر المفوضية العليا للانتخابات في ليبيا، الأربعاء، "
                     "الذي نتج عنه مقتل 11 شخصا وإصابة آخرين.", published="2018-05-02T15:00")
    ev = [e for e in factual(doc, "ASSAULT") if e["actors"]]
    assert ev and "داعش" in party(doc, ev[0]["actors"])


def test_ground_taken_told_by_a_verbal_noun_with_its_force_in_the_genitive(pipe):
    doc = full(pipe, "المقاومة تطرد الحوثيين من \"منتجعات الحديدة\"\n\n"
                     "حصلت \"سكاي نيوز عربية\" على لقطات حصرية تظهر سيطرة المقاومة اليمنية، السبت، على المنتجعات "
                     "السياحية الخاصة بمنطقة غليفقة بعد طرد ميليشيات الحوثي منها.", published="2018-06-02T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if e["actors"]]
    assert ev and "المقاومة" in party(doc, ev[0]["actors"])


def test_liberation_after_a_verb_of_ability_is_the_subjects_attack(pipe):
    doc = full(pipe, "تحرير الوادي\n\n"
                     "وتمكنت قوات الجيش اليمني من تحرير الوادي بالكامل من أيادي عناصر تنظيم القاعدة.")
    ev = [e for e in factual(doc, "ASSAULT") if e["actors"]]
    assert ev and "YEM" in party(doc, ev[0]["actors"]) and "القاعدة" in party(doc, ev[0]["recipients"])


def test_control_noun_held_is_no_event(pipe):
    doc = full(pipe, "المدينة\n\nوكانت المدينة تحت سيطرة الحوثيين على مدى سنوات، وتحاول حركة تحرير الشام السيطرة على "
                     "المدينة.")
    assert not factual(doc, "ASSAULT")


def test_ally_after_wa_is_no_target_of_a_capture(pipe):
    doc = full(pipe, "ميناء\n\nوتأتي هذه الحادثة عقب سيطرة قوات الجيش اليمني وبإسناد من التحالف العربي على ميناء حبل.")
    for e in factual(doc, "ASSAULT"):
        assert "التحالف" not in party(doc, e["recipients"])


def test_protests_told_as_going_on_are_held(pipe):
    doc = full(pipe, "اعتقالات في إيران مع استمرار الاحتجاجات ضد الأوضاع الاقتصادية\n\n"
                     "أعلنت السلطات في إيران اعتقال \"أعداد كبيرة\" وصفتهم بأنهم من \"مثيري أعمال الشغب\"، وذلك مع "
                     "استمرار الاحتجاجات ضد الأوضاع الاقتصادية في البلاد.", published="2018-06-26T12:00")
    ev = factual(doc, "PROTEST")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])


def test_continuation_under_a_demand_is_no_protest_held():
    from marsad.lang.ar import tokenize
    from marsad.events.stage import _continued_noun
    toks = tokenize("دعا إلى منع استمرار الاحتجاجات")
    assert not _continued_noun(toks, 4)
    toks = tokenize("مع تواصل الاحتجاجات في البصرة")
    assert _continued_noun(toks, 2)


def test_target_after_the_authors_of_a_relative_clause_of_launching(pipe):
    doc = full(pipe, "آلاف المدنيين يفرون من عفرين\n\n"
                     "وغادر نحو 30 ألف شخص مدينة عفرين مع تواصل الغارات التي تشنها تركيا وحلفاؤها بهدف طرد مسلحي "
                     "\"وحدات حماية الشعب\" الكردية منها.")
    ev = factual(doc, "ASSAULT")
    assert ev and "TUR" in party(doc, ev[0]["actors"]) and "وحدات حماية الشعب" in party(doc, ev[0]["recipients"])


def test_place_after_ala_in_a_relative_clause_of_launching_is_struck(pipe):
    doc = full(pipe, "الغوطة\n\nإصابة أكثر من 1200 شخص في القصف المستمر الذي يشنه الطيران الحكومي على الغوطة.")
    ev = [e for e in factual(doc, "ASSAULT") if e["recipients"]]
    assert ev and "الغوطة" in party(doc, ev[0]["recipients"])


def test_destination_of_the_arrested_is_not_arrested(pipe):
    doc = full(pipe, "الجيش الأردني يعتقل \"داعشيين\" حاولا التسلل إلى سوريا\n\n"
                     "قال مصدر عسكري إن قوات حرس الحدود ألقت، مساء أمس الأحد، القبض على شخصين.",
               published="2018-05-28T12:00")
    for e in factual(doc, "COERCE"):
        assert "SYR" not in party(doc, e["recipients"])


def test_strikes_launched_by_a_nationality_marked_air_force_stand(pipe):
    doc = full(pipe, "الطيران الإسرائيلي يشن غارات على مواقع \"عسكرية\" في غزة\n\nقال مصدر إن الوضع هادئ.",
               published="2018-05-23T12:00")
    ev = factual(doc, "ASSAULT")
    assert ev and "ISR" in party(doc, ev[0]["actors"]) and "PSE" in party(doc, ev[0]["recipients"])

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


def test_control_noun_held_is_no_event(pipe):
    doc = full(pipe, "المدينة\n\nوكانت المدينة تحت سيطرة الحوثيين على مدى سنوات، وتحاول حركة تحرير الشام السيطرة على "
                     "المدينة.")
    assert not factual(doc, "ASSAULT")


def test_ally_after_wa_is_no_target_of_a_capture(pipe):
    doc = full(pipe, "ميناء\n\nوسيطرت قوات الجيش اليمني وبإسناد من التحالف العربي على ميناء حبل بعد معارك مع الحوثيين.")
    for e in factual(doc, "ASSAULT"):
        assert "التحالف" not in party(doc, e["recipients"])


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

"""Persons named between commas after a title phrase (session 14, track s14names): the rest of the office's phrase
runs to a comma and a full name closed by punctuation follows (وزير الأوقاف السوري، محمد عبد الستار السيد،). Counted
on the 1,000 corpus leads: 9 such persons no entity covered (of ~190 comma-apposed names after a title), 3 more in
the dev golds. Sentences from 2018 Arabic news (shortened)."""
from __future__ import annotations

import pytest

from conftest import by_mention, entities_of, entity_stage, factual, full, party

pytest.importorskip("simplemma")   # the dictionary that tells a transliterated name from a word

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def person(out, name):
    e = by_mention(out, name)
    return e if e is not None and e["type"] == "PERSON" else None


def test_long_name_after_title_and_demonym(stage):
    out = entities_of(stage, "أوردت الوكالة مواقف خامنئي التي أدلى بها خلال استقباله وزير الأوقاف السوري، "
                             "محمد عبد الستار السيد، والوفد المرافق له.", "2018-03-02")
    p = person(out, "محمد عبد الستار السيد")
    assert p is not None and p["country"] == "SYR"
    assert not any(e["type"] == "NORP" for e in out)   # (the demonym is the office's)


def test_name_with_links_after_locative(stage):
    out = entities_of(stage, "وكانت أنقرة قد بدأت بالتحرك، باستدعاء السفير السعودي لديها، وليد بن عبد العزيز "
                             "الخريجي، الأربعاء.", "2018-10-06")
    p = person(out, "وليد بن عبد العزيز الخريجي")
    assert p is not None and p["country"] == "SAU" and "Ambassador" in p["roles"]


def test_former_office_then_foreign_name_before_full_stop(stage):
    out = entities_of(stage, "شهدت الحملة سجن عشرات من كبار المسؤولين، بينهم وزير الأمن الداخلي السابق، "
                             "تشو يونغ كانغ.", "2018-07-05")
    p = person(out, "تشو يونغ كانغ")
    assert p is not None and any(r.startswith("former") for r in p["roles"])


def test_adjective_of_the_title_then_name(stage):
    out = entities_of(stage, "واليوم الاثنين، اعترفت ميلشيات الحوثي بمقتل العميد المنشق، محمود النقيب، الذي عينته "
                             "أركان حرب المنطقة العسكرية السابعة.", "2018-04-30")
    assert person(out, "محمود النقيب") is not None


def test_complement_with_bodies_and_places(stage):
    out = entities_of(stage, "أكد السفير والمندوب الدائم لدولة الإمارات لدى الأمم المتحدة في جنيف، عبيد سالم "
                             "الزعابي، الثلاثاء، أن بلاده ترفض المزاعم.", "2018-08-07")
    assert person(out, "عبيد سالم الزعابي") is not None
    assert by_mention(out, "الأمم المتحدة") is not None   # (an international body stays its own entity)


def test_no_name_from_a_time_phrase(stage):
    out = entities_of(stage, "قال وزير الخارجية الأمريكي، مساء الاثنين، إن بلاده ستفرض عقوبات.", "2018-05-21")
    assert not any(e["type"] == "PERSON" and "مساء" in e["name"] for e in out)


def test_no_name_across_a_second_title(stage):
    out = entities_of(stage, "أفاد مراسل قناة العربية بمقتل القيادي الحوثي، غالب خرصان، في غارة.", "2018-07-08")
    p = person(out, "غالب خرصان")
    assert p is not None and "Journalist" not in p["roles"]


def test_headline_leader_and_body_named_leader_are_one_killing(pipe):
    doc = full(pipe, "مقتل قيادي حوثي بغارة للتحالف في الجوف\n\n"
                     "أفاد مراسل قناة \"العربية\" في اليمن بمقتل القيادي الحوثي، غالب خرصان، في غارة لطيران "
                     "التحالف في محافظة الجوف اليمنية.", "2018-07-08T12:00")
    ev = factual(doc, "ASSAULT")
    assert len(ev) == 1 and "غالب خرصان" in party(doc, ev[0]["recipients"])


# -- a given name after a longer complement of the office (no comma) -----------------------------------------------
def test_name_after_a_lam_complement_with_a_body(stage):
    out = entities_of(stage, "استقبل عاهل الأردن الملك عبدالله الثاني، في قصر الحسينية، الاثنين، نائب رئيس مجلس "
                             "الوزراء ووزير الدولة لشؤون مجلس الوزراء الكويتي أنس الصالح، حيث نقل تحيات أمير الكويت.",
                      "2018-06-05")
    p = person(out, "أنس الصالح")
    assert p is not None and p["country"] == "KWT" and "Minister" in p["roles"]


def test_name_after_a_party_of_the_office(stage):
    out = entities_of(stage, "يتنافس فيها الرئيس عبدالفتاح السيسي مع رئيس حزب الغد موسى مصطفى موسى، وسط ترجيحات "
                             "بفوز الرئيس الحالي.", "2018-03-26")
    assert person(out, "موسى مصطفى موسى") is not None


def test_received_minister_is_the_visitor_of_a_consultation(pipe):
    doc = full(pipe, "الكويت: نقف إلى جانب الأردن وندعم اقتصاده\n\n"
                     "استقبل عاهل الأردن الملك عبدالله الثاني، في قصر الحسينية، الاثنين، نائب رئيس مجلس الوزراء ووزير "
                     "الدولة لشؤون مجلس الوزراء الكويتي أنس الصالح، حيث نقل تحيات أمير دولة الكويت.",
               "2018-06-05T12:25")
    ev = factual(doc, "CONSULT")
    assert ev and "أنس الصالح" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


# -- the owner of a meeting noun's pronoun when the clause's subject is not before it --------------------------------
def test_owned_reception_is_held_by_the_person_before_not_the_guest(pipe):
    doc = full(pipe, "خامنئي لوفد سوري: الأسد مناضل صامد\n\n"
                     "وكالة \"تسنيم\" الإيرانية شبه الرسمية أوردت مواقف خامنئي التي أدلى بها خلال استقباله وزير الأوقاف "
                     "السوري، محمد عبد الستار السيد، والوفد المرافق له.", "2018-03-02T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and "Khamenei" in party(doc, ev[0]["actors"]) and "محمد عبد الستار السيد" in party(doc, ev[0]["recipients"])


def test_meeting_after_an_apposed_subject_with_a_comma_named_guest(pipe):
    doc = full(pipe, "مصر والسودان\n\n"
                     "وأكد مدير المخابرات العامة في مصر بالوكالة، اللواء عباس مصطفى كامل، بعد لقائه وزير الخارجية "
                     "السوداني، إبراهيم غندور، في الخرطوم السبت، على وجود إرادة لتهيئة الظروف.", "2018-03-10T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and "عباس مصطفى كامل" in party(doc, ev[0]["actors"])


# -- who admits a death tells of its own dead ---------------------------------------------------------------------------
def test_admitting_a_death_is_no_attack_by_the_admitter(pipe):
    doc = full(pipe, "ميليشيات الحوثي تعترف بمصرع 2 من أبرز قادتها الميدانيين\n\n"
                     "اعترفت ميليشيات الحوثي الانقلابية، الثلاثاء، بمصرع اثنين من أبرز قياداتها الميدانيين في المواجهات "
                     "المستمرة مع الجيش اليمني.", "2018-02-20T12:00")
    assert not any("Houthi" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_acknowledge_verbs_are_data():
    from marsad.events.lexicon import word_set
    from marsad.lang.ar import normalize
    assert normalize("اعترفت") in word_set("acknowledge", "verb") and normalize("نعت") in word_set("acknowledge", "verb")


# -- a state's delegate to an international body is a title --------------------------------------------------------
def test_delegate_to_the_un_is_an_ambassador_title(stage):
    out = entities_of(stage, "وأوضح المندوب السعودي لدى الأمم المتحدة عبد الله المعلمي، أنه على الرغم من ذلك.",
                      "2018-07-10")
    p = person(out, "عبد الله المعلمي")
    assert p is not None and p["country"] == "SAU" and "Ambassador" in p["roles"]
    assert not any(e["type"] == "NORP" for e in out)   # (the demonym is the office's)


def test_foreign_name_after_a_body_and_a_rank_takes_his_own_demonym(stage):
    out = entities_of(stage, "وقال نائب قائد التحالف الدولي الميجور جنرال البريطاني فيلكس غيدني للصحافيين في البنتاغون "
                             "إن الضربات الجوية زادت.", "2018-05-09")
    p = person(out, "فيلكس غيدني")
    assert p is not None and p["country"] == "GBR"

"""Triggers that built nothing, session 33 (track s33built): a circumstantial participle whose object is the pronoun
إياه (متهما إياه، مطالبا إياها، محذرا إياها) names the main clause's subject as its author and the party the pronoun
takes up as its target, with or without a comma before it. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


# --- the participle with إياه and no comma before it ---------------------------------------------------------------

def test_participle_iyya_after_sanction_without_comma_accuses_the_target(pipe):
    doc = full(pipe, "وقد قطعت كل من السعودية والإمارات العربية المتحدة والبحرين ومصر العلاقات الدبلوماسية مع قطر في "
                     "يونيو/ حزيران الماضي، وفرضت عليها عقوبات اقتصادية متهمة إياها بدعم الإرهاب.")
    ev = between(doc, "ACCUSE", "Saudi")
    assert ev and "Qatar" in party(doc, ev[0]["recipients"])


def test_participle_iyya_takes_the_party_after_ala(pipe):
    doc = full(pipe, "وكثفت الولايات المتحدة ضغوطها على حكومة الرئيس نيكولاس مادورو يوم الجمعة متهمة إياه بالاستفادة "
                     "من شحنات مخدرات غير قانونية.")
    ev = between(doc, "ACCUSE", "United States")
    assert ev and "Maduro" in party(doc, ev[0]["recipients"])


def test_warning_participle_iyya_threatens_the_state_named_before(pipe):
    doc = full(pipe, "وأضاف ترامب أن \"إيران لا تزال تبدو في الخلفية عندما تقع مشكلة\" في الشرق الأوسط محذرا إياها من "
                     "العواقب في حال نفذت تهديداتها باستئناف برنامجها النووي.")
    ev = between(doc, "THREATEN", "Trump")
    assert ev and "Iran" in party(doc, ev[0]["recipients"])


def test_demand_participle_iyya_after_a_criticism_noun(pipe):
    doc = full(pipe, "عاد الرئيس الأمريكي دونالد ترامب إلى انتقاد دول أعضاء في حلف شمال الأطلسي مطالبا إياها "
                     "بـ\"تسديد\" متأخرات للولايات المتحدة.")
    ev = between(doc, "REQUEST", "Trump")
    assert ev and "NATO" in party(doc, ev[0]["recipients"])


def test_iyya_takes_up_the_object_not_a_party_inside_the_charge(pipe):
    doc = full(pipe, "شن الرئيس الأمريكي دونالد ترامب الأربعاء هجوما حادا على ألمانيا متهما إياها بإثراء روسيا وعدم "
                     "الوفاء بالتزاماتها.")
    ev = between(doc, "ACCUSE", "Trump")
    assert ev and all("Germany" in party(doc, e["recipients"]) for e in ev)
    assert not any("Russia" in party(doc, e["recipients"]) for e in between(doc, "ACCUSE", "Trump"))


# --- must not fire ---------------------------------------------------------------------------------------------------

def test_iyya_with_no_named_subject_takes_no_party_of_the_charge(pipe):
    # "هذه الدول" names no party in this sentence alone: the parties after إياها are inside the charge
    doc = full(pipe, "وكانت هذه الدول قطعت علاقاتها مع الدوحة متهمة إياها بدعم التنظيمات المتطرفة والتقارب مع إيران، "
                     "وفرضت عليها حصارا اقتصاديا.")
    assert not any("Iran" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_iyya_whose_antecedent_is_no_party_accuses_no_one_in_the_charge(pipe):
    # the 50,000 people arrested are no named party; Gülen, inside the charge, is not the one accused
    doc = full(pipe, "وألقت الشرطة التركية القبض على أكثر من 50 ألف شخص متهمة إياهم بأن لهم صلات مع رجل الدين "
                     "الإسلامي المعارض فتح الله غولن.")
    assert not any("Gülen" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_passive_participle_without_iyya_stays_no_accusation(pipe):
    doc = full(pipe, "اعتقلت القوات الكردية شمالي سوريا جهاديا ألمانيا من أصل سوري، متهما بالضلوع في هجمات 11 "
                     "سبتمبر/أيلول، بحسب تقارير.")
    assert not factual(doc, "ACCUSE")


# --- an indefinite noun closed by its nisba adjective takes no genitive (_groups_of, the place nouns) ---------------

def test_western_states_accuse_moscow(pipe):
    doc = full(pipe, "اتهمت دول غربية موسكو بالوقوف وراء سلسلة من الهجمات الإلكترونية حول العالم.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Moscow" in party(doc, ev[0]["recipients"]) and "Moscow" not in party(doc, ev[0]["actors"])


def test_place_noun_before_a_city_stays_a_place(pipe):
    doc = full(pipe, "وقصفت الطائرات الروسية مواقع للمعارضة غربي حلب.")
    assert not any("Aleppo" in party(doc, e["recipients"]) or "Aleppo" in party(doc, e["actors"])
                   for e in factual(doc, "ASSAULT"))

"""Trigger lexicon gaps, session 34 (track s34lex): executions told by the verb أعدم (a state's: SANCTION convict, its
counted object the implied convicts; an armed group's: ASSAULT), the plurals مداهمات/اقتحامات, pelting (رشق) as a riot and a crowd
taking to the streets (خرج/نزل ... إلى الشوارع). Sentences from the 2018 corpus (some shortened)."""
from __future__ import annotations

from conftest import factual, full, sides


# --- أعدم ----------------------------------------------------------------------------------------------------------

def test_a_state_executing_counted_convicts_is_a_sanction(pipe):
    for s in ("أعدم العراق 12 مدانا بالإرهاب، حسبما أعلن مكتب رئيس الوزراء العراقي حيدر العبادي صباح الجمعة.",
              "العراق يعدم 12 مدانا بالإرهاب تنفيذا لأوامر العبادي"):
        got = sides(full(pipe, s), "SANCTION")
        assert any("IRQ" in a and "convicts" in r for a, r, _ in got), (s, got)
        assert not any("Abadi" in r for _, r, _ in got), s  # (the one whose orders it carried out is not executed)


def test_a_state_executing_named_people(pipe):
    got = sides(full(pipe, "وأعدمت طهران، صباح السبت، ثلاثة ناشطين أكراد، كانوا معتقلين في سجون النظام الإيراني."),
                "SANCTION")
    assert any("IRN" in a for a, _, _ in got)


def test_an_execution_by_an_armed_group_is_no_sentence(pipe):
    for s in ("وأبلغ كبير المحققين المجلس أنه في إحدى الحوادث أعدمت ميليشيا كاموينا نسابو ما لا يقل عن 186 رجلا.",
              "أعدم تنظيم \"الدولة الإسلامية\" أحد الرهائن الذين خطفهم من محافظة السويداء الشهر الماضي."):
        assert not factual(full(pipe, s), "SANCTION"), s


def test_the_negation_noun_is_no_execution(pipe):
    doc = full(pipe, "وأعلنت الحكومة عدم مشاركتها في المؤتمر.")
    assert not factual(doc, "SANCTION") and not factual(doc, "ASSAULT")


# --- plurals of raids ------------------------------------------------------------------------------------------------

def test_raids_in_the_plural(pipe):
    s = "وأضافت أن شرطة مكافحة الإرهاب في العاصمة أنقرة نفذت مداهمات متزامنة في أماكن مختلفة واقتادت المشتبه بهم."
    assert factual(full(pipe, s), "COERCE")


# --- a crowd taking to the streets -------------------------------------------------------------------------------

def test_crowds_taking_to_the_streets_demonstrate(pipe):
    for s, iso in (("خرج آلاف الأرمينيين إلى الشوارع في العاصمة يريفان مرة أخرى مطالبين باستقالة الحكومة.", "ARM"),
                   ("نزل آلاف الأشخاص السبت إلى شوارع برشلونة مطالبين بإطلاق سراح الزعماء الانفصاليين المسجونين.", "ESP")):
        got = sides(full(pipe, s), "PROTEST")
        assert any(iso in a + r for a, r, _ in got), (s, got)


def test_militias_in_the_streets_do_not_demonstrate(pipe):
    s = "في وقت نزلت ميليشيات الحشد الشعبي الموالية لطهران إلى الشوارع في البصرة."
    assert not factual(full(pipe, s), "PROTEST")


def test_fighters_leaving_a_town_still_withdraw(pipe):
    s = "وخرج المسلحون من مدينة دوما باتجاه الشمال السوري بموجب الاتفاق."
    assert not factual(full(pipe, s), "PROTEST")


# --- رشق -------------------------------------------------------------------------------------------------------------

def test_pelting_the_police_is_a_riot(pipe):
    doc = full(pipe, "ورشق عدد من المحتجين قوات الشرطة بالحجارة، وفقا للمصدر نفسه.")
    assert any(e["mode"] == "riot" for e in factual(doc, "PROTEST"))


def test_a_salvo_of_rockets_is_no_riot(pipe):
    doc = full(pipe, "وأطلقت الفصائل الفلسطينية رشقة صواريخ على جنوب إسرائيل مساء السبت.")
    assert not factual(doc, "PROTEST")

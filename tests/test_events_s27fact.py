"""Session 27 (track s27fact): an act that a speaker expects (توقع أن), deems likely (من المرجح أن، رجح)، supposes (من
المفترض أن، يفترض) or fears (يخشى، تخشى) is hypothetical (cues.tsv hyp / hypguess); a guessed culprit stays an
accusation (hypguess is not read for ACCUSE nor for a blame predicate)."""
import pytest

from conftest import factual, full, sides


@pytest.mark.parametrize("text,typ", [
    ("ورجح مسؤولون أمنيون عراقيون أن يشن تنظيم داعش هجمات في العراق بعدما انهارت دولة الخلافة المزعومة.", "ASSAULT"),
    ("ومن المفترض أن يعقد الرجلان، اللذان يشاركان بدءا من الجمعة في قمة مجموعة الدول السبع في كندا، لقاء ثنائيا.",
     "CONSULT"),
    ("لكن من المرجح أن يحصل ديميرتاش على تأييد كبير في الجولة الأولى للانتخابات أمام أردوغان.", "SUPPORT"),
    ("وتخشى الحكومة أن يتضامن أعضاء البرلمان مع أعضاء الحكومة المعترضين على تحرك ماي.", "SUPPORT"),
    ("وتوقع أن يدعمها المعارضون على رأس البلاد حتى الخروج من الاتحاد الأوروبي في آذار/مارس المقبل.", "SUPPORT"),
    ("ويخشى مراقبون أن تهاجم القوات التركية مدينة منبج.", "ASSAULT"),
    ("وتخشى عواصم أوروبية أن تشهد قمة ترامب وبوتين اعترافا من الرئيس الأميركي بضم روسيا لشبه جزيرة القرم.", "CONSULT"),
])
def test_expected_likely_feared_acts_are_not_told_as_done(pipe, text, typ):
    doc = full(pipe, text)
    assert not factual(doc, typ), factual(doc, typ)


def test_a_guessed_culprit_is_an_accusation(pipe):
    text = ("قالت رئيسة الوزراء البريطانية تيريزا ماي اليوم الاثنين إنه \"من المرجح جدا\" أن تكون موسكو وراء تسميم عميل "
            "مزدوج روسي سابق.")
    evs = sides(full(pipe, text, "2018-03-12T12:00"), "ACCUSE")
    assert any("May" in a and ("Moscow" in r or "RUS" in r) for a, r, _ in evs), evs


def test_the_alleged_attacker_adjective_is_no_guess(pipe):
    # المفترض as an adjective (the alleged attacker) leaves the told acts as they are
    text = "وبحسب صحيفة بيلد، فإن المعتدي المفترض لاجئ سوري سلم نفسه للشرطة."
    plain = "وبحسب صحيفة بيلد، فإن المعتدي لاجئ سوري سلم نفسه للشرطة."
    assert len(full(pipe, text)["events"]) == len(full(pipe, plain)["events"])
    assert [e["hypothetical"] for e in full(pipe, text)["events"]] == [e["hypothetical"] for e in full(pipe, plain)["events"]]


def test_a_done_act_after_the_guess_clause_stays_factual(pipe):
    text = "وقصفت الطائرات الإسرائيلية مواقع لحماس في غزة، ويخشى مراقبون من تصعيد جديد."
    assert factual(full(pipe, text), "ASSAULT")

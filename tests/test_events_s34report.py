"""The speaker of a reporting verb is no doer of the conflict act it reports (session 34, track s34report,
events/reported.py): "أعلن X أن طائرة أمريكية ضربت" (another party named: it is the attacker), "قال X إن 27 شخصاً لقوا
حتفهم"، "إن صواريخ استهدفت" (no attacker named: none). And the speaker's own acts, which must keep it. Sentences from
the 2018 corpus."""
from __future__ import annotations

from conftest import full
from evhelpers import actors


# --- the speaker is only the source ----------------------------------------------------------------------------------

def test_named_attacker_in_the_clause_replaces_the_speaker(pipe):
    doc = full(pipe, "وفي وقت لاحق، أعلنت قيادة الحشد الشعبي في بيان أن \"طائرة أمريكية ضربت مقرا ثابتا لقطعات الحشد "
                     "الشعبي من لواءي45  46و المدافعة عن الشريط الحدودي مع سوريا بصاروخين مسيرين، ما أدى إلى استشهاد22  "
                     "مقاتلا وإصابة12  بجروح\".", "2018-06-19T10:00")
    acts = actors(doc, "ASSAULT")
    assert acts and all("Popular Mobilization" not in a for a in acts)
    assert any("United States" in a for a in acts)


def test_monitor_telling_the_dead_is_no_attacker(pipe):
    doc = full(pipe, "بالمقابل، قال مدير مركز الاتصال في منظمة الخوذ البيضاء، أحمد الشيخو لـCNN، الأحد، إن 27 شخصاً من "
                     "بينهم رضيع لقوا حتفهم وأصيب 60 أخرون جراء الضربات الجوية التي استهدفت محافظة إدلب منذ الثلاثاء.",
               "2018-09-09T10:00")
    assert all("الشيخو" not in a for a in actors(doc, "ASSAULT"))


def test_observatory_director_is_no_attacker(pipe):
    doc = full(pipe, "وقال مدير المرصد رامي عبد الرحمن لفرانس برس إن \"64 مدنياً على الأقل بينهم 13 طفلاً قتلوا وأصيب "
                     "عشرات آخرون بجروح جراء غارات روسية استهدفت بلدة كفربطنا\".", "2018-03-16T10:00")
    assert all("Rami" not in a for a in actors(doc, "ASSAULT"))


def test_media_arm_reporting_missiles_is_no_attacker(pipe):
    doc = full(pipe, "وقال الإعلام الحربي التابع لجماعة حزب الله اللبنانية أيضا إن صواريخ استهدفت قاعدة جوية قرب دمشق.",
               "2018-04-17T10:00")
    assert all("Hezbollah" not in a for a in actors(doc, "ASSAULT"))


# --- the speaker's own act ---------------------------------------------------------------------------------------------

def test_army_telling_its_own_strikes_keeps_it(pipe):
    doc = full(pipe, "وأعلن الجيش الإسرائيلي، الخميس، أنه ضرب ليلاً عشرات الأهداف العسكرية الإيرانية في سوريا رداً على "
                     "إطلاق صواريخ نسبه إلى إيران ضد مواقعه في هضبة الجولان المحتلة.", "2018-05-11T10:00")
    assert any("Israel" in a for a in actors(doc, "ASSAULT"))


def test_police_telling_its_own_dispersal_keeps_it(pipe):
    doc = full(pipe, "وقالت الشرطة إنها فرقت المتظاهرين في شيكاغو فجر السبت.", "2018-07-15T10:00")
    assert any("الشرطة" in a or "police" in a.lower() for a in actors(doc, "COERCE"))


def test_speaker_named_again_as_the_author_keeps_it(pipe):
    doc = full(pipe, "قال العقيد تركي المالكي، المتحدث الرسمي باسم قوات التحالف \"تحالف دعم الشرعية في اليمن\"، لشبكة "
                     "CNN، الخميس، إن الضربات الجوية التي نفذها التحالف في اليمن، اليوم، كانت ضد \"هدف مشروع\".",
               "2018-08-10T10:00")
    assert any("coalition" in a.lower() for a in actors(doc, "ASSAULT"))


def test_object_of_another_verb_is_no_speaker(pipe):
    # (the complementizer after أبلغ السيسي belongs to أبلغ, not to قال: Sisi keeps the arrests)
    doc = full(pipe, "وقال البيت الأبيض يوم الخميس الماضي إن مايك بنس نائب الرئيس الأمريكي أبلغ السيسي في اتصال هاتفي "
                     "بأن الولايات المتحدة قلقة بشأن اعتقال نشطاء.", "2018-05-28T10:00")
    assert all("United States" not in a or "Sisi" in a for a in actors(doc, "COERCE"))


def test_speaker_named_again_in_the_triggers_clause_keeps_it(pipe):
    doc = full(pipe, "وقالت الشرطة الفرنسية عبر حسابها على تويتر إن شخصا لقي حتفه، وأصيب اثنان بجراح خطيرة، فيما أصيب "
                     "ثلاثة آخرون بجراح طفيفة، وتمكنت الشرطة من قتل المهاجم.", "2018-03-23T12:00")
    assert all("شخص" not in a for a in actors(doc, "ASSAULT"))

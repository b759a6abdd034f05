"""Session 20, track s20material: material acts whose parties a construction tells. A speaker named after a speech verb
and his office reports an attack, he is not its author; the states after مع share a launcher's strikes and are no
targets; an arrest named by its verbal noun and condemned, with the state the ones arrested were held in, was made by
that state's authorities; the dead told "in the repelling of X" were killed by X; a resignation accepted or received
leaves the one who accepts it. Sentences in the phrasing of the 2018 news corpus (not the development gold's)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import between


def test_titled_speaker_is_no_attacker(pipe):
    # (before: the Observatory's director was the author of the shelling he counted)
    doc = full(pipe, "سوريا: عشرات القتلى في قصف ريف إدلب\n\nوقال مدير المرصد رامي عبد الرحمن \"ارتفعت حصيلة القصف "
                     "والغارات على مدن وبلدات ريف إدلب الاثنين إلى 45 قتيلا مدنيا بينهم نحو عشرة أطفال، في حصيلة يومية هي "
                     "الأعلى في المنطقة منذ مطلع 2016.", published="2018-09-04T12:00")
    assert not any("عبد الرحمن" in party(doc, e["actors"]) for e in doc["events"] if e["type"] == "ASSAULT"), \
        doc["events"]


def test_states_after_with_share_the_strikes(pipe):
    # (before: France and Britain were the targets of the US strikes)
    doc = full(pipe, "وأكدت وزارة الدفاع أن الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا فجر السبت "
                     "استهدفت ثلاثة مواقع.", published="2018-04-14T12:00")
    assert not any("France" in party(doc, e["recipients"]) or "United Kingdom" in party(doc, e["recipients"])
                   for e in doc["events"] if e["type"] == "ASSAULT"), doc["events"]


def test_launcher_with_allies_after_with(pipe):
    doc = full(pipe, "وكانت واشنطن قد شنت مع باريس ولندن الشهر الماضي ضربات جوية على مواقع في سوريا.",
               published="2018-04-14T12:00")
    hits = factual(doc, "ASSAULT")
    assert hits and any("Paris" in party(doc, e["actors"]) and "London" in party(doc, e["actors"]) for e in hits), \
        doc["events"]


def test_condemned_arrest_in_a_state(pipe):
    # (before: no author, so the arrest was dropped and the condemnation had no one condemned)
    doc = full(pipe, "نددت منظمة هيومن رايتس ووتش باعتقال صحفيين في تركيا الأسبوع الماضي.", published="2018-06-20T12:00")
    assert any("TUR" in party(doc, e["actors"]) and "صحفيين" in party(doc, e["recipients"])
               for e in factual(doc, "COERCE")), doc["events"]


def test_condemned_arrest_in_a_region_names_no_state(pipe):
    # a region's state may not be the one that arrests: no arrester is supplied
    doc = full(pipe, "ندد الاتحاد الأوروبي باعتقال فلسطينيين في الضفة الغربية.", published="2018-06-20T12:00")
    assert not factual(doc, "COERCE"), doc["events"]


def test_dead_during_a_repelling_were_killed_by_the_repeller(pipe):
    # (before: no author; the dead were told killed "in the repelling" of a named force)
    doc = full(pipe, "قتل العشرات من ميليشيات الحوثي، بينهم قادة، في تصدي ألوية العمالقة لمحاولة تسلل فاشلة شرق مدينة "
                     "التحيتا.", published="2018-06-20T12:00")
    assert between(doc, "ASSAULT", "Giants", "Houthi"), doc["events"]


def test_accepted_resignation_leaves_the_one_who_accepts(pipe):
    # (before: no event; the resignation had no one it was handed to)
    doc = full(pipe, "وقبل العاهل الأردني الملك عبد الله الثاني، الإثنين، استقالة رئيس الحكومة هاني الملقي.",
               published="2018-06-04T12:00")
    assert between(doc, "RETREAT", "Mulki", "Abdullah"), doc["events"]


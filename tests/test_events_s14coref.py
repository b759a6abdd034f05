"""A bare noun of rebels, militias or putschists stands for the one armed group its story names (session 14, track
s14coref: parties._story_group). Sentences from the corpus (shortened)."""
from __future__ import annotations

from conftest import factual, full, party


def test_bare_militias_in_a_houthi_story_are_the_houthis(pipe):
    doc = full(pipe, "الحوثيون يفجرون الطريق بين تعز وعدن على مستوى حيفان\n\n"
                     "وشهدت حيفان مواجهات عنيفة بين قوات الجيش اليمني والحوثيين في عدد من المواقع بعد أن نفذت قوات "
                     "الشرعية هجوماً واسعاً على مواقع الميليشيات في تبة سعيد طه وتبة العبلية جنوب حيفان.",
               published="2018-03-30T19:55")
    ev = [e for e in factual(doc, "ASSAULT") if "YEM" in party(doc, e["actors"])]
    assert ev
    rec = party(doc, ev[0]["recipients"])
    assert "Houthi" in rec and "الميليشيات" != rec.strip()


def test_bare_rebels_in_a_houthi_story_are_no_separate_party(pipe):
    doc = full(pipe, "الشرعية اليمنية تتقدم على أكثر من محور في صعدة\n\n"
                     "تتقدم قوات الشرعية اليمنية على أكثر من محور في محافظة صعدة معقل ميلشيات الحوثي التابعة لإيران.\n"
                     "وقد فتحت تلك القوات مدعومة بالتحالف العربي جبهة جديدة في مديرية الظاهر، وسيطرت خلالها على "
                     "مواقع استراتيجية بعد أن كبدت المتمردين خسائر كبيرة.", published="2018-03-31T19:45")
    for e in factual(doc, "ASSAULT"):
        names = party(doc, e["recipients"])
        assert "Houthi" in names or not e["recipients"], names


def test_story_group_needs_exactly_one_named_group(pipe):
    # (Darfur's rebels: the story names no armed group, the noun stays generic)
    doc = full(pipe, "البشير يمدد وقف إطلاق النار\n\n"
                     "ذكر القصر الرئاسي في السودان، الخميس، أن الرئيس عمر البشير مدد وقفا من جانب واحد لإطلاق النار "
                     "مع المتمردين في دارفور وجنوب كردفان والنيل الأزرق حتى نهاية العام.", published="2018-07-12T10:00")
    for e in doc["events"]:
        assert "Houthi" not in party(doc, e["actors"] + e["recipients"])


def test_definite_after_clitics():
    from marsad.events.parties import _definite
    assert _definite("والمتمردين") and _definite("للميليشيات") and _definite("بالانقلابيين")
    assert not _definite("متمردون") and not _definite("ميليشيات")


def test_sentence_opening_another_matter_tells_another_strike(pipe):
    # (resolving "للمتمردين" to the Houthis made the two strikes share their sides: "من جهة أخرى" keeps them apart)
    doc = full(pipe, "عشرات القتلى من الحوثيين بغارات في تعز\n\n"
                     "قتل 30 من ميليشيات الحوثي الإيرانية، في سلسلة غارات لطائرات تحالف دعم الشرعية في اليمن، "
                     "استهدفت مواقع للمتمردين في تعز جنوبي البلاد، الأربعاء.\n"
                     "من جهة أخرى، نفذت طائرات تحالف دعم الشرعية أكثر من 12 غارة خلال الساعات الماضية، دمرت خلالها "
                     "مواقع للمتمردين في مديريتي مجز وباقم في محافظة صعدة، معقل الميليشيات الانقلابية شمالي اليمن.",
               published="2018-04-18T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if "Houthi" in party(doc, e["recipients"])]
    assert len(ev) == 2

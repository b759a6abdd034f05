"""Session 22 (track s22fp): false alarms fixed by reading roles and days right.
* the night between two named days is dated to its second day only when that day is not after publication ("ليل
  الأربعاء الخميس" in a text stamped Wednesday: the act is Wednesday's);
* a plural noun of words (الاتهامات، التهديدات، الانتقادات) with its author's adjective or genitive and its target under
  لـ: the author accuses or threatens the target ("الاتهامات المغربية للجزائر"), not a party named before it;
* a verbal noun with two bare parties right after it: the first (its genitive) acts, the second is its object
  ("بعد ساعات من تهديد واشنطن دمشق")."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,published,typ,day", [
    ("واشنطن تدين\n\nقال بيان للخارجية الأميركية صدر ليل الأربعاء الخميس إن الولايات المتحدة تدين بشدة الهجوم الصاروخي "
     "الحوثي على الرياض.", "2018-04-11T18:00", "ACCUSE", "2018-04-11"),
    ("قصف\n\nوشنت طائرات حربية ليل السبت الأحد غارات على مواقع للمعارضة المسلحة في ريف إدلب.",
     "2018-03-10T15:00", "ASSAULT", "2018-03-10"),
])
def test_night_not_after_publication(pipe, text, published, typ, day):
    doc = full(pipe, text, published)
    evs = [e for e in doc["events"] if e["type"] == typ]
    assert evs and all(e["date"] == day for e in evs), [(e["type"], e["date"]) for e in evs]


def test_night_second_day_kept_when_published_after(pipe):
    doc = full(pipe, "قصف\n\nوشنت طائرات حربية ليل السبت الأحد غارات على مواقع للمعارضة المسلحة في ريف إدلب.",
               "2018-03-13T15:00")
    evs = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert evs and evs[0]["date"] == "2018-03-11", [(e["type"], e["date"]) for e in evs]


@pytest.mark.parametrize("text,typ,actor,target", [
    ("وأوضح المصدر موقف الجزائر من الاتهامات المغربية للجزائر بدعم جبهة البوليساريو.", "ACCUSE", "MAR", "DZA"),
    ("وتأتي الخطوة وسط تصاعد تهديدات ترامب لإيران بفرض عقوبات جديدة على صادراتها النفطية.", "THREATEN", "Trump", "IRN"),
    ("وقال الوزير إن الانتقادات الأمريكية لتركيا لن تغير موقف أنقرة من القس.", "ACCUSE", "USA", "TUR"),
])
def test_plural_word_noun_author(pipe, text, typ, actor, target):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and target in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]
    assert not any(target in a for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text,typ,actor,target", [
    ("قتل ستة مدنيين في قصف على درعا.\nويأتي القصف بعد ساعات من تهديد واشنطن دمشق باتخاذ إجراءات صارمة.",
     "THREATEN", "USA", "SYR"),
    ("وجاء القرار بعد أيام من اتهام لندن موسكو بالوقوف وراء تسميم العميل السابق.", "ACCUSE", "GBR", "RUS"),
])
def test_verbal_noun_genitive_then_object(pipe, text, typ, actor, target):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and target in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_verbal_noun_single_genitive_still_object(pipe):
    # one party after a noun of an act done to a party is still the one acted on
    evs = sides(full(pipe, "وأعلنت موسكو رفضها تهديد إيران بعقوبات جديدة."), "THREATEN")
    assert not any("IRN" in a for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text,n", [
    # بحث عن is searching for, not talks
    ("وقال الرئيس الفرنسي إن بلاده تبحث عن حل مع ألمانيا بشأن أزمة المهاجرين.", 0),
    ("الرئيس الأمريكي: نبحث عن بديل للاتفاق مع إيران", 0),
    # talks with a counterpart stay
    ("ويبحث الرئيس الأمريكي مع نظيره الفرنسي الملف الإيراني.", 1),
])
def test_search_for_is_no_talks(pipe, text, n):
    evs = sides(full(pipe, text), "CONSULT")
    assert len(evs) == n, [(a, r) for a, r, _ in evs]

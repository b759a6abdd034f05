"""Judicial, administrative and diplomatic-procedure acts (events/legal.py, triggers.tsv rows): dismissals from office
are SANCTION by the one who dismisses. Short news-style sentences through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


def _sides(doc, typ):
    return [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in factual(doc, typ)]


def test_dismissal_verb_with_named_official(pipe):
    doc = full(pipe, "أقال الرئيس الأمريكي دونالد ترامب الثلاثاء وزير خارجيته ريكس تيلرسون وعين مايك بومبيو مكانه.")
    sides = _sides(doc, "SANCTION")
    assert any("ترامب" in a and "تيلرسون" in r for a, r in sides), sides


def test_dismissal_decree_noun(pipe):
    doc = full(pipe, "أصدر الرئيس السوداني عمر البشير قرارا جمهوريا الخميس بإعفاء وزير الخارجية إبراهيم أحمد غندور من منصبه.")
    sides = _sides(doc, "SANCTION")
    assert any("البشير" in a and "غندور" in r for a, r in sides), sides


def test_dismissal_after_decide_verb(pipe):
    doc = full(pipe, "قرر الرئيس اليمني، عبدربه منصور هادي، الإثنين، إعفاء رئيس الوزراء أحمد بن دغر، من منصبه.")
    sides = _sides(doc, "SANCTION")
    assert any("هادي" in a and "دغر" in r for a, r in sides), sides


def test_dismissal_demanded_is_no_fact(pipe):
    doc = full(pipe, "ويطالب محتجون بإقالة رئيس الوزراء هاني الملقي.")
    assert not factual(doc, "SANCTION")


def test_dismissal_noun_without_author_is_no_event(pipe):
    doc = full(pipe, "وتخلف هاسبل مايك بومبيو الذي اختاره الرئيس الأمريكي دونالد ترامب الثلاثاء وزيرا للخارجية بعد إقالة "
                     "ريكس تليرسون.")
    assert not factual(doc, "SANCTION")


def test_dismissed_minister_after_verb_is_no_author(pipe):
    doc = full(pipe, "أعلن الرئيس الأميركي دونالد ترامب عن تغيير آخر في إدارته، فأقال وزير شؤون قدامى المحاربين ديفيد شولكن "
                     "ورشح طبيب البيت الأبيض روني جاكسون خلفا له.")
    assert not any("شولكن" in a for a, _ in _sides(doc, "SANCTION"))


def test_tax_exemption_is_no_dismissal(pipe):
    doc = full(pipe, "وقررت الحكومة إعفاء الشركات الأجنبية من الرسوم الجمركية لمدة عامين.")
    assert not [e for e in doc["events"] if e["type"] == "SANCTION"]


def test_dismissal_decision_owner_is_author(pipe):
    doc = full(pipe, "وقال المكتب في بيان إن المحكمة الاتحادية ألغت اليوم قرار رئيس الوزراء العراقي حيدر العبادي القاضي "
                     "بإقالة رئيس هيئة الحشد الشعبي فالح الفياض.")
    sides = [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in doc["events"] if e["type"] == "SANCTION"]
    assert sides and all("العبادي" in a and "الفياض" in r for a, r in sides), sides

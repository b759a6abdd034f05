"""A KB person's title alias with a former adjective after it (المرشد الإيراني الراحل، العاهل الأردني الراحل) is the
office of a late or former holder, not the current one; a KB short name that is also a given name, followed by
further name words, starts another person's name (هايلي ميريام ديسيلين is not Nikki Haley). Corpus sentences of 2018."""
from __future__ import annotations

import pytest

from conftest import entity_stage


stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def ents(stage, text, date="2018-07-16"):
    return stage.extract(text, [(0, len(text))], date)


def kb_ids(out):
    return {e.get("kb_id") for e in out}


def test_late_supreme_leader_is_not_khamenei(stage):
    out = ents(stage, "فيديو لمتظاهرين وهم يحرقون صور المرشد الإيراني الراحل، الخميني.")
    assert "person:Q57336" not in kb_ids(out)
    out = ents(stage, "أحرق متظاهرو البصرة صور المرشد الإيراني الراحل الخميني، أثناء احتجاجاتهم في الشارع.")
    assert "person:Q57336" not in kb_ids(out)


def test_current_supreme_leader_still_khamenei(stage):
    out = ents(stage, "وقال المرشد الإيراني إن بلاده لن تتفاوض مع الولايات المتحدة.")
    assert "person:Q57336" in kb_ids(out)


def test_late_jordanian_king_is_hussein(stage):
    out = ents(stage, "كانت رفقة والديها أثناء عمل والدها طياراً خاصاً للعاهل الأردني الراحل الحسين بن طلال، "
                      "الذي أسهم أيضاً في تطوير الطيران.", "2018-08-19")
    ids = kb_ids(out)
    assert "person:abdullah_ii_of_jordan" not in ids
    assert "person:hussein_of_jordan" in ids


def test_hailemariam_is_not_nikki_haley(stage):
    out = ents(stage, "شهد أزمة سياسية منذ الاستقالة المفاجئة لرئيس حكومتها هايلي ميريام ديسيلين، وسيلتقي في "
                      "عاصمتها أديس أبابا.", "2018-03-07")
    ids = kb_ids(out)
    assert "person:nikki_haley" not in ids
    assert "person:hailemariam_desalegn" in ids


def test_given_name_short_then_surname_is_another_person(stage):
    out = ents(stage, "قال وكيل وزارة الداخلية الألمانية، ماركوس كيربر، إن بلاده ستبذل جهدها.", "2018-09-04")
    assert not any(e["name"] == "Bongbong Marcos" for e in out)
    assert any(e["type"] == "PERSON" and any(m["text"] == "ماركوس كيربر" for m in e["mentions"]) for e in out)


def test_haley_alone_still_linked(stage):
    out = ents(stage, "وانتقدت هايلي روسيا بشدة في مجلس الأمن.")
    assert "person:nikki_haley" in kb_ids(out)

"""Entity gaps that left an event without its party, session 16 (track s16ents): the Saudi-led coalition told by its
leader with the adjective العسكري or without the article (kb/orgs_security.jsonl), and the misspelt plural ميليشات
of ميليشيات before or after a Houthi adjective (kb/group_adjectives.tsv)."""
from __future__ import annotations

from conftest import full
from evhelpers import mention_texts


def test_the_military_coalition_led_by_saudi_arabia_is_the_coalition(pipe):
    doc = full(pipe, "وشن طيران التحالف العسكري الذي تقوده السعودية غارات مكثفة على مواقع المتمردين الحوثيين في "
                     "محافظة الحديدة.")
    assert any("التحالف العسكري الذي تقوده السعودية" in t for t in mention_texts(doc, "Saudi-led coalition (Yemen)"))


def test_an_indefinite_coalition_that_saudi_arabia_leads_is_the_coalition(pipe):
    doc = full(pipe, "وتقاتل قوات الحكومة اليمنية مدعومة من تحالف تقوده السعودية المتمردين الحوثيين منذ 2015.")
    assert mention_texts(doc, "Saudi-led coalition (Yemen)")


def test_misspelt_houthi_militias_are_the_houthis(pipe):
    doc = full(pipe, "وأدانت الحكومة اليمنية إطلاق ميليشات الحوثي الرصاص على تجمع قبلي في محافظة البيضاء.")
    assert any("ميليشات" in t for t in mention_texts(doc, "Houthis (Ansar Allah)"))

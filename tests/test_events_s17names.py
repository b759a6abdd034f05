"""Parties of false alarms with the right type, session 17 (track s17names)."""
from __future__ import annotations

from conftest import factual, full, party


def test_counted_members_in_a_movement_are_its_people(pipe):
    # fifty Taliban leaders and members were killed: the movement after في is the victims' body, not a place
    doc = full(pipe, "أعلنت القوات الأميركية في أفغانستان الأربعاء مقتل أكثر من 50 قياديا وعنصرا في حركة طالبان في "
                     "غارة أميركية استهدفت اجتماعا لهم.")
    ev = factual(doc, "ASSAULT")
    assert ev and any("طالبان" in party(doc, e["recipients"]) or "Taliban" in party(doc, e["recipients"]) for e in ev)
    assert any("USA" in party(doc, e["actors"]) for e in ev)


def test_counted_members_in_a_place_are_not_a_party(pipe):
    # (a place after في stays a place: no recipient from it)
    doc = full(pipe, "أعلن الجيش مقتل 12 مسلحا في سوريا.")
    for e in factual(doc, "ASSAULT"):
        assert "SYR" not in party(doc, e["recipients"])



def test_threats_exchanged_by_a_dual_subject_go_each_way(pipe):
    # the two presidents, each with his nationality adjective: each threatened the other (not the بين-phrase after)
    doc = full(pipe, "تبادل الرئيسان الأمريكي دونالد ترامب والإيراني محمد حسن روحاني التهديدات العدائية وسط تصاعد "
                     "للتوترات بين واشنطن وطهران.")
    ev = factual(doc, "THREATEN")
    pairs = {(party(doc, e["actors"]), party(doc, e["recipients"])) for e in ev}
    assert any("ترامب" in a and "روحاني" in r for a, r in pairs)
    assert any("روحاني" in a and "ترامب" in r for a, r in pairs)


def test_threats_exchanged_with_ma_go_each_way(pipe):
    doc = full(pipe, "تبادل الرئيس الأمريكي دونالد ترامب التهديدات مع الرئيس الإيراني حسن روحاني.")
    ev = factual(doc, "THREATEN")
    assert len(ev) == 2


def test_accusations_exchanged_by_two_named_with_their_adjectives(pipe):
    # the current and the former prime minister accuse each other; the militia they are accused of allying with is none
    doc = full(pipe, "إذ يتبادل رئيسا الحكومة الحالي سعد الحريري والسابق نجيب ميقاتي اتهامات بالتحالف مع ميليشيات حزب "
                     "الله ومناصري النظام السوري داخل لبنان.")
    ev = factual(doc, "ACCUSE")
    assert ev and all("ميليشيات" not in party(doc, e["actors"] + e["recipients"]) for e in ev)
    assert any("الحريري" in party(doc, e["actors"]) and "ميقاتي" in party(doc, e["recipients"]) for e in ev)
    assert any("ميقاتي" in party(doc, e["actors"]) and "الحريري" in party(doc, e["recipients"]) for e in ev)


def test_the_subjects_organisation_is_no_author_of_the_act_named_again(pipe):
    # Ashrawi criticised "this announcement" (Israel's, told before): the PLO of her apposition is not criticised
    doc = full(pipe, "من جهتها انتقدت حنان عشراوي، عضو منظمة التحرير الفلسطينية هذا الإعلان، قائلة إنه غير قانوني.")
    for ev in factual(doc, "ACCUSE"):
        assert "منظمة التحرير" not in party(doc, ev["recipients"])


def test_a_direct_object_before_a_demonstrative_complement_stays(pipe):
    # (the one congratulated is named right after the verb; "هذه العملية" is only what for)
    doc = full(pipe, "وقالت المتحدثة باسم الخارجية الأمريكية هيذر نويرت: نهنئ العراق والشعب العراقي مرة أخرى على "
                     "المشاركة في هذه العملية الديمقراطية.")
    for ev in factual(doc, "SUPPORT"):
        assert "IRQ" in party(doc, ev["recipients"]) or "العراق" in party(doc, ev["recipients"])


def test_criticism_aimed_at_a_pronoun_has_no_author_named(pipe):
    # "the criticism of him mounts": unnamed critics; Trump is its target, North Korea (its topic) no side
    doc = full(pipe, "انتقد الرئيس الأمريكي، دونالد ترامب، الصين لعرقلة جهوده مع كوريا الشمالية، في وقت تتصاعد فيه "
                     "الانتقادات له بشأن التقدم في موضوع نزع أسلحة بيونغيانغ النووية.")
    ev = factual(doc, "ACCUSE")
    assert ev and all("PRK" not in party(doc, e["recipients"]) for e in ev)
    assert any("CHN" in party(doc, e["recipients"]) for e in ev)


def test_criticism_sent_or_owned_is_not_the_pronoun_rule():
    # (the sender or the owner's pronoun names the author: the rule that drops unnamed criticism stays out)
    from marsad.events.stage import _aimed_at_pronoun

    class T:
        def __init__(self, norm, text=None):
            self.norm, self.text = norm, text or norm

    sent = [T("ووجهت"), T("موسكو"), T("انتقادات"), T("لها")]
    assert not _aimed_at_pronoun(sent, 2, 3)
    owned = [T("وجددت"), T("روسيا"), T("انتقاداتها"), T("له")]
    assert not _aimed_at_pronoun(owned, 2, 3)
    unnamed = [T("تتصاعد"), T("فيه"), T("الانتقادات"), T("له")]
    assert _aimed_at_pronoun(unnamed, 2, 3)

"""Invitations and requests owned by a nisba, session 35 (track s35invite): "بدعوة من X" reads like "بطلب من X" (X asks,
the invited subject of the clause is asked, the invitation told as made), and "الطلب الروسي"، "للطلب التركي" is the
request of the nisba's state. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import of_type


def test_council_meets_at_an_invitation(pipe):
    doc = full(pipe, "وتعقد جلسة مجلس الأمن الدولي بدعوة من الكويت عند الساعة 14,00 ت غ بحسب مصادر دبلوماسية.")
    ev = [e for e in factual(doc, "REQUEST") if "Kuwait" in party(doc, e["actors"])]
    assert ev and "Security Council" in party(doc, ev[0]["recipients"])


def test_visit_at_an_invitation_inviter_asks(pipe):
    doc = full(pipe, "وكان مدير المخابرات المصرية قد بدأ زيارة إلى السودان بدعوة من مدير المخابرات السوداني الفريق "
                     "أول صلاح عبد الله قوش.")
    ev = [e for e in factual(doc, "REQUEST") if "Gosh" in party(doc, e["actors"])]
    assert ev and "Gosh" not in party(doc, ev[0]["recipients"])


def test_invitation_genitive_is_the_invited_not_the_inviter(pipe):
    doc = full(pipe, "ووعد كيم جونغ أون بدعوة صحفيين من كوريا الجنوبية والولايات المتحدة لحضور إغلاق موقع التجارب.")
    assert not [e for e in factual(doc, "REQUEST") if "صحفيين" in party(doc, e["actors"])]


def test_invitation_past_a_break_names_no_invited(pipe):
    doc = full(pipe, "وأبلغ المتحدث، جيري رايس، الصحفيين، أن صندوق النقد يرحب بدعوة من العاهل الأردني الملك عبد الله "
                     "الثاني إلى حوار وطني.")
    assert not [e for e in factual(doc, "REQUEST") if "الصحفيين" in party(doc, e["recipients"])]


def test_nisba_request_is_the_states(pipe):
    doc = full(pipe, "وكانت متحدثة باسم وزارة المالية الألمانية كشفت، أمس الاثنين، أن السلطات تدرس الطلب الإيراني.")
    ev = [e for e in of_type(doc, "REQUEST") if "Iran" in party(doc, e["actors"])]
    assert ev and not [e for e in of_type(doc, "REQUEST") if "Iran" in party(doc, e["recipients"])]


def test_nisba_request_answered(pipe):
    doc = full(pipe, "وقد استجابت براغ للطلب التركي، لكن المحكمة التشيكية قررت إطلاق سراحه.")
    assert not [e for e in of_type(doc, "REQUEST") if "Turk" in party(doc, e["recipients"])]

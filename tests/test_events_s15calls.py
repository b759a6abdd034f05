"""Vocabulary and readings found on gold S (fifteenth session): a call told by اتصل ب, accepting an invitation, snipers
deployed, plural labels, a movement's adjective naming an attacker."""
from conftest import factual, full, party


def test_call_by_the_verb_is_a_phone_consult(pipe):
    # Sky News Arabia 2018-07-14
    doc = full(pipe, "وأوضح مصدر بالرئاسة التركية أن أردوغان اتصل ببوتن، وأبلغه أن استهداف المدنيين في درعا كان مثيرا للقلق.",
               published="2018-07-14T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and ev[0]["mode"] == "phone"
    assert "أردوغان" in party(doc, ev[0]["actors"]) + party(doc, ev[0]["recipients"])


def test_call_with_the_subject_before_the_verb(pipe):
    doc = full(pipe, "وقال الكرملين إن بوتين اتصل بالرئيس السوداني، الخميس، لبحث العلاقات الثنائية.",
               published="2018-03-22T12:00")
    ev = factual(doc, "CONSULT")
    assert ev and "بوتين" in party(doc, ev[0]["actors"]) and "SDN" in party(doc, ev[0]["recipients"])


def test_regarding_is_no_call(pipe):
    doc = full(pipe, "وقال جونسون إن مطالب الرئيس الأمريكي في ما يتصل بالاتفاق النووي مع إيران مشروعة.")
    assert not factual(doc, "CONSULT")


def test_a_call_to_the_speaker_is_not_read(pipe):
    # the addressee is a pronoun (the speaker): "من لندن" is where the call came from, no party called
    doc = full(pipe, "وروى في مقابلة مع بي بي سي: في العام 2012، اتصل بي من لندن وتحدثنا على مدى نصف ساعة.")
    assert not [e for e in factual(doc, "CONSULT") if "لندن" in party(doc, e["recipients"])]


# ---- accepting an invitation: an agreement with the one who invited (the invitation is no request of the invitee)
def test_accepting_an_invitation_is_agree_with_the_inviter(pipe):
    # BBC Arabic 2018-03-10 (headline)
    doc = full(pipe, "ترامب يقبل دعوة كيم جونغ أون زعيم كوريا الشمالية للقاء مباشر", published="2018-03-10T12:00")
    ev = factual(doc, "AGREE")
    assert ev and "ترامب" in party(doc, ev[0]["actors"]) and "كيم" in party(doc, ev[0]["recipients"])
    assert not [e for e in factual(doc, "REQUEST") if "ترامب" in party(doc, e["actors"])]


def test_accepting_an_invitation_from_a_named_inviter(pipe):
    doc = full(pipe, "أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين قبل دعوة من الرئيس السوداني عمر البشير لزيارة السودان.")
    ev = factual(doc, "AGREE")
    assert ev and "بوتين" in party(doc, ev[0]["actors"]) and "البشير" in party(doc, ev[0]["recipients"])


def test_before_inviting_is_no_acceptance(pipe):
    doc = full(pipe, "وقالت إن الشخير يجعلها تتردد قبل دعوة الناس لزيارتها.")
    assert not factual(doc, "AGREE")


def test_snipers_deployed_are_a_mobilization(pipe):
    doc = full(pipe, "وقال الجيش الإسرائيلي إن قواته نشرت أكثر من 100 قناص على الحدود مع قطاع غزة.")
    ev = factual(doc, "MOBILIZE")
    assert ev and "ISR" in party(doc, ev[0]["actors"])


# ---- a label in the plural (بالإرهابيين، بالخونة) makes a description an accusation, like the singular
def test_plural_label_is_an_accusation(pipe):
    doc = full(pipe, "وصف الأمير خالد بن سلمان، سفير السعودية في الولايات المتحدة، الحوثيين بالإرهابيين.")
    ev = factual(doc, "ACCUSE")
    assert ev and "الحوثي" in party(doc, ev[0]["recipients"])


# ---- a movement's adjective alone after an attack noun names its author, as a nationality adjective does
def test_movement_adjective_names_the_attacker(pipe):
    # CNN Arabic 2018-04-03
    doc = full(pipe, "أعلن التحالف الذي تقوده السعودية، الثلاثاء، عن تعرض ناقلة نفط سعودية لهجوم حوثي إيراني خلال ملاحتها "
                     "بالمياه الدولية.", published="2018-04-03T12:00")
    ev = factual(doc, "ASSAULT")
    assert ev and "الحوثي" in party(doc, ev[0]["actors"]) and "SAU" in party(doc, ev[0]["recipients"])

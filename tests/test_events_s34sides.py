"""Party attribution, session 34 (track s34sides): a recipient named only in a clause that opens after the trigger
(بيد أن، لكن، بينما، فيما، في حين، قبل أن, or a finite verb of saying past a comma) is that clause's party, not the
act's; a request that a verb of handling governs (رفض، تدرس، استجاب) is made by the party after من. And what must keep
its sides. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import factual_all


# --- a party of the clause after the trigger ---------------------------------------------------------------------------

def test_contrast_clause_speaker_is_no_recipient_of_the_resignation(pipe):
    doc = full(pipe, "ولم يعلق ديفيز بعد على قرار استقالته، بيد أن مراسلة صحيفة ديلي إكسبريس سارة أوغرادي وزوجة "
                     "مستشاره الخاص ستيوارت جاكسون قالت إن \"ديفيز قرر أنه لا يستطيع بيع بلاده\".", "2018-07-09T04:00")
    assert all("أوغرادي" not in party(doc, e["recipients"]) for e in factual_all(doc))


def test_next_speaker_is_no_recipient_of_the_withdrawal(pipe):
    doc = full(pipe, "وأعلن الرئيس الأمريكي دونالد ترامب انسحاب الولايات المتحدة من الاتفاق، وفي يوم الاثنين قال وزير "
                     "خارجيته مايك بومبيو إن العقوبات التي رفعت عن إيران عقب الاتفاق النووي في 2015 سيعاد فرضها.",
               "2018-05-24T03:00")
    assert all("Pompeo" not in party(doc, e["recipients"]) for e in factual_all(doc))


def test_other_president_of_a_while_clause_is_no_recipient(pipe):
    doc = full(pipe, "وأرسل أوباما 1200 جندي إلى المناطق الحدودية، بينما نشر بوش 6000 جندي لمساعدة هيئة دوريات الحدود.",
               "2018-04-04T00:00")
    assert all("Bush" not in party(doc, e["recipients"]) for e in factual_all(doc))


def test_addressee_named_before_the_contrast_is_kept(pipe):
    # (the state named after the trigger and again in the contrast clause stays the apology's addressee)
    doc = full(pipe, "واعتذر وزير الخارجية الفلبيني وقتها للكويت بعد تداول مقاطع فيديو، فيما اعتبرت الكويت إنقاذ السفارة "
                     "للخادمات انتهاكا لسيادتها، ما فاقم التوتر القائم بين البلدين.", "2018-05-11T05:00")
    assert any("Kuwait" in party(doc, e["recipients"]) for e in factual(doc, "CONCEDE"))


def test_main_clause_after_a_fronted_phrase_is_kept(pipe):
    # (a fronted "بعد ..." phrase: the verb of saying after the comma opens the main clause, whose subject was criticised)
    doc = full(pipe, "بعد تعرضها لانتقادات حادة من قبل إسرائيل وعدد من المنظمات اليهودية والولايات المتحدة، أعلنت "
                     "الحكومة البولندية الأربعاء أنها ستعدل قانونا حول المحرقة.", "2018-06-27T10:24")
    assert any("Poland" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


# --- a request handled: its author after من ----------------------------------------------------------------------------

def test_request_refused_is_made_by_the_party_after_min(pipe):
    doc = full(pipe, "تساؤلات عديدة أثارها كتاب بوب وودوارد، وما تناوله من رفض وزير الدفاع الأمريكي، جيمس ماتيس، طلبا "
                     "من الرئيس الأمريكي، دونالد ترامب الذي يعتبر القائد الأعلى للقوات المسلحة الأمريكية، لاغتيال "
                     "الرئيس السوري، بشار الأسد العام 2017", "2018-09-09T04:00")
    req = factual(doc, "REQUEST")
    assert req and all("Trump" in party(doc, e["actors"]) and "Mattis" in party(doc, e["recipients"]) for e in req)
    assert any("Mattis" in party(doc, e["actors"]) for e in factual(doc, "REJECT"))


def test_request_studied_is_made_by_the_party_after_min(pipe):
    doc = full(pipe, "أعلنت لندن، السبت، أنها تدرس طلبا من موسكو لزيارة يوليا سكريبال ابنة الجاسوس الروسي السابق الذي "
                     "تعرض للتسمم بغاز أعصاب على الأراضي البريطانية.", "2018-04-07T12:00")
    req = factual(doc, "REQUEST")
    assert req and all("Moscow" in party(doc, e["actors"]) for e in req)


def test_invitation_received_keeps_its_sides(pipe):
    doc = full(pipe, "من جهته، ذكر المكتب الصحفي لرئيس الوزراء اللبناني سعد الحريري أنه تلقى دعوة من المبعوث السعودي "
                     "لزيارة المملكة.", "2018-02-27T12:00")
    req = factual(doc, "REQUEST")
    assert req and all("السعودي" in party(doc, e["actors"]) for e in req)

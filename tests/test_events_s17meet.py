"""Meetings missed or given the wrong party (session 17, track s17meet): the one spoken to after a verb of saying is no
side of the speaker's meeting (stage._spoken_to); a meeting a time word places an agreement or a refusal in was held
(stage._HELD_AT); a name the entity stage found is no future verb (stage._NAME_WORDS: ستولتنبرغ، ستوكهولم); a day
named inside a quote does not date an act told outside it; a contact centre is no call (data/triggers.tsv NONE).
Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_listener_of_the_speaker_is_no_side_of_his_meeting(pipe):
    doc = full(pipe, "ماكرون \"لا يدري\" قرار ترامب بشأن \"النووي\"\n\n"
                     "وقال ماكرون للصحفيين في سيدني بعد اجتماع مع رئيس الوزراء الأسترالي مالكولم ترنبول \"لا أعرف ما "
                     "الذي سيقرره الرئيس الأميركي يوم 12 مايو\".", published="2018-05-02T04:20")
    ev = factual(doc, "CONSULT")
    assert ev and "ماكرون" in party(doc, ev[0]["actors"])
    assert "ترنبول" in party(doc, ev[0]["recipients"]) or "AUS" in party(doc, ev[0]["recipients"])
    # the day inside the quote (12 May, still to come) does not date the meeting
    assert ev[0]["date"] == "2018-05-02"


def test_meeting_inside_an_agreement_sentence_was_held(pipe):
    doc = full(pipe, "إعلان أسمرة.. بداية صفحة جديدة بين إثيوبيا وإريتريا\n\n"
                     "وقع رئيس وزراء إثيوبيا، آبي أحمد علي، الاثنين، مع الرئيس الإريتري، أسياسي أفورقي، \"إعلان "
                     "أسمرة\"، ليدشن صفحة جديدة في العلاقات بين إثيوبيا وإريتريا.\n"
                     "وقالت هيئة الإذاعة الإثيوبية \"اتفق الزعيمان خلال اجتماعهما على استعادة العلاقات واستئناف "
                     "الرحلات الجوية بين البلدين\".", published="2018-07-09T08:28")
    ev = factual(doc, "CONSULT")
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "ETH" in sides and "ERI" in sides


def test_name_starting_like_a_future_verb_does_not_make_the_meeting_unheld(pipe):
    doc = full(pipe, "تركيا: علاقتنا بروسيا أقوى من أن يكسرها ماكرون\n\n"
                     "وقال وزير الخارجية التركي مولود تشاوش أوغلو خلال مؤتمر صحافي مع الأمين العام للحلف الأطلسي ينس "
                     "ستولتنبرغ \"يمكننا أن نفكر بشكل مختلف لكن (علاقاتنا مع روسيا) ليست ضعيفة\".",
               published="2018-04-16T12:15")
    ev = factual(doc, "CONSULT")
    assert ev and "ستولتنبرغ" in party(doc, ev[0]["recipients"])


def test_contact_centre_is_no_call(pipe):
    doc = full(pipe, "ضحايا قصف إدلب\n\n"
                     "بالمقابل، قال مدير مركز الاتصال في منظمة الخوذ البيضاء، أحمد الشيخو لـCNN، الأحد، إن 27 شخصاً "
                     "لقوا حتفهم جراء الضربات الجوية التي استهدفت محافظة إدلب.", published="2018-09-09T17:20")
    assert not [e for e in doc["events"] if e["type"] == "CONSULT"]


def test_a_real_call_is_still_read(pipe):
    doc = full(pipe, "العاهل السعودي يجرى اتصالا هاتفيا بالرئيس التركي\n\n"
                     "أجرى العاهل السعودي، الملك سلمان بن عبدالعزيز، اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان.",
               published="2018-10-14T12:00")
    assert factual(doc, "CONSULT")


def test_speech_at_a_council_session_is_no_meeting(pipe):
    doc = full(pipe, "سفير الكويت لدى الأمم المتحدة يدين إطلاق الصواريخ الحوثية\n\n"
                     "وصف مندوب الكويت الدائم لدى الأمم المتحدة السفير منصور العتيبي، خلال مداخلته باجتماع لمجلس الأمن "
                     "الدولي، الإثنين، إطلاق الحوثيين لصواريخ باتجاه المملكة العربية السعودية بـ\"التصعيد الخطير\".",
               published="2018-03-27T09:12")
    assert not factual(doc, "CONSULT")


def test_council_meeting_about_a_topic_names_no_side(pipe):
    doc = full(pipe, "إجراءات بريطانية عقابية ضد روسيا.. واجتماع دولي طارئ\n\n"
                     "وفي الإطار نفسه، يعقد مجلس الأمن الدولي اجتماعا طارئا مساء الأربعاء حول مسالة تسميم الجاسوس "
                     "سيرغي سكريبال، كما أعلنت الرئاسة الهولندية الحالية للمجلس.", published="2018-03-14T12:13")
    assert not factual(doc, "CONSULT")


def test_meeting_the_members_of_a_council_stays(pipe):
    doc = full(pipe, "ترمب يلتقي أعضاء الكونغرس اليوم\n\n"
                     "يلتقي الرئيس الأميركي، دونالد ترمب، الثلاثاء، بأعضاء الكونغرس الأميركي، بعدما انتقد كثير منهم "
                     "أداءه في قمة هلسنكي.", published="2018-07-17T10:00")
    ev = factual(doc, "CONSULT")
    assert ev and "ترمب" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_the_visitor_meets_during_his_visit(pipe):
    doc = full(pipe, "اليمن.. المبعوث الأممي يغادر صنعاء ويحذر من إهدار الوقت\n\n"
                     "غادر المبعوث الأممي إلى اليمن، مارتن غريفيث، العاصمة صنعاء، الثلاثاء، بعد زيارة استغرقت خمسة أيام "
                     "التقى خلالها قياديين في ميليشيات الحوثي ومسؤولين في حزب المؤتمر الشعبي العام.",
               published="2018-06-05T11:21")
    ev = [e for e in factual(doc, "CONSULT") if e["trigger"]["text"] == "التقى"]
    assert ev and "غريفيث" in party(doc, ev[0]["actors"])
    assert "غريفيث" not in party(doc, ev[0]["recipients"]) and ev[0]["recipients"]


def test_the_host_who_was_there_to_receive_him_meets_the_guest(pipe):
    doc = full(pipe, "ولي عهد السعودية يصل القاهرة بأول جولة خارجية له\n\n"
                     "وصل ولي عهد المملكة العربية السعودية، الأمير محمد بن سلمان، الأحد، إلى العاصمة المصرية، القاهرة، في "
                     "أول جولة خارجية له منذ توليه ولاية العهد، حيث كان في استقباله الرئيس المصري، عبدالفتاح السيسي.",
               published="2018-03-04T15:52")
    ev = [e for e in factual(doc, "CONSULT") if "السيسي" in party(doc, e["actors"] + e["recipients"])]
    assert ev and "سلمان" in party(doc, ev[0]["actors"] + ev[0]["recipients"])

"""Page dumps of outlets laid out unlike the seed: a masthead, then a menu on one line ("الرئيسية | أخبار | سياسة"),
the headline, a date line and a share bar right above the lead, a "اقرأ أيضا: ..." link inside the story, boxes of
other stories and a footer. The lead after the share bar is the story's (the line model, trained on English pages,
doubts it), a menu is never the headline, and a link on its heading's line is never the story."""
from marsad.page.lines import is_menu, split_lines
from marsad.page.reader import PageStage
from marsad.record import new_document

STAGE = PageStage()
STAGE.setup()

LEAD = ("دعت إيطاليا بريطانيا إلى تحرك سريع في ما يتعلق بالهجوم الوحشي على طالبة مصرية إيطالية توفيت متأثرة "
        "بجروحها في مدينة نوتنغهام.")
BODY = [
    "وقالت الخارجية الإيطالية في بيان إنها تعرب عن تعازيها العميقة لعائلة الطالبة، وتتمنى تقديم المسؤولين عن "
    "هذه الجريمة إلى العدالة سريعا.",
    "ودخلت طالبة الهندسة البالغة 18 عاما في غيبوبة بعد تعرضها لهجوم في وسط بريطانيا في 20 فبراير، قبل أن تتوفى "
    "الأربعاء.",
    "وقالت الشرطة البريطانية إن الطالبة تلقت لكمات عدة في الشارع من قبل مجموعة من الفتيات، وإنها تحقق في "
    "الحادث.",
]
TEASERS = ["الفلبين تعلن عن حظر دائم على إرسال العمالة إلى الكويت",
           "ترامب يؤيد تسليح المعلمين لمواجهة حوادث إطلاق النار بالمدارس",
           "إضراب عمالي يشل حركة القطارات في فرنسا"]
HEAD = "روما تطالب بمعاقبة مرتكبي الجريمة الوحشية بحق الطالبة المصرية"


def run(text):
    return STAGE.process(new_document("t", text, kind="txt"))


def test_menu_on_one_line_is_no_headline_and_the_lead_is_kept():
    page = "\n".join(["روسيا اليوم", "الرئيسية | أخبار | سياسة | اقتصاد | رياضة | ثقافة | فيديو | رأي", "", HEAD, "",
                      "الاثنين 19 مارس 2018 - 05:31", "شارك", "تغريد", "واتساب", "", LEAD] + BODY
                     + ["", "اقرأ أيضاً"] + TEASERS + ["", "جميع الحقوق محفوظة © 2018",
                                                       "سياسة الخصوصية | شروط الاستخدام | اتصل بنا"])
    art = run(page)["article"]
    assert art["headline"] == HEAD
    assert art["published"].startswith("2018-03-19")
    assert art["body"].startswith(LEAD), art["body"][:80]
    assert all(p in art["body"] for p in BODY)
    assert not any(t in art["body"] for t in TEASERS)


def test_read_also_link_on_its_heading_line_inside_the_story():
    page = "\n".join([HEAD + " | الجزيرة نت", "الرئيسية", "أخبار", "سياسة", "الرئيسية > أخبار > سياسة", HEAD,
                      "19/3/2018", "صورة أرشيفية", LEAD, "اقرأ أيضا: " + TEASERS[0]] + BODY
                     + ["المصدر: وكالات", "أخبار ذات صلة"] + TEASERS[1:])
    art = run(page)["article"]
    assert art["headline"] == HEAD
    assert art["body"].startswith(LEAD), art["body"][:80]
    assert BODY[-1] in art["body"]
    assert TEASERS[0] not in art["body"]


def test_direction_mark_after_the_full_stop():
    # (the RLM after the last full stop hid the stop: the story's last line was taken for the headline)
    rlm = "\u200f"
    page = "\n".join(["روسيا اليوم", "الرئيسية | أخبار | سياسة | اقتصاد | رياضة", "", HEAD, "", "تاريخ النشر: 15 يوليو 2018",
                      "شارك", ""] + [p + rlm for p in [LEAD] + BODY])
    art = run(page)["article"]
    assert art["headline"] == HEAD
    assert split_lines(LEAD + rlm, 0)[0].text == LEAD


def test_is_menu():
    assert is_menu("الرئيسية | أخبار | سياسة | اقتصاد | رياضة")
    assert is_menu("Home | World | Politics | Business")
    assert not is_menu("بومبيو: روسيا خرقت الاتفاق | الجزيرة نت")
    assert not is_menu("سياسة | اقتصاد")
    assert not is_menu("الرئيسية اليوم تشهد انتخابات.")


def test_page_title_with_bars_stays_the_first_line():
    # (the first line of a dump is the page's <title>, bars and all: not a menu)
    lines = split_lines("Classificação NASCAR | Autoracing | F1 | Indy | MotoGP\nHOME\n", 0)
    assert lines[0].furn == ""


def test_lead_search_stops_at_a_box_of_links():
    # prose above a 'الأكثر قراءة' box (a teaser's summary) is not the lead of the story below the box
    teaser = "قال مسؤولون أمريكيون إن واشنطن تدرس فرض عقوبات جديدة على موسكو بسبب تسميم الجاسوس السابق في بريطانيا."
    page = "\n".join(["روسيا اليوم", "الرئيسية | أخبار | سياسة | اقتصاد | رياضة", teaser, "الأكثر قراءة"] + TEASERS
                     + ["", HEAD, "الاثنين 19 مارس 2018 - 05:31", "شارك", LEAD] + BODY)
    art = run(page)["article"]
    assert teaser not in art["body"]
    assert art["body"].startswith(LEAD), art["body"][:80]

"""Page layouts of Al-Quds Al-Arabi, Asharq Al-Awsat, Independent Arabia and Youm7 (session 19): a date written
'6 - مايو - 2018', an issue number beside a Hijri+Gregorian date line, an image caption that ends with its photo's
source, a most-read box right above the story, a byline 'NAME صحافي', a dateline 'لندن: «الشرق الأوسط»'."""
from marsad.page.dates import find_dates
from marsad.page.lines import Line, _dated, _headerish, split_lines
from marsad.page.reader import PageStage, _caption_credit, header_kind
from marsad.record import new_document

STAGE = PageStage()
STAGE.setup()

HEAD = "المعارضة السودانية تدعو إلى عصيان مدني شامل في الخرطوم"
LEAD = ("دعت قوى المعارضة السودانية، الأحد، إلى عصيان مدني شامل في العاصمة الخرطوم احتجاجا على رفع أسعار الخبز "
        "والوقود، وطالبت الحكومة بالتراجع عن قراراتها الاقتصادية الأخيرة.")
BODY = ["وقال المتحدث باسم تحالف قوى الإجماع الوطني في مؤتمر صحافي إن العصيان سيستمر حتى تستجيب الحكومة لمطالب "
        "المواطنين، مشيرا إلى أن الأجهزة الأمنية اعتقلت عددا من قادة الأحزاب خلال الأيام الماضية.",
        "ولم يصدر أي تعليق رسمي من الحكومة السودانية حتى الآن على دعوة المعارضة، فيما انتشرت قوات الأمن في "
        "عدد من أحياء العاصمة."]


def line(t):
    return split_lines(t)[0]


def test_day_month_year_between_dashes_is_a_date():
    hits = find_dates("الأحد 6 - مايو - 2018")
    assert hits and hits[0].value == "2018-05-06"


def test_caption_with_its_photo_source():
    assert _caption_credit(line("متظاهرون خلال احتجاج في الخرطوم (رويترز)"))
    assert header_kind(line("متظاهرون خلال احتجاج في الخرطوم (رويترز)")) == "caption"
    assert not _caption_credit(line("الخرطوم (رويترز)"))  # a dateline, not a caption
    assert not _caption_credit(line("وأكد أن بلاده لن تتدخل في شؤونها. (الأناضول)"))  # a sentence with its source
    assert not _caption_credit(line("اجتماع وزراء الخارجية العرب (الدورة 149)"))  # no source


def test_byline_with_the_writers_role_and_a_quoted_outlet_dateline_are_header_lines():
    assert _headerish(line("سارة علي صحافية"))
    assert _headerish(line("لندن: «الشرق الأوسط»"))
    assert not _headerish(line("المعارضة تدعو إلى عصيان مدني"))


def test_a_link_naming_a_year_is_no_date_line():
    assert not _dated(line("أوسكار 2018: غاري أولدمان أفضل ممثل عن دوره في فيلم الساعة الأكثر ظلمة"))
    assert _dated(line("الأحد 6 - مايو - 2018"))
    assert _dated(line("السبت - 14 جمادى الآخرة 1439 هـ - 03 مارس 2018 مـ رقم العدد [14404]"))


def test_caption_between_lead_and_story_is_out_of_the_body():
    cap = "متظاهرون سودانيون خلال احتجاج في الخرطوم (أ ف ب)"
    page = "\n".join(["القدس العربي", "الرئيسية | أخبار | سياسة | رأي | ثقافة", "", HEAD, "", "6 - مايو - 2018",
                      "", LEAD, cap] + BODY + ["", "جميع الحقوق محفوظة © 2018"])
    art = STAGE.process(new_document("t", page, kind="txt"))["article"]
    assert art["headline"] == HEAD
    assert art["published"].startswith("2018-05-06")
    assert art["body"].startswith(LEAD)
    assert BODY[-1] in art["body"]
    assert cap not in art["body"]

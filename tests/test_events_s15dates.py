"""Event dates, session 15: an act of the night between two named days (ليل الثلاثاء الأربعاء) is dated to the second
day, while the time expression keeps the first day as its value (the time table's reading); and (precision) the bare
word اللجوء is no AID trigger."""
from __future__ import annotations

from test_time_dating import make_doc, when

from conftest import factual, full, party
from marsad.time.extract import anchor_of, find_times


def test_night_between_two_days_dates_the_strikes_to_the_second_day():
    doc = make_doc("الجيش الإسرائيلي يقصف عشرات المواقع في غزة ردا على إطلاق صواريخ من القطاع",
                   ["قصف الجيش الإسرائيلي ليل الثلاثاء الأربعاء نحو25  موقعا في غزة ردا على إطلاق صواريخ من القطاع "
                    "الفلسطيني المحاصر."], "2018-06-20T05:51")
    r = when(doc, "قصف")
    assert r["date"] == "2018-06-20" and r["date_text"] == "ليل الثلاثاء الأربعاء"


def test_night_with_wa_between_the_days():
    doc = make_doc(None, ["ودوت صافرات الإنذار ليلة الاثنين والثلاثاء جنوب إسرائيل وهرع السكان للمخابئ."],
                   "2018-05-29T08:27")
    assert when(doc, "ودوت")["date"] == "2018-05-29"


def test_night_expression_keeps_the_first_day_as_value():
    got = find_times("وتواصلت المظاهرات في عمان وعدد من المدن الأردنية ليل الجمعة السبت تنديدا بقانون ضريبة الدخل",
                     anchor_of({"article": {"published": "2018-06-02T20:47"}}))
    t = next(x for x in got if x["text"] == "ليل الجمعة السبت")
    assert t["value"] == "2018-06-01" and t["night_end"] == "2018-06-02"


def test_midnight_between_two_days_is_not_moved():
    doc = make_doc(None, ["أعلنت الحكومة حظر التجول من منتصف ليل الخميس الجمعة ولمدة 24 ساعة."], "2018-05-25T10:00")
    got = find_times(doc["text"], anchor_of(doc))
    t = next(x for x in got if "منتصف" in x["text"])
    assert "night_end" not in t


# --- precision: اللجوء alone is no aid (asylum seekers, a resort to a body); granting asylum still is ------------

def test_resort_to_the_general_assembly_is_no_aid(pipe):
    doc = full(pipe, "وقال أحمد أبوالغيط، الأمين العام للجامعة العربية: \"إنه إذا استمر مجلس الأمن في فشله الحالي فإن "
                     "اللجوء للجمعية العامة للأمم المتحدة سيكون مطروحاً فيما يتعلق بتوفير الحماية للشعب الفلسطيني\".")
    assert factual(doc, "AID") == []


def test_asylum_seekers_law_is_no_aid(pipe):
    doc = full(pipe, "انتشار #خيام_المهاجرين على ضفتي نهر السين في برد الشتاء القارس ظاهرة تسعى #الحكومة_الفرنسية إلى "
                     "إنهائها تماما عبر #قانون_جديد_للهجرة وطالبي اللجوء السياسي، قدمته الحكومة إلى البرلمان.")
    assert factual(doc, "AID") == []


def test_granting_the_right_of_asylum_is_still_aid(pipe):
    doc = full(pipe, "منحت ألمانيا حق اللجوء لعشرات الناشطين السوريين.")
    assert len(factual(doc, "AID")) == 1


# --- a night between two named days spans both: its telling and one of the first day's evening are one occasion ---

def test_days_apart_lets_a_night_meet_its_evening():
    from marsad.events.dates import days_apart
    night = {"date": "2018-06-03", "date_text": "ليل السبت الأحد"}
    assert not days_apart(night, {"date": "2018-06-02", "date_text": "مساء السبت"})
    assert not days_apart({"date": "2018-05-17", "date_text": "ليلة الأربعاء/الخميس"},
                          {"date": "2018-05-16", "date_text": "الأربعاء"})
    assert days_apart(night, {"date": "2018-06-01", "date_text": "الجمعة"})
    assert days_apart({"date": "2018-06-03", "date_text": "الأحد"}, {"date": "2018-06-02", "date_text": "السبت"})


def test_rescue_told_on_the_evening_and_in_the_night_is_one_event(pipe):
    doc = full(pipe, "انتشال جثث 35 مهاجرا وإنقاذ العشرات قبالة السواحل التونسية\n\n"
                     "أعلنت وزارة الداخلية التونسية انتشال 35 جثة وإنقاذ 67 مهاجرا حاولوا المرور خلسة إلى أوروبا من "
                     "محافظة صفاقس، حين كانوا على متن قارب بصدد الغرق مساء السبت.\n"
                     "وقالت الوزارة إن مركبا لمهاجرين غير شرعيين \"كان بصدد الغرق\" ليل السبت الأحد قبالة سواحل محافظة "
                     "صفاقس .\nوأضاف أنه \"تم إنقاذ  67 منهم بينهم تونسيون وأجانب كما تمّ انتشال عدد 35 جثة في حصيلة "
                     "أولية\".", "2018-06-03T14:09")
    assert len(factual(doc, "AID")) <= 1


# --- precision: a standing charge, threat or refusal told by the imperfect in a relative clause describes a party ---

def test_gulen_whom_ankara_accuses_is_no_accusation_told(pipe):
    doc = full(pipe, "أمر الادعاء التركي باحتجاز 70 ضابطا في الجيش للاشتباه في صلتهم برجل الدين فتح الله غولن الذي تتهمه "
                     "أنقرة بتدبير محاولة الانقلاب.", "2018-04-13T10:00")
    assert not any("غولن" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_officers_who_refuse_to_fight_is_no_refusal_told(pipe):
    doc = full(pipe, "وواصلت الميليشيات مداهمة منازل المواطنين، مع تنفيذ حملات خطف لمدنيين عزل في مدينة زبيد، بالإضافة "
                     "لضباط وأفراد في قوات الأمن أو الجيش الذين يرفضون القتال إلى جانب الحوثيين.", "2018-07-16T10:00")
    assert factual(doc, "REJECT") == []


def test_a_book_in_which_she_criticizes_the_president_is_still_told(pipe):
    # a relative clause that opens on فيه (a text or a speech in which its author acts) tells the act
    doc = full(pipe, "أعلنت المساعدة السابقة للرئيس الأميركي أوماروسا مانيجولت عن مقتطفات من كتابها \"المعتوه\" الذي تنتقد "
                     "فيه بشكل لاذع الرئيس الأميركي دونالد ترامب، وذلك بعد إقالتها المفاجئة في ديسمبر الماضي.",
               "2018-08-10T10:00")
    assert any("Trump" in party(doc, e["recipients"]) or "ترامب" in party(doc, e["recipients"])
               for e in factual(doc, "ACCUSE"))

"""Event dates (s35dates), on corpus sentences: a verbal act told by its own verb with a reporting tail and the report's
day after it ("دانت الخارجية ...، وفق ما ذكرت وكالة وفا، السبت"، "طالبت إيران ...، وفقا لما ذكرته وكالة إرنا، الثلاثاء";
"وفقا لبيان نشرته الخارجية العمانية، الأحد") is made public that day: the day is its own. A material act so told
keeps no day (the report's), nor does a verbal act a paper reveals ("بحسب ما أفادت صحيفة وول ستريت جورنال، الجمعة")."""
from __future__ import annotations

from conftest import full
from test_time_dating import make_doc, when


def _one(sentence: str, trigger: str, published: str) -> dict:
    return when(make_doc(None, [sentence], published), trigger)


def test_statement_noun_with_its_preposition():
    # CN-middleEast-1530-20181014, CN-internationalNews-321-20180506
    r = _one("أصدرت السلطنة موقفا مشابها لموقف الأردن، وطالبت جميع الأطراف بتجنب إصدار الأحكام المسبقة، وفقا لبيان "
             "نشرته الخارجية العُمانية، الأحد.", "وطالبت", "2018-10-15T10:00")
    assert r["date"] == "2018-10-14"
    r = _one("من جانبه، أدان رئيس الوزراء الباكستاني، شاهد خاقان عباسي، الحادثة بشدة، وطالب بتحقيق فوري بالحادثة من "
             "شرطة بنجاب، بحسب بيان أصدره مكتبه الأحد.", "أدان", "2018-05-07T10:00")
    assert r["date"] == "2018-05-06"


def test_verbal_act_reported_by_an_agency_that_day():
    # CN-middleEast-1404-20181003 (stamped Wednesday: IRNA's Tuesday)
    r = _one("طالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في فرنسا، بتهم وصفها المتحدث باسم الخارجية الإيرانية، "
             "بهرام قاسمي، بالواهية، وفقا لما ذكرته وكالة الأنباء الإيرانية (إرنا)، الثلاثاء.", "طالبت",
             "2018-10-03T11:48")
    assert r["date"] == "2018-10-02"
    # a corpus sentence of the same build (Palestinian foreign ministry, WAFA)
    r = _one("دانت وزارة الخارجية الفلسطينية، بأشد العبارات، نصب المستوطنين خياما في ساحة الحرم الإبراهيمي الشريف في "
             "مدينة الخليل، وفق ما ذكرت وكالة الأنباء الفلسطينية وفا، السبت.", "دانت", "2018-06-17T10:00")
    assert r["date"] == "2018-06-16"


def test_material_act_keeps_no_report_day():
    # the report's day does not date an arrest told before it (README: the reporting of an event is no cue of it)
    r = _one("لقي أكثر من 30 مدنيا من الطوارق مصرعهم على أيدي أشخاص يشتبه في كونهم متشددين شمال شرقي مالي، وفق ما "
             "ذكرته مصادر متطابقة، الجمعة.", "مصرعهم", "2018-04-29T10:00")
    assert r["date"] is None


def test_paper_reveals_an_older_act():
    # SK-internationalNews-2161-20180616: the threat was made at the G7 summit, the paper told it on Friday
    r = _one("هدد الرئيس الأميركي، دونالد ترامب، خلال مشاركته في قمة مجموعة السبع في كندا رئيس الوزراء الياباني، شينزو "
             "آبي، بأنه سيرسل 25 مليون مهاجر مكسيكي إلى اليابان، بحسب ما أفادت صحيفة وول ستريت جورنال، الجمعة.", "هدد",
             "2018-06-16T05:16")
    assert r["date"] is None


def test_body_act_told_again_by_its_noun_with_a_day():
    # BB-middleEast-407-20180425: a death sentence named in the body, told again two lines on by its noun with its
    # day (1 April): that day, so the sentence is background (historical), not an act of the publication day
    doc = make_doc("الكويت تطرد السفير الفلبيني وتستدعي سفيرها من مانيلا للتشاور",
                   ["أعلنت وزارة الخارجية الكويتية أنها أبلغت السفير الفلبيني لديها بأنه شخص غيرمرغوب فيه.",
                    "حكم بإعدام لبناني وسورية لإدانتهما بقتل خادمة فلبينية في الكويت",
                    "جدل بين الكويت والفلبين بعد مقتل خادمة",
                    "وكانت محكمة كويتية أصدرت حكما غيابيا بالإعدام في الأول من إبريل/ نيسان الجاري على رجل لبناني "
                    "وزوجته السورية بتهمة قتل الخادمة جوانا ديمافيليس التي عُثر على جثتها."], "2018-04-25T22:06")
    r = when(doc, "بإعدام")
    assert r["date"] == "2018-04-01" and r["historical"]


def _current(doc, typ, trig):
    return [e for e in doc["events"] if e["type"] == typ and e["trigger"]["text"] == trig
            and not (e["negated"] or e["hypothetical"] or e["historical"])]


def test_bare_year_after_fi_past_an_apposition_is_background(pipe):
    # FR-internationalNews-2103-20180702, BB-internationalNews-916-20180802: a year after في/عام a few words after the
    # verb (past the object's apposition) dates its clause's act: background, not an act of the publication day
    doc = full(pipe, "وصنفتها وزارة الخارجية الأمريكية \"منظمة إرهابية\" في 1997، وأزالها الاتحاد الأوروبي عن قائمة "
                     "المنظمات الإرهابية في 2008.", "2018-07-02T13:55")
    assert not _current(doc, "SANCTION", "وصنفتها")
    doc = full(pipe, "وقد قتل الزعيم الليبي، معمر القذافي، على أيدي مسلحين في 2011، بعد تخليه عن أسلحة نووية.",
               "2018-05-24T14:55")
    assert not [e for e in doc["events"] if e["type"] == "ASSAULT" and not e["historical"]]


def test_year_naming_an_occasion_keeps_the_act_current(pipe):
    # after SK-internationalNews-2722-20180719 (the speaker named here by a known office): "اتفاق 2015" names the deal;
    # the support is of today
    doc = full(pipe, "وقال وزير الخارجية البريطاني بوريس جونسون إنه يؤيد جهود الاتحاد الأوروبي الرامية إلى المحافظة على اتفاق 2015 النووي.",
               "2018-07-19T10:00")
    assert _current(doc, "SUPPORT", "يؤيد")

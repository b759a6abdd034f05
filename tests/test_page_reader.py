"""Page reader: raw dumps (Arabic, English), corpus records, HTML metadata, agencies, outlets, furniture."""
from marsad.page import furniture
from marsad.page.lexicon import outlets
from marsad.page.reader import PageStage, find_agency
from marsad.read.jsonl import record_to_document
from marsad.record import new_document

STAGE = PageStage()
STAGE.setup()


def run(text, **meta):
    d = new_document("t", text, kind="txt", meta=meta)
    return STAGE.process(d)


def check_spans(doc):
    t = doc["text"]
    assert doc["article"]["body"] == "\n".join(t[s:e] for s, e in doc["paragraphs"])
    if doc["article"]["headline"]:
        s, e = doc["headline_span"]
        assert t[s:e] == doc["article"]["headline"]


AR_DUMP = """الجزيرة نت
الرئيسية
أخبار
سياسة
اقتصاد
رياضة
وزير الخارجية المصري يبحث مع نظيره الأردني تطورات الأوضاع في غزة
الاثنين ٣ يونيو ٢٠٢٤ - ١٠:١٥ ص
القاهرة (رويترز) - بحث وزير الخارجية المصري مع نظيره الأردني في القاهرة، اليوم الاثنين، تطورات الأوضاع في قطاع غزة وسبل وقف إطلاق النار.
وقال المتحدث باسم الخارجية المصرية في بيان إن الوزيرين أكدا ضرورة إدخال المساعدات الإنسانية دون عوائق إلى القطاع.
اقرأ أيضا
الأمم المتحدة تحذر من تدهور الوضع الإنساني
مجلس الأمن يعقد جلسة طارئة
وأضاف البيان أن الجانبين اتفقا على مواصلة التنسيق والتشاور خلال الفترة المقبلة بشأن القضايا الإقليمية.
شارك
فيسبوك
تويتر
جميع الحقوق محفوظة © 2024
"""


def test_arabic_dump_with_dateline_agency_and_read_also():
    d = run(AR_DUMP)
    a = d["article"]
    check_spans(d)
    assert a["headline"] == "وزير الخارجية المصري يبحث مع نظيره الأردني تطورات الأوضاع في غزة"
    assert a["published"] == "2024-06-03T10:15"
    assert a["agency"] == "Reuters"
    assert a["outlet"] == "Al Jazeera"
    assert a["language"] == "ar"
    body = a["body"]
    assert body.startswith("القاهرة (رويترز) - بحث وزير الخارجية")
    assert "اتفقا على مواصلة التنسيق" in body
    for junk in ("اقرأ أيضا", "الأمم المتحدة تحذر", "مجلس الأمن يعقد", "فيسبوك", "جميع الحقوق", "الرئيسية"):
        assert junk not in body
    assert "جميع الحقوق محفوظة © 2024" in a["boilerplate"]
    assert "اقرأ أيضا" in a["boilerplate"]


EN_DUMP = """Storm closes schools across the region as rivers rise - The Daily Planet
Skip to main content
Home
News
World
Business
Sport
Sign in
Subscribe
Storm closes schools across the region as rivers rise
By Jane Smith
Nov 19, 2019, 8:03 am
Heavy rain forced the closure of more than 200 schools across the region on Tuesday, as rivers burst their banks and emergency services evacuated hundreds of homes in low-lying areas.
The weather service said another 50 millimetres of rain could fall overnight, and warned drivers to avoid flooded roads where the water was still rising in the early evening.
Local officials opened three shelters and said that buses would take residents who had no transport of their own to higher ground before nightfall.
"We have not seen water like this in thirty years," said the mayor, who urged people to check on elderly neighbours and to follow the advice of the emergency services.
Share this article
Related articles
Heatwave warning issued for the weekend
Council votes on new bus lanes
Most read
Five things to do this weekend
Comments
Be the first to comment on this story and join the debate with other readers today.
About us
Contact us
Privacy Policy
Terms of Use
© 2019 The Daily Planet. All rights reserved.
"""


def test_english_dump_with_nav_and_footer():
    d = run(EN_DUMP)
    a = d["article"]
    check_spans(d)
    assert a["headline"] == "Storm closes schools across the region as rivers rise"
    assert a["published"] == "2019-11-19T08:03"
    assert a["language"] == "en"
    body = a["body"]
    assert body.startswith("Heavy rain forced the closure")
    assert body.endswith("follow the advice of the emergency services.")
    assert len(d["paragraphs"]) == 4
    for junk in ("Subscribe", "Related articles", "Heatwave warning", "Be the first", "Privacy Policy", "By Jane"):
        assert junk not in body
    assert a["agency"] is None


def test_corpus_record_given_as_id_and_text():
    """How the event scorer feeds corpus articles: title, blank line, paragraphs; meta from the record."""
    text = ("السعودية تعلن إطلاق مبادرة جديدة لدعم الشركات الصغيرة\n\n"
            "أعلنت وزارة الاقتصاد السعودية، الثلاثاء، إطلاق مبادرة جديدة لدعم الشركات الصغيرة والمتوسطة بقيمة "
            "ملياري ريال.\n"
            "وذكرت وكالة الأنباء السعودية (واس) أن المبادرة تهدف إلى تسهيل حصول الشركات على التمويل.")
    rec = {"id": "r1", "text": text, "published": "Tue, 08 May 2018 19:50:48 +0400",
           "outlet": "alarabia", "url": "https://www.alarabiya.net/ar/aswaq/2018/05/08/x.html"}
    d = STAGE.process(record_to_document(rec, "r1", "test"))
    a = d["article"]
    check_spans(d)
    assert a["headline"] == "السعودية تعلن إطلاق مبادرة جديدة لدعم الشركات الصغيرة"
    assert a["body"].startswith("أعلنت وزارة الاقتصاد")
    assert a["body"].endswith("على التمويل.")
    assert len(d["paragraphs"]) == 2
    assert a["published"] == "2018-05-08T15:50"      # UTC
    assert a["outlet"] == "Al Arabiya"
    assert a["agency"] == "SPA"


def test_record_with_title_keeps_body_but_drops_furniture_and_tags():
    rec = {"id": "r2", "title": "Talks resume in Geneva", "outlet": "BBC",
           "url": "https://www.bbc.co.uk/news/world-1",
           "text": "GENEVA (Reuters) - Negotiators resumed talks on Monday after a two-week pause, officials said.\n"
                   "Both delegations described the first session as constructive and businesslike.\n"
                   "#Geneva #Talks\nShare this article\nRead more"}
    d = STAGE.process(record_to_document(rec, "r2", "test"))
    a = d["article"]
    check_spans(d)
    assert a["headline"] == "Talks resume in Geneva"
    assert d["headline_span"] == [0, len("Talks resume in Geneva")]
    assert a["body"].startswith("GENEVA (Reuters)") and a["body"].endswith("businesslike.")
    assert a["tags"] == ["Geneva", "Talks"]
    assert a["agency"] == "Reuters"
    assert a["outlet"] == "BBC News"
    assert "Share this article" in a["boilerplate"]


def test_html_meta_path():
    """What read/html.py makes of a page trafilatura extracted: title, body_start and metadata."""
    title = "Rebels seize border town"
    body = ("الأناضول\nسيطر مسلحون على بلدة حدودية بعد اشتباكات عنيفة استمرت يومين مع القوات الحكومية.\n"
            "وقال مسؤولون محليون إن المعارك أسفرت عن سقوط قتلى من الجانبين.")
    text = title + "\n\n" + body
    meta = {"title": title, "body_start": len(title) + 2, "published": "2024-03-05T10:00:00+03:00",
            "outlet": "Yeni Şafak", "tags": ["سوريا"], "url": "https://www.yenisafak.com/ar/news/1"}
    d = STAGE.process(new_document("h", text, kind="html", meta=meta))
    a = d["article"]
    check_spans(d)
    assert a["headline"] == title
    assert a["published"] == "2024-03-05T07:00"
    assert a["agency"] == "Anadolu Agency"
    assert a["outlet"] == "Yeni Şafak"
    assert a["body"].startswith("سيطر مسلحون")
    assert a["tags"] == ["سوريا"]


def test_agency_detection():
    assert find_agency("القاهرة (رويترز) - قال", cue=True)[0] == "Reuters"
    assert find_agency("WASHINGTON (AP) — The Senate", cue=True)[0] == "Associated Press"
    assert find_agency("الرياض - واس", cue=True)[0] == "SPA"
    assert find_agency("وكالة الأنباء السعودية (واس)", alone=True)[0] == "SPA"
    assert find_agency("قال لوكالة فرانس برس إن", cue=True)[0] == "Agence France-Presse"
    assert find_agency("الأناضول", alone=True)[0] == "Anadolu Agency"
    assert find_agency("ونقلت وكالة تسنيم عن مسؤول", cue=True)[0] == "Tasnim"
    assert find_agency("حكم على صحفيين من رويترز بالسجن", cue=True) is None   # named, not cited
    assert find_agency("the AP style guide", cue=True) is None


def test_outlet_detection():
    o = outlets()
    assert o.from_name("يني شفق") == "Yeni Şafak"
    assert o.from_name("فرانس 24") == "France 24"
    assert o.from_name("skynews") == "Sky News Arabia"
    assert o.from_url("http://www.bbc.co.uk/arabic/world-43680909") == "BBC Arabic"
    assert o.from_url("https://www.bbc.com/news/world-1") == "BBC News"
    assert o.from_url("https://arabic.cnn.com/middle-east/2018/05/20/x") == "CNN Arabic"
    assert o.from_url("https://www.aljazeera.net/news/1") == "Al Jazeera"
    d = run("Express.co.uk\nSome headline about the markets today - Business | Express.co.uk\n" + EN_DUMP)
    assert d["article"]["outlet"] == "Daily Express"


def test_learned_furniture_in_batch():
    sign = "تابعوا آخر الأخبار عبر حساباتنا الرسمية"
    docs = []
    for i in range(6):
        text = (f"عنوان الخبر رقم {i} عن الاقتصاد المحلي\n\n"
                f"أعلنت الحكومة اليوم عن إجراءات اقتصادية جديدة رقم {i} تشمل خفض الضرائب على الشركات الناشئة.\n"
                f"وقال وزير المالية إن الإجراءات ستدخل حيز التنفيذ مطلع الشهر المقبل بعد موافقة البرلمان.\n{sign}")
        docs.append(new_document(f"b{i}", text, kind="txt", meta={"outlet": "Some Outlet"}))
    out = STAGE.process_batch(docs)
    for d in out:
        assert sign not in d["article"]["body"]
        assert "أعلنت الحكومة" in d["article"]["body"]
    assert furniture.repeated_lines([d["text"] for d in docs]) >= {furniture.norm_line(sign)}


def test_empty_and_tiny_inputs():
    d = run("   \n\n")
    assert d["article"]["body"] == "" and d["paragraphs"] == []
    d = run("عنوان فقط")
    check_spans(d)


def test_line_model_matches_features():
    from marsad.page.lines import CONTEXT, FEATURES, MODEL
    import json

    m = json.loads(MODEL.read_text(encoding="utf-8"))
    assert m["features"] == list(FEATURES) and m["context"] == list(CONTEXT)
    assert len(m["w1"]) == len(FEATURES) and len(m["w2"]) == len(FEATURES) + len(CONTEXT)


def test_learned_furniture_table_loads():
    table = furniture.load()
    assert all(isinstance(v, set) for v in table.values())
    learned = furniture.learn([("X", f"خبر {i}\nتابعونا على تطبيقنا الجديد للأخبار") for i in range(30)],
                              min_share=0.5, min_docs=10)
    assert furniture.norm_line("تابعونا على تطبيقنا الجديد للأخبار") in learned["X"][1]


def test_published_prefers_publication_over_update_and_reads_story_dateline():
    page = ("عنوان تجريبي عن اجتماع وزراء الخارجية العرب في القاهرة\n"
            "آخر تحديث: ٢٠ / ٠٣ / ٢٠٢٥ - ٠٩:٠٠\n"
            "نشر في: ١٩ / ٠٣ / ٢٠٢٥ - ١٨:٤٠\n"
            "عقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة، اليوم الأربعاء، لبحث التطورات الأخيرة في المنطقة.\n"
            "وقال الأمين العام للجامعة العربية في كلمته إن الوضع يتطلب موقفا عربيا موحدا وحازما.\n")
    assert run(page)["article"]["published"] == "2025-03-19T18:40"
    page2 = ("Ministers meet in Cairo over regional crisis\n\n"
             "CAIRO, March 19, 2025 (Reuters) - Arab foreign ministers held an emergency meeting in Cairo on "
             "Wednesday to discuss the latest developments in the region.\n"
             "The Arab League chief said the situation required a unified and firm Arab position.")
    a = run(page2)["article"]
    assert a["published"] == "2025-03-19" and a["agency"] == "Reuters"


def test_record_with_url_keeps_short_lines_of_the_story():
    """A crawler's record (url, date) is the article: its lists and verse stay in the body."""
    text = ("قرقاش ينشر قصيدتين متبادلتين بين الشيخين\n\n"
            "نشر وزير الدولة للشؤون الخارجية، الأحد، قصيدتين متبادلتين على حسابه في تويتر.\n"
            "وقال في تغريدته:\n"
            "أيظن الخائنون أن الليث قد اعتلاه الوهن\n"
            "فلم يعلموا أن الليث في نصف العمر مقتدر\n"
            "عصابة الغدر اجتمعوا معا\n"
            "لمتابعة البث المباشر، اضغط هنا...")
    rec = {"id": "r3", "text": text, "url": "https://arabic.cnn.com/middle-east/2018/04/01/x",
           "published": "Sun, 01 Apr 2018 10:00:00 +0000", "outlet": "CNN"}
    d = STAGE.process(record_to_document(rec, "r3", "test"))
    a = d["article"]
    check_spans(d)
    assert a["outlet"] == "CNN Arabic"
    assert "عصابة الغدر اجتمعوا معا" in a["body"] and "وقال في تغريدته:" in a["body"]
    assert "اضغط هنا" not in a["body"]


def test_first_paragraph_is_not_taken_for_a_deck():
    page = ("الجزيرة نت\nالرئيسية\nأخبار\nسياسة\nرياضة\n"
            "مقتل ثمانية في إطلاق نار بمدرسة ثانوية في تكساس\n"
            "قتل ما لا يقل عن ثمانية أشخاص صباح الجمعة في إطلاق نار داخل مدرسة ثانوية بولاية تكساس الأميركية، "
            "وفق ما أعلنت السلطات المحلية.\n"
            "وقالت الشرطة إنها اعتقلت المشتبه به بعد وقت قصير من الحادث، مشيرة إلى أن التحقيقات ما زالت جارية.\n"
            "شارك\nفيسبوك\n")
    a = run(page)["article"]
    assert a["deck"] is None
    assert a["body"].startswith("قتل ما لا يقل عن ثمانية أشخاص")

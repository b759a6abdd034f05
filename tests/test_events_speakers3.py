"""Who speaks a quote or reported speech (the "quotes" of the output, and the acts inside them): the subject of the
verb of saying, not the subject of the clause it tells (واعتبر أن إيران هي "...")، not the one spoken to (لوكالة فرانس
برس)، not a genitive inside the speaker's phrase (المتحدث باسم شرطة منطقة الرياض)، not a dateline's place; an
unknown speaker (مصدر دبلوماسي) is no guess from the parties named before; the author of a statement under ل (في
تغريدة لقرقاش). Short news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from marsad.record import new_document


def doc_of(pipe, text):
    doc = new_document("t", text)
    doc["article"]["published"] = "2018-04-07T12:00"
    return pipe.run_one(doc)


def speaker_of(doc, words):
    """The name (Arabic name, else name, else None) of the speaker of the quote that holds ``words``."""
    q = next((q for q in doc["quotes"] if words in q["text"]), None)
    assert q is not None, doc["quotes"]
    ents = {e["id"]: e for e in doc["entities"]}
    e = ents.get(q["speaker"])
    return None if e is None else (e.get("name_ar") or e.get("name") or "")


def test_subject_of_the_told_clause_does_not_speak(pipe):
    doc = doc_of(pipe, "وصف وزير الخارجية السعودي عادل الجبير، الجمعة، الأزمة مع قطر بأنها صغيرة جدا، واعتبر أن إيران هي "
                       "\"الخطر الأكبر على المنطقة وربما العالم\".")
    assert "الجبير" in (speaker_of(doc, "الخطر الأكبر") or "")


def test_medium_spoken_to_does_not_speak(pipe):
    doc = doc_of(pipe, "التقى وزير الخارجية الأمريكي مايك بومبيو ولي العهد السعودي في الرياض. "
                       "وقال مسؤول أمريكي لوكالة رويترز: \"الزيارة تهدف إلى بحث الملف الإيراني والحرب في اليمن\".")
    sp = speaker_of(doc, "الملف الإيراني")
    assert sp is None or "رويترز" not in sp and "بومبيو" not in sp


def test_unknown_source_is_not_the_last_party_named(pipe):
    doc = doc_of(pipe, "استقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي دونالد ترامب في قصر الإليزيه. "
                       "وقال مصدر دبلوماسي إن \"اللقاء تناول الملف النووي الإيراني بالتفصيل\".")
    assert speaker_of(doc, "الملف النووي") is None


def test_official_speaks_for_his_ministry(pipe):
    doc = doc_of(pipe, "وقال مسؤول في وزارة الخارجية الأمريكية إن \"الوزير سيزور الرياض والقدس وعمان خلال جولته\".")
    assert "الخارجية" in (speaker_of(doc, "سيزور الرياض") or "")


def test_genitive_inside_the_speaker_phrase_does_not_speak(pipe):
    doc = doc_of(pipe, "وكان المتحدث باسم شرطة منطقة الرياض قال، الجمعة، إن \"رجال الأمن تعاملوا مع الطائرة وفق "
                       "التعليمات المعمول بها\".")
    assert speaker_of(doc, "رجال الأمن") != "الرياض"


def test_place_under_a_preposition_before_where_he_said(pipe):
    doc = doc_of(pipe, "وتابع النائب المصري جمال عباس في بيان، قبيل وصول ولي عهد المملكة للقاهرة، حيث قال: \"إن الزيارة "
                       "دليل قاطع على عمق العلاقات بين البلدين\".")
    assert "جمال عباس" in (speaker_of(doc, "دليل قاطع") or "")


def test_author_of_a_tweet_under_lam(pipe):
    doc = doc_of(pipe, "جاء ذلك في تغريدة لوزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش على حسابه في تويتر، حيث "
                       "قال: \"الاجتماع الثلاثي حول سوريا دليل على حال العالم العربي\".")
    assert "قرقاش" in (speaker_of(doc, "الاجتماع الثلاثي") or "")


# ---- reported speech opened by a verb of saying with و glued on (وأضاف أن، وتقول، ويقول): read like قال
def test_subjectless_continuation_is_the_previous_speaker_not_the_last_name(pipe):
    doc = doc_of(pipe, "قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إنه بحث مع الرئيس الروسي فلاديمير بوتين الوضع في "
                       "سوريا.\nوأضاف أن إسرائيل لن تسمح لإيران بالتمركز العسكري في سوريا وستواصل ضرب أهدافها.")
    assert "نتنياهو" in (speaker_of(doc, "لن تسمح لإيران") or "")


def test_imperfect_verb_of_saying_with_waw(pipe):
    doc = doc_of(pipe, "تشن تركيا منذ يناير هجوما عسكريا على منطقة عفرين في شمال سوريا.\nوتقول أنقرة إن حملتها "
                       "العسكرية تستهدف وحدات حماية الشعب الكردية التي تعتبرها منظمة إرهابية.")
    sp = speaker_of(doc, "حملتها العسكرية")
    assert sp and ("أنقرة" in sp or "تركيا" in sp)


def test_the_sources_told_before_are_no_party(pipe):
    doc = doc_of(pipe, "قتل 56 حوثيا في غارات للتحالف العربي على مواقع في الساحل الغربي لليمن.\nوأكدت المصادر أن "
                       "معظم القصف الجوي تركز في مديرية التحيتا التي وصلت إليها التعزيزات الحوثية.")
    assert speaker_of(doc, "معظم القصف") is None


def test_a_report_that_is_no_party_goes_on_speaking(pipe):
    doc = doc_of(pipe, "كشف تقرير حقوقي، الثلاثاء، عن مقتل 3021 مدنيا في تعز على أيدي ميليشيات الحوثي.\nووثق التقرير "
                       "الصادر عن مركز المعلومات والتأهيل لحقوق الإنسان هذا العدد من القتلى خلال ثلاث سنوات.\nوأفاد أن "
                       "محافظة تعز تشهد أكبر عدد لسقوط ضحايا بين المدنيين نتيجة القصف المتعمد من قبل الميليشيات.")
    assert speaker_of(doc, "أكبر عدد لسقوط") is None


def test_a_place_never_speaks(pipe):
    doc = doc_of(pipe, "قتل موظف في اللجنة الدولية للصليب الأحمر بالرصاص السبت في مدينة تعز.\nوقال مدير منطقة الشرق "
                       "الأوسط في المنظمة \"أشعر بالصدمة والغضب والحزن العميق جراء مقتل زميلي\".")
    sp = speaker_of(doc, "أشعر بالصدمة")
    assert sp is None or "الشرق الأوسط" not in sp

"""Session 23 (track s23accuse): wrongdoing predicates as word classes (data/wrongdoing.tsv). Every third-person form
of a verb of wrongdoing (duals and plurals included) and a verb of persisting or trying with a verbal noun of
wrongdoing ("دأبت على انتهاك"، "تحاول التدخل في"), told in someone's reported clause, accuse the clause's subject; the
subject must open the clause (not the genitive of a noun), and a denied verb of saying or believing tells no charge.
A few evaluative words join the وصف/اعتبر lists (ابتزاز، مسيس، تعسفي، منحاز)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor,accused", [
    # a dual and a plural past
    ("وقالت وزارة العدل الأميركية إن الاستخبارات الروسية والجيش الروسي تدخلا في الانتخابات الرئاسية.", "USA", "RUS"),
    ("وأكد عادل الجبير أن الحوثيين قوضوا كل جهود السلام في اليمن.", "Jubeir", "Houthi"),
    # a verb of persisting or trying with a verbal noun of wrongdoing
    ("وقال وزير الخارجية الإيراني محمد جواد ظريف إن الولايات المتحدة دأبت على انتهاك الاتفاق النووي.", "Zarif", "USA"),
    ("وقال وزير الدفاع الأميركي جيمس ماتيس إن إيران تحاول التدخل في الانتخابات العراقية.", "Mattis", "IRN"),
    ("وقال وزير الخارجية اليمني خالد اليماني إن الحوثيين يواصلون عرقلة جهود المبعوث الأممي.", "YEM", "Houthi"),
    # stealing and spying (the second pass of the verb list)
    ("وقال وزير الخارجية البريطاني جيريمي هانت إن روسيا تجسست على منظمة حظر الأسلحة الكيميائية.", "Hunt", "RUS"),
    ("وقال الرئيس الأميركي دونالد ترامب إن الصين سرقت الملكية الفكرية للشركات الأميركية.", "Trump", "CHN"),
])
def test_wrongdoing_in_speech(pipe, text, actor, accused):
    evs = sides(full(pipe, text), "ACCUSE")
    assert any(actor in a and accused in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # the party is the genitive of a noun, not the subject
    "وقال التقرير إن عاملين في مشروع هايتي انتهكوا مدونة السلوك.",
    # the verb of believing is denied
    "وقال كارتر بيج إنه لا يعتقد أن الروس تدخلوا في الانتخابات الأمريكية.",
    # the narrator's own wording, no speaker
    "وتدخلت روسيا في الحرب السورية عام 2015.",
])
def test_wrongdoing_not_charged(pipe, text):
    assert not sides(full(pipe, text), "ACCUSE"), sides(full(pipe, text), "ACCUSE")


@pytest.mark.parametrize("text,actor,accused", [
    ("واعتبرت الصين الرسوم الجمركية التي فرضتها واشنطن ابتزازا اقتصاديا.", "CHN", "USA"),
    ("ووصفت طهران حكم المحكمة الأميركية بأنه حكم مسيس.", "IRN", "USA"),
])
def test_described_as_blackmail_or_politicised(pipe, text, actor, accused):
    evs = sides(full(pipe, text), "ACCUSE")
    assert any(actor in a and accused in r for a, r, _ in evs), evs

"""Session 28 (track s28accuse): reported wrongdoing with no verb of accusing, read by the paradigms of
data/wrongdoing.tsv: crimes committed named by more objects (a singular indefinite violation, atrocities as acts, أيضا
before the object), kindling conflicts (أشعل with the objects of أجج), and the wrong done under قام ب (تقوم بنهب،
قامت بزعزعة); a clause opened by وبأن or وإن. Sentences from the corpus (not the gold sets)."""
import pytest

from evhelpers import sides_of


@pytest.mark.parametrize("text,speaker,accused", [
    ('وقال رئيس الوزراء الإسرائيلي إن سوريا ارتكبت "انتهاكا صارخا" لاتفاقية وقف إطلاق النار الموقعة عام 1974.',
     "ISR", "SYR"),
    ('أوقفت السلطات المصرية رئيس الأركان الأسبق سامي عنان. وأصدرت القيادة العامة للجيش المصري بيانا قالت فيه إن عنان '
     '"ارتكب أيضا جرائم التحريض ضد الجيش والتزوير في محررات رسمية."', "الجيش المصري", "عنان"),
    ("وأضاف ترمب أن النظام الإيراني يشعل الصراعات في الشرق الأوسط.", "Trump", "IRN"),
    ("وأشار الوزير الإماراتي إلى أن التهديدات التي يشكلها الحوثيون لا تستهدف الشعب اليمني فقط، وبأن ميليشيا الحوثي "
     "قامت بنهب الأموال وسرقة المساعدات الإنسانية.", "", "Houthi"),
    ('وأوضح تقييم البيت الأبيض أن "النظام السوري استخدم مادة الكلور في المعارك، لإرهاب المعارضين".', "White House", "SYR"),
    ("وقال المتحدث باسم التحالف تركي المالكي إن ميليشيات الحوثي زرعت الألغام بشكل عشوائي في الحديدة.", "Maliki", "Houthi"),
    ("وقال المتحدث باسم التحالف تركي المالكي إن ميليشيات الحوثي هجرت قسرياً 33 أسرة من قرية الزعيف.", "Maliki", "Houthi"),
])
def test_reported_wrongdoing(pipe, text, speaker, accused):
    evs = sides_of(pipe, text, "ACCUSE")
    assert any(speaker in a and accused in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # the outlet's own report: no speaker
    "أفاد مراسلنا في اليمن أن ميليشيا الحوثي الايرانية تقوم بنهب المؤسسات الحكومية في مدينة الحديدة.",
    # a hypothetical act under a condition
    "وقال خاتمي إن القوات المسلحة الإيرانية ستسوي تل أبيب بالتراب إذا ارتكب الكيان الصهيوني هذه الجرائم.",
    # a supporting act that is no wrong: قام ب with a verbal noun outside the paradigm
    "وقال المتحدث إن الحكومة قامت بدعم المزارعين في المناطق المتضررة.",
    # هجر alone is also "abandoned": only with its adverb
    "وقال المسؤول إن آلاف السكان هجروا قراهم بسبب الجفاف.",
    # what is planted must be mines
    "وقال وزير الزراعة إن الحكومة زرعت آلاف الأشجار في المنطقة.",
])
def test_no_accusation(pipe, text):
    evs = sides_of(pipe, text, "ACCUSE")
    assert not evs, evs


def test_press_conference_author_speaks(pipe):
    # "مؤتمر صحفي للجبير مع الأمين العام ...، حيث قال": the one whose press conference it is speaks, not the guest named
    # right before حيث (stage._authored)
    text = ('جاء ذلك في مؤتمر صحفي للجبير مع الأمين العام للأمم المتحدة، أنطونيو غوتيريس، حيث قال: '
            '"ميليشيا الحوثي تزرع الألغام في مناطق مدنية وتحاصر مدن وقرى يمنية".')
    evs = sides_of(pipe, text, "ACCUSE")
    assert evs and all("Jubeir" in a and "Houthi" in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,speaker,accused", [
    ('وأضاف الوزير الإماراتي أنور قرقاش: "بعد الاتفاق النووي شهدنا تغولا وتدخلا إيرانيا غير مسبوق في الشأن العربي".',
     "Gargash", "IRN"),
    ('وقال عواد العواد: "أننا أمام خطر كبير جدا، وهو خطر التدخل الإيراني في الدول العربية".', "العواد", "IRN"),
])
def test_interference_named_with_the_state_adjective(pipe, text, speaker, accused):
    evs = sides_of(pipe, text, "ACCUSE")
    assert any(speaker in a and accused in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # what others allege
    "وقال ترمب إنه سيثير التدخل الروسي المزعوم في الانتخابات مع بوتين، لكنه لا يتوقع أن يصل لشيء.",
    # the name of a case
    "قال رودي جولياني إن الرئيس ليس مجبرا على تنفيذ أمر بالحضور من المدعي الخاص في قضية التدخل الروسي.",
    # a time
    "وأوضح تقرير لمركز جاينز أن النظام السوري استعاد السيطرة على نصف أراضي البلاد منذ التدخل الروسي في سبتمبر 2015.",
])
def test_interference_alleged_or_named_as_a_case(pipe, text):
    evs = sides_of(pipe, text, "ACCUSE")
    assert not any("التدخل" in e["trigger"]["text"] for _, _, e in evs), evs

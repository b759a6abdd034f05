"""Session 21 (track s21accuse): a stated concern accuses the party named inside its topic phrase (عن قلقه إزاء
تصريحات الرئيس الروسي); the participle of describing (واصفا إياها بـ"الاستعمارية") speaks for the main clause's subject
about its object, and names a wider class of pejoratives (ديكتاتورية، جبان، حثالة); a state's protest reaches the
author's adjective of nationality closing a longer object (احتجت اليابان على دخول سفينتين حربيتين صينيتين); a charge
noun after a title is no name (وجه المدعي العام الأمريكي اتهامات إلى ...)."""
import pytest

from evhelpers import sides_of


@pytest.mark.parametrize("text,actor,accused", [
    # a concern whose topic phrase names the party blamed
    ("أعرب الاتحاد الأوروبي عن قلقه البالغ حيال إعلان الرئيس الأميركي دونالد ترامب انسحاب بلاده من الاتفاق النووي.",
     "European Union", "Trump"),
    ("وأعربت وزارة الخارجية الفرنسية عن قلقها إزاء تصريحات الرئيس الإيراني حسن روحاني الأخيرة.", "FRA", "IRN"),
    ("عبر الرئيس الأمريكي دونالد ترامب عن قلقه بشأن تصريحات الرئيس الروسي فلاديمير بوتين عن الأسلحة الجديدة.",
     "Trump", "RUS"),
    # the participle of describing, with إياها after the object
    ("وهاجم الرئيس السوري بشار الأسد مشاركة قوات فرنسية في التحالف واصفا إياها بـ\"الاستعمارية\".", "Assad", "FRA"),
    ("وهاجم الرئيس التركي رجب طيب أردوغان دعم قوات أمريكية للمسلحين الأكراد في منبج واصفا إياه بـ\"الخيانة\".",
     "Erdo", "USA"),
    ("وقال وزير الخارجية الأمريكي مايك بومبيو إن الانتخابات مزورة، واصفا الحكومة الفنزويلية بأنها \"ديكتاتورية\".",
     "Pompeo", "VEN"),
    # a state's protest: the author's nationality adjective after a longer object
    ("احتجت اليابان على دخول سفينتين حربيتين صينيتين مياهها الإقليمية.", "JPN", "CHN"),
    ("احتجت الخارجية الروسية على تحليق طائرات استطلاع بريطانية قرب حدودها.", "RUS", "GBR"),
    # a charge noun after the prosecutor's title
    ("وجه المدعي العام الأمريكي اتهامات إلى 12 ضابطا روسيا بالتدخل في الانتخابات.", "USA", "RUS"),
])
def test_accused(pipe, text, actor, accused):
    evs = sides_of(pipe, text, "ACCUSE")
    assert any(actor in a and accused in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # a concern for people or a situation, not about a party's act
    "وأعربت الأمم المتحدة عن قلقها إزاء الأوضاع الإنسانية في اليمن.",
    "وأعرب الأمين العام عن قلقه حيال مصير آلاف اللاجئين السوريين في مخيم الركبان.",
    # the object described is reported news, not a party named inside its relative clause
    ("نفى المتحدث باسم الحكومة الأردنية محمد المومني الأنباء التي تحدثت عن قصف مناطق سورية من الأراضي الأردنية، "
     "واصفا إياها بـ\"الكاذبة\"."),
])
def test_no_accusation(pipe, text):
    evs = sides_of(pipe, text, "ACCUSE")
    assert not any("SYR" in r for _, r, _ in evs), evs


def test_crowd_protest_stays_protest(pipe):
    # a crowd protests (PLOVER PROTEST); only a state or an office that protests disapproves
    text = "احتج آلاف المتظاهرين على وجود قوات عسكرية أمريكية في البلاد."
    assert not sides_of(pipe, text, "ACCUSE")
    assert sides_of(pipe, text, "PROTEST")

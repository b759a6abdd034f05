"""Session 31 (track s31precision): false alarms on unlabelled news. Acts told as forecast, possible, ruled out,
needed, set as a condition or governed by a future verb are not claims that something happened; a standing stance
deep in a relative clause describes a party. The sentences are from the 2018 corpus (leads sample)."""
import pytest

from conftest import factual, full

PUB = "2018-06-01T10:00"


@pytest.mark.parametrize("text,typ", [
    # a future verb governs the act noun (stage._factuality_of, s31precision)
    ("مهاتير محمد: أنور إبراهيم سيعود للسياسة الماليزية بعفو ملكي", "CONCEDE"),
    ("يذكر أن القوات الجوية تشرف على معظم الأنشطة العسكرية المتعلقة بالفضاء في البلاد، وسيتطلب هذا الأمر موافقة على "
     "الميزانية من الكونغرس المنقسم إزاء الفكرة.", "AGREE"),
    # the future copula (cues.tsv)
    ("وسيكون من مهام هذه القوة نشر قوات ومواجهة التهديدات والمخاطر التي قد تتعرض لها الدول الأوروبية، مثل الكوارث "
     "الطبيعية.", "MOBILIZE"),
    # a condition set on the act
    ("وكان الرئيس اليمني قد التقى المبعوث الأممي، الذي أبلغه موافقة الحوثيين على وضع الحديدة تحت إشراف أممي، لكن "
     "التحالف والحكومة الشرعية يشترطان انسحابهم من الميناء والمدينة لوقف العملية العسكرية.", "RETREAT"),
    # a need of the act
    ("ولكي يعتمد أي قرار، يحتاج إلى موافقة تسعة أصوات على الأقل مع عدم استخدام حق النقض من أي عضو من الأعضاء الدائمين "
     "الخمسة.", "AGREE"),
    # an act ruled out
    ("جاء ذلك في مقابلة لروبين مع الزميل وولف بليتزر لـCNN حيث قال: \"مصر قد ترسل قوات إلى سوريا، ولكن قد يكون هناك دول "
     "أخرى تقوم بالتجنيد لهذه المهمة،\" مشيرا إلى أنه يستعبد قيام السعودية والإمارات والبحرين وقطر بإرسال قواتها إلى "
     "سوريا.", "MOBILIZE"),
    # possible
    ("قال الرئيس الأميركي، دونالد ترامب، الجمعة، إن من الممكن أن يجتمع مع الرئيس الروسي، فلاديمير بوتن، هذا الصيف.",
     "CONSULT"),
    # a forecast by an analyst, no threat of his (the corpus quote, its speaker named in the sentence)
    ("وقال فواز جرجس، رئيس قسم الشرق الأوسط في كلية لندن للاقتصاد: \"بعد مرور ستة أشهر، على الأغلب ستنسحب إيران من "
     "الاتفاق لأنها ستتوصل إلى حقيقة بأن الاستثمارات لن تتدفق\".", "THREATEN"),
    # (adapted from the corpus's "قال ... إن من الممكن أن يجتمع" and "يشترطان انسحابهم من الميناء")
    ("وقال مسؤول إنه من الممكن أن تفرض واشنطن عقوبات على موسكو.", "SANCTION"),
    ("وتشترط الحكومة اليمنية انسحاب الميليشيات الحوثية من ميناء الحديدة قبل أي مفاوضات.", "RETREAT"),
    # the accusative of purpose, and the act it aims to stop
    ("وأضافت أن من حقها أن \"تحيل لمكتب المدعي العام أدلة متعلقة بجرائم الحرب، وذلك بهدف التحقيق، وخدمة لمبادئ العدالة، "
     "والمساءلة، ومنعا لإفلات المجرمين من العقاب\".", "COERCE"),
    ("وكان الاتفاق بين موسكو وأنقرة قد حدد منطقة نزع السلاح داخل منطقة خفض التصعيد، وذلك منعاً لهجوم كانت القوات "
     "السورية، المدعومة من قبل روسيا، تعتزم شنه على إدلب.", "ASSAULT"),
    ("وكان الاتفاق بين موسكو وأنقرة قد حدد منطقة نزع السلاح بعرض 15 إلى 20 كيلومتراً داخل منطقة خفض التصعيد، التي "
     "كانت قد أقيمت بدورها في إطار أستانا 4 تحت رعاية تركية-روسية- إيرانية، وذلك منعاً لهجوم كانت القوات السورية، "
     "المدعومة من قبل روسيا، تعتزم شنه على إدلب.", "COERCE"),
    # any act (أي، أية)
    ("باستثناء تلويحه باستخدام حقه في اسقاط اي عقوبات جديدة يقرها الكونغرس على ايران.", "SANCTION"),
    ("تركيا: سنرد على أي عقوبات أميركية في مجال الأسلحة", "SANCTION"),
    ("وقالت إيران إنها سترد على أي هجوم تتعرض له منشآتها النووية.", "ASSAULT"),
    # a threat as a danger, no threat made
    ("قال رئيس الوزراء اللبناني سعد الحريري الخميس في روما إن إسرائيل \"تبقى التهديد الرئيسي للبنان\".", "THREATEN"),
    ("قال وزير الخارجية الأمريكي مايك بومبيو إن إيران هي \"أصل التهديد الحالي\" للأمريكيين في العراق.", "THREATEN"),
    # a standing stance deep in a relative clause (stage._standing_aside)
    ("وكان المستشار النمساوي زيباستيان كورتس، الذي يرأس ائتلافا يمينيا يعارض انضمام تركيا للاتحاد الأوروبي، قد قال "
     "الشهر الماضي إنه سيجري منع أردوغان من محاولة استغلال الجاليات التركية.", "REJECT"),
])
def test_not_told(pipe, text, typ):
    evs = factual(full(pipe, text, PUB), typ)
    assert not evs, [(e["trigger"], e["actors"], e["recipients"]) for e in evs]


@pytest.mark.parametrize("text,typ", [
    # names that start like a future verb govern nothing (سيول، سيرغي)
    ("وقالت سيول إنها دفعت بطائرات عسكرية لاعتراض قاذفتين روسيتين حلقتا في مجالها الجوي أمس الجمعة أربع مرات.",
     "MOBILIZE"),
    ("وكان وزير الخارجية الروسي سيرغي لافروف قد أجرى محادثات ثنائية مع نظيره السعودي عادل الجبير الأربعاء في موسكو.",
     "CONSULT"),
    # a threat its author announces stays one
    ("وقال وزير الخارجية البريطاني بوريس جونسون الخميس إن لندن ستستهدف أصول روسيا في بريطانيا.", "THREATEN"),
    # a threat with its act, or its author named after it
    ("ولم يساهم وضع برانسون في الإقامة الجبرية في احتواء التوتر مع تهديد الرئيس ترامب ونائبه مايك بنس بفرض \"عقوبات "
     "شديدة\" على تركيا.", "THREATEN"),
    # a refusal told as done, and the imperfect of a stance as the sentence's own verb
    ("ورفضت موسكو تصريحات رئيسة الوزراء البريطانية، وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إنها مهزلة.",
     "REJECT"),
    # an act after a preposition that ends a future verb's reach was told before
    ("وقال الرئيس الأميركي إن بلاده سترد على الضربات الجوية التي شنتها القوات السورية على دوما.", "THREATEN"),
])
def test_still_told(pipe, text, typ):
    assert factual(full(pipe, text, PUB), typ), text

"""Arabic page dumps laid out in ways the seed is not: where the headline is (once, twice, twice apart,
after the date), dateline forms (المدينة - وكالة / المدينة (وكالة) / وكالة - المدينة / agency after the
story), date lines (both digit sets, weekday, Hijri beside Gregorian, 'آخر تحديث'), bylines, breadcrumbs,
share counters, related-link boxes and photo captions."""
import pytest

from marsad.page.reader import PageStage
from marsad.record import new_document

STAGE = PageStage()
STAGE.setup()

# paragraphs shared by several layouts (full sentences, as a story's paragraphs are)
P_SUDAN = [
    "التقى وزير الخارجية المصري نظيره الفرنسي في القاهرة، اليوم الأحد، لبحث تطورات الأزمة في السودان وسبل "
    "التوصل إلى وقف دائم لإطلاق النار.",
    "وقال المتحدث باسم وزارة الخارجية في بيان إن الوزيرين ناقشا كذلك سبل إيصال المساعدات الإنسانية إلى "
    "المدنيين في المناطق المتضررة من القتال.",
    "وأكد الجانبان أهمية التنسيق مع دول الجوار والمنظمات الدولية لتخفيف معاناة النازحين واللاجئين السودانيين.",
]
P_IRAQ = [
    "صوت مجلس النواب العراقي، مساء الثلاثاء، على قانون الموازنة العامة للبلاد بعد أسابيع من الخلافات بين "
    "الكتل السياسية حول حصص المحافظات.",
    "وقال رئيس اللجنة المالية في المجلس إن الموازنة تتضمن تخصيصات لمشاريع البنى التحتية والخدمات في "
    "المحافظات الجنوبية والوسطى.",
    "وكانت الحكومة قد أرسلت مشروع القانون إلى البرلمان مطلع العام الجاري بعد إقراره في مجلس الوزراء.",
]
P_GAZA = [
    "أعلنت وزارة الصحة في قطاع غزة، الاثنين، ارتفاع عدد الضحايا جراء الغارات الإسرائيلية المتواصلة على "
    "مناطق متفرقة من القطاع منذ فجر اليوم.",
    "وأوضحت الوزارة في بيان أن طواقم الإسعاف تواجه صعوبات كبيرة في الوصول إلى المصابين بسبب استمرار القصف "
    "ونقص الوقود.",
    "وطالبت المنظمات الدولية بالتدخل العاجل لتوفير الأدوية والمستلزمات الطبية للمستشفيات التي تعمل بطاقتها "
    "القصوى.",
]
P_OIL = [
    "قررت مجموعة أوبك بلس، الخميس، الإبقاء على سياسة الإنتاج الحالية دون تغيير حتى نهاية العام، في ظل "
    "تقلبات الطلب العالمي على النفط.",
    "وقال مندوبون في المجموعة إن الاجتماع الذي عقد عبر الفيديو استغرق أقل من ساعة وانتهى دون خلافات تذكر.",
    "وارتفعت أسعار خام برنت عقب الإعلان بنسبة طفيفة، بعد تراجعها خلال الأسبوع الماضي بفعل مخاوف من تباطؤ "
    "الاقتصاد.",
]


def run(text):
    return STAGE.process(new_document("t", text, kind="txt"))


def para(ps):
    return "\n\n".join(ps)


LAYOUTS = {
    # headline once, under a breadcrumb; Arabic-Indic date with weekday; 'المدينة - وكالة'; deck; counters
    "breadcrumb_indic_date_city_agency": dict(
        text="بوابة الأخبار\nالرئيسية > أخبار > سياسة\n\n"
             "وزير الخارجية المصري يبحث مع نظيره الفرنسي الأزمة في السودان\n"
             "الأحد ١٧ مارس ٢٠٢٤ - ١١:٣٠ ص\nالقاهرة - أ ش أ\n\n"
             "مباحثات تتناول وقف القتال وإيصال المساعدات\n\n" + para(P_SUDAN) +
             "\n\n٣٤ تعليق\n1.2K مشاركة\nمواضيع ذات صلة\n"
             "الجامعة العربية تدعو إلى هدنة في السودان\nمصر تستقبل دفعة جديدة من النازحين\n"
             "جميع الحقوق محفوظة © 2024\n",
        headline="وزير الخارجية المصري يبحث مع نظيره الفرنسي الأزمة في السودان",
        deck="مباحثات تتناول وقف القتال وإيصال المساعدات", agency="MENA", published="2024-03-17T11:30",
        first=P_SUDAN[0], last=P_SUDAN[-1], paras=3,
        junk=("الرئيسية", "تعليق", "مشاركة", "الجامعة العربية تدعو", "القاهرة - أ ش أ", "مباحثات تتناول")),
    # headline twice, not adjacent (nav between); byline 'كتب:'; 'المدينة (وكالة)' line
    "headline_twice_apart_byline": dict(
        text="مجلس النواب العراقي يقر الموازنة العامة بعد أسابيع من الخلافات\n"
             "الرئيسية\nمحليات\nعربي ودولي\nاقتصاد\nرياضة\n\n"
             "مجلس النواب العراقي يقر الموازنة العامة بعد أسابيع من الخلافات\n"
             "كتب: محمد عبد الله\n12/06/2024 08:15 م\nبغداد (رويترز)\n\n" + para(P_IRAQ) +
             "\n\nشارك هذا المقال\nفيسبوك\nتويتر\n",
        headline="مجلس النواب العراقي يقر الموازنة العامة بعد أسابيع من الخلافات",
        deck=None, agency="Reuters", published="2024-06-12T20:15",
        first=P_IRAQ[0], last=P_IRAQ[-1], paras=3,
        junk=("كتب:", "بغداد (رويترز)", "شارك هذا المقال", "محليات")),
    # headline after the date; Hijri beside Gregorian; 'بقلم'; agency line after the story
    "headline_after_date_hijri_source_after": dict(
        text="الرئيسية\nمحليات\nعربي ودولي\nمقالات\n\n"
             "الثلاثاء 24 شعبان 1445 هـ - 5 مارس 2024 م\n\n"
             "البرلمان العراقي يصوت على قانون الموازنة وسط خلافات حول حصص المحافظات\n"
             "بقلم: أحمد حسن\n\n" + para(P_IRAQ) + "\n\nالمصدر: رويترز\n\nالأكثر قراءة\n"
             "ارتفاع أسعار الذهب في الأسواق المحلية\nمنتخب العراق يتأهل إلى الدور الثاني\n",
        headline="البرلمان العراقي يصوت على قانون الموازنة وسط خلافات حول حصص المحافظات",
        deck=None, agency="Reuters", published="2024-03-05",
        first=P_IRAQ[0], last=P_IRAQ[-1], paras=3,
        junk=("بقلم", "المصدر", "ارتفاع أسعار الذهب", "شعبان")),
    # 'وكالة - المدينة'; 'آخر تحديث' above 'نشر في'; a photo caption 'صورة أرشيفية' before the story
    "agency_city_updated_caption": dict(
        text="أخبار العالم\n\nأوبك بلس تبقي على سياسة الإنتاج دون تغيير حتى نهاية العام\n\n"
             "آخر تحديث: 03/11/2023 - 10:05\nنشر في: 02/11/2023 - 18:40\nرويترز - فيينا\n\n"
             "صورة أرشيفية لمقر منظمة أوبك في فيينا\n\n" + para(P_OIL) + "\n\nاقرأ المزيد\n"
             "النفط يتراجع مع ارتفاع المخزونات الأمريكية\nالسعودية تمدد خفض الإنتاج الطوعي\n",
        headline="أوبك بلس تبقي على سياسة الإنتاج دون تغيير حتى نهاية العام",
        deck=None, agency="Reuters", published="2023-11-02T18:40",
        first=P_OIL[0], last=P_OIL[-1], paras=3,
        junk=("صورة أرشيفية", "رويترز - فيينا", "النفط يتراجع", "آخر تحديث")),
    # the agency on a line of its own after the story, in parentheses; no dateline; date 'YYYY/MM/DD'
    "agency_after_story_in_parentheses": dict(
        text="الرئيسية\nفلسطين\n\nارتفاع عدد الضحايا في غزة مع استمرار الغارات الإسرائيلية\n"
             "2024/01/15 - 08:45\n\n" + para(P_GAZA) + "\n(الأناضول)\n\n#غزة #فلسطين\n",
        headline="ارتفاع عدد الضحايا في غزة مع استمرار الغارات الإسرائيلية",
        deck=None, agency="Anadolu Agency", published="2024-01-15T08:45",
        first=P_GAZA[0], last=P_GAZA[-1], paras=3, tags=["غزة", "فلسطين"],
        junk=("(الأناضول)", "#")),
    # the agency closes the last paragraph: '... القصوى. (الأناضول)'
    "agency_closing_last_paragraph": dict(
        text="الرئيسية\nفلسطين\n\nالصحة في غزة تطالب بتدخل دولي عاجل لإنقاذ المستشفيات\n"
             "الاثنين 15 يناير 2024\n\n" + para(P_GAZA[:2] + [P_GAZA[2] + " (الأناضول)"]) +
             "\n\nتعليقات القراء\nأضف تعليقك\n",
        headline="الصحة في غزة تطالب بتدخل دولي عاجل لإنقاذ المستشفيات",
        deck=None, agency="Anadolu Agency", published="2024-01-15",
        first=P_GAZA[0], last=P_GAZA[2] + " (الأناضول)", paras=3, junk=("تعليقات القراء", "أضف تعليقك")),
    # headline twice adjacent; a correspondent byline; a deck; Arabic-Indic date without weekday
    "headline_twice_correspondent_deck": dict(
        text="الجزيرة نت\n\nغارات إسرائيلية مكثفة على شمال غزة وتحذيرات من كارثة صحية\n"
             "غارات إسرائيلية مكثفة على شمال غزة وتحذيرات من كارثة صحية\n"
             "١٥/٠١/٢٠٢٤\nغزة - مراسل الجزيرة نت\n\n"
             "المستشفيات تعمل بطاقتها القصوى وسط نقص الوقود\n\n" + para(P_GAZA) +
             "\n\nشارك\n245\nواتساب\n",
        headline="غارات إسرائيلية مكثفة على شمال غزة وتحذيرات من كارثة صحية",
        deck="المستشفيات تعمل بطاقتها القصوى وسط نقص الوقود", agency=None, published="2024-01-15",
        first=P_GAZA[0], last=P_GAZA[-1], paras=3, junk=("مراسل", "المستشفيات تعمل بطاقتها")),
    # deck right under the headline, date after it, then the story
    "deck_before_date": dict(
        text="موقع الخبر\nالرئيسية\nاقتصاد\n\nأوبك بلس تقرر الإبقاء على مستويات الإنتاج الحالية\n"
             "اجتماع قصير عبر الفيديو ينتهي دون خلافات\n"
             "الخميس 2 نوفمبر 2023 | 06:40 م\n\n" + para(P_OIL) + "\n\nكلمات مفتاحية\nأوبك\nالنفط\n",
        headline="أوبك بلس تقرر الإبقاء على مستويات الإنتاج الحالية",
        deck="اجتماع قصير عبر الفيديو ينتهي دون خلافات", agency=None, published="2023-11-02T18:40",
        first=P_OIL[0], last=P_OIL[-1], paras=3, junk=("اجتماع قصير", "كلمات مفتاحية")),
    # a 'most read' box of linked headlines above the story; 'المدينة (واس)' dateline line
    "most_read_box_above_story": dict(
        text="الرئيسية\nالأكثر قراءة\nارتفاع أسعار الذهب في الأسواق المحلية اليوم\n"
             "انطلاق موسم الرياض بمشاركة واسعة من الزوار\nتوقعات بهطول أمطار رعدية على عدة مناطق\n\n"
             "المملكة تستضيف اجتماعا وزاريا لبحث أمن الطاقة العالمي\n"
             "الأحد 12 مايو 2024\nالرياض (واس)\n\n"
             "استضافت المملكة العربية السعودية، اليوم الأحد، اجتماعا وزاريا بمشاركة وزراء الطاقة في عدد من "
             "الدول المنتجة والمستهلكة لبحث أمن الإمدادات العالمية.\n\n"
             "وناقش الاجتماع سبل تعزيز الاستثمار في مصادر الطاقة المختلفة وضمان استقرار الأسواق على المدى "
             "الطويل.\n\nوأكد المشاركون في ختام الاجتماع أهمية الحوار بين المنتجين والمستهلكين لتجنب تقلبات "
             "الأسعار.\n",
        headline="المملكة تستضيف اجتماعا وزاريا لبحث أمن الطاقة العالمي",
        deck=None, agency="SPA", published="2024-05-12",
        first="استضافت المملكة العربية السعودية", last="لتجنب تقلبات الأسعار.", paras=3,
        junk=("ارتفاع أسعار الذهب", "انطلاق موسم الرياض", "الرياض (واس)")),
    # headline twice, the second copy after the date line
    "headline_twice_around_date": dict(
        text="الرئيسية\nعربي ودولي\n\nمباحثات مصرية فرنسية حول وقف القتال في السودان\n"
             "17 مارس 2024\nمباحثات مصرية فرنسية حول وقف القتال في السودان\n\n" + para(P_SUDAN) + "\n",
        headline="مباحثات مصرية فرنسية حول وقف القتال في السودان",
        deck=None, agency=None, published="2024-03-17",
        first=P_SUDAN[0], last=P_SUDAN[-1], paras=3, junk=("عربي ودولي",)),
    # a photo caption credited to one agency; the story's dateline names another
    "caption_credit_is_not_the_agency": dict(
        text="الرئيسية\nالعالم\n\nفرنسا تدعو إلى مؤتمر دولي لدعم لبنان\n"
             "الأربعاء 20 مارس 2024\n(صورة: رويترز)\n\n"
             "باريس (أ ف ب) - دعت فرنسا، الأربعاء، إلى عقد مؤتمر دولي لدعم لبنان ومساعدته على تجاوز أزمته "
             "الاقتصادية والسياسية المستمرة منذ سنوات.\n\n"
             "وقال وزير الخارجية الفرنسي في مؤتمر صحفي إن بلاده ستواصل الضغط من أجل انتخاب رئيس للجمهورية في "
             "أقرب وقت ممكن.\n\nوأضاف أن الاستقرار في لبنان يمثل أولوية لفرنسا وللاتحاد الأوروبي في المرحلة "
             "المقبلة.\n",
        headline="فرنسا تدعو إلى مؤتمر دولي لدعم لبنان",
        deck=None, agency="Agence France-Presse", published="2024-03-20",
        first="باريس (أ ف ب) - دعت فرنسا", last="في المرحلة المقبلة.", paras=3, junk=("(صورة: رويترز)",)),
    # breadcrumb with '»'; only an 'updated' line; 'كتبت:'; share counter 'شارك 245'
    "updated_only_breadcrumb_guillemets": dict(
        text="الرئيسية » عربي ودولي » فلسطين\n\n"
             "الأمم المتحدة تحذر من مجاعة وشيكة في شمال قطاع غزة\n"
             "كتبت: سارة محمود\nآخر تحديث: الأربعاء ٢٠ مارس ٢٠٢٤\nشارك 245\n\n" + para(P_GAZA) + "\n",
        headline="الأمم المتحدة تحذر من مجاعة وشيكة في شمال قطاع غزة",
        deck=None, agency=None, published="2024-03-20",
        first=P_GAZA[0], last=P_GAZA[-1], paras=3, junk=("كتبت", "شارك 245", "الرئيسية")),
    # a 'Read also' box inside the story; 'المدينة - وكالة' with a state agency
    "read_also_inside_story": dict(
        text="الرئيسية\nسوريا\n\nالحكومة السورية تعلن خطة لإعادة تأهيل محطات الكهرباء\n"
             "الأحد 9 أكتوبر 2022\nدمشق - سانا\n\n"
             "أعلنت وزارة الكهرباء السورية، الأحد، خطة لإعادة تأهيل عدد من محطات توليد الطاقة المتضررة في "
             "عدة محافظات خلال العام المقبل.\n\nاقرأ أيضا:\nانقطاع الكهرباء عن أحياء واسعة في حلب\n\n"
             "وقال وزير الكهرباء إن الخطة تهدف إلى زيادة ساعات التغذية الكهربائية للمواطنين وتخفيف ساعات "
             "التقنين خلال فصل الشتاء.\n\nوأشار إلى أن الوزارة تعمل على تأمين قطع الغيار اللازمة رغم الصعوبات "
             "التي تواجهها بسبب العقوبات.\n",
        headline="الحكومة السورية تعلن خطة لإعادة تأهيل محطات الكهرباء",
        deck=None, agency="SANA", published="2022-10-09",
        first="أعلنت وزارة الكهرباء السورية", last="بسبب العقوبات.", paras=3,
        junk=("اقرأ أيضا", "انقطاع الكهرباء عن أحياء", "دمشق - سانا")),
    # no date, no agency anywhere: both stay empty
    "no_date_no_agency": dict(
        text="الرئيسية\nاقتصاد\n\nالبنك المركزي يبقي أسعار الفائدة دون تغيير\n\n"
             "قرر البنك المركزي الإبقاء على أسعار الفائدة الرئيسية دون تغيير للمرة الثالثة على التوالي، في ظل "
             "استمرار الضغوط التضخمية.\n\nوقال البنك في بيان إن لجنة السياسة النقدية ستواصل مراقبة تطورات "
             "الأسعار خلال الأشهر المقبلة.\n\nتابعونا على تويتر\n",
        headline="البنك المركزي يبقي أسعار الفائدة دون تغيير",
        deck=None, agency=None, published=None,
        first="قرر البنك المركزي", last="خلال الأشهر المقبلة.", paras=2, junk=("تابعونا",)),
    # the dateline opens the first paragraph ('عمان - بترا - أعلنت ...'): the paragraph stays in the body
    "dateline_opens_first_paragraph": dict(
        text="الرئيسية\nمحليات\n\nالأردن يعلن تسهيلات جديدة للمستثمرين في المناطق التنموية\n"
             "الثلاثاء 25 يونيو 2024\n\n"
             "عمان - بترا - أعلنت الحكومة الأردنية، الثلاثاء، حزمة تسهيلات جديدة للمستثمرين في المناطق "
             "التنموية تشمل إعفاءات ضريبية وتسريع إجراءات الترخيص.\n\n"
             "وقال وزير الاستثمار إن الحزمة تهدف إلى جذب مزيد من رؤوس الأموال وتوفير فرص عمل للشباب في "
             "المحافظات.\n",
        headline="الأردن يعلن تسهيلات جديدة للمستثمرين في المناطق التنموية",
        deck=None, agency="Petra", published="2024-06-25",
        first="عمان - بترا - أعلنت الحكومة", last="للشباب في المحافظات.", paras=2, junk=()),
    # headline once, deck, then the date; the agency in parentheses closes the story
    "deck_then_date_agency_closing_story": dict(
        text="الرئيسية\nعالم\n\nكوريا الشمالية تطلق صاروخا باليستيا باتجاه البحر\n\n"
             "إطلاق جديد بعد أيام من مناورات مشتركة\n\n"
             "الخميس 14 سبتمبر 2023 - 09:20\n\n"
             "أطلقت كوريا الشمالية، صباح الخميس، صاروخا باليستيا باتجاه البحر قبالة ساحلها الشرقي، بحسب ما "
             "أعلنت هيئة الأركان المشتركة في كوريا الجنوبية.\n\n"
             "ويأتي الإطلاق بعد أيام من انتهاء مناورات عسكرية مشتركة بين سول وواشنطن وصفتها بيونغ يانغ "
             "بأنها استفزازية. (يونهاب)\n",
        headline="كوريا الشمالية تطلق صاروخا باليستيا باتجاه البحر",
        deck="إطلاق جديد بعد أيام من مناورات مشتركة", agency="Yonhap", published="2023-09-14T09:20",
        first="أطلقت كوريا الشمالية", last="بأنها استفزازية. (يونهاب)", paras=2, junk=("إطلاق جديد",)),
    # a Hijri-only date line (recognised, never converted) and a clock-time line: neither is a deck
    "hijri_only_date_and_time_line": dict(
        text="الرئيسية\nمحليات\n\nالأرصاد تحذر من موجة حر شديدة تضرب المنطقة الشرقية\n"
             "الأحد 5 رمضان 1445 هـ\n10:30 ص\n\n"
             "حذر المركز الوطني للأرصاد من موجة حر شديدة تضرب المنطقة الشرقية خلال الأيام المقبلة، مع توقعات "
             "بارتفاع درجات الحرارة إلى مستويات قياسية.\n\n"
             "ودعا المركز المواطنين إلى تجنب التعرض المباشر لأشعة الشمس خلال ساعات الظهيرة والإكثار من شرب "
             "السوائل.\n",
        headline="الأرصاد تحذر من موجة حر شديدة تضرب المنطقة الشرقية",
        deck=None, agency=None, published=None,
        first="حذر المركز الوطني للأرصاد", last="والإكثار من شرب السوائل.", paras=2, junk=("رمضان", "10:30")),
    # the <title> line with the site's name, the headline again above the story; byline and date on one line;
    # reading time and a view counter
    "title_line_byline_with_date_reading_time": dict(
        text="السعودية وإيران تتفقان على إعادة فتح السفارتين خلال شهرين | موقع المدينة\n"
             "الرئيسية\nأخبار\nمقالات\n\n"
             "السعودية وإيران تتفقان على إعادة فتح السفارتين خلال شهرين\n"
             "بقلم: أحمد حسن - 10 مارس 2023\n3 دقائق للقراءة\nعدد المشاهدات: 1,234\n\n"
             "اتفقت المملكة العربية السعودية وإيران على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح "
             "سفارتيهما خلال مدة أقصاها شهران، وفق بيان مشترك صدر في بكين.\n\n"
             "وجاء الاتفاق في ختام مباحثات استضافتها العاصمة الصينية بين وفدين رفيعي المستوى من البلدين.\n",
        headline="السعودية وإيران تتفقان على إعادة فتح السفارتين خلال شهرين",
        deck=None, agency=None, published="2023-03-10",
        first="اتفقت المملكة العربية السعودية", last="رفيعي المستوى من البلدين.", paras=2,
        junk=("بقلم", "دقائق للقراءة", "المشاهدات", "موقع المدينة")),
    # 'المدينة/ الأناضول' (a slash dateline); generic 'وكالات' is no agency
    "slash_dateline": dict(
        text="الرئيسية\nالعالم\n\nتركيا تعلن استعدادها لاستضافة جولة جديدة من المفاوضات\n"
             "الأربعاء 20 مارس 2024\nأنقرة/ الأناضول\n\n"
             "أعلنت وزارة الخارجية التركية، الأربعاء، استعداد أنقرة لاستضافة جولة جديدة من المفاوضات بين "
             "الأطراف المعنية بهدف التوصل إلى حل سياسي.\n\n"
             "وقال المتحدث باسم الوزارة في بيان إن بلاده على اتصال دائم مع جميع الأطراف من أجل دعم جهود "
             "السلام.\n",
        headline="تركيا تعلن استعدادها لاستضافة جولة جديدة من المفاوضات",
        deck=None, agency="Anadolu Agency", published="2024-03-20",
        first="أعلنت وزارة الخارجية التركية", last="دعم جهود السلام.", paras=2, junk=("أنقرة/ الأناضول",)),
    "generic_agencies_is_none": dict(
        text="الرئيسية\nالعالم\n\nزلزال بقوة ست درجات يضرب جنوب غرب اليابان\n"
             "الخميس 4 أبريل 2024\nطوكيو - وكالات\n\n"
             "ضرب زلزال بقوة ست درجات على مقياس ريختر جنوب غرب اليابان، صباح الخميس، دون أن ترد تقارير فورية "
             "عن وقوع إصابات أو أضرار.\n\n"
             "وقالت هيئة الأرصاد الجوية اليابانية إنه لا يوجد خطر من حدوث موجات مد عاتية بعد الزلزال.\n",
        headline="زلزال بقوة ست درجات يضرب جنوب غرب اليابان",
        deck=None, agency=None, published="2024-04-04",
        first="ضرب زلزال بقوة ست درجات", last="بعد الزلزال.", paras=2, junk=("طوكيو - وكالات",)),
    # a 'latest news' box of dated teasers right above the article
    "dated_teasers_above_story": dict(
        text="الرئيسية\nآخر الأخبار\nارتفاع أسعار الذهب في الأسواق المحلية اليوم\nمنذ ساعتين\n"
             "انطلاق موسم الرياض بمشاركة واسعة من الزوار\nمنذ 3 ساعات\n\n"
             "الكويت تعلن خطة لتطوير البنية التحتية في المناطق الجديدة\n"
             "الخميس 22 يوليو 2021\nالكويت (كونا)\n\n"
             "أعلنت الحكومة الكويتية، الخميس، خطة شاملة لتطوير البنية التحتية في المناطق السكنية الجديدة "
             "تشمل الطرق وشبكات الكهرباء والمياه.\n\n"
             "وقال وزير الأشغال العامة إن تنفيذ الخطة سيبدأ مطلع العام المقبل على عدة مراحل بالتعاون مع "
             "القطاع الخاص.\n",
        headline="الكويت تعلن خطة لتطوير البنية التحتية في المناطق الجديدة",
        deck=None, agency="KUNA", published="2021-07-22",
        first="أعلنت الحكومة الكويتية", last="بالتعاون مع القطاع الخاص.", paras=2,
        junk=("ارتفاع أسعار الذهب", "منذ ساعتين", "الكويت (كونا)")),
    # a deck that ends with a full stop; ISO-like date with time
    "deck_with_full_stop_iso_date": dict(
        text="الرئيسية\nاقتصاد\n\nالبنك الدولي يتوقع تباطؤ النمو في المنطقة العربية\n"
             "تقرير جديد يحذر من أثر التوترات الجيوسياسية.\n2024-04-04 14:05\n\n"
             "توقع البنك الدولي في تقرير حديث تباطؤ النمو الاقتصادي في المنطقة العربية خلال العام الجاري، "
             "بسبب التوترات الجيوسياسية وتراجع إنتاج النفط.\n\n"
             "وأشار التقرير إلى أن الدول المستوردة للنفط ستواجه ضغوطا أكبر بسبب ارتفاع تكاليف الاقتراض "
             "وتراجع الاستثمارات.\n",
        headline="البنك الدولي يتوقع تباطؤ النمو في المنطقة العربية",
        deck="تقرير جديد يحذر من أثر التوترات الجيوسياسية.", agency=None, published="2024-04-04T14:05",
        first="توقع البنك الدولي", last="وتراجع الاستثمارات.", paras=2, junk=("تقرير جديد يحذر",)),
}


P_GOV = [
    "قال المتحدث باسم الحكومة في مؤتمر صحفي إن الإجراءات الجديدة تهدف إلى تعزيز الاستقرار الاقتصادي وحماية "
    "الفئات الأكثر تضررا من ارتفاع الأسعار.",
    "وأضاف أن الحكومة ستعمل بالتنسيق مع البنك المركزي على متابعة تنفيذ هذه الإجراءات خلال الأشهر المقبلة "
    "وتقييم نتائجها بشكل دوري.",
    "وكانت أسعار السلع الأساسية قد شهدت ارتفاعا ملحوظا خلال الفترة الماضية، ما أثار انتقادات واسعة من "
    "جانب المواطنين والبرلمانيين.",
]
H_GOV = "الحكومة تعلن حزمة إجراءات لمواجهة ارتفاع الأسعار"


def gov(head, tail="", paras=P_GOV):
    return head + "\n\n" + para(paras) + "\n\n" + tail


LAYOUTS.update({
    # the outlet's masthead, a credit 'outlet - writer', 'نشر في' and 'آخر تحديث' with a zone, a tags line
    "masthead_outlet_writer_credit": dict(
        text=gov("العربية\nالرئيسية\nأخبار\nاقتصاد\n\n" + H_GOV + "\nالعربية.نت - محمد علي\n"
                 "نشر في: 05 مارس ,2024: 10:22 ص GST\nآخر تحديث: 05 مارس ,2024: 12:40 م GST",
                 "الوسوم: اقتصاد، أسعار\nاقرأ أيضا\nالذهب يرتفع\n"),
        headline=H_GOV, deck=None, agency=None, published="2024-03-05T10:22",
        first=P_GOV[0], last=P_GOV[-1], paras=3, junk=("العربية.نت", "الوسوم", "الذهب يرتفع")),
    # 'المدينة - وكالة - التاريخ' on one line
    "dateline_city_agency_date": dict(
        text=gov("الرئيسية\nاقتصاد\n\n" + H_GOV + "\nالقاهرة - رويترز - 5 مارس 2024"),
        headline=H_GOV, deck=None, agency="Reuters", published="2024-03-05",
        first=P_GOV[0], last=P_GOV[-1], paras=3, junk=("القاهرة - رويترز",)),
    # photo captions and an ad label between paragraphs do not end the story
    "captions_and_ad_between_paragraphs": dict(
        text="الرئيسية\nاقتصاد\n\n" + H_GOV + "\n5 مارس 2024\n\n" + P_GOV[0] + "\n\n(صورة: رويترز)\nإعلان\n\n"
             + P_GOV[1] + "\n\nجانب من المؤتمر الصحفي (أرشيفية)\n\n" + P_GOV[2] + "\n\nشارك\n",
        headline=H_GOV, deck=None, agency=None, published="2024-03-05",
        first=P_GOV[0], last=P_GOV[-1], paras=3, junk=("(صورة: رويترز)", "إعلان", "أرشيفية")),
    # 'المصدر: <full agency name> (<short form>)' after the story
    "source_full_agency_name_after": dict(
        text=gov("الرئيسية\nاقتصاد\n\n" + H_GOV + "\n5 مارس 2024", "المصدر: وكالة الأنباء الألمانية (د ب أ)\n"),
        headline=H_GOV, deck=None, agency="Deutsche Presse-Agentur", published="2024-03-05",
        first=P_GOV[0], last=P_GOV[-1], paras=3, junk=("المصدر",)),
    # a question for a headline, in the page title with the site's name and above the story; a 'most read' box
    "question_headline_in_title_and_page": dict(
        text=gov("لماذا ترتفع الأسعار رغم إجراءات الحكومة؟ - موقع الاقتصاد\nالرئيسية\nاقتصاد\nسياسة\nرياضة\n"
                 "فيديو\nمنوعات\nالأكثر قراءة\nالذهب يرتفع في السوق المحلية\nالدولار يستقر أمام الجنيه\n\n"
                 "لماذا ترتفع الأسعار رغم إجراءات الحكومة؟\n\nالثلاثاء، 05 مارس 2024 - 10:22 ص"),
        headline="لماذا ترتفع الأسعار رغم إجراءات الحكومة؟", deck=None, agency=None,
        published="2024-03-05T10:22", first=P_GOV[0], last=P_GOV[-1], paras=3,
        junk=("موقع الاقتصاد", "الذهب يرتفع", "الدولار يستقر")),
    # '... - (رويترز)' closing the last paragraph; a numeric day-first date
    "dash_agency_closes_story": dict(
        text=gov("الرئيسية\nاقتصاد\n\n" + H_GOV + "\n5/3/2024", paras=P_GOV[:2] + [P_GOV[2][:-1] + " - (رويترز)"]),
        headline=H_GOV, deck=None, agency="Reuters", published="2024-03-05",
        first=P_GOV[0], last="والبرلمانيين - (رويترز)", paras=3, junk=()),
    # a video page: its duration line is neither deck nor body
    "video_duration_line": dict(
        text=gov("الرئيسية\nفيديو\n\nشاهد: لحظة انهيار مبنى سكني في القاهرة\nمدة الفيديو 02:15\n"
                 "الخميس 4 أبريل 2024", paras=P_GOV[:2]),
        headline="شاهد: لحظة انهيار مبنى سكني في القاهرة", deck=None, agency=None, published="2024-04-04",
        first=P_GOV[0], last=P_GOV[1], paras=2, junk=("مدة الفيديو",)),
    # the headline printed twice with different quote marks is still one headline (no deck)
    "headline_twice_different_quotes": dict(
        text=gov("الرئيسية\nسياسة\n\n«الخارجية»: لا تغيير في موقفنا من الأزمة\nالخميس 4 أبريل 2024\n\n"
                 "\"الخارجية\": لا تغيير في موقفنا من الأزمة", paras=P_GOV[:2]),
        headline="\"الخارجية\": لا تغيير في موقفنا من الأزمة", deck=None, agency=None, published="2024-04-04",
        first=P_GOV[0], last=P_GOV[1], paras=2, junk=("الخارجية»",)),
    # a breadcrumb ending with the article's own title
    "breadcrumb_ends_with_headline": dict(
        text=gov("الرئيسية > أخبار > اقتصاد > " + H_GOV + "\n\n" + H_GOV + "\nالثلاثاء 5 مارس 2024\nالقاهرة - الأناضول",
                 paras=P_GOV[:2]),
        headline=H_GOV, deck=None, agency="Anadolu Agency", published="2024-03-05",
        first=P_GOV[0], last=P_GOV[1], paras=2, junk=("الرئيسية",)),
    # direction marks and no-break spaces around the headline's copies; a spaced tatweel as the dateline's dash;
    # Arabic-Indic time before the date
    "marks_nbsp_tatweel_dash": dict(
        text=gov("الرئيسية\nاقتصاد\nسياسة\n\n\u200f" + H_GOV + "\u200f\n\n" + H_GOV.replace(" ", "\u00a0") +
                 "\n١٠:٢٢ ص ٠٥/٠٣/٢٠٢٤\nالقاهرة ـ الأناضول"),
        headline=H_GOV.replace(" ", "\u00a0"), deck=None, agency="Anadolu Agency", published="2024-03-05T10:22",
        first=P_GOV[0], last=P_GOV[-1], paras=3, junk=("الأناضول",)),
})


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_arabic_layout(name):
    case = LAYOUTS[name]
    d = run(case["text"])
    a = d["article"]
    t = d["text"]
    assert a["headline"] == case["headline"], a
    s, e = d["headline_span"]
    assert t[s:e] == a["headline"]
    assert a["deck"] == case["deck"], a
    assert a["agency"] == case["agency"], a
    assert a["published"] == case["published"], a
    assert a["language"] == "ar"
    body = a["body"]
    assert body == "\n".join(t[s:e] for s, e in d["paragraphs"])
    assert body.startswith(case["first"]), body[:120]
    assert body.endswith(case["last"]), body[-120:]
    assert len(d["paragraphs"]) == case["paras"], body
    assert a["headline"] not in body
    for junk in case["junk"]:
        assert junk not in body, junk
    if case.get("deck"):
        assert case["deck"] not in body
    if "tags" in case:
        assert a["tags"] == case["tags"]
    # the headline, however often printed, is never boilerplate
    assert a["headline"] not in a["boilerplate"]


def test_bundled_samples():
    from pathlib import Path

    samples = Path(__file__).resolve().parent.parent / "src" / "marsad" / "samples"
    if not samples.is_dir():
        pytest.skip("samples not present")
    a = run((samples / "ar_saudi_iran_beijing.txt").read_text(encoding="utf-8"))["article"]
    assert a["headline"] == "السعودية وإيران تتفقان على استئناف العلاقات الدبلوماسية برعاية صينية"
    assert a["deck"] == "اتفاق ينهي قطيعة استمرت سبع سنوات بين البلدين"
    assert a["agency"] == "Anadolu Agency"
    assert a["published"] == "2023-03-10T14:20"
    assert a["body"].startswith("اتفقت المملكة العربية السعودية وإيران")
    assert "بكين - الأناضول" not in a["body"] and "اتفاق ينهي" not in a["body"]
    assert a["headline"] not in a["boilerplate"]

    a = run((samples / "ar_sudan_sit_in.txt").read_text(encoding="utf-8"))["article"]
    assert a["headline"] == "آلاف المتظاهرين يعتصمون أمام مقر قيادة الجيش في الخرطوم"
    assert a["agency"] == "Reuters" and a["published"] == "2019-04-08"
    assert a["body"].startswith("واصل آلاف المتظاهرين") and a["body"].endswith("إلى مطالب الشعب.")
    assert "الخرطوم (رويترز)" not in a["body"]

    a = run((samples / "en_helsinki_summit.txt").read_text(encoding="utf-8"))["article"]
    assert a["headline"] == "Trump and Putin hold first summit in Helsinki"
    assert a["agency"] == "Reuters" and a["published"] == "2018-07-16"
    assert a["body"].startswith("HELSINKI (Reuters) - U.S. President")
    assert "By Staff Reporter" not in a["body"] and "July 16, 2018" not in a["body"]


@pytest.mark.parametrize("line,agency", [
    ("بكين - الأناضول", "Anadolu Agency"), ("الخرطوم (رويترز)", "Reuters"), ("رويترز - فيينا", "Reuters"),
    ("أنقرة/ الأناضول", "Anadolu Agency"), ("(الأناضول)", "Anadolu Agency"), ("المصدر: رويترز", "Reuters"),
    ("الرياض (واس)", "SPA"), ("القاهرة - أ ش أ", "MENA"), ("دمشق - سانا", "SANA"),
    ("بغداد - وكالة الأنباء العراقية", "INA"), ("القاهرة - رويترز - 5 مارس 2024", "Reuters"),
    ("HELSINKI (Reuters) -", "Reuters"),
    ("(صورة: رويترز)", None), ("(Reed Saxon / Associated Press)", None), ("غزة - مراسل الجزيرة نت", None),
    ("طوكيو - وكالات", None), ("قال لرويترز إن الاتفاق قريب", None),
])
def test_dateline_agency(line, agency):
    from marsad.page.reader import dateline_agency

    assert dateline_agency(line) == agency


@pytest.mark.parametrize("line,kind", [
    ("الثلاثاء 24 شعبان 1445 هـ - 5 مارس 2024 م", "date"), ("آخر تحديث: الأربعاء ٢٠ مارس ٢٠٢٤", "date"),
    ("الأحد 5 رمضان 1445 هـ", "date"), ("10:30 ص", "date"), ("14:2010/03/2023, الجمعة", "date"),
    ("كتبت: سارة محمود", "byline"), ("بقلم: أحمد حسن", "byline"), ("من مراسلنا في بيروت", "byline"),
    ("غزة - مراسل الجزيرة نت", "byline"), ("صورة أرشيفية لمقر منظمة أوبك في فيينا", "caption"),
    ("(صورة: رويترز)", "caption"), ("بكين - الأناضول", "agency"), ("العربية.نت - محمد علي", "credit"),
    ("الرئيسية > أخبار > سياسة", "furniture"), ("1.2K مشاركة", "furniture"), ("٣٤ تعليق", "furniture"),
    ("شارك 245", "furniture"), ("3 دقائق للقراءة", "furniture"),
    ("السعودية وإيران تتفقان على استئناف العلاقات الدبلوماسية برعاية صينية", ""),
    ("مقتل 5 أشخاص في غارة على مدينة خان يونس", ""),
])
def test_header_kind(line, kind):
    from marsad.page.lines import split_lines
    from marsad.page.reader import header_kind

    assert header_kind(split_lines(line)[0]) == kind

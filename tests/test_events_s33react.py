"""The reaction's recipient fallback, session 33 (track s33react): a reaction with no recipient takes the story's last
actor only when its object names an act (a condemnation of an attack, a denial of accusations), the party is named right
after it, or it is told to a second person the sentence names; a reaction left without a recipient still lends its day
to the story's (stage._story_day_default). Texts from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party

GAZA = 'مسيرات غزة: مشاركة حاشدة في تشييع جنازة المسعفة الفلسطينية رزان النجار\n\nشيّع آلاف الفلسطينيين في قطاع غزة جنازة مسعفة متطوعة قتلها الجيش الإسرائيلي أثناء الاحتجاجات على حدود القطاع مع إسرائيل.\nوقُتلت رزان النجار، 21 عاما، بالرصاص أثناء ركضها تجاه الجدار الحدودي، الجمعة، لمساعدة أحد المصابين، حسبما ذكر مسؤولو الصحة الفلسطينيون.\nوقال الجيش الإسرائيلي إنه سيحقق في وفاة المسعفة الطبية.\nوفي وقت متأخر السبت، أطلقت عدة صواريخ من غزة، وردّت إسرائيل بغارات جوية استمرت ساعات على مواقع تابعة لكتائب القسام، الجناح العسكري لحركة المقاومة الإسلامية "حماس" التي تسيطر على قطاع.'

MISMARI = 'مرسوم بـ"عفو عام" من الأسد بشأن "الفارين" في سوريا\n\nدبي، الإمارات العربية المتحدة (CNN)-- أصدر الرئيس السوري، بشار الأسد، مرسوما تشريعيا بشأن "الفارين" من الخدمة العسكرية في بلاده، وفقا لما نقلته وكالة الأنباء السورية (سانا)، الثلاثاء.\n"هدية".. بهذه الكلمة وصف العميد أحمد المسماري، المتحدث باسم الجيش الليبي، نبأ القبض على "الإرهابي المصري هشام عشماوي"، الإثنين، واصفا إياه بـ"بالإرهابي الأخطر".'

KERRY = 'ترامب يهاجم "دبلوماسي الظل" بعد اجتماع "غير قانوني" مع إيران\n\nهاجم الرئيس الأميركي دونالد ترامب وزير الخارجية السابق جون كيري يوم الاثنين لاجتماعه مع وزير الخارجية الإيراني جواد ظريف مؤخرا، قائلا إن "دبلوماسية الظل" تلك غير قانونية، وتقوض مساعيه التفاوضية بشأن اتفاق نووي جديد، حسبما أورد موقع بوليتيكو.\nوقال ترامب : "الولايات المتحدة لا تحتاج إلى دبلوماسية الظل غير القانونية لجون كيري، في صفقة إيران التي تم التفاوض بشأنها بشكل سيئ". وأضاف:" هو من خلق هذه الفوضى".\nووفقا لتقرير نشرته صحيفة "بوسطن غلوب" الجمعة، فقد اجتمع كيري مؤخرا بوزير الخارجية الإيراني جواد ظريف في الأمم المتحدة "لمناقشة سبل الحفاظ على الاتفاقية التي تحد من برنامج الأسلحة النووية الإيراني".\nوجاء هذا الاجتماع، وفقا للتقرير، كجزء من حملة قام بها وزير الخارجية السابق للحفاظ على الاتفاق، وهو إنجاز يتوج فترة ولايته في عهد الرئيس السابق باراك أوباما، لكنه محط انتقادات واسعة.'


def test_a_dropped_reaction_still_tells_the_storys_day(pipe):
    # "وقال الجيش الإسرائيلي إنه سيحقق" names no one; the Friday its sentence carries still dates the killing
    doc = full(pipe, GAZA, "2018-06-03T00:15")
    killed = [e for e in factual(doc, "ASSAULT") if "Israel" in party(doc, e["actors"])]
    assert killed and all(e["date"][:10] in ("2018-06-01", "2018-06-02") for e in killed)
    assert any(e["date"][:10] == "2018-06-01" for e in killed)


def test_a_description_of_news_takes_no_recipient_from_the_story(pipe):
    # "بهذه الكلمة وصف العميد أحمد المسماري ... نبأ القبض على": no act of Assad's, the actor of the story before
    doc = full(pipe, MISMARI, "2018-10-09T07:18")
    assert not any("Assad" in party(doc, e["recipients"]) for e in doc["events"] if "المسماري" in party(doc, e["actors"]))


def test_criticism_drawn_is_not_obamas_of_kerry(pipe):
    # "كجزء من حملة ... لكنه محط انتقادات واسعة": no one criticises Kerry in the story's last actor's name
    doc = full(pipe, KERRY, "2018-05-07T16:57")
    assert not any("Obama" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))
    assert any("Trump" in party(doc, e["actors"]) and "Kerry" in party(doc, e["recipients"])
               for e in factual(doc, "ACCUSE"))


BERLIN = ("ألمانيا: الأدلة تشير إلى مسؤولية الأسد\n\n"
          "واتهم الجيشان الروسي والسوري طائرات حربية إسرائيلية بتنفيذ ضربات على قاعدة \"تيفور\" الجوية باستخدام "
          "طائرات \"إف15\" أمريكية الصنع.\n"
          "وقالت ألمانيا إن الأدلة تشير إلى مسؤولية الأسد عما وُصف بأنه هجوم كيميائي على دوما.\n"
          "وأدانت برلين \"الهجوم الكيميائي\" على مدينة دوما بالغوطة الشرقية، وقالت إن الأدلة تشير إلى أن نظام "
          "الرئيس بشار الأسد هو المسؤول عن الهجوم.")


def test_a_condemned_attack_still_names_someone(pipe):
    # an act object (الهجوم) keeps the reaction: Berlin's condemnation is coded
    doc = full(pipe, BERLIN, "2018-04-09T14:29")
    assert any("Germany" in party(doc, e["actors"]) or "Berlin" in party(doc, e["actors"])
               for e in factual(doc, "ACCUSE"))


def test_second_person_words():
    from marsad.events.stage import _second_person
    assert _second_person("جانبك") and _second_person("اهنيكم") and _second_person("نشكركم")
    assert not any(_second_person(w) for w in ("ذلك", "البنك", "المشترك", "انتهاك", "اشتباك"))


HRW = '(CNN)-- قضت محكمة في مدينة يانجون بميانمار بسجن اثنين من صحفيي وكالة أنباء رويترز 7 سنوت، بتهمة خرق قانون الأسرار الرسمية في الدولة.\nوتم احتجاز الصحفيين وا لون ، 32 عاما ، وكياو سو أو ، 28 عاما ، في ديسمبر/ كانون الأول 2017، بعد إجراء\xa0تحقيق\xa0في القتل الجماعي لعدد من القرويين الروهينجا في ولاية راخين بميانمار.\nبعد صدور الحكم، تمسك كياو بموقفه المطالب بالبراءة، لكنه أضاف أن الحكم لم يكن مفاجئا بالنسبة له، مضيفا: "لم نخطئ" و"نحن لم نشعر بالصدمة من الحكم".\n\xa0ووصف رئيس تحرير رويترز ، ستيفن أدلر، ما حدث بـ"يوم حزين" بالنسبة إلى الوكالة والرجلين و"الصحافة في كل مكان". فيما اعتبر فيل روبرتسون، نائب مدير منظمة "مراقبة حقوق الإنسان" في هيومن رايتس ووتش، الأمر بأنه "ضربة قاسية" للصحافة الحرة في البلاد، حسب تغريدته على موقع "تويتر".'


def test_the_matter_judged_after_an_apposition_keeps_the_courts_ruling(pipe):
    # "فيما اعتبر فيل روبرتسون، نائب مدير منظمة ... في هيومن رايتس ووتش، الأمر بأنه ضربة قاسية": the ruling's court
    doc = full(pipe, "سجن صحفيين من رويترز 7 سنوات بتهمة خرق قانون الأسرار الرسمية في ميانمار\n\n" + HRW,
               "2018-09-03T05:08")
    assert any("روبرتسون" in party(doc, e["actors"]) and "محكمة" in party(doc, e["recipients"])
               for e in factual(doc, "ACCUSE"))

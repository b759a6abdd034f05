"""Session 27 (track s27parties): parties of passive acts.  A perfect of accusing with its charge (ب) right after it,
or after a time word, is the passive (اُتُّهم) also outside a relative clause: no party of the sentence accuses
(stage._passive_charge_at).  An agent phrase (من قبل، على يد، على أيدي) after the act and the party it was done to,
with only parties and time words between, names the doer (precision.distant_agent).  Sentences from the corpus."""
from conftest import full, sides


def test_passive_accusation_after_time_word(pipe):
    text = ("ترامب يهاجم وزير العدل لمحاكمة عضوين جمهوريين بالكونغرس\n\n"
            "ويأتي انتقاد ترامب الأخير لسيشنز قبل شهرين تقريبا من إجراء انتخابات نصف المدة في 6 نوفمبر/تشرين الثاني. "
            "ويسعى الديمقراطيون فيها إلى السيطرة على مجلس النواب من الجمهوريين.\nمن هما عضوا الكونغرس؟\n"
            "وكان العضو كريستوفر كولينز قد اتهم الشهر الماضي بالمشاركة في خطة تلاعب في تعاملات البوصة.")
    evs = sides(full(pipe, text), "ACCUSE")
    assert not any("كولينز" in a for a, r, _ in evs), evs


def test_passive_accusation_of_counted_people(pipe):
    text = ("ليبيا: مذكرات توقيف بحق أكثر من 200 متهم بتهريب المهاجرين والاتجار بالبشر\n\n"
            "أصدر القضاء الليبي الأربعاء مذكرات توقيف بحق 205 أشخاص اتهموا بتهريب المهاجرين والاتجار بالبشر والتعذيب "
            "والقتل والاغتصاب.")
    evs = sides(full(pipe, text), "ACCUSE")
    assert not any("المهاجرين" in r for a, r, _ in evs), evs


def test_active_accusation_kept(pipe):
    doc = full(pipe, "واتهم الرئيس التركي الولايات المتحدة بدعم الإرهاب.")
    evs = sides(doc, "ACCUSE")
    assert any("Erdo" in a and "United States" in r for a, r, _ in evs), evs


def test_killed_by_police_after_time_words(pipe):
    text = ("مذكرة توقيف ضد \"المرشد التونسي\" في هجوم سوق الميلاد\n\n"
            "وكان أنيس العامري (23 عاما) اقتحم بشاحنته سوقا ميلادية في برلين في 19 ديسمبر 2016 ودهس جمعا من المارة مما "
            "أسفر عن مقتل 12 شخصا وإصابة 46 آخرين في اعتداء تبناه تنظيم داعش. وقتل العامري بعد ذلك بأربعة أيام على "
            "أيدي الشرطة في شمال إيطاليا التي فر إليها.")
    evs = [x for x in sides(full(pipe, text), "ASSAULT") if x[2]["trigger"]["text"] == "وقتل"]
    assert evs and all("الشرطة" in a and "الشرطة" not in r for a, r, _ in evs), evs


def test_sanctions_by_agent_phrase(pipe):
    text = ("تركيا تسمح لواشنطن بزيارة القس الأمريكي\n\n"
            "وأعلنت وكالة الأناضول، الثلاثاء، أن محامي القس الأمريكي، إسماعيل جيم هالافورت، تقدم بطعن إلى محكمة إزمير "
            "الجزائية الثانية على قرار صادر من القضاء التركي بفرض الإقامة الجبرية وحظر السفر على برونسون.\n"
            "وتصاعدت الأزمة بين الولايات المتحدة وتركيا مؤخرا على خلفية احتجاز أنقرة للقس الأمريكي برونسون، إذ تم فرض "
            "عقوبات من قبل وزارة الخزانة الأمريكية على وزيري العدل والداخلية التركيين.")
    evs = [x for x in sides(full(pipe, text), "SANCTION") if "عقوبات" in x[2]["trigger"]["text"]]
    assert evs and all("Treasury" in a and "Treasury" not in r and "برونسون" not in a for a, r, _ in evs), evs


def test_agent_of_another_noun_not_taken(pipe):
    # a noun no party stands between: its من قبل names the doer of that noun (the answer), not of the appeal
    doc = full(pipe, "ويدعو الاتحاد الأوروبي لاستجابة فورية من قبل المجتمع الدولي.")
    evs = sides(doc, "REQUEST")
    assert any("European Union" in a for a, r, _ in evs), evs


def test_agent_phrase_after_apposition(pipe):
    text = ("الصدر يدين الإقامة الجبرية لعيسى قاسم\n\n"
            "دبي، الإمارات العربية المتحدة (CNN)-- تباين موقف مقتدى الصدر، زعيم التيار الصدر الشيعي في العراق، "
            "الثلاثاء، حول وضع رجل الدين الشيعي عيسى قاسم قيد الإقامة الجبرية في البحرين، واعتقال حسين الشيرازي، نجل "
            "زعيم الطائفة الشيعية الشيرازية صادق الشيرازي، من قبل السلطات الإيرانية.")
    evs = [x for x in sides(full(pipe, text), "COERCE") if x[2]["trigger"]["text"] == "واعتقال"]
    assert evs and all("السلطات الإيرانية" in a and "الشيرازي" in r for a, r, _ in evs), evs


def test_comma_joined_co_subjects(pipe):
    doc = full(pipe, "وفي 5 يونيو من العام الماضي، قطعت السعودية، والإمارات، والبحرين، ومصر علاقاتها الدبلوماسية والتجارية "
                     "مع قطر.")
    evs = sides(doc, "SANCTION")
    assert evs and not any("United Arab Emirates" in r or "Bahrain" in r for a, r, _ in evs), evs
    assert any("United Arab Emirates" in a and "Qatar" in r for a, r, _ in evs), evs


def test_comma_object_after_object_kept(pipe):
    doc = full(pipe, "اتهم الرئيس الأمريكي ترامب الصين، وروسيا بالتدخل في الانتخابات.")
    evs = sides(doc, "ACCUSE")
    assert any("Trump" in a and "China" in r for a, r, _ in evs), evs


def test_unknown_name_before_charge_is_no_passive():
    from marsad.events.stage import EventStage
    from marsad.lang.ar import tokenize

    class St:
        ments = []
    text = "وقالت الوكالة إن ممثل الإدعاء اتهم برانسون بأنه مسؤول تنفيذي في الجماعة."
    toks = tokenize(text)
    te = next(i for i, t in enumerate(toks) if t.norm == "اتهم") + 1
    assert not EventStage._passive_charge_at(St, toks, [], te)
    text = "وكان العضو قد اتهم الشهر الماضي بالمشاركة في خطة تلاعب."
    toks = tokenize(text)
    te = next(i for i, t in enumerate(toks) if t.norm == "اتهم") + 1
    assert EventStage._passive_charge_at(St, toks, [], te)

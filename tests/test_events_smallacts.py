"""Small verbal and giving acts: REQUEST and THREATEN with or without a named target, CONCEDE (apologies, pardons,
amnesties), AID given by several states together. Short news-style sentences (real phrasing)."""
from __future__ import annotations

from conftest import full, party


def _events(doc, typ, factual=True):
    return [e for e in doc["events"] if e["type"] == typ and (not factual or not (e["negated"] or e["hypothetical"]))]


def test_a_decimal_point_is_no_full_stop(pipe):
    # the aid's recipient named before the noun and the sum "2.5" between: one clause, the givers all three
    doc = full(pipe, "ذكرت وكالة الأنباء الرسمية السعودية أن الإمارات والكويت والسعودية قدمت إلى الأردن حزمة مساعدات "
                     "بقيمة 2.5 مليار دولار إلى الأردن.")
    ev = _events(doc, "AID")
    assert ev, doc["events"]
    acts = party(doc, ev[0]["actors"])
    assert all(x in acts for x in ("Emirates", "Kuwait", "Saudi")), acts
    assert "Jordan" in party(doc, ev[0]["recipients"])


def test_a_sum_with_a_decimal_point_keeps_the_recipient(pipe):
    doc = full(pipe, "وقدمت الولايات المتحدة أكثر من 1.5 مليار دولار من المساعدات العسكرية للبنان منذ عام 2006.")
    ev = _events(doc, "AID")
    assert ev and "Lebanon" in party(doc, ev[0]["recipients"]) and "United States" in party(doc, ev[0]["actors"])


def test_a_call_without_an_addressee_by_a_named_official(pipe):
    doc = full(pipe, "ودعا الأمين العام للأمم المتحدة إلى إجراء تحقيق مستقل يوم الخميس.")
    ev = _events(doc, "REQUEST")
    assert ev and "الأمين العام" in party(doc, ev[0]["actors"]) and not ev[0]["recipients"]


def test_a_headline_call_and_threat_by_a_state(pipe):
    doc = full(pipe, "بريطانيا تطالب بتحقيق دولي لتحديد سبل وصول الصواريخ للحوثيين")
    ev = _events(doc, "REQUEST")
    assert ev and "United Kingdom" in party(doc, ev[0]["actors"])
    doc = full(pipe, "إيطاليا تهدد باحتجاز سفينة تقل 234 مهاجرا في البحر المتوسط")
    ev = _events(doc, "THREATEN")
    assert ev and "Italy" in party(doc, ev[0]["actors"])


def test_a_circumstantial_call_takes_the_main_clause_subject(pipe):
    doc = full(pipe, "وأعرب لافروف عن قلقه من التصعيد بين إيران وإسرائيل، داعياً للحوار.")
    ev = _events(doc, "REQUEST")
    assert ev and "Lavrov" in party(doc, ev[0]["actors"])


def test_a_warning_that_the_speaker_may_act_is_a_threat(pipe):
    doc = full(pipe, "حذرت بريطانيا من أنها قد تسحب رخصة عمل شبكة روسيا اليوم الإعلامية في بريطانيا.")
    ev = _events(doc, "THREATEN")
    assert ev and "United Kingdom" in party(doc, ev[0]["actors"])
    doc = full(pipe, "حذرت مدعية المحكمة الجنائية الدولية فاتو بنسودا الأحد من أن المحكمة يمكن أن تحاكم مرتكبي الفظائع "
                     "في قطاع غزة.")
    ev = _events(doc, "THREATEN")
    assert ev and "بنسودا" in party(doc, ev[0]["actors"])


def test_a_warning_of_a_danger_is_no_threat(pipe):
    for s in ("وحذرت الأمم المتحدة من أن الوضع بدأ يصبح خارج السيطرة.",
              "وحذر أوغلو من أن قصف إدلب والمدنيين سيكون مذبحة.",
              "وحذر خبراء الأرصاد الجوية من أن أجزاء من المنطقة قد تشهد هطولا غزيرا للأمطار."):
        assert not _events(full(pipe, s), "THREATEN", factual=False), s


def test_no_untargeted_call_from_an_object_or_a_description(pipe):
    for s in ("مسؤول سابق في الفاتيكان يدعو البابا فرانسيس للاستقالة",
              "ويشعر اللاجئون بالقلق بعد أن ارتفعت نسبة المؤيدين لقوى اليمين التي تدعو إلى ترحيل اللاجئين.",
              "وتطالب إسرائيل بالمدينة بأكملها عاصمة أبدية لها.",
              "وقال إنه يناشد الجميع عدم التركيز على الواقعة، مطالبا بالتركيز على النموذج."):
        doc = full(pipe, s)
        assert not [e for e in _events(doc, "REQUEST", factual=False) if not e["recipients"]], s


def test_a_leader_calls_on_his_own_people(pipe):
    doc = full(pipe, "اعتبر الرئيس السوري بشار الأسد أن الأولوية الحالية للنظام هي بسط السيطرة على محافظة إدلب، داعيا "
                     "السوريين إلى العودة لبلادهم.")
    ev = _events(doc, "REQUEST")
    assert ev and "Assad" in party(doc, ev[0]["actors"]) and "Syria" in party(doc, ev[0]["recipients"])


def test_a_deadline_given_is_a_demand(pipe):
    doc = full(pipe, "وأمهل ترمب وزارة الخزانة 60 يوما لإعداد قيود استثمارية.")
    ev = [e for e in _events(doc, "REQUEST") if e["mode"] == "ultimatum"]
    assert ev and "Trump" in party(doc, ev[0]["actors"]) and "وزارة" in party(doc, ev[0]["recipients"])
    doc = full(pipe, "وقررت الولايات المتحدة إمهال السعودية بضعة أيام لتقديم توضيحات حول اختفاء خاشقجي.")
    ev = [e for e in _events(doc, "REQUEST") if e["mode"] == "ultimatum"]
    assert ev and "United States" in party(doc, ev[0]["actors"]) and "Saudi" in party(doc, ev[0]["recipients"])


def test_a_deadline_granted_is_a_demand_not_aid(pipe):
    # s26consult: منح / أعطى with مهلة after it is the ultimatum أمهل tells (corpus phrasing)
    doc = full(pipe, "ومنحت المحكمة الحكومة الفرنسية مهلة 72 ساعة لجمع المعلومات الإضافية الضرورية لاتخاذ قرار.")
    ev = [e for e in _events(doc, "REQUEST") if e["mode"] == "ultimatum"]
    assert ev and "France" in party(doc, ev[0]["recipients"]), doc["events"]
    assert not _events(doc, "AID", factual=False)
    doc = full(pipe, "أعطت مجموعة العمل المالي إيران مهلة جديدة حتى شباط/فبراير المقبل للتقيد بالمعايير الدولية لمكافحة تبييض الأموال.")
    ev = [e for e in _events(doc, "REQUEST") if e["mode"] == "ultimatum"]
    assert ev and "Iran" in party(doc, ev[0]["recipients"]), doc["events"]
    # the verbal noun after a verb of announcing: the one given is its genitive, the giver the announcer
    doc = full(pipe, "وكانت الإمارات قد أعلنت منح الحوثيين مهلة للانسحاب من المدينة والميناء دون قتال.")
    ev = [e for e in _events(doc, "REQUEST") if e["mode"] == "ultimatum"]
    assert ev and "Emirates" in party(doc, ev[0]["actors"]) and "Houthi" in party(doc, ev[0]["recipients"])


def test_no_deadline_without_a_time_or_to_a_diplomat(pipe):
    doc = full(pipe, "إلا أن الموت لم يمهلها تحقيق مشاريعها وأحلامها.")
    assert not _events(doc, "REQUEST", factual=False)
    doc = full(pipe, "وأمهلت الكويت سفير الفلبين أسبوعا لمغادرة أراضيها.")
    assert not [e for e in doc["events"] if e["mode"] == "ultimatum"]


def test_an_apology_for_words_about_a_group_is_made_to_it(pipe):
    doc = full(pipe, "قدم الرئيس الفلسطيني محمود عباس اعتذاره، الجمعة، عن تصريحاته حول اليهود.")
    ev = _events(doc, "CONCEDE")
    assert ev and "Abbas" in party(doc, ev[0]["actors"]) and "اليهود" in party(doc, ev[0]["recipients"])


def test_a_pardon_received_is_granted_by_the_head_of_state_the_story_names(pipe):
    doc = full(pipe, "حصل الزعيم الماليزي المسجون، أنور إبراهيم، على عفو شامل، الأربعاء، وخرج حراً من مستشفى بكوالالمبور. "
                     "وكان محاطا بحراس السجن قبل أن يستقل سيارة إلى القصر للقاء الملك.")
    ev = _events(doc, "CONCEDE")
    assert ev and "Anwar" in party(doc, ev[0]["recipients"]) and "King of Malaysia" in party(doc, ev[0]["actors"])


def test_an_amnesty_remits_the_penalty_of_a_group(pipe):
    doc = full(pipe, "أصدر الرئيس السوري بشار الأسد المرسوم رقم 18 القاضي بمنح عفو عام عن كامل العقوبة لمرتكبي جرائم "
                     "الفرار الداخلي والخارجي.")
    ev = _events(doc, "CONCEDE")
    assert ev and "Assad" in party(doc, ev[0]["actors"]) and "مرتكبي" in party(doc, ev[0]["recipients"])


def test_a_headline_threat_to_states_keeps_a_body_threat_to_a_people(pipe):
    doc = full(pipe, "خاتمي يهدد السعودية والإمارات والبحرين\n\nوقال خطيب جمعة طهران أحمد خاتمي إن الاتحاد الأوروبي لا يختلف "
                     "عن أمريكا. وأضاف: \"إذا لم يقدم الأوروبيون خلال عدة أسابيع ضمانا مكتوبا عن التزامهم بتعهداتهم "
                     "لإيران، فإننا سننسحب من الاتفاق النووي\".")
    tos = [party(doc, e["recipients"]) for e in _events(doc, "THREATEN")]
    assert any("الأوروبيون" in t for t in tos) and any("Saudi" in t for t in tos), tos


def test_a_situation_that_endangers_threatens_nobody(pipe):
    doc = full(pipe, "الأمم المتحدة: استمرار حرب اليمن يهدد بأسوأ مجاعة منذ 100 عام")
    assert not _events(doc, "THREATEN", factual=False)


def test_a_leader_named_after_his_office_in_a_quoted_body_threatens(pipe):
    doc = full(pipe, 'هدد زعيم تحالف "سائرون" مقتدى الصدر باتخاذ مسار المعارضة السياسية، إذا لم تتم الاستجابة للشروط '
                     'التي طرحها لتشكيل الحكومة.')
    ev = _events(doc, "THREATEN")
    assert ev and "Sadr" in party(doc, ev[0]["actors"])

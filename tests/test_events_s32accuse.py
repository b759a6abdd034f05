"""Accusations with no verb of accusing, session 32 (track s32accuse): a rights monitor's report of an attack or a
coercion by a named party; an inquiry into a wrongdoing named by its verbal noun probes the wrongdoing's doer.
Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party


# --- a rights monitor reports a harm done by a named party (monitors.py) -------------------------------------------

def test_rights_monitor_reporting_arrests_accuses_the_authorities(pipe):
    doc = full(pipe, "أفادت هيومن رايتس ووتش بأن السلطات السعودية اعتقلت مطلع هذا الشهر ناشطتين في حقوق الإنسان ومنعت "
                     "أخريات من السفر.")
    ev = [e for e in factual(doc, "ACCUSE") if "Human Rights Watch" in party(doc, e["actors"])]
    assert ev and "السعودية" in party(doc, ev[0]["recipients"])


def test_ministry_reporting_arrests_accuses_no_one(pipe):
    doc = full(pipe, "قالت وزارة الداخلية إن الشرطة اعتقلت 20 شخصا.")
    assert not factual(doc, "ACCUSE")


def test_casualty_monitor_reporting_shelling_accuses_no_one(pipe):
    doc = full(pipe, "قال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت مدينة دوما.")
    assert not factual(doc, "ACCUSE")


def test_rights_monitor_reporting_a_denial_accuses_no_one(pipe):
    doc = full(pipe, "قالت العفو الدولية إن كيليش نفى الاتهام.")
    assert not factual(doc, "ACCUSE")


# --- an inquiry into a wrongdoing probes its doer (accuse.py _probed_act) -------------------------------------------

def test_inquiry_into_possible_spying_by_agents_of_a_party(pipe):
    doc = full(pipe, "تبدأ وزارة العدل في الولايات المتحدة تحقيقا في احتمال تجسس عملاء لمكتب التحقيقات الفيدرالي على "
                     "الحملة الانتخابية للرئيس الأمريكي، دونالد ترامب، في 2016.")
    ev = [e for e in factual(doc, "ACCUSE") if e["mode"] == "investigate"]
    assert ev and "Federal Bureau" in party(doc, ev[0]["recipients"])


def test_inquiry_into_interference_named_by_demonym(pipe):
    doc = full(pipe, "جيمس كومي يقول إن دونالد ترامب كان قد طلب منه الولاء في وقت كان فيه مكتب التحقيقات الفيدرالي يحقق "
                     "في التدخل المزعوم لروسيا في الانتخابات الرئاسية الأمريكية.")
    ev = [e for e in factual(doc, "ACCUSE") if e["mode"] == "investigate"]
    assert ev and "Russia" in party(doc, ev[0]["recipients"])


def test_inquiry_into_possible_involvement_of_a_company(pipe):
    doc = full(pipe, "فتح الاتحاد الأوروبي تحقيقا في احتمال تورط شركة غوغل في ممارسات احتكارية.")
    ev = [e for e in factual(doc, "ACCUSE") if e["mode"] == "investigate"]
    assert ev and "Google" in party(doc, ev[0]["recipients"])


def test_inquiry_into_violations_of_rights_names_no_one_probed(pipe):
    doc = full(pipe, "فتحت الشرطة تحقيقا في انتهاكات حقوق الإنسان في سوريا.")
    assert not any(e["recipients"] for e in factual(doc, "ACCUSE"))


# --- a finding told with خلص/توصل إلى أن opens a reported clause of blame (implicit_blame.tsv say) -----------------

def test_inquiry_finding_that_an_army_stands_behind_a_downing(pipe):
    doc = full(pipe, "خلصت لجنة تحقيق هولندية، الخميس، إلى أن الجيش الروسي يقف وراء تدمير طائرة ماليزية كان على متنها "
                     "نحو 300 شخص فوق أجواء أوكرانيا عام 2014.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Russia" in party(doc, ev[0]["recipients"])


def test_un_finding_that_iran_violated_an_embargo(pipe):
    doc = full(pipe, "وكانت هيئة خبراء تابعين للأمم المتحدة قد خلصت في يناير الماضي إلى أن ايران انتهكت بالفعل حظر "
                     "السلاح الذي فرضه مجلس الامن الدولي على اليمن.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Iran" in party(doc, ev[0]["recipients"])


def test_study_finding_accuses_no_one(pipe):
    doc = full(pipe, "خلصت دراسة أميركية كبيرة إلى أن تناول النساء لوجبات صحية يحميهن من فقدان السمع المرتبط بالتقدم "
                     "في السن.")
    assert not factual(doc, "ACCUSE")


def test_reaching_an_agreement_is_no_finding(pipe):
    doc = full(pipe, "توصلت الحكومة والمعارضة إلى اتفاق لوقف إطلاق النار في جنوب السودان.")
    assert not factual(doc, "ACCUSE")


# --- a harm verb the coder reads no event for, in a rights monitor's clause (monitors.py, monitor/harm) ------------

def test_rights_monitor_reporting_an_arrest_by_a_verb_of_detaining(pipe):
    doc = full(pipe, "وقالت منظمة \"هيومن رايتس ووتش\" الأسبوع الماضي إن السعودية أوقفت مؤخرا الناشطة المعروفة دوليا "
                     "سمر بدوي.")
    ev = [e for e in factual(doc, "ACCUSE") if "Human Rights Watch" in party(doc, e["actors"])]
    assert ev and "Saudi" in party(doc, ev[0]["recipients"])


def test_rights_monitor_reporting_executions_carried_out(pipe):
    doc = full(pipe, "قالت منظمة هيومن رايتس ووتش إن السعودية نفذت حكم الإعدام في 48 شخصا منذ بداية العام 2018.")
    ev = [e for e in factual(doc, "ACCUSE") if "Human Rights Watch" in party(doc, e["actors"])]
    assert ev and "Saudi" in party(doc, ev[0]["recipients"])


def test_party_fought_in_the_monitor_clause_is_not_accused(pipe):
    doc = full(pipe, "مصر تنتقد تقرير هيومن رايتس ووتش\n\nوذكر التقرير أن \"الحملة العسكرية ضد فرع تنظيم الدولة الإسلامية في "
                     "شمال سيناء فرضت قيودا صارمة على حركة الأشخاص والسلع في جميع أنحاء المحافظة تقريبا\".")
    assert not any("Islamic State" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


# --- an inquiry "about" (حول / بشأن) a wrongdoing noun, opened by a named body ---------------------------------------

def test_inquiry_about_a_state_role_opened_by_the_un(pipe):
    doc = full(pipe, "وفتحت الأمم المتحدة تحقيقا بشأن الدور التركي في دعم إيران بالسلع الممنوعة.")
    ev = [e for e in factual(doc, "ACCUSE") if e["mode"] == "investigate"]
    assert ev and "TUR" in " ".join(x.get("country") or "" for x in doc["entities"] if x["id"] in ev[0]["recipients"])


def test_inquiry_named_as_a_topic_has_no_investigator(pipe):
    doc = full(pipe, "ويلمح ترامب من خلال هذا التصريح إلى التحقيق بشأن التدخل الروسي في الانتخابات الرئاسية.")
    assert not [e for e in factual(doc, "ACCUSE") if e["mode"] == "investigate"]


def test_inquiry_about_an_accident_probes_no_one(pipe):
    doc = full(pipe, "فتحت الشرطة تحقيقا حول أسباب الحادث.")
    assert not any(e["recipients"] for e in factual(doc, "ACCUSE"))

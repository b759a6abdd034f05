"""Trigger lexicon, session 32 (track s32lex): searches and cordons (COERCE), a nuclear site dismantled (RETREAT,
without a recipient), information exchanged (COOPERATE), an embassy moved to Jerusalem (SUPPORT), a condition laid on
a party (REQUEST); and what must not read so. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party


def _types(doc):
    return {e["type"] for e in doc["events"]}


# --- فتش: a search of a ship, a plane, an office (COERCE seize) -----------------------------------------------------

def test_search_of_a_ship(pipe):
    doc = full(pipe, "ذكرت مصادر إعلامية أن قوات التحالف فتشت سفينة تركية محملة بالقمح تعرضت لانفجار خلال اتجاهها إلى "
                     "ميناء الصليف في الحديدة.")
    ev = [e for e in factual(doc, "COERCE") if e["trigger"]["text"] == "فتشت"]
    assert ev and "TUR" in party(doc, ev[0]["recipients"])


def test_search_of_houses_or_for_something_is_none(pipe):
    for s in ("وفتشت الشرطة ثلاثة منازل في مدينة برمنغهام، ونوتنغهام، خلال عملية التحقيق.",
              "روسيا تفتش عن \"خيانة\" بوكالة الفضاء"):
        doc = full(pipe, s)
        assert not [e for e in doc["events"] if e["type"] == "COERCE" and "فتش" in e["trigger"]["text"]], s


# --- طوق: a party's premises or people cordoned (COERCE restrict); not a scene ---------------------------------------

def test_cordon_of_a_party(pipe):
    doc = full(pipe, "طوقت القوات الأمنية العراقية، الأربعاء، المقر العام لميليشيات حزب الله في العراق، عقب اشتباكات "
                     "اندلعت بين قوة من الميليشيات رفضت الامتثال لنقطة تفتيش.")
    ev = [e for e in factual(doc, "COERCE") if "طوق" in e["trigger"]["text"]]
    assert ev and "Hezbollah" in party(doc, ev[0]["recipients"])


def test_cordon_of_a_scene_is_none(pipe):
    doc = full(pipe, "وأغلقت محطة ويستمنستر لقطارات الأنفاق القريبة، وطوقت الشرطة الشوارع في منطقة ميلبانك وميدان "
                     "البرلمان لعدة ساعات عقب الحادث.")
    assert not [e for e in doc["events"] if "طوق" in e["trigger"]["text"]]


# --- a nuclear test site dismantled: RETREAT by the one who dismantles it, no recipient --------------------------------

def test_test_site_destroyed(pipe):
    doc = full(pipe, "كوريا الشمالية تعلن تدمير موقعها للتجارب النووية \"بالكامل\"")
    ev = factual(doc, "RETREAT")
    assert ev and "PRK" in party(doc, ev[0]["actors"]) and not ev[0]["recipients"]


def test_dismantling_covered_or_demanded_is_none(pipe):
    for s in ("وصل صحفيون أجانب إلى كوريا الشمالية لتغطية عملية تفكيك موقع تجارب نووية بالبلاد في وقت لاحق هذا الأسبوع.",
              "واشنطن تربط المحادثات مع كوريا الشمالية بـ\"تفكيك برنامجها النووي\""):
        doc = full(pipe, s)
        assert "RETREAT" not in _types(doc), s


# --- information exchanged (COOPERATE), by the verb only ------------------------------------------------------------

def test_information_exchanged(pipe):
    doc = full(pipe, "ترامب وماكرون يتبادلان المعلومات حول \"كيماوي دوما\"")
    ev = factual(doc, "COOPERATE")
    assert ev and "Trump" in party(doc, ev[0]["actors"] + ev[0]["recipients"]) \
        and "Macron" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_exchange_planned_as_a_noun_is_none(pipe):
    doc = full(pipe, "تكشف الحكومة البريطانية الاثنين استراتيجيتها الجديدة لمكافحة الإرهاب، وستشمل خصوصا تبادلا "
                     "للمعلومات على نحو أسرع بين جهاز \"إم اي 5\" والشرطة والسلطات المحلية.")
    assert "COOPERATE" not in _types(doc)


# --- an embassy moved to Jerusalem (SUPPORT) --------------------------------------------------------------------------

def test_embassy_moved_to_jerusalem(pipe):
    doc = full(pipe, "وكانت غواتيمالا ثاني دولة تنقل سفارتها من تل أبيب إلى القدس بعد الولايات المتحدة.")
    ev = [e for e in factual(doc, "SUPPORT") if "سفارت" in e["trigger"]["text"]]
    assert ev and "GTM" in party(doc, ev[0]["actors"]) and "ISR" in party(doc, ev[0]["recipients"])


def test_embassy_quoted_is_none(pipe):
    doc = full(pipe, "ونقلت السفارة الأمريكية في السعودية على لسان المتحدثة قولها إن ميناء الحديدة لا يزال مفتوحا.")
    assert not [e for e in doc["events"] if e["type"] == "SUPPORT"]


# --- a condition laid on a party (REQUEST) ----------------------------------------------------------------------------

def test_condition_laid_on_a_party(pipe):
    doc = full(pipe, "الحكومة اليمنية تشترط على الحوثيين الإفراج عن المعتقلين والأسرى لاستئناف محادثات السلام")
    ev = [e for e in factual(doc, "REQUEST") if "شترط" in e["trigger"]["text"]]
    assert ev and "YEM" in party(doc, ev[0]["actors"]) and "Houthi" in party(doc, ev[0]["recipients"])


# --- قمتهما: a summit with its two owners' pronoun (CONSULT) ----------------------------------------------------------

def test_summit_with_dual_pronoun(pipe):
    doc = full(pipe, "وقع الرئيس الأميركي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون، الثلاثاء، وثيقة \"شاملة\" عقب "
                     "قمتهما التاريخية في سنغافورة.")
    ev = [e for e in factual(doc, "CONSULT") if "قمتهما" in e["trigger"]["text"]]
    assert ev and "Trump" in party(doc, ev[0]["actors"] + ev[0]["recipients"]) \
        and "PRK" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


# --- نسق مع: coordination with a party (COOPERATE); the party right after مع ----------------------------------------

def test_coordination_with_a_party(pipe):
    doc = full(pipe, "من جانبه، قال الصفدي إن الأردن تنسق مع مصر لمحاربة الارهاب.")
    ev = factual(doc, "COOPERATE")
    assert ev and "JOR" in party(doc, ev[0]["actors"]) and "EGY" in party(doc, ev[0]["recipients"])


def test_a_step_coordinated_with_something_is_none(pipe):
    doc = full(pipe, "أدى العرض إلى اتهامات فورية من البعض بأن البيت الابيض ونتانياهو نسقا هذه الخطوة مع استعداد ترامب "
                     "لاتخاذ قراره.")
    assert "COOPERATE" not in {e["type"] for e in doc["events"]}


# --- التقاهم: a meeting told with the met ones' pronoun (CONSULT) ------------------------------------------------------

def test_met_with_plural_object_pronoun_is_a_trigger(stage):
    from marsad.lang.ar import tokenize

    ms = stage.lex.trig.find_all(tokenize("للمسؤولين اللبنانيين الذين التقاهم الاثنين الماضي في بيروت"))
    assert any(m.value.type == "CONSULT" for m in ms)


# --- joint exercises with the partners' pronoun (COOPERATE) -----------------------------------------------------------

def test_owned_joint_exercises(pipe):
    doc = full(pipe, "أنهت الوحدات البحرية التابعة للقوات المسلحة المصرية والفرنسية، السبت، تدريباتها المشتركة كليوباترا 2018.")
    ev = factual(doc, "COOPERATE")
    assert ev and "EGY" in party(doc, ev[0]["actors"] + ev[0]["recipients"]) \
        and "FRA" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


# --- nuclear or missile tests halted (CONCEDE halt, monadic); أوقفت there is no arrest ---------------------------------

def test_tests_suspended(pipe):
    doc = full(pipe, "ويوم السبت، أعلن كيم جونغ-أون زعيم كوريا الشمالية تعليق التجارب النووية والصاروخية.")
    ev = factual(doc, "CONCEDE")
    assert ev and "PRK" in party(doc, ev[0]["actors"]) and not ev[0]["recipients"]


def test_tests_halted_are_no_arrest(pipe):
    doc = full(pipe, "أوقفت كوريا الشمالية تجاربها النووية والصاروخية.")
    assert "COERCE" not in {e["type"] for e in doc["events"]}


# --- forces put on alert, حالة تأهب indefinite (MOBILIZE) -------------------------------------------------------------

def test_forces_on_alert(pipe):
    doc = full(pipe, "وأعلن الجيش الإسرائيلي وضع قواته في حالة تأهب قصوى.")
    ev = factual(doc, "MOBILIZE")
    assert ev and "ISR" in party(doc, ev[0]["actors"])


# --- a drill held alone, no partner named nor told joint: MOBILIZE (a show of force), not a one-sided COOPERATE --------

def test_lone_drill_is_a_show_of_force(pipe):
    doc = full(pipe, "أجرى الجيش الصيني مناورات بالذخيرة الحية على امتداد الساحل الجنوبي الشرقي، في مضيق تايوان.")
    ev = factual(doc, "MOBILIZE")
    assert ev and "CHN" in party(doc, ev[0]["actors"])


def test_joint_or_compared_drills_stay_as_they_were(pipe):
    doc = full(pipe, "بدأت كوريا الجنوبية والولايات المتحدة مناورات عسكرية.")
    assert "MOBILIZE" not in {e["type"] for e in doc["events"]} and factual(doc, "COOPERATE")
    doc = full(pipe, "وقارن شويغو تدريبات فوستوك-2018 بالمناورات السوفيتية عام 1981.")
    assert "MOBILIZE" not in {e["type"] for e in doc["events"]}

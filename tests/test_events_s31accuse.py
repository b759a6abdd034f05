"""Accusations, session 31 (track s31accuse): sides joined by an ally, an aside or a partitive; the sufferer of a
fronted تعرضها لانتقادات; the author of an indefinite statement; the subject of لكنه اتهم."""
from __future__ import annotations

from types import SimpleNamespace

from conftest import factual, full, party


def _isos(doc, ids) -> set:
    ents = {e["id"]: e for e in doc["entities"]}
    return {ents[i].get("country") for i in ids}


# --- one side: an ally, a party likened in an aside, others of whom the party is one ------------------------------

def test_ally_joins_the_accusers_side(pipe):
    doc = full(pipe, "وتتهم الحكومة السورية وحليفتها موسكو المتمردين بقصف \"الممرات\" المعدة لعمليات الإجلاء.")
    ev = factual(doc, "ACCUSE")
    assert ev and {"SYR", "RUS"} <= _isos(doc, ev[0]["actors"]) and "RUS" not in _isos(doc, ev[0]["recipients"])


def test_aside_alike_joins_the_side_that_blames(pipe):
    doc = full(pipe, "وألقت إيران، شأنها شأن دمشق وحليفتها روسيا، باللوم على إسرائيل في هجوم وقع في التاسع من أبريل "
                     "على قاعدة التيفور الجوية السورية.")
    ev = factual(doc, "ACCUSE")
    assert ev and {"IRN", "SYR", "RUS"} <= _isos(doc, ev[0]["actors"]) and "ISR" in party(doc, ev[0]["recipients"])


def test_ally_after_bein_is_the_other_side():
    from marsad.events.stage import _side_joined
    from marsad.lang.ar import tokenize
    text = "واندلعت الأزمة بين الولايات المتحدة وحليفتها السابقة تركيا عقب توقيف انقرة لقس"
    toks = tokenize(text)
    m = SimpleNamespace(s=7, e=8)  # تركيا
    assert not _side_joined(text, toks, {"s": 3, "e": 5, "prep": "بين"}, m)
    assert _side_joined(text, toks, {"s": 3, "e": 5, "prep": None}, m)


# --- a fronted تعرضها لانتقادات من قبل X: X criticised the main clause's subject ---------------------------------

def test_fronted_criticism_undergone_names_the_critics_and_the_criticised(pipe):
    doc = full(pipe, "بعد تعرضها لانتقادات حادة من قبل إسرائيل وعدد من المنظمات اليهودية والولايات المتحدة، أعلنت "
                     "الحكومة البولندية الأربعاء أنها ستعدل قانونا حول المحرقة.")
    ev = [e for e in factual(doc, "ACCUSE") if "POL" in _isos(doc, e["recipients"])]
    assert ev and {"ISR", "USA"} <= _isos(doc, ev[0]["actors"])
    assert "المنظمات اليهودية" in party(doc, ev[0]["actors"])


def test_criticism_undergone_without_critic_accuses_no_one(pipe):
    doc = full(pipe, "انسحبت مغنية فرنسية شابة من برنامج المسابقات الغنائية \"ذا فويس\" الشهير بعد تعرضها لانتقادات "
                     "بسبب منشورات سابقة بمواقع التواصل الاجتماعي عن هجمات إرهابية.")
    assert not [e for e in factual(doc, "ACCUSE") if e["actors"] and e["recipients"]]


# --- an indefinite statement's author, its relative clause without a pronoun ----------------------------------------

def test_indefinite_statement_author_is_criticised(pipe):
    doc = full(pipe, "انتقدت الخارجية الروسية تصريحات أدلى بها بوريس جونسون وزير الخارجية البريطاني مشبها فيها بطولة "
                     "كأس العالم المفترض أن تُجرى في روسيا الصيف المقبل بدورة الالعاب الأوليمبية التي استضافتها العاصمة "
                     "الألمانية برلين عام 1936.")
    ev = factual(doc, "ACCUSE")
    assert ev and "RUS" in _isos(doc, ev[0]["actors"]) and "بوريس جونسون" in party(doc, ev[0]["recipients"])


# --- لكنه اتهم X: the pronoun of the contrast is the sentence's subject ---------------------------------------------

def test_contrast_pronoun_subject_accuses_the_object(pipe):
    doc = full(pipe, "وأكد فوتيل البقاء في سوريا مع شركاء الولايات المتحدة، ودعم المسار السياسي لحل الأزمة، لكنه اتهم "
                     "روسيا وإيران بالتسبب في تفاقم الأزمة، نتيجة دعمهم نظام الرئيس السوري بشار الأسد.")
    ev = factual(doc, "ACCUSE")
    assert ev and "فوتيل" in party(doc, ev[0]["actors"]) and {"RUS", "IRN"} <= _isos(doc, ev[0]["recipients"])


def test_contrast_with_object_pronoun_takes_no_party_of_the_charge(pipe):
    doc = full(pipe, "المدعي عباس جفاري دولت أبادي لم يحدد الاتهامات، لكنه اتهمها بإهانة القضاء \"بتغريدات إجرامية.\"")
    assert not [e for e in factual(doc, "ACCUSE") if "القضاء" in party(doc, e["recipients"])]


def test_contrast_passive_has_no_accuser(pipe):
    doc = full(pipe, "لكنهم اتهموا بارتكاب أفعال إجرامية نيابة عن الحرس الثوري الإيراني.")
    assert not [e for e in factual(doc, "ACCUSE") if e["actors"]]


# --- وسط انتقادات من X: criticism as the setting of the act, its critics after من ---------------------------------

def test_amid_criticism_names_critics_and_the_subject(pipe):
    doc = full(pipe, "ودعت شركة أبل من قبل إلى تبسيط القواعد الضريبية الأمريكية، وسط انتقادات من قبل السلطات الضريبية "
                     "الأمريكية لحيازتها النقدية الكبيرة في الخارج.")
    ev = [e for e in factual(doc, "ACCUSE") if "Apple" in party(doc, e["recipients"])]
    assert ev and "السلطات الضريبية" in party(doc, ev[0]["actors"])


def test_amid_criticism_without_critic_accuses_no_one(pipe):
    doc = full(pipe, "واللقاء هو الدولي الثالث الذي يغيب عنه صاحب الكرات الذهبية الخمس دون عذر واضح، وسط انتقادات بأنه "
                     "يتهرب من مسؤولية قيادة \"راقصي التانغو\"، بعد الأداء المخيب والخروج المبكر من كأس العالم 2018 في روسيا.")
    assert not [e for e in factual(doc, "ACCUSE") if e["actors"] and e["recipients"]]


def test_plural_allies_before_a_name_are_a_party_of_their_own(pipe):
    doc = full(pipe, "واتهمت بريطانيا وحلفاؤها روسيا بالوقوف وراء محاولة تسميمه، لكن موسكو نفت ذلك بشدة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "GBR" in _isos(doc, ev[0]["actors"]) and "RUS" in _isos(doc, ev[0]["recipients"])


# --- a party of a time clause after a criticism is no target of it -----------------------------------------------

def test_party_of_a_time_clause_after_criticism_is_not_criticised(pipe):
    doc = full(pipe, "ومن المقرر أن يتخذ الرئيس الأميركي دونالد ترامب قرارا بحلول 12 مايو بشأن ما إذا كان سيسحب "
                     "الولايات المتحدة من الاتفاق النووي الذي أُبرم مع إيران في 2015. "
                     "وهدد الرئيس الأميركي دونالد ترامب بالانسحاب من الاتفاق الدولي ما لم يتم إعادة التفاوض عليه بحلول "
                     "12 مايو. وكرر انتقاده للاتفاق بعد أن تحدث نتنياهو وأشار إلى أنه يؤيد تصريحات رئيس الوزراء "
                     "الإسرائيلي.", published="2018-05-01T12:00")
    assert not [e for e in factual(doc, "ACCUSE") if "ISR" in _isos(doc, e["recipients"])]


def test_in_time_clause_reads_the_opener_before_the_party():
    from marsad.events.stage import _in_time_clause
    from marsad.lang.ar import tokenize
    toks = tokenize("وكرر انتقاده للاتفاق بعد أن تحدث نتنياهو")
    assert _in_time_clause(toks, 2, 6) and not _in_time_clause(toks, 2, 3)


# --- a party inside a relative clause set off by commas is no target ---------------------------------------------

def test_party_in_relative_aside_is_not_criticised(pipe):
    doc = full(pipe, "انتقد علي القرة داغي، الأمين العام للاتحاد العالمي لعلماء المسلمين، الذي يرأسه يوسف القرضاوي "
                     "المحسوب زعيما روحيا لجماعة الإخوان المسلمين، الموقف الدولي من قضية تسميم الجاسوس الروسي السابق في "
                     "بريطانيا، سيرغي سكريبال وابنته، مقارنا ذلك بموقف المجتمع الدولي مما يشهده الشعب السوري.")
    assert not [e for e in factual(doc, "ACCUSE") if "القرضاوي" in party(doc, e["recipients"])]


def test_signatories_in_relative_aside_of_the_deal_are_not_criticised(pipe):
    doc = full(pipe, "وانتقد ترامب مرارا الاتفاق، الذي وقعته واشنطن وإيران والاتحاد الأوربي وروسيا والصين وألمانيا "
                     "وفرنسا، باعتباره لا يفعل شيئا يذكر، لوقف الدعم الإيراني للجماعات المسلحة في المنطقة، مثل حزب الله "
                     "اللبناني.")
    assert not [e for e in factual(doc, "ACCUSE") if "IRN" in _isos(doc, e["recipients"])]


def test_object_after_the_subjects_relative_aside_stays(pipe):
    doc = full(pipe, "واتهمت وزارة الدفاع الروسية، التي تدعم الحكومة السورية، مقاتلي المعارضة بقصف الممرات.")
    ev = factual(doc, "ACCUSE")
    assert ev and "المعارضة" in party(doc, ev[0]["recipients"])


# --- a party named only inside the charge is no one accused ------------------------------------------------------

def test_victim_inside_the_charge_is_not_accused(pipe):
    doc = full(pipe, "كما تتهم المحكمة الدولية الخاصة بلبنان خمسة أعضاء من الحزب باغتيال رئيس الوزراء الأسبق رفيق الحريري "
                     "في العام 2005.")
    assert not [e for e in factual(doc, "ACCUSE") if "رفيق الحريري" in party(doc, e["recipients"])]


def test_accused_right_before_the_charge_stays(pipe):
    doc = full(pipe, "واتهم المتحدث باسم وزارة الدفاع الروسية لندن بممارسة \"ضغوط قوية\" على الخوذ البيضاء (الدفاع المدني "
                     "في مناطق المعارضة) \"لممارسة هذا الاستفزاز المعد سلفا\".")
    ev = factual(doc, "ACCUSE")
    assert ev and "لندن" in party(doc, ev[0]["recipients"])


def test_accused_named_in_full_before_the_charge_stays(pipe):
    doc = full(pipe, "لكنها تستخدم أيضا كمادة خام في صناعة غاز السارين، الذي تتهم الأمم المتحدة والدول الغربية الرئيس "
                     "السوري بشار الأسد باستخدامه ضد شعبه.")
    assert [e for e in doc["events"] if e["type"] == "ACCUSE" and "بشار الأسد" in party(doc, e["recipients"])]


# --- the genitive of a لـ object of criticism is its target, not its author --------------------------------------

def test_genitive_of_criticised_handling_is_not_the_critic(pipe):
    doc = full(pipe, "وتسببت الحرائق في انتقادات حادة لطريقة تعامل الحكومة مع الكارثة، واتهمت المعارضة الحكومة بالتقاعس "
                     "عن حماية الأرواح.")
    ev = factual(doc, "ACCUSE")
    assert ev and all("المعارضة" in party(doc, e["actors"]) and "الحكومة" in party(doc, e["recipients"]) for e in ev)


# --- a former holder named after his title's state heads the phrase ----------------------------------------------

def test_former_holder_after_title_state_is_the_party(pipe):
    doc = full(pipe, "اتهم الشيخ سلطان بن سحيم آل ثاني في لقاء مع \"العربية\"، الأربعاء، أمير قطر السابق الشيخ حمد بن خليفة "
                     "باغتيال والده قبل 3 عقود.")
    ev = factual(doc, "ACCUSE")
    assert ev and "حمد بن خليفة" in party(doc, ev[0]["recipients"])


def test_victim_after_two_joined_condemnation_nouns_is_not_condemned(pipe):
    doc = full(pipe, "أعربت دولة الكويت عن إدانتها واستنكارها للهجمات الصاروخية التي استهدفت المملكة العربية السعودية، "
                     "مؤكدةً وقوفها التام إلى جانب المملكة.")
    assert not [e for e in factual(doc, "ACCUSE") if "SAU" in _isos(doc, e["recipients"])]

"""Accusations, session 18 (track s18accuse). Sentences from the 2018 news corpus (short quotes) and variants of them.

* A dual noun, or a relational noun with a pronoun, followed by two nationality adjectives joined by و names two
  parties, one per state (data/wordsets.tsv joint/dual, events/parties.py _joint): "نظام الرئيس السوري بشار الأسد
  وراعييه الروسي والإيراني" (gold X-017) is Assad, Russia and Iran.
"""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import has_pair, recipients


def test_two_backers_by_two_demonyms(pipe):
    doc = full(pipe, "ترامب وماكرون يدينان الأسد وراعييه الروسي والإيراني\n\nدان الرئيسان الأميركي دونالد ترامب، "
                     "والفرنسي إيمانويل ماكرون، نظام الرئيس السوري بشار الأسد وراعييه الروسي والإيراني، على خلفية "
                     "الهجوم العنيف الذي يستهدف الغوطة الشرقية.", published="2018-03-10T12:00")
    t = recipients(doc, "ACCUSE")
    assert any("RUS" in x and "IRN" in x for x in t), doc["events"]


def test_two_allies_by_two_feminine_demonyms(pipe):
    doc = full(pipe, "انتقدت كوريا الشمالية، الخميس، الولايات المتحدة وحليفتيها اليابانية والكورية الجنوبية.",
               published="2018-05-10T12:00")
    t = recipients(doc, "ACCUSE")
    assert any("USA" in x and "JPN" in x and "KOR" in x for x in t), doc["events"]


def test_two_sides_sign(pipe):
    doc = full(pipe, "وقع الطرفان السوداني والإثيوبي، الأحد، اتفاقا لترسيم الحدود.", published="2018-05-14T12:00")
    ev = factual(doc, "AGREE")
    assert any("SDN" in party(doc, e["actors"] + e["recipients"]) and "ETH" in party(doc, e["actors"] + e["recipients"])
               and "Sudan" in party(doc, e["actors"] + e["recipients"]) for e in ev), doc["events"]


# * A verb of criticising or judging with the pronoun of an indefinite act noun before it (a relative clause with no
#   relative pronoun) judges that act; the one accused is the author of the act told before it in the sentence
#   (stage._judged_act_author). The arrest or expulsion before it does not make the verb the charge of a conviction,
#   and the pronoun ها is no accusative تنديدا after a protester noun.

def test_campaign_criticised_in_a_relative_clause(pipe):
    doc = full(pipe, "اعتقلت السلطات الإيرانية عشرات المحتجين، في حملة انتقدتها منظمة العفو الدولية.",
               published="2018-08-05T12:00")
    ev = factual(doc, "ACCUSE")
    assert any("Amnesty" in party(doc, e["actors"]) and "IRN" in party(doc, e["recipients"]) for e in ev), doc["events"]


def test_expulsion_criticised_in_a_relative_clause(pipe):
    doc = full(pipe, "طردت بريطانيا 23 دبلوماسيا روسيا، في خطوة انتقدتها موسكو بشدة.", published="2018-03-14T12:00")
    ev = factual(doc, "ACCUSE")
    assert any("RUS" in party(doc, e["actors"]) and "GBR" in party(doc, e["recipients"]) for e in ev), doc["events"]


def test_sanctions_labelled_in_a_relative_clause(pipe):
    doc = full(pipe, "فرضت واشنطن عقوبات جديدة على موسكو، في إجراءات وصفتها روسيا بأنها \"عدائية\".",
               published="2018-08-09T12:00")
    ev = factual(doc, "ACCUSE")
    assert any("RUS" in party(doc, e["actors"]) and "USA" in party(doc, e["recipients"]) for e in ev), doc["events"]



# * A charge directed: a charge noun after a verb of directing (وجّه) is levelled by the verb's subject at the party
#   after إلى / لـ, before the noun or after it (stage._directed_charge; data/wordsets.tsv charge/*). Gold U-008.

def test_charge_directed_at_the_party_after_lam(pipe):
    doc = full(pipe, "أعلن جهاز الأمن الداخلي الإسرائيلي (شين بيت)، الاثنين، أن إسرائيل وجهت اتهاماً للوزير "
                     "الإسرائيلي السابق، غونين سيغيف، للاشتباه بتجسسه لصالح إيران.", published="2018-06-18T12:00")
    assert has_pair(doc, "ACCUSE", "ISR", "سيغيف"), doc["events"]


def test_charge_with_its_words_before_the_one_charged(pipe):
    doc = full(pipe, "وجهت النيابة العامة المصرية، الأحد، تهمة التحريض على العنف إلى الناشط علاء عبد الفتاح.",
               published="2018-05-14T12:00")
    assert has_pair(doc, "ACCUSE", "النيابة", "علاء عبد الفتاح"), doc["events"]


def test_the_one_charged_before_the_charge(pipe):
    doc = full(pipe, "ووجهت المحكمة للناشط ناصر الزفزافي تهمة المس بأمن الدولة.", published="2018-06-27T12:00")
    assert has_pair(doc, "ACCUSE", "المحكمة", "الزفزافي"), doc["events"]



# * A party after و followed by a singular verb opens a new clause (its subject), no second party of the phrase before
#   (stage._new_clause_subject): headlines "X ... والقاهرة تنفي"; gold T-010, where the headline's condemnation had
#   taken Washington in and swallowed the body's "حملت الولايات المتحدة حركة حماس المسؤولية".

def test_new_clause_after_waw_in_a_headline(pipe):
    doc = full(pipe, "إثيوبيا تحمل مصر فشل مفاوضات سد النهضة والقاهرة تنفي\n\nحملت إثيوبيا القاهرة المسؤولية عن "
                     "فشل اجتماع الخرطوم الثلاثي الأسبوع الماضي بشأن سد النهضة الإثيوبي.", published="2018-04-12T12:00")
    assert any("EGY" in party(doc, e["actors"]) and "ETH" in party(doc, e["recipients"])
               for e in factual(doc, "REJECT")), doc["events"]


def test_praise_after_a_new_clause_subject(pipe):
    doc = full(pipe, "قتيل جديد في غزة والولايات المتحدة تشيد بممارسة إسرائيل لـ \"ضبط النفس\"\n\nقتلت القوات "
                     "الإسرائيلية فلسطينيا قرب الجدار العازل في غزة.", published="2018-05-15T12:00")
    assert any("USA" in party(doc, e["actors"]) and "ISR" in party(doc, e["recipients"])
               for e in factual(doc, "SUPPORT")), doc["events"]


def test_body_blame_not_swallowed_by_the_headline(pipe):
    doc = full(pipe, "إدانة دولية لمقتل عشرات الفلسطينيين وواشنطن تمنع صدور بيان في مجلس الأمن حول غزة\n\n"
                     "في المقابل، حملت الولايات المتحدة حركة حماس المسؤولية ومنعت صدور بيان في مجلس الأمن الدولي "
                     "حول غزة.", published="2018-05-15T05:00")
    assert any("USA" in party(doc, e["actors"]) and "حماس" in party(doc, e["recipients"])
               for e in factual(doc, "ACCUSE")), doc["events"]


# * A headline's verbal act told as its lead's statement: the lead opens with a verb of saying whose subject is the
#   headline's actor and the day before what it says (stage._lead_speaker_of); the act takes that day (gold W-019). A
#   day inside the reported clause dates what is reported, not the statement.

def test_headline_accusation_dated_by_the_lead_statement(pipe):
    doc = full(pipe, "الأمم المتحدة تكيل الاتهامات للخرطوم بسبب اشتعال دارفور\n\nأعلنت الأمم المتحدة الخميس، أن القوات "
                     "السودانية تمنع قوات حفظ السلام من دخول مناطق في غرب دارفور حيث أدت معارك جديدة إلى نزوح مئات "
                     "المدنيين.", published="2018-06-23T00:05")
    ev = [e for e in factual(doc, "ACCUSE") if "الخرطوم" in party(doc, e["recipients"]) or "SDN" in party(doc, e["recipients"])]
    assert ev and all(e["date"] == "2018-06-21" for e in ev), doc["events"]

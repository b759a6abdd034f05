"""Session 21, track s21fp (precision: the dev sets' false alarms). Sentences in the phrasing of the 2018 news corpus;
each failed on main (a false event or the wrong side) unless marked as a negative case."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import has_pair


# ---- the genitive of a harm noun whose agent is marked after it is its victim

def test_killed_protester_by_police_fire(pipe):
    doc = full(pipe, "وأفادت مصادر طبية بمقتل متظاهر بنيران الشرطة خلال احتجاجات في مدينة البصرة.")
    assert has_pair(doc, "ASSAULT", "الشرطة", "متظاهر"), doc["events"]
    assert not has_pair(doc, "ASSAULT", "متظاهر", "الشرطة"), doc["events"]


def test_wounded_protesters_by_security_fire(pipe):
    doc = full(pipe, "وأعلنت وزارة الصحة إصابة محتجين برصاص قوات الأمن قرب مبنى البرلمان.")
    assert not any("محتج" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_storming_by_protesters_keeps_its_authors(pipe):
    # negative: a crowd after an act noun with no marked agent is still its author
    doc = full(pipe, "ونددت الخارجية الإيرانية باقتحام محتجين مقر السفارة في العاصمة.")
    assert not any("الخارجية" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT")), doc["events"]


# ---- a multi-word role mention gives no surname alias

def test_spokesman_role_is_no_alias(pipe):
    # "المتحدث باسم" after a named spokesman made every later "باسم" him (before: the army -> the spokesman)
    doc = full(pipe, "جوبا: الجيش والمتمردون يتبادلون الاتهامات\n\nاتهم متحدث باسم الجيش الحكومي المتمردين بخرق الهدنة "
                     "في ولاية الوحدة.\nوقال بول مالونق المتحدث باسم متمردي الحركة الشعبية إن القوات الحكومية هاجمت مواقعهم.")
    assert not any("مالونق" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE")), doc["events"]


# ---- a participle in ه is no feminine body (the verb before it keeps it as its subject)

def test_suspect_rejects_after_the_verb(pipe):
    # before: France -> the suspect
    doc = full(pipe, "فرنسا تطرد إماما متشددا\n\nوطردت فرنسا الإمام إلى المغرب. ويرفض المشتبه به قرار ترحيله.")
    assert not any("France" in party(doc, e["actors"]) for e in factual(doc, "REJECT")), doc["events"]


# ---- a warning to do something is a demand

def test_warning_to_abide_is_a_request(pipe):
    doc = full(pipe, "وحذر رئيس الوزراء التركي بن علي يلدريم اليونان بضرورة وقف الاستفزازات في بحر إيجه.")
    assert has_pair(doc, "REQUEST", "يلدريم", "Greece") or has_pair(doc, "REQUEST", "Yıldırım", "Greece"), doc["events"]
    assert not factual(doc, "THREATEN"), doc["events"]


def test_warning_with_or_else_stays_a_threat(pipe):
    # negative: "وإلا" adds what the warner will do
    doc = full(pipe, "وحذر الرئيس الأمريكي دونالد ترامب إيران بضرورة تغيير سلوكها وإلا فإنها ستواجه عقوبات أشد.")
    assert factual(doc, "THREATEN") and not factual(doc, "REQUEST"), doc["events"]


# ---- withdrawing from a match or a competition is no retreat (a body or a pact: s21request)

def test_warning_with_and_not_is_a_request(pipe):
    # (review) "وألا" (and not to) folds to the same letters as "وإلا" (or else) and adds a second demand, no threat
    doc = full(pipe, "وحذر الأمين العام للأمم المتحدة الحكومة السورية بضرورة احترام الهدنة وألا تستهدف المدنيين في الغوطة.")
    assert has_pair(doc, "REQUEST", "", "SYR") and not factual(doc, "THREATEN"), doc["events"]


def test_team_withdrawing_from_match(pipe):
    doc = full(pipe, "وبعد نصف ساعة من بدء اللقاء، انسحب الفريق العراقي من المباراة بعد أن هتف مشجعون سعوديون بهتافات "
                     "طائفية")
    assert not factual(doc, "RETREAT"), doc["events"]


def test_troops_withdrawing_stays_retreat(pipe):
    # negative: forces leaving a place retreat
    doc = full(pipe, "وانسحبت القوات الأمريكية من قاعدة منبج العسكرية في شمال سوريا.")
    assert not factual(doc, "SANCTION"), doc["events"]


# ---- a pledge to keep a party from an act is a threat to it

def test_pledge_not_to_allow_is_threat(pipe):
    doc = full(pipe, "وتعهد ترامب بأنه لن يسمح لكوريا الشمالية بتهديد الولايات المتحدة بصواريخها الباليستية.")
    assert has_pair(doc, "THREATEN", "Trump", "North Korea"), doc["events"]
    assert not factual(doc, "AGREE"), doc["events"]


def test_pledge_to_help_stays_agree(pipe):
    # negative: a pledge of help is a promise
    doc = full(pipe, "وتعهد الرئيس الفرنسي إيمانويل ماكرون بتقديم مساعدات إضافية للبنان خلال المؤتمر.")
    assert not factual(doc, "THREATEN"), doc["events"]


# ---- agreeing on the necessity that a third party act asks it to

def test_agreed_necessity_is_request(pipe):
    doc = full(pipe, 'وأجرى ترامب اتصالا هاتفيا بماكرون. وقال البيت الأبيض، الثلاثاء، "اتفق الاثنان على ضرورة التزام '
                     'إيران بتعهداتها النووية".')
    assert not any("Iran" in party(doc, e["recipients"]) for e in factual(doc, "AGREE")), doc["events"]
    assert any("Iran" in party(doc, e["recipients"]) for e in factual(doc, "REQUEST")), doc["events"]

"""Session 29 (track s29parties): who the actors and recipients are, in the phrasing of 2019-2025 news (Gaza, Lebanon,
Sudan, the Red Sea, Ukraine-Russia, Syria after 2024, Iran) and of the 2018 Yemen war reports. tests/data/
s29parties_probes.jsonl holds the probes: each with the type it must yield as a fact ("expect") and a substring of one
actor's and one recipient's names (English name, Arabic name or country code); an empty expect is a miss left
(docs/events.md, s29parties). The constructions fixed in this track are tested one by one below."""
import pytest

from conftest import probes, told

PUB = "2024-05-14T10:00"
PROBES = probes("s29parties")


@pytest.mark.parametrize("probe", [p for p in PROBES if p["expect"]], ids=lambda p: p["id"])
def test_probe_parties(pipe, probe):
    evs = told(pipe, probe["text"], probe["expect"], PUB)
    assert any(probe["actor"] in a and probe["recipient"] in r for a, r, _ in evs), (probe["text"], [(a, r) for a, r, _ in evs])


@pytest.mark.parametrize("text,author,backer,target", [
    # a launching verb's subject past a phrase of backing before the attack noun
    ("شن الجيش اليمني بدعم من التحالف العربي هجوما على مواقع الحوثيين.", "Yemeni Army", "Saudi-led", "Houthis"),
    ("شنت القوات العراقية بدعم من طيران التحالف الدولي هجوما على مواقع داعش.", "Iraqi", "Global Coalition", "Islamic State"),
    # the backer after a participle and a force word (مسنودة بطيران X) is no target
    ("هاجمت قوات الجيش الوطني مسنودة بطيران التحالف العربي مواقع ميليشيا الحوثي في محافظة البيضاء.", "Yemeni Army",
     "Saudi-led", "Houthis"),
    # the backing right after the author, far from the attack noun (dev: DM-14)
    ("سقط عدد كبير من القتلى والجرحى في صفوف ميليشيات الحوثي الإيرانية، الأربعاء، في معارك مع قوات المقاومة اليمنية "
     "المشتركة، بدعم التحالف العربي، في أطراف مدينة الدريهمي جنوبي الحديدة.", "Joint Forces", "Saudi-led", "Houthis"),
    # (corpus) "بدعم وإسناد من القوات الإماراتية": the backer acts with the force
    ("كما نفذت قوات الحزام الأمني في محافظة أبين، بدعم وإسناد من القوات الإماراتية، عمليات عسكرية، وطردت عناصر القاعدة "
     "الذين كانوا يسيطرون على مدينة زنجبار.", "Security Belt", "UAE", "al-Qaeda"),
])
def test_backers_act_with_the_author(pipe, text, author, backer, target):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert any(author in a and backer in a and target in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]
    assert not any(backer in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text,body", [
    ("قتل قيادي في حزب الله بغارة إسرائيلية على جنوب لبنان.", "Hezbollah"),
    ("قتل قيادي بارز في حركة حماس في غارة إسرائيلية على مخيم النصيرات.", "Hamas"),
    # an attack noun with its author only (weak) takes the members killed as its target
    ("استشهد ثلاثة عناصر من حزب الله في غارة إسرائيلية على بلدة في جنوب لبنان.", "Hezbollah"),
    ("والأحد، قتل ثلاثة ناشطين في \"سرايا القدس\" في قصف دبابة إسرائيلية لموقع مراقبة تابع للحركة جنوب قطاع غزة.",
     "Al-Quds Brigades"),  # (corpus)
])
def test_member_of_an_armed_body_killed_makes_it_a_target(pipe, text, body):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert any("ISR" in a and body in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text,body", [
    ("أعلنت مصادر ميدانية يمنية، السبت، عن مقتل قيادي في ميليشيات الحوثي الإيرانية في غارة جوية لطائرات التحالف العربي "
     "على الساحل الغربي لليمن.", "Houthis"),  # (corpus)
])
def test_member_killed_by_a_coalition_strike(pipe, text, body):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert any("Saudi-led" in a and body in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text", [
    "قتل جندي في غزة بنيران فلسطينية.",  # a place after في is no body
    "قتل قيادي في حزب الله بغارة إسرائيلية على جنوب لبنان.",
])
def test_member_body_is_never_the_author(pipe, text):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert not any("Hezbollah" in a for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text,actor,target", [
    ("أعلن الحوثيون استهداف سفينة إسرائيلية في البحر الأحمر.", "Houthis", "ISR"),
    ("أعلن الجيش الأوكراني إسقاط مروحية روسية.", "UKR", "RUS"),
])
def test_nisba_after_the_genitive_is_its_adjective(pipe, text, actor, target):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]
    assert not any(target in a for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text,actor", [
    ("أطلق حزب الله صواريخ على مستوطنات شمال إسرائيل.", "Hezbollah"),
    ("قال الجيش الإسرائيلي إن حماس أطلقت صواريخ على جنوب إسرائيل.", "Hamas"),
    # (corpus) an author with no target before: the state of the quarter struck
    ("ووفقا لوكالة \"فرانس برس\"، أطلقت فصائل فلسطينية مسلحة عقب الغارات عددا من القذائف والصواريخ على جنوب إسرائيل، "
     "بحسب ما أفاد شهود عيان.", "PSE"),
])
def test_quarter_of_a_state_struck_names_the_state(pipe, text, actor):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert any(actor in a and "ISR" in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]

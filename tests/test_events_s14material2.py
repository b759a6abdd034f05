"""Material acts (session 14, track s14material2): mechanisms counted on the 1,000 corpus leads before they were
coded. Sentences from the corpus (shortened)."""
from __future__ import annotations

from conftest import factual, full, party


def test_sites_struck_in_a_place_named_in_the_relative_clause_of_a_strike(pipe):
    # the relative clause names the authors, then the sites struck (على + a site noun) and the state they stand in
    doc = full(pipe, "دمشق\n\nقال الجيش السوري، في بيان حول الضربات التي نفذتها إسرائيل ليلا على مواقع عسكرية في "
                     "سوريا، إن الصواريخ الإسرائيلية قتلت 3 أشخاص.", published="2018-05-10T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if "SYR" in party(doc, e["recipients"])]
    assert ev and "إسرائيل" in party(doc, ev[0]["actors"])


def test_a_strike_dealt_in_a_relative_clause_is_a_military_strike(pipe):
    doc = full(pipe, "المنامة\n\nوقال الوزير إن الضربة التي وجهها الجيش الإسرائيلي، ضد أهداف في سوريا، كانت دفاعا عن "
                     "النفس.", published="2018-05-10T12:00")
    ev = factual(doc, "ASSAULT")
    assert ev and "الجيش الإسرائيلي" in party(doc, ev[0]["actors"]) and "SYR" in party(doc, ev[0]["recipients"])


def test_a_blow_dealt_in_words_is_no_strike(pipe):
    doc = full(pipe, "واشنطن\n\nوقال المحلل إن الضربة التي وجهتها المحكمة العليا لقرار ترامب كانت قاسية.",
               published="2018-05-10T12:00")
    assert not factual(doc, "ASSAULT")


def test_the_side_that_intercepts_a_missile_is_its_target_not_its_author(pipe):
    # the interceptor (subject of رصد/اعترض) was fired at; the launcher a resumptive verb names fired it
    doc = full(pipe, "الدفاع الجوي السعودي يرصد صاروخا\n\nأعلن المتحدث الرسمي باسم تحالف دعم الشرعية في اليمن أن قوات "
                     "الدفاع الجوي الملكي السعودي، رصدت في الساعة العاشرة، من صباح الاثنين، صاروخا باليستيا، أطلقته "
                     "ميليشيات الحوثي المدعومة من إيران، من داخل الأراضي اليمنية باتجاه أراضي المملكة.",
               published="2018-05-14T13:22")
    ev = factual(doc, "ASSAULT")
    assert ev and "الحوثي" in party(doc, ev[0]["actors"]) and "SAU" in party(doc, ev[0]["recipients"])
    assert not any("SAU" in party(doc, e["actors"]) for e in ev)


def test_missiles_of_a_nationality_destroyed_by_air_defences_were_fired_by_that_state(pipe):
    doc = full(pipe, "دمشق\n\nونقلت سانا عن مراسلها سماع دوي انفجارات في الكسوة، قبل أن تعلن لاحقا رفقة التلفزيون الرسمي "
                     "السوري، عن تدمير صاروخين إسرائيليين.", published="2018-05-08T22:00")
    ev = factual(doc, "ASSAULT")
    assert ev and all("ISR" in party(doc, e["actors"]) and "SYR" in party(doc, e["recipients"]) for e in ev)


def test_a_truck_of_missiles_destroyed_is_no_interception(pipe):
    # another object (عربة) between the verb and the projectile: the coalition destroyed it, no missile was intercepted
    doc = full(pipe, "صعدة\n\nأما في محافظة صعدة شمالي اليمن، فدمرت طائرات تحالف دعم الشرعية في اليمن، السبت، عربة صواريخ "
                     "بالستية ومواقع رادار تابعة لميليشيا الانقلاب الحوثية.", published="2018-09-10T12:00")
    for e in factual(doc, "ASSAULT"):
        assert "الحوثي" not in party(doc, e["actors"])


def test_the_passive_agent_of_an_interception_is_no_attacker_of_its_own_state(pipe):
    doc = full(pipe, "نجران\n\nوأضاف المالكي أن \"الصاروخ كان باتجاه نجران وتم إطلاقه بطريقة عشوائية لاستهداف المناطق المدنية، "
                     "حيث تم اعتراض الصاروخ وتدميره من قبل قوات الدفاع الجوي الملكي السعودي، وأدى اعتراض الصاروخ لتناثر "
                     "الشظايا على الأحياء السكنية\".", published="2018-03-31T12:00")
    for e in factual(doc, "ASSAULT"):
        assert "SAU" not in party(doc, e["actors"])


def test_sites_of_a_named_owner_struck_in_a_relative_clause_are_no_strike_on_the_state(pipe):
    doc = full(pipe, "بغداد\n\nوأوضح متحدث باسم الجيش العراقي أن الضربات الجوية التي نفذها العراق على مواقع داعش في سوريا "
                     "نفذت بالتنسيق مع الحكومة السورية.", published="2018-04-19T12:00")
    for e in factual(doc, "ASSAULT"):
        assert "SYR" not in party(doc, e["recipients"])

"""ASSAULT recall, session 26 round 3: an act noun in the مع-phrase of coinciding (وتزامن X مع مواجهات، بالتزامن مع
قصف) is another act than X: the parties before مع are no sides of it, nor are the parties of that phrase sides of an act
told before it."""
from __future__ import annotations

from conftest import full
from evhelpers import side_pairs


_COINCIDED = ("مجزرة حوثية جديدة في الضالع\n\n"
              "وقال سكان محليون إن ميليشيات الحوثي شنت قصفا مدفعيا عشوائيا على مناطق سكنية في قرية حجلان شمال غرب "
              "مريس بمحافظة الضالع، ما أدى إلى مقتل تسعة أشخاص من عائلة واحدة.\n"
              "وتزامن القصف العشوائي للحوثيين مع مواجهات شهدتها جبهة مريس حيث شن الجيش اليمني والمقاومة هجوما على "
              "مواقع الميليشيات التي ردت بقصفها للمدنيين.")


def test_clash_coinciding_with_shelling_is_no_houthi_attack(pipe):
    pairs = side_pairs(full(pipe, _COINCIDED, "2018-06-18T12:00"), "ASSAULT")
    assert not any("Houthi" in a and "Yemeni Army" in r for a, r in pairs), pairs
    assert any("Yemeni Army" in a and "Houthi" in r for a, r in pairs), pairs


def test_party_before_coinciding_is_no_side_of_the_act_after(pipe):
    doc = full(pipe, "وتم التصويت على المقترح بمبادرة من 15 عضوا في مجلس الشيوخ، من بينهم السناتور المستقل بيرني "
                     "ساندرز، وقد تزامن مع استقبال الرئيس دونالد ترامب في البيت الأبيض ولي العهد السعودي.")
    pairs = side_pairs(doc, "CONSULT")
    assert pairs and not any("ساندرز" in a or "Sanders" in a for a, r in pairs), pairs


def test_parties_of_the_coinciding_phrase_are_no_sides_of_the_act_before(pipe):
    doc = full(pipe, "سمحت إسرائيل باستئناف دخول البضائع التجارية إلى قطاع غزة في إشارة على تخفيف التوتر تزامنا مع "
                     "سعي مصر للتوصل إلى وقف طويل الأمد لإطلاق النار بين إسرائيل وحماس.")
    assert not any("Egypt" in r for a, r in side_pairs(doc, "CONCEDE"))


def test_antecedent_of_a_relative_clause_wounds_with_a_knife(pipe):
    doc = full(pipe, "منفذ هجوم أمستردام تحرك بدافع \"إرهابي\"\n\nأعلنت السلطات الهولندية، السبت، أن الشاب الأفغاني الذي "
                     "أصاب الجمعة أميركيين اثنين بسكين بمحطة قطارات في أمستردام، تحرك بدافع إرهابي.", "2018-09-01T12:00")
    assert any("الأفغاني" in a and "American" in r for a, r in side_pairs(doc, "ASSAULT")), side_pairs(doc, "ASSAULT")


def test_soldiers_wounding_with_bullets(pipe):
    doc = full(pipe, "وأضاف أن الجنود أصابوا شابا فلسطينيا بالرصاص، طعن أحدهم بسكين عند مدخل مستوطنة \"تامير\" القريبة "
                     "من نابلس.")
    assert any("الجنود" in a and "فلسطيني" in r for a, r in side_pairs(doc, "ASSAULT")), side_pairs(doc, "ASSAULT")


def test_passive_relative_clause_names_no_attacker(pipe):
    doc = full(pipe, "وقالت في تعليق عقب هجوم نيس الذي قتل فيه 86 شخصا إن الأمر أصبح روتينيا.")
    assert not any("86" in r for a, r in side_pairs(doc, "ASSAULT")), side_pairs(doc, "ASSAULT")


def test_bare_asr_before_a_count_is_no_party(pipe):
    doc = full(pipe, "مصرع 17 حوثيا في البيضاء\n\nلقي نحو 17 عنصرا من مليشيا الحوثي الإيرانية مصرعهم، يوم الاثنين، كما أسر "
                     "5 آخرون في مواجهات مع أفراد المقاومة في قيفة رداع بمحافظة البيضاء.")
    assert not any(any(m["text"] == "أسر" for m in e["mentions"]) for e in doc["entities"])


def test_killed_before_a_joined_clause_are_the_victims(pipe):
    doc = full(pipe, "معارك صعدة\n\nوأضاف أن نحو 119 من عناصر ميليشيا الحوثي الإرهابية قتلوا وتم أسر 17 مسلحا آخر في صعدة وحجة خلال "
                     "الـ48 ساعة الماضية.")
    assert not any("Houthi" in a for a, r in side_pairs(doc, "ASSAULT")), side_pairs(doc, "ASSAULT")

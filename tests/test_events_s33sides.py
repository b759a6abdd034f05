"""Party attribution, session 33 (track s33sides): a person named only as the genitive of his aide, lawyer, kin or
campaign staff is no party of their act; the patron of a named party (التابعة لـ، المدعومة من) is no party nor object
of its act; a masculine verb with a person's name right after it and a bare object is VSO when the story's actor the
coder would carry over is no person. And what must keep its sides. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import factual_all


# --- aides, lawyers, kin and campaign staff: not the person they belong to ---------------------------------------------

MCDOUGAL = ("عارضة سابقة بمجلة بلاي بوي تتهم ترامب بإقامة علاقة جنسية معها\n\n"
            "قالت كارين ماكدوغال، العارضة السابقة في مجلة بلاي بوي،إن الرئيس الأمريكي دونالد ترامب كان على علاقة جنسية "
            "معها.\nوقالت في مقابلة مع محطة سي أن أن إنها بكت في طريق عودتها إلى المنزل بعد أن حاول ترامب أن يدفع لها "
            "مبلغا من المال بعد أول لقاء.\nواعتذرت ماكدوغال لزوجة ترامب، ميلانيا، وقالت إنها لا تود أن يحصل شيء شبيه "
            "معها.\nونفى ترامب ما قالته ماكدوغال.")


def test_apology_to_the_wife_is_not_to_the_president(pipe):
    doc = full(pipe, MCDOUGAL, "2018-03-23T16:39")
    ev = factual(doc, "CONCEDE")
    assert ev and all("Trump" not in party(doc, e["recipients"]) for e in ev)
    assert "ماكدوغال" in party(doc, ev[0]["actors"])


def test_the_presidents_own_denial_kept(pipe):
    doc = full(pipe, MCDOUGAL, "2018-03-23T16:39")
    assert any("Trump" in party(doc, e["actors"]) for e in factual(doc, "REJECT"))


COHEN = ("رحلة سرية إلى براغ؟ محامي ترمب في عين عاصفة مولر\n\n"
         "كوهين الذي يشعر بضغط كبير، عقب تعرض مكتبه، الاثنين الماضي، في نيويورك، لمداهمة من جانب مكتب التحقيقات "
         "الفيدرالي، لجأ إلى \"توتير\"، السبت، لتكذيب هذه المزاعم عن رحلة براغ، دون أن يتعرض للمحقق الخاص بكلمة "
         "واحدة.\nوأكد محامي ترمب أنه \"لم يسافر على الإطلاق\" إلى العاصمة التشيكية، كما قدم صورة من جواز سفره إلى "
         "موقع \"بازفيد\"، نافيا الحصول على جواز آخر، نقلا عن وسائل إعلام أميركية.")


def test_the_lawyers_denial_is_not_the_presidents(pipe):
    doc = full(pipe, COHEN, "2018-04-15T01:26")
    assert not any("Trump" in party(doc, e["actors"]) for e in factual(doc, "REJECT"))


def test_campaign_manager_charged_is_not_the_candidate(pipe):
    doc = full(pipe, "مستشار سابق لترامب يقر بالتآمر\n\nوجاء في لائحة الاتهام الجديدة أنه قد دفع مبالغ لكبار السياسيين "
                     "الأوروبيين السابقين في الفترة بين عامي 2012 و 2013.\nاتهام المدير السابق لحملة ترامب بـ\"التآمر ضد "
                     "الولايات المتحدة\"", "2018-02-24T12:01")
    assert not any("Trump" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE"))


def test_an_aide_of_an_office_stays_his_state(pipe):
    doc = full(pipe, "وقال نائب وزير الخارجية الصيني وانغ شووين إنه سيلتقي مساعد وزير الخزانة الأمريكي للتجارة الدولية "
                     "ديفيد مالباس.")
    ev = [e for e in doc["events"] if e["type"] == "CONSULT"]
    assert ev and "USA" in party(doc, ev[0]["recipients"])


def test_a_title_with_the_article_is_no_aide(pipe):
    doc = full(pipe, "وأعلن وزير الداخلية الألماني هورست زيهوفر أنه توصل إلى اتفاق مع المستشارة أنغيلا ميركل حول السياسة "
                     "الواجب انتهاجها إزاء المهاجرين.", "2018-07-02T12:00")
    ev = factual(doc, "AGREE")
    assert ev and "Merkel" in party(doc, ev[0]["recipients"])


# --- the patron of a named party ------------------------------------------------------------------------------------------

def test_houthis_not_their_patron_fire_missiles(pipe):
    doc = full(pipe, "وأضاف: \"قامت ميليشيا الحوثي التابعة لإيران بإطلاق أكثر من ١٠٠ صاروخ باليستي على المملكة والتي "
                     "تصدى لها الأبطال في قوات الدفاع الجوي، بالأمس أطلقت سبعة صواريخ عشوائية على أربع مدن\".",
               "2018-03-27T13:50")
    assert not any("IRN" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT"))


def test_patron_of_a_un_agency_is_not_warned(pipe):
    doc = full(pipe, "اليمن: البرنامج الأممي للأغذية يحذر من أكبر أزمة جوع\n\nحذر برنامج الأغذية العالمي التابع للأمم "
                     "المتحدة، عبر صور وزعها عن الوضع الإنساني والميداني في مدينتي صعدة والحديدة، من أن الدمار والحصار "
                     "والنزاع العسكري الذي يشهده اليمن منذ أكثر من ثلاث سنوات سيتسبب بأكبر أزمة جوع يشهدها العالم حاليا.",
               "2018-07-31T16:21")
    assert not any("United Nations" in party(doc, e["recipients"]) for e in factual_all(doc))


def test_missile_of_the_houthis_keeps_its_target(pipe):
    doc = full(pipe, "وأكد العقيد الركن تركي المالكي، السبت، اعتراض قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقته "
                     "المليشيات الحوثية الإرهابية التابعة لإيران من داخل الأراضي اليمنية (محافظة صعدة) باتجاه أراضي "
                     "المملكة (خميس مشيط).")
    ev = factual(doc, "ASSAULT")
    assert ev and "YEM" in party(doc, ev[0]["actors"]) and "SAU" in party(doc, ev[0]["recipients"])


def test_a_channel_of_the_houthis_speaks_for_them(pipe):
    doc = full(pipe, "وأعلنت قناة \"المسيرة\" التابعة للحوثيين الأحد قصف \"مركز معلومات وزارة الدفاع السعودية وأهداف "
                     "أخرى ملكية بالرياض بدفعة من صواريخ بركان\".", "2018-06-24T12:00")
    ev = factual(doc, "ASSAULT")
    assert ev and "Houthi" in party(doc, ev[0]["actors"])


# --- a person right after a masculine verb, the story's actor no person ----------------------------------------------------

def test_person_after_the_verb_is_its_subject(pipe):
    doc = full(pipe, "جامعة الدول العربية تؤيد مراجعة الاتفاق النووي مع إيران غداة الانسحاب الأمريكي منه\n\n"
                     "غداة انسحاب الولايات المتحدة من الاتفاق النووي مع إيران، أعلنت الجامعة العربية الأربعاء على لسان "
                     "رئيسها أحمد أبو الغيظ تأييدها لمراجعة خطة العمل المشتركة التي أبرمتها قوى دولية مع إيران لمراقبة "
                     "برنامجها النووي. كما انتقد أبو الغيظ سياسات إيران في المنطقة العربية التي تفضي إلى \"عدم "
                     "الاستقرار\".", "2018-05-09T11:18")
    ev = [e for e in factual(doc, "ACCUSE") if "انتقد" in e["trigger"]["text"]]
    assert ev and "الغيظ" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])


def test_passive_charge_keeps_the_prosecution(pipe):
    doc = full(pipe, "اتهمت النيابة العامة الإسرائيلية في محكمة بئر السبع المركزية الاثنين موظفا فرنسيا في القنصلية "
                     "الفرنسية بتهريب أسلحة من قطاع غزة إلى الضفة الغربية. واتهم فرانك باستخدام سيارة قنصلية رسمية "
                     "لتهريب الأسلحة.", "2018-03-19T12:00")
    ev = factual(doc, "ACCUSE")
    assert ev and all("فرانك" not in party(doc, e["actors"]) for e in ev)

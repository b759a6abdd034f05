"""Session 27 (track s27victims): parties described, not named.  Residential areas as the target of shelling
(الأحياء السكنية، المناطق السكنية، منازل المواطنين: parties.tsv, CVL), not after a preposition of place (وسط، في);
one person by age or trade (طفلا، طفلة، مسعفة، طبيبا، ضابطا) only indefinite, bare and not after ل
(parties._generic, wordsets victim/bare).  Sentences from the corpus (not the gold sets)."""
from conftest import full, sides


def _recipients(doc, typ):
    return [r for _a, r, _e in sides(doc, typ)]


def test_residential_areas_struck_by_jets(pipe):
    doc = full(pipe, "واستهدفت مقاتلات حربية سورية بالصواريخ الفراغية الأحياء السكنية في بلدة بصر الحرير وبلدة المجيدل "
                     "بمنطقة اللجاة.")
    assert any("الأحياء السكنية" in r for r in _recipients(doc, "ASSAULT")), sides(doc, "ASSAULT")


def test_residential_areas_attacked(pipe):
    doc = full(pipe, "وهاجم المسلحون الحوثيون المناطق السكنية في محيط المطار بعد أن ضيقت القوات المشتركة الخناق عليهم.")
    evs = sides(doc, "ASSAULT")
    assert any("المناطق السكنية" in r and "Houthi" in a for a, r, _ in evs), evs


def test_residential_areas_as_a_place_are_no_party(pipe):
    doc = full(pipe, "وبحسب شهود عيان، فإن الميليشيات الحوثية عقب هزيمتها المدوية في مطار الحديدة، فرت باتجاه وسط "
                     "المدينة، وتتمركز وسط الأحياء السكنية، ونشرت قناصتها في الفنادق.")
    assert not any("الأحياء السكنية" in a + r for e in doc["events"] for a, r, _ in sides(doc, e["type"])), doc["events"]


def test_former_officer_convicted(pipe):
    doc = full(pipe, "وفي قضية أخرى، أدانت محكمة أمريكية ضابطا سابقا في المخابرات الأمريكية بتهم التجسس ونقل معلومات "
                     "سرية إلى عميل صيني.")
    assert any("ضابطا" in r for r in _recipients(doc, "SANCTION")), sides(doc, "SANCTION")


def test_girls_abducted(pipe):
    doc = full(pipe, "الأمم المتحدة: بوكو حرام خطفت أكثر من ألف طفلة")
    assert any("طفلة" in r for r in _recipients(doc, "ASSAULT")), sides(doc, "ASSAULT")


def test_men_and_child_held(pipe):
    doc = full(pipe, "ويقول إن الجيش والقوى الأمنية أوقفت 34 رجلا وطفلا عند نقاط تفتيش كجزء من إجراءات رصد الإرهاب.")
    assert any("طفلا" in r for r in _recipients(doc, "COERCE")), sides(doc, "COERCE")


def test_addressee_with_lam_is_no_party(pipe):
    doc = full(pipe, "وذلك حين أثار الرئيس التركي، رجب طيب أردوغان، انتقادات واسعة لقوله لطفلة ترتدي زيا عسكريا إنها "
                     "ستتشرف إذا ما استشهدت في سبيل بلادها.")
    assert not any("طفلة" in a + r for e in doc["events"] for a, r, _ in sides(doc, e["type"])), doc["events"]


def test_his_child_is_no_party(pipe):
    doc = full(pipe, "وقد وضع والد الطفل (37 عاما) ولا سوابق إجرامية له، في الحبس على ذمة التحقيق لتركه طفله من دون "
                     "مراقبة.")
    assert not any("طفله" in a + r for e in doc["events"] for a, r, _ in sides(doc, e["type"])), doc["events"]


def test_definite_child_is_no_party(pipe):
    doc = full(pipe, "وقال محمد حمادة، محامي الطفل، إن والد الطفلة حرر محضرا اتهم فيه الطفل بتقبيل ابنته.")
    assert not any("الطفلة" in a for e in doc["events"] for a, _r, _ in sides(doc, e["type"])), doc["events"]


def test_residential_areas_are_no_addressee_of_a_refusal(pipe):
    doc = full(pipe, "ورفض الحوثيون تطبيق القرار الدولي الملزم، واستمروا في قصف المناطق السكنية عشوائيا لترهيب المدنيين.")
    evs = sides(doc, "REJECT")
    assert evs and not any("المناطق السكنية" in a + r for a, r, _ in evs), evs

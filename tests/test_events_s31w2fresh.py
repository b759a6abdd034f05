"""Session 31 (track w2fresh): parties the freshest development sets showed missing.

* a lone man, young man or person told after the attack verb (VS) with its object within a few words ("فتح شخص النار
  على مقهى"، "فتح شاب يبلغ من العمر 19 عاما النار"، "فجر رجل نفسه") is the attacker, as it was before the verb (SV);
* worshippers (المصلين، مصلين، المصلون) are a civilian party: the ones an attack, an arrest or a closure befell and a
  protest's crowd, never the author of another act.
Sentences from the corpus (not the gold sets)."""
from conftest import full, sides


def test_a_person_after_the_verb_opens_fire(pipe):
    doc = full(pipe, "فتح شخص النار على مقهى للإنترنت فى مدينة مالمو، جنوب السويد، ما أدى إلى مصرع ثلاثة أشخاص")
    evs = sides(doc, "ASSAULT")
    assert any(a.strip() and "SWE" in r for a, r, _ in evs), evs


def test_police_clash_with_worshippers(pipe):
    doc = full(pipe, "وقالت الوكالة إن مواجهات جرت بين الشرطة والمصلين بعد الصلاة، أطلقت خلالها الشرطة قنابل صوتية")
    evs = sides(doc, "ASSAULT")
    assert any("مصلين" in r for a, r, _ in evs), evs


def test_worshippers_arrested(pipe):
    doc = full(pipe, "إسرائيل تعتقل مصلين من ساحات الأقصى\n\nاعتقلت القوات الإسرائيلية عددا من المصلين من إحدى ساحات "
                     "المسجد الأقصى.")
    evs = sides(doc, "COERCE")
    assert any("ISR" in a and "مصلين" in r for a, r, _ in evs), evs


def test_worshippers_are_no_author_of_a_refusal(pipe):
    doc = full(pipe, "بيد أن المصلين في المسجد رفضوا التراجع عن موقفهم، وقال أحد السكان إنهم لن يغادروا.")
    evs = sides(doc, "REJECT")
    assert not any("مصلين" in a for a, r, _ in evs), evs


def test_a_man_killed_is_no_attacker(pipe):
    doc = full(pipe, "وقتل شاب برصاص الشرطة في مدينة البصرة الجمعة.")
    evs = sides(doc, "ASSAULT")
    assert not any("attacker" in a or "شاب" in a for a, r, _ in evs), evs

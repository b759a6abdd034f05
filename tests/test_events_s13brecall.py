"""Recall of events whose trigger is present (session 13, track s13brecall): arrests told by an indefinite verbal
noun get the implied authorities of the place, an armed group's act toward a bare demonym of its own state is a
domestic act (no same-state misreading), and a verbal noun with a possessive pronoun and its object right after it
has the pronoun's antecedent as its agent. Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_headline_arrest_by_an_indefinite_verbal_noun_has_the_place_authorities(pipe):
    doc = full(pipe, "إفشال محاولة اعتداء جديدة في فرنسا.. وتوقيف مصريين\n\nقالت الشرطة إن التحقيق مستمر.")
    ev = factual(doc, "COERCE")
    assert ev and "FRA" in party(doc, ev[0]["actors"]) and "EGY" in party(doc, ev[0]["recipients"])


def test_named_arrester_of_the_body_wins_over_the_implied_authorities_of_the_headline(pipe):
    doc = full(pipe, "اعتقال شخصين في مصر بتهمة تنظيم حفل لمثليي الجنس\n\nألقت قوات الشرطة المصرية القبض على شخصين بتهمة "
                     "التخطيط لتنظيم حفل موسيقي لمجموعة من المثليين جنسيا في محافظة الإسكندرية.")
    ev = factual(doc, "COERCE")
    assert ev and all("الشرطة" in party(doc, e["actors"]) for e in ev)


def test_armed_group_attacking_its_own_states_forces_is_no_same_state_misreading(pipe):
    doc = full(pipe, "نقلت رويترز عن مصادر أمنية أن حركة الشباب الإرهابية هاجمت بسيارة ملغومة موكبا عسكريا خارج العاصمة "
                     "الصومالية مقديشو، الثلاثاء، مما أسفر عن سقوط قتلى.")
    ev = factual(doc, "ASSAULT")
    assert ev and "الشباب" in party(doc, ev[0]["actors"]) and "SOM" in party(doc, ev[0]["recipients"])


def test_state_toward_its_own_state_stays_a_misreading(pipe):
    doc = full(pipe, "قالت الحكومة القطرية إنها قدمت مساعدات لقطر.")
    assert not any(set(e["actors"]) & set(e["recipients"]) for e in doc["events"])


def test_possessive_pronoun_of_a_criticism_noun_is_its_author(pipe):
    doc = full(pipe, "رفض رئيس الوزراء الكندي جاستن ترودو الاعتذار بشأن تصريحاته عن حقوق الإنسان في السعودية التي قالت "
                     "إنها تبحث اتخاذ اجراءات عقابية ضد أوتاوا بعد انتقادها للمملكة.")
    ev = [e for e in factual(doc, "ACCUSE") if "SAU" in party(doc, e["recipients"])]
    assert ev and "CAN" in party(doc, ev[0]["actors"])


def test_possessive_pronoun_of_a_visit_noun_is_the_visitor(pipe):
    doc = full(pipe, "رحّبت الحكومة اليمنية الشرعية، مساء الأحد، بجهود الوساطة التي يقودها المبعوث الأممي إلى اليمن، مارتن "
                     "غريفيث، وأكدت أنها تراقب عن كثب زيارته إلى صنعاء لإقناع ميليشيا الحوثي بالانسحاب من مدينة وميناء "
                     "الحديدة سلمياً.")
    ev = factual(doc, "CONSULT")
    assert ev and "غريفيث" in party(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_ta_marbuta_is_no_possessive_pronoun(pipe):
    doc = full(pipe, "أعلنت المساعدة السابقة للرئيس الأميركي أوماروسا مانيجولت عن مقتطفات من كتابها الذي تنتقد فيه بشكل "
                     "لاذع الرئيس الأميركي دونالد ترامب.")
    assert not factual(doc, "AID")


def test_arrest_or_penalty_noun_pronoun_is_not_its_author(pipe):
    doc = full(pipe, "بعد عام تقريبا على توقيفه، مثل الاثنين المغربي ناصر الزفزافي أمام غرفة الجنايات بمحكمة الاستئناف.")
    assert not any("الزفزافي" in party(doc, e["actors"]) for e in factual(doc, "COERCE"))

"""A headline's event told again in the body with other parties (track s14headdup): the headline's implied author
("اعتقال فلسطينيين": السلطات) and a side told by a nationality adjective alone ("ضابط قطري") fold into the body's
telling, which names them."""
from __future__ import annotations

from conftest import factual, full, party


def test_headline_arrest_with_implied_author_folds_into_the_body_arrest(pipe):
    doc = full(pipe, "اعتقال فلسطينيين بعد مقتل إسرائيليين بالضفة الغربية\n\n"
                     "أعلن الجيش الإسرائيلي، الأحد، اعتقال عدد من الشبان الفلسطينيين، بعد اقتحامه قرية شويكة قضاء طولكرم "
                     "شمالي الضفة الغربية.")
    ev = factual(doc, "COERCE")
    assert len(ev) == 1
    assert "ISR" in party(doc, ev[0]["actors"]) and "PSE" not in party(doc, ev[0]["actors"])


def test_headline_side_told_by_nationality_folds_into_the_named_person(pipe):
    doc = full(pipe, "اليمن.. القبض على ضابط قطري للاشتباه في دعمه الحوثيين\n\n"
                     "ألقي القبض، الأربعاء، في اليمن على ضابط في الاستخبارات القطرية عند مغادرته إلى عُمان للاشتباه في "
                     "دعمه الحوثيين، حسب ما أكدته مصادر من الحكومة اليمنية لقناة \"العربية\".\n"
                     "وكشفت المصادر أن القوات التابعة للحكومة اليمنية ألقت القبض على المدعو محسن الكربي، بعد محاولته "
                     "الخروج من الأراضي اليمنية.")
    ev = factual(doc, "COERCE")
    assert len(ev) == 1
    assert "الكربي" in party(doc, ev[0]["recipients"]) and "QAT" not in party(doc, ev[0]["recipients"])


def test_two_arrests_by_named_authors_of_two_states_stay_apart(pipe):
    doc = full(pipe, "الشرطة التركية تعتقل صحفيا ألمانيا في إسطنبول\n\n"
                     "وكانت الشرطة الفرنسية قد اعتقلت الشهر الماضي ناشطا تركيا في باريس.")
    assert len(factual(doc, "COERCE")) == 2


def test_one_person_spelled_with_and_without_a_long_vowel_is_one_party(pipe):
    doc = full(pipe, "الادعاء العام الألمانى يطلب من قضاء بلده تسليم كارلس بيغديمونت إلى إسبانيا\n\n"
                     "طلب الإدعاء العام الألماني تسليم الزعيم الانفصالي الكتالوني السابق كارليس بيغديمونت إلى السلطات "
                     "الإسبانية.")
    assert len(factual(doc, "REQUEST")) == 1

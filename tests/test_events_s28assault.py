"""Session 28 (track s28assault): attacks the sentence classifier vetoed though the text pins them down, and attacks
read without their victim.

* an attack its target underwent (a finite تعرض next to its subject, or after the relative pronoun of its
  antecedent) with its author after من / من قبل is pinned (_exposed): "مريم مصطفى، التي تعرضت لاعتداء عنصري من 10
  فتيات";
* a passive of harm whose victim has a relative clause before the attack that caused it is read past the clause
  (stage._relative_clause_end): "وقتل الصماد الذي ترأس ...، الخميس، من جراء غارة للتحالف العربي"; the attack's author
  its لـ-genitive names is marked;
* a verb of launching joined by و after a comma takes the earlier clause's subject as the author
  (stage._coordinated_launch).
Sentences from the corpus (not the gold sets)."""
from conftest import full, sides


def test_attack_undergone_with_author_after_min(pipe):
    doc = full(pipe, "وكانت وسائل الإعلام في إيطاليا قد ضجت، الأحد، بنبأ وفاة الطالبة المصرية مريم مصطفى، التي تعرضت "
                     "لاعتداء عنصري من 10 فتيات في مدينة نوتنغهام قبل نحو أسبوعين.")
    evs = sides(doc, "ASSAULT")
    assert any("فتيات" in a and "مريم" in r for a, r, _ in evs), evs


def test_attack_undergone_by_a_pronoun_takes_no_party_further_back(pipe):
    doc = full(pipe, "ويقول جعفر فرح الناشط البارز ومدير مركز \"مساواة\"، الذي يعنى بالدفاع عن حقوق المواطنين العرب "
                     "إنه تعرض لاعتداء عنيف من قبل الشرطة الإسرائيلية، مشيرا إلى أن أحد عناصرها ضربه بقوة على ركبته "
                     "في غرفة احتجاز.")
    evs = sides(doc, "ASSAULT")
    assert not any("المواطنين" in r for a, r, _ in evs), evs


def test_risk_of_being_beaten_is_not_pinned(pipe):
    doc = full(pipe, "وقالت المحكمة العليا الشرقية، إن الجنود الدنماركيين لم يسيئوا معاملة، أي من المدنيين العراقيين، "
                     "لكنهم على علم بأن المعتقلين كانوا \"في خطر حقيقي من التعرض لمعاملة، غير إنسانية من حيث تعرضهم "
                     "للضرب والركل\" من قبل القوات العراقية.")
    evs = sides(doc, "ASSAULT")
    assert not any("المعتقلين" in r for a, r, _ in evs), evs


def test_passive_of_harm_past_the_victims_relative_clause(pipe):
    doc = full(pipe, "وقتل الصماد الذي ترأس ما يسمى المجلس السياسي الأعلى للتابع للميليشيات، الخميس، من جراء غارة "
                     "للتحالف العربي لدعم الشرعية في اليمن استهدفته في محافظة الحديدة غربي البلاد، لكن الإعلان عن "
                     "مقتله تأخر حتى مساء الاثنين.", published="2018-04-24T12:00")
    evs = sides(doc, "ASSAULT")
    assert any("coalition" in a.lower() and "الصماد" in r for a, r, _ in evs), evs
    assert not any("الصماد" in a for a, r, _ in evs), evs


def test_passive_of_harm_in_a_raid_of_the_coalition(pipe):
    doc = full(pipe, "أعلن الحوثيون، الإثنين، عن مقتل رئيس ما يسمى بالمجلس السياسي الأعلى، صالح الصماد، والذي قتل في "
                     "غارة جوية للتحالف العربي لـ\"دعم الشرعية في اليمن\"، الخميس.", published="2018-04-23T12:00")
    evs = sides(doc, "ASSAULT")
    assert any("coalition" in a.lower() and "الصماد" in r for a, r, _ in evs), evs


def test_coordinated_launch_of_a_verbal_attack(pipe):
    doc = full(pipe, "وكانت قمة مجموعة السبع باءت بالفشل بعد انسحاب ترامب فجأة من البيان الختامي الصادر عنها، وشن هجوما "
                     "شديدا على رئيس الوزراء الكندي، جاستن ترودو.")
    assert not sides(doc, "ASSAULT")
    evs = sides(doc, "ACCUSE")
    assert any("Trump" in a and "Trudeau" in r for a, r, _ in evs), evs

"""Session 24 (track s24deny): a denial whose object names again a claim told before ("نفت هذه المعلومات"، "نفت ذلك"،
"رفضت هذه الاتهامات") rejects the claim's author, the speaker told last (claims.py), even where the claim got no event
of its own; an accusation coded against the denier comes first."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,denier,claimant", [
    ("قال المرصد السوري لحقوق الإنسان إن حالات اختناق سجلت إثر قصف جوي على مدينة دوما، فيما تحدثت \"الخوذ البيضاء\" "
     "عن قصف بـ\"غازات سامة\". لكن دمشق نفت هذه المعلومات وقالت إن \"الجيش ليس بحاجة إلى استخدام أي نوع من المواد "
     "الكيماوية\".", "Damascus", "White Helmets"),
    ("قالت وزارة الخارجية الأمريكية إن القوات الحكومية استخدمت أسلحة كيماوية في الغوطة. لكن دمشق نفت هذه الاتهامات.",
     "Damascus", "Department of State"),
    ("قال النائب البريطاني توم توغندهات إن تسميم سكريبال يبدو محاولة اغتيال وقفت وراءها دولة. ورفض الكرملين هذه "
     "الاتهامات.", "Kremlin", "توغندهات"),
])
def test_denial_of_a_claim_told_before(pipe, text, denier, claimant):
    evs = sides(full(pipe, text), "REJECT")
    assert any(denier in a and claimant in r for a, r, _ in evs), evs


def test_claim_noun_needs_a_demonstrative_or_a_clause_end(pipe):
    # "نفت وجود اتصالات": what is denied is an act named in place, no claim told before
    text = "قالت وزارة الخارجية الأمريكية إن القوات الحكومية استخدمت أسلحة كيماوية في الغوطة. ونفت دمشق هذه الخطوة."
    evs = sides(full(pipe, text), "REJECT")
    assert not any("Department of State" in r for a, r, _ in evs), evs

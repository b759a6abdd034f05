"""Session 31 (track w2reject): a rejected or denied charge said to be aimed at a named party ("الاتهامات التي وجهت
لمصر"، "التهم الموجهة إلى برانسون") names the accused, never the one rejected: the rejection answers the author of the
accusation against that party (or against the rejecting party) told before it, and with none told there is no event
(stage._charge_aimed_at). Sentences from the corpus (not the gold sets)."""
from evhelpers import sides_of


def test_denial_of_charges_aimed_at_the_spokesmans_state_rejects_the_accuser(pipe):
    text = ("مفاوضات سد النهضة\n"
            "حملت إثيوبيا القاهرة المسؤولية عن فشل اجتماع الخرطوم الثلاثي الأسبوع الماضي بشأن سد النهضة الإثيوبي.\n"
            "لكن المتحدث باسم الخارجية المصرية، أحمد أبو زيد، نفى الاتهامات التي وجهت لمصر بشأن وقوفها وراء تعثر "
            "المفاوضات الأخيرة.")
    evs = sides_of(pipe, text, "REJECT")
    assert evs and all("ETH" in r and "EGY" not in r for _, r, _ in evs), evs


def test_rejection_of_charges_aimed_at_a_third_party_rejects_its_accuser(pipe):
    text = ("وتتهم أنقرة القس الأمريكي أندرو برانسون بالتجسس.\n"
            "وفرضت الولايات المتحدة عقوبات اقتصادية على تركيا بسبب اعتقال القس البالغ من العمر 50 عاما، ورفضت واشنطن "
            "التهم الموجهة إلى برانسون بشأن مساعدة متورطين في محاولة الانقلاب.")
    evs = sides_of(pipe, text, "REJECT")
    assert any("USA" in a and "TUR" in r for a, r, _ in evs), evs
    assert not any("برانسون" in r for _, r, _ in evs), evs


def test_the_accused_alone_is_no_recipient(pipe):
    # no accuser told: no REJECT toward the accused
    text = ("وفرضت الولايات المتحدة عقوبات اقتصادية على تركيا بسبب اعتقال القس البالغ من العمر 50 عاما، ورفضت واشنطن "
            "التهم الموجهة إلى برانسون بشأن مساعدة متورطين في محاولة الانقلاب.")
    assert not any("برانسون" in r for _, r, _ in sides_of(pipe, text, "REJECT"))


def test_charges_from_a_named_accuser_keep_it(pipe):
    # not aimed at the named party: the party after من is the accuser itself
    text = ("رفضت السلطات الروسية، الأربعاء، الاتهامات الموجهة لها من الأمم المتحدة وأمريكا بالتورط في قتل مئات المدنيين "
            "بالغوطة الشرقية، معتبرة أنها اتهامات \"لا أساس لها\".")
    evs = sides_of(pipe, text, "REJECT")
    assert any("RUS" in a and "USA" in r for a, r, _ in evs), evs

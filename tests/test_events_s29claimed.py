"""Session 29 (track s29claimed): an attack whose author is told as the claimer of the attack in the same sentence
("أعلن تنظيم داعش مسؤوليته عن الهجوم على ..."). The attack noun's own reading had no author, was weak and was dropped
before the story's claimed_authors could give it one; strikes.claimed_here gives it the claimant (docs/events.md,
s29claimed). A denial, a threat or an unclaimed attack gives none."""
import pytest

from conftest import full, sides, told

PUB = "2024-05-14T10:00"


@pytest.mark.parametrize("text,actor,target", [
    ("أعلن الحوثيون مسؤوليتهم عن هجوم على سفينة إسرائيلية في البحر الأحمر.", "Houthi", "ISR"),
    ("أعلنت جماعة الحوثي مسؤوليتها عن هجوم على سفينة إسرائيلية في البحر الأحمر.", "Houthi", "ISR"),
    ("أعلن تنظيم داعش مسؤوليته عن الهجوم على قوات الأمن المصرية في سيناء.", "Islamic State", "EGY"),
    ("أعلنت حركة الشباب مسؤوليتها عن الهجوم على قاعدة عسكرية للجيش الصومالي.", "Al-Shabaab", "SOM"),
    # (corpus, 2018)
    ("أعلن الحرس الثوري الإيراني مسؤوليته عن هجوم صاروخي على مقاتلين أكراد في العراق، السبت.", "Revolutionary Guard",
     "IRQ"),
    ("وفي مايو/أيار الماضي، أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على مكاتب اللجان الانتخابية الوطنية في "
     "العاصمة طرابلس.", "Islamic State", "LBY"),
    ("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم الانتحاري الذي قتل 14 مسلحا من قوات النظام السوري في جنوبي "
     "سوريا.", "Islamic State", "مسلحا"),
    # (read before; kept as guards)
    ("تبنى تنظيم داعش الهجوم على قوات الأمن المصرية في سيناء.", "Islamic State", "EGY"),
    ("أعلنت حركة الشباب مسؤوليتها عن الهجوم الذي أسفر عن مقتل عشرة جنود صوماليين.", "Al-Shabaab", "SOM"),
])
def test_claimed_attack_is_the_claimers(pipe, text, actor, target):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    "نفى تنظيم داعش مسؤوليته عن الهجوم على قوات الأمن المصرية في سيناء.",
    "نفت حركة الشباب مسؤوليتها عن الهجوم على قاعدة عسكرية للجيش الصومالي.",
    "لم تعلن أي جهة مسؤوليتها عن الهجوم على قوات الأمن المصرية.",
    "أعلنت وزارة الدفاع مسؤوليتها عن حماية المدنيين من الهجوم على القرى.",
])
def test_no_claim_no_author(pipe, text):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert not any(a for a, _, _ in evs), evs


def test_claim_channel_is_no_target(pipe):
    # the agency the claim went through is no target (data/wordsets.tsv claim/via)
    evs = told(pipe, "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم عبر وكالة الأنباء \"أعماق\" التابعة له.",
               "ASSAULT", PUB)
    assert not any("أعماق" in r for _, r, _ in evs), evs


def test_claim_not_made_gives_no_author(pipe):
    """The claim verb negated (lead BB-2376 of the 1,490): "ولم تعلن إسرائيل مسؤوليتها عن هذه الهجمات" is no claim, so
    no attack of the story becomes a factual one of a claimer (it made the month-old strike told next a fact)."""
    text = ("وكان شتاينتز يشير إلى تقارير تحدثت عن أن إيران تسعى للقيام برد انتقامي على الهجمات الأخيرة على أهداف "
            "إيرانية في سوريا، التي تتهم طهران إسرائيل بالمسؤولية عنها، ولم تعلن إسرائيل مسؤوليتها عن هذه الهجمات.\n"
            "وكانت سوريا اتهمت الشهر الماضي إسرائيل بالوقوف وراء قصف قاعدة تياس الجوية، المعروفة باسم تيفور قرب مدينة "
            "حمص وسط البلاد.")
    evs = sides(full(pipe, text, "2018-05-07T10:00"), "ASSAULT")
    assert not any(not (e["historical"] or e["negated"] or e["hypothetical"]) for _, _, e in evs), evs

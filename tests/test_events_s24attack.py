"""Session 24 (track s24attack): attacks whose sides are told by a pronoun or a noun phrase. A verb of harm with the
pronoun of a person (قبل أن تقتله الشرطة) and a harm noun after قام / أقدم with its pronoun (قامت الشرطة بقتله) are
aimed at the person named before; a launching noun after ب (ردت إسرائيل بشن ضربات) launches the strikes; a launched
weapon's nationality adjective names its launcher (إطلاق صواريخ إيرانية على); an act asked about (ما إذا) is no threat."""
import pytest

from evhelpers import record_sides

PUB = "2018-05-10"  # the day the test articles are published


@pytest.mark.parametrize("text,actor,target", [
    # the object pronoun of a verb of harm: the person named before
    ("واستولى المسلح على سيارة، ثم احتجز رهائن في متجر ببلدة تريب قبل أن تقتله الشرطة.", "الشرطة", "المسلح"),
    ("قال المدعي العام الفرنسي إن الشرطة اعتقلت امرأة على صلة بالمسلح الذي قتل ثلاثة أشخاص جنوب غربي فرنسا قبل أن "
     "تقتله الشرطة، الجمعة.", "الشرطة", "المسلح"),
    # قام X بـ + a harm noun with the victim's pronoun
    ("قُتل شخص وأصيب 4 آخرون، مساء السبت، وسط باريس، على يد رجل مسلّح بسكين قامت الشرطة بقتله.", "الشرطة", "مسلّح"),
    # a launching noun after ب
    ("ردت اسرائيل بشن ضربات ضد اهداف ايرانية في سوريا.", "ISR", "IRN"),
    # a launched weapon's nationality adjective
    ("دعا الاتحاد الأوروبي الخميس إلى ضبط النفس بعد إطلاق صواريخ إيرانية على المواقع الإسرائيلية.", "IRN", "ISR"),
])
def test_attack_sides(pipe, text, actor, target):
    evs = record_sides(pipe, text, "ASSAULT", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor", [
    # a weapon's adjective of make names no launcher
    ("وجاء ذلك بعد إطلاق صواريخ روسية الصنع على المواقع الإسرائيلية.", "RUS"),
    # ها on a verb of harm is as often a thing: no party taken up
    ("وصل الوفد الروسي إلى دمشق، ثم قصفتها الطائرات.", "Damascus"),
])
def test_no_attack(pipe, text, actor):
    evs = record_sides(pipe, text, "ASSAULT", PUB)
    assert not any(actor in a or actor in r for a, r, _ in evs), evs


def test_whether_no_threat(pipe):
    # an act the paper asks about is no threat by the one it names
    text = ("الصحيفة تساءلت ما إذا كان الرئيس الفرنسي إيمانويل ماكرون سيأمر بشن ضربات على مواقع النظام السوري إذا ما "
            "اتضح أنه استخدم الأسلحة الكيميائية ضد شعبه.")
    assert not record_sides(pipe, text, "THREATEN", PUB)

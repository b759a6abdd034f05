"""An office, its complement and its holder set between commas, then the object (session 35, track s35appos): the
office's own genitive or place (مبعوث الأمم المتحدة إلى اليمن، السفير لدى ألمانيا) and the holder's name belong to the
subject; the object is the party after the second comma. Sentences from the 2018 corpus (some shortened)."""
from __future__ import annotations

from conftest import full
from evhelpers import pairs


def test_the_envoys_place_is_no_object(pipe):
    doc = full(pipe, "وانتقد المبعوث الأممي إلى اليمن، مارتن غريفيث، الحوثيين بسبب عرقلة الاتفاق.")
    assert any("Griffiths" in a and "Houthi" in r for a, r in pairs(doc, "ACCUSE"))
    assert not any("YEM" in r and "Houthi" not in r for a, r in pairs(doc, "ACCUSE"))


def test_the_leaders_movement_is_no_object(pipe):
    doc = full(pipe, "دعا زعيم التيار الصدري في العراق، مقتدى الصدر، الجمعة، وزارة الداخلية العراقية إلى نزع سلاح "
                     "مدينة الصدر بالكامل وتسليمه للدولة.")
    assert any("Sadr" in a and "Interior" in r for a, r in pairs(doc, "REQUEST"))


def test_the_ambassadors_host_body_is_no_object(pipe):
    doc = full(pipe, "واتهم السفير الروسي إلى الاتحاد الأوروبي، فلاديمير شيزوف، بريطانيا، بصناعة الغاز السام، لاغتيال "
                     "سيرغي سكريبال.")
    sides = pairs(doc, "ACCUSE")
    assert any("United Kingdom" in r for a, r in sides)
    assert not any("European Union" in r for a, r in sides)


def test_an_office_read_as_a_body_and_its_holder(pipe):
    doc = full(pipe, "وانتقدت مفوضة الأمم المتحدة السامية لحقوق الإنسان، ميشيل باشليه، السعودية بسبب اعتقال الناشطات.")
    sides = pairs(doc, "ACCUSE")
    assert any("Saudi" in r for a, r in sides)
    assert not any("Bachelet" in r for a, r in sides)


def test_the_holder_named_after_an_office_with_no_name_acts(pipe):
    doc = full(pipe, "وحضت السفيرة الأمريكية لدى الأمم المتحدة، نيكي هايلي، إيران على النظر للمرآة لمعرفة أسباب الهجوم.")
    assert any("Haley" in a and "Iran" in r for a, r in pairs(doc, "REQUEST"))


def test_a_side_met_before_the_name_is_still_the_object(pipe):
    # (the name after بـ + office is the one met, not the subject's holder)
    doc = full(pipe, "والتقى الرئيس رجب طيب أردوغان بوزير الخارجية الأمريكي، مايك بومبيو، الذي وصل إلى أنقرة الأربعاء.")
    assert any("Erdo" in a and "Pompeo" in r for a, r in pairs(doc, "CONSULT"))


def test_the_object_in_commas_after_a_named_subject_stays(pipe):
    doc = full(pipe, "اتهم الرئيس الأمريكي، دونالد ترامب، وزير العدل، جيف سيشنز، بالإضرار بفرص إعادة انتخاب عضوين جمهوريين.")
    assert any("Trump" in a and "Sessions" in r for a, r in pairs(doc, "ACCUSE"))


def test_the_merged_holder_of_an_office_with_a_genitive(pipe):
    doc = full(pipe, "واتهم السفير الروسي إلى الاتحاد الأوروبي، فلاديمير شيزوف، بريطانيا بصناعة الغاز السام.")
    assert not any("European Union" in r for a, r in pairs(doc, "ACCUSE"))


def test_a_body_office_with_no_object_keeps_no_recipient(pipe):
    doc = full(pipe, "ندد مفوض الأمم المتحدة السامي لحقوق الإنسان، زيد رعد الحسين، الاثنين، بعدم التحرك حيال النزاعات "
                     "في سوريا.")
    assert not any("Zeid" in r for a, r in pairs(doc, "ACCUSE"))


def test_a_pledge_with_no_party_takes_not_the_envoys_country(pipe):
    doc = full(pipe, 'تعهد المبعوث الدولي الجديد إلى اليمن، مارتن غريفيث، "بالعمل بجد لتيسير عملية سياسية شاملة".')
    assert not any("YEM" in r for a, r in pairs(doc, "AGREE"))


def test_a_title_with_no_party_then_the_holder_then_the_object(pipe):
    doc = full(pipe, 'واتهم زعيم المعارضة، جيرمي كوربن، الحكومة "بالتواطؤ" في جرائم الحرب لبيعها أسلحة للرياض.')
    sides = pairs(doc, "ACCUSE")
    assert any("Corbyn" in a and "الحكومة" in r for a, r in sides)
    assert not any("المعارضة" in r for a, r in sides)


def test_a_party_inside_the_act_noun_after_the_holder_is_no_object(pipe):
    doc = full(pipe, 'وندد رئيس بلدية تورونتو، جون توري، بـ"المأساة"، ودعا السكان إلى الهدوء وتفادي "الخروج باستنتاجات".')
    assert not any("السكان" in r for a, r in pairs(doc, "ACCUSE"))

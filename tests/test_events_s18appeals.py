"""Requests told by a circumstantial participle of urging of the first form (حاثا، حاضة) and by a noun of necessity
(ضرورة، وجوب) with the doer of the act demanded (session 18, track s18appeals)."""
from conftest import full
from evhelpers import pairs


def test_urging_participle_after_a_call_takes_the_clause_subject(pipe):
    # France 24, 2018-05-14 (gold X-016, shortened): حاضة is a participle of urging; Britain urges, Israel is urged
    doc = full(pipe, "دعت بريطانيا وفرنسا وألمانيا إلى التهدئة، حاضة إسرائيل على ضبط النفس أمام المظاهرات الفلسطينية.",
               published="2018-05-14T20:00")
    reqs = pairs(doc, "REQUEST")
    assert any("بريطانيا" in a and "إسرائيل" in r for a, r in reqs)
    assert not any("إسرائيل" in a for a, r in reqs)


def test_urging_participle_after_a_condemnation(pipe):
    # حاثا after a comma: the EU (the clause's subject) urges Russia; Russia is not the one who urges
    doc = full(pipe, "أدان الاتحاد الأوروبي الهجوم، حاثا روسيا على وقف دعمها للنظام السوري.",
               published="2018-04-10T20:00")
    reqs = pairs(doc, "REQUEST")
    assert any("الاتحاد الأوروبي" in a and "روسيا" in r for a, r in reqs)
    assert not any("روسيا" in a for a, r in reqs)


def test_necessity_with_the_verbal_noun_and_its_doer(pipe):
    # Al Arabiya, 2018-06-18 (gold X-007): a demand told by ضرورة + verbal noun + its doer
    doc = full(pipe, "وذكرت الوزارة أن بومبيو أشار إلى ضرورة التزام روسيا والنظام السوري بتلك الاتفاقات.",
               published="2018-06-18T20:00")
    assert any("بومبيو" in a and "روسيا" in r for a, r in pairs(doc, "REQUEST"))


def test_necessity_with_an_an_clause(pipe):
    # Sky News Arabia, 2018-06-05: وجوب أن + imperfect + its subject
    doc = full(pipe, "جددت وزارة الخارجية الأميركية التأكيد على وجوب أن توقف إيران بالكامل أنشطتها النووية.",
               published="2018-06-05T20:00")
    assert any("إيران" in r for a, r in pairs(doc, "REQUEST"))


def test_necessity_with_a_withdrawal_of_forces(pipe):
    doc = full(pipe, "أكد الرئيس الفرنسي إيمانويل ماكرون ضرورة انسحاب القوات التركية من عفرين.",
               published="2018-03-20T20:00")
    assert any("ماكرون" in a and ("تركي" in r or "TUR" in r) for a, r in pairs(doc, "REQUEST"))


def test_necessity_of_an_act_on_a_party_names_no_addressee(pipe):
    # sanctions on Russia, or holding Israel to account, are asked of others: neither is the one asked; the doer of
    # the act demanded in the same sentence is
    doc = full(pipe, "وشددت وزيرة خارجية كندا كريستيا فريلاند على ضرورة فرض عقوبات على روسيا، وعلى ضرورة التزام إيران "
                     "بالاتفاق النووي.", published="2018-04-24T20:00")
    reqs = pairs(doc, "REQUEST")
    assert not any("روسيا" in r for a, r in reqs)
    assert any("فريلاند" in a and "إيران" in r for a, r in reqs)
    doc = full(pipe, "أكد العاهل الأردني الملك عبد الله الثاني ضرورة محاسبة إسرائيل على جرائمها، وضرورة انسحاب "
                     "القوات الإيرانية من سوريا.", published="2018-05-15T20:00")
    reqs = pairs(doc, "REQUEST")
    assert not any("إسرائيل" in r for a, r in reqs)
    assert any("إيران" in r or "IRN" in r for a, r in reqs)


def test_necessity_after_a_demanding_verb_keeps_its_mood(pipe):
    # the noun of necessity is the demand the verb tells: factual after a told demand, negated after a negated one
    doc = full(pipe, "أكد وزير الخارجية الأمريكي مايك بومبيو ضرورة التزام روسيا بالاتفاق وضرورة انسحاب القوات الإيرانية من "
                     "سوريا.", published="2018-05-20T20:00")
    reqs = pairs(doc, "REQUEST")
    assert any("بومبيو" in a and ("إيران" in r or "IRN" in r) for a, r in reqs)
    assert not any("روسيا" in a for a, r in reqs)
    doc = full(pipe, "لم يطالب وزير الخارجية السعودي عادل الجبير بضرورة تنفيذ إيران التزاماتها.", published="2018-05-20T20:00")
    assert not any("إيران" in r for a, r in pairs(doc, "REQUEST"))


def test_necessity_after_a_participle_of_stating_is_the_main_subjects(pipe):
    # Sky News Arabia, 2018-06-09: Mogherini (the main clause's subject) demands, not Jordan named in her clause
    doc = full(pipe, "من جهتها، أعربت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني عن تقدير الاتحاد "
                     "الأوروبي للجهود التي يبذلها الأردن من أجل تحقيق الأمن، مؤكدة على ضرورة أن يقوم المجتمع الدولي بتحمل "
                     "مسؤولياته.", published="2018-06-09T20:00")
    reqs = pairs(doc, "REQUEST")
    assert any("موغيريني" in a and "المجتمع الدولي" in r for a, r in reqs)
    assert not any("الأردن" in a for a, r in reqs)


def test_necessity_told_to_an_object_is_the_subjects_demand(pipe):
    # Al Arabiya, 2018-06-27: the envoy is told (the object before بضرورة); Hadi demands of the Houthis
    doc = full(pipe, "وكان الرئيس اليمني عبد ربه منصور هادي قد أبلغ المبعوث الأممي مارتن غريفيث بضرورة انسحاب الحوثيين من "
                     "مدينة الحديدة.", published="2018-06-27T20:00")
    reqs = pairs(doc, "REQUEST")
    assert any("هادي" in a and "الحوثي" in r for a, r in reqs)
    assert not any("غريفيث" in a for a, r in reqs)

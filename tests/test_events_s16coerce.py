"""Arrests told without their author (session 16, track s16coerce): passive perfects of arrest with the people arrested
before them or told by a common noun after them (judicial.sv_arrested, judicial.passive_unnamed, the civilians branch
of stage._event), the perpetrator of a crime as one arrested (wordsets detain/person), the arrest noun توقيفات, and a
day inside a long relative clause that dates that clause, not the act before it. Sentences from the corpus."""
from __future__ import annotations

from conftest import full, party
from evhelpers import factual_trigger


def test_a_plural_perfect_after_the_suspects_is_a_passive(pipe):
    doc = full(pipe, "تركيا تعتقل \"داعشيين\" خططوا لتفجيرات انتحارية\n\n"
                     "قال مسؤولون، الخميس، إن السلطات التركية اعتقلت 18 شخصا يشتبه بأنهم من أعضاء تنظيم داعش في مدينتي "
                     "إسطنبول وإزمير.\n"
                     "وقال مصدر أمني إن 10 من المشتبه بهم اعتقلوا في إقليم إزمير على ساحل بحر إيجه خلال عملية لوكالة "
                     "المخابرات التركية وشرطة مكافحة الإرهاب.", published="2018-06-14T12:00")
    ev = factual_trigger(doc, "COERCE", "اعتقلوا")
    assert ev and "TUR" in party(doc, ev[0]["actors"])
    assert "المشتبه" in party(doc, ev[0]["recipients"])


def test_a_bare_perfect_before_a_woman_is_a_passive(pipe):
    doc = full(pipe, "فرنسا: امرأة تهاجم متسوقين بمشرط\n\n"
                     "أوقِفت امرأة اليوم الأحد في \"سيين سور مير\" في جنوب #فرنسا بعد أن أصابت شخصين بجروح بمشرط في "
                     "متجر.", published="2018-06-17T12:00")
    ev = factual_trigger(doc, "COERCE", "أوقِفت")
    assert ev and "FRA" in party(doc, ev[0]["actors"])
    assert "امرأة" in party(doc, ev[0]["recipients"])


def test_a_relative_clause_verb_taking_hostages_is_no_passive(pipe):
    doc = full(pipe, "في هجوم فرنسا.. \"بطل\" بادل دمه مقابل رهينة\n\n"
                     "يقبع حالياً في المستشفى بين الحياة والموت، بعد أن بادل \"دمه\" ووضعه على كف \"الداعشي\" الذي احتجز "
                     "رهائن الجمعة في سوبرماركت في بلدة تريب الفرنسية.", published="2018-03-24T12:00")
    # (the gunman took them; no authorities "arrested" the hostages)
    assert not any("authorities" in party(doc, e["actors"]) for e in factual_trigger(doc, "COERCE", "احتجز"))


def test_a_clause_opening_perfect_with_a_common_noun_is_a_passive(pipe):
    doc = full(pipe, "لندن تكشف هوية \"مهاجم البرلمان\".. وشرطة الإرهاب تحقق\n\n"
                     "أعلنت شرطة لندن أن الرجل الذي أوقف بعدما صدم بسيارته سياج البرلمان البريطاني، الثلاثاء، شاب يبلغ "
                     "من العمر 20 عاما.\n"
                     "وكان سائق سيارة اصطدم بمشاة وراكبي دراجات بالقرب من مبنى البرلمان في لندن، في وقت سابق من الثلاثاء.\n"
                     "واعتقل الشاب بعد اصطدام سيارته الفضية من طراز فورد فييستا بركاب في ساعة الذروة قبل أن يصطدم بحاجز.",
               published="2018-08-14T12:00")
    ev = factual_trigger(doc, "COERCE", "واعتقل")
    assert ev and "GBR" in party(doc, ev[0]["actors"]) and ev[0]["recipients"]


def test_the_perpetrator_is_one_arrested(pipe):
    doc = full(pipe, "الشرطة الكندية تعلن عن عدد القتلى والمصابين في حادث الدهس بتورونتو\n\n"
                     "كشف رئيس شرطة تورونتو بالوكالة، بيتر يوين، عن مقتل تسعة أشخاص وإصابة 16 آخرين، في حادث الدهس الذي "
                     "شهدته مدينة تورونتو الكندية، الإثنين.\n"
                     "وكشفت الشرطة في وقت سابق أنها ألقت القبض على الفاعل وعثرت على موقع السيارة.",
               published="2018-04-23T12:00")
    ev = factual_trigger(doc, "COERCE", "القبض")
    assert ev and ev[0]["recipients"] and "CAN" in party(doc, ev[0]["actors"])


def test_a_campaign_of_arrests_is_dated_apart_from_a_long_relative_clause(pipe):
    doc = full(pipe, "مصر: موجة جديدة من الاعتقالات تطال شباب ثورة يناير\n\n"
                     "قامت أجهزة الأمن المصرية بحملة توقيفات جديدة شملت معارضين ومدونين وصحافيين وناشطين على شبكات "
                     "التواصل الاجتماعي في الوقت الذي يستعد فيه الرئيس المصري عبد الفتاح السيسي لأداء اليمين الدستوري "
                     "السبت لولاية ثانية مدتها أربع سنوات.", published="2018-06-01T14:53")
    ev = factual_trigger(doc, "COERCE", "توقيفات")
    assert ev and "EGY" in party(doc, ev[0]["actors"]) and "معارضين" in party(doc, ev[0]["recipients"])
    assert ev[0]["date_text"] is None  # (السبت is the day of the swearing-in the relative clause tells)

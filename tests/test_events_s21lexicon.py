"""Session 21 (track s21lexicon): lexicon rows for words of unmatched dev-gold events the coder had no trigger for: a
ceasefire declared with the declarer between أعلن and وقفا; threats told by the plural or feminine participle of لوّح;
appeals launched (يطلقون نداءات، وجه ... نداء); readiness to strike back (مستعد للرد) where the offer of readiness finds
none of its words; diplomats withdrawn (سحب ... دبلوماسيين); a siege tightened (إحكام حصارها); the right to strike back
kept (يحتفظون بحق الرد); one's own weapons handed over (سلموا أسلحتهم للجيش)."""
import pytest

from evhelpers import sides_of


@pytest.mark.parametrize("text,typ,actor,recipient", [
    # a ceasefire declared, the declarer and a time between the verb and وقفا
    ("وأعلن الرئيس الأفغاني أشرف غني يوم الخميس وقفا مؤقتا لإطلاق النار مع حركة طالبان بمناسبة العيد.",
     "CONCEDE", "Ghani", "Taliban"),
    ("أعلنت حركة الجهاد الإسلامي مساء الثلاثاء وقفا لإطلاق النار مع إسرائيل.", "CONCEDE", "Jihad", "ISR"),
    # the plural / feminine participle of لوّح with the threat after ب
    ("واصلت واشنطن ولندن وباريس المشاورات ملوحين بشن ضربات عسكرية على النظام السوري.", "THREATEN", "Washington", "SYR"),
    # an appeal launched to a body after لـ
    ("وقال المرصد إن المدنيين المحاصرين يطلقون نداءات للأمم المتحدة من أجل حمايتهم.", "REQUEST", "", "United Nations"),
    ("ووجه الرئيس اليمني عبد ربه منصور هادي نداء عاجلا للأمم المتحدة لإنقاذ المدنيين.", "REQUEST", "Hadi", "United Nations"),
    # readiness to strike back at a party after على
    ("وأكدت الصين أنها مستعدة للرد على أي إجراءات يفرضها ترامب على صادراتها.", "THREATEN", "CHN", "Trump"),
    # keeping the right to strike back
    ("وذكر قادة إيران أنهم يحتفظون بحق الرد على إسرائيل في الزمان والمكان المناسبين.", "THREATEN", "IRN", "ISR"),
    # handing over one's own weapons
    ("وبدأت الفصائل المعارضة في مدينة درعا تسليم سلاحها الثقيل للجيش السوري.", "RETREAT", "", "Syrian Army"),
    ("وقال التلفزيون الرسمي إن المسلحين المعارضين سلموا أسلحتهم للجيش السوري.", "RETREAT", "", "Syrian Army"),
])
def test_new_words(pipe, text, typ, actor, recipient):
    evs = sides_of(pipe, text, typ)
    assert any(actor in a and recipient in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text,typ", [
    # salinity and waving flags are no threat
    ("وتعاني المدينة من ملوحة المياه منذ سنوات بسبب السياسات الإيرانية.", "THREATEN"),
    ("وتجوب مجموعة غاضبة شوارع المدينة ملوحة بأعلام ألمانيا.", "THREATEN"),
    # readiness to talk stays an offer, not a threat
    ("وأكدت الحكومة الأفغانية أنها مستعدة للحوار مع حركة طالبان.", "THREATEN"),
    # a ceasefire proposed is no ceasefire declared
    ("واقترحت روسيا وقفا يوميا لإطلاق النار في الغوطة الشرقية.", "CONCEDE"),
    # an answer not deserved, and the right of reply at a council, are no threats
    ("وقالت الخارجية الإيرانية إن تصريحات ولي العهد السعودي لا تستحق الرد.", "THREATEN"),
    ("وألقى مندوب الإمارات بيانا في إطار ممارسة حق الرد على المزاعم القطرية أمام مجلس حقوق الإنسان.", "THREATEN"),
])
def test_not_read(pipe, text, typ):
    assert not sides_of(pipe, text, typ)

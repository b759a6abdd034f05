"""Wrong parties, session 31 (track w2parties): the one who praises, welcomes or voices a feeling about an act is not
its doer (precision.reaction_doer); the subject's own stance after عن, and a feeling with no cause after it, are kept."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import actors


# --- the act praised or deplored is another's -------------------------------------------------------------------

def test_praised_sniper_is_the_shooter_not_the_minister(pipe):
    doc = full(pipe, "أشاد وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، الثلاثاء، بقناص ظهر في شريط فيديو يطلق النار على "
                     "فلسطيني لا يشكل خطراً قبل أن يسقط أرضاً على الحدود.")
    assert not any("Lieberman" in a or "ليبرمان" in a for a in actors(doc, "ASSAULT"))


def test_praised_efforts_of_another_state(pipe):
    doc = full(pipe, "من جهته أشاد غوتيريس بالجهود التي تقوم بها السعودية في دعم المنظمات التي تقدم المساعدات سواء في "
                     "اليمن أو سوريا أو اللاجئين الفلسطينيين.")
    assert not any("Guterres" in a for a in actors(doc, "AID"))
    assert any("Guterres" in a for a in actors(doc, "SUPPORT"))  # (the praise itself stays)


def test_concern_over_arrests_is_not_an_arrest(pipe):
    doc = full(pipe, "وتأتي هذه الخطوة بعد ثلاثة أيام، من إعراب السفارة الأمريكية في الخرطوم عن قلقها إزاء الاعتقالات، "
                     "مشيرة إلى أن العديد من المعتقلين محتجزون في ظروف غير إنسانية.")
    assert not any("USA" in a or "American" in a for a in actors(doc, "COERCE"))


def test_anger_over_sanctions_leaves_their_author(pipe):
    doc = full(pipe, "عبرت إيران عن غضبها بسبب فرض الولايات المتحدة عقوبات ضد عشرة أشخاص ومعهد تقني تتهمهم بالقرصنة "
                     "الإلكترونية.")
    acts = actors(doc, "SANCTION")
    assert acts and all("United States" in a and "Iran" not in a for a in acts)


# --- must not fire ------------------------------------------------------------------------------------------------

def test_feeling_with_no_cause_keeps_the_call(pipe):
    doc = full(pipe, "وعبرت رئيسة الوزراء البريطانية، تيريزا ماي، عن قلقها في مكالمة هاتفية أجرتها مع ترامب.")
    assert any("May" in a for a in actors(doc, "CONSULT"))


def test_own_stance_joined_to_the_feeling(pipe):
    doc = full(pipe, "عبّر العديد من النشطاء السوريين على مواقع التواصل الاجتماعي عن سخطهم ورفضهم لقانون \"ديني\" وافق "
                     "مجلس الشعب السوري عليه.")
    assert any("النشطاء" in a for a in actors(doc, "REJECT"))


def test_own_stance_after_an(pipe):
    doc = full(pipe, "عبرت روسيا الثلاثاء عن رفضها المهلة التي منحتها إياها لندن، مطالبة بعينة من غاز الأعصاب الذي "
                     "استخدم في العملية.")
    assert any("Russia" in a for a in actors(doc, "REJECT"))


# --- a verb after a contrasting clause continues that clause's subject (precision.contrast_subject) -----------------

def test_joined_verb_after_lakin_takes_its_subject(pipe):
    doc = full(pipe, "وسارعت تركيا إلى طلب تسليمه، لكن براغ أفرجت عنه بعد ثلاثة أيام، \"ووعدت\" في الآن نفسه بألا يغادر "
                     "أراضي الاتحاد الأوروبي.")
    acts = actors(doc, "AGREE")
    assert acts and all("Prague" in a and "Turkey" not in a for a in acts)
    assert any("Turkey" in a for a in actors(doc, "REQUEST"))  # (the first clause's own act keeps its subject)


def test_own_verb_right_after_the_contrast_subject(pipe):
    doc = full(pipe, "وتطالب أنقرة واشنطن بتسليم غولن، لكن واشنطن طلبت في المقابل أدلة قانونية تثبت مزاعم الحكومة "
                     "التركية بتورط الداعية.")
    assert any("Washington" in a for a in actors(doc, "REQUEST"))
    assert not any(set(e["actors"]) & set(e["recipients"]) for e in factual(doc, "REQUEST"))


def test_contrast_with_place_phrase_is_not_a_subject(pipe):
    doc = full(pipe, "وسارعت تركيا إلى طلب تسليمه، لكن في براغ أفرجت عنه السلطات بعد ثلاثة أيام، ووعدت تركيا بتسليمه.")
    assert not any("Prague" in a for t in ("AGREE", "REQUEST") for a in actors(doc, t))


# --- the verbal noun after "قررت/أعلنت X" is X's act (precision.governing_subject) ---------------------------------

def test_decided_sanctions_are_the_deciders(pipe):
    doc = full(pipe, "وبالتوازي مع الاتهامات التي وجهتها وزارة العدل، قررت وزارة الخزانة الأمريكية فرض عقوبات على 9 "
                     "إيرانيين وشركة \"معهد مابنا\".")
    acts = actors(doc, "SANCTION")
    assert acts and all("Treasury" in a or "الخزانة" in a for a in acts)


def test_announcer_subject_kept_when_it_is_the_actor(pipe):
    doc = full(pipe, "أعلنت الحكومة البريطانية طرد 23 دبلوماسيا روسيا.")
    assert any("GBR" in a or "United Kingdom" in a for a in actors(doc, "SANCTION"))

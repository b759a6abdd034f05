"""Session 26 (track s26reject): refusals the coder missed or misread.

- "رفضه القاطع" (the refusal noun with its adjective "categorical") is a REJECT phrase, not blocked as a boycott word;
- a refusal of a release (رفض الإفراج عن X) is addressed to the detainee after عن;
- a refusal of a request, appeal or suit filed by someone (طلبا تقدم به X) is addressed to the filer, and the request noun
  is the filer's, not the refuser's; none when no party known filed it;
- a refusal told again in other words (the court named again) takes no recipient from the refusal told before;
- ignoring an invitation, a request or a warning (تجاهلت تركيا دعوة إيران) is a refusal toward its owner;
- the demonym of a land where a refused act would happen (على الأراضي السورية) is no recipient."""
import pytest

from conftest import full as _full, sides


def full(pipe, text):
    return _full(pipe, "خبر عاجل\n\n" + text)  # (the sentence as the body, under a headline of no event)


@pytest.mark.parametrize("text,actor,recipient", [
    ("علي خامنئي أعلن عن رفضه القاطع لمطلبين اثنين من المطالب الأمريكية بشكل خاص.", "Khamenei", "American"),
    ("وأكد الرئيس اليمني عبدربه منصور هادي رفضه القاطع لبقاء أي وجود لمسلحي ميليشيات الحوثي داخل ميناء الحديدة.",
     "Hadi", "Houthi"),
])
def test_categorical_refusal_noun(pipe, text, actor, recipient):
    evs = sides(full(pipe, text), "REJECT")
    assert any(actor in a and recipient in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,recipient", [
    ("وكانت محكمة تركية رفضت يوم الأربعاء مجددا الإفراج عن القس الأميركي المحتجز.", "محكمة تركية", "القس الأميركي"),
    ("رفض القضاء الأميركي الإفراج عن الروسية ماريا بوتينا المتهمة بالتجسس.", "القضاء", "بوتينا"),
])
def test_refused_release_is_addressed_to_the_detainee(pipe, text, actor, recipient):
    evs = sides(full(pipe, text), "REJECT")
    assert any(actor in a and recipient in r for a, r, _ in evs), evs


def test_court_named_again_is_not_its_own_recipient(pipe):
    text = ("وكانت محكمة تركية رفضت يوم الأربعاء مجددا الإفراج عن القس الأميركي المحتجز.\n"
            "وقررت محكمة مدينة إزمير رفض الطلب، مؤكدة أن برونسون سيبقى قيد الإقامة الجبرية، بحسب فرانس برس.")
    evs = sides(full(pipe, text), "REJECT")
    assert evs and not any("محكمة تركية" in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,recipient", [
    ("رفضت المحكمة العليا في باكستان الطعن الذي تقدم به عمران خان ضد الحكم.", "المحكمة العليا", "Imran Khan"),
])
def test_refused_request_is_addressed_to_its_filer(pipe, text, actor, recipient):
    evs = sides(full(pipe, text), "REJECT")
    assert any(actor in a and recipient in r for a, r, _ in evs), evs


def test_request_filed_by_no_party_known_names_no_recipient(pipe):
    # the lawyer of a man the NER does not know filed it: not the Brotherhood of his grandfather's apposition
    text = "رفضت محكمة فرنسية طلبا تقدم به محامي طارق رمضان، حفيد مؤسس جماعة الإخوان، للإفراج عنه من سجن فرنسي."
    doc = full(pipe, text)
    assert not any("Brotherhood" in r for _, r, _ in sides(doc, "REJECT")), sides(doc, "REJECT")
    assert not any("محكمة" in a for a, _, _ in sides(doc, "REQUEST")), sides(doc, "REQUEST")


@pytest.mark.parametrize("text,actor,recipient", [
    ("تجاهلت تركيا دعوة إيران للمشاركة في القمة المقرر انعقادها نهاية الشهر الجاري في إسطنبول.", "Turkey", "Iran"),
    ("يناير 2018: تجاهلت تركيا دعوات من فرنسا ودول أخرى لهدنة في عفرين.", "Turkey", "France"),
    ("ويُقال إن ماتيس تجاهل اقتراح ترامب وأمر بتنفيذ غارة جوية.", "Mattis", "Trump"),
])
def test_ignoring_an_invitation_rejects_its_owner(pipe, text, actor, recipient):
    evs = sides(full(pipe, text), "REJECT")
    assert any(actor in a and recipient in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    "وتجاهل مجلس الأمن الدولي دعوات متكررة لإحالة القضية السورية على المحكمة الجنائية الدولية.",
    "وأثارت القضية جدلا، بعد أن اتهم الأسقف كارلو ماريا فيغانو البابا بأنه تجاهل عمدا تحذيرات متعلقة بتجاوزات "
    "الكاردينال ماكاريك.",
])
def test_ignoring_with_no_owner_or_as_the_charge_is_no_refusal(pipe, text):
    assert not sides(full(pipe, text), "REJECT")


def test_demonym_of_a_land_is_no_recipient(pipe):
    text = "وأكدت القاهرة رفضها الشديد لاستخدام أي أسلحة محرمة دوليا على الأراضي السورية، مطالبة بإجراء تحقيق دولي شفاف."
    evs = sides(full(pipe, text), "REJECT")
    assert not any("Syria" in r or "SYR" in r for a, r, _ in evs), evs


def test_any_forces_are_no_recipient(pipe):
    # "أي قوات": no party named; the refusal of the Turkish breach told before keeps its own recipient
    text = ("وقال الجعفري أثناء لقائه نائب وزير الخارجية التركي أحمد يلمز، في بغداد، الأربعاء: \"لن نسمح بتواجد أي قوات "
            "على أراضينا لتقوم بعمليات عسكرية في أي دولة من دول الجوار\".")
    evs = sides(full(pipe, text), "REJECT")
    assert not any(r.split() and set(r.split()) <= {"قوات", "IRQ"} for a, r, _ in evs), evs


def test_party_inside_what_a_vetoed_draft_says_is_no_recipient(pipe):
    doc = _full(pipe, "فيتو أمريكي ضد مشروع قرار يدعو لتوفير حماية دولية للفلسطينيين\n\n"
                      "لجأت واشنطن إلى حق النقض (الفيتو) لإجهاض مشروع قرار تقدمت به الكويت لتوفير حماية دولية "
                      "للفلسطينيين.")
    evs = sides(doc, "REJECT")
    assert any("Kuwait" in r for a, r, _ in evs), evs
    assert not any("Palestin" in r for a, r, _ in evs), evs


def test_refusal_takes_no_recipient_from_an_act_told_as_not_done(pipe):
    # the release asked for in the lead is no act done: the judge's refusal of "the request" later is not addressed to
    # a party of that release (the Brotherhood of the grandfather's apposition)
    text = ("رفضت محكمة فرنسية طلبا تقدم به محامي طارق رمضان، حفيد مؤسس جماعة الإخوان الإرهابية، للإفراج عنه من سجن "
            "فرنسي، ثاني أكبر السجون الفرنسية مساحة.\n"
            "ويخضع رمضان للاعتقال منذ فبراير الماضي، في قضايا تتعلق بالاغتصاب والاعتداء الجنسي والتحرش، أثارتها 4 نساء، "
            "3 في فرنسا وواحدة في سويسرا.\n"
            "وتقدم مارسيني للمرة الأولى بطلب للإفراج عن رمضان الذي يحمل الجنسية السويسرية، في 24 أبريل الماضي، لكن قاضي "
            "المحكمة رفض الطلب.")
    evs = sides(_full(pipe, "محكمة فرنسية ترفض الإفراج عن طارق رمضان\n\n" + text, "2018-05-08T12:00"), "REJECT")
    assert not any("Brotherhood" in r for a, r, _ in evs), evs

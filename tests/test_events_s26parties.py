"""Session 26 (track s26parties): events lost because a party was no entity or the wrong one.  Politicians,
intellectuals and academics as a subject (ناشد سياسيون ومثقفون وجامعيون) are a group, not after a plural noun they
qualify (مسؤولون سياسيون); an accusative group noun after an indefinite accusative noun is its adjective (كميناً
مسلحاً: no gunman); the Arakan Rohingya Salvation Army is a KB group, and a denial by a definite head noun (الجماعة
نفت ذلك) answers the speaker of the claim also when that speaker was taken up by its own head noun (وذكرت المنظمة)."""
from conftest import full, sides


def test_politicians_appeal(pipe):
    doc = full(pipe, 'ناشد سياسيون ومثقفون وجامعيون في الجزائر الرئيس عبد العزيز بوتفليقة لـ"التخلي عن العهدة الخامسة".')
    evs = sides(doc, "REQUEST")
    assert any("سياسيون" in a and "Bouteflika" in r for a, r, _ in evs), evs


def test_politicians_adjective_no_group(pipe):
    doc = full(pipe, "وقال مسؤولون سياسيون إن الحكومة فشلت في إدارة الأزمة.")
    assert not any(m["text"] == "سياسيون" for e in doc["entities"] for m in e["mentions"]), doc["entities"]


def test_armed_adjective_no_gunman(pipe):
    doc = full(pipe, "يأتي ذلك فيما نفذت المقاومة الشعبية بجبهة قيفة في البيضاء، كميناً مسلحاً لطقم عسكري تابع للميليشيات.")
    assert not any("مسلح" in m["text"] for e in doc["entities"] for m in e["mentions"]), doc["entities"]
    doc = full(pipe, "وقتل الجيش 20 مسلحا في المعارك.")
    assert any(m["text"] == "20 مسلحا" for e in doc["entities"] for m in e["mentions"]), doc["entities"]


def test_group_denies_claim_of_anaphoric_speaker(pipe):
    text = ("مسلحون من مسلمي الروهينجا \"ارتكبوا مجزرة\" ضد هندوس\n\n"
            "قالت منظمة العفو الدولية إن مسلحين من مسلمي الروهينجا ارتكبوا مجزرة ضد مدنيين هندوس في ميانمار.\n"
            "وذكرت المنظمة أن \"جيش إنقاذ الروهينجا في أراكان\" قتل ما يصل إلى 99 مدنيا هندوسيا في مجزرة، أو ربما "
            "مجزرتين، في شهر أغسطس/ آب الماضي. لكن الجماعة نفت ذلك.")
    evs = sides(full(pipe, text), "REJECT")
    assert any("Arakan Rohingya" in a and "Amnesty" in r for a, r, _ in evs), evs

"""Session 31 (track s31parties): the parties of CONSULT/AGREE events. Talks between others that a named subject
holds, hosts or arranges, or that run under برعاية / بوساطة, are the host's CONSULT with the sides
(stage._talks_host); a third side listed after "، و" at the end of the clause joins the sides (stage._third_side); a
dual noun (الجانبان، الطرفين) waits for a symmetric act told between the act being read and it, prefers the acts of
its own clause, and else stands for the two states its own clause names (stage._two_in_clause); the side after بـ of
a perfect of التقى (which opens with ال like a noun) is the one met; a party past the purpose of talks (لوقف، لمواجهة)
is their topic. Sentences from the corpus (not the gold sets, save the Lebanese reconciliation sentence, the one corpus
example of a third side, the European-American talks headline, the one with a party past the purpose, and the
obliged negotiation of Iran); talks a party is obliged to hold (على إيران أن تتفاوض) are not told held."""
from conftest import full, sides


def consults(doc):
    """Every CONSULT of the document, factual or not, as (actors, recipients) name strings."""
    ents = {e["id"]: e for e in doc["entities"]}

    def names(ids):
        return " ".join(" ".join([(ents.get(i) or {}).get("name") or "", (ents.get(i) or {}).get("name_ar") or "",
                                  (ents.get(i) or {}).get("country") or ""]) for i in ids)
    return [(names(e["actors"]), names(e["recipients"])) for e in doc["events"] if e["type"] == "CONSULT"]


def test_host_of_talks_between_others(pipe):
    evs = sides(full(pipe, "وعقد ماكرون العام الماضي محادثات نادرة بين حفتر والسراج في باريس."), "CONSULT")
    assert any("Macron" in a and "Haftar" in r and "Sarraj" in r for a, r, _ in evs), evs
    assert all(e["mode"] == "third-party" for _, _, e in evs), evs


def test_mediator_after_the_sides(pipe):
    text = ('ونقلت وكالة رويترز عن المتحدث باسم الجيش السوري الحر، إبراهيم الجباوي، إن "المحادثات استئنفت بين روسيا '
            'والمعارضة جنوبي سوريا بوساطة أردنية.')
    evs = sides(full(pipe, text), "CONSULT")
    assert any("JOR" in a and "RUS" in r for a, r, _ in evs), evs


def test_envoy_succeeds_in_holding_a_meeting_of_three(pipe):
    text = ("نجح المبعوث السعودي، نزار العلولا، في عقد لقاء مصالحة بين رئيس الحكومة اللبنانية سعد الحريري ورئيس حزب "
            "القوات سمير جعجع، والزعيم الدرزي وليد جنبلاط.")
    evs = sides(full(pipe, text), "CONSULT")
    assert any("العلولا" in a and "Hariri" in r and "Geagea" in r and "Jumblatt" in r for a, r, _ in evs), evs


def test_an_announced_summit_has_no_host(pipe):
    # the Kremlin announces the summit; it holds nothing
    text = ('أعلن الكرملين الأربعاء عن عقد قمة ثنائية بين الرئيس الروسي فلاديمير بوتين ونظيره الأمريكي دونالد ترامب '
            'في "بلد ثالث".')
    evs = consults(full(pipe, text))
    assert evs and not any("Kremlin" in a or "الكرملين" in a for a, _ in evs), evs


def test_sides_who_agree_to_hold_a_summit_host_nothing(pipe):
    text = "اتفقت موسكو وواشنطن على عقد قمة بين الرئيس الأمريكي، دونالد ترامب، ونظيره الروسي ،فلاديمير بوتين، في بلد ثالث."
    evs = consults(full(pipe, text))
    assert not any(("Moscow" in a or "Washington" in a) and "Trump" in r and "Putin" in r for a, r in evs), evs


def test_met_after_ba_of_iltaqa(pipe):
    text = "والتقى وزير الداخلية الفرنسي، باعتباره أيضا وزيرا للأديان بوزير الشؤون الدينية والأوقاف الجزائري محمد عيسى."
    evs = sides(full(pipe, text), "CONSULT")
    assert any("عيسى" in r or "Aissa" in r for _, r, _ in evs), evs


def test_dual_after_a_meeting_is_its_pair_not_an_earlier_strike(pipe):
    # a corpus strike, then a corpus meeting sentence with the common clause "واتفق الجانبان على" added
    text = ("شنت مقاتلات حربية إسرائيلية ليل الثلاثاء - الأربعاء غارات على قطاع #غزة لم تسفر عن وقوع إصابات.\n"
            "والتقى وزير الداخلية الفرنسي، باعتباره أيضا وزيرا للأديان بوزير الشؤون الدينية والأوقاف الجزائري محمد "
            "عيسى، واتفق الجانبان على تعزيز التعاون.")
    evs = sides(full(pipe, text), "AGREE")
    assert evs and not any("Gaza" in a + r or "إسرائيلية" in a for a, r, _ in evs), evs


def test_party_past_the_purpose_of_talks_is_their_topic(pipe):
    evs = consults(full(pipe, "مباحثات أوروبية أميركية لوقف تدخلات إيران في المنطقة"))
    assert not any("Iran" in r or "Iran" in a for a, r in evs), evs


def test_talks_a_party_is_obliged_to_hold_are_not_told_held(pipe):
    text = ("وبعد خروج الولايات المتحدة، على إيران أن تتفاوض الآن مع أربع من الدول دائمة العضوية في مجلس الأمن.")
    assert not sides(full(pipe, text), "CONSULT")

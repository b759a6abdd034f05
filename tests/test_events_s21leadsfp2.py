"""Session 21 (track s21leadsfp2): وقد before a verb known as imperfect is "may" (hypothetical), before a perfect a fact;
"بعد/إثر طلب من X": X made the request."""
from conftest import full


def _events(pipe, text, typ):
    doc = full(pipe, text)
    ents = {e["id"]: e for e in doc["entities"]}

    def names(ids):
        return " ".join(" ".join([(ents.get(i) or {}).get("name") or "", (ents.get(i) or {}).get("country") or ""])
                        for i in ids)
    return [(names(e["actors"]), names(e["recipients"]), e) for e in doc["events"] if e["type"] == typ]


def _factual(evs):
    return [x for x in evs if not x[2]["negated"] and not x[2]["hypothetical"]]


def test_waqad_imperfect_is_may(pipe):
    evs = _events(pipe, "وقد تفرض الولايات المتحدة عقوبات جديدة على روسيا بسبب تدخلها في الانتخابات.", "SANCTION")
    assert evs and not _factual(evs)
    evs = _events(pipe, "وقد يتفق ترامب وبوتين على إعادة الممتلكات الدبلوماسية المصادرة.", "AGREE")
    assert evs and not _factual(evs)


def test_waqad_perfect_stays_fact(pipe):
    assert _factual(_events(pipe, "وقد تم توقيع الاتفاق بين روسيا وتركيا في سوتشي.", "AGREE"))
    assert _factual(_events(pipe, "وقد فرضت الولايات المتحدة عقوبات جديدة على روسيا.", "SANCTION"))


def test_request_after_talab_min(pipe):
    evs = _factual(_events(pipe, "قال ترمب إن الصين بذلت جهدا أكبر تجاه كوريا الشمالية وذلك بعد طلب من الإدارة "
                                 "الأميركية.", "REQUEST"))
    assert evs and all("USA" in a and "CHN" not in a for a, r, e in evs)


def test_request_verb_unchanged(pipe):
    # the verb طلب: the party after من is asked
    evs = _factual(_events(pipe, "طلبت فرنسا من مجلس الأمن عقد جلسة طارئة بشأن سوريا.", "REQUEST"))
    assert evs and all("FRA" in a for a, r, e in evs)

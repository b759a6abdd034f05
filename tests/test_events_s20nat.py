"""Session 20 (track s20nat): nationality adjectives on the right side. An act noun answered by a reply (ردا على
التهديدات الأمريكية، في رد مباشر على سلسلة تهديدات عسكرية روسية) is the act of the state its nationality adjective
names, and the one who replies is its target; a nationality adjective of a place after a direction word (شمالي
العاصمة المصرية، جنوب الأراضي السورية) tells where, no party."""
import pytest

from evhelpers import page_doc


def _events(pipe, text, typ):
    doc = page_doc(pipe, text, "2018-09-07")
    ents = {e["id"]: e for e in doc["entities"]}

    def names(ids):
        return " ".join(" ".join(str((ents.get(i) or {}).get(k) or "") for k in ("name", "name_ar", "country"))
                        for i in ids)
    return [(names(e["actors"]), names(e["recipients"])) for e in doc["events"]
            if e["type"] == typ and not e["negated"] and not e["hypothetical"]]


@pytest.mark.parametrize("text,typ,actor,target", [
    # the replying subject read first: the adjective's state did the act answered
    ("بدأ نحو مئة جندي أمريكي مناورات في جنوب سوريا، الجمعة، في رد مباشر على سلسلة تهديدات عسكرية روسية.",
     "THREATEN", "RUS", "USA"),
    ("وحشدت دمشق قواتها على الحدود الشمالية ردا على تهديدات عسكرية تركية.", "THREATEN", "TUR", ""),  # (its forces: the pronoun's owner)
])
def test_answered_act_by_its_adjective(pipe, text, typ, actor, target):
    evs = _events(pipe, text, typ)
    assert any(actor in a and r.strip() and target in r and actor not in r for a, r in evs), evs


def test_answered_act_already_right_stays(pipe):
    # the reply's subject after the act: read right before, left as it was
    evs = _events(pipe, "وقال وزير الخارجية التركي مولود تشاووش أوغلو ردا على التهديدات الأمريكية، إن أنقرة لن ترضخ"
                  " لأي ضغوط.", "THREATEN")
    assert any("USA" in a and "TUR" in r for a, r in evs), evs


def test_no_adjective_no_change(pipe):
    # the act noun answered names its author itself (تهديدات ترامب); a nationality adjective of a later noun
    # (للشركات الصينية) is no author
    evs = _events(pipe, "وأعلنت الحكومة الصينية إجراءات جديدة ردا على تهديدات ترامب للشركات الصينية، الخميس.", "THREATEN")
    assert any("USA" in a for a, r in evs) and not any("CHN" in a for a, r in evs), evs


@pytest.mark.parametrize("text,typ,state", [
    ("قتل مدني عندما حاول انتحاري تفجير كنيسة في منطقة مسطرد شمالي العاصمة المصرية.", "ASSAULT", "Egyptian"),
    ("هاجم مسلحون نقطة تفتيش جنوب العاصمة الصومالية مساء الخميس.", "ASSAULT", "Somali"),
])
def test_place_after_direction_no_party(pipe, text, typ, state):
    evs = _events(pipe, text, typ)
    assert evs and not any(state in a or state in r for a, r in evs), evs

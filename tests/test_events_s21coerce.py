"""Session 21 (track s21coerce): a prolonged or renewed detention (تمديد حبس، تجديد حبس، مددت حبس) is a COERCE arrest
with no need word; the two days bounding a stretch (بين 25 يناير/كانون الثاني والسادس من فبراير) date no single act,
so an arrest told with them is neither dated by its first bound nor made historical by it."""
import pytest

from evhelpers import record_doc


def _coerce(pipe, text, pub):
    doc = record_doc(pipe, text, pub)
    ents = {e["id"]: e for e in doc["entities"]}
    nm = lambda ids: " ".join(str((ents.get(i) or {}).get(k) or "") for i in ids for k in ("name", "name_ar", "country"))
    return [(nm(e["actors"]), nm(e["recipients"]), e) for e in doc["events"] if e["type"] == "COERCE"]


@pytest.mark.parametrize("text,pub,actor,held", [
    ("مصر.. تجديد حبس أبو الفتوح\n\nقررت نيابة أمن الدولة العليا في مصر، الاثنين، تجديد حبس عبدالمنعم أبو الفتوح "
     "رئيس حزب مصر القوية لمدة 15 يوما.", "2018-02-26", "نيابة", "Fotouh"),
    ("تركيا والقس الأمريكي\n\nوقرر القضاء التركي تمديد حبس القس الأمريكي أندرو برونسون، الذي نفى التهم الموجهة إليه.",
     "2018-04-17", "TUR", "Brunson"),  # (a KB person since session 33: his KB name)
])
def test_prolonged_detention(pipe, text, pub, actor, held):
    evs = [(a, r, e) for a, r, e in _coerce(pipe, text, pub) if e["mode"] == "arrest" and not e["negated"]]
    assert any(actor in a and held in r for a, r, _ in evs), evs


def test_sentence_is_no_detention(pipe):
    # a prison term passed by a court names no pretrial detention: no arrest read from حبس alone
    evs = _coerce(pipe, "عنوان\n\nوقضت المحكمة بحبس الناشط سنة مع إيقاف التنفيذ بعد إدانته بإهانة القضاء.", "2018-04-17")
    assert not any(e["mode"] == "arrest" and e["trigger"]["text"].endswith("حبس") for _, _, e in evs), evs


def test_range_dates_no_single_day(pipe):
    text = ("ماليزيا تعتقل 10 أشخاص\n\nقال المفتش العام للشرطة في بيان إن الشرطة الماليزية ألقت القبض على المشتبه بهم "
            "العشرة في ثلاث مداهمات بين 25 يناير/كانون الثاني والسادس من فبراير/شباط.")
    evs = [e for _, _, e in _coerce(pipe, text, "2018-02-21") if e["mode"] == "arrest"]
    assert evs and all(e["date"] != "2018-01-25" and not e["historical"] for e in evs), evs


def test_single_day_still_dates(pipe):
    text = "عنوان\n\nاعتقلت الشرطة التركية 20 مشتبها بهم في مداهمات يوم 5 مارس في إسطنبول."
    evs = [e for _, _, e in _coerce(pipe, text, "2018-03-20") if e["mode"] == "arrest"]
    assert evs and evs[0]["date"] == "2018-03-05", evs

"""Review mends of the events stage, eleventh session: one reader of source marks (tails.sourced), shared word lists."""
from __future__ import annotations

from marsad.events import stage, tails
from marsad.lang.ar import tokenize


def _sourced_at(text: str, word: str) -> bool:
    toks = tokenize(text)
    i = next(i for i, t in enumerate(toks) if t.text.startswith(word) or t.text[1:].startswith(word))
    return stage._sourced(toks, i)


def test_wawfiqan_with_a_conjunction_is_a_source_mark():
    # "ووفقا لـ": the conjunction و before وفقا (whose و is its own) is read off once, not every و
    assert _sourced_at("ووفقا لرويترز فإن القوات انسحبت من المدينة", "رويترز")
    assert _sourced_at("وفقا لرويترز فإن القوات انسحبت من المدينة", "رويترز")
    assert _sourced_at("ووفق ما ذكرت رويترز فإن القوات انسحبت", "رويترز")
    assert _sourced_at("وبحسب الوكالة فإن القوات انسحبت", "الوكالة")


def test_source_marks_before_head_nouns_and_verbs():
    assert _sourced_at("ووفقا لوكالة الأنباء الإيرانية فإن القوات انسحبت", "الإيرانية")
    assert _sourced_at("نقلا عن موقع مانيلا تايمز", "مانيلا")
    assert _sourced_at("حسبما أعلنت الرئاسة المصرية", "الرئاسة")


def test_lada_and_plain_parties_are_no_source():
    assert not _sourced_at("واعتقلت الشرطة الرجل لدى وصوله إلى المطار", "وصوله")
    assert not _sourced_at("وقالت الرئاسة المصرية إن الرئيس سيزور روسيا", "الرئاسة")
    assert not _sourced_at("وقصفت القوات التركية مواقع للمسلحين", "القوات")


def test_one_mark_list():
    assert "وفقا" in tails._MARKS and "وفقا" in tails._MARKS_L and tails._unw("ووفقا") == "وفقا"
    assert tails._unw("وبحسب") == "بحسب" and tails._unw("وفق") == "وفق"


def test_shared_word_lists_are_one_list_each():
    from marsad.events import control, gatherings, material, strikes
    from marsad.events.lexicon import word_set
    launch, resumed = word_set("launch", "verb"), word_set("launch", "resumed")
    assert stage._LAUNCH_VERBS == strikes._LAUNCHERS == launch and {"شنت", "ينفذان", "نفذوا"} <= launch
    assert stage._LAUNCHED == material._LAUNCHED == resumed and {"شنتها", "نفذوه", "يشنونها"} <= resumed
    assert strikes._RESUMED_LAUNCH == resumed | word_set("launch", "fought") and "خاضتها" not in resumed
    clash = word_set("clash", "noun")
    assert material._CLASH == clash and {"اشتباكات", "مواجهه", "معركه"} <= clash
    assert clash < control._FIGHT and clash < strikes._FIGHTS and "المواجهات" in control._FIGHT
    assert stage._CLASH_WORDS.search("اشتبكت القوات مع المسلحين") and stage._CLASH_WORDS.search("صدامات عنيفه")
    rel = word_set("relative")
    assert stage._RELATIVES == material._RELATIVES == control._RELATIVES == gatherings._REL == rel
    assert "اللتي" not in rel and {"الذي", "التي", "اللواتي", "اللذان"} <= rel


def test_clash_partner_is_the_side_after_ma_among_several(pipe):
    # one reader of a clash's other side (material.clash_partner) for the coder and for clash_sides: the first named
    # party within three words of مع, the sides listed after it
    from conftest import factual, full, party
    doc = full(pipe, "أفاد مراسلنا في اليمن، الأربعاء، بمقتل 46 من ميليشيات الحوثي الموالية لإيران في مواجهات مع "
                     "المقاومة الوطنية وألوية العمالقة في مديريتي التحيتا والجراحي.", published="2018-05-16T10:00")
    got = [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in factual(doc, "ASSAULT")]
    assert any("Giants" in a or "العمالقة" in a for a, r in got), got
    assert not any("Houthi" in a or "الحوثي" in a for a, r in got), got


def test_control_nouns_are_read_from_the_none_row_of_triggers():
    from marsad.events import control
    assert control._CONTROL_NOUNS == {"سيطرته", "سيطرتها", "سيطرتهم", "سيطرتهما"}


def test_control_side_taken_from_after_clash_or_expulsion(pipe):
    from conftest import factual, full, party
    doc = full(pipe, "وسيطرت قوات الجيش اليمني على مواقع جديدة في مديرية حيران عقب معارك عنيفة مع ميليشيا الحوثي.",
               published="2018-06-01T10:00")
    got = [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in factual(doc, "ASSAULT")]
    assert any("Houthi" in r or "الحوثي" in r for a, r in got), got


def test_future_verb_reads_saytara_and_nouns_in_one_place():
    assert stage._future_verb("سيطالب") and stage._future_verb("سيطرح") and stage._future_verb("سيعقد")
    assert not any(stage._future_verb(w) for w in ("سيطرت", "سيطروا", "سيطره", "سيطرتها", "سياسه", "ستار"))
    assert stage._no_future("سيطرت") and not stage._no_future("سيطلب")


def test_future_request_with_sayatlub_is_hypothetical(pipe):
    from conftest import full
    doc = full(pipe, "وأضاف البيان أن السفير الروسي سيطلب لقاء مع قائد الشرطة البريطانية.", published="2018-04-08T10:00")
    reqs = [e for e in doc["events"] if e["type"] == "REQUEST"]
    assert reqs and all(e["hypothetical"] for e in reqs), reqs


def test_headline_state_colon_future_expulsion_is_announced():
    text = "ألمانيا: ستطرد أربعة دبلوماسيين روس"
    toks = tokenize(text)
    assert stage._announced_expulsion(toks, 1, text) and not stage._announced_expulsion(toks, 1)


def test_jury_is_a_judicial_party_where_the_entity_is_made(pipe):
    from conftest import full
    doc = full(pipe, "وأدانت هيئة محلفين أمريكية الرجل بتهمة التخطيط لهجوم إرهابي.", published="2018-07-18T10:00")
    juries = [e for e in doc["entities"] if "محلفين" in (e.get("name") or "")]
    assert juries and all(e.get("sector") == "JUD" for e in juries), juries
    assert not any(e["type"] == "ACCUSE" and e["mode"] == "disapprove" for e in doc["events"])


def test_tanfidh_after_an_announcing_verb_is_no_planning_cue():
    toks = tokenize("أعلن سلاح الجو الإسرائيلي عن تنفيذ غارات على مواقع في غزة")
    assert stage._announced_carrying_out(toks, 5, 6, 6)
    toks = tokenize("وهدد الحرس الثوري بتنفيذ هجمات على القواعد الأمريكية")
    assert not stage._announced_carrying_out(toks, 4, 5, 5)

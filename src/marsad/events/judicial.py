"""Arrests, bans and verdicts told without their author (session 13, track s13judicial).

A detention or a travel ban is mostly told from the side of the one who undergoes it: a passive perfect (اعتُقل الناشط
في طهران، أوقف في جورجيا)، تم + a verbal noun (تم اعتقال، تم إفشال محاولة اعتداء ... وتوقيف شقيقين)، a headline's
verbal noun (اليونان.. اعتقال نائب يميني) or a passive participle predicate (نجيب رزاق ممنوع من مغادرة البلاد). The
one who arrests or bans is then the authorities of the place where it happens: the place named after في in the
clause, else the country where the story takes place, else the country of the one arrested. ``implied_arrester``
gives that party (the same implied "authorities" entity a release told without its author gets), or [] when the
construction does not hold or no country is known.
"""
from __future__ import annotations

from . import stage as _st
from .lexicon import word_set
from ..lang.ar import clitic_in

_PASSIVE_AUX = word_set("passive", "aux")  # (stage also reads سيتم: data/wordsets.tsv passive/future)
_BANNED = word_set("judicial", "banned")
PUNISHED = word_set("judicial", "punished")  # (data/triggers.tsv SANCTION convict holds the same forms)
_HOSTAGES = word_set("judicial", "hostages")
_VISIT = word_set("judicial", "visit")
_CULPRIT = word_set("judicial", "culprit")
_ACT = word_set("judicial", "act")


def hostages(norm: str) -> bool:
    """Is the word a noun of hostages (رهائن، رهينة; with و glued on)?"""
    return clitic_in(norm, _HOSTAGES, "و")


def banned_participle(norm: str) -> bool:
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 5 else norm
    return w in _BANNED


def _coordinated_under_passive(text, toks, ts, cut) -> bool:
    """"أنه تم إفشال محاولة اعتداء جديدة في فرنسا وتوقيف شقيقين": a verbal noun joined by و to the verbal noun of a
    تم before it in its clause (no strong break between) shares its passive."""
    if toks[ts].norm[:1] != "و":
        return False
    for k in range(ts - 1, max(cut - 1, ts - 10), -1):
        if toks[k].norm in _PASSIVE_AUX:
            return not _st._strong_between(text, toks, k + 1, ts)
    return False


def _place_country(stage, text, toks, groups, te, recips, state_only=False):
    """The country of a place named after في right after the act or its patient (أوقف في جورجيا، اعتقل ... في طهران), or
    of the place of a visit (واعتقل سيغيف أثناء زيارة لغينيا الاستوائية). state_only: the place must be a state itself
    (في السعودية; not a town or a region, whose state may not be the one that arrests: في الضفة الغربية)."""
    for g in groups:
        if state_only and not (g["prep"] == "في" and all(
                str((stage._dp.by_id.get(i) or {}).get("kb_id") or "").startswith("country:") for i in g["ids"])):
            continue
        visit = g["prep"] == "ل" and g["s"] > 0 and toks[g["s"] - 1].norm in _VISIT  # "أثناء زيارة لغينيا الاستوائية"
        if g["s"] < te or g["prep"] != "في" and not visit or g["s"] - te > 6 \
                or _st._strong_between(text, toks, te, g["s"]):
            continue
        if set(g["ids"]) & set(recips):
            continue
        ents = [stage._dp.by_id.get(i) or {} for i in g["ids"]]
        if ents and all(e.get("type") in ("GPE", "LOC") for e in ents):
            iso = next((e.get("country") for e in ents if e.get("country")), None)
            if iso:
                return iso
    return None


def place_state(stage, text, toks, groups, te, recips) -> bool:
    """Is a state itself (في السعودية، في الولايات المتحدة) named after في right after the verbal noun of an arrest or
    its ones arrested? The authorities of that state made it. Not a town or a region (في الضفة الغربية، في القدس),
    whose state may not be the one that arrests."""
    return _place_country(stage, text, toks, groups, te, recips, state_only=True) is not None


def implied_arrester(stage, text, toks, groups, st_i, ts, te, cut, recips, *, passive, undergone, is_noun, banned):
    """The implied authorities who made an arrest or a ban told without its author (module doc), or []."""
    if not recips:
        return []
    by_id = stage._dp.by_id
    if not all((by_id.get(i) or {}).get("type") in ("PERSON", "NORP") for i in recips):
        return []  # (people are arrested; a state or a body named alone is another reading)
    passive = passive or ts > 0 and toks[ts - 1].norm.lstrip("و") == "القي"  # "وألقي القبض على نجل مرسي"
    # an indefinite verbal noun is a noun too (the stage's is_noun marks only definite or ة-ended forms): "توقيف
    # ألكسندر بينالا أحد معاوني الرئيس الفرنسي"، "تم إفشال محاولة اعتداء ... وتوقيف شقيقين من أصل مصري"
    is_noun = is_noun or _st._vn(toks[ts].norm)
    told = passive or undergone is not None or banned or (is_noun and st_i == 0) \
        or (is_noun and _coordinated_under_passive(text, toks, ts, cut)) \
        or (is_noun and place_state(stage, text, toks, groups, te, recips))
    # (a verbal noun whose ones arrested are followed by a state they were arrested in: "أن اعتقال الروسية، ماريا
    # بوتينا، في الولايات المتحدة"، "دانت منظمة العفو الدولية اعتقال نشطاء في السعودية": that state's authorities)
    if not told:
        return []
    if is_noun and not passive and not any(set(g["ids"]) & set(recips) and te <= g["s"] <= te + 1 for g in groups):
        return []  # ("مجزرة اعتقالات عشية تنصيب بوتن": the one arrested is the noun's genitive, not a party further on)
    if undergone is not None and undergone["e"] < len(toks) and toks[undergone["e"]].norm in _HOSTAGES:
        return []  # "حين احتجز مسلح رهائن": the one after the verb took hostages; it is active
    if any(toks[k].norm in ("منذ", "ومنذ") for k in range(te, min(len(toks), te + 15))
           if not _st._strong_between(text, toks, te, k)):
        return []  # "وتم توقيف آلاف الأشخاص ... منذ إطاحة الجيش بالرئيس الأسبق": a tally over the years, no occurrence
    auth = _implied_authority(stage, text, toks, groups, te, recips)
    return [auth] if auth else []


def _implied_authority(stage, text, toks, groups, te, recips):
    """The implied authorities of the country an arrest told without its author happened in: the place named after
    the verb, else the story's scene, else the country of the ones arrested, else the story's focus; None if none."""
    by_id = stage._dp.by_id
    iso = _place_country(stage, text, toks, groups, te, recips) or stage._dp.scene or next(
        (by_id[i].get("country") for i in recips if (by_id.get(i) or {}).get("country")), None) or stage._dp.focus
    return stage._dp.implied_authorities(iso) if iso else None


def passive_arrest_verb(toks, ts) -> bool:
    """(s34legal) "وألقي القبض على أربعة من المحتجين"، "أُلقي القبض على رئيس شركة أودي": the perfect of ألقى written as
    the passive (ي, not ى) right before القبض is the passive of arresting; the active has its subject between
    (ألقت الشرطة القبض على), and "ألقى القبض" keeps its active reading."""
    w = toks[ts].norm
    bare = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return bare in _PASSIVE_ARREST and ts + 1 < len(toks) and toks[ts + 1].norm == "القبض" \
        and not toks[ts].text.rstrip().endswith("ى")


def passive_unnamed(stage, text, toks, groups, ts, te, cut, *, passive=False):
    """"واعتقل الشاب بعد اصطدام سيارته"، "واعتقل أربعة من المتهمين العشرة"، "وقبض على السيدة الأجنبية": a bare perfect of
    arrest opening its clause (after و or a break, not a relative clause's verb) with the ones arrested told by a common
    noun or a count, no party (a passive: اُعتقل): (authorities, detainees), the implied authorities of the place (as
    implied_arrester) and the implied people they arrested (stage._unnamed_detainees), or None."""
    w = toks[ts].norm
    bare = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if passive:
        # (s34legal) "ومنذ ذلك الحين تم اعتقال الرجال المسلمين الأربعة"، "جرى اعتقال تسعة من المشتبه بهم"، "وألقي
        # القبض على تسعة رجال وامرأة": a passive (تم، جرى, or ألقي القبض) whose ones arrested are told by a common noun or
        # a count; not a tally over the years ("وتم توقيف آلاف الأشخاص ... منذ إطاحة الجيش بالرئيس الأسبق")
        if any(toks[k].norm in ("منذ", "ومنذ") for k in range(te, min(len(toks), te + 15))
               if not _st._strong_between(text, toks, te, k)) or ts > 0 and toks[ts - 1].norm in ("يتم", "سيتم"):
            return None  # (nor the present: "حين يتم توقيف أطفال الشوارع" tells a practice)
    elif bare not in _ARREST_PERFECTS:
        return None
    elif not (w[:1] in "وف" or ts == cut or ts > 0 and any(c in text[toks[ts - 1].end:toks[ts].start] for c in "،,.:;")):
        return None  # (a verb in the middle of a clause has its subject before it)
    if ts > 0 and toks[ts - 1].norm.lstrip("و") in _st._RELATIVES:
        return None
    auth = _implied_authority(stage, text, toks, groups, te, [])
    if not auth:
        return None
    dets = stage._unnamed_detainees(text, toks, groups, te, [auth])
    if not dets:
        return None
    return [auth], dets


def relative_passive_arrested(stage, text, toks, groups, ts, te):
    """"الإرهابيين الخطيرين اللذين تم إلقاء القبض عليهما"، "المشتبه بهم الذين تم اعتقالهم"، "المواطن الذي تم توقيفه": a
    passive arrest (تم، جرى) opening a relative clause whose object is the relative's pronoun (عليهم، اعتقالهم): the
    antecedent right before the relative underwent it; its group, or None."""
    if ts < 3 or toks[ts - 1].norm not in _PASSIVE_AUX or toks[ts - 2].norm.lstrip("و") not in _st._RELATIVES:
        return None
    last = toks[te - 1].norm
    pron = te < len(toks) and toks[te].norm in _ON_PRONOUNS or last.endswith(_OBJ_SUFFIXES) and last not in _ON_PRONOUNS
    if not pron or _st._strong_between(text, toks, ts - 3, ts):
        return None
    k = ts - 2
    ante = next((g for g in groups if g["e"] == k), None)
    if ante is None and k >= 2 and toks[k - 1].norm.startswith("ال") and not any(g["s"] <= k - 1 < g["e"] for g in groups):
        # (past one adjective agreeing with the noun: "الإرهابيين الخطيرين اللذين"; not "أقارب الرجال الذين")
        adj = toks[k - 1].norm
        ante = next((g for g in groups if g["e"] == k - 1 and any(
            adj.endswith(x) and toks[k - 2].norm.endswith(x) for x in ("ين", "ون", "ان", "ه", "ي"))), None)
    if ante is None:
        return None
    by_id = stage._dp.by_id
    if not all((by_id.get(i) or {}).get("type") in ("PERSON", "NORP") for i in ante["ids"]):
        return None
    return ante


_ON_PRONOUNS = word_set("judicial", "on_pronouns")
_OBJ_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


_ARREST_PERFECTS = word_set("judicial", "arrest_perfect")
_PASSIVE_ARREST = word_set("passive", "arrest_verb")  # (s34legal: ألقي before القبض)
_ARRESTED_PLURAL = word_set("judicial", "arrested_plural")


def sv_arrested(stage, text, toks, groups, ts, te):
    """The people before a plural perfect of arrest that has no object after it, who underwent it (a passive: "أكثر من
    35 امرأة إيرانية تعرضن لهجمات عنيفة واعتقلن في طهران"، "إن 10 من المشتبه بهم اعتقلوا في إقليم إزمير"، "إن الأربعة
    اعتقلوا في إطار عملية"), as their group, or None. The group ends at most six words before the verb, with no break,
    relative pronoun or complementizer between; a counted group after من (10 من المشتبه بهم) is its count's. People:
    persons, or civilians of no state body (a force before the verb arrests: "الشرطة اعتقلوا" is no passive)."""
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وف" and len(w) > 5 else w
    if w not in _ARRESTED_PLURAL:
        return None
    if any(g["prep"] is None and te <= g["s"] <= te + 1 for g in groups) or te < len(toks) and _count_object(toks[te].norm):
        return None  # (an object after it: active, "اعتقلوا العشرات")
    by_id = stage._dp.by_id
    for g in groups[::-1]:
        if g["e"] > ts:
            continue
        if ts - g["e"] > 6:
            return None
        if g["prep"] is not None and not (g["prep"] == "من" and g["s"] >= 2 and _st._counted(toks, g["s"] - 2)):
            return None
        if _st._strong_between(text, toks, g["e"], ts) or any(
                toks[k].norm in _st._RELATIVES or toks[k].norm in _st._COMPLEMENTIZERS for k in range(g["e"], ts)):
            return None
        ents = [by_id.get(i) or {} for i in g["ids"]]
        if not ents or not all(e.get("type") == "PERSON" or e.get("type") == "NORP" and e.get("sector") in ("CVL", "MED", None)
                               and not e.get("status") == "named" for e in ents):
            return None
        return g
    return None


_COUNT_OBJECTS = word_set("counted", "object")  # (data/wordsets.tsv)


def _count_object(w) -> bool:
    """A count or a quantity noun right after a verb: its object ("اعتقلوا العشرات")."""
    return w.isdigit() or w in _COUNT_OBJECTS


_PASSAGE = word_set("judicial", "passage")


def home_arrest(by_id, toks, groups, actors, recips) -> bool:
    """"أوقفت السلطات في إيران محامية إيرانية"، "اعتقلت الشرطة المصرية الناشط ...": a state body (or the state) that
    arrests people of its own country; the one country on both sides is the rule for arrests, no misreading. A
    nationality stands for people only as a plural (الإيطاليين، ستة ماليزيين) or after a noun of a person (المتهم اللبناني،
    محامية إيرانية), not as the adjective of a thing (توقيف سفينة ... درنة الليبية، الحرس البحري التونسي)."""
    def body(i):
        e = by_id.get(i) or {}
        return e.get("type") == "GPE" or e.get("sector") in ("GOV", "COP", "MIL", "JUD") and e.get("type") in ("ORG", "NORP")

    def person(i):
        e = by_id.get(i) or {}
        if e.get("type") == "PERSON" or e.get("type") == "NORP" and e.get("sector") in ("CVL", "MED"):
            return True
        if e.get("type") != "NORP" or e.get("sector"):
            return False
        g = next((g for g in groups if i in g["ids"]), None)
        if g is None:
            return False
        w = toks[g["s"]].norm
        return w.endswith(("ين", "يون")) and len(w) > 5 or g["s"] > 0 and toks[g["s"] - 1].norm in _PERSON_NOUNS

    return bool(actors) and bool(recips) and all(body(i) for i in actors) and all(person(i) for i in recips)


_PERSON_NOUNS = word_set("judicial", "person_noun")


# a relative or an aide of a party (نجل مرسي، مساعد لرئيس الوزراء نواز شريف، شقيق زعيم المعارضة): the one arrested or
# sentenced is that person, not the party named after the word
KIN = word_set("judicial", "kin")


def kin_of(toks, groups, recips):
    """The recipients named only as the anchor of a relative or an aide before them (KIN), to be dropped."""
    out = set()
    for g in groups:
        if g["s"] > 0 and set(g["ids"]) & set(recips) and g["prep"] in (None, "ل") \
                and toks[g["s"] - 1].norm.lstrip("و") in KIN:
            out |= set(g["ids"])
    return out


def sentenced_on(stage, text, toks, groups, lo, hi):
    """The party after على between tokens lo and hi (a verdict's convicted: "حكمت المحكمة على المعارض البارز نبيل رجب
    بالسجن"، "حكم بالسجن 10 سنوات على الناشط الحقوقي الإماراتي أحمد منصور"): the group that على governs, past up to three
    words of title or description, and the name right after a nationality there. Its group, or None."""
    for k in range(lo, min(hi, len(toks))):
        if toks[k].norm != "علي":  # (على, normalised)
            continue
        g = next((g for g in groups if k < g["s"] <= k + 4 and g["s"] < hi), None)
        if g is None or _st._strong_between(text, toks, k + 1, g["s"]):
            return None
        if any(g2["e"] <= g["s"] and g2["s"] > k for g2 in groups):
            return None
        nxt = next((g2 for g2 in groups if g2["s"] == g["e"] and g2["prep"] is None), None)
        if nxt is not None and all((stage._dp.by_id.get(i) or {}).get("type") == "NORP" for i in g["ids"]) \
                and all((stage._dp.by_id.get(i) or {}).get("type") == "PERSON" for i in nxt["ids"]):
            return nxt  # (الإماراتي أحمد منصور: the person his nationality introduces)
        return g
    return None


def culprit_on(stage, text, toks, groups, te):
    """The one a verdict at te sentences when على past its term governs a culprit's description ("قضت محكمة أميركية
    بالسجن 22 عاما على مدبر الهجوم على القنصلية الأمريكية في بنغازي أحمد أبو ختالة"): the person named in apposition
    after the description, else the description itself as a party; never a party inside it (the Americans, the
    consulate). A list of ids, or None when no such description follows."""
    def gap(a):  # (strong punctuation between tokens a - 1 and a)
        return bool(_st._STRONG.search(text, toks[a - 1].end, toks[a].start))
    k = te
    while k < len(toks) and k - te < 6 and (toks[k].norm in _st._PENALTY_WORDS or toks[k].norm.isdigit()) and not gap(k):
        k += 1
    h = k + 1
    if h + 1 >= len(toks) or toks[k].norm != "علي" or toks[h].norm not in _CULPRIT or toks[h + 1].norm not in _ACT \
            or gap(k) or gap(h) or gap(h + 1):
        return None
    if any(g["s"] <= h < g["e"] for g in groups):
        return None  # (a title the tagger reads as a party already)
    end = h + 2
    while end < len(toks) and end - h < 14 and not gap(end) \
            and toks[end].norm not in ("الذي", "التي", "الذين", "بعد", "بعدما", "بسبب", "لادانته", "وذلك"):
        end += 1
    name = next((g for g in groups if h + 2 < g["s"] and g["e"] <= end and g["prep"] is None and g["ids"]
                 and all((stage._dp.by_id.get(i) or {}).get("type") == "PERSON" for i in g["ids"])), None)
    if name is not None:
        return list(name["ids"])  # (the name after the description: "مدبر الهجوم ... أحمد أبو ختالة")
    b0, b1 = toks[h].start, toks[h + 1].end
    return [stage._dp.entity(("culprit", _st.normalize(text[b0:b1])), name=text[b0:b1], name_ar=text[b0:b1],
                             typ="PERSON", country=None, sector="CVL", start=b0, end=b1)]


def people_over_places(stage, text, toks, groups, te, recips):
    """"أن قوات الأمن اعتقلت الخميس في مدينتي وادي زم وطنجة ثمانية أشخاص": people are arrested, not towns; when the
    act's recipients are only places and a bare group of people follows them in the clause, that group is the one
    arrested. The new recipients, or the old ones."""
    by_id = stage._dp.by_id
    if not recips or not all((by_id.get(i) or {}).get("type") in ("GPE", "LOC", "FAC") for i in recips):
        return recips
    last = max((g["e"] for g in groups if set(g["ids"]) & set(recips)), default=te)
    for g in groups:
        if g["s"] < last or g["s"] - last > 3 or g["prep"] is not None or _st._strong_between(text, toks, last, g["s"]) \
                or any(toks[k].norm in _st.PREPS or toks[k].norm in ("عهد", "ظل") for k in range(last, g["s"])):
            continue  # (not "مركز الاحتجاز بخليج غوانتانامو في عهد الرئيس دونالد ترامب")
        if all((by_id.get(i) or {}).get("type") in ("PERSON", "NORP") for i in g["ids"]):
            return list(g["ids"])
    return recips


def blocked_destination(stage, text, toks, groups, te):
    """"منعت ميليشيا الحوثي وصول ناقلات تحمل مساعدات ... لقرى فقيرة في ريف العاصمة صنعاء"، "منعت إسرائيل دخول
    المساعدات إلى غزة": a ban on the passage of goods or people (منع + وصول، دخول، إدخال) weighs on the place they were
    bound for, the first place named after it in its sentence (its country's people). The place's ids, or []."""
    if te >= len(toks) or toks[te].norm not in _PASSAGE:
        return []
    for g in groups:
        if g["s"] <= te or g["s"] - te > 25 or _st._full_stop_between(text, toks, te, g["s"]):
            continue
        ents = [stage._dp.by_id.get(i) or {} for i in g["ids"]]
        if g["prep"] not in ("من", "عن") and toks[g["s"] - 1].norm.lstrip("و") != "عبر" and ents and all(
                e.get("type") in ("GPE", "LOC") and e.get("country") for e in ents):
            return list(g["ids"])
    return []


# armed men named as such after a verb of driving out (طرد مسلحي التنظيم، طرد عناصر داعش من المدينة): a battle's
# outcome, no expulsion of envoys (stage: SANCTION expel)
ARMED_MEN = word_set("judicial", "armed_men")
_CAUSE_BEFORE = word_set("judicial", "cause")


def cause_pronoun(toks, ts):
    """The pronoun (ه، ها، هم، هما) of a refusal noun given as a cause (لرفضه، بسبب رفضها، على خلفية رفضهم), or None."""
    w = toks[ts].norm
    lam = w[:1] == "ل" and not w.startswith("لل")
    if lam:
        w = w[1:]
    elif not (ts > 0 and toks[ts - 1].norm.lstrip("و") in _CAUSE_BEFORE):
        return None
    for suf in ("هما", "هم", "ها", "ه"):
        if w == "رفض" + suf:
            return suf
    return None

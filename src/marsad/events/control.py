"""Sides of a military event told by taking ground, advancing or repelling (triggers.tsv ASSAULT military rows:
سيطرت قوات النظام على بلدة، أحكمت القوات سيطرتها على، تقدمت القوات نحو، توغلت، أغار الطيران على، تصدى الجيش
لمسلحي داعش، استعاد الجيش السيطرة على).

The one who takes the ground or advances is an armed force or a state, never the town it took ("القوات الشرعية
حققت تقدما في مديرية حيران ... وسيطرت على بعض المواقع": not حيران) nor the source that reports it ("سيطر على بلدة
حمورية، كما أفاد المرصد السوري لحقوق الإنسان": not the Observatory); the side it takes the ground from, when the
text names it after من (من قبضة تنظيم القاعدة، من الحوثيين، من أيدي المعارضة), is its target.
"""
from __future__ import annotations

from ..lang.ar import normalize
from .lexicon import read_rows, tok_readings, trigger_span, word_set

# the trigger words (normalised, without و/ف) this module speaks for
_STEMS = ("سيطر", "احكم", "احكام", "بسط", "تقدم", "يتقدم", "تتقدم", "توغل", "تتوغل", "يتوغل", "اغار", "تصد", "يتصد",
          "صد", "يصد", "استعاد", "يستعيد", "تستعيد", "دخل", "حرر", "يحرر", "تحرر", "نحرر", "تحرير")
_ARMED = frozenset(("MIL", "REB", "GOV"))
_NOT_PARTY = frozenset(("NGO", "MED", "JUD", "CVL"))  # an observatory or an agency reports the fighting, it does not fight
_FROM = word_set("control", "from")
_GRIP = word_set("control", "grip")
# the noun سيطرة with a pronoun (سيطرتها على قرية): the NONE row of triggers.tsv that keeps it from reading as سيطرت
_CONTROL_NOUNS = frozenset(normalize(w) for typ, _, words, *_ in read_rows("triggers.tsv") if typ == "NONE"
                           for w in words.split("|") if normalize(w).startswith("سيطرت"))
_NOT_FROM = word_set("control", "not_from")
_FIGHT = frozenset(p + w for w in word_set("clash", "noun") for p in ("", "ال"))
_RELATIVES = word_set("relative")
_DRIVE_OUT = word_set("drive_out", "verb")  # (طرد، دحر: the side after it is the one driven out)
_TRY = ("تحاول", "يحاول", "حاول", "محاوله", "محاولات", "تسعي", "يسعي", "سعي", "تريد", "يريد")
_THINGS = frozenset(normalize(w) for w in ("طائره", "طائرات", "سفينه", "سفن", "شحنه", "شحنات", "مركب", "زورق", "قارب", "سياره", "سيارات",
                     "شاحنه", "اسلحه", "الوضع", "الاوضاع", "الحريق", "الحرائق", "النيران", "حريق", "المباراه", "مجريات",
                     "الكره", "اللقاء", "الشوط", "المشهد", "التغطيه", "التضخم", "الاسعار", "المعتدي",
                     "المهاجم", "الحافله", "ناقله"))
_STOP = frozenset(("،", ",", ".", "؛", ";", ":"))


_REPEL = ("تصد", "يتصد", "صد", "يصد")
_GROUND_NOUNS = ("تقدم", "سيطره", "توغل", "تحرير")  # verbal nouns of gaining ground, read through their clitics
_FREED_AFTER = word_set("control", "freed_after")  # (the words the noun تحرير is told after)
_ATTACK_NOUNS = ("هجوم", "هجمات", "تسلل", "زحف", "محاوله")


def _ally(toks, s) -> bool:
    """A party after "بإسناد من"، "بدعم من"، "بمساندة" (a force word may stand between: بإسناد من قوات التحالف), or after
    a participle of backing with ب ("مدعومة بفصائل معارضة سورية"): the force's ally, not the side it fought."""
    if s >= 1 and toks[s - 1].norm in ("قوات", "طيران", "مقاتلات", "طايرات"):
        s -= 1
    if s >= 1 and toks[s].norm[:1] == "ب" and toks[s - 1].norm.removeprefix("ال") in _ALLY_PARTICIPLES:
        return True
    if s >= 1 and toks[s - 1].norm == "ضمن":
        return True  # "القوات المسلحة الإماراتية العاملة ضمن التحالف العربي": the body a force acts within (session 20)
    k = s - 1
    while k >= 1 and k >= s - 3 and toks[k].norm.removeprefix("و") in _ALLY_MARKERS:
        k -= 1  # "بإسناد ومشاركة التحالف العربي": a second noun of backing joined by و (session 20)
    if k < s - 1 and _ally_marker(toks[k]):
        return True
    if s >= 2 and toks[s - 1].norm == "من" and toks[s - 2].norm.removeprefix("و")[:1] == "ب" or s >= 1 and \
            toks[s - 1].norm.removeprefix("و")[:1] == "ب" and \
            toks[s - 1].norm.removeprefix("و")[1:].startswith(("اسناد", "دعم", "مسانده", "مشارك", "غطاء")):
        return True  # ("وبإسناد من التحالف العربي": with و too)
    return _backed_through(toks, s)


def _backed_through(toks, s) -> bool:
    """(s29parties) A party at s after words of backing that the other readings of `_ally` do not walk through:
    "مسنودة بطيران التحالف العربي"، "مسنودة بغطاء جوي من مقاتلات التحالف"، "بدعم جوي من الطيران الروسي": up to five
    filler words (طيران، غطاء، جوي، من ...; data/wordsets.tsv ally) back from the party to one with ب that is a noun of
    backing, or a filler or an attack noun right after a participle of backing (مسنودة، مدعومة)."""
    k = s - 1
    while k >= 1 and k >= s - 5:
        w = toks[k].norm.removeprefix("و")
        bare = w[1:].removeprefix("ال") if w[:1] == "ب" else None
        if bare is not None and (bare in _ALLY_MARKERS or w[1:] in _ALLY_MARKERS):
            return True
        if bare is not None and (bare in _ALLY_FILLERS or w[1:] in _ALLY_FILLERS or bare in _ALLY_ATTACKS) \
                and toks[k - 1].norm.removeprefix("ال") in _ALLY_PARTICIPLES:
            return True
        if w not in _ALLY_FILLERS and w.removeprefix("ال") not in _ALLY_FILLERS:
            return False
        k -= 1
    return False


def backing_before(toks, groups, ts):
    """(s29parties) The first token of a phrase of backing that ends right before the attack noun at ts, its party the
    group just before ts: "شن الجيش اليمني بدعم من التحالف العربي هجوما"، "شنت القوات، مسنودة بطيران التحالف، هجوما";
    None when there is none. The phrase stands between the launching verb's subject and its noun: the subject is found
    past it (stage._event), and the backer acts with it (co_authors)."""
    g = next((g for g in groups if g["e"] == ts), None)  # (its preposition: بدعم من التحالف، مسنودة بالتحالف)
    if g is None or not _ally(toks, g["s"]):
        return None
    for k in range(g["s"] - 1, max(-1, g["s"] - 7), -1):
        w = toks[k].norm.removeprefix("و")
        if _ally_marker(toks[k]) or w.removeprefix("ال") in _ALLY_PARTICIPLES:
            return k
    return None


_MEMBER_NOUNS = word_set("object", "member")  # (data/wordsets.tsv; s29parties)
_SUFFERED = word_set("harm", "suffered")
_NUMBER_WORDS = word_set("object", "member_count")


def _member_body(toks, ments, k):
    """The armed body a member phrase opening at token k belongs to: an optional count, a member noun, an optional
    indefinite adjective, then في / من and the body ("ثلاثة عناصر من حزب الله"، "قيادي بارز في حركة حماس"); None."""
    j = k
    while j < len(toks) and j - k < 2 and (toks[j].norm.isdigit() or toks[j].norm in _NUMBER_WORDS):
        j += 1
    if j >= len(toks) or toks[j].norm not in _MEMBER_NOUNS:
        return None
    j += 1
    if j < len(toks) and toks[j].norm not in ("في", "من") and not toks[j].norm.startswith("ال") \
            and toks[j].norm not in _MEMBER_NOUNS:
        j += 1  # (an adjective: "قيادي بارز")
    if j + 1 >= len(toks) or toks[j].norm not in ("في", "من"):
        return None
    m = next((m for m in ments if m.s == j + 1 and m.sector in ("MIL", "REB")), None)
    # (a bare force word and the body named right after it: "من ميليشيات حزب الله": the body)
    return next((n for n in ments if m is not None and n.s == m.e and n.sector in ("MIL", "REB")), m)


def _attack_span(st, ev):
    """(toks, ments, ts, te) of a factual ASSAULT with an actor in a sentence whose mentions are known, else None:
    what struck_members and compass_target both start from."""
    if ev["type"] != "ASSAULT" or ev["negated"] or not ev["actors"]:
        return None
    ments = getattr(st, "ments", None)
    if not ments:
        return None
    ts, te = trigger_span(st.toks, ev)
    return None if ts is None else (st.toks, ments, ts, te)


def struck_members(st, ev, text) -> None:
    """(s29parties) "قتل قيادي في حزب الله بغارة إسرائيلية على جنوب لبنان"، "استشهد ثلاثة عناصر من حزب الله في غارة
    إسرائيلية"، "مقتل قائد في الحرس الثوري الإيراني بضربة": a member of an armed body named as the one killed or wounded
    right after a word of suffering harm (data/wordsets.tsv harm suffered: قتل، استشهد، أصيب، مقتل ...), in the attack's
    own clause, makes that body a target of the attack, before the place struck (the coder took the place after على)."""
    span = _attack_span(st, ev)
    if span is None:
        return
    toks, ments, ts, te = span
    for k in range(max(0, ts - 10), te):
        w = toks[k].norm.lstrip("وف")
        if w not in _SUFFERED or (k < ts and any(ch in text[toks[k].end:toks[ts].start] for ch in _CLAUSE_STOP)):
            continue
        m = _member_body(toks, ments, k + 1)
        if m is None or m.eid in ev["actors"] or m.eid in ev["recipients"] or m.e > ts and k < ts:
            continue  # (the member phrase lies between the harm word and the attack noun, or is the trigger's own)
        ev["recipients"].insert(0, m.eid)
        return


_COMPASS = word_set("compass", "word")
_COMPASS_AREA = word_set("compass", "area")


def compass_target(st, ev, text, by_id) -> None:
    """(s29parties) "أطلقت فصائل فلسطينية مسلحة عددا من القذائف والصواريخ على جنوب إسرائيل"، "أطلق حزب الله صواريخ على
    مستوطنات شمال إسرائيل"، "أطلقوا قذائف هاون من قطاع غزة على جنوب إسرائيل": a state named after على and a quarter of
    it (data/wordsets.tsv compass), within ten words of the attack in its clause, is the target; a place named after من
    before it is where the fire came from, no target."""
    span = _attack_span(st, ev)
    if span is None:
        return
    toks, ments, ts, te = span
    own = {(by_id.get(a) or {}).get("country") for a in ev["actors"]} - {None}
    for k in range(te, min(len(toks) - 2, te + 10)):
        if any(ch in text[toks[k - 1].end:toks[k].start] for ch in _CLAUSE_STOP):
            return
        if toks[k].norm not in ("على", "علي"):
            continue
        j = k + 1
        if toks[j].norm in _COMPASS_AREA:
            j += 1
        if j >= len(toks) or toks[j].norm not in _COMPASS:
            return
        m = next((m for m in ments if m.s == j + 1), None)
        ent = by_id.get(m.eid) if m is not None else None
        if ent is None or ent.get("type") != "GPE" or not str(ent.get("kb_id") or "").startswith("country:") \
                or m.eid in ev["actors"] or ent.get("country") in own:
            return
        origin = {n.eid for n in ments if te <= n.s < k and n.s > 0 and toks[n.s - 1].norm == "من"
                  and (by_id.get(n.eid) or {}).get("type") in ("GPE", "LOC")}
        ev["recipients"] = [m.eid] + [r for r in ev["recipients"] if r != m.eid and r not in origin]
        return


def _border(toks, s) -> bool:
    """A state after "الحدود مع": where the ground lies, not a side."""
    return s >= 2 and toks[s - 1].norm == "مع" and toks[s - 2].norm.lstrip("وبل").startswith(("الحدود", "حدود", "الحدوديه"))


def _armed_at(st, j, actors):
    """The id of the armed side (MIL, REB) named at token j that is not one of the actors, or None."""
    m = next((m for m in st.ments if m.s == j), None)
    return m.eid if m is not None and m.sector in ("MIL", "REB") and m.eid not in actors else None


def _foe_after(st, te, actors, by, text=""):
    """The armed side a control sentence names after its trigger when it names no side the ground was taken from:
    "أحكمت المقاومة اليمنية المشتركة ... سيطرتها على مطار الحديدة، إثر عملية عسكرية خاطفة دكت تحصينات ودفاعات
    ميليشيات الحوثي"، "سيطرت ... على بلدة حيط الخاضعة لسيطرة فصائل معارضة"، "وتقدمت قوات المقاومة باتجاه مطار الحديدة،
    فيما فرت ميليشيات الحوثي من مواقعها": the first armed body (a force or an armed group) of the sentence after the
    trigger that is not the actor's, its ally (بإسناد من)، its own force word, nor a body of the actor's state and kind;
    None when there is none (session 20)."""
    toks = st.toks
    ts = te - 1
    if ts > 0 and toks[ts - 1].norm in _NOUN_PREPS and not _achieved(toks, ts):
        return None  # "تعمل القوات على بسط سيطرتها": a verbal noun after its preposition tells an aim, no taking told
    own = {(by[a].country, by[a].sector) for a in actors if a in by and by[a].country}
    countries = {by[a].country for a in actors if a in by and by[a].country}
    edges = {by[a].e for a in actors if a in by} | {by[a].s for a in actors if a in by}
    for m in sorted(st.ments, key=lambda m: m.s):
        if m.s < te or m.eid in actors or m.sector not in ("MIL", "REB") or m.s in edges or m.e in edges:
            continue  # (nor the actor's own force word: "سيطرت قوات الجيش اليمني")
        if any(ch in text[toks[te - 1].end:toks[m.s].start] for ch in _CLAUSE_STOP) or ".." in text[toks[te - 1].end:toks[m.s].start]:
            break  # (not past the clause: "الجيش يتقدم نحو البيضاء.. والتحالف يدمر تعزيزات حوثية")
        if m.sector == "MIL" and (not m.country or m.country in countries or not countries):
            continue  # (a bare "الجيش"، "قوات", or a force of the actor's own state: its side)
        if _ally(toks, m.s) or _border(toks, m.s) or (m.country, m.sector) in own:
            continue
        if any(_ally_marker(toks[k]) or toks[k].norm.removeprefix("ال") in _ALLY_PARTICIPLES
               for k in range(max(te, m.s - 6), m.s)):
            continue  # "مسنودة بغطاء جوي كثيف من التحالف": the backing, no side
        if m.s >= 1 and (toks[m.s - 1].norm.removeprefix("ال").startswith(("موالي", "مدعوم", "تابع", "مسنود"))
                         or toks[m.s - 1].norm.startswith(_OPERATING)):
            continue  # "الموالية لإيران"، "التابعة للتحالف": a patron; "العمليات التي ينفذها الجيش التركي": the operation's
            # author, the actor's side
        return m.eid
    return None


_NOUN_PREPS = frozenset(("علي", "على", "في", "الي", "عن", "من", "ل"))
_OPERATING = tuple(sorted(word_set("control", "operating")))  # (prefixes; data/wordsets.tsv)


_ACHIEVED_NOUNS = word_set("control", "achieved_nouns")
_ANNOUNCED_NOUNS = word_set("control", "announced_nouns")  # (nouns of taking ground told as done when announced: _announced)
_ACHIEVE = word_set("achieve", "verb")


def _achieved(toks, ts) -> bool:
    """Is the verbal noun at ts the object of a verb of achieving through من/في ("وتمكنت من السيطرة"، "نجحت القوات
    اليمنية، السبت، في السيطرة"، "قبل أن تتمكن من السيطرة الكاملة عليه"), the subject and a day between them?"""
    if ts < 2 or toks[ts - 1].norm not in ("من", "في"):
        return False
    return any(toks[k].norm.lstrip("وف") in _ACHIEVE for k in range(max(0, ts - 9), ts - 1))


_ANNOUNCE = word_set("achieve", "announce")
_ANNOUNCE_ASIDE = word_set("achieve", "aside")
_ANNOUNCE_REACH = 12  # how many words may stand between the announcing verb and the noun (its subject, a day)


def _announced(st, ts) -> list | None:
    """Is the verbal noun at ts the object of a verb announcing it ("أعلنت قوات الشرعية اليمنية، الخميس، استعادة معسكر
    الكمب"، "أعلن الجيش السوري السيطرة على كامل الغوطة"، "أعلن الجيش اليمني، الجمعة، عن تحرير مواقع")? Between them
    only the subject (the words of a named party, or definite words of its noun phrase), commas, and a day or manner
    word (data/wordsets.tsv achieve/aside): the taking announced as done by its side, not an aim ("أعلنت عزمها على
    استعادة"، "أعلنت أنها قررت البدء في عملية تحرير"). Returns the mentions named between them (its subject), or None
    when the noun is not so announced."""
    toks = st.toks
    covered = {k for m in st.ments for k in range(m.s, m.e)}
    for k in range(ts - 1, max(-1, ts - 1 - _ANNOUNCE_REACH), -1):
        w = toks[k].norm
        bare = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        if bare in _ANNOUNCE:
            return [m for m in st.ments if k < m.s and m.e <= ts]
        if k in covered or toks[k].text in ("،", ",") or w in _ANNOUNCE_ASIDE:
            continue
        if w.startswith("ال") and len(w) > 3 and k < ts - 1:
            continue  # the definite words of the subject's phrase ("قوات الشرعية اليمنية"، "الدفاع المدني")
        return None
    return None


def control_trigger(tok) -> bool:
    w = tok.norm
    if w[:1] in "وف" and len(w) > 3:
        w = w[1:]
    for p in ("بال", "كال", "لل", "ال", "ل"):  # (a verbal noun the lexicon reads through its clitics: للتقدم، والتقدم)
        if w.startswith(p) and w[len(p):].startswith(_GROUND_NOUNS):
            return True
    return w.startswith(_STEMS)


def _armed(m) -> bool:
    return m.sector in _ARMED or (m.kind == "ORG" and m.sector not in _NOT_PARTY) or m.kind == "NORP"


def _place(m) -> bool:
    """A town, a district or a site: a location of the fighting, not a side of it."""
    return m.kind in ("GPE", "LOC", "FAC") and m.sector is None


def sides(stage, st, ev, span) -> bool:
    """Set the sides of a control/advance event (False: the event has no side that can take ground). The caller
    (material.refine) has checked that it is an ASSAULT on a control trigger."""
    toks = st.toks
    ts, te = span
    w = toks[ts].norm
    bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    x = w.lstrip("وف")
    subject = _announced(st, ts) if x in _ACHIEVED_NOUNS or bare in _ANNOUNCED_NOUNS else None
    announced = subject is not None
    if announced and not ev["actors"]:
        # "أعلن الجيش الوطني الليبي، الأحد، السيطرة الكاملة على": the armed body that announces it took the ground
        ev["actors"] = [m.eid for m in subject if m.sector in ("MIL", "REB") or m.kind == "GPE"][:1]
    achieved = x in _ACHIEVED_NOUNS and (_achieved(toks, ts) or announced)
    if x in _ACHIEVED_NOUNS and not achieved:
        return False  # "السيطرة على"، "إحكام سيطرتها" told as an aim or a state: no act
    if achieved:
        pass  # "تمكنت قوات الجيش من السيطرة على مواقع"، "نجحت قوات الشرعية في إحكام سيطرتها": the act achieved
    elif x.startswith(("ال", "لل", "بال", "كال")) or x[:1] in "لب" and x[1:] in _GROUND_NOUNS \
            and not (x[:1] == "ب" and x[1:] != "تحرير"):
        return False  # "غادرتها دبابات الجيش للتقدم باتجاه اقليم خيبر": a verbal noun of purpose, not an advance told
    if bare == "تحرير" and ts > 0 and toks[ts - 1].norm not in _FREED_AFTER and toks[ts - 1].text not in _STOP \
            and not announced:
        return False  # "مع بدء معركة تحرير مدينة الحديدة"، "أثناء عمليات تحرير محافظة صعدة": the name of a battle or of
        # operations (their own words tell them), not a liberation told; told after تمكن/نجح من، في، تم
    if bare in _CONTROL_NOUNS:
        return False  # "وسيطرتها على مناطق جديدة": the noun with its pronoun, not the verb سيطرت
    if bare == "تقدم" and w == bare and ts > 0 and toks[ts - 1].text not in _STOP \
            and toks[ts - 1].norm not in ("قد", "وقد", "لقد", "حيث"):
        return False  # "بعد تقدم الجيش السوري"، "جراء تقدم قوات المقاومة": the verbal noun, not the verb
    if ts > 0 and toks[ts - 1].norm.lstrip("و") in _RELATIVES or te < len(toks) and toks[te].norm in ("عليه", "عليها", "عليهم", "عليهما"):
        return False  # "الجسر الذي سيطر عليه الانقلابيون"، "حيران التي يتقدم إليها الجيش": a place described, background
    if any(toks[k].norm.lstrip("وفبل").startswith(_TRY) for k in range(max(0, ts - 4), ts)):
        ev["hypothetical"] = True  # "تحاول القوات الحكومية استعادة مواقع": an attempt, not the act
    if achieved and not ev["actors"]:
        return False  # "تمكن خلالها من السيطرة على نحو 65 بالمئة": no side named to have taken it
    if bare.removeprefix("ال").startswith(("سيطر", "احكم", "بسط")):
        k = next((k for k in range(te, min(len(toks) - 1, te + 6)) if toks[k].norm in ("على", "علي")), None)
        if k is not None and not _THINGS.isdisjoint(tok_readings(toks[k + 1])):
            return False  # "سيطرت القوات على طائرة بدون طيار"، "سيطرت الشرطة على الوضع": a thing or a situation, no ground
    if bare.startswith(_REPEL) and any(toks[k].norm.lstrip("ل").startswith(_ATTACK_NOUNS) for k in range(te, min(len(toks), te + 7))):
        return False  # "صد هجوما للميليشيات": the attack's own words tell it, with the attacker as its author
    by = {m.eid: m for m in st.ments}
    # the target: an armed side named after من (قبضة/أيدي) in the words after the trigger, in its clause
    taken_from = None
    for k in range(te, min(len(toks), te + 14)):
        if toks[k].text in _STOP:
            break
        if not _FROM.isdisjoint(tok_readings(toks[k])) or toks[k].norm in _FROM:
            j = k + 1
            if j < len(toks) and not _GRIP.isdisjoint(tok_readings(toks[j])):
                j += 1
            if k > 0 and (toks[k - 1].norm.removeprefix("و")[:1] == "ب" or toks[k - 1].norm in _NOT_FROM):
                continue  # "بإسناد من التحالف"، "بدعم من"، "بالقرب من": an ally or a place, not the side it fought
            taken_from = _armed_at(st, j, ev["actors"])
            if taken_from is not None:
                break
    if taken_from is None:
        # "عقب معارك عنيفة مع ميليشيا الحوثي": the side it fought
        for k in range(te, min(len(toks) - 1, te + 20)):
            if toks[k].norm.lstrip("وب") in _DRIVE_OUT or toks[k].norm == "مع" and k > 0 and not _FIGHT.isdisjoint(
                    tok_readings(toks[k - 1]) + tok_readings(toks[max(0, k - 2)])):
                # "بعد طرد وحدات حماية الشعب منها": the side driven out; "معارك مع الحوثيين": the side it fought
                taken_from = _armed_at(st, k + 1, ev["actors"])
                break
    # "قوات #الجيش_اليمني": a bare force word the coder took alone, and the army named right after it
    ev["actors"] = [next((n.eid for n in st.ments if n.s == by[a].e and n.country and (n.sector in ("MIL", "REB") or n.kind == "GPE")),
                         a) if a in by and by[a].country is None and by[a].sector in ("MIL", None) else a for a in ev["actors"]]
    # "الجيش والمقاومة بإسناد من قوات التحالف، دخلت": the ally named after بإسناد من is not the one that took it
    allies = [a for a in ev["actors"] if a in by and _ally(toks, by[a].s)]
    if allies:
        first = min(by[a].s for a in allies)
        cand = [m for m in st.ments if m.e < first and m.sector in ("MIL", "REB") and m.eid not in allies]
        # (not the ally's own force word: "بإسناد من قوات التحالف")
        if cand:
            ev["actors"] = [cand[-1].eid]
    # the actor: not a town nor a reporting body; the nearest armed party before the trigger stands for it
    acts = [a for a in ev["actors"] if a in by]
    if bare.startswith("دخل") and not (acts and all(by[a].sector in ("MIL", "REB") for a in acts)):
        return False  # "دخل الرئيس مدينة ..."، "دخلت الاتفاقية حيز التنفيذ": only a force entering a town is an act
    if acts and all(by[a].kind in ("PERSON", "NORP") for a in acts):
        return False  # "توغل البرازيلي دوغلاس كوستا داخل المنطقة": a player, not a force
    if acts and all(_place(by[a]) or by[a].sector in _NOT_PARTY for a in acts):
        cand = [m for m in st.ments if m.e <= ts and _armed(m) and not _place(m) and m.sector not in _NOT_PARTY]
        if not cand:
            return False
        ev["actors"] = [cand[-1].eid]
    # not a reporting body, nor the rest of the actor's own name ("قوات #الجيش_اليمني"), nor a person (the leader
    # whose stronghold it is: "نحو مران معقل زعيم المتمردين عبدالملك الحوثي")
    ends = {by[a].e for a in ev["actors"] if a in by}
    recs = [r for r in ev["recipients"] if r not in ev["actors"] and not (r in by and (
        by[r].sector in _NOT_PARTY or by[r].s in ends or by[r].kind == "PERSON" or _ally(toks, by[r].s) or _border(toks, by[r].s)))]
    if taken_from is None and not any(r in by and by[r].sector in ("MIL", "REB") for r in recs):
        taken_from = _foe_after(st, te, ev["actors"], by, stage._text or "")
    if taken_from is not None:
        recs = [taken_from]
        if ev["actors"]:
            ev["_weak"] = False  # both sides named now (من قبضة القاعدة، عقب معارك مع الحوثيين): no weak reading
    if announced:
        recs = [r for r in recs if not (r in by and _place(by[r]))]
        if ev["actors"] and recs:
            ev["_weak"] = False  # "أعلن الجيش الليبي السيطرة على معقل تنظيم أنصار الشريعة": both sides named
        else:
            # "أعلن الجيش اليمني تحرير مدينة ميدي": the town taken is no side; the side it was taken from is the
            # story's enemy when the document's other attacks give the force one (enemies.story_enemy)
            ev["_weak"], ev["_taken"] = True, True
    ev["recipients"] = recs
    acts = [by[a] for a in ev["actors"] if a in by]
    # (a named force of a state or a known armed group: not a bare "القوات" the coder could not tie to one)
    armed = bool(acts) and all(m.kind == "GPE" or m.sector in ("MIL", "REB", "COP") and (m.country or m.sector == "REB")
                               for m in acts)
    advance = bare.startswith(("تقدم", "يتقدم", "تتقدم", "دخل"))  # (an army or a militia advances; "تقدمت مصر" is rare)
    if armed and not ev["hypothetical"] and not ev["negated"] and not bare.startswith(("تقدما", "توغلا")) \
            and (not advance or all(m.sector in ("MIL", "REB") for m in acts)):
        # a force taking a town, advancing or fighting a side, told by a finite verb: stands against the classifier
        ev["_verb_act"] = "control"
    return True


# ---------------------------------------------------------------- نشر: publishing is no deployment
_MEDIA = frozenset(normalize(w) for w in ("صور", "صورا", "صوره", "فيديو", "مقطع", "مقاطع", "تسجيل", "تسجيلا", "لقطات", "بيان", "بيانا", "تقرير",
                    "تقريرا", "خريطه", "خرائط", "تغريده", "قائمه"))


def published(st, ev, span) -> bool:
    """"نشرت قوات الشرعية صورا لتفكيك الألغام"، "مقطع فيديو نشرته قوات الشرعية": نشر with a picture, a video or a
    statement as its object (or the relative head) publishes, it deploys nothing."""
    if ev["type"] != "MOBILIZE":
        return False
    toks = st.toks
    ts, te = span
    w = toks[ts].norm.lstrip("وف")
    if not w.startswith(("نشر", "ينشر", "تنشر")):
        return False
    near = range(max(0, ts - 3), min(len(toks), te + 6))
    return any(not _MEDIA.isdisjoint(tok_readings(toks[k])) for k in near if k < ts or k >= te)


# ---------------------------------------------------------------- co-authors of an armed act: بإسناد من، بمساعدة
_ALLY_MARKERS = word_set("ally", "marker")
_ALLY_FILLERS = word_set("ally", "filler")
_ALLY_PARTICIPLES = word_set("ally", "participle")
_ALLY_ATTACKS = word_set("ally", "attack")
_ALLY_REACH = 14  # how far from the attack (or a retelling of its noun) the backing phrase may stand
_CLAUSE_STOP = (".", "؛", ";", ":", "؟", "?", "!")


def _ally_marker(tok) -> bool:
    w = tok.norm[1:] if tok.norm[:1] == "و" and len(tok.norm) > 3 else tok.norm
    return w[:1] == "ب" and w[1:] in _ALLY_MARKERS


def _ally_party(m, ev) -> bool:
    """A party that can back an armed act: a state or its nationality adjective, an armed, police or government body,
    a named armed group; not a reporter, a court or civilians, nor a side the act already has."""
    if m.eid in ev["actors"] or m.eid in ev["recipients"]:
        return False
    if m.sector in _NOT_PARTY or m.kind in ("PERSON", "LOC", "FAC"):
        return False
    return m.kind == "GPE" and m.country is not None or m.sector in _ARMED or m.sector == "COP" \
        or m.kind == "NORP" and m.country is not None and m.sector is None \
        or m.kind == "ORG" and m.country is not None


def backing_attack(toks, ts) -> bool:
    """"قوات المقاومة المشتركة المدعومة بغارات لتحالف دعم الشرعية": an attack noun with ب right after a participle of
    backing is the backing of the force named before it, no attack on that force."""
    return ts > 0 and toks[ts].norm[:1] == "ب" and toks[ts - 1].norm.removeprefix("ال") in _ALLY_PARTICIPLES


def co_authors(stage, st, ev) -> None:
    """"وتمكن الجيش اليمني، بإسناد من طائرات التحالف العربي، من تدمير 3 مركبات"، "شرعت أنقرة في حملة عسكرية، بمساعدة
    فصائل من المعارضة السورية المسلحة، على وحدات حماية الشعب"، "وكانت أحدث هذه الضربات الجوية ... بمساعدة فرنسية
    وبريطانية": the parties a phrase of backing (ب + إسناد، دعم، مساندة، مساعدة، مشاركة، غطاء; data/wordsets.tsv ally) names
    near an attack with an author, in its clause, act with that author: co-authors of the one attack. Read after the
    classifier's decision (the sides it read stay as the coder built them)."""
    if ev["type"] != "ASSAULT" or not ev["actors"] or ev["negated"]:
        return
    toks = st.toks
    ts, te = trigger_span(toks, ev)
    if ts is None:
        return
    head = toks[ts].norm.lstrip("وفبل").removeprefix("ال")
    # the attack noun told again later in the sentence ("وكانت أحدث هذه الضربات الجوية ... بمساعدة")
    anchors = [(ts, te)] + [(k, k + 1) for k in range(te, len(toks))
                            if len(head) > 3 and toks[k].norm.lstrip("وفبل").removeprefix("ال") == head]
    by_start = {}
    for m in st.ments:
        by_start.setdefault(m.s, m)
    text = stage._text or ""
    added = []
    actor_ends = {m.e for m in st.ments if m.eid in ev["actors"]}
    for k, tok in enumerate(toks):
        participle = k in actor_ends and k + 1 < len(toks) and toks[k + 1].norm[:1] == "ب" and (
            tok.norm.removeprefix("ال") in _ALLY_PARTICIPLES)
        if participle:
            # "أطلقت قوات الجيش الوطني مسنودة بالتحالف العربي عملية عسكرية": the party after the participle's ب (or
            # after بغارات ل، بمقاتلات) backs the force named right before it
            j = k + 1
            if j not in by_start and toks[j].norm[1:].removeprefix("ال") in _ALLY_ATTACKS | _ALLY_FILLERS:
                j += 1
            m = by_start.get(j)
            if m is not None and _ally_party(m, ev):
                added.append(m.eid)
            continue
        if not _ally_marker(tok):
            continue
        near = any(a - _ALLY_REACH <= k < a or b <= k < b + _ALLY_REACH for a, b in anchors)
        if not near and k not in actor_ends:
            # (s29parties) or right after the author itself, however far from the noun: "سقط عدد كبير من القتلى ... في
            # معارك مع قوات المقاومة اليمنية المشتركة، بدعم التحالف العربي"
            continue
        lo, hi = (k, ts) if k < ts else (te - 1, k)
        if hi > lo and any(ch in text[toks[lo].end:toks[hi].start] for ch in _CLAUSE_STOP):
            continue  # (not across a sentence or clause break)
        told_end = max((b for a, b in anchors if b <= k), default=None)  # (the telling of the attack nearest before it)
        sides = [m for m in st.ments if told_end is not None and told_end <= m.s < k
                 and (m.eid in ev["actors"] or m.eid in ev["recipients"])]
        if sides and max(sides, key=lambda m: m.s).eid in ev["recipients"]:
            continue  # "المعارك بين الحوثيين والمقاومة اليمنية، بإسناد من القوات الإماراتية": the backer of the side
            # named last before it, the target
        j = k + 1
        while j < len(toks) and j - k <= 5 and j not in by_start and (
                toks[j].norm.lstrip("و") in _ALLY_FILLERS or toks[j].norm in _ALLY_FILLERS):
            j += 1
        m = by_start.get(j)
        while m is not None and _ally_party(m, ev):
            added.append(m.eid)
            nxt = m.e  # a second party joined by و ("بمساعدة فرنسية وبريطانية")
            m = by_start.get(nxt) if nxt < len(toks) and toks[nxt].norm[:1] == "و" else None
    for a in added:
        if a not in ev["actors"]:
            ev["actors"].append(a)

"""Readings that put the right parties on the right side (precision fixes of general constructions).

passive_agent: an act noun with an object pronoun followed by its agent ("بعد انتقادها من قبل السعودية"، "إثر
اعتقاله من جانب الشرطة"، "بعد انتقادها من حلفائها اليمنيين"): the pronoun is the target, the party after من
(قبل/جانب/طرف) the doer. The coder reads the noun's owner (the pronoun's referent, the sentence's subject) as the
actor and the party after من as the target: reversed sides.

issued_by: an act noun "issued by" a party ("رغم التحذيرات الصادرة عن مستشار الأمن القومي الأمريكي جون بولتون"،
"التهديدات الصادرة من طهران"): that party is the doer, and the subject the coder read as the actor the target.
"""
from __future__ import annotations

import re
from itertools import repeat

from ..lang.ar import TOKEN_NORM, clitic_in, normalize
from .lexicon import PAST_FORMS, VERB_FORMS, word_set


# the object pronouns a verbal noun takes (انتقادها، اعتقاله، استهدافهم، اتهامهما)
_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
# من + one of these names the agent of a passive act noun (من قبل، من جانب، من طرف)
_AGENT_NOUNS = word_set("precision", "agent_nouns")
# verbal nouns of criticism and blame whose agent may follow a bare من ("انتقادها من حلفائها"): a bare من after
# a noun of a material act is a place or source (طرده من البلاد، استهدافها من سوريا) and is not read
_BARE_MIN_STEMS = frozenset(normalize(w) for w in (
    "انتقاد", "اتهام", "إدانة", "تنديد", "استنكار", "مهاجمة", "تهديد", "لوم"))


def _stem(norm: str) -> str | None:
    """The verbal noun under the object pronoun of an act noun (انتقادها -> انتقاد, وادانته -> ادانه), else None."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 5 else norm
    if w[:2] == "ال":
        return None  # a noun with the article takes no pronoun
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            base = w[: -len(suf)]
            if base.endswith("ت"):  # ادانته: the ة of the noun written ت before the pronoun
                base = base[:-1] + "ه"
            return base
    return None


def passive_agent(st, ev, m) -> None:
    """Set the doer of an act noun told in the passive ("بعد انتقادها من قبل X"): X becomes the actor and the party
    the pronoun stands for (the coder's actor) the recipient. Changes ev in place; no change when no party follows
    من at once."""
    toks = st.toks
    te = m.end_tok
    if te + 1 >= len(toks) or toks[te].norm != "من" or m.end_tok - m.start_tok != 1:
        return
    base = _stem(toks[te - 1].norm)
    if base is None:
        return
    if toks[te + 1].norm in _AGENT_NOUNS:
        k = te + 2
    elif base in _BARE_MIN_STEMS:
        k = te + 1
    else:
        return
    if not st.ments:
        return
    ments = sorted(st.ments, key=lambda x: x.s)
    agents, k = _parties_from(toks, ments, k)
    # a possessive word between من and the party ("من حلفائها اليمنيين"): the party is its adjective or genitive
    if not agents and k == te + 1 and k + 1 < len(toks):
        agents = [x.eid for x in ments if x.s == k + 1 and x.kind in ("NORP", "GPE", "ORG")][:1]
    _make_doers(ev, agents)


_AGENT_GAP = word_set("precision", "agent_gap")


# the words an agent phrase ends with (من قبل، على يد، على أيدي، بأيدي), as distant_agent reads them (s33speed)
_AGENT_WORDS = word_set("precision", "agent_words")


def distant_agent(st, ev, m, text) -> None:
    """The doer named by an agent phrase (من قبل، على يد، على أيدي، بأيدي) after the act and the party it was done to,
    with only parties, commas and time words between (wordsets precision/agent_gap): "وقتل العامري بعد ذلك بأربعة أيام
    على أيدي الشرطة" (the police killed him), "إذ تم فرض عقوبات من قبل وزارة الخزانة الأمريكية على وزيري العدل"،
    "اتهم سابقاً من قبل شبكة إنفاذ قوانين الجرائم المالية". The agent becomes the actor; the recipients keep the
    coder's other recipients, else the party the coder read as actor (the passive's subject). Session 27
    (s27parties). Changes ev in place."""
    toks = st.toks
    te = m.end_tok
    if not st.ments or not (ev.get("actors") or ev.get("recipients")):
        return
    if _AGENT_WORDS.isdisjoint(map(TOKEN_NORM, toks[te:te + 15])):
        return  # (no agent phrase can end within the 14 words read below: one C-level pass; s33speed)
    ments = sorted(st.ments, key=lambda x: x.s)
    inside = set()
    for x in ments:
        inside.update(range(x.s, x.e))
    others = {t.start_tok for t in st.trigs if t is not m}
    k = te
    while k < len(toks) and k < te + 14:
        w = toks[k].norm
        if k + 1 < len(toks) and (w, toks[k + 1].norm) in (("من", "قبل"), ("علي", "يد"), ("علي", "ايدي")):
            a = k + 2
            break
        if w == "بايدي":
            a = k + 1
            break
        if k in others:
            return
        if not (k in inside or w in _AGENT_GAP or w.isdigit()):
            # "واعتقال حسين الشيرازي، نجل زعيم الطائفة الشيعية الشيرازية صادق الشيرازي، من قبل السلطات الإيرانية": an
            # apposition between commas right after a party
            if not (k > te and k - 1 in inside and _comma_before(text, toks, k)):
                return
            j = next((j for j in range(k + 1, min(len(toks), k + 9)) if _comma_before(text, toks, j)), None)
            if j is None or any(x in others for x in range(k, j)):
                return
            k = j
            continue
        k += 1
    else:
        return
    if k == te and (m.end_tok - m.start_tok == 1 and toks[te].norm == "من"):
        return  # (passive_agent reads "انتقادها من قبل")
    if re.search(r"[.:;؛!?؟\n]", text[toks[m.start_tok].start:toks[min(a, len(toks) - 1)].start]):
        return
    agents, _ = _parties_from(toks, ments, a)
    if not agents or set(agents) <= set(ev.get("actors") or []):
        return
    if any(x.eid in (ev.get("actors") or []) and a <= x.s <= a + 6 for x in ments):
        return  # the coder read the agent phrase already ("بأيدي مسلحين من جماعة بوكو حرام": the group)
    old_a = [x for x in ev.get("actors") or [] if x not in agents]
    old_r = [x for x in ev.get("recipients") or [] if x not in agents]
    ev["actors"] = agents
    ev["recipients"] = old_r or old_a


def comma_co_subjects(st, ev, m, text) -> None:
    """Subjects joined after commas by و right after the verb's subject are its co-subjects, not its objects:
    "قطعت السعودية، والإمارات، والبحرين، ومصر علاقاتها الدبلوماسية"، "انتقدت المستشارة الألمانية، أنغيلا ميركل،
    وسياسيون آخرون، قرار بنك للطعام" (an object never opens with ، و; "بين X، وY" of a meeting is left: CONSULT).
    Session 27 (s27parties). Changes ev in place."""
    if ev["type"] == "CONSULT" or not ev.get("actors") or not ev.get("recipients") or not st.ments:
        return
    from .stage import _is_noun  # (stage imports this module)
    toks = st.toks
    ts, te = m.start_tok, m.end_tok
    if _is_noun(toks[ts].norm) or toks[ts].text.endswith("ة") or te >= len(toks):
        return  # (a verb: its subject follows it)
    ments = sorted(st.ments, key=lambda x: x.s)
    first = next((x for x in ments if te <= x.s <= te + 6), None)
    if first is None or first.eid not in ev["actors"] or re.search(r"[.:;؛!?؟\n]", text[toks[te - 1].end:toks[first.s].start]):
        return
    k, joined = first.e, []
    while (same := [y for y in ments if y.s == k and y.eid == first.eid]):  # its apposition: "المستشارة الألمانية، أنغيلا ميركل"
        k = max(y.e for y in same)
    while k < len(toks) and _comma_before(text, toks, k) and toks[k].norm[:1] == "و":
        ys = [y for y in ments if y.s == k]  # ("ودول الخليج الأخرى": all the states the phrase names)
        if not ys or not any(y.eid in ev["recipients"] for y in ys) and not joined:
            break
        joined += [y.eid for y in ys]
        k = max(y.e for y in ys)
    if joined and any(j in ev["recipients"] for j in joined):
        ev["actors"] = list(ev["actors"]) + [j for j in joined if j not in ev["actors"]]
        ev["recipients"] = [r for r in ev["recipients"] if r not in joined]
        if not ev["recipients"]:
            # "قطعت السعودية، والإمارات، والبحرين، ومصر علاقاتها الدبلوماسية والتجارية مع الدوحة": the other side after مع
            w = next((y for y in ments if k < y.s <= k + 6 and toks[y.s - 1].norm == "مع"
                      and y.eid not in ev["actors"]), None)
            if w is not None and not re.search(r"[.:;؛!?؟\n،,]", text[toks[k].start:toks[w.s].start]):
                ev["recipients"] = [w.eid]


def _comma_before(text, toks, k) -> bool:
    """Is there a comma between token k-1 and token k?"""
    return k > 0 and bool(re.search(r"[،,]", text[toks[k - 1].end:toks[k].start]))


def _parties_from(toks, ments, k) -> tuple[list, int]:
    """The parties named from token k on, joined by و (ments sorted by start), and the token after them."""
    agents = []
    for x in ments:
        if x.s == k and x.eid not in agents:
            agents.append(x.eid)
            k = x.e
            if k < len(toks) and toks[k].norm == "و":
                k += 1
    return agents, k


def _make_doers(ev, agents) -> None:
    """The agents become the event's actors; the party the coder read as actor (else its recipients) the target."""
    old = list(ev.get("actors") or [])
    if not agents or set(agents) <= set(old):
        return
    ev["recipients"] = [r for r in (old or ev.get("recipients") or []) if r not in agents]
    ev["actors"] = agents


_ISSUED = frozenset(normalize(w) for w in ("الصادر", "الصادرة", "الصادرين", "الصادرتين", "الصادران"))


def issued_by(st, ev, m) -> None:
    """The party after "الصادرة عن/من" right after an act noun is its doer (issued_by above). Changes ev in place."""
    toks = st.toks
    te = m.end_tok
    if te + 2 >= len(toks) or toks[te].norm not in _ISSUED or toks[te + 1].norm not in ("عن", "من") or not st.ments:
        return
    if not toks[m.start_tok].norm.lstrip("وفبل").startswith("ال") and m.end_tok - m.start_tok == 1:
        return  # (an act noun with the article: "التحذيرات الصادرة"; "تحذير صادر" is not read)
    _make_doers(ev, _parties_from(toks, sorted(st.ments, key=lambda x: x.s), te + 2)[0])


# source_min (s20fp): an act noun of condemning, threatening, supporting, helping or apologising followed (past at
# most three adjectives or a pronoun of its receiver: "رسالة اعتذار رسمية له") by من and a party names that party
# as its author, whatever the sentence's subject: "وعلق المجلس المركزي الاعتراف بإسرائيل بعد تنديد من الأمم
# المتحدة" (the UN condemned, the council is the target), "ستحصل نيكاراغوا على مساعدة من لجنة الدول الأمريكية"،
# "قرض من صندوق النقد الدولي"، "وسط تهديدات من الصين وروسيا". The nouns are data/wordsets.tsv source/noun.
_SOURCE_NOUNS = word_set("source", "noun")
_SOURCE_TYPES = frozenset(("ACCUSE", "THREATEN", "SUPPORT", "AID", "CONCEDE"))
_TO_PRONOUNS = word_set("precision", "to_pronouns")
_NOUN_BEFORE = frozenset(normalize(w) for w in ("على", "من", "إلى", "في", "بعد", "وسط", "إثر", "عقب", "مع", "بفضل", "رغم"))
_NOT_BETWEEN = frozenset(normalize(w) for w in (
    "في", "على", "إلى", "عن", "مع", "ضد", "بين", "بشأن", "حول", "لدى", "أمام", "إثر", "بعد", "قبل", "الذي", "التي",
    "الذين", "و", "أو", "ما", "أن", "إن"))


def _source_stem(norm: str) -> str:
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    w = w[1:] if w[:1] in "بل" and len(w) > 4 else w
    return w[2:] if w[:2] == "ال" and len(w) > 4 else w


def source_min(st, ev, m, text) -> None:
    """The party after من that follows an act noun is its author (see above). Changes ev in place."""
    if ev["type"] not in _SOURCE_TYPES or not st.ments:
        return
    from .stage import _STRONG, _title_word  # (stage imports this module)
    toks = st.toks
    head = next((k for k in range(m.start_tok, m.end_tok) if _source_stem(toks[k].norm) in _SOURCE_NOUNS), None)
    if head is None:
        return
    bare = toks[head].norm.lstrip("وف")
    if len(bare) == 3 and not (head > 0 and toks[head - 1].norm.lstrip("و") in _NOUN_BEFORE):
        return  # (دعم: a perfect verb as well, "دعم الحزب المرشح"; a noun only after a preposition: "وسط دعم من")
    starts = {x.s for x in st.ments}
    k = m.end_tok
    while k < len(toks) and k - m.end_tok < 3 and toks[k].norm != "من":
        w = toks[k].norm
        if k in starts or w in _NOT_BETWEEN or w[:1] in "بل" and w not in _TO_PRONOUNS and not w.startswith("ال") \
                or w.isdigit():
            return
        k += 1
    if k >= len(toks) or toks[k].norm != "من" or k + 1 >= len(toks):
        return
    if _STRONG.search(text, toks[m.end_tok - 1].end, toks[k].start):
        return
    k += 1
    if toks[k].norm in _AGENT_NOUNS:
        k += 1
    j = k
    while j < len(toks) and j - k < 2 and j not in starts and _title_word(toks[j].norm):
        j += 1  # "من رئيسة الوزراء تيريزا ماي": the office before the name
    agents = _parties_from(toks, sorted(st.ments, key=lambda x: x.s), j)[0]
    if not agents or not (set(agents) & set(ev.get("recipients") or []) or not ev.get("actors")):
        return
    _make_doers(ev, agents)


def other_clause(text, toks, trigs, te, s) -> bool:
    """Is the party at token s, after a meeting noun ending at te, cut from it by a comma or a stop or by another act's
    trigger? Then it is no genitive of the noun (s20fp): "ويأتي الاجتماع بعد يومين على ضربات نفذتها الولايات المتحدة
    وفرنسا"، "تبحث قمة 'لا أموال للإرهاب' الدولية الخميس في باريس، سبل تجفيف منابع ... تنظيما الدولة الإسلامية والقاعدة"."""
    from .stage import _STRONG
    if s <= te:
        return False
    return bool(_STRONG.search(text, toks[te - 1].end, toks[s].start)) or any(te <= m2.start_tok < s for m2 in trigs)


def antecedent_subject(rel: str, verb: str) -> bool:
    """Is a verb right after the relative pronoun rel (normalised) one whose subject is the antecedent (s20fp)? Only a
    bare verb (no object pronoun: "التي شنتها طائرات التحالف" has its subject after it) that agrees with the pronoun:
    "الغارة التي استهدفت"، "الهجوم الذي استهدف"، "المسلحين الذين هاجموا"; a verb of the other gender has a subject
    of its own after it ("الهجوم، الذي ألقت بريطانيا باللوم فيه على روسيا")."""
    v = verb[1:] if verb[:1] in "وف" and len(verb) > 4 else verb
    if len(v) < 3 or v.endswith(("ه", "ها", "هم", "هما")):
        return False
    fem = v.endswith("ت") or v[:1] == "ت" or v[:2] == "ست"
    if rel == "التي":
        return fem
    if rel == "الذي":
        return not fem and not v.endswith(("وا", "ون"))
    if rel == "الذين":
        return v.endswith(("وا", "ون"))
    return False


# object_after_day (s20fp): in a verb-first clause the day of the act closes the subject ("اتهم المحامي البريطاني ...
# الذي يمثل الدوحة أمام محكمة لاهاي الجمعة، الإمارات العربية المتحدة بأنها"، "دعت مجموعة الأزمات الدولية في تقرير
# الثلاثاء السعودية لعدم تحويل العراق"): the party right after the day is the verb's object. A party read as the
# recipient inside the subject (the lawyer's nationality, a body in its prepositional phrase) or in a later phrase
# gives way to it.
_DAY_WORDS = word_set("precision", "day_word")  # (data/wordsets.tsv)
_DAY_OBJECT_TYPES = frozenset(("ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT", "COERCE", "AID"))  # (not SANCTION:
# "استدعت الخارجية، الثلاثاء، السفير": the envoy recalled is no recipient)


def object_after_day(st, ev, m, text) -> None:
    """The party right after the act's day is the object of a verb-first clause (see above). Changes ev in place."""
    if ev["type"] not in _DAY_OBJECT_TYPES or not st.ments or not ev.get("actors"):
        return
    from .stage import _is_noun, _STRONG  # (stage imports this module)
    toks = st.toks
    te = m.end_tok
    if _is_noun(toks[m.start_tok].norm) or toks[m.start_tok].text.endswith("ة"):
        return
    if _DAY_WORDS.isdisjoint(map(TOKEN_NORM, toks[te:min(len(toks) - 1, te + 16)])):
        return  # (no day word after the act, one C-level pass; s33speed)
    k = next((j for j in range(te, min(len(toks) - 1, te + 16)) if toks[j].norm in _DAY_WORDS), None)
    if k is None or k == te or re.search(r"[.:;؛!?؟\n]", text[toks[te - 1].end:toks[k].start]):
        return
    if _STRONG.search(text, toks[te - 1].end, toks[te].start):
        return
    obj = [x.eid for x in sorted(st.ments, key=lambda x: x.s) if x.s == k + 1]
    if not obj or toks[k + 1].norm[:1] == "و":
        return  # ("واشنطن تطلب تصويتا الثلاثاء وموسكو تعارض": و opens the next clause)
    if any(toks[j].norm.endswith("ا") and len(toks[j].norm) > 3 and not toks[j].norm.startswith("ال")
           and toks[j].norm[:1] not in "بل" for j in range(te, k)):
        return  # (an object already told before the day: "تطلب تصويتا الثلاثاء")
    agents, _ = _parties_from(toks, sorted(st.ments, key=lambda x: x.s), k + 1)
    rec = list(ev.get("recipients") or [])
    if not agents or set(agents) & set(ev["actors"]) or set(agents) <= set(rec):
        return
    # the recipients read so far lie inside the subject (between the verb and the day) or after the object
    pos = {x.eid: x.s for x in st.ments}
    if rec and not all(i in pos and (te <= pos[i] < k or pos[i] > k + 1) for i in rec):
        return
    ev["recipients"] = agents


def own_troops(actors, recips, by_id) -> bool:
    """Are all the recipients of a meeting soldiers or forces (sector MIL, no named unit) of the one country all its
    actors belong to (s20fp)? "التقت ميركل الجنود الألمان في أفغانستان"، "زار الرئيس القوات الفرنسية في مالي"."""
    def country(i):
        return (by_id.get(i) or {}).get("country")
    cs = {country(i) for i in actors}
    if len(cs) != 1 or None in cs or any((by_id.get(i) or {}).get("sector") in ("REB", "OPP", "MIL") for i in actors):
        return False  # (an armed group meeting the forces it fights: "لقاء بين مقاتلي طالبان وقوات أمن أفغانية")
    return all((by_id.get(i) or {}).get("sector") == "MIL" and country(i) in cs
               and not (by_id.get(i) or {}).get("kb_id") for i in recips)


# charge_noun (s20fp): a noun of a charge (اتهامات، تهم) is often no accusation by the party the coder takes for
# its author: "يواجه رجل الأعمال الفرنسي ... اتهامات واسعة بالفساد أمام القضاء الفرنسي" (the subject faces charges,
# it accuses no one, and its accuser is not named), "وأدانت المحكمة
# الزفزافي بعدة اتهامات" (the conviction's charges), "ويأتي إعلان الجيش الروسي بعد ساعات من اتهامات للنظام السوري"
# (a background accusation whose author is not the main clause's subject), "أول شخص توجه له اتهامات" (a passive).
_CHARGE = word_set("charge", "noun")
_CHARGE_FACE = word_set("charge", "face")
_CHARGE_INQUIRY = word_set("charge", "inquiry")  # (an inquiry into charges is left as read: its investigator)
_CHARGE_CONVICT = word_set("charge", "convict")
_CHARGE_BACKGROUND = word_set("precision", "charge_background")  # (data/wordsets.tsv)
_PASSIVE_BROUGHT = word_set("precision", "passive_brought")  # (data/wordsets.tsv)


def charge_noun(st, groups, ts, te, actors, recips, text=""):
    """The (actors, recipients) of an ACCUSE read on a charge noun at ts..te, corrected (see above); None when no
    accusation is told; the sides unchanged when none of the constructions holds."""
    toks = st.toks
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    bare = w[1:] if w[:1] in "بل" and w[1:] in _CHARGE else w
    if bare not in _CHARGE or te - ts != 1:
        return actors, recips
    prev = toks[ts - 1].norm if ts > 0 else ""
    prev2 = toks[ts - 2].norm if ts > 1 else ""
    if w[:1] == "ب" or prev[:1] == "ب" and prev.lstrip("ب") in ("عده", "عدد", "تهم"):
        if any(toks[k].norm.lstrip("و") in _CHARGE_CONVICT for k in range(max(0, ts - 6), ts)):
            return None  # "أدانت المحكمة الزفزافي بعدة اتهامات"
    if prev in ("في", "بشان", "حول") and any(toks[k].norm.lstrip("و") in _CHARGE_INQUIRY
                                             for k in range(max(0, ts - 4), ts - 1)):
        return actors, recips  # "تحقيقه في اتهامات التدخل الروسي": an inquiry into the charges, its author the
        # investigator (ACCUSE/investigate in PLOVER); left as read
    if prev in ("له", "لها", "لهم", "لهما") and prev2 in _PASSIVE_BROUGHT:
        return None  # "أول شخص توجه له اتهامات": brought by no one named
    face = next((k for k in range(ts - 1, max(-1, ts - 12), -1) if toks[k].norm.lstrip("و") in _CHARGE_FACE), None)
    if face is not None and not any(face < m2.start_tok < ts for m2 in st.trigs) \
            and not re.search(r"[.:;؛!?؟،,\n]", text[toks[face].end:toks[ts].start]):
        # (the text between, punctuation included: the tokens hold none)
        # "يواجه رجل الأعمال الفرنسي الملياردير فانسان بولوريه (66 عاما) اتهامات": the subject between is accused
        return None  # (its accuser, a court or prosecutors, is not named as such)
    if prev.lstrip("و") in _CHARGE_BACKGROUND or prev2.lstrip("و") in _CHARGE_BACKGROUND and prev in ("ساعات", "ايام"):
        if not w.startswith("ال") and te < len(toks) and toks[te].norm[:1] == "ل":
            # "بعد ساعات من اتهامات للنظام السوري": no author named with it; one named before is not its author
            own = [i for g in groups if g["s"] >= te for i in g["ids"]]
            kept = [a for a in actors if a in own]
            return (kept, recips) if kept else None
    return actors, recips


# expelled_from (s20fp): "بريطانيا ترد على طرد دبلوماسييها من روسيا": the envoys of the pronoun's owner expelled from
# a state were expelled by that state; the owner is the target ("طرد روسيا لـ23 دبلوماسيا" names its author itself).
_ENVOY_POSSESSED = word_set("precision", "envoy_possessed")  # (data/wordsets.tsv)


def expelled_from(st, ev, m) -> None:
    """The state after من that envoys "of its" are expelled from is the expeller (see above). Changes ev in place."""
    if ev["type"] != "SANCTION" or ev.get("mode") != "expel" or not st.ments:
        return
    toks = st.toks
    te = m.end_tok
    if te + 2 >= len(toks) or toks[te].norm.lstrip("ل") not in _ENVOY_POSSESSED or toks[te + 1].norm != "من":
        return
    agents = _parties_from(toks, sorted(st.ments, key=lambda x: x.s), te + 2)[0]
    if agents and set(agents) & set(ev.get("recipients") or []):
        _make_doers(ev, agents)


# agent_noun_homograph (s20fp): the perfect of a form-III verb (طالب، قاتل، حاصر) is spelled as the active participle
# of form I (طالب "student", قاتل "killer"). After a preposition no verb stands ("سوء فهم بين طالب كويتي ومعلم
# مصري"); before an indefinite nisba the word is a noun with its adjective ("طالب سعودي"، "طالب جامعي").
_NO_VERB_AFTER = word_set("precision", "no_verb_after")  # (data/wordsets.tsv)
_NISBA_NOUNS = word_set("precision", "nisba_noun")  # (data/wordsets.tsv)


def agent_noun_homograph(toks, ts, ments) -> bool:
    """Is the trigger at ts a فاعل-shaped word read as a verb but told as a noun (see above)?"""
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وف" and len(w) == 5 else w
    if len(w) != 4 or w[1] != "ا":
        return False
    if ts > 0 and toks[ts - 1].norm in _NO_VERB_AFTER:
        return True
    if ts + 1 < len(toks):
        nx = toks[ts + 1].norm
        if nx.endswith("ي") and not nx.startswith("ال") and len(nx) >= 4 and (
                nx in _NISBA_NOUNS or any(x.s == ts + 1 and x.e == ts + 2 and x.kind == "NORP" for x in ments)):
            return True
    return False


# ally_apposition (s20fp): "لكن روسيا حليفة دمشق تعارض مثل هذا الإجراء"، "روسيا، حليفة سوريا والتي تتمتع بحق النقض":
# the genitive of an ally noun in apposition names whose ally the party before is; that party, not the genitive,
# is the one who acts.
_ALLY = word_set("precision", "ally")  # (data/wordsets.tsv)


def ally_apposition(st, ev) -> None:
    """An actor named as the genitive of an ally noun gives way to the party the noun stands in apposition to (see
    above). Changes ev in place."""
    if not ev.get("actors") or not st.ments:
        return
    toks = st.toks
    if _ALLY.isdisjoint(map(TOKEN_NORM, toks)):
        return  # (no ally noun in the sentence, one C-level pass: nothing below can change; s33speed)
    ments = sorted(st.ments, key=lambda x: x.s)
    new = []
    for a in ev["actors"]:
        m = next((x for x in ments if x.eid == a and x.s >= 2 and toks[x.s - 1].norm in _ALLY), None)
        head = next((x for x in ments if m is not None and x.e == m.s - 1 and x.eid != a), None)
        if head is not None and head.eid not in (ev.get("recipients") or []):
            new.append(head.eid)
        else:
            new.append(a)
    if new != ev["actors"]:
        ev["actors"] = list(dict.fromkeys(new))
    # ("وتعارض روسيا حليفة دمشق أي تحرك عسكري": the ally's genitive is no target either)
    drop = [r for r in ev.get("recipients") or [] if any(
        x.eid == r and x.s >= 2 and toks[x.s - 1].norm in _ALLY and any(y.e == x.s - 1 and y.eid in ev["actors"]
                                                                        for y in ments) for x in ments)]
    if drop:
        ev["recipients"] = [r for r in ev["recipients"] if r not in drop]


# ---------------------------------------------------------------- questions
# a question is no claim that the act happened: "هل تسفر قمة كيم-مون عن نتائج ملموسة؟"، "هل تستخدم روسيا الفيتو
# دائما لمنع قرارات مجلس الأمن؟"، "اتفقنا؟". The clause of the trigger (from the last stop before it to the first after
# it) ends with a question mark and either opens with هل before the trigger or ends right after the trigger. A
# headline's topic before a colon ("كاردينال في زيارة للرياض: هل من تقارب؟") and a relative clause of a "who is"
# question ("من هي سمر بدوي التي أدى اعتقالها إلى أزمة؟": the act is presupposed) are not read.
_STOPS = re.compile(r"[.!؟?:؛\n]")
_HAL = re.compile(r"(?:^|[\s\"«(])[وف]?هل\s")


def in_question(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Is the trigger at text[start:end] told inside a yes/no question (see above)?"""
    after = _STOPS.search(text, end, sent_end)
    if after is None or after.group() not in "؟?":
        return False
    if not text[end:after.start()].strip():
        return True  # "اتفقنا؟": the act word closes the question
    lo = sent_start
    for mm in _STOPS.finditer(text, sent_start, start):
        lo = mm.end()
    return _HAL.search(text, lo, start) is not None


_RESUMPTIVE_SUFFIXES = ("هما", "هم", "ها", "ه")  # the object pronoun of a verb after its antecedent
_SUBJECT_LEAD = word_set("precision", "resumptive_lead")  # هذا، هذه; مسلحو، عناصر (roles/member_head) before a subject
_MEMBER_HEAD = word_set("roles", "member_head")
_NOT_ANTECEDENT = word_set("relclause", "not_antecedent")
_ADJ_ENDINGS = ("ه", "ا", "ين", "ون", "ي", "ان")  # indefinite adjectives (normalised: ة is ه)


def indefinite_resumptive(st, ev, m, text) -> None:
    """An indefinite noun described by a clause with no relative pronoun whose verb of harm or holding takes the
    noun back as its object pronoun and names its subject right after: "جنازة مسعفة متطوعة قتلها الجيش الإسرائيلي"،
    "جثث 34 شخصا قتلهم تنظيم الدولة الإسلامية"، "ثلاثة أسرى بريطانيين يحتجزهم هذا التحالف"، "19 عربيا اعتقلتهم
    الشرطة". The subject after the verb is the actor, the noun before it the recipient (the coder read the noun as
    the doer, or a party of the main clause). Only a party right before the verb (past indefinite adjectives) that
    opens indefinite, and a party right after it (past هذا/هذه or a member head: "اختطفها مسلحو تنظيم الدولة").
    Session 27 (s27passive). Changes ev in place."""
    if ev["type"] not in ("ASSAULT", "COERCE") or not st.ments:
        return
    toks = st.toks
    ts, te = m.start_tok, m.end_tok
    if te - ts != 1 or ts == 0 or te >= len(toks):
        return
    w = toks[ts].norm
    suf = next((s for s in _RESUMPTIVE_SUFFIXES if w.endswith(s) and len(w) - len(s) >= 3), None)
    if suf is None or w[: -len(suf)] not in VERB_FORMS:
        return  # (a verb, not a verbal noun with a possessive: "جريمة قتله"، "محاولة خطفه" name no party before)
    if re.search(r"[.:;؛!?؟،,\n()\"«»]", text[toks[ts - 1].end:toks[te].start]):
        return  # nothing but a space on either side of the verb
    ments = sorted(st.ments, key=lambda x: x.s)
    # the antecedent: a party ending right before the verb, or before one or two indefinite adjectives
    ante = None
    for gap in range(0, 3):
        end = ts - gap
        if gap and not all(toks[k].norm[:2] != "ال" and toks[k].norm[:1] not in "وفبل" and len(toks[k].norm) >= 4
                           and toks[k].norm.endswith(_ADJ_ENDINGS) and toks[k].norm not in _NOT_ANTECEDENT
                           for k in range(end, ts)):
            break  # (an indefinite adjective: "مسعفة متطوعة قتلها"; not "فرنسا قبل أن تقتله الشرطة")
        cand = [x for x in ments if x.e == end]
        if cand:
            ante = min(cand, key=lambda x: x.s)  # (the whole phrase: "أسرى بريطانيين", not its nisba alone)
            break
    if ante is None:
        return
    if any(toks[k].norm.lstrip("و")[:2] == "ال" for k in range(ante.s, ante.e)):
        return  # "السلطات اعتقلته"، "تواصل قوات النظام السوري قصفها": a definite phrase (or one in construct with a
        # definite genitive) before the verb is its subject or a noun's owner, not a described noun
    k = te
    if toks[k].norm in _SUBJECT_LEAD or toks[k].norm in _MEMBER_HEAD:
        k += 1
    if any(x.s == k and re.search("[لب]", text[toks[k].start:x.start]) for x in ments):
        return  # "قصفها لمحافظة درعا": a preposition before the party; no subject follows
    agents, _ = _parties_from(toks, ments, k)
    agents = [a for a in agents if a != ante.eid]
    if not agents:
        return
    # the antecedent with the parties joined to it by و before it ("30 سيدة وطفلا يحتجزهم التنظيم")
    victims = [ante.eid]
    j = ante.s
    while j >= 2 and toks[j - 1].norm == "و":
        prev = [x for x in ments if x.e == j - 1]
        if not prev:
            break
        victims.insert(0, prev[-1].eid)
        j = prev[-1].s
    if set(ev.get("actors") or []) == set(agents) and ev.get("recipients"):
        return  # the coder read it right already ("3 أسرى بريطانيين تحتجزهم قوات سوريا الديمقراطية": its own phrase)
    ev["actors"] = agents
    ev["recipients"] = [v for v in victims if v not in agents]
    ev["_resumptive"] = True



_REACT_B = word_set("precision", "reaction_b")
_REACT_AN = word_set("precision", "reaction_an")
_FEELINGS = word_set("precision", "reaction_feeling")
_REACT_CAUSE = word_set("precision", "reaction_cause")
_REACT_WORDS = _REACT_B | _REACT_AN  # (reaction_doer's one-pass test of the words before the act, s33speed)
_REACT_STOP = re.compile(r"[.:;؛!?؟\n،,\"«»“”]")


def _feeling(norm: str) -> bool:
    """A noun of feeling, with or without the article and an owner's pronoun (قلقها، الارتياح، أسفه)."""
    w = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    if w in _FEELINGS:
        return True
    return any(w.endswith(s) and w[: -len(s)] in _FEELINGS for s in _SUFFIXES)


def reaction_doer(st, ev, m, text) -> None:
    """(s31 w2parties) The one who praises, welcomes or voices a feeling about an act is not its doer: "أشاد غوتيريس
    بالجهود التي تقوم بها السعودية في دعم المنظمات"، "أشاد ليبرمان، الثلاثاء، بقناص ظهر في شريط فيديو يطلق النار على
    فلسطيني"، "إعراب السفارة الأمريكية في الخرطوم عن قلقها إزاء الاعتقالات"، "عبرت إيران عن غضبها بسبب فرض الولايات
    المتحدة عقوبات". An act told inside the complement of such a word (wordsets precision/reaction_b with its ب-word;
    reaction_an with عن and a feeling, the act after the feeling), with no stop, comma or quote between the complement's
    start and the act, loses the actors that the sentence names only before that complement (the reaction's subject);
    the act's own author named after its start (فرض الولايات المتحدة) stays. The stance itself ("أعربت البحرين عن
    رفضها"، "عبر عن تضامنه مع") is the feeling's place and is kept. Changes ev in place (an event left with no actor is
    dropped later as it is for any act whose author the coder could not name)."""
    actors = ev.get("actors") or []
    if not actors or not st.ments:
        return
    toks = st.toks
    ts = m.start_tok
    # (s33speed) the loop below reads a reaction word among the 19 words before the act, as written or less its
    # leading و/ف: where none of them is one, in either form (two C-level passes), there is no complement to read
    before = list(map(TOKEN_NORM, toks[max(0, ts - 19):ts]))
    if _REACT_WORDS.isdisjoint(before) and _REACT_WORDS.isdisjoint(map(str.lstrip, before, repeat("وف"))):
        return
    c = None
    for r in range(ts - 1, max(-1, ts - 20), -1):
        w = toks[r].norm.lstrip("وف") if len(toks[r].norm) > 4 else toks[r].norm
        if w in _REACT_B:
            k = next((k for k in range(r + 1, min(ts + 1, r + 10)) if toks[k].norm[:1] == "ب" and len(toks[k].norm) > 2
                      and not any(x.s <= k < x.e and not (x.s == k and not x.bare) for x in st.ments)), None)
            if k is not None and k < ts:
                c = k
            break
        if w in _REACT_AN:
            k = next((k for k in range(r + 1, min(ts, r + 10)) if toks[k].norm == "عن"), None)
            if k is not None and k + 2 <= ts and _feeling(toks[k + 1].norm) and (
                    toks[k + 2].norm in _REACT_CAUSE or toks[k + 2].norm[:1] == "ل" and len(toks[k + 2].norm) > 4):
                c = k + 1
            break
    if c is None or _REACT_STOP.search(text, toks[c].start, toks[ts].start):
        return
    if ts == c + 1 and toks[ts].norm[:1] == "و":
        return  # a second feeling or stance joined to the first: the subject's own ("عن سخطهم ورفضهم لقانون")
    after = {x.eid for x in st.ments if x.s >= c}
    gone = [a for a in actors if a not in after]
    if not gone:
        return
    ev["actors"] = [a for a in actors if a in after]
    ev["recipients"] = [x for x in ev.get("recipients") or [] if x not in gone]


_CONTRAST = word_set("precision", "contrast")
_HARD_STOP = re.compile(r"[.:;؛!?؟\n]")


def contrast_subject(st, ev, m, text) -> None:
    """(s31 w2parties) A verb joined by و with no subject of its own, told after a contrasting clause that names its
    own subject (wordsets precision/contrast after a comma: "وسارعت تركيا إلى طلب تسليمه، لكن براغ أفرجت عنه بعد
    ثلاثة أيام، "ووعدت" بألا يغادر"، "فيما أن جماعة الحوثي التي تدعمها إيران تجوع الشعب اليمني وتهدد"), continues
    that clause's subject: the coder's actor named only before the contrast gives way to it. Changes ev in place."""
    actors = ev.get("actors") or []
    if not actors or not st.ments or m.end_tok - m.start_tok != 1:
        return
    from .stage import _is_noun  # (stage imports this module)
    toks = st.toks
    ts = m.start_tok
    w = toks[ts].norm
    if len(w) < 4 or _is_noun(w) or toks[ts].text.rstrip("\"'»”").endswith("ة"):
        return
    if _CONTRAST.isdisjoint(map(TOKEN_NORM, toks[1:ts])):
        return  # (no contrast word before the verb for the search below: one C-level pass; s33speed)
    ments = sorted(st.ments, key=lambda x: x.s)
    k0 = next((k for k in range(ts - 1, 0, -1) if toks[k].norm in _CONTRAST and _comma_before(text, toks, k)), None)
    if k0 is None or _HARD_STOP.search(text, toks[k0].start, toks[ts].start):
        return
    k1 = k0 + 1 + (toks[k0 + 1].norm in ("ان", "انه", "انها"))  # (لكن/فيما/غير/إلا أن)
    if k1 >= ts:
        return
    # its subject: first in the clause (SVO: "لكن براغ أفرجت"), or right after its opening verb (VSO: "بينما أعلنت موسكو")
    subj = next((x for x in ments if x.e <= ts and (x.s == k1 and (toks[k1].norm[:1] not in "بل" or x.bare)
                                                    or x.s == k1 + 1 and not _is_noun(toks[k1].norm)
                                                    and toks[k1].norm not in _NO_VERB_AFTER)), None)
    if subj is None or subj.eid in actors or not (w[:1] == "و" or ts == subj.e):
        return  # (the verb joined by و, or the clause's own verb right after its subject: "غير أن الحكومة رفضت")
    if any(x.eid in actors and x.s >= k0 for x in ments):
        return  # (the coder's actor is named in the contrasting clause too)
    ev["actors"] = [subj.eid]
    ev["recipients"] = [r for r in ev.get("recipients") or [] if r != subj.eid]


_GOVERNING = word_set("precision", "governing")


def governing_subject(st, ev, m, text) -> None:
    """(s31 w2parties) The verbal noun right after "verb of announcing, deciding or going on + its subject" (wordsets
    precision/governing; a day word may stand between) is that subject's act: "وانتقدت روسيا القرار، وأعلنت بريطانيا
    طرد 23 دبلوماسيا" (Britain expels, not Russia, the sentence's first subject). The coder's actors named only before
    the verb give way to it. Changes ev in place."""
    actors = ev.get("actors") or []
    if not actors or not st.ments or m.start_tok < 2:
        return
    toks = st.toks
    ts = m.start_tok
    k = ts
    while k > 0 and toks[k - 1].norm in _DAY_WORDS:
        k -= 1
    x = next((x for x in st.ments if x.e == k and x.s >= 1), None)
    if x is None or x.eid in actors or re.search(r"[.:;؛!?؟\n،,\"«»“”]", text[toks[x.s].start:toks[ts].start]):
        return
    v = toks[x.s - 1].norm
    if v not in _GOVERNING and not (v[:1] in "وف" and v[1:] in _GOVERNING):
        return
    if any(y.eid in actors and y.s >= x.s - 1 for y in st.ments):
        return  # (the coder's actor is named at or after the verb)
    ev["actors"] = [x.eid]
    ev["recipients"] = [r for r in ev.get("recipients") or [] if r != x.eid]


# ---------------------------------------------------------------- aides and kin (s33sides)
# A person named only as the genitive of a noun of his aide, lawyer or kin ("وأكد محامي ترمب أنه لم يسافر"، "واعتذرت
# ماكدوغال لزوجة ترامب، ميلانيا"، "مستشار ترامب يزور مصر") or of his campaign's staff ("اتهام المدير السابق لحملة ترامب"،
# "مساعدي حملة ترمب") is no party of the act: the aide is. A person named in apposition right after the genitive (after
# a comma or at once: "زوجة ترامب، ميلانيا"، "مستشار ترامب جاريد كوشنر") takes his place; else he is dropped. Only a
# person's genitive: an aide of an office or a state acts for it ("مساعد وزير الخارجية الأمريكي"، "محامي وزارة العدل").
_AIDE_HEADS = (word_set("groups", "aide") | word_set("judicial", "kin")) - word_set("precision", "aide_or_help")
# (data/wordsets.tsv; not مساعدة, also the noun of help: "تطلب مساعدة ترامب" asks Trump)
_CAMPAIGN_STAFF = word_set("precision", "campaign_staff")
_CAMPAIGN = word_set("precision", "campaign")
_AIDE_ADJ = word_set("precision", "aide_adjective")  # (s34legal)


def _aide_word(norm: str) -> str:
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    w = w[1:] if w[:1] == "ل" and len(w) > 3 and w[1:3] != "ال" else w
    return w


def _aide_genitive(toks, x, lgen=False) -> bool:
    """Is mention x the genitive of an aide or kin noun in construct right before it (no article: "محامي ترمب", not
    the title "المستشارة أنغيلا ميركل"), or of حملة after a staff noun ("المدير السابق لحملة ترامب")? With lgen, also
    the genitive marked by ل past up to two adjectives ("المحامي الشخصي للرئيس الأميركي دونالد ترامب"، "المساعد الأمني
    المقال للرئيس الفرنسي"، "مستشار سابق للرئيس الأمريكي"; s34legal)."""
    if x.s < 1:
        return False
    w = _aide_word(toks[x.s - 1].norm)
    if w in _AIDE_HEADS:
        return True
    if lgen and toks[x.s].norm[:1] == "ل":
        k = x.s - 1
        while k > 0 and x.s - k <= 2 and toks[k].norm in _AIDE_ADJ:
            k -= 1
        v = _aide_word(toks[k].norm)
        v = v[2:] if v.startswith("ال") and len(v) > 4 else v
        if v in _AIDE_HEADS:
            return True
    if toks[x.s - 1].norm in _CAMPAIGN or w in _CAMPAIGN:
        for k in range(x.s - 2, max(-1, x.s - 5), -1):
            v = _aide_word(toks[k].norm)
            v = v[2:] if v.startswith("ال") and len(v) > 4 else v
            if v in _CAMPAIGN_STAFF or v in _AIDE_HEADS:
                return True
    return False


_AFFILIATED = word_set("precision", "affiliated")


def _patron_of(toks, ments, x, by_id):
    """The mention of the named party that mention x is the patron of ("ميليشيا الحوثي التابعة لإيران": the Houthis for
    Iran; "المدعومة من (قبل) واشنطن"), the mention that ends right before the word of affiliation; else None. The
    party must be a known body (kb_id), not a generic noun ("القوات الموالية لإيران"، "المقاتلات التابعة للجيش العراقي":
    the patron is the party there) nor a news medium ("قناة المسيرة التابعة للحوثيين أعلنت قصف": its owner acts)."""
    k = None
    if x.s >= 1 and toks[x.s].norm[:1] == "ل" and toks[x.s - 1].norm in _AFFILIATED:
        k = x.s - 1
    elif x.s >= 2 and toks[x.s - 1].norm == "من" and toks[x.s - 2].norm in _AFFILIATED:
        k = x.s - 2
    elif x.s >= 3 and toks[x.s - 1].norm == "قبل" and toks[x.s - 2].norm == "من" and toks[x.s - 3].norm in _AFFILIATED:
        k = x.s - 3
    if k is None:
        return None
    y = next((y for y in ments if y.e == k and y.eid != x.eid and y.kind in ("ORG", "NORP", "GPE", "PERSON")), None)
    e = (by_id.get(y.eid) or {}) if y is not None else {}
    return y if e.get("kb_id") and e.get("sector") != "MED" else None


def patron_group(toks, ments, g, by_id) -> bool:
    """Is party group g (stage._groups) only the patron of a named party right before it (_patron_of)?"""
    return bool(g["m"]) and all(_patron_of(toks, ments, x, by_id) is not None for x in g["m"])


def aide_genitive(st, ev, text, by_id) -> None:
    """Replace or drop a party named only as the genitive of an aide, kin or campaign-staff noun, or only as the patron
    of another named party (_patron_of; see above). Changes ev in place."""
    if not st.ments or not (ev.get("actors") or ev.get("recipients")):
        return
    toks = st.toks
    ments = sorted(st.ments, key=lambda x: x.s)
    parties = set(ev.get("actors") or ()) | set(ev.get("recipients") or ())
    for role in ("actors", "recipients"):
        new = []
        for a in ev.get(role) or []:
            ms = [x for x in ments if x.eid == a]
            heads = [_patron_of(toks, ments, x, by_id) for x in ms]
            if ms and all(h is not None for h in heads):
                if heads[0].eid not in parties:
                    new.append(heads[0].eid)  # (the named party, not its patron; dropped where it is a side already)
                continue
            lgen = ev.get("type") in ("SANCTION", "COERCE")
            if lgen:  # (a name in apposition to its title mention is that mention: "للرئيس الأمريكي، دونالد ترامب")
                ms = [x for x in ms if not any(y.e <= x.s and text[toks[y.e - 1].end:toks[x.s].start].strip() in ("", "،", ",")
                                               for y in ms)] or ms
            if not ms or not all(x.kind == "PERSON" and _aide_genitive(toks, x, lgen=lgen) for x in ms):
                # (s34legal: a verdict, an arrest or a raid on a president's lawyer or adviser is not on the president)
                new.append(a)
                continue
            x = ms[0]
            app = None  # the first person named after the genitive, in apposition to the aide when only a comma parts them
            for y in ments:
                if y.kind != "PERSON" or y.eid == a or y.s < x.e:
                    continue
                gap = text[toks[x.e - 1].end:toks[y.s].start].strip()
                if gap in ("", "،", ","):
                    app = y
                break
            if app is not None and app.eid not in parties:
                new.append(app.eid)
        if new != list(ev.get(role) or []):
            ev[role] = list(dict.fromkeys(new))


_RELATIVE_WORDS = word_set("relative")
_CLAUSE_HEADS = word_set("precision", "clause_head")


def object_relative(toks, ts, te, trigs) -> bool:
    """(s34prec) An act told by a perfect verb of a relative clause whose object pronoun takes up the antecedent: "أندرو
    ماكيب، الذي اتهمه الرئيس، دونالد ترامب، بالانحياز"، "صفقة الأسلحة التي أبرمتها واشنطن والرياض"، "يونكر ... ترامب،
    الذي وصفه مرارا بأنه قاتل وحشي". The clause describes the party or thing it follows (background that identifies it),
    not an act the story tells. Not after a head that takes up a whole clause ("الأمر الذي أدانته موسكو": a reaction;
    wordsets precision/clause_head) nor after an act noun that is itself a trigger ("الضربات التي شنتها إسرائيل")."""
    if ts < 2 or te - ts != 1:
        return False
    rel = toks[ts - 1].norm
    if rel not in _RELATIVE_WORDS and not (rel[:1] == "و" and rel[1:] in _RELATIVE_WORDS):
        return False
    w = toks[ts].norm
    base = next((w[:-len(s)] for s in _SUFFIXES if w.endswith(s) and len(w) - len(s) >= 3), None)
    if base is None or base not in PAST_FORMS:
        return False  # (the perfect only: a present one tells a standing state or charge the story may go on with, "فتح
        # الله غولن، والذي تتهمه تركيا بالوقوف وراء محاولة انقلاب"، "القس الذي تحتجزه السلطات"; the gold codes those optional)
    head = toks[ts - 2].norm
    if head in _CLAUSE_HEADS or head.lstrip("و") in _CLAUSE_HEADS or head in ("ما", "وهو", "وهي"):
        return False
    return not any(m.start_tok <= ts - 2 < m.end_tok for m in trigs or ())


_PAST_ADVERBS = word_set("precision", "past_adverb")
_PAST_PHRASES = frozenset(tuple(p.split()) for p in word_set("precision", "past_phrase"))
_REL_SKIP = frozenset(normalize(w) for w in ("كان", "كانت", "كانوا", "قد", "لقد", "سبق", "أن", "وأن"))
_CLAUSE_STOPS = ("،", ",", ".", "؛", ";", ":", "(", ")", "؟", "?")  # (not quotes: a quoted word sits inside a clause)


def relative_past(text, toks, ts, te) -> bool:
    """(s34relcl) An act told inside a relative clause whose own words put it in the past of its antecedent: "ميغانو،
    الذي انتقد البابا في السابق"، "ترمب، الذي انتقد مراراً الاتفاق"، "سالفيني، الذي سبق وأن وصف قوارب المساعدات"، "ترامب،
    الذي توعد منذ البداية". The clause describes the party it follows (background), not an act the story tells. The
    relative pronoun stands at most three words before the trigger (كان/قد/سبق أن between), no punctuation between; the
    cue (wordsets precision/past_adverb, past_phrase) lies between them or in the clause after the trigger, up to its
    first punctuation mark or eight words."""
    if ts < 1:
        return False
    k, rel = ts - 1, None
    while k >= max(0, ts - 4):
        if any(c in text[toks[k].end:toks[k + 1].start] for c in _CLAUSE_STOPS):
            return False
        w = toks[k].norm
        if w in _RELATIVE_WORDS or (w[:1] == "و" and w[1:] in _RELATIVE_WORDS):
            rel = k
            break
        if w not in _REL_SKIP and k < ts - 1:
            return False  # (only كان/قد/سبق أن between the pronoun and the verb; the verb itself right before a noun trigger)
        k -= 1
    if rel is None:
        return False
    end = te
    while end < len(toks) and end < te + 8 and not any(c in text[toks[end - 1].end:toks[end].start] for c in _CLAUSE_STOPS):
        end += 1
    words = [t.norm for t in toks[rel + 1:end]]
    if any(w in _PAST_ADVERBS for w in words):
        return True
    return any(tuple(words[i:i + len(p)]) == p for p in _PAST_PHRASES for i in range(len(words)))


_GUESTS = word_set("precision", "guests")  # (data/wordsets.tsv)
_WELCOMING = word_set("react", "welcome")


def welcome_of_guests(toks, ts, te) -> bool:
    """(s35prec) A welcome of people as guests, not support of a party: the trigger at toks[ts:te] is a word of
    welcoming (react/welcome, with its pronoun: ترحيبها) and the first word with ب in the six after it is ب + (ال) +
    a noun of precision/guests ("جددت السعودية ترحيبها بالمواطنين القطريين"، "يرحبون باللاجئين")."""
    if te >= len(toks):
        return False
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وف" and (len(w) > 4 or w[1:] in _WELCOMING) else w
    if w not in _WELCOMING and not any(w.startswith(x) and len(w) - len(x) <= 2 for x in ("ترحيب", "الترحيب")):
        return False
    # the welcomed: the first word with ب after the trigger, past its subject ("ورحبت الحكومة الألمانية بالمهاجرين")
    n = next((t.norm for t in toks[te:te + 7] if t.norm[:1] == "ب" and len(t.norm) > 3), "")
    if not n:
        return False
    n = n[1:]
    n = n[2:] if n.startswith("ال") and len(n) > 4 else n
    return n in _GUESTS


_ELAPSED_PERIOD = word_set("precision", "elapsed_period")  # (data/wordsets.tsv)
_ELAPSED_SOME = word_set("precision", "elapsed_some")


def elapsed_before(text, toks, ts) -> bool:
    """(s35prec) The act at toks[ts] follows "بعد <period> من/على" within the four words before it: it took place that
    long before what the sentence tells ("ويأتي الخطاب بعد أسبوع على إعلان ترمب الانسحاب من الاتفاق"، "أفرجت السلطات
    عن الصحفي بعد شهرين على اعتقاله"), background with no day of its own. Not past a comma or a full stop, nor a verb
    (the sentence's own act after the phrase: "استجاب ترامب للضغوط بعد أسابيع من الغضب محليا ودوليا ووعد بأنه"), nor
    past a word with و between."""
    w = toks[ts].norm
    if clitic_in(w, VERB_FORMS):
        return False
    for k in range(ts - 1, max(1, ts - 5), -1):
        if toks[k].norm not in ("من", "علي", "على"):
            continue
        if toks[k - 1].norm not in _ELAPSED_PERIOD:
            continue
        j = k - 2
        if j >= 0 and toks[j].norm in _ELAPSED_SOME:
            j -= 1
        if j < 0 or toks[j].norm.lstrip("و") != "بعد":
            continue
        gap = text[toks[k].end:toks[ts].start] if text else ""
        return not any(c in gap for c in "،,.؛:") and not any(t.norm[:1] == "و" for t in toks[k + 1:ts])
    if ts >= 2 and toks[ts - 1].norm in ("عن", "الي") and toks[ts - 2].norm in _RESULT_VERB and text:
        # the harm that act led to: "بعد أيام من غارة شنتها قوات التحالف على الحديدة، أسفرت عن مقتل الصماد"
        for k in range(ts - 3, max(1, ts - 24), -1):
            if any(c in text[toks[k].end:toks[k + 1].start] for c in ".؛:"):
                break
            if toks[k].norm in ("من", "علي") and toks[k - 1].norm in _ELAPSED_PERIOD and (
                    toks[k - 2].norm.lstrip("و") == "بعد" or k >= 3 and toks[k - 2].norm in _ELAPSED_SOME
                    and toks[k - 3].norm.lstrip("و") == "بعد") and toks[k + 1].norm not in VERB_FORMS:
                return True
    return False


_RESULT_VERB = word_set("precision", "result_verb")  # (data/wordsets.tsv)

"""Attacks told without their sides: one event per attack.

News tell one attack several times: once with its sides (شنت مقاتلات التحالف غارات على مواقع الحوثيين، the headline
غارات للتحالف على قاعدة الديلمي) and then again without them, to add what witnesses saw or what the attack cost
(ورصد شهود عيان أكثر من 12 غارة جوية استهدفت القاعدة الجوية، وأسفر القصف عن عشرات القتلى، عدد القتلى بلغ عشرين
قتيلا في الهجومين). The sentence classifier turns such a sentence into an ASSAULT event of its own (a weak reading,
stage.py ``_decide``), with neither actor nor recipient: one attack counted twice, the second time with no sides.

``fold_sideless`` runs after the stage's merging (``EventStage._merge``): an ASSAULT event with no actor and no
recipient whose sentence refers to an attack by an attack noun (``data/strike_refs.tsv``) is another mention of the
attack the story tells with its sides

* in the same sentence, a neighbouring one, or the headline, when the noun is of the same family as an attack noun
  of that telling's sentence (غارات … 12 غارة جوية), or definite (القصف، الغارات، هذه الغارات: a reference back), or
  ``هجوم``, the general word, or that telling has an attack noun of the general family;
* anywhere in the story, when the noun is definite and the story names exactly one attacker.

The mention is folded into that event (it lends its day and place when the event has none). A mention of the
same family chains: once folded, its sentence is a telling of the event for the next one. What refers to no
sided telling stays as it is (an attack the story tells only so: هجوم على حافلة يوقع عشرات القتلى). Not folded:
an indefinite noun after بعد / قبل / منذ and a span of time (ويأتي الحادث بعد يوم من هجمات انتحارية: another,
earlier attack), a
telling dated another day, a historical one beside a current one, a sentence that opens another matter (وفي
تطور آخر، من جهة أخرى، وفي حادث منفصل).
"""
from __future__ import annotations

import re

from ..lang.ar import clitic_in, normalize
from . import dates as _dates
from .lexicon import read_tsv, word_set
from .enemies import armed as _armed  # (all parties states or armed forces)
from .parties import _INSTRUMENTS
from . import stage as _st  # (imported by stage.py: its helpers are read at call time)

_FAMILY: dict[str, str] | None = None
_CLITICS = ("و", "ف", "ب", "ل", "ك")
_DEMONSTRATIVES = word_set("demonstrative", "word")
# a sentence that opens on another matter (وفي تطور آخر، ومن جهة أخرى، وفي حادث منفصل): its attack is another one
# (only at its opening: "غداة هجوم آخر" inside a sentence places the sentence's own attack after another)
_OTHER_MATTER = re.compile(r"(?:تطور|سياق|جهة|جانب|حادث|حادثة|هجوم|اعتداء|تفجير|غارة|قصف|واقعة)\s+(?:آخر|اخر|أخرى|اخرى|منفصل|منفصلة)(?!\w)"
                           r"|(?:حادث|حادثة|هجوم|واقعة)\s+(?:منفصل|منفصلة|مستقل|مستقلة)(?!\w)")
_BEFORE = word_set("strikes", "before")
_SPANS = word_set("strikes", "spans")


def families() -> dict[str, str]:
    """normalised attack noun (no article) → its family (data/strike_refs.tsv), loaded once."""
    global _FAMILY
    if _FAMILY is None:
        fam = {}
        for kind, forms in read_tsv("strike_refs.tsv"):
            for f in forms.split("|"):
                fam[normalize(f.strip())] = kind
        _FAMILY = fam
    return _FAMILY


def noun_at(toks, k) -> tuple[str, bool] | None:
    """(family, definite) of the attack noun at token k, or None. Definite: with the article (الغارات، بالقصف،
    للغارة) or after a demonstrative (هذه غارات)."""
    fam = families()
    w = toks[k].norm
    for _ in range(3):  # up to three proclitics: وبالغارات
        if w.startswith("ال") and w[2:] in fam:
            return fam[w[2:]], True
        if w.startswith("لل") and w[2:] in fam:
            return fam[w[2:]], True  # للغارة: ل + الغارة, the article's alif dropped
        if w in fam:
            return fam[w], k > 0 and toks[k - 1].norm in _DEMONSTRATIVES
        if len(w) > 3 and w[0] in _CLITICS:
            w = w[1:]
        else:
            break
    return None


_OTHER_AFTER = word_set("strikes", "other_after")
_OTHER_BEFORE = word_set("strikes", "other_before")


def refs_in(toks, lo=0, hi=None) -> list[tuple[str, bool]]:
    """The attack nouns of tokens lo..hi as (family, definite), less those that tell another attack: an indefinite
    one after بعد / قبل / منذ and a span of time (بعد يوم من هجمات), one marked as another (الهجوم المنفصل الثاني،
    غارات جديدة، آخر تفجير، الهجوم الأول)."""
    out = []
    hi = len(toks) if hi is None else hi
    for k in range(lo, hi):
        r = noun_at(toks, k)
        if r is None:
            continue
        if not r[1] and any(toks[j].norm in _BEFORE for j in range(max(0, k - 4), k)) \
                and any(toks[j].norm in _SPANS for j in range(max(0, k - 3), k)):
            continue
        if any(toks[j].norm.lstrip("و") in _OTHER_AFTER for j in range(k + 1, min(len(toks), k + 3))) \
                or k > 0 and toks[k - 1].norm.lstrip("و") in _OTHER_BEFORE:
            continue
        out.append(r)
    return out


def _fits(refs, other) -> bool:
    """Does an attack noun of refs take up one of other (same family, or the general word on either side)?"""
    fams = {f for f, _ in other}
    return any(f == "attack" or f in fams or "attack" in fams for f, _ in refs)


def fold_sideless(stage, events: list, head: int | None) -> list:
    """Fold ASSAULT events with neither actor nor recipient into the story's sided telling of the same attack (see
    the module's doc). Runs on the stage's events before their private keys (``_sent``) are dropped."""
    empty = [e for e in events if e["type"] == "ASSAULT" and not e["actors"] and not e["recipients"]]
    sided = [e for e in events if e["type"] == "ASSAULT" and (e["actors"] or e["recipients"])]
    if not empty or not sided:
        return events
    sents = stage._sents
    refs_of: dict[int, list] = {}

    def refs(i):
        if i not in refs_of:
            refs_of[i] = refs_in(sents[i].toks or []) if i is not None and 0 <= i < len(sents) else []
        return refs_of[i]

    told = {id(e): {e["_sent"]} for e in sided}  # the sentences each sided event is told in (chained mentions)
    gone = []
    for d in sorted(empty, key=lambda e: e["_sent"]):
        i = d["_sent"]
        if _OTHER_MATTER.search(stage._text, sents[i].start, min(sents[i].end, sents[i].start + 30)):
            continue
        toks = sents[i].toks or []
        t0 = d["trigger"]["start"]
        k = next((k for k, t in enumerate(toks) if t.start <= t0 < t.end), None)
        own = refs_in(toks, k, k + 1) if k is not None and noun_at(toks, k) else None
        mine = own if own is not None else refs(i)  # the trigger's own noun when it is one (ووقع التفجير)
        if not mine:
            continue
        definite = any(x for _, x in mine)
        cands = [e for e in sided if e["negated"] == d["negated"] and e["hypothetical"] == d["hypothetical"]
                 and e["historical"] == d["historical"]
                 and not _dates.days_apart(e, d)]
        if not cands:
            continue

        def at(j):
            return [e for e in cands if j in told[id(e)]]

        hit = None
        # the antecedent: the nearest sentence before that tells an attack of the family (the previous one or the
        # headline for an indefinite noun); the mention is that telling's event, or none when it told no sides
        back = range(i - 1, -1, -1) if definite else [j for j in (i - 1, head) if j is not None and 0 <= j < i]
        j = next((j for j in back if _fits(mine, refs(j)) or at(j) and j == i - 1), None)
        if j is not None:
            here = at(j)
            if here:
                hit = min(here, key=lambda e: not e["actors"])
        else:
            # no attack told before it: the next sentence's telling, when that one tells no new attack of its own
            nxt = at(i + 1)
            if nxt and not any(not x for _, x in refs(i + 1)):
                hit = min(nxt, key=lambda e: not e["actors"])
            elif definite:
                authors = {a for e in cands for a in e["actors"]}
                if len(authors) == 1:  # the story names one attacker: "the bombing" is his
                    hit = min((e for e in cands if e["actors"]), key=lambda e: abs(e["_sent"] - i))
        if hit is None:
            continue
        if not hit["date_text"] and d["date_text"]:
            hit["date"], hit["date_text"] = d["date"], d["date_text"]
        if hit["location"] is None:
            hit["location"] = d["location"]
        hit["confidence"] = round(min(1.0, max(hit["confidence"], d["confidence"]) + 0.05), 3)
        told[id(hit)].add(i)
        gone.append(d)
    if not gone:
        return events
    return [e for e in events if not any(e is g for g in gone)]


def anaphoric_authors(stage, events: list) -> list:
    """"قال مركز إعلام الوحدات إن قوات الجيش التركي قصفت مركز مدينة عفرين ... وطال القصف قافلة مدنيين": an attack told
    with its victims and no author by a definite noun (القصف، الغارات، الهجوم) takes up the attack of its family told
    in one of the two sentences before, with its author: the authors of that telling (only when they are one side,
    not the victims, and no attack marked as another stands between). When that telling is one event of the same day
    ("أن مسلحين من فصيل في بوكو حرام هاجم قاعدة غودومبالي ... وأعلن عنصر في ميليشيا محلية أن ثمانية مدنيين على الاقل
    قتلوا في الهجوم"), the victims are that attack's: they join its targets and the telling is no attack of its own
    (session 20). Returns the events left."""
    sents = stage._sents
    folded = []
    for d in events:
        if d["type"] != "ASSAULT" or d["actors"] or not d["recipients"] or d["negated"] or d["hypothetical"]:
            continue
        i = d["_sent"]
        toks = sents[i].toks or []
        t0 = d["trigger"]["start"]
        k = next((k for k, t in enumerate(toks) if t.start <= t0 < t.end), None)
        own = noun_at(toks, k) if k is not None else None
        if own is not None and not own[1] or _OTHER_MATTER.search(stage._text, sents[i].start, min(sents[i].end,
                                                                                                  sents[i].start + 30)):
            continue
        if own is not None:
            mine = refs_in(toks, k, k + 1)
        else:
            # a verb or noun of harm (مقتل، قتلا، أصيب) whose attack the sentence names only by a definite noun ("الغارة
            # الجوية أدت إلى مقتل"، "الضربات أسفرت عن مقتل"، "شرطيين قتلا في الهجوم"): that noun takes up the attack
            mine = refs_in(toks)
            if not all(r[1] for r in mine):
                continue  # (an indefinite attack noun tells a new one: "قتل 3 أشخاص في غارة جوية")
        if not mine:
            continue
        for j in dict.fromkeys(x for x in (i - 1, i - 2, 0) if 0 <= x < i):
            # (the two sentences before, then the headline: the story's attack a definite noun takes up)
            told = [e for e in events if j in e.get("_told_in", {e["_sent"]}) and e["type"] == "ASSAULT" and e["actors"]
                    and not e["negated"] and not e["hypothetical"]]  # (a telling folded into the headline's event)
            theirs = refs_in(sents[j].toks or [])
            if told and (_fits(mine, theirs) or not theirs):  # (or told by a verb: "دمرت مقاتلات التحالف معسكرا")
                authors = {tuple(e["actors"]) for e in told}
                if len(authors) == 1 and not set(told[0]["actors"]) & set(d["recipients"]):
                    d["actors"] = list(told[0]["actors"])
                    if len(told) == 1 and (told[0]["date"] == d["date"] or not d["date_text"]) \
                            and not told[0].get("historical") and not d.get("historical"):
                        told[0]["recipients"] += [r for r in d["recipients"] if r not in told[0]["recipients"]]
                        folded.append(d)
                break
    return [e for e in events if not any(e is f for f in folded)]


_AUTHOR_FAMILIES = ("strike", "attack", "blast")
_INSTR = _INSTRUMENTS - {"صواريخ", "قذايف"}  # (the craft and guns of a party, not the missiles)


_FROM_SIDE = word_set("agent", "from_side")  # (قبل، جانب: من قبل X، من جانب X name the doer)


def _from_author(toks, groups, j):
    """(s35from) The author of an attack noun named after من, من قبل or من جانب right after it (its adjectives
    skipped, j the first token past them): "بغارات من طائرات التحالف"، "لهجوم من تنظيم داعش"، "لقصف من قبل مسلحي
    ميليشيا الحوثي": the party group, or the owner of the craft or forces named first (طائرات | التحالف). None when no
    من follows or no party is named there."""
    n = len(toks)
    if j >= n or toks[j].norm != "من":
        return None
    k = j + 1
    if k < n and toks[k].norm in _FROM_SIDE:
        k += 1
    if k + 1 < n and toks[k].norm in _INSTR and not any(g["s"] == k for g in groups):
        return next((g for g in groups if g["s"] == k + 1 and g["prep"] is None), None)
    return next((g for g in groups if g["s"] == k and g["prep"] in ("من", "من قبل", "من جانب", None)), None)


def named_author(stage, text, st) -> list:
    """The author an attack noun of the sentence names right after it, its adjectives (جوية، مدفعي) skipped: a
    nationality adjective of a state (غارة جوية أميركية، خمسة قذائف إسرائيلية) or a party in the genitive with ل
    (في قصف مدفعي لميليشيات الحوثي، في هجوم للدراويش، غارات لطائرات التحالف); a place or a site after ل is the
    target (بقصف لأهداف في العراق), not the author. [] when none, or when the sentence's nouns name two authors."""
    toks = st.toks or []
    if not toks:
        return []
    from . import stage as _st  # (stage.py imports this module)
    groups = _st._groups(text, toks, st.ments or [])
    found = []
    for k in range(len(toks)):
        r = noun_at(toks, k)
        if r is None or r[0] not in _AUTHOR_FAMILIES:
            continue
        j = k + 1
        while j < len(toks) and j - k <= 2 and toks[j].norm.removeprefix("ال").startswith(_st._STRIKE_ADJ + ("انتحاري",)):
            j += 1
        g = next((g for g in groups if g["s"] == j), None)
        via = False
        if g is None and toks[j - 1].norm != "من" and (frm := _from_author(toks, groups, j)) is not None:
            g, via = frm, True  # (s35from) "بغارات من طائرات التحالف"، "لهجوم من تنظيم داعش"، "قصف من قبل قوات النظام"
        if g is None and j + 1 < len(toks) and toks[j].norm[:1] == "ل" and toks[j].norm[1:].removeprefix("ل") in _INSTR:
            # "غارات لطيران النظام السوري"، "قصف لمقاتلات التحالف": the craft's owner is the author
            g, via = next((g for g in groups if g["s"] == j + 1 and g["prep"] is None), None), True
        if g is None or _st._full_stop_between(text, toks, k, j):
            continue
        if not via and g["prep"] == "ل" and len(g["m"]) == 1 and toks[g["s"]].norm.lstrip("ل") in _INSTR:
            # the craft named as a party of its own (لمقاتلات | التحالف العربي): its owner, when named right after it
            own = next((h for h in groups if h["s"] == g["e"] and h["prep"] is None), None)
            if own is not None:
                g, via = own, True
        if not via and g["prep"] is None and all(stage._nationality(toks, x) and x.country for x in g["m"]) \
                or (g["prep"] == "ل" or via) and all(x.kind in ("ORG", "NORP") and (x.country or x.sector)
                                                     for x in g["m"]):
            found.append(tuple(g["ids"]))
    return list(found[0]) if len(set(found)) == 1 else []


def name_authors(stage, events: list) -> None:
    """An ASSAULT event left without its author after folding (its victims named or not) takes the author its
    attack noun names (named_author), unless that party is among its victims or the victims are the other side of
    a fight (في مواجهات مع الجيش اليمني، وغارات لتحالف دعم الشرعية: which side suffered is not told)."""
    named: dict = {}  # sentence index → its named_author (the same for every authorless event of the sentence)
    for e in events:
        if e["type"] == "ASSAULT" and not e["actors"] and e.get("_sent") is not None:
            st = stage._sents[e["_sent"]]
            if st.toks and st.ments is not None:
                if e["recipients"] and any(m.eid in e["recipients"] and m.s > 0 and st.toks[m.s - 1].norm in ("مع", "ومع")
                                           or m.eid in e["recipients"] and st.toks[m.s].norm.lstrip("ول") in _INSTR
                                           for m in st.ments):
                    continue  # "مواجهات مع الجيش اليمني": the other side of the fighting, not known as the victim;
                    # "غارات مكثفة لمقاتلات التحالف" read as the victim: a misreading the author would not mend
                if e["_sent"] not in named:
                    named[e["_sent"]] = named_author(stage, stage._text, st)
                a = named[e["_sent"]]
                if a and not set(a) & set(e["recipients"]):
                    e["actors"] = list(a)  # (each event its own list)


_CLAIM_VERBS = word_set("strikes", "claim_verbs")  # (normalised ى → ي)
_CLAIM_OWN = word_set("claim", "own")  # (مسؤوليته، مسؤوليتها ... and the dual مسؤوليتهما، مسؤوليتيهما: s31assault)
_BOMBERS = word_set("claim", "bomber")  # (a suicide bomber told only as such: the claimer stands for him)
_CLAIM_VIA = word_set("claim", "via")
_CLAIM_NEG = word_set("strikes", "claim_neg")  # (the claim verb negated: no claimant)
_ANNOUNCE_CLAIM = word_set("strikes", "announce_claim")  # (ادعى تنظيم داعش مسؤوليته عن الهجوم: claimed)


def claimant(stage, text, st) -> list:
    """The party a sentence says claimed an attack (وتبنت "المقاومة الإسلامية في العراق" الهجوم، تبنى تنظيم داعش
    الهجوم، وأعلنت حركة الشباب مسؤوليتها عن التفجير): the claim verb, a party right after it (or its subject right
    before it) and a definite attack noun after that. [] when the sentence tells no such claim."""
    toks = st.toks or []
    if not toks or not any(t.norm.lstrip("وف") in _CLAIM_VERBS or t.norm in _CLAIM_OWN for t in toks):
        return []
    from . import stage as _st  # (stage.py imports this module)
    groups = _st._groups(text, toks, st.ments or [])
    for k, t in enumerate(toks):
        w = t.norm[1:] if t.norm[:1] in "وف" and len(t.norm) > 4 else t.norm
        announce = w in _ANNOUNCE_CLAIM and any(toks[j].norm in _CLAIM_OWN and (j - k < 7 or not _st._strong_between(
            text, toks, k + 1, j)) for j in range(k + 1, min(len(toks), k + 13)))
        # (farther in one clause: "أعلن تنظيم داعش الإرهابي عبر وكالة أعماق للأنباء التابعة له مسؤوليته عن")
        if w in _ANNOUNCE_CLAIM and not announce:
            far = _far_claim(text, toks, groups, k)
            if far is not None:
                g, own = far
                if any(noun_at(toks, j) and noun_at(toks, j)[0] in _AUTHOR_FAMILIES
                       for j in range(own + 1, min(len(toks), own + 4))) and _armed(g["ids"], stage._dp.by_id):
                    return list(g["ids"])
            continue
        if w not in _CLAIM_VERBS and not announce:
            continue
        g = next((g for g in groups if g["prep"] is None and k < g["s"] <= k + 2
                  and not _st._strong_between(text, toks, k + 1, g["s"])), None)
        # (k + 1: a comma before the verb, "في الوقت نفسه، ادعى تنظيم داعش", is no break between it and its subject)
        if g is None:
            g = next((g for g in groups[::-1] if g["prep"] is None and g["e"] <= k and k - g["e"] <= 1
                      and not _st._strong_between(text, toks, g["e"] - 1, k)), None)
        if g is None:
            continue
        start = g["e"] if g["s"] > k else k + 1
        own_j = next((j for j in range(k + 1, min(len(toks), k + 13)) if toks[j].norm in _CLAIM_OWN), k) if announce else k
        if any(noun_at(toks, j) and (noun_at(toks, j)[1] or announce) and noun_at(toks, j)[0] in _AUTHOR_FAMILIES
               or announce and toks[j].norm.lstrip("ب") == "اطلاق" and j + 1 < len(toks)
               and toks[j + 1].norm in ("نار", "النار")
               for j in range(start, min(len(toks), max(start + 6, own_j + 5)))):
            # (responsibility claimed for an attack told with an indefinite noun, "مسؤوليته عن تنفيذ هجوم على مقر
            # المفوضية"، "مسؤوليته عن إطلاق نار في إقليم داغستان": the attack the story tells)
            ents = stage._dp.by_id
            if all((ents.get(i) or {}).get("sector") in ("REB", "MIL") or (ents.get(i) or {}).get("type") == "GPE"
                   for i in g["ids"]):
                return list(g["ids"])
    return []


_NAMED_SO = frozenset(normalize(w) for w in ("تسمي", "تطلق", "يسمي", "يطلق", "نفسها", "نفسه", "على", "عليها", "اسم",
                                               "تدعى", "يدعى"))


def _far_claim(text, toks, groups, k):
    """The claimant and the index of its مسؤوليته of an announced claim whose subject carries a description between
    the verb and the claim ("وأعلنت حركة الشباب الإسلامية المسلحة، التي تحاول الإطاحة بالحكومة الصومالية، مسؤوليتها
    عن التفجيرين"، "وأعلنت جماعة تسمي نفسها "جيش العدل" مسؤوليتها عن الهجوم"): the first party right after the verb
    (or after "جماعة تسمي نفسها"), the مسؤوليته within 16 words in the same sentence and no other party named
    between (only its description). None when the sentence tells no such claim."""
    own = next((j for j in range(k + 7, min(len(toks), k + 17)) if toks[j].norm in _CLAIM_OWN), None)
    if own is None or _st._full_stop_between(text, toks, k + 1, own):
        return None
    g = next((g for g in groups if g["s"] == k + 1 and g["prep"] is None), None)
    if g is None and k + 1 < len(toks) and toks[k + 1].norm in ("جماعه", "مجموعه", "منظمه", "تنظيم", "حركه"):
        # "جماعة تسمي نفسها "جيش العدل"": the name after the words that introduce it (at most three)
        g = next((g for g in groups if k + 2 <= g["s"] <= k + 5 and g["prep"] is None and all(
            toks[x].norm in _NAMED_SO for x in range(k + 2, g["s"]))), None)
    if g is None or g["e"] > own:
        return None
    if any(g2["s"] > g["e"] and g2["e"] <= own and g2["prep"] is None and not set(g2["ids"]) & set(g["ids"])
           for g2 in groups):
        return None  # (another party between: the claim may be someone else's)
    return g, own


_ACCUSE_VERBS = word_set("strikes", "accuse_verbs")
_BEHIND = ("بالوقوف", "بتنفيذ", "بشن", "بارتكاب", "مسووليه")  # (then وراء / the attack noun)


def attributed(stage, text, st) -> list:
    """The party a sentence accuses of an attack (واتهمت وكالة الأنباء الرسمية "سبأ" الحوثيين ... بالوقوف وراء هذا
    الهجوم، حمّل الجيش حركة الشباب مسؤولية التفجير): the last party named between the verb of accusing and the charge,
    when the charge's noun is an attack. [] when none."""
    toks = st.toks or []
    if not toks or not any(t.norm.startswith(_BEHIND) for t in toks):
        return []
    from . import stage as _st
    groups = _st._groups(text, toks, st.ments or [])
    for k, t in enumerate(toks):
        w = t.norm[1:] if t.norm[:1] in "وف" and len(t.norm) > 4 else t.norm
        if w not in _ACCUSE_VERBS:
            continue
        c = next((j for j in range(k + 2, min(len(toks), k + 20)) if toks[j].norm.startswith(_BEHIND)), None)
        if c is None or not any(noun_at(toks, j) and noun_at(toks, j)[0] in _AUTHOR_FAMILIES
                                for j in range(c, min(len(toks), c + 4))):
            continue
        between = [g for g in groups if g["prep"] is None and k < g["s"] and g["e"] <= c]
        subj = any(g["prep"] is None and g["e"] <= k and k - g["e"] <= 1 for g in groups)
        if len(between) >= 2 or subj and between:
            g = between[-1]
            ents = stage._dp.by_id
            if all((ents.get(i) or {}).get("sector") in ("REB", "MIL") or (ents.get(i) or {}).get("type") == "GPE"
                   for i in g["ids"]):
                return list(g["ids"])
    return []


def _bomber_only(stage, e: dict) -> bool:
    """Are an attack's only authors suicide bombers told as such ("فجر انتحاري نفسه أمام مركز اقتراع": data/wordsets.tsv
    claim/bomber)? The party the story says claimed the attack then stands for them (session 31 review)."""
    ents = [stage._dp.by_id.get(i) or {} for i in e["actors"]]
    return bool(ents) and all(
        m and all(normalize(x.get("text") or "") in _BOMBERS for x in m) for m in (x.get("mentions") for x in ents))


def claimed_authors(stage, events: list) -> None:
    """An ASSAULT event still without its author (or told only by its suicide bomber) whose victims are named takes the one party the story says claimed
    (or a source accuses of) the attack (مقتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة ... وتبنت "المقاومة الإسلامية في العراق" الهجوم), when
    the claim is told in its sentence or one of the three after it and no other party is claimed to be behind an
    attack in the story."""
    authorless = [e for e in events if e["type"] == "ASSAULT" and (not e["actors"] or _bomber_only(stage, e))
                  and e.get("_sent") is not None and not e["negated"] and not e["hypothetical"]]
    if not authorless:
        return
    claims = {}
    for i, st in enumerate(stage._sents):
        if st.toks and st.ments:
            c = claimant(stage, stage._text, st) or attributed(stage, stage._text, st)
            if c:
                claims[i] = c
        elif st.toks and st.ments is None and any(t.norm in _CLAIM_OWN for t in st.toks):
            # a sentence that tells only the claim, with no trigger of its own ("وأعلنت حركة الشباب ... مسؤوليتها عن
            # التفجيرين"): its parties are read here alone
            st.ments = stage._dp.mentions(st.toks)
            c = claimant(stage, stage._text, st)
            st.ments = None
            if c:
                claims[i] = c
    if len({tuple(c) for c in claims.values()}) != 1:
        return
    for e in authorless:
        c = next((claims[i] for i in claims if 0 <= i - e["_sent"] <= 3), None)
        if c is None and any(i < e["_sent"] for i in claims) and any(
                d for _, d in refs_in(stage._sents[e["_sent"]].toks or [])):
            c = next(iter(claims.values()))  # the claimed attack told again after the claim (القصف الذي أدى إلى مقتل)
        if c and not set(c) & set(e["recipients"]):
            if not e["recipients"]:
                # "سقط 7 قتلى ... إثر تفجير انتحاري في مسجد بالعاصمة كابول ... ادعى تنظيم داعش مسؤوليته عن الهجوم": a
                # claimed attack on no named party falls on the place it struck (a state or a town of another
                # country than the claimant's); none: the claim alone does not make it an event with sides
                place = _claimed_place(stage, e, c)
                if not place:
                    continue
                e["recipients"] = place
            e["actors"] = list(c)


def claimed_here(stage, text, st, events) -> None:
    """(s29claimed) An attack noun told as the object of a claim in its own sentence ("أعلن تنظيم داعش مسؤوليته عن
    الهجوم على قوات الأمن"، "أعلنت حركة الشباب مسؤوليتها عن هجوم على قاعدة للجيش"): the authorless reading is weak
    and was dropped before the story's claimed_authors could give it its claimer. The party that claimed it
    (claimant: an armed or state party, the announce verb with مسؤوليته or تبنى) becomes its author, when the attack
    noun stands after the claim word within its clause and its target (or, with none named, the place it struck) is
    another side. A denial (نفى مسؤوليته) is no claim (no announce verb); negated or hypothetical readings stay."""
    mine = [e for e in events if e["_sent"] == st.i and e["type"] == "ASSAULT" and e.get("_weak") and not e["actors"]
            and not e["negated"] and not e["hypothetical"]]
    if not mine or not any(t.norm in _CLAIM_OWN or t.norm.lstrip("وف") in _CLAIM_VERBS for t in st.toks):
        return
    c = claimant(stage, text, st)
    if not c:
        return
    toks = st.toks
    groups = _st._groups(text, toks, st.ments or [])
    own = next((k for k, t in enumerate(toks) if t.norm in _CLAIM_OWN or t.norm.lstrip("وف") in _CLAIM_VERBS), None)
    if any(toks[j].norm.lstrip("وف") in _CLAIM_NEG for j in range(max(0, own - 4), own)):
        return  # a claim denied or not made: "ولم تعلن إسرائيل مسؤوليتها عن هذه الهجمات"، "لا تتبنى"
    for e in mine:
        ts = next((k for k, t in enumerate(toks) if t.start == e["trigger"]["start"]), None)
        if ts is None or not 0 < ts - own <= 5 or _st._strong_between(text, toks, own, ts) or set(c) & set(e["recipients"]):
            continue
        # (its target told after it in its clause, not after the claim's channel: "عن الهجوم عبر وكالة أعماق"، "عن
        # الهجمات في كابول، لكن مسؤولين أمنيين يقولون": the agency, the officials are no target)
        far = {i for g in groups if g["s"] > ts and (_st._strong_between(text, toks, ts, g["s"]) or any(
            toks[j].norm.lstrip("و") in _CLAIM_VIA for j in range(ts + 1, g["s"]))) for i in g["ids"]}
        far -= {i for g in groups if ts < g["s"] and not _st._strong_between(text, toks, ts, g["s"]) and not any(
            toks[j].norm.lstrip("و") in _CLAIM_VIA for j in range(ts + 1, g["s"])) for i in g["ids"]}
        # (s31assault: a party named in the clause and again past a comma stays: "مسؤوليتهما عن قصف المواقع العسكرية
        # الإسرائيلية ...، ردا على القصف الإسرائيلي")
        recips = [i for i in e["recipients"] if i not in far] or _claimed_place(stage, e, c)
        if recips:
            e["actors"], e["recipients"], e["_weak"], e["_claimed"] = list(c), recips, False, True


def _claimed_place(stage, e, claimant_ids) -> list:
    """The place a claimed attack with no named target struck, as its recipient: [its location] when that is a state or
    a place of another country than the claimants', else []."""
    ents = stage._dp.by_id
    loc = ents.get(e.get("location")) or {}
    own = {(ents.get(i) or {}).get("country") for i in claimant_ids} - {None}
    if loc.get("type") in ("GPE", "LOC") and loc.get("country") and loc.get("country") not in own:
        return [e["location"]]
    return []


# ---- strikes launched by a light verb (tenth session)
# "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات على مواقع سورية"، "نفذت القوات الأمريكية ضربة ضد ...": a bare
# strike noun (ضربة، ضربات: also a blow, a penalty kick) is a military strike when a verb of launching governs it, its
# subject and a time word between (triggers.tsv need "@launched"). Not وجه (وجه ضربة موجعة للاقتصاد: a blow).
_LAUNCHERS = word_set("launch", "verb")
_LAUNCH_STOP = re.compile(r"[؛;!?؟:\"«»“”]|(?<!\d)\.|\.(?!\d)")
# words between the verb and the noun that open another clause: the noun is no longer the verb's object
_CLAUSE_WORDS = frozenset(normalize(w) for w in ("أن", "إن", "بأن", "وأن", "الذي", "التي", "الذين", "حيث", "بعد", "قبل",
                                                 "عندما", "بينما", "فيما", "كما", "ثم", "لكن"))


def launched(text, toks, k, reach: int = 8) -> bool:
    """Does a verb of launching (شن، نفذ; with و / ف) stand within ``reach`` words before token k, in the same clause?"""
    for j in range(k - 1, max(-1, k - reach - 1), -1):
        w = toks[j].norm
        if _LAUNCH_STOP.search(text, toks[j].end, toks[j + 1].start):
            return False
        if clitic_in(w, _LAUNCHERS):
            return True
        if launching_noun_b(w):
            return True  # s24attack: its noun after ب ("ردت إسرائيل بشن ضربات ضد أهداف إيرانية"، "قامت بتنفيذ غارات")
        if clitic_in(w, _CLAUSE_WORDS, "و"):
            return False
    return False


# a verb right after an attack noun telling what it reached or targeted (ضربات طالت أهدافا، غارات استهدفت مواقع)
_REACHING = frozenset(normalize(w) for w in ("طالت", "طال", "استهدفت", "استهدف", "تستهدف", "يستهدف"))
# battles and clashes (معارك عنيفة بين X وY، اشتباكات مع): two sides fighting
_FIGHTS = frozenset(p + w for w in word_set("clash", "noun") for p in ("", "ال")) | word_set("clash", "owned")
# a launching verb after the noun with its resumptive pronoun (حملة عسكرية كبيرة تشنها قوات النظام، هجمات نفذها)
_RESUMED_LAUNCH = word_set("launch", "resumed", "fought")


_LAUNCHING_NOUNS = word_set("strikes", "launching_nouns")  # (اطلاق: of a weapon, s24attack)


def launching_noun_b(w: str) -> bool:
    """A launching noun after ب (بشن، وبشن، بتنفيذ): "ردت إسرائيل بشن ضربات"، "قامت الطائرات بتنفيذ غارات"."""
    return w[:1] == "ب" and w[1:] in _LAUNCHING_NOUNS or w[:2] == "وب" and w[2:] in _LAUNCHING_NOUNS


def _authors_after_launching_noun(toks, ts, te, groups, actors) -> bool:
    """"يعلن شن ضربات أمريكية بريطانية فرنسية تستهدف البرنامج الكيماوي السوري": a launching noun before the attack
    noun, its authors the nationality adjectives (groups) right after it."""
    return ts > 0 and toks[ts - 1].norm.lstrip("وب") in _LAUNCHING_NOUNS and bool(actors) \
        and any(g["s"] == te or g["s"] == ts < te < g["e"] for g in groups) and all(
            any(a in g["ids"] and (te <= g["s"] <= te + 4 or g["s"] == ts < te < g["e"]) for g in groups) for a in actors)
    # (the party may take the noun in: "إطلاق صواريخ إيرانية على" → Iran over صواريخ إيرانية)


def launch_pin(toks, ts, te, launched_before: bool, groups=(), actors=()) -> str | None:
    """How an attack noun with both sides named is told as an attack whatever the sentence classifier reads: "launch"
    when a verb of launching governs it (شن الجيش هجوما على، launched_before; شن ضربات أمريكية: a launching noun with
    its authors' adjectives after the attack noun; حملة عسكرية تشنها قوات النظام على: its
    resumptive form within three words after it, the authors named right after that: not "إثر هجوم مباغت شنته على
    تجمعات للميليشيات"), "fight" for a battle noun (معارك، اشتباكات، مواجهات: both sides must be armed,
    EventStage._decide), else None."""
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وفب" and len(w) > 5 else w
    if w.startswith("لل") and "ال" + w[2:] in _FIGHTS:
        w = "ال" + w[2:]  # "تواصلا للمعارك الضارية بين الجيش اليمني وميليشيا الحوثي": ل + المعارك
    if ts > 0 and toks[ts - 1].norm.lstrip("وفبل") == "اي":
        return None  # "سيرد على أي ضربة تشنها الولايات المتحدة": any strike, none told
    if w in _FIGHTS:
        return "fight"
    if launched_before or _authors_after_launching_noun(toks, ts, te, groups, actors):
        return "launch"
    if te < len(toks) and toks[te].norm in _REACHING:
        return "launch"  # "وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات طالت أهدافا متعددة في سوريا": the strikes reached
        # their target, told as done (not "الضربات التي طالت": a relative clause tells them as known)
    k = next((k for k in range(te, min(len(toks), te + 3)) if toks[k].norm.lstrip("و") in _RESUMED_LAUNCH), None)
    if k is not None and any(g["ids"] == actors and k < g["s"] <= k + 3 for g in groups):
        return "launch"
    return None


def fighters(ids, ents) -> bool:
    """Are all these parties sides that fight a battle: a named army, police or armed group (not a bare قوات)? Not a
    place (a district or a town next to a battle noun is where it was fought: بمديرية حرض ... عقب معارك مع), nor a
    state (the patron in "ميليشيات الحوثي الموالية لإيران في مواجهات مع", the Syrian one of "فصائل سورية")."""
    if not ids:
        return False
    for i in ids:
        x = ents.get(i) or {}
        if not (x.get("sector") in ("MIL", "REB", "COP") and x.get("status") != "nominal"):
            return False
    return True


_BATTLES = frozenset(normalize(w) for w in ("معارك", "المعارك", "ومعارك", "والمعارك", "بمعارك", "بالمعارك"))


def battle_word(ev) -> bool:
    """Is the event's trigger a plural of battles (معارك)?"""
    return normalize(ev["trigger"]["text"]) in _BATTLES


_STRIKE_WORDS = frozenset(normalize(w) for w in ("ضربات", "الضربات", "ضربة", "الضربة", "ضربتين"))


def strike_word(norm: str) -> bool:
    """A strike noun (ضربات، ضربة): launched, it is a military strike, never an attack in words (شن الغرب ضربات ضد
    سوريا; but شن ترامب هجوما على ألمانيا is)."""
    return clitic_in(norm, _STRIKE_WORDS, "وفب")


# ---- verbs of ability and success before a verbal noun of attack or arrest (tenth session)
# "تمكنت القوات العراقية من استهداف مواقع لتنظيم داعش"، "نجح الجيش اليمني في تدمير تعزيزات لميليشيات الحوثي"،
# "استطاعت مدفعيات التحالف استهداف"، "إثر تمكن قوات الجيش من صد": the act was done, by the subject of the modal verb
_MODALS = frozenset(normalize(w) for w in (
    "تمكن", "تمكنت", "تمكنوا", "تمكنا", "تمكنتا", "يتمكن", "تتمكن", "يتمكنون", "يتمكنان", "تتمكنان",
    "نجح", "نجحت", "نجحوا", "نجحا", "نجحتا", "ينجح", "تنجح", "ينجحون", "ينجحان", "تنجحان",
    "استطاع", "استطاعت", "استطاعوا", "استطاعا", "استطاعتا", "يستطيع", "تستطيع", "يستطيعون",
    "أفلح", "أفلحت", "أفلحوا"))
_MODAL_PREPS = word_set("strikes", "modal_preps")
_MODAL_FILLERS = frozenset(normalize(w) for w in ("خلالها", "خلاله", "بعدها", "أيضا", "كذلك", "اليوم", "أمس", "مساء",
                                                   "صباح", "فجر"))
_UNREAL = frozenset(normalize(w) for w in ("لم", "لن", "لا", "ما", "ولم", "ولن", "ولا", "قد", "لو", "إن", "اذا", "إذا",
                                            "عسى", "كي", "لكي", "أن", "حتى"))


def _modal(w: str) -> bool:
    return clitic_in(w, _MODALS)


def modal_subject(toks, groups, ts):
    """The ids of the subject of a verb of ability or success whose complement is the verbal noun at token ts (``تمكنت
    القوات من استهداف``، ``الجيش نجح في تدمير``، ``استطاعت مدفعيات التحالف استهداف``), or None. None too when the modal
    is negated, conditional, future or subjunctive (لم يتمكن، ستنجح، أن تتمكن): its act is not told as done there."""
    k = ts - 1
    if k >= 0 and toks[k].norm in _MODAL_PREPS:
        k -= 1
    if k < 0:
        return None
    m = None
    subj = None
    if _modal(toks[k].norm) and toks[k + 1].norm in _MODAL_PREPS:
        m = k  # SVO: "الجيش تمكن من تحرير"
        subj = next((g for g in groups if g["e"] == k and g["prep"] is None), None)
    else:
        g = next((g for g in groups if g["e"] == k + 1 and g["prep"] is None), None)
        if g is not None:
            j = g["s"] - 1
            while j >= 0 and toks[j].norm in _MODAL_FILLERS:
                j -= 1
            if j >= 1 and not _modal(toks[j].norm) and _modal(toks[j - 1].norm) and toks[j].norm not in _MODAL_PREPS:
                j -= 1  # the head of the subject before its owner: "وتمكن مقاتلو ألوية العمالقة من"، "مدفعيات التحالف"
            if j >= 0 and _modal(toks[j].norm):
                m, subj = j, g
    if m is None or subj is None:
        return None
    w = toks[m].norm
    if w[:1] == "س" or m > 0 and toks[m - 1].norm in _UNREAL:
        return None
    return list(subj["ids"])


# ---- a verbal noun of attack or arrest with its author in the genitive and its target after لـ (tenth session)
# "يدين قصف إيران لمقر الحزب الديمقراطي الكردستاني"، "قصف الطائرات التركية الأخير للقرى"، "احتجاز تركيا للقس الأميركي"،
# "حزب الله ينفي استهداف إسرائيل لمواقعه": words between the genitive and لـ (an adjective, a time word) and a head
# noun glued to لـ before the party (لمقر، لمواقع) are allowed
_GEN_FILLERS = frozenset(normalize(w) for w in ("الأخير", "الأخيرة", "المتكرر", "المتكررة", "الجوي", "الجوية",
                                                 "المدفعي", "الصاروخي", "العنيف", "المكثف", "اليوم", "أمس", "مجددا"))
_PRONOUN_ENDS = ("ه", "ها", "هم", "هما")
# a party after these is where the target lies, not the target (لمواقعه على حدود سوريا، لبلدة في الغوطة)
_PLACE_PREPS = frozenset(normalize(w) for w in ("في", "على", "من", "عن", "قرب", "داخل", "بين", "إلى", "شرق", "غرب", "شمال",
                                                 "جنوب", "بالقرب", "قبالة", "حدود", "محيط"))


def genitive_agent(text, toks, groups, ts, te, agentive):
    """(authors, targets) for the verbal noun toks[ts:te] read as "NOUN AUTHOR [adjective] لـ-TARGET", or None.
    ``agentive(ids)`` says whether the genitive may be an author (a state, an armed or official body). The target is
    the first party within three words after the لـ-word; a لـ-word carrying a pronoun (لمواقعه) is the clause
    subject's own (the nearest party before the noun)."""
    g0 = next((g for g in groups if g["s"] == te and g["prep"] is None), None)
    if g0 is None or not agentive(g0["ids"]):
        return None
    k = g0["e"]
    while k < len(toks) and k - g0["e"] < 2 and toks[k].norm in _GEN_FILLERS:
        k += 1
    if k >= len(toks) or toks[k].norm[:1] != "ل" or len(toks[k].norm) < 3 or _strong_in(text, toks, te, k + 1):
        return None
    tgt = next((g for g in groups if k <= g["s"] <= k + 2 and g["prep"] in (None, "ل") and not set(g["ids"]) & set(g0["ids"])
                and not _strong_in(text, toks, k, g["s"] + 1)), None)
    if tgt is not None and not any(toks[j].norm in _PLACE_PREPS or toks[j].norm[:1] in "وف" and len(toks[j].norm) > 2
                                   for j in range(k + 1, tgt["s"])):
        return list(g0["ids"]), list(tgt["ids"])
    if toks[k].norm.endswith(_PRONOUN_ENDS) and len(toks[k].norm) > 4:
        own = next((g for g in reversed(groups) if g["e"] <= ts and g["prep"] is None
                    and not set(g["ids"]) & set(g0["ids"]) and not _strong_in(text, toks, g["e"], ts)), None)
        if own is not None:
            return list(g0["ids"]), list(own["ids"])
    return list(g0["ids"]), []




def _strong_in(text, toks, a, b) -> bool:
    """A comma, a colon or a full stop between token a-1 and token b."""
    if b <= a or a <= 0:
        return False
    hi = toks[b].start if b < len(toks) else toks[-1].end
    return bool(_st._STRONG.search(text, toks[a - 1].end, hi))


# ---- the agent of harm marked by برصاص / بنيران / على يد with a head noun between (tenth session)
# "قتل فلسطينيان برصاص قناصة الجيش الإسرائيلي"، "بنيران مدفعية الجيش"، "على يد عناصر من تنظيم داعش"
_FORCE_HEADS = frozenset(normalize(w) for w in (
    "قناصة", "قناص", "جنود", "جندي", "عناصر", "عنصر", "قوات", "مسلحي", "مسلحين", "طائرات", "طائرة", "مقاتلات", "مدفعية",
    "دبابات", "دبابة", "زوارق", "بوارج", "رجال", "أفراد", "وحدات", "دوريات", "دورية", "مروحيات", "مروحية", "ميليشيات",
    "مليشيات", "قذائف", "صواريخ", "طيران")) | word_set("agent", "occupation")
# (s27passive: agent/occupation, "برصاص الاحتلال الإسرائيلي": the occupation named by its nationality is the state's
# forces; data/wordsets.tsv)


def headed_agent(toks, s, marks) -> bool:
    """Is the party starting at token s an agent marked by برصاص / بنيران ... with one head noun between (برصاص قناصة
    الجيش الإسرائيلي)? (على يد / من قبل with a head: على يد عناصر تنظيم داعش)"""
    if s < 2 or toks[s - 1].norm not in _FORCE_HEADS:
        return False
    if toks[s - 2].norm in marks:
        return True
    return s >= 3 and (toks[s - 3].norm, toks[s - 2].norm) in (("علي", "يد"), ("من", "قبل"), ("علي", "ايدي"))


_HARM_SERIES = frozenset(normalize(w) for w in (
    "وإصابة", "وإصابات", "وجرح", "وأصيب", "وأصيبوا", "وإصابته", "آخرين", "آخرون", "أكثر", "من", "نحو", "قرابة", "حوالي",
    "اثنين", "اثنان", "بجروح", "بجراح", "على", "الأقل", "الأقل،", "العشرات", "المئات", "عشرات", "مئات"))


def harm_series(text, toks, ts, te, s) -> bool:
    """Do the words between a harm noun and an agent marked further on only add more victims (مقتل فلسطينيين اثنين
    وإصابة أكثر من 300 آخرين برصاص الجيش الإسرائيلي): numbers, counts, and a second harm noun joined by و, with no
    comma or full stop between? Then the agent is the first noun's too."""
    if _strong_in(text, toks, te, s):
        return False
    return all(toks[j].norm in _HARM_SERIES or toks[j].norm.isdigit() or toks[j].norm.endswith(("يين", "يون", "ين"))
               and len(toks[j].norm) > 4 for j in range(te, s - 1))


# ---- strikes an armed body announces it carried out (tenth session)
# "أعلن سلاح الجو الإسرائيلي عن تنفيذ غارات على 25 موقعا تابعا لحماس"، "أعلن التحالف شن ضربات جوية"
_CARRIED = frozenset(normalize(w) for w in ("تنفيذ", "شن", "عن"))


def announced_launch(toks, ge, ts) -> bool:
    """Do the words between an announcer (ending at token ge) and the attack noun at ts tell that it carried the
    attack out (عن تنفيذ، شن، عن شن)? Then the announcement claims a done attack, not a plan (تنفيذ alone is a planning
    cue: تهديد بتنفيذ هجمات)."""
    between = [toks[k].norm for k in range(ge, ts)]
    return 1 <= len(between) <= 2 and all(w in _CARRIED for w in between) and between[-1] != "عن" \
        and noun_at(toks, ts) is not None



# ---- the victim of a verb of harm with an object pronoun (s24attack)
# "احتجز المسلح رهائن في متجر قبل أن تقتله الشرطة": ه is a person named before, also one named by a singular noun of
# a person (المسلح، المهاجم، رجل مسلح), which other verbs' pronouns do not take (a body may be meant: no guess); a
# place before it is passed over
def victim_fits(es: list, suf: str):
    """Does a party fit the pronoun on a verb of harm: as ``stage._pronoun_fits``, and ه a singular noun of a person."""
    if suf == "ه" and len(es) == 1 and es[0].get("type") in ("GPE", "LOC", "FAC"):
        return None  # (a place is not killed: "قتل ثلاثة أشخاص جنوب غربي فرنسا قبل أن تقتله الشرطة")
    if suf == "ه" and len(es) == 1 and es[0].get("type") == "NORP" and not es[0].get("wikidata"):
        w = normalize(es[0].get("name_ar") or "").split()
        if w and not w[0][:1].isdigit() and len(w[0]) > 3 and not w[0].endswith(("ين", "ون", "ات", "ان", "ه", "يه")):
            return True
    return _st._pronoun_fits(es, suf)


def person_noun(es: list) -> bool:
    """Is a party one person named by a noun, no nationality adjective (المسلح، المهاجم; not السوري after a town)?"""
    return len(es) == 1 and not es[0].get("country") and victim_fits(es, "ه") is True


_DID = word_set("harm", "did")


def did_subject(toks, groups, ts):
    """The party that does a harm named by a noun after a verb of doing and its subject ("ثم قامت الشرطة بقتله"،
    "أقدم الجيش على إعدامه"): its group, right before the noun (ب or على before it), or None."""
    w = toks[ts].norm
    if not (w[:1] == "ب" or ts > 0 and toks[ts - 1].norm == "علي"):
        return None
    end = ts if w[:1] == "ب" else ts - 1
    g = next((g for g in groups if g["e"] == end and g["prep"] is None and g["s"] > 0), None)
    if g is None:
        return None
    v = toks[g["s"] - 1].norm
    v = v[1:] if v[:1] in "وف" and v[1:] in _DID else v
    return g if v in _DID else None


def did_suffix(norm: str) -> str | None:
    """The pronoun of a person on a noun of harm after ب (بقتله، باغتيالهم), or None."""
    w = norm[1:] if norm[:1] == "ب" else norm
    for suf in ("هم", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return suf
    return None


# ---- a weapon launched, its launcher the nationality adjective on it (s24attack)
# "بعد إطلاق صواريخ إيرانية على المواقع الإسرائيلية": the state of the adjective fired them at the target after على
# (without إطلاق the adjective may name the maker: "صواريخ روسية الصنع")
LAUNCHED_WEAPON = word_set("strikes", "launched_weapon")


def weapon_nation(toks, groups, ts, te, recips, ents) -> list:
    """The state named by the nationality adjective right after a weapon noun that is launched (the party may take
    the noun in: صواريخ إيرانية → Iran), when على or ضد and the target follow it, else []."""
    g = next((g for g in groups if g["s"] in (ts, te) and g["e"] > te and g["prep"] is None), None)
    if g is None or set(g["ids"]) & set(recips) or not all(
            (x := ents.get(i) or {}).get("type") in ("NORP", "GPE") and x.get("country") and not x.get("sector")
            for i in g["ids"]):
        return []
    e = g["e"]
    if e < len(toks) and toks[e].norm in ("الصنع", "صنع"):
        return []
    if e >= len(toks) or toks[e].norm not in ("علي", "ضد") or not any(
            h["s"] > e and h["s"] - e <= 3 and set(h["ids"]) & set(recips) for h in groups):
        return []
    return list(g["ids"])

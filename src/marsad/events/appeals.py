"""Verbal appeals and refusals (REQUEST, REJECT, THREATEN): constructions the main reading in stage._event misses.

Each function is a small, cheap check called from one place in stage.py; stage's helpers are read at call time
(stage imports this module)."""
from __future__ import annotations

from functools import lru_cache

from . import stage as _st
from .lexicon import normalize, read_rows, word_set
from ..lang.ar import clitic_in


def _wf(stage, w) -> str:
    """The verb without a conjunction و / ف glued on (ودعا → دعا; the two-letter verbs of urging too: وحث → حث, s22request)."""
    return w[1:] if w[:1] in "وف" and (len(w) > 3 or w[1:] in stage.lex.untargeted["urge"]) else w


def comma_vso(stage, text, toks, ts, te, is_noun, after) -> bool:
    """A verb that opens its clause after a comma, with its subject right after it ("بعد أن أعلن الرئيس التركي أن
    بلاده تتعرض لحرب اقتصادية من الجانب الأمريكي، دعا الثلاثاء رجب طيب أردوغان إلى مقاطعة"): the party that closes
    the clause before the comma is no subject of it. The subject after the verb is a named person, body or state
    (no nationality adjective), with only time words between."""
    if is_noun or ts == 0 or not after or after[0]["prep"] is not None:
        return False
    if not _st._STRONG.search(text, toks[ts - 1].end, toks[ts].start):
        return False
    w = toks[ts].norm
    if w not in _st.PAST_FORMS and w[:1] in "يتنا":
        return False  # (a perfect verb: an imperfect after a comma goes on with the subject before it)
    g = after[0]
    if not stage._adjacent(toks, te, g["s"], verb=True):
        return False
    return any(x.kind in ("PERSON", "ORG", "GPE") for x in g["m"]) and not all(x.kind == "NORP" for x in g["m"])


_BODY_HEADS = word_set("appeal", "body_head")


def named_body_head(text, toks, te, s) -> bool:
    """The kind of a body right after a verb, its name quoted after it ("طالبت منظمة "هيومن رايتس ووتش" السلطات
    المصرية بالإفراج"): the named body is the verb's subject (the head noun opens its mention)."""
    if s - te != 1 or s >= len(toks):
        return False
    w = toks[te].norm
    gap = text[toks[te].end:toks[s].start]
    return w in _BODY_HEADS and any(q in gap for q in ('"', "«", "“"))


def quoted_name(text, toks, g) -> bool:
    """Is the group a name written between quotes ("هيومن رايتس ووتش" after منظمة)? Then the quote after it closes the
    name; a party after it is no second name of it (but the object after the subject)."""
    if g["s"] == 0:
        return False
    before = text[toks[g["s"] - 1].end:toks[g["s"]].start]
    after = text[toks[g["e"] - 1].end:toks[g["e"]].start] if g["e"] < len(toks) else ""
    if not any(q in after for q in ('"', "»", "”")):
        return False
    inner = text[toks[g["s"]].start:toks[g["e"] - 1].end]
    return any(q in before for q in ('"', "«", "“")) or "«" in inner or "“" in inner or inner.count('"') % 2 == 1
    # (or a name quoted at the group's end: وكالة الأنباء الرسمية "سبأ" الحوثيين — the party after it is the object)


def _kind(stage, toks, typ, ts, te, actors, negated, hyp):
    """"request", "urge" or "threat" for a finite verb of calling, urging or threatening (data/untargeted.tsv) of an
    event of its type told as a fact by specific actors; else None."""
    if typ not in ("REQUEST", "THREATEN") or not actors or negated or hyp or te - ts != 1:
        return None
    u = stage.lex.untargeted
    w = toks[ts].norm
    w1 = _wf(stage, w)
    kind = next((k for k in ("request", "urge", "threat") if w1 in u[k] or w in u[k]), None)
    if kind is None or (typ == "REQUEST") != (kind != "threat") or not all(stage._specific(i) for i in actors):
        return None
    return kind


_THREAT_NOT = word_set("appeal", "threat_not")


def _act_prep(kind, x, after_np) -> bool:
    """Does token x open the act demanded (إلى، لل / بال + a noun) or threatened (بـ + a noun)?"""
    if kind == "request":
        return x in ("الي", "والي") or after_np and x[:3] in ("لل", "بال") and len(x) >= 6
    if kind == "urge":
        return x == "علي"
    return x[:1] == "ب" and len(x) >= 5 and x not in _THREAT_NOT


_GENERIC_OPEN = word_set("appeal", "generic_open")
_NOT_IN_NP = word_set("appeal", "not_in_np")


def generic_addressee(stage, text, toks, groups, typ, ts, te, actors, negated, hyp) -> bool:
    """May a REQUEST stand whose addressee is no party but a common noun phrase ("دعا الاتحاد الأوروبي الخميس الجهات
    المعنية إلى التحلي بضبط النفس"، "إسرائيل تدعو السكان للملاجئ"، "حثت الحكومة المواطنين على")? Only a finite verb of
    calling or urging (data/untargeted.tsv kinds request, urge), told as a fact by specific actors that stand right
    before the verb or right after it (time words between), then a definite or quantified noun phrase of one to four
    words that is no party, then the call's preposition (إلى / لل / بال for a call, على for urging). The addressee is
    left empty: it names no party (the gold codes such calls with no recipient or with the common noun)."""
    kind = _kind(stage, toks, typ, ts, te, actors, negated, hyp)
    if kind is None:
        return False
    w = toks[ts].norm
    if ts > 0 and toks[ts - 1].norm in _st._RELATIVES:
        return False  # "القوى التي تدعو الناس إلى": a description of a party
    acts = set(actors)
    ag = next((g for g in groups if g["prep"] is None and g["s"] >= te and set(g["ids"]) & acts
               and stage._adjacent(toks, te, g["s"], verb=True)), None)
    if ag is not None:
        p = ag["e"]
        while True:  # (its complement: "الأمين العام للأمم المتحدة")
            nx = next((g for g in groups if g["s"] == p and g["prep"] in (None, "ل")), None)
            if nx is None:
                break
            p = nx["e"]
    elif any(g["prep"] is None and set(g["ids"]) & acts and g["e"] <= ts and ts - g["e"] <= 1
             and not _st._strong_between(text, toks, g["e"], ts) for g in groups) and w[:1] not in "وف":
        p = te  # the subject before the verb ("إسرائيل تدعو السكان")
    else:
        return False
    n = len(toks)
    while p < n and (toks[p].norm in stage.lex.datecue_words or toks[p].norm in ("اليوم", "امس", "مجددا", "ايضا")):
        p += 1
    k = p
    while k < n and k - p <= 4:
        if k > p and _st._STRONG.search(text, toks[k - 1].end, toks[k].start):
            q = k
            while q < n and q - k < 3 and (toks[q].norm in stage.lex.datecue_words or toks[q].norm in ("اليوم", "امس")):
                q += 1
            if q > k and q < n and text[toks[k - 1].end:toks[k].start].strip() in ("،", ",") \
                    and text[toks[q - 1].end:toks[q].start].strip() in ("،", ",") \
                    and not _st._strong_between(text, toks, k + 1, q):
                k = q  # a day between commas after the addressee: "دعا نتانياهو دول العالم، الأربعاء، إلى"
                if not _act_prep(kind, toks[k].norm, True):
                    return False
                return True
        if any(g["s"] == k for g in groups) or k > p and _st._STRONG.search(text, toks[k - 1].end, toks[k].start):
            return False  # a party is an addressee of its own (read elsewhere); no call across a break
        x = toks[k].norm
        if k > p and _act_prep(kind, x, True):
            return True
        if k == p and not (x[:2] == "ال" and len(x) > 3 or x in _GENERIC_OPEN or k + 1 < n and x.isalpha() and len(x) > 2
                           and toks[k + 1].norm[:2] == "ال" and len(toks[k + 1].norm) > 3
                           and toks[k + 1].norm not in _NOT_IN_NP and toks[k + 1].norm not in _st._RELATIVES
                           and toks[k + 1].norm not in stage.lex.datecue_words and toks[k + 1].norm != "اليوم"
                           and x[:1] not in "وفبل" and x not in _st.VERB_FORMS
                           and not _st._STRONG.search(text, toks[k].end, toks[k + 1].start)):
            return False  # (a definite noun, or a noun in construct with one: "دول العالم"، "أطراف النزاع")
        if k == p and (x.endswith(("يه", "يين", "يون")) or x.endswith("ي") and len(x) > 5
                       or (h := stage.lex.gaz.longest_at(toks, k)) and h[1].type in ("NORP", "GPE")):
            return False  # "يدعو السلطات المالية إلى": an adjective (a nisba) goes on with the party before it
        if x in _NOT_IN_NP or x in _st.VERB_FORMS:
            return False
        k += 1
    return False


def coordinated_call(stage, text, toks, groups, typ, ts, te, actors, co, negated, hyp) -> bool:
    """May a REQUEST or THREATEN with no named addressee stand when its verb is joined to an earlier act of the sentence
    and shares that act's subject (the actor the coder gave it is the last party before it, told there as a subject:
    after a verb, a clause opener or a break, not as a genitive; "وانتقدت الأمم المتحدة ... حكم إعدامها، وطالبت بإلغائه"،
    "كما دعا إلى مفاوضات سلام بين الجانبين"، "هدد ... وتوعد بالرد")? Only a finite verb of calling, urging or
    threatening (data/untargeted.tsv) by specific actors, with the demanded or threatened act right after it (time
    words between): إلى / لـ / بـ for a call, على for urging, بـ for a threat; no party there (an addressee)."""
    kind = _kind(stage, toks, typ, ts, te, actors, negated, hyp)
    if kind is None or not (co is not None and set(actors) == set(co) or toks[ts].norm[:1] in "وف"):
        return False  # (a verb joined by و / ف, or one _coord_subject gave the subject of the verb before it)
    acts = set(actors)
    g = next((g for g in groups[::-1] if g["e"] <= ts and set(g["ids"]) & acts), None)
    if g is None or g["prep"] is not None:
        return False  # (the shared subject is told in this sentence, as a subject)
    if g["s"] > 0 and not _st._STRONG.search(text, toks[g["s"] - 1].end, toks[g["s"]].start):
        prev = toks[g["s"] - 1].norm
        p1 = prev[1:] if prev[:1] in "وف" and len(prev) > 3 else prev  # (one conjunction: not وفرضت → رضت)
        if not (p1 in _st.VERB_FORMS or prev in _st.VERB_FORMS or prev in _st.PAST_FORMS or prev in _st._OPENERS_SA
                or prev in stage.lex.trig.trie and prev[:1] not in "بل" and prev[:2] != "ال"):
            return False  # "مشروع يندد بانتهاك إيران حظر الأسلحة، ويطالب": a genitive is no subject
    w = toks[ts].norm
    w1 = _wf(stage, w)
    if w1[:1] in "يت" and w1 not in _st.PAST_FORMS:
        return False  # (an imperfect: "الاتحاد الأوروبي يدين ... ويدعو إلى رد فوري" is left as tests/test_events_trig.py has it)
    n = len(toks)
    p = te
    while p < n and p < te + 3 and (toks[p].norm in stage.lex.datecue_words or toks[p].norm in (
            "اليوم", "امس", "مجددا", "ايضا", "كذلك")):
        p += 1
    if p >= n or _st._strong_between(text, toks, te, p) or any(g["s"] == p for g in groups):
        return False
    x = toks[p].norm
    if kind == "request":
        return x in ("الي", "والي") or x[:1] in "لب" and len(x) >= 5 and x not in ("بعد", "بشان", "بسبب", "لدي")
    if kind == "urge":
        return x == "علي"
    return x[:1] == "ب" and len(x) >= 5 and x not in ("بشان", "بسبب", "بشده")


_ADJUNCT_NOUNS = word_set("appeal", "adjunct_noun")
_ADJUNCT_OPEN = word_set("appeal", "adjunct_open")
_ASIDES = word_set("appeal", "aside")
_FILLERS = word_set("appeal", "filler")  # قد، رسميا
_ON_SIDE = word_set("appeal", "on_side")


def adjunct_call(stage, text, toks, groups, typ, ts, te, actors, negated, hyp) -> bool:
    """May a REQUEST with no named addressee stand when an adjunct stands between its subject and the act demanded
    ("ودعا بري بعد فوزه إلى تشكيل حكومة"، "ودعا بن دغر في تغريدة على صفحته بموقع تويتر، الجميع إلى الالتفاف"، "دعا
    المرجع الديني الأعلى للشيعة في العراق، آية الله علي السيستاني، إلى الإسراع بتشكيل الحكومة")? A finite verb of
    calling or urging (data/untargeted.tsv) by specific actors named right after it (a title, time words and commas
    between), then only: time words, an aside (بدوره، من جهته), the actor's apposition between commas, a short
    adjunct of time or of the medium (بعد فوزه، في تغريدة على حسابه، خلال مؤتمر صحفي) that a comma closes or the act
    follows, a common noun phrase addressed; then the call's preposition (إلى / لل / بال, على for urging)."""
    kind = _kind(stage, toks, typ, ts, te, actors, negated, hyp)
    if kind is None:
        return False
    if ts > 0 and toks[ts - 1].norm in _st._RELATIVES:
        return False
    n = len(toks)
    acts = set(actors)
    g = next((g for g in groups if g["s"] >= te and set(g["ids"]) & acts), None)
    if g is None or g["s"] - te > 10 or _st._full_stop_between(text, toks, te, g["s"]) or g["prep"] is not None \
            or any(h["prep"] is None and te <= h["s"] < g["s"] and not set(h["ids"]) & acts for h in groups):
        return False  # (the actor is the first bare party after the verb: its subject)
    if any(toks[k].norm in ("الي", "والي", "علي", "ان", "بان") for k in range(te, g["s"])):
        return False
    p = g["e"]
    while True:  # (its complement: "الأمين العام للأمم المتحدة")
        nx = next((h for h in groups if h["s"] == p and h["prep"] in (None, "ل") and set(h["ids"]) & acts), None)
        if nx is None:
            break
        p = nx["e"]
    used = False  # something was skipped (otherwise _untargeted_ok or generic_addressee decide)
    np_len = 0
    while p < n and p - g["e"] <= 14:
        x = toks[p].norm
        brk = p > g["e"] and _st._STRONG.search(text, toks[p - 1].end, toks[p].start)
        if brk and not any(c in text[toks[p - 1].end:toks[p].start] for c in "،,"):
            return False  # (a full stop, a colon or a quote: no call across it)
        if _act_prep(kind, x, np_len > 0):
            return used or np_len > 0
        if x in stage.lex.datecue_words or x in _ASIDES:
            p += 1
            used = True
            continue
        if x in ("من", "ومن") and p + 1 < n and toks[p + 1].norm in _ON_SIDE:
            p += 2
            used = True
            continue
        if brk and np_len == 0:
            # an apposition between commas ("، آية الله علي السيستاني،") or an adjunct closed by a comma
            q = next((j for j in range(p + 1, min(n, p + 9)) if _st._STRONG.search(text, toks[j - 1].end, toks[j].start)), None)
            if q is not None and any(c in text[toks[q - 1].end:toks[q].start] for c in "،,"):
                if not any(toks[j].norm in ("الي", "والي", "علي", "ان", "بان", "انه", "انها") for j in range(p, q)):
                    p = q
                    used = True
                    continue
        if x in _ADJUNCT_OPEN and np_len == 0 and p + 1 < n:
            # a short adjunct: "بعد فوزه"، "في تغريدة على صفحته بموقع تويتر،"، "خلال مؤتمر صحفي"
            y = toks[p + 1].norm
            if y in _ADJUNCT_NOUNS or x in ("بعد", "عقب", "قبل", "خلال", "اثناء") and not any(h["s"] == p + 1 for h in groups):
                q = p + 2
                while q < n and q - p <= 7 and not _st._STRONG.search(text, toks[q - 1].end, toks[q].start) \
                        and not (toks[q].norm in ("الي", "والي") and kind == "request" or toks[q].norm == "علي"
                                 and kind == "urge" and y not in _ADJUNCT_NOUNS
                                 or kind == "threat" and _act_prep(kind, toks[q].norm, True)):
                    q += 1
                if q < n and q - p <= 7:
                    p = q
                    used = True
                    continue
            return False
        # a common noun phrase addressed (no party, no verb, no nisba right after the subject)
        if any(h["s"] == p for h in groups) or x in _NOT_IN_NP or x in _st.VERB_FORMS:
            return False
        if np_len == 0 and not (x[:2] == "ال" and len(x) > 3 or x in _GENERIC_OPEN):
            return False
        if np_len == 0 and not used and (x.endswith(("يه", "يين", "يون")) or x.endswith("ي") and len(x) > 5):
            return False
        np_len += 1
        if np_len > 4:
            return False
        p += 1
    return False


def warned_party(text, toks, after, subj, te, actors) -> list:
    """The object of a verb of warning told after its subject's apposition between commas ("حذرت حماس، المسيطرة على
    قطاع غزة، إسرائيل من عواقب وخيمة"): the first bare party after the closing comma, followed by the من / بأن of what
    it is warned of; the parties inside the apposition describe the subject. Returns its ids, or []."""
    lead = subj["e"] if subj is not None and subj["s"] >= te else te
    if lead >= len(toks) or text[toks[lead - 1].end:toks[lead].start].strip()[:1] not in ("،", ","):
        return []
    for g in after:
        if g["s"] <= lead or g["s"] - lead > 10:
            continue
        if _st._full_stop_between(text, toks, lead, g["s"]):
            return []
        if g["prep"] is not None or set(g["ids"]) & set(actors or ()):
            continue
        if text[toks[g["s"] - 1].end:toks[g["s"]].start].strip()[-1:] not in ("،", ","):
            continue  # (a party inside the apposition: "المسيطرة على قطاع غزة")
        if g["e"] < len(toks) and toks[g["e"]].norm in ("من", "بان", "بانه", "بانها"):
            return list(g["ids"])
        return []
    return []


_OWN_ACTS = word_set("appeal", "own_act")


def addressed_warning(stage, text, toks, groups, ts, te) -> bool:
    """A warning addressed to a party against an act of its own ("حذرت تركيا فرنسا من تكرار ما وصفته بالخطأ ذاته"،
    "حذر X Y من مواصلة"): a threat (PLOVER THREATEN), though its noun (تكرار، استمرار، عودة) also tells dangers
    (data/warnings.tsv danger: "حذر من تكرار المأساة"). The warner and the one warned are both named parties before
    من, the warned a state, a named person or a known body (not residents or travellers)."""
    n = len(toks)
    k = next((k for k in range(te, min(n - 1, te + 14)) if toks[k].norm == "من"), None)
    if k is None or _st._full_stop_between(text, toks, te, k) or ":" in text[toks[te - 1].end:toks[k].start]:
        return False  # (a comma may close an adjunct: "وحذر الرئيس الأمريكي خلال استقباله للرئيس الفرنسي إيمانويل
        # ماكرون، طهران من استئناف برنامجها النووي")
    nxt = toks[k + 1].norm
    nxt = nxt[2:] if nxt.startswith("ال") and len(nxt) > 4 else nxt
    if nxt not in _OWN_ACTS:
        return False
    bare = [g for g in groups if g["prep"] is None and te <= g["s"] and g["e"] <= k]
    before = any(g["prep"] is None and g["e"] == ts for g in groups) and toks[ts].norm[:1] not in "وف"
    if len(bare) < (1 if before else 2):
        return False
    warned = bare[-1]
    return all(stage._specific(i) for i in warned["ids"])


_ADJUNCT_DAYS = word_set("legal", "day") | {"يوم"}
_ADJUNCT_LEAD = word_set("appeals", "adjunct_lead")


def object_after_adjunct(stage, text, toks, groups, subj, ts, te, actors, typ) -> list:
    """The object of a verb of threatening, warning or calling told after an adjunct of the occasion or medium between
    it and its subject ("هدد ترامب خلال مشاركته في قمة مجموعة السبع في كندا رئيس الوزراء الياباني شينزو آبي بأنه"،
    "وحذر الرئيس الأمريكي خلال استقباله للرئيس الفرنسي إيمانويل ماكرون، طهران من استئناف"): the first bare party after
    the adjunct that the act's preposition follows (من، بأن، بـ for a threat; إلى، بـ، على for a call); the parties
    inside the adjunct are no addressee. Returns its ids, or []."""
    lead = subj["e"] if subj is not None and subj["s"] >= te else te
    while lead + 1 < len(toks) and toks[lead].norm in _ADJUNCT_DAYS:
        lead += 1  # (its day first: "وكان بنس حذر، الاثنين، خلال مقابلة مع قناة فوكس الزعيم الكوري الشمالي، كيم جونغ أون،
        # من المراوغة"; s24prodrop)
    if lead >= len(toks) or toks[lead].norm not in _ADJUNCT_LEAD:
        return []
    n = len(toks)
    for g in groups:
        if g["s"] <= lead + 1 or g["prep"] is not None or set(g["ids"]) & set(actors or ()):
            continue
        if g["s"] - lead > 14 or _st._full_stop_between(text, toks, lead, g["s"]) or g["e"] >= n:
            return []
        x = toks[g["e"]].norm
        if any(toks[k].norm in ("ان", "انه", "انها", "الي", "علي") for k in range(lead, g["s"])):
            return []
        if typ == "THREATEN" and (x in ("من", "بان", "بانه", "بانها", "بانهم") or x[:1] == "ب" and len(x) >= 5
                                  and x not in _THREAT_NOT):
            return list(g["ids"])
        if typ == "REQUEST" and (x in ("الي", "علي") or x[:1] == "ب" and len(x) >= 5 and x not in _THREAT_NOT):
            return list(g["ids"])
    return []


@lru_cache(maxsize=1)
def _generic_rows():
    """(heads: normalised form -> (sector, English), quantifiers, ask verbs, accuse verbs, skip words) of
    data/generic_addressees.tsv, read once."""
    heads: dict = {}
    sets: dict = {"quantifier": set(), "ask": set(), "accuse": set(), "skip": set()}
    for r in read_rows("generic_addressees.tsv"):  # (comment and blank lines are left out by read_rows)
        if len(r) < 2:
            continue
        forms = [normalize(w) for w in r[1].split("|") if w.strip()]
        if r[0] == "head" and len(r) >= 4:
            for f in forms:
                heads[tuple(f.split())] = (None if r[2] in ("-", "") else r[2], r[3])
        elif r[0] in sets:
            sets[r[0]].update(forms)
    return (heads, frozenset(sets["quantifier"]), frozenset(sets["ask"]), frozenset(sets["accuse"]),
            frozenset(sets["skip"]))


def generic_party(stage, text, toks, groups, typ, ts, te, actors, negated, hyp):
    """The id of a generic party for a group of political actors that a call, urging, request, accusation or threat
    with no named addressee names as its addressee (data/generic_addressees.tsv): "دعا الأمين العام للأمم المتحدة أنطونيو
    غوتيريس، الأطراف الأخرى الموقعة على الاتفاق النووي مع إيران إلى الالتزام"، "داعيا جميع الكتل إلى القبول بالنتائج"،
    "وطلبت الرباط رسميا من الهيئات الدولية المعنية"، "الولايات المتحدة تحث حلفاءها على الالتزام"، "اتهمت طهران القوى الأجنبية
    بالتدخل"; else None. The verb is told as a fact by specific actors; the group stands right after the verb or after
    its subject (a comma, time words between), after من for a verb of asking; a quantifier (جميع، كافة) may open it; a
    bare plural needs a definite genitive (دول العالم، حلفاء بلاده); the act follows (إلى / لل / بال for a call, على
    for urging, بـ for a charge or a threat). The party is the noun phrase's span (head and its definite adjectives),
    with the sector the head gives and the country of a demonym in it (الكتل السياسية العراقية)."""
    if typ not in ("REQUEST", "ACCUSE", "THREATEN") or not actors or negated or hyp or te - ts != 1:
        return None
    if not all(stage._specific(i) for i in actors):
        return None
    heads, quants, ask, accuse, skip = _generic_rows()
    u = stage.lex.untargeted
    w = toks[ts].norm
    w1 = _wf(stage, w)
    if ts > 0 and toks[ts - 1].norm in _st._RELATIVES:
        return None  # "القوى التي تدعو الدول إلى": a description of a party
    if typ == "REQUEST":
        kind = next((k for k, s in (("request", u["request"]), ("request", u["request_part"]), ("urge", u["urge"]),
                                    ("ask", ask)) if w1 in s), None)
    elif typ == "ACCUSE":
        kind = "accuse" if w1 in accuse else None
    else:
        kind = "threat" if w1 in u["threat"] or w1 in u["threat_part"] else None
    if kind is None:
        return None
    pk = "request" if kind == "ask" else kind  # (the preposition of the act: an ask's is a request's)
    n = len(toks)
    acts = set(actors)

    def skip_adv(p):
        while p < n and (toks[p].norm in stage.lex.datecue_words or toks[p].norm in skip) \
                and text[toks[p - 1].end:toks[p].start].strip() in ("", "،", ","):
            p += 1
        return p

    p = skip_adv(te)
    ag = next((g for g in groups if g["s"] == p and g["prep"] is None and set(g["ids"]) & acts), None)
    if ag is not None:  # the subject after the verb, its complement (الأمين العام للأمم المتحدة) and apposition
        p = ag["e"]
        while True:
            nx = next((g for g in groups if g["s"] == p and g["prep"] in (None, "ل") and (
                g["prep"] == "ل" or set(g["ids"]) & acts) or g["s"] == p + 1 and toks[p].norm == "في"
                       and g["prep"] == "في" and all(x.kind == "GPE" for x in g["m"])), None)
            # (and the state of his office: "زعيم الحركة الاحتجاجية في أرمينيا نيكول باشينيان")
            if nx is None:
                break
            p = nx["e"]
        if p < n and text[toks[p - 1].end:toks[p].start].strip() not in ("", "،", ","):
            return None
        p = skip_adv(p)
        if p < n and text[toks[p - 1].end:toks[p].start].strip() not in ("", "،", ","):
            return None
    if p >= n:
        return None
    if kind == "ask":
        if toks[p].norm != "من":
            return None  # ("بناء على طلب الدول العربية": the noun of a request)
        p += 1
    elif p < n and any(g["s"] == p for g in groups):
        return None  # a party there is an addressee of its own
    if p >= n:
        return None
    q = p
    if toks[q].norm in quants:
        q += 1
    if q >= n or _st._STRONG.search(text, toks[q - 1].end, toks[q].start) and q > p:
        return None
    head = None
    for ln in (2, 1):
        key = tuple(toks[k].norm for k in range(q, min(n, q + ln)))
        if len(key) == ln and key in heads:
            head = (key, ln)
            break
    if head is None:
        return None
    hw = head[0][0]
    e = q + head[1]
    owned = hw[-2:] in ("ها", "هم") or hw[-1:] == "ه" and not hw.startswith("ال")
    if not hw.startswith("ال") and not owned:
        if e < n and (toks[e].norm.startswith("ال") and len(toks[e].norm) > 3 or toks[e].norm in u.get("own", ())) \
                and not _st._STRONG.search(text, toks[e - 1].end, toks[e].start) \
                and not _act_prep(pk, toks[e].norm, True):
            e += 1  # its definite genitive (دول العالم، حلفاء بلاده، مختلف أطراف النزاع)
        elif q == p:
            return None  # a bare plural needs one
    while e < n and e - q < 5 and toks[e].norm.startswith("ال") and len(toks[e].norm) > 3 \
            and toks[e].norm not in _NOT_IN_NP and not _st._STRONG.search(text, toks[e - 1].end, toks[e].start) \
            and not _act_prep(pk, toks[e].norm, True) \
            and toks[e].norm not in _st._RELATIVES \
            and (toks[e].norm.endswith(("ي", "ه", "ين", "ون")) or toks[e].norm == "الاعضاء"):
        e += 1  # its definite adjectives (الدولية المعنية، الأخرى الموقعة، الأعضاء; not the act: الإسراع)
    # the act: right after the noun phrase, or after a short complement of it (الموقعة على الاتفاق النووي مع إيران إلى)
    k = e
    while k < n and k - e <= 6:
        if k == e and text[toks[k - 1].end:toks[k].start].strip() in ("،", ","):
            q2 = k
            while q2 < n and q2 - k < 3 and (toks[q2].norm in stage.lex.datecue_words or toks[q2].norm in skip):
                q2 += 1
            if k < q2 < n and text[toks[q2 - 1].end:toks[q2].start].strip() in ("،", ",") \
                    and not any(_st._STRONG.search(text, toks[j - 1].end, toks[j].start) for j in range(k + 1, q2)):
                k = q2  # a day between commas after the addressee: "دعا نتانياهو دول العالم، الأربعاء، إلى"
                if not (kind in ("accuse", "threat") and toks[k].norm[:1] == "ب" or _act_prep(pk, toks[k].norm, True)):
                    return None
                break
        if _st._STRONG.search(text, toks[k - 1].end, toks[k].start) and not (
                kind == "ask" and text[toks[k - 1].end:toks[k].start].strip() in ('"', "«", "“")):
            return None
        x = toks[k].norm
        if kind == "ask":
            if k == e and (x.startswith("ال") or x[:1] not in "وفبل" and x not in _NOT_IN_NP and x not in _st.VERB_FORMS):
                break  # the act asked for, a masdar ("الإسراع بفتح تحقيق")
            return None
        if _act_prep(kind, x, True):
            break  # (for a charge or a threat: ب + a noun)
        if kind in ("urge", "accuse", "threat") or x in _st.VERB_FORMS or x in _st._RELATIVES:
            return None  # (urging, a charge or a threat: the act right after the addressee)
        k += 1
    else:
        return None
    if k >= n:
        return None
    country = None
    for g in groups:
        if q <= g["s"] < e and g["prep"] is None:
            for i in g["ids"]:
                ent = stage._dp.by_id.get(i) or {}
                if ent.get("type") in ("NORP", "GPE") and ent.get("country"):
                    country = ent["country"]
    return phrase_party(stage, text, toks, p, e, head[0], country)


def phrase_party(stage, text, toks, p, e, head, country):
    """The party of the common noun phrase toks[p:e] whose head is ``head`` (a key of data/generic_addressees.tsv's
    heads, which give its sector and English name), one entity per phrase of the document."""
    sector, english = _generic_rows()[0][head]
    s0, e0 = toks[p].start, toks[e - 1].end
    span = text[s0:e0]
    return stage._dp.entity(("generic-addressee", _norm(span)), name=english, name_ar=span, typ="ORG",
                            country=country, sector=sector, start=s0, end=e0)


def _norm(s):
    return " ".join(normalize(w) for w in s.split())


_MEETING_NOUNS = word_set("appeal", "meeting_noun")
_MEETING_MODS = word_set("appeal", "meeting_mod")


def act_addressee(stage, text, toks, groups, typ, ts, te, actors, negated, hyp) -> list:
    """The party a call or demand with no object names inside the act it demands (sixteenth session, track s16request):
    the body whose meeting is called ("قالت بعثة الكويت ... إنها دعت لاجتماع طارئ لمجلس الأمن"، "دعت أمريكا وساحل العاج
    ... إلى عقد جلسة طارئة لمجلس الأمن"، "روسيا دعت إلى اجتماع منظمة حظر الأسلحة الكيماوية") and the subject of the
    clause demanded ("ويطالب علي حمزة بأن تحقق فرنسا في"، "وطالب بأن تفتح أوكرانيا تحقيقا"، "ودعا إلى أن تتحمل الأمم
    المتحدة"); else []. The verb is a call, demand or urging told as a fact by specific actors; only the verb's subject
    (with its apposition, the actors' groups), time words and asides stand between the verb and the act."""
    if typ != "REQUEST" or not actors or negated or hyp or te - ts != 1:
        return []
    if not all(stage._specific(i) for i in actors):
        return []
    u = stage.lex.untargeted
    w1 = _st._strip_wf(toks[ts].norm)
    if not any(w1 in u[k] for k in ("request", "request_part", "urge")):
        return []
    if ts > 0 and toks[ts - 1].norm in _st._RELATIVES:
        return []  # "القوى التي تدعو إلى": a description of a party
    n = len(toks)
    acts = set(actors)
    p = te
    while p < n and p - te <= 30:
        gap = text[toks[p - 1].end:toks[p].start].strip()
        if gap and gap not in ("،", ",") and _st._STRONG.search(gap) or ")" in gap and p > te + 1 and "(" not in gap:
            return []
        ag = next((g for g in groups if g["s"] == p and set(g["ids"]) <= acts), None)
        if ag is not None:
            p = ag["e"]
        elif toks[p].norm in stage.lex.datecue_words or toks[p].norm in _ASIDES or toks[p].norm in _FILLERS:
            p += 1
        elif "(" in text[toks[p - 1].end:toks[p].start]:
            q = text.find(")", toks[p].start)  # "علي حمزة (52 عاما)": an aside in brackets
            if q < 0 or q - toks[p].start > 40:
                return []
            while p < n and toks[p].start < q:
                p += 1
        else:
            break
    if p >= n - 1 or any(g["s"] == p for g in groups):
        return []

    def party_at(k, prep_ok):
        g = next((g for g in groups if g["s"] == k), None)
        if g is None or set(g["ids"]) & acts or not all(stage._specific(i) for i in g["ids"]):
            return []
        if _st._STRONG.search(text, toks[k - 1].end, toks[k].start):
            return []
        return list(g["ids"]) if prep_ok(g) else []

    t = toks[p].norm
    # a meeting of a body: إلى (عقد) اجتماع / لعقد اجتماع / لاجتماع / لجلسة ... لمجلس X، في مجلس X، اجتماع منظمة X
    m = None
    if t in ("الي", "لعقد") and p + 1 < n:
        k = p + 1
        if t == "الي" and toks[k].norm == "عقد":
            k += 1
        if k < n and toks[k].norm in _MEETING_NOUNS:
            m = k
    elif t[:1] == "ل" and t[1:] in _MEETING_NOUNS:
        m = p
    if m is not None:
        k = m + 1
        while k < n and k - m <= 4 and (toks[k].norm in _MEETING_MODS or toks[k].norm in stage.lex.datecue_words) \
                and not _st._STRONG.search(text, toks[k - 1].end, toks[k].start):
            k += 1
        if k < n and toks[k].norm == "في":
            k += 1
        if k >= n:
            return []
        ids = party_at(k, lambda g: True)
        # (the body itself: an organisation, a council or a state's parliament, not a place of meeting)
        return [i for i in ids if (stage._dp.by_id.get(i) or {}).get("type") == "ORG"] if ids else []
    # the subject of the clause demanded: بأن / إلى أن + an imperfect verb + the party
    if t == "بان" or t in ("الي", "ل") and toks[p + 1].norm == "ان":
        v = p + 1 if t == "بان" else p + 2
        if v + 1 >= n:
            return []
        vn = toks[v].norm
        if vn[:1] not in "يت" or len(vn) < 3:
            return []
        return party_at(v + 1, lambda g: g["prep"] is None)
    deal = _deal_partner(text, toks, groups, p, party_at)
    if deal:
        return deal
    return _act_state(stage, text, toks, groups, ts, p, acts)


_DEAL_NOUNS = word_set("appeal", "deal_noun")
_DEAL_OPEN = word_set("appeal", "deal_open")


def _deal_partner(text, toks, groups, p, party_at) -> list:
    """(s21freshverbal) A call for an indefinite deal or talks with a party ("تدعو لاتفاق تجارة حرة واسع مع الاتحاد
    الأوروبي"، "دعا إلى إبرام اتفاق جديد مع إيران"، "دعا لمحادثات السلام مع الجماعات المتمردة"): the party right after
    مع, at most four words after the deal noun within the clause, is the one the caller asks to deal (data/wordsets.tsv
    appeal/deal_noun, deal_open); else []."""
    n = len(toks)
    k = p + 1 if toks[p].norm in ("الي", "والي") else p

    def bare(x, kinds):
        return clitic_in(x, kinds, "بل") or x[:2] == "لل" and "ال" + x[2:] in kinds

    if k < n and bare(toks[k].norm, _DEAL_OPEN):
        k += 1
    if k >= n or not bare(toks[k].norm, _DEAL_NOUNS) or toks[k].norm.lstrip("بل").startswith("ال"):
        return []
    for j in range(k + 1, min(n - 1, k + 6)):
        if any(c in _ACT_STOPS for c in text[toks[j - 1].end:toks[j].start]) or toks[j].norm in ("علي", "ضد", "بين"):
            return []
        if toks[j].norm == "مع":
            return party_at(j + 1, lambda g: True)
        if any(g["s"] == j for g in groups):
            return []
    return []


_ACT_STOPS = frozenset(".،,:؛!؟")
_ACT_PLACE_STOP = word_set("appeal", "act_place_stop")
_DRAFT_NOUNS = word_set("appeal", "draft_noun")


def _act_state(stage, text, toks, groups, ts, p, acts) -> list:
    """(twenty-first session, track s21request2) The state where the act demanded is to be done, named at the act's
    end before the clause closes, when the call names no addressee: "دعا مجلس الأمن، أمس الأربعاء، إلى تكثيف الجهود
    الخاصة بتنشيط البحث وحل ملف المفقودين من الكويتيين ... في العراق"، "دعا البرادعي ... إلى "إنقاذ ما يمكن إنقاذه" في
    مصر"، "يدعو لوقف إطلاق النار 30 يوما في سوريا": the call is made of that state. The act opens with the call's
    preposition (إلى، لـ، بـ) and is told by no draft (data/wordsets.tsv appeal/draft_noun: "مشروع قرار يطالب بوقف
    إطلاق النار في سوريا"); before the place stand no word of acting on something nor a gathering's noun
    (appeal/act_place_stop: "دعا لشن ضربات على المنشآت النووية في إيران"، "طالب بعقد قمة طارئة في تركيا") and no party
    but one after من or a nisba adjective ("والممتلكات الكويتية"); the place is a state by its KB country entry (not a
    town: "في حلب"), not the caller's own (a call made at home stands without it, as before: one state on both sides
    is vetoed)."""
    n = len(toks)
    t = toks[p].norm
    if not (t in ("الي", "والي") or t[:1] in "بل" and len(t) > 3):
        return []
    if any(toks[j].norm.lstrip("و") in _DRAFT_NOUNS for j in range(max(0, ts - 3), ts)):
        return []  # "مشروع قرار يدعو إلى": a draft
    if ts > 0 and toks[ts - 1].norm.lstrip("و") in _st._RELATIVES:
        return []  # "قرار مجلس الأمن ... والذي دعا إلى": the caller is told elsewhere
    if any(g["s"] == ts + 1 and set(g["ids"]) <= acts for g in groups) and ts > 0 \
            and toks[ts].norm[:1] not in "وف" and not _st._STRONG.search(text, toks[ts - 1].end, toks[ts].start) \
            and not any(c in text[toks[ts - 1].end:toks[ts].start] for c in "،,") \
            and toks[ts - 1].norm not in stage.lex.datecue_words and toks[ts - 1].norm not in _ON_SIDE \
            and toks[ts - 1].norm not in _ASIDES:
        return []  # (the party after the verb is its subject only when the verb opens its clause; after a noun or
        # قد it is the one called: "عريضة تطالب الاتحاد الدولي لكرة القدم بتأجيل"، "الصحف تدعو السلطات الفرنسية إلى")
    k = p + 1 if t in ("الي", "والي") else p
    while k < n and k - p <= 20:
        x = toks[k].norm
        if k > p and any(c in _ACT_STOPS for c in text[toks[k - 1].end:toks[k].start]) \
                or x in _ACT_PLACE_STOP or k > p and x[:1] in "بل" and x[1:] in _ACT_PLACE_STOP \
                or x.lstrip("و") in _st._RELATIVES:
            return []  # (nor across a relative clause: "بمنح صلاحيات للخبراء الذين يحققون في ... في سوريا")
        g = next((g for g in groups if g["s"] == k), None)
        if g is None:
            k += 1
            continue
        if g["prep"] == "في":
            ents = [stage._dp.by_id.get(i) or {} for i in g["ids"]]
            if ents and not set(g["ids"]) & acts and not _st._countries(g["ids"], stage._dp) & _st._countries(
                    acts, stage._dp) and all(
                    e.get("type") == "GPE" and str(e.get("kb_id") or "").startswith("country:") for e in ents):
                return list(g["ids"])
            return []
        if g["prep"] not in ("من",) and not (g["prep"] is None and g["e"] - g["s"] == 1 and k > p + 1
                                              and toks[k].norm.endswith(("يه", "ي")) and k > 0
                                              and not any(h["e"] == k for h in groups)):
            return []  # (but a nisba after a noun: "والممتلكات الكويتية المفقودة")
        k = g["e"]
    return []


_NECESSITY_NOUNS = word_set("appeal", "necessity_noun")
_NECESSITY_ACTS = word_set("appeal", "necessity_act")
_NECESSITY_STATE = word_set("appeal", "necessity_state")


def is_necessity(tok_norm) -> bool:
    """Is the trigger a noun of necessity that tells a demand (ضرورة، بضرورة، وجوب)?"""
    return tok_norm in _NECESSITY_NOUNS


def necessity_form(toks, te) -> bool:
    """Does a noun of necessity ending at te stand before an act demanded whose doer may follow: أن + an imperfect, or
    an indefinite verbal noun of appeal/necessity_act?"""
    if te + 1 >= len(toks):
        return False
    w = toks[te].norm
    if w == "ان":
        v = toks[te + 1].norm
        return v[:1] in "يت" and len(v) >= 3 and v not in _NECESSITY_STATE
    return w in _NECESSITY_ACTS


def necessity_addressee(stage, text, toks, groups, ts, te, actors) -> list:
    """The party a demand told by a noun of necessity is made of (session 18, track s18appeals): the doer of the act
    demanded, in the genitive of an indefinite verbal noun right after the noun ("أشار إلى ضرورة التزام روسيا والنظام
    السوري بتلك الاتفاقات"، "أكد ضرورة انسحاب القوات التركية") or the subject of an imperfect after أن ("شددت على ضرورة
    أن تتوقف روسيا عن"، "التأكيد على وجوب أن توقف إيران"); else [] (the act has no named doer: "ضرورة فرض عقوبات على
    روسيا"، "ضرورة توحيد الجهود"، a party after a verbal noun of acting on it: "ضرورة محاسبة إيران"). The demand is
    told by specific actors (the speaker), never made of them."""
    n = len(toks)
    if not actors or not all(stage._specific(i) for i in actors) or not necessity_form(toks, te):
        return []
    acts = set(actors)
    k = te + 2 if toks[te].norm == "ان" else te + 1
    if k >= n or k == te + 1 and _st._STRONG.search(text, toks[te - 1].end, toks[te].start) \
            or _st._STRONG.search(text, toks[k - 1].end, toks[k].start):
        return []

    def known(i):  # (a state's people or firms as well: "بضرورة أن تنهي الشركات الألمانية عملياتها")
        return stage._specific(i) or bool((stage._dp.by_id.get(i) or {}).get("country"))

    ids, s = [], k
    while True:  # "ضرورة التزام #روسيا و #النظام_السوري": a party joined by a detached و (hashtags) is demanded of too
        g = next((x for x in groups if x["s"] == s and x["prep"] is None), None)
        if g is None or set(g["ids"]) & acts or not all(known(i) for i in g["ids"]):
            return ids
        ids += [i for i in g["ids"] if i not in ids]
        if not (g["e"] + 1 < n and toks[g["e"]].norm == "و"):
            return ids
        s = g["e"] + 1


_TABLE_VERBS = word_set("appeal", "table_verb")
_DRAFT_KINDS = word_set("appeal", "draft_kind")


def draft_author(stage, text, toks, groups, ts):
    """(twenty-first session, track s21freshverbal) A call told by a draft that a party tables in the same clause:
    "وقد وزعت واشنطن مسودة بيان الثلاثاء تطالب المجلس بأن يدين"، "ووزعت الولايات المتحدة مشروع بيان يدعو مجلس الأمن إلى
    إدانة"، "تقدمت الكويت بمسودة بيان يدعو إلى إجراء تحقيق": the imperfect verb of calling is the draft's relative
    clause, and the party after the verb of tabling (data/wordsets.tsv appeal/table_verb) is the one who asks. Returns
    (actors, recipients): the party right after the verb of calling is asked, else a body of the United Nations kind (an
    IGO) named in the sentence; None when the construction is not so."""
    if toks[ts].norm[:1] not in "يت":
        return None
    k = ts - 1
    while k >= 0 and ts - k <= 3 and (toks[k].norm in stage.lex.datecue_words or toks[k].norm in _DRAFT_KINDS):
        k -= 1  # (the kind of text and a day: "مسودة بيان الثلاثاء تطالب")
    if k < 0 or not (clitic_in(toks[k].norm, _DRAFT_NOUNS, "ب")):
        return None
    if _st._STRONG.search(text, toks[k].end, toks[ts].start):
        return None
    v = next((j for j in range(k - 1, max(-1, k - 6), -1)
              if toks[j].norm.removeprefix("و") in _TABLE_VERBS or toks[j].norm in _TABLE_VERBS), None)
    if v is None or _st._STRONG.search(text, toks[v].end, toks[k].start) or toks[v].norm.startswith("ست"):
        return None
    by = next((g for g in groups if v < g["s"] < k and g["prep"] is None), None)
    if by is None:
        return None
    obj = next((g for g in groups if g["s"] == ts + 1 and g["prep"] is None), None)
    if obj is not None:
        return list(by["ids"]), [i for i in obj["ids"] if i not in by["ids"]]
    body = [i for g in groups for i in g["ids"] if i not in by["ids"]
            and (stage._dp.by_id.get(i) or {}).get("type") == "ORG" and (stage._dp.by_id.get(i) or {}).get("sector") == "IGO"]
    return list(by["ids"]), body[:1]


_INQUIRY = word_set("demand", "inquiry")
_RELEASE = word_set("demand", "release")
_OPENING = word_set("demand", "opening")
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})  # (not a parliament: "تحقيق في معلومات كشفها تقرير بمجلس الشيوخ")


def _act_stem(w: str) -> str:
    """A demanded act's noun without its conjunction and preposition (بفتح → فتح، للتحقيق → التحقيق، بالتحقيق →
    التحقيق: the lists hold the forms with and without the article)."""
    w = w[1:] if w[:1] == "و" and len(w) > 3 else w
    if w[:2] == "لل" and len(w) > 4:
        return "ال" + w[2:]
    return w[1:] if w[:1] in "بل" and len(w) > 3 else w


def _act_class(w: str) -> str | None:
    for x in (w, w.removeprefix("ال")):
        if x in _INQUIRY:
            return "inquiry"
        if x in _RELEASE:
            return "release"
    return None


_OWNER_AGENT = word_set("demand", "owner_agent")
_OWNER_OBJECT = word_set("demand", "owner_object")


def act_owner(stage, text, toks, groups, te, actors) -> list:
    """(s34built) The party a demand with no object asks by naming it as the doer of the act demanded: the party right
    after a noun of leaving ("طالب وزير الخارجية الروسي بانسحاب القوات الأمريكية من سوريا"، "دعا إلى انسحاب القوات
    التركية من عفرين": the place after من is where it leaves, no addressee) or the state of the nisba that closes the
    object of a noun of stopping ("دعا ماكرون إلى وقف الغارات الروسية على الغوطة"، "طالب بإنهاء الاحتلال الإسرائيلي");
    data/wordsets.tsv demand/owner_agent, owner_object. Only the demander's subject, time words and إلى stand between the
    verb and the act; a party of the demander's own state or the demander itself is none. [] where it does not apply."""
    n = len(toks)
    acts = set(actors)
    subj = {k for g in groups if set(g["ids"]) & acts for k in range(g["s"], g["e"])}
    by_id = stage._dp.by_id
    own = {(by_id.get(i) or {}).get("country") for i in actors} - {None}
    p = kind = None
    for k in range(te, min(n, te + 8)):
        if k > te and _st._STRONG.search(text, toks[k - 1].end, toks[k].start) and k - 1 not in subj:
            return []
        stem = _act_stem(toks[k].norm)
        if stem in _OWNER_AGENT or stem.removeprefix("ال") in _OWNER_AGENT:
            p, kind = k, "agent"
            break
        if stem in _OWNER_OBJECT:
            p, kind = k, "object"
            break
        if not (k in subj or toks[k].norm in stage.lex.datecue_words or toks[k].norm in ("الي", "اليوم", "امس")):
            return []
    if p is None or p + 1 >= n or _st._STRONG.search(text, toks[p].end, toks[p + 1].start):
        return []
    if kind == "agent":
        g = next((g for g in groups if g["s"] == p + 1 and g["prep"] is None), None)
    else:
        obj = toks[p + 1].norm
        g = None if not obj.startswith("ال") or any(x["s"] <= p + 1 < x["e"] for x in groups) else next(
            (g for g in groups if g["s"] == p + 2 and g["e"] == p + 3 and g["prep"] is None
             and toks[p + 2].norm.endswith(("يه", "ي"))
             and not _st._STRONG.search(text, toks[p + 1].end, toks[p + 2].start)), None)
    if g is None or set(g["ids"]) & acts:
        return []
    ents = [by_id.get(i) or {} for i in g["ids"]]
    if not all(e.get("country") for e in ents) or {e.get("country") for e in ents} & own:
        return []
    if kind == "object" and not all(e.get("type") in ("GPE", "NORP") for e in ents) or any(
            e.get("type") == "LOC" for e in ents):
        return []  # (the nisba names a state: "الغارات الروسية"; not "الحرب الأهلية"; nor is a place a doer)
    return list(g["ids"])


def concerned_party(stage, toks, groups, te, actors) -> list:
    """(s31offices) The addressee of a demand that names none, where the demanded act is one a state answers for
    (data/wordsets.tsv demand/inquiry, demand/release) within the eight words after the verb (its subject and a time
    between): the one party of the rest of its clause that answers for it. For an inquiry, a trial or an accounting, a
    body of a state ("طالب رئيس الحكومة الكندية جوستن ترودو بتحقيق مستقل بعد قتل نحو 60 فلسطينيا برصاص الجيش
    الإسرائيلي": the Israeli army), or the demander's own state, whose government answers ("طالب محمد البرادعي بفتح
    تحقيقات عاجلة في قضايا تعذيب في مصر"); for a release or a withdrawal also another state or an armed group ("مطالبة
    بانسحاب الحوثيين من المدينة"). Peoples, persons (the detainee to release), cities and international bodies are
    not; candidates of two states leave it open; the clause ends at a comma before و and a verb (another clause). [] where it does
    not apply."""
    n = len(toks)
    p = kind = None
    for k in range(te, min(n, te + 8)):
        stem = _act_stem(toks[k].norm)
        kind = _act_class(stem)
        if kind is not None:
            p = k
            break
        if stem.removeprefix("ال") in _OPENING and k + 1 < n:
            kind = _act_class(_act_stem(toks[k + 1].norm)) or ("release" if stem.removeprefix("ال") == "سحب" else None)
            if kind is not None:
                p = k + 1
                break
    if p is None:
        return []
    end = n
    for k in range(p + 1, n):
        w = toks[k].norm
        if w[:1] == "و" and (w[1:] in _st.VERB_FORMS or w[1:] in stage.lex.speech) \
                and _st._STRONG.search(stage._dp.text, toks[k - 1].end, toks[k].start):
            end = k  # "...، وحث على العودة إلى العملية السياسية لإنهاء الحرب الدائرة في سوريا": another clause
            break
    by_id = stage._dp.by_id
    acts = set(actors)
    own = {(by_id.get(i) or {}).get("country") for i in actors} - {None}
    cands = {}
    for g in groups:
        if g["s"] <= p or g["s"] >= end:
            continue
        for i in g["ids"]:
            e = by_id.get(i) or {}
            if i in acts:
                continue
            if e.get("type") == "GPE" and str(e.get("kb_id") or "").startswith("country:") and e.get("country") \
                    and (kind == "release" or own == {e.get("country")}):
                cands[i] = (e.get("country"), 0)
            elif e.get("type") == "ORG" and (e.get("sector") in _STATE_SECTORS and e.get("country")
                                             or kind == "release" and e.get("sector") == "REB"):
                cands[i] = (e.get("country") or i, 1)
    if not cands:
        return []
    if len({c for c, _ in cands.values()}) != 1:
        return []  # two states named: whose is not said
    bodies = [i for i, (_, b) in cands.items() if b]
    if len(bodies) == 1:
        return bodies
    if not bodies and len(cands) == 1:
        return [stage._dp.implied_government(next(iter(cands.values()))[0])]  # (its government answers a demand: not
        # the state itself, which a citizen of it may ask, "طالب البرادعي ... في مصر")
    return []


_REVEAL = word_set("deadline", "reveal")
_GIVEN_PRONS = ("ه", "ها")  # (the object pronoun of one party on a verb of giving a deadline: منحته، أمهلها)


def teller_given(stage, text, st, toks, groups, ts, actors):
    """(s31verbal) A deadline given to the teller himself, named by a pronoun on the verb ("كشف الرئيس التركي، رجب طيب
    أردوغان، الأحد، أن الولايات المتحدة منحته مهلة مدتها 3 أيام"، "قال إن واشنطن أمهلتها شهرا"): the verb stands right
    after its subject, the whole of the reported clause opened by أن / إن after a verb of saying, and the one given it is
    that clause's speaker (one party, not the giver's). (actors, recipients), else None."""
    w = toks[ts].norm.lstrip("وف")
    suf = next((p for p in _GIVEN_PRONS if w.endswith(p) and len(w) - len(p) >= 3), None)
    if suf is None or not actors or ts < 2 or w.startswith(("ال", "ب")) or toks[ts].text.endswith("ة"):
        # (the verb's own form: the trigger row read it as a verb of giving a deadline; not the noun منحة)
        return None
    sj = next((g for g in groups if g["e"] == ts and g["prep"] is None and set(g["ids"]) <= set(actors)), None)
    if sj is None or sj["s"] < 1 or toks[sj["s"] - 1].norm not in _st._THAT_WORDS:
        return None
    sp, verb = stage._speaker_near(text, st, 0, sj["s"] - 1, None, extra=_REVEAL)
    if sp is None or verb is None or sp in actors or sj["s"] - 1 - verb > 12 \
            or _st._full_stop_between(text, toks, verb, sj["s"]):
        return None
    if _st._countries([sp], stage._dp) & _st._countries(actors, stage._dp):
        return None  # (a deadline within one side: an office's own, not the teller's)
    return list(actors), [sp]

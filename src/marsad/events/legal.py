"""Judicial, administrative and diplomatic-procedure acts (run by EventStage.process).

* **Dismissals** (``triggers.tsv`` mode ``dismiss``: أقال، يقيل، إقالة، أعفى/إعفاء ... من منصبه) are SANCTION by the one who
  dismisses toward the one dismissed (PLOVER: cut existing relations; the gold sets code "أقال الرئيس الجزائري ... رئيس
  جهاز الأمن الوطني" so). ``refine`` keeps a dismissal only when the one dismissed is named right after the trigger (within
  a few words, no clause break between: "أقال ترامب، الثلاثاء، وزير الخارجية، ريكس تيلرسون"), the one who dismisses is no
  crowd, journalist or news body ("وقال ترامب لصحفيين بعد إقالة تيلرسون": the journalists dismissed no one), and the
  trigger carries no pronoun ("لتفسير إقالته تيلرسون"، "عمد إلى إقالته": whose pronoun the coder does not resolve).
  A verbal noun (إقالة، إعفاء) tells a dismissal with its author only under a verb of deciding, ordering or announcing
  before it in its clause ("أصدر قرارا جمهوريا بإعفاء"، "قرر الرئيس اليمني إعفاء"، "أعلن الإليزيه إقالة") or after a
  headline's colon ("السعودية: إعفاء سعود القحطاني"); "اختاره ترامب وزيرا للخارجية بعد إقالة ريكس تليرسون" names no
  author. A subject read after the verb that an office of the dismissed kind opens ("فأقال وزير شؤون قدامى المحاربين
  ديفيد شولكن") is the one dismissed, not the one who dismisses. The genitive of a decision noun before the verbal noun
  is its author ("ألغت المحكمة الاتحادية قرار رئيس الوزراء حيدر العبادي القاضي بإقالة الفياض": Abadi dismissed him).
"""
from __future__ import annotations

import re

from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from ..lang.ar import normalize
from .lexicon import word_set

_PRONOUN_END = ("ه", "ها", "هم", "هما")
_NOT_DISMISSERS = frozenset(("CVL", "MED"))
_BREAK = re.compile(r"[.!?؟:;؛]|(?:^|\s)(?:بعد|بعدما|قبل|عندما|حين|لأن|لكن|وعين|وعيّن|ويعين|ويعيّن|وعينت|وتعيين|ويعيد|وأعاد|"
                    r"وأعادت|وإعادة|ورشح|ورشّح|ويرشح)(?=\s)")  # (the one appointed after the one dismissed)
_NEAR = 70  # characters from the trigger's end to the first mention of the one dismissed
_PASSIVE = re.compile(r"^[وف]?[أا]قيل")
_NOUN = re.compile(r"^[وفبل]*[إا](?:قال|عفاء)")
_DECIDED = re.compile(r"(?:^|\s)[وف]?(?:أمر|أمرت|قرر|قررت|أصدر|أصدرت|صدر|أعلن|أعلنت|يعلن|تعلن|قام|قامت|يقضي|تقضي|"
                      r"بقرار|قرار|قرارا|مرسوم|مرسوما|أمرا|أمر)\s")
_OFFICE_OBJ = re.compile(r"[\s،,]*(?:وزير|مدير|نائب|مستشار|سفير|محافظ)")


def _first_mention_after(ent: dict, lo: int, hi: int):
    return min((m["start"] for m in ent.get("mentions") or () if isinstance(m, dict)
                and lo <= (m.get("start") if m.get("start") is not None else -1) < hi), default=None)


def _owner_between(by_id: dict, lo: int, hi: int, exclude) -> str | None:
    """The party named first between offsets lo and hi (the genitive of a decision noun), or None."""
    best = None
    for i, ent in by_id.items():
        if i in exclude or ent.get("type") not in ("PERSON", "GPE", "ORG"):
            continue
        p = _first_mention_after(ent, lo, hi)
        if p is not None and (best is None or p < best[0]):
            best = (p, i)
    return best[1] if best is not None else None


def _dismissal_ok(ev: dict, by_id: dict, text: str) -> bool:
    trig = ev["trigger"]
    if trig["text"].endswith(_PRONOUN_END) or _PASSIVE.match(trig["text"]):
        return False  # (a passive, "وكان نانبرغ قد أقيل من حملة ترمب": the one dismissed before it, no author)
    if not ev["actors"] or not ev["recipients"] or set(ev["actors"]) & set(ev["recipients"]):
        return False
    if any((by_id.get(i) or {}).get("sector") in _NOT_DISMISSERS for i in ev["actors"]):
        return False
    if _NOUN.match(trig["text"]):
        lo = max(ev["start"], trig["start"] - 90)
        before = text[lo:trig["start"]]
        if not (_DECIDED.search(" " + before) or before.rstrip().endswith(":")):
            return False
        k = before.rfind("قرار")
        owner = _owner_between(by_id, lo + k + 4, trig["start"], ev["recipients"]) if k >= 0 else None
        if owner is not None:
            ev["actors"] = [owner]  # "ألغت المحكمة قرار رئيس الوزراء حيدر العبادي القاضي بإقالة الفياض": his decision
    else:
        for i in ev["actors"]:
            p = _first_mention_after(by_id.get(i) or {}, trig["end"], trig["end"] + 60)
            if p is not None and _OFFICE_OBJ.match(text, trig["end"]):
                return False
    near = [p for p in (_first_mention_after(by_id.get(i) or {}, trig["end"], ev["end"]) for i in ev["recipients"])
            if p is not None]
    if not near:
        return False
    first = min(near)
    return first - trig["end"] <= _NEAR and not _BREAK.search(text, trig["end"], first)


_DECREE = word_set("decree", "noun")  # أمر، مرسوم، قرار (wordsets.tsv, s32sides)
_DECREE_KIND = word_set("decree", "kind")  # ملكي، رئاسي، جمهوري
_FROM_POST = re.compile(r"[^.!?؟:;؛\n]{0,70}?\sمن\s+منصب")


def _decreed(stage, ev: dict, dp, text: str) -> None:
    """A verb of dismissing whose subject is a decree ("إصدار أمر ملكي يعفي اللواء أحمد العسيري من منصبه"، "قرارا
    جمهوريا يعفي ..."): the person right after the verb, whom the parser read as its subject, is the one dismissed,
    and the head of state of his country (else of the story's) dismisses him (stage._pardoner); s32sides."""
    trig = ev["trigger"]
    ts, te = trig["start"], trig["end"]
    if _NOUN.match(trig["text"]) or _PASSIVE.match(trig["text"]) or not ev["actors"] or not _FROM_POST.match(text, te):
        return
    before = [normalize(w) for w in text[max(0, ts - 40):ts].split()[-2:]]
    if len(before) != 2 or before[0].lstrip("وفب") not in _DECREE or before[1] not in _DECREE_KIND:
        return
    objs = [i for i in ev["actors"] if (dp.by_id.get(i) or {}).get("type") == "PERSON"
            and _first_mention_after(dp.by_id.get(i) or {}, te, te + 40) is not None]
    if not objs:
        return
    iso = next(((dp.by_id.get(i) or {}).get("country") for i in objs if (dp.by_id.get(i) or {}).get("country")),
               None) or dp.scene or dp.focus
    if not iso:
        return
    ev["recipients"] = objs
    ev["actors"] = stage._pardoner(iso)


def refine(stage, events: list, dp) -> list:
    """The events of the document after the dismissal checks above and the list-item and expulsion sides below."""
    text = stage._text or ""
    for ev in events:
        if ev.get("mode") == "dismiss" and ev.get("type") == "SANCTION":
            _decreed(stage, ev, dp, text)
    out = [ev for ev in events if ev.get("mode") != "dismiss" or ev.get("type") != "SANCTION"
           or _dismissal_ok(ev, dp.by_id, text)]
    if "\n" in text and (_ITEM.match(text) or _ITEM_NL.search(text)):  # (= _ITEM.search: its ^ branch at the start)
        for ev in out:
            _list_item_actor(ev, dp.by_id, text)
    expels = [ev for ev in out if ev.get("type") == "SANCTION" and ev.get("mode") == "expel"]
    if expels:
        for ev in expels:
            _expelled(ev, expels, dp.by_id, text)
        out = [ev for ev in out if ev["recipients"] or not ev.get("_open_expel")]
    return out


def _item_at(text: str, pos: int):
    """The start of the line holding pos and the match of its list-item label (_ITEM) when the label ends before pos,
    else None."""
    ls = text.rfind("\n", 0, pos) + 1
    m = _ITEM.match(text, ls - 1 if ls > 0 else 0)
    return (ls, m) if m is not None and m.end() <= pos else None


def list_item(text: str, pos: int) -> bool:
    """Whether the line holding pos is a list item headed by a label and a colon (_ITEM)."""
    return _item_at(text, pos) is not None


def diplomats_after(toks, te) -> bool:
    """An expulsion whose object is envoys named without their state ("قامت بطرد دبلوماسي واحد"، "سيطرد أحد
    الدبلوماسيين"): the word right after the trigger, or after أحد / عدد من."""
    for k in range(te, min(len(toks), te + 3)):
        w = toks[k].norm.lstrip("و")
        if w.lstrip("ل").startswith(_DIPLOMATS):  # (دبلوماسي، الدبلوماسيين، للدبلوماسيين)
            return True
        if w not in ("احد", "عدد", "من"):
            return False
    return False


# * **A list item headed by a state** ("- السويد: قامت بطرد دبلوماسي واحد"، "- إيطاليا: ... وطرد دبلوماسيين اثنين من سفارة
#   روسيا"): the state before the colon acts in its item when the act's author is not read as a party (none, a news body, or a
#   word such as دبلوماسيين the reading took for the author; "- ليبيا: يثمن الجانبان جهود الأمم المتحدة" has its own). Only items marked as such (a dash or a bullet opens the line):
#   a headline's "اليمن: مقتل مدنيين" names no author.
# * **Who is expelled**: an expulsion's target is no news organisation ("حسبما ذكرت وزارة الخارجية لـCNN"), and diplomats
#   named without a state are no target of their own: the state is the one a nationality after the verb names ("سيطرد أحد
#   الدبلوماسيين ضمن الملحق العسكري الروسي"), else the one whose diplomats the story's other expulsions expel; diplomats read
#   as the expelling side are the expelled.
_ITEM = re.compile(r"(?:^|\n)[ \t]*[-•*–][ \t]*[^:\n]{2,30}:")
_ITEM_NL = re.compile(r"\n[ \t]*[-•*–][ \t]*[^:\n]{2,30}:")  # (its \n branch: a search that skips to the newlines)
_DIPLOMATS = ("دبلوماسي", "ديبلوماسي", "الدبلوماسي", "الديبلوماسي")


def _stateless(ent: dict) -> bool:
    return not ent.get("country") or ent.get("sector") == "MED"


def _list_item_actor(ev, by_id, text):
    item = _item_at(text, ev["trigger"]["start"])
    if item is None:
        return
    lo, hi = item[0], item[1].end()
    label = [i for i, e in by_id.items() if e.get("type") == "GPE" and e.get("country")
             and _first_mention_after(e, lo, hi) is not None]
    if len(label) != 1 or label[0] in ev["recipients"]:
        return
    acts = [by_id.get(i) or {} for i in ev["actors"]]
    if not all(a.get("sector") == "MED" or _diplomats(a) and not a.get("country") for a in acts):
        return  # (a subject of its own, "- ليبيا: يثمن الجانبان جهود الأمم المتحدة": the label is the topic)
    moved = [i for i in ev["actors"] if _diplomats(by_id.get(i) or {})]
    ev["actors"] = label
    if ev["type"] == "SANCTION" and moved and not ev["recipients"]:
        ev["recipients"] = moved


def _diplomats(ent: dict) -> bool:
    return any((m.get("text") or "").startswith(_DIPLOMATS) or (m.get("text") or "")[1:].startswith(_DIPLOMATS)
               for m in ent.get("mentions") or () if isinstance(m, dict)) or (ent.get("name") or "").startswith(_DIPLOMATS)


def _expelled(ev, expels, by_id, text):
    recs = [i for i in ev["recipients"] if (by_id.get(i) or {}).get("sector") != "MED"]
    if not ev["recipients"] and not ev.get("_open_expel") or recs and not all(
            _diplomats(by_id.get(i) or {}) and not (by_id.get(i) or {}).get("country") for i in recs):
        ev["recipients"] = recs
        return  # (no target read, "طرد تنظيم الدولة من درنة": driven out of a place, no envoy expelled)
    own = {(by_id.get(i) or {}).get("country") for i in ev["actors"]} - {None}
    trig = ev["trigger"]
    # a nationality after the verb in its sentence ("ضمن الملحق العسكري الروسي")
    near = [(p, i) for i, e in by_id.items() if e.get("type") in ("NORP", "GPE") and e.get("country")
            and e.get("country") not in own and e.get("sector") != "MED"
            for p in (_first_mention_after(e, trig["end"], ev["end"]),) if p is not None and p - trig["end"] <= 80]
    if near:
        ev["recipients"] = [min(near)[1]]
        return
    others = [i for o in expels if o is not ev for i in o["recipients"]
              if (by_id.get(i) or {}).get("country") and (by_id.get(i) or {}).get("country") not in own
              and (by_id.get(i) or {}).get("sector") != "MED"]
    if others:
        ev["recipients"] = [max(others, key=lambda i: (others.count(i), -others.index(i)))]  # (ties: the first named)
    elif recs != ev["recipients"]:
        ev["recipients"] = recs


# ---------------------------------------------------------------------------------------------------------------------
# Court appearances, trials, investigations opened and deportations told without a trigger the lexicon reads as such
# (after_sentence). Each reading is a closed construction; the sentence is looked at only when one of its key words is
# in it (maybe).
#
# * **Before a court** ("يمثل مواطن فرنسي ... أمام القضاء يوم الإثنين"، "وسيمثل بوجديمون أمام قاض ألماني"، "12 شابا يمثلون
#   أمام القضاء"، "خلال مثوله أمام محكمة"): ACCUSE (investigate) by the court or judiciary named after أمام toward the one
#   who appears (the subject before or right after the verb, the genitive of مثول). PLOVER codes trials and charges as
#   accusation by the judiciary; the gold sets code the court appearance so.
# * **Tried** ("قس أمريكي يحاكم في تركيا بتهمة"، "حوكم محمد رضا سالاس بتهمة"): the one tried (the subject of the passive)
#   is accused by the court named in the sentence, else by the state after في.
# * **An investigation opened** ("أعلنت النيابة العامة التركية أنها فتحت تحقيقا في"، "وفتحت السلطات اليونانية تحقيقا
#   بشأن"، "أمر العبادي بفتح تحقيق في الصفقات"): ACCUSE (investigate) by the official body that opens or orders it, toward
#   the party after مع / بحق / ضد when one is named, else no one (an inquiry into an incident has an author, not a target).
# * **Deported** ("رحل من ألمانيا إلى تونس"): COERCE (deport) by the state after من toward the one deported (the subject
#   before the verb).
# * **Blocking a draft, voting it down** ("بعد عرقلة روسيا مشروع قرار يحمّل طهران"، "صوتت روسيا ضد مشروع القرار"، "صوت
#   مجلس الشيوخ الأمريكي ضد إقرار مشروع قرار"): REJECT by the state or body that blocks or votes against it, toward the
#   draft's author when its adjective or a relative clause names one ("مشروع قرار روسي"), else no one (the gold sets code
#   "عرقلة روسيا مشروع قرار" as a REJECT with no target).
# * **Referred to trial** ("أحالت السلطات البحرينية سبعة متهمين آخرين للمحاكمة"، "وأحال النائب العام ستة أشخاص إلى
#   المحاكمة"، "أحالت النيابة رئيس الحزب إلى القضاء"): ACCUSE (investigate) by the prosecutor, court or state that refers
#   (the subject right after the verb or before it) toward the one referred (the object before إلى / لـ + the trial).
#   A pronoun object ("وأحالته للتحقيق") and a dispute referred to a court ("أحالت قطر خلافها ... على المحكمة") name no
#   defendant and tell nothing here.
# ---------------------------------------------------------------------------------------------------------------------

_KEYS = ("أمام", "حاكم", "حوكم", "تحقيق", "رحل", "رُحّل", "رحّل", "عرقل", "إقالة", "إعفاء", "أحال", "احال", "يحيل", "تحيل",
         "إحالة")


_KEYS_AC: list = []  # an Aho-Corasick automaton of _KEYS (pyahocorasick), built on first use: one pass finds any


def _keys_automaton():
    if not _KEYS_AC:
        import ahocorasick

        ac = ahocorasick.Automaton()
        for k in _KEYS:
            ac.add_word(k, k)
        ac.make_automaton()
        _KEYS_AC.append(ac)
    return _KEYS_AC[0]


def maybe(text: str, s: int, e: int) -> bool:
    """May sentence [s, e) hold one of the constructions below (a cheap substring test)?"""
    # (the sentence sliced: the automaton's iter(text, s, e) reads the whole text on every call)
    return next(_keys_automaton().iter(text[s:e]), None) is not None \
        or text.find("صوت", s, e) >= 0 and text.find("ضد", s, e) >= 0 \
        or text.find("ما إذا", s, e) >= 0 or text.find("ما اذا", s, e) >= 0


_APPEAR = word_set("legal", "appear")
_COURT = word_set("legal", "court")
_TRIED = word_set("legal", "tried")
_OPEN = word_set("legal", "open")
_INQUIRY = word_set("legal", "inquiry")
_ORDER = word_set("legal", "order")
_THAT = word_set("legal", "that")
_AGAINST = word_set("legal", "against")
_DEPORTED = word_set("legal", "deported")
_TO = word_set("legal", "to")
_BLOCK = word_set("legal", "block")
_VOTE = word_set("legal", "vote")
_DRAFT = word_set("legal", "draft")
_DISMISS_NOUNS = word_set("legal", "dismiss_nouns")
_DEMANDING = word_set("legal", "demanding")
_REFER = word_set("legal", "refer")
_TRIAL = word_set("legal", "trial")
_DAYS = word_set("legal", "day")
_REFER_NOUNS = word_set("legal", "refer_noun")
_TRIAL_NOUN = word_set("legal", "trial_noun")
_FORMER = word_set("legal", "former")  # (data/wordsets.tsv)
_TRIAL_START = word_set("legal", "trial_start")
_TRIAL_FILL = word_set("legal", "trial_fill")
_COUNTED = word_set("counted", "number")
_ALL = _APPEAR | _TRIED | _TRIAL_NOUN | _OPEN | _DEPORTED | _BLOCK | _VOTE | _REFER | _REFER_NOUNS
_AUX = word_set("legal", "aux")
_APPOSITION = re.compile(r"\s*[،,][^،,.؛:]{2,60}[،,]\s*(?:قد\s+)?$")
_AUTHORITY = frozenset(("GOV", "MIL", "COP", "JUD", "IGO", "LEG"))
_PROBE_VERBS = word_set("legal", "probe_verb")
_WHETHER_OPEN = word_set("legal", "whether_open")
_WHETHER_AUX = word_set("legal", "whether_aux")


def _bare(w: str) -> str:
    """The word less a conjunction و / ف glued on (not the ف of فتح)."""
    return w[1:] if w[:1] in "وف" and len(w) > 3 and w not in _ALL and w[1:] in _ALL | _ORDER else w


def _ent(stage, i) -> dict:
    return stage._dp.by_id.get(i) or {}


def _authority(stage, g) -> bool:
    """A body that can open an inquiry or try someone: a state, an official body, an office holder."""
    for i in g["ids"]:
        e = _ent(stage, i)
        if e.get("sector") in _NOT_DISMISSERS:
            return False
        if not (e.get("type") == "GPE" or e.get("sector") in _AUTHORITY or i in stage._dp.office_ids
                or e.get("type") == "PERSON" and (e.get("roles") or e.get("kb_id") or e.get("wikidata"))):
            return False
    return bool(g["ids"])


def _defendant(stage, g) -> bool:
    return bool(g["ids"]) and all(_ent(stage, i).get("sector") not in ("JUD",) and _ent(stage, i).get("type") in (
        "PERSON", "NORP", "ORG") for i in g["ids"])


def after_sentence(stage, doc, sents, st, events, pub) -> list:
    """The events of the constructions above in sentence ``st`` that no trigger reading told already."""

    text, toks = doc["text"], st.toks
    if not toks:
        return []
    told = [(e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in events if e.get("_sent") == st.i
            and not e.get("_crowd_demand")]  # (a crowd's demand with no addressee yet gives way to one of a dismissal)
    groups = None
    out = []
    n = len(toks)
    for k in range(n):
        w = toks[k].norm
        if w[:1] in "وف" and w not in _ALL:
            w = w[1:]
        kind = "appear" if w in _APPEAR else "tried" if w in _TRIED else "begun" if w in _TRIAL_NOUN else "open" if w in _OPEN \
            else "deport" if w in _DEPORTED else "block" if w in _BLOCK or w in _VOTE \
            else "demand" if w in _DISMISS_NOUNS else "refer" if w in _REFER \
            else "refer_noun" if w in _REFER_NOUNS else "whether" if w in _PROBE_VERBS else None
        if kind is None:
            continue
        if groups is None:
            groups = _st._free_groups(text, toks, st)
        r = None
        if kind == "appear":
            r = _appearance(stage, text, toks, groups, k)
        elif kind == "tried":
            r = _trial(stage, text, toks, groups, k)
        elif kind == "begun":
            r = _trial_begun(stage, text, toks, groups, k)
        elif kind == "open":
            r = _inquiry(stage, text, toks, groups, k)
        elif kind == "demand":
            r = _dismissal_demanded(stage, text, toks, groups, k, told)
            if r is not None:
                k = r[5]  # (the event stands at the verb of demanding)
                r = r[:5]
        elif kind == "deport":
            r = _deportation(stage, text, toks, groups, k)
        elif kind == "refer":
            r = _referral(stage, text, toks, groups, k)
        elif kind == "refer_noun":
            r = _referral_noun(stage, text, toks, groups, k)
        elif kind == "whether":
            r = _whether(stage, text, toks, groups, k)
        else:
            r = _blocking(stage, text, toks, groups, k, w in _VOTE)
        if r is None:
            continue
        typ, mode, actors, recips, te = r
        t0, t1 = toks[k].start, toks[te - 1].end
        if kind == "whether":
            # the trigger reading of "تحقق في" stops at في (its party then is none, or one read from further on): the
            # reading of the whether clause replaces it
            wrong = [e for e in events if e.get("_sent") == st.i and e["type"] == typ and e["trigger"]["start"] < t1
                     and t0 < e["trigger"]["end"]]
            for e in wrong:
                events.remove(e)
            told = [x for x in told if not any(x == (e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in wrong)]
        if kind == "begun":
            # the trigger reading of the noun took the one tried for the accuser ("محاكمة 17 صحافيا يعملون في صحيفة
            # ... المعارضة": 17 journalists -> the opposition): that misreading gives way
            wrong = [e for e in events if e.get("_sent") == st.i and e["type"] == typ and e["trigger"]["start"] < t1
                     and t0 < e["trigger"]["end"] and set(e["actors"]) & set(recips)]
            for e in wrong:
                events.remove(e)
            told = [x for x in told if not any(x == (e["trigger"]["start"], e["trigger"]["end"], e["type"]) for e in wrong)]
        if any(a < t1 and t0 < b and ty == typ for a, b, ty in told):
            continue
        if set(actors) & set(recips) or stage._same_state(actors, recips) and typ == "COERCE" or not actors:
            continue
        negated, hyp, hist = stage._factuality(st, k, te)
        if negated:
            continue
        date, date_text, dhist, fut = stage._date(doc, sents, st, k, te, t0, t1, pub, typ)
        dpos = text.find(date_text, t1, st.end) if date_text else -1
        if dpos > 0 and _st._STRONG.search(text, t1, dpos) and "،" in text[t1:dpos] \
                and re.search(r"[،,]\s*و\S+", text[t1:dpos]):
            # "قررت النيابة إحالة جنينة ... إلى المحاكمة العسكرية، وحددت المحكمة 16 أبريل المقبل كأولى جلسات": the day of
            # the next clause (a verb joined after a comma) is not the act's
            date, date_text, dhist, fut = (pub.isoformat() if pub else None), None, False, False
        if w[:1] == "س" and len(w) > 4 or fut:
            hyp = True  # "سيمثل أمام المحكمة"، "ساركوزي سيحاكم": announced, not yet done
        ev = {"id": "", "type": typ, "mode": mode, "context": stage._contexts(st, typ),
              "actors": list(actors), "recipients": list(recips), "location": None, "date": date,
              "date_text": date_text, "negated": False, "hypothetical": hyp, "historical": hist or dhist,
              "sentence": text[st.start:st.end], "start": st.start, "end": st.end,
              "trigger": {"text": text[t0:t1], "start": t0, "end": t1}, "confidence": 0.6, "_sent": st.i,
              "_legal": True}
        if kind == "whether":
            ev["_whether"] = True  # (its party stands after ما إذا, not after في: accuse.py's inquiry checks pass it)
        stage._recent_events.append(ev)
        told.append((t0, t1, typ))
        out.append(ev)
    return out


def _subject_before(stage, text, toks, groups, k, gap=1):
    """The group that ends right before token k (at most ``gap`` words of قد / كان between, commas allowed)."""

    for g in groups[::-1]:
        if g["e"] > k:
            continue
        if g["prep"] is not None or _st._full_stop_between(text, toks, g["e"], k):
            return None
        gap_text = text[toks[g["e"] - 1].end:toks[k].start]
        if k - g["e"] <= gap and all(toks[j].norm in _AUX for j in range(g["e"], k)) and "،" not in gap_text \
                and "," not in gap_text:
            return g  # (not "... الرئيس التنفيذي لنداء تونس، قد دعا": the end of an apposition)
        if k - g["e"] <= 8 and g["e"] < k and _APPOSITION.match(text[toks[g["e"] - 1].end:toks[k].start]):
            return g  # "وكان الرجل التونسي، المعروف باسم سامي أي، قد رحل": an apposition between commas
        return None
    return None


def _appearance(stage, text, toks, groups, k):

    a = next((j for j in range(k + 1, min(len(toks), k + 13)) if toks[j].norm == "امام"), None)
    if a is None or a + 1 >= len(toks) or toks[a + 1].norm not in _COURT or _st._strong_between(text, toks, k + 1, a):
        return None
    court = next((g for g in groups if a < g["s"] <= a + 2 and g["prep"] in (None, "أمام")), None)
    if court is None:
        court = next((g for g in groups if a + 1 < g["s"] <= a + 3 and all(
            _ent(stage, i).get("type") in ("NORP", "GPE") for i in g["ids"])), None)  # "أمام القضاء الفرنسي"
    if court is None:
        return None
    noun = _bare(toks[k].norm).lstrip("بل").startswith("مثول")
    who = next((g for g in groups if k < g["s"] < a and g["prep"] is None), None)
    if who is not None and not noun and who["s"] > k + 3:
        who = None  # (the subject stands right after the verb, or a day first: "ومثل الجمعة أمام قاض")
    if who is None and not noun:
        who = _subject_before(stage, text, toks, groups, k)
    if who is None or not _defendant(stage, who) or set(who["ids"]) & set(court["ids"]):
        return None
    return "ACCUSE", "investigate", court["ids"], who["ids"], k + 1


def _trial(stage, text, toks, groups, k):

    who = _subject_before(stage, text, toks, groups, k)
    if who is None or not _defendant(stage, who):
        return None
    court = next((g for g in groups if g["s"] > k and g["s"] - k <= 8 and all(
        _ent(stage, i).get("sector") == "JUD" for i in g["ids"])), None)
    if court is None:
        court = next((g for g in groups if g["prep"] == "في" and 0 < g["s"] - k <= 2 and all(
            _ent(stage, i).get("type") == "GPE" for i in g["ids"])), None)  # "يحاكم في تركيا"
    if court is None or _st._strong_between(text, toks, k + 1, court["s"]):
        return None
    return "ACCUSE", "investigate", court["ids"], who["ids"], k + 1


def _trial_begun(stage, text, toks, groups, k):
    """"بدأت الاثنين في إزمير التركية محاكمة القس الأمريكي أندرو برونسون"، "بدأت السعودية الاثنين محاكمة معتمرين"،
    "وبدأت محاكمة رئيس حملة ترامب السابق، بول مانافورت، الثلاثاء في ضاحية العاصمة واشنطن": a trial begun, resumed or
    held (legal/trial_start a few words before the noun محاكمة) is an ACCUSE (investigate) toward the one tried (the
    genitive right after the noun) by the authority that is the verb's subject, else the court named in the sentence,
    else the state of the place after في (the court of the place's country)."""
    n = len(toks)
    s = next((j for j in range(k - 1, max(-1, k - 7), -1) if toks[j].norm in _TRIAL_START
              or toks[j].norm[:1] in "وف" and toks[j].norm[1:] in _TRIAL_START), None)
    if s is None or _st._strong_between(text, toks, s + 1, k):
        return None
    between = [g for g in groups if s < g["s"] and g["e"] <= k]
    covered = {j for g in between for j in range(g["s"], g["e"])}
    if any(j not in covered and toks[j].norm not in _DAYS and toks[j].norm not in _TRIAL_FILL for j in range(s + 1, k)):
        return None  # ("بدأت ... محاكمة" with other words between: another clause)
    who = next((g for g in groups if g["prep"] is None and g["s"] in (k + 1, k + 2) and all(
        toks[j].norm not in ("في", "ب", "بتهمه", "بتهم", "امام") for j in range(k + 1, g["s"]))), None)
    if who is None or not _defendant(stage, who):
        return None
    first = min((x.s for x in who["m"]), default=who["s"])
    j = who["s"]
    while j < first:  # (the one tried is named, or a title or a demonym before his name: "القس الأمريكي أندرو برونسون";
        # not the genitive of another noun, "رئيس حملة ترامب السابق": Trump's campaign head is no Trump)
        t = stage.lex.titles.longest_at(toks, j)
        if t is not None and t[0] > j:
            j = t[0]
        elif any(x.s == j and x.kind == "NORP" for x in who["m"]) or j > who["s"] and (
                toks[j].norm in _FORMER or toks[j].norm.startswith("ال") and toks[j].norm.endswith(("ي", "يه"))):
            j += 1  # (after a title: a demonym, "السابق"، "الأسبق": "الرئيس الفرنسي الأسبق نيكولا ساركوزي")
        else:
            return None
    actor = next((g for g in between if g["prep"] is None and _authority(stage, g)), None) \
        or (_subject_before(stage, text, toks, groups, s) if toks[s].norm.lstrip("وف") not in (
            "بدء", "انطلاق", "استيناف") else None)  # (بدء: a noun, no subject)
    if actor is not None and not _authority(stage, actor):
        actor = None
    ids = list(actor["ids"]) if actor is not None else None
    if ids is None:
        court = next((g for g in groups if g["s"] > k and g["s"] - k <= 14 and all(
            _ent(stage, i).get("sector") == "JUD" for i in g["ids"]) and not _st._strong_between(text, toks, k + 1, g["s"])), None)
        ids = list(court["ids"]) if court is not None else None
    if ids is None:
        place = next((g for g in groups if g["prep"] == "في" and (s < g["s"] < k or who["e"] <= g["s"] <= who["e"] + 8)
                      and all(_ent(stage, i).get("type") == "GPE" for i in g["ids"])
                      and not _st._strong_between_dated(text, toks, min(k, g["s"]), max(k, g["s"]))), None)
        isos = _st._countries(place["ids"], stage._dp) if place is not None else set()
        if len(isos) != 1:
            return None
        ids = [stage._dp.state(next(iter(isos)))]
    tried = [i for i in who["ids"] if _ent(stage, i).get("type") == "PERSON"] or list(who["ids"])
    # (the person only: "محاكمة الرئيس المصري الأسبق محمد مرسي" in Cairo tries Morsi, not Egypt)
    if set(ids) & set(tried):
        return None
    return "ACCUSE", "investigate", ids, tried, k + 1


def _trial_word(w: str) -> bool:
    """المحاكمة، للمحاكمة، إلى القضاء's noun, لمحكمة ..."""
    return w in _TRIAL or w[:1] == "ل" and (w[1:] in _TRIAL or "ا" + w[1:] in _TRIAL)


def _referral(stage, text, toks, groups, k):

    n = len(toks)
    t = next((j for j in range(k + 2, min(n, k + 14)) if _trial_word(toks[j].norm)
              or toks[j].norm in _TO and j + 1 < n and toks[j + 1].norm in _TRIAL), None)
    if t is None or _st._strong_between_dated(text, toks, k + 1, t):
        return None  # (a day between commas is no break: "أحال النائب العام المصري، الاثنين، 555 مشتبها به")
    first = next((g for g in groups if g["prep"] is None and g["s"] == k + 1 and g["e"] <= t), None)
    if first is not None and _authority(stage, first):
        actor = first
        who = next((g for g in groups if g["prep"] is None and actor["e"] <= g["s"] and g["e"] <= t
                    and all(toks[j].norm in _DAYS or _count_word(toks[j].norm) for j in range(actor["e"], g["s"]))), None)
        # (a day between, and a count before the ones referred: "أحال النائب العام المصري، الاثنين، 555 مشتبها به
        # بالإرهاب إلى محكمة عسكرية")
    else:
        actor = _subject_before(stage, text, toks, groups, k)
        who = first
    if actor is None or who is None or not _authority(stage, actor) or not _defendant(stage, who) \
            or set(actor["ids"]) & set(who["ids"]):
        return None
    return "ACCUSE", "investigate", actor["ids"], who["ids"], k + 1


def _referral_noun(stage, text, toks, groups, k):
    """"قررت النيابة العسكرية في مصر إحالة المستشار هشام جنینة، الرئيس السابق للجهاز المركزي للمحاسبات، إلى المحاكمة
    العسكرية": the verbal noun of referring under a verb of deciding or ordering; the one referred is its genitive (an
    apposition between commas may follow him), the one who refers the subject of that verb."""
    n = len(toks)
    o = k - 1
    if o < 0 or _bare(toks[o].norm) not in _ORDER:
        # (the subject between: "أمرت النيابة العامة، الأحد، بإحالة" is read by the verb's own subject search below)
        o = next((x for x in range(k - 1, max(-1, k - 8), -1) if _bare(toks[x].norm) in _ORDER), None)
        if o is None or _st._strong_between_dated(text, toks, o + 1, k):
            return None
    who = next((g for g in groups if g["prep"] is None and g["s"] in (k + 1, k + 2) and g["e"] <= n), None)
    if who is None or not _defendant(stage, who):
        return None
    t = next((j for j in range(who["e"], min(n, who["e"] + 14)) if _trial_word(toks[j].norm)
              or toks[j].norm in _TO and j + 1 < n and toks[j + 1].norm in _TRIAL), None)
    if t is None:
        return None
    gap = text[toks[who["e"] - 1].end:toks[t].start]
    if _st._strong_between(text, toks, who["e"], t) and not _APPOSITION_TO.match(gap):
        return None
    actor = next((g for g in groups if g["prep"] is None and o < g["s"] <= o + 2 and g["e"] <= k), None) \
        or _subject_before(stage, text, toks, groups, o)
    if actor is None or not _authority(stage, actor) or set(actor["ids"]) & set(who["ids"]):
        return None
    return "ACCUSE", "investigate", actor["ids"], who["ids"], k + 1


_APPOSITION_TO = re.compile(r"\s*(?:[^\s،,.؛:!?؟][^،,.؛:!?؟]{1,60})?[،,][^،,.؛:]{2,80}[،,]\s*(?:\S+\s*)?$")
# (an apposition between commas after the one referred, or after a من phrase that describes him: "بإحالة 278 إرهابيا من
# عناصر تنظيم الإخوان الإرهابي، "من بينهم 141 محبوسا بصفة احتياطية، إلى القضاء العسكري")


def _count_word(w: str) -> bool:
    """A number in digits or words before the people it counts (555 مشتبها به، خمسة متهمين)."""
    return w.isdigit() or w in _COUNTED


def _inquiry(stage, text, toks, groups, k):

    j = next((x for x in range(k + 1, min(len(toks), k + 5)) if toks[x].norm in _INQUIRY), None)
    if j is None or _st._strong_between(text, toks, k + 1, j):
        return None
    w = _bare(toks[k].norm)
    actor = None
    if w.startswith("ب") and w != "باشر" and w != "باشرت" or w == "فتح" and k > 0 and _bare(toks[k - 1].norm) in _ORDER:
        # "أمر العبادي بفتح تحقيق"، "قرر المدعي العام فتح تحقيق": the one who orders it
        o = next((x for x in range(k - 1, max(-1, k - 9), -1) if _bare(toks[x].norm) in _ORDER), None)
        if o is None or _st._strong_between(text, toks, o + 1, k):
            return None
        actor = next((g for g in groups if g["prep"] is None and o < g["s"] <= o + 2 and g["e"] <= k), None) \
            or _subject_before(stage, text, toks, groups, o)
    elif w.startswith("ب"):
        return None
    elif k > 0 and toks[k - 1].norm in _THAT:
        # "أعلنت النيابة العامة التركية، السبت، أنها فتحت تحقيقا": the subject of the verb of saying before أنها
        actor = next((g for g in groups[::-1] if g["prep"] is None and g["e"] <= k - 1
                      and not _st._full_stop_between(text, toks, g["e"], k)), None)
    else:
        actor = next((g for g in groups if g["prep"] is None and g["s"] == k + 1 and g["e"] <= j), None) \
            or _subject_before(stage, text, toks, groups, k)
    if actor is None or not _authority(stage, actor):
        return None
    recips = []
    if j + 1 < len(toks) and toks[j + 1].norm in _AGAINST:
        g = next((g for g in groups if g["s"] == j + 2), None)
        if g is not None and _defendant(stage, g):
            recips = list(g["ids"])
    else:  # "فتح الاتحاد الأوروبي تحقيقا في ما إذا كانت شركة تيك توك انتهكت": the subject of the whether clause
        g = _whether_subject(stage, text, toks, groups, j + 1)
        if g is not None and not set(g["ids"]) & set(actor["ids"]):
            recips = list(g["ids"])
    return "ACCUSE", "investigate", actor["ids"], recips, j + 1


def _whether_subject(stage, text, toks, groups, p):
    """The party that opens a clause of "(في) ما إذا" starting at token ``p`` (only the words of legal/whether_open before
    ما، a copula or قد after إذا): "في ما إذا كان فريق حملة ترامب قد تواطأ" gives nobody (a team, not Trump), "فيما إذا
    كانت روسيا تقف وراء" gives Russia; None when the clause's subject is no named party."""
    n = len(toks)
    j = p
    while j < n and j - p < 3 and toks[j].norm in _WHETHER_OPEN:
        j += 1
    if j < n and toks[j].norm == "فيما":
        j += 1
    elif j < n and toks[j].norm == "ما" and (j == p or toks[j - 1].norm in _WHETHER_OPEN):
        j += 1
    else:
        return None
    if j >= n or toks[j].norm != "اذا" or _st._strong_between(text, toks, p, j + 1):
        return None
    j += 1
    while j < n and toks[j].norm in _WHETHER_AUX:
        j += 1
    g = next((g for g in groups if g["s"] == j and g["prep"] is None), None)
    if g is None or g["e"] >= n or _st._strong_between(text, toks, j, g["e"] + 1):
        return None  # (the subject is followed by its predicate, not ended by the sentence or a comma)
    dp = stage._dp
    if _st._civilians(g, dp) or _st._media_only(g, dp) or all(x.kind in ("LOC", "FAC") for x in g["m"]) or all(
            stage._unnamed(i) and not (dp.by_id.get(i) or {}).get("country") for i in g["ids"]):
        return None
    nxt = toks[g["e"]].norm
    if nxt.startswith(("ال", "لل")) or nxt in ("في", "من", "الى", "علي", "مع", "عن", "و"):
        return None  # (the party is a noun's genitive or stands in a list: "ما إذا كانت واردات الصين ..." gives none)
    return g


def _whether(stage, text, toks, groups, k):
    """"وتحقق فرنسا بشأن ما إذا كان الرئيس الأسبق نيكولا ساركوزي تلقى أموالا ليبية"، "تحقق الشرطة البريطانية فيما إذا
    كانت روسيا تقف وراء تسميم سكريبال": investigating or examining whether a named party did something (legal/probe_verb,
    then ما إذا / فيما إذا and the clause's subject) is an inquiry (ACCUSE, investigate) by the verb's subject (after it, or
    right before it) into that party (s29accuse; 74 such clauses in the 2018 corpus)."""
    n = len(toks)
    if k + 2 >= n:
        return None
    # the investigator: a subject right after the verb (VSO), or the one right before it (SVO)
    inv = next((g for g in groups if g["prep"] is None and k < g["s"] <= k + 3 and all(
        toks[j].norm.startswith("ال") for j in range(k + 1, g["s"]))), None)
    # (a title of definite words before the name: "يحقق المحقق الخاص روبرت مولر فيما إذا")
    p = inv["e"] if inv is not None else k + 1
    if inv is None:
        inv = _subject_before(stage, text, toks, groups, k)
    if inv is None or not (_authority(stage, inv) or all(_ent(stage, i).get("sector") == "NGO" for i in inv["ids"])):
        return None
    suspect = _whether_subject(stage, text, toks, groups, p)
    if suspect is None or set(suspect["ids"]) & set(inv["ids"]):
        return None
    return "ACCUSE", "investigate", inv["ids"], suspect["ids"], k + 1


def _deportation(stage, text, toks, groups, k):
    if k + 2 >= len(toks) or toks[k + 1].norm != "من":
        return None
    src = next((g for g in groups if g["s"] == k + 2 and all(_ent(stage, i).get("type") == "GPE" for i in g["ids"])), None)
    if src is None or src["e"] >= len(toks) or not (toks[src["e"]].norm in _TO or toks[src["e"]].norm[:1] == "ل"):
        return None
    who = _subject_before(stage, text, toks, groups, k, gap=2)
    if who is None or not _defendant(stage, who):
        return None
    return "COERCE", "deport", src["ids"], who["ids"], k + 1


def untriggered(stage, doc, dp, sents, st, pub) -> list:
    """The events of the constructions above in a sentence that holds no trigger word: it is tokenised here (and kept
    so in ``sents``) and read for them alone; it changes nothing else of the story's reading (the last actor)."""

    if not st.toks:
        toks = dp.tokens(st.start, st.end)
        if not toks:
            return []
        nst = type(st)(st.i, st.start, st.end, toks)
        sents[st.i] = nst
        st = nst
    st.ments = dp.mentions(st.toks)
    st.cues = _st._LAZY
    return after_sentence(stage, doc, sents, st, [], pub)



def _blocking(stage, text, toks, groups, k, vote):

    n = len(toks)
    subj = next((g for g in groups if g["prep"] is None and g["s"] == k + 1), None) \
        or _subject_before(stage, text, toks, groups, k)
    if subj is None and k > 0 and toks[k - 1].norm in ("التي", "الذي"):
        subj = next((g for g in groups[::-1] if g["e"] == k - 1 and g["prep"] is None), None)  # "روسيا، التي صوتت ضد"
    if subj is None or not _authority(stage, subj):
        return None
    p = subj["e"] if subj["s"] > k else k + 1
    if vote:
        if p >= n or toks[p].norm != "ضد":
            return None
        p += 1
    if p >= n or toks[p].norm not in _DRAFT or _st._strong_between(text, toks, k + 1, p):
        return None
    q = p + 1
    while q < n and q - p <= 3 and toks[q].norm in _DRAFT:
        q += 1  # "مشروع قرار"، "إقرار مشروع قرار"
    by = next((g for g in groups if g["s"] == q and g["prep"] is None and all(
        _ent(stage, i).get("type") in ("NORP", "GPE") for i in g["ids"])), None)  # "مشروع قرار روسي"
    recips = [i for i in by["ids"] if i not in subj["ids"]] if by is not None else []
    return "REJECT", None, subj["ids"], recips, k + 1


def _dismissal_demanded(stage, text, toks, groups, k, told):
    """"ويطالب محتجون بإقالة رئيس الوزراء هاني الملقي"، "دعا كوربيير إلى إقالة بينالا": a REQUEST by the one demanding,
    toward the one whose dismissal is demanded (as the demand reading had it before dismissal nouns were triggers: the
    noun now opens the demand's content, so that reading finds no addressee). Returns the reading and the demand verb's
    token, or None when that verb already told a REQUEST."""
    v = next((j for j in range(k - 1, max(-1, k - 5), -1) if toks[j].norm in _DEMANDING or toks[j].norm[:1] in "وف"
              and toks[j].norm[1:] in _DEMANDING), None)
    if v is None or any(a <= toks[v].start < b and ty == "REQUEST" for a, b, ty in told):
        return None
    if any(toks[j].norm not in ("الي", "ب") and not (j == v + 1 or j == v + 2) for j in range(v + 1, k)):
        return None
    who = next((g for g in groups if g["prep"] is None and v < g["s"] < k), None) \
        or _subject_before(stage, text, toks, groups, v)
    if who is None or any(_ent(stage, i).get("sector") == "MED" for i in who["ids"]):
        return None
    target = next((g for g in groups if g["prep"] is None and k < g["s"] <= k + 3), None)
    if target is None or set(target["ids"]) & set(who["ids"]):
        return None
    return "REQUEST", None, who["ids"], target["ids"], v + 1, v

"""Party mentions in a sentence: entity-stage mentions by offset, plus the event coder's own fallbacks
(countries, capitals and demonyms; international organisations; generic parties such as الشرطة، متظاهرون،
الجيش الإسرائيلي; title phrases such as الرئيس الفرنسي إيمانويل ماكرون; surnames already introduced).

Mentions the entity stage did not cover become minimal party entities appended to ``doc["entities"]``.
"""
from __future__ import annotations

import bisect
import re
from itertools import islice, repeat
from operator import is_, itemgetter
from dataclasses import dataclass, field
from functools import lru_cache

from ..entities import words as _words
from ..entities.kb import homograph_off, load_kb
from ..lang.ar import TOKEN_NORM, Token, clitic_in, normalize, span_tokens
from .lexicon import Generic, Place, readings, token_mask, word_set

_START, _END = itemgetter(1), itemgetter(2)  # Token.start, .end (TOKEN_NORM: .norm)

_HIS_COUNTRY = word_set("parties", "his_country")
# "مواطنيه"، "رعاياها"، "شعبه": the people of the state or the person the pronoun takes up (data/wordsets.tsv)
_HIS_CITIZENS = word_set("citizens", "possessed")
_CONSTRUCT_HEAD = word_set("groups", "construct_head")  # سلطات، حكومة، قوات، نظام ... (data/wordsets.tsv)
_CITIZENS_PREPS = word_set("citizens", "preposition_before")
# "الاقتراح الأوروبي"، "الاتهامات الغربية"، "القرار الأممي": a bloc's or body's adjective after a noun of an act or a
# stance names its author, as a country's demonym does (الاقتراح الأمريكي): adjective -> (kb_id, English, Arabic, sector)
_BLOC_ADJECTIVES = {normalize(w): v for ws, v in (
    (("الأوروبي", "الأوروبية"), ("org:eu", "European Union", "الاتحاد الأوروبي", "IGO")),
    (("الغربي", "الغربية"), (None, "the West", "الغرب", "GOV")),
    (("الأممي", "الأممية"), ("org:un", "United Nations", "الأمم المتحدة", "IGO"))) for w in ws}
_OWNED_ACTS = word_set("owned_act", "noun")
_SHIP_ATTACK = word_set("ship", "attack_before")  # (s29ships)
_SOURCE_TITLES = word_set("title", "source")
_PLURAL_STATES = word_set("groups", "plural_states")
# "the latter" standing alone for the party named last before it (انتقاد الأخيرة لاعتقال، بعدما اعترض الأخير على)
_LATTER = {"الاخير": "m", "الاخيره": "f", "والاخير": "m", "والاخيره": "f"}
# words after which الأخير/الأخيرة is a predicate or a count, not "the latter" (ولن تكون الأخيرة، 41 والأخيرة)
_NOT_LATTER_BEFORE = word_set("latter", "not_after")
_LATTER_RELATIVES = word_set("relative", "all") | word_set("latter", "relative_what")  # (s32built)
_NOT_HEAD_ADJECTIVE = word_set("anaphor", "not_adjective")
# prepositions with a pronoun, after which الأخير/الأخيرة is a subject (ينسحب منه الأخير، تخلت بموجبه الأخيرة)
_PREP_PRONOUN = re.compile(r"^[وف]?(?:منه|منها|عليه|عليها|اليه|اليها|عنه|عنها|له|لها|به|بها|فيه|فيها|بموجبه|بموجبها|معه|معها)$")
_STRONG = re.compile(r"[.،,؛;:!?؟\"«»“”()\[\]\n]")
_CROWD_WORDS = word_set("parties", "crowd_words")
_HIS_COUNTERPART = word_set("counterpart", "his")  # نظيره: "his counterpart", masculine (data/wordsets.tsv)
_COUNTED_ONLY = word_set("counted", "head")  # شخص (data/wordsets.tsv)
_LONE_HEAD = word_set("lone", "head")  # رجل، امرأة، شاب: a lone attacker, only as an attack's doer
_LONE_VERB = tuple(sorted(word_set("lone", "verb")))  # فجر، أطلق، طعن: the attack verb after it
_LONE_DEED = word_set("lone", "deed")  # شنه، نفذها: the deed's relative verb before it
_TARGET_ONLY = word_set("victim", "target_only")  # worshippers: no author but of a protest (target_ids)
_LONE_OBJECT = word_set("lone", "object")  # النار، نفسه: the object of a lone verb told before its subject (VS)
_VICTIM_BARE = word_set("victim", "bare")  # طفلا، مسعفة، ضابطا: one person by age or trade, only as written (s27victims)
_PLACE_PREP = word_set("victim", "place_prep")  # في، وسط، داخل: where something is, not a target
_BIG_COUNTS = word_set("counted", "big")  # مئة، ألف، مليون، آلاف
_SUFFERED = tuple(sorted(word_set("counted", "suffered")))  # قتل، إصابة، اعتقال: acts whose counted people are a party
_CENSUS = tuple(sorted(word_set("counted", "census")))  # عدد، يبلغ، البالغ: a size told, not people acting or suffering
_NUMBER_WORDS = word_set("counted", "number")  # خمس، عشر، عشرات (word_set normalises)
_ABOUT = word_set("counted", "about")  # words of an approximate count before it (نحو، حوالي)
_MORE_LESS = word_set("counted", "more_less")  # أكثر/أقل من before a count

_SECURITY_STATE = word_set("parties", "security_state")
_FORMER = word_set("parties", "former")
_ACTING = word_set("parties", "acting")  # (s31offices) "وزير الثقافة بالنيابة": acting
_OFFICE_UNDER = word_set("office", "under")  # (s31offices) نائب وزير، منصب وزير: not the office's holder
_RANK_ADJ = word_set("groups", "rank_adj")  # بارزين، رفيع المستوى، آخرين: rank after an office, no name
_OFFICE_HEADS = ("رييس", "وزير", "كبير", "مستشار", "متحدث", "المتحدث", "سفير", "السفير", "قايد", "امين", "الامين",
                 "مدير", "نايب", "زعيم", "مبعوث", "المبعوث", "ممثل", "مفوض", "المفوض", "رييسه", "وزيره", "قاضي", "محافظ")
_ENT_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
_PUNCT = re.compile(r"[،,.;:؛!?؟\"«»()]")
# an office of an international body (المبعوث الأممي، المنسق الأممي، مدعية المحكمة الجنائية الدولية): a title phrase
# holding one of these words; its head nouns (normalised, without ال), feminine and masculine alike
_INTL_WORDS = word_set("parties", "intl_words")
_INTL_HEADS = {"مبعوث": "مبعوث", "مبعوثه": "مبعوث", "منسق": "منسق", "منسقه": "منسق", "مدعي": "مدعي", "مدعيه": "مدعي",
               "مسوول": "مسوول", "مسووله": "مسوول", "مسوولون": "مسوول", "مسوولين": "مسوول"}
# bodies two states form together, named by their two nationality adjectives (اللجان الفنية الأردنية السورية،
# اللجنة العسكرية الروسية التركية، الوفدين الأمريكي والكوري): normalised heads
# (not a council or team: مجلس الأعمال السعودي المغربي، الفريق السعودي الأمريكي are no bodies of the states)
_JOINT_HEADS = {"اللجنه", "لجنه", "اللجان", "لجان", "اللجنتين", "اللجنتان", "الوفدين", "الوفدان", "الوفود", "وفود",
                "الدوريات", "دوريات"} | set(word_set("joint", "dual"))  # (the dual nouns: data/wordsets.tsv)
_PAST = word_set("parties", "past")
# the weapons or units of a party named with it (مدفعية الجيش اليمني، طائرات التحالف، طائرات إسرائيلية، مقاتلات النظام):
# the owner acts. Normalised, with their conjunction-prefixed forms
_INSTRUMENTS = word_set("parties", "instruments")
# the parties a bare definite noun of theirs refers back to when the story named them before with a country (state
# bodies, the opposition, rebels: الحكومة البريطانية ... الحكومة; المعارضة السورية ... المعارضة)
_STATE_SECTORS = {"GOV", "COP", "MIL", "JUD", "LEG"}  # (bodies of a state: _unqualified_body)


def _unqualified_body(e) -> bool:
    """A state body the entity stage found without its state (الحكومة، القضاء): no country, no KB entry."""
    return e.get("country") is None and e.get("sector") in _STATE_SECTORS and e.get("type") in ("ORG", "NORP") \
        and not e.get("wikidata") and not e.get("kb_id")

# the head of a treaty named after the city where it was made (اتفاقية جنيف، اتفاق أوسلو، معاهدة فرساي)
_TREATY_HEADS = word_set("parties", "treaty_heads")  # (not نظام: نظام دمشق
# is the regime; not إعلان: إعلان واشنطن الانسحاب is Washington announcing)
@lru_cache(maxsize=1)
def _state_names() -> frozenset:
    """The first (the state's own) name of each state in countries.tsv (إيران; not its capital طهران)."""
    from .lexicon import read_tsv
    return frozenset(normalize(forms.split("|")[0]) for _iso, _name, kind, forms in read_tsv("countries.tsv")
                     if kind == "GPE")


@lru_cache(maxsize=1)
def _state_name_isos() -> dict:
    """Each state's own name (the first GPE form of countries.tsv, normalised) -> its iso3 (إيران -> IRN)."""
    from .lexicon import read_tsv
    return {normalize(forms.split("|")[0]): iso for iso, _name, kind, forms in read_tsv("countries.tsv")
            if kind == "GPE"}


# "النظام في إيران"، "الحكومة في العراق"، "السلطات في ميانمار": a state body placed by في in a state's own name
_BODY_IN_STATE = re.compile(r"\s+في\s+([^\s،,.:؛\"«»()]+(?:\s+[^\s،,.:؛\"«»()]+)?)")


def _treaty_city(text, toks, a, b) -> bool:
    """Is the place at tokens a..b the city a treaty is named after (اتفاقية روما، اتفاقية جنيف، اتفاق أوسلو)?
    Not a pair of capitals after اتفاق (اتفاق أنقرة وموسكو: the two sides agreeing)."""
    if toks[a - 1].norm.lstrip("وفبل") not in _TREATY_HEADS or _STRONG.search(text, toks[a - 1].end, toks[a].start):
        return False
    return not (b < len(toks) and toks[b].norm[:1] == "و" and len(toks[b].norm) > 3)


# the people who stand for a party named after them (normalised, without clitics): a delegation (وفدا من مجلس النواب
# الأميركي، وفد حماس، وفدا برلمانيا أميركيا), representatives (ممثلون عن "الجيش السوري الحر"), unionists (نقابيون من
# الكونفدرالية العامة للشغل): the party is the body or state named; the residents of a place (سكان مدينة البصرة، أهالي
# قرية X، أبناء محافظة صعدة): civilians of the place's country
_PROXY_HEADS = {"وفد": "delegation", "وفدا": "delegation", "ممثلون": "rep", "ممثلين": "rep", "ممثلو": "rep+",
                "ممثلي": "rep+", "مندوبون": "rep", "مندوبين": "rep", "مندوبو": "rep+", "مندوبي": "rep+",
                "نقابيون": "rep", "نقابيين": "rep", "سكان": "res", "اهالي": "res", "ابناء": "res"}
_PROXY_LINKS = word_set("parties", "proxy_links")
_PLACE_NOUNS = word_set("parties", "place_nouns")
# adjectives of a delegation between it and its state's demonym (وفدا برلمانيا أميركيا، وفد رفيع المستوى سعودي)
_DELEGATION_ADJ = word_set("parties", "delegation_adj")


# a definite participle of alignment after a party (ميليشيات الحوثي الموالية لإيران، حزب الله المدعوم من إيران، "الجيش
# السوري الحر" المعارض للنظام السوري): the party after it describes the one before, it
# takes no part in the sentence's event. Normalised, without the article; the preposition (ل or من) follows
_ALIGNED = word_set("parties", "aligned")  # (not التابع: "وكالة أعماق التابعة لتنظيم داعش"، "فيلق القدس التابع للحرس
# الثوري": the body it belongs to acts through it)


def _described(text: str, toks, out: list, named) -> list:
    """The mentions of ``out`` (sorted) that are the party an alignment participle (_ALIGNED) right after another
    mention names: "ميليشيات الحوثي الموالية لإيران" → Iran (and a party joined to it by و: "المدعومة من روسيا
    وإيران"). Such a party describes the one before it. Not after a generic noun (``named`` false: القوات الموالية
    للحكومة السورية), which the party after it is all that identifies."""
    gone = []
    for a, b in zip(out, out[1:]):
        p = a.e
        if any(a is g for g in gone):
            if b.s == a.e and toks[b.s].norm[:1] == "و" and not re.search(r"[.،,؛;:!?؟()\n]", text[a.end:b.start]):
                gone.append(b)  # "المدعومة من روسيا وإيران"
            continue
        if not named(a):
            continue
        if b.s not in (p + 1, p + 2) or p >= len(toks) or toks[p].norm not in _ALIGNED:
            continue
        if b.s == p + 2:
            if toks[p + 1].norm != "من":
                continue
        elif toks[b.s].norm[:1] != "ل":
            continue  # (the ل is the mention's proclitic: للنظام، لإيران)
        if text[toks[a.e - 1].end:toks[p].start].strip(' "«»“”\u00a0'):
            continue  # (a comma: "الحوثيين، الموالين لإيران" is as much a description, but a list may be meant)
        if re.search(r"[.،,؛;:!?؟()\n]", text[toks[a.e - 1].end:b.start]):
            continue
        gone.append(b)
    return gone


def _proxy_head(w: str) -> str | None:
    """The kind of a proxy head (_PROXY_HEADS) at the normalised word ``w``, after one proclitic و/ب/ل at most."""
    k = _PROXY_HEADS.get(w)
    if k is None and w[:1] in "وبلف" and len(w) > 4:
        k = _PROXY_HEADS.get(w[1:])
    return k


# the English labels of parties.tsv whose bare noun stands for the story's one named armed group (_story_group)
_STORY_GROUP_LABELS = frozenset({"rebels", "militias", "putschists"})
_COREF_SECTORS = ("JUD", "COP", "GOV", "LEG", "MIL", "OPP", "REB", "CVL")
_MEMBER_WORDS = word_set("parties", "member_words")
# an organisation's head noun alone and definite refers back to the organisation the story named with it (وزارة
# الداخلية المصرية ... واتهمت الوزارة; أصدرت منظمة العفو الدولية تقريرا ... واتهمت المنظمة): normalised, without ال
_ANAPHOR_HEADS = word_set("parties", "anaphor_heads")  # (حلف شمال الأطلسي ... وقال الحلف; صندوق النقد الدولي ... الصندوق; جامعة الدول العربية ... الجامعة; ائتلاف دولة القانون ... الائتلاف. Not الاتحاد: دول الاتحاد، الانتماء للاتحاد are its members, the union as an idea, more often than the body acting) (an outlet: موقع فردا نيوز ... اعتذر الموقع الإيراني; صحيفة هآرتس ... وقالت الصحيفة. Its own nationality adjective may follow: _OUTLET_HEADS)
_OUTLET_HEADS = word_set("parties", "outlet_heads")


# a known party named without its head noun that the head refers back to by its kind (قالت هيومن رايتس ووتش ...
# وأضافت المنظمة; قالت حماس ... واتهمت الحركة): the KB sectors each head fits
_STORY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "PTY", "SPY", "OPP"})
_HEAD_SECTORS = {"منظمه": ("NGO",), "حركه": ("REB",), "جماعه": ("REB",)}


_NATIONALITY = word_set("parties", "nationality")
_OFFICIAL_ADJ = word_set("parties", "official_adj")
_BLOC_LABELS = frozenset({"the West", "Western countries", "Western powers", "Western allies", "European allies",
                          "European countries", "European signatories", "the Europeans", "Islamic states",
                          "international community", "countries"})


@lru_cache(maxsize=1)
def _bloc_forms() -> frozenset:
    """The normalised forms of the parties.tsv nouns of a bloc of several states (الغرب، الأوروبيين، الدول الغربية،
    المجتمع الدولي): never one state's body, so never given the story's country."""
    from .lexicon import read_rows
    return frozenset(normalize(r[0]) for r in read_rows("parties.tsv") if len(r) >= 4 and r[3] in _BLOC_LABELS)


@lru_cache(maxsize=None)
def _victim_labels() -> frozenset:
    """The English labels of the parties.tsv rows of one person by age or trade (victim/bare in wordsets.tsv)."""
    from .lexicon import read_rows
    return frozenset(r[3] for r in read_rows("parties.tsv") if len(r) >= 4 and normalize(r[0]) in _VICTIM_BARE)


def _bare_word(w: str, forms) -> bool:
    """``w`` is one of ``forms`` as written, after at most two proclitics (و ف ب ل ك; not لل, ل with the article), with no
    article or suffix."""
    return any(w[p:] in forms and all(c in "وفبلك" for c in w[:p]) and not w[:p].endswith("لل") for p in (0, 1, 2))


def _definite(w: str) -> bool:
    """Does the normalised word carry the article, after its clitics (والمتمردين، للميليشيات، بالانقلابيين)?"""
    w = w[1:] if w[:1] in "وف" else w
    return w.startswith(("ال", "لل")) or w[:1] in "بك" and w[1:].startswith("ال")


def _lone_verb(w: str) -> bool:
    """A lone attack verb (lone/verb: فتح، فجر، أطلق), perfect or imperfect, with و or ف before it."""
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w
    return w.startswith(_LONE_VERB) or w[:1] in ("ي", "ت") and w[1:].startswith(_LONE_VERB)


def _nisba(w: str) -> bool:
    """A state's name that is also its adjective after a definite noun (السلطات السعودية: Saudi, not Saudi Arabia)."""
    return w.startswith("ال") and w.endswith("يه")


# "the Kingdom" with its clitics (_kingdom) and the states news calls so
_THE_KINGDOM = frozenset(p + "المملكه" for p in ("", "و", "ف", "ب", "وب", "ك")) | frozenset(
    p + "للمملكه" for p in ("", "و", "ف"))
_KINGDOMS = frozenset(("SAU", "JOR", "MAR", "BHR"))
_OTHER_KINGDOMS = frozenset(w.upper() for w in word_set("kingdom", "other_iso"))  # (s32built)


def _anaphor_stem_read(w: str) -> str | None:
    """The head noun of a definite word after its clitics (والوزارة، للمنظمة، بالجماعة → وزاره، منظمه، جماعه) when it is
    one of the anaphoric heads, else None (read through _anaphor_stem, its answers kept for every form it has one for)."""
    if w[:1] in "وف" and w[1:].startswith(("ال", "لل", "بال", "كال")):
        w = w[1:]
    if w.startswith("لل"):
        w = "ال" + w[2:]
    elif w[:1] in "بك" and w[1:3] == "ال":
        w = w[1:]
    if not w.startswith("ال"):
        return None
    w = w[2:]
    return w if w in _ANAPHOR_HEADS else None


# _anaphor_stem: every word form _anaphor_stem_read answers for (و/ف, then ال / لل / بال / كال before a head: the only
# forms its steps take back to "ال" + a head), with the answer, looked up by a plain dict's get (None for any other
# word). s32speed: the word-keyed LRU cache it replaces (65,536 forms) fills up on the corpus and then evicts.
_ANAPHOR_STEMS = {w: s for h in _ANAPHOR_HEADS for p in ("", "و", "ف") for x in ("ال", "لل", "بال", "كال")
                  for w in (p + x + h,) if (s := _anaphor_stem_read(w)) is not None}
_anaphor_stem = _ANAPHOR_STEMS.get
_WINDOW_STOP = re.compile(r"[.;:؛!?؟\"«»()\n]")


def _homograph_here(rules: dict, text: str, toks, i: int, j: int, clitic: int) -> bool:
    """A party noun in toks[i:j] that the knowledge base's homograph rules (entities/kb/homographs.tsv, loaded as
    ``lex.homographs``) read as a common word here (القضاء على "the elimination of", السياسة الخارجية "foreign
    policy")."""
    w = toks[i].text[clitic:]
    if clitic and toks[i].text[clitic - 1] == "ل" and w[:1] == "ل":
        w = "ا" + w  # "للقضاء على"، "للنظام القضائي": ل + القضاء (the article's alef is not written after ل)
    form = normalize(" ".join([w] + [t.text for t in toks[i + 1:j]]))
    prev = toks[i - 1].norm if i > 0 and not _PUNCT.search(text, toks[i - 1].end, toks[i].start) else None
    nxt = toks[j].norm if j < len(toks) and not _PUNCT.search(text, toks[j - 1].end, toks[j].start) else None
    return homograph_off(rules, form, prev, nxt, clitic=bool(clitic))


@lru_cache(maxsize=1 << 15)
def _dictionary_word(w: str, raw: str) -> bool:
    """Is the normalised word ``w`` an Arabic dictionary word (entities/words.py) that is no given name nor a word
    of a KB person's name? Such a word after a title is no name (ليس، جولة، مستقبلي، مغادرة، ستعقد; but محمد، سلمان،
    جمال، تركي are names). Without the dictionary (no simplemma) nothing is."""
    kb = _kb()
    if w in kb.given or w in kb.first_names or w in kb.name_tokens or w in kb.demonyms:
        return False  # (a demonym after a title is the office's: مسؤول كوري شمالي)
    return _words.is_word(w, not (w[:2] == "ال" and raw[:1] in "أإآ")) or (
        len(w) >= 5 and w[-1] == "ا" and _words.is_word(w[:-1]))  # (تحضيرا، مجددا: an indefinite accusative)


@lru_cache(maxsize=1)
def _dual_forms() -> dict:
    """Dual and plural title forms (data/title_duals.tsv), normalised → the normalised singular title."""
    from .lexicon import read_tsv
    out = {}
    for form, single, *flag in read_tsv("title_duals.tsv"):
        one = normalize(single) + ("-" if flag and flag[0] == "-" else "")
        if form == "*":
            base = one[:-1] + "ت" if one.endswith("ه") else one  # (وزيرة → وزيرتا، وزيرتين)
            for suf in ("ا", "ي", "ان", "ين"):
                out[base + suf] = one
            for suf in ("ان", "ين"):
                out["ال" + base + suf] = "ال" + one
        else:
            out[normalize(form)] = one
    return out


def _dual_base_read(w: str) -> str | None:
    """The singular title of a dual or plural title word after its proclitics (لوزيري → وزير، والرئيسين → الرئيس,
    للوزيرين → الوزير), or None (read through _dual_base, its answers kept for every form it has one for)."""
    forms = _dual_forms()
    if w in forms:
        return forms[w]
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
        if w in forms:
            return forms[w]
    if w[:2] == "لل" and "ا" + w[1:] in forms:
        return forms["ا" + w[1:]]
    if w[:1] in "بل" and w[1:] in forms:
        return forms[w[1:]]
    return None


# _dual_base: every word form _dual_base_read answers for (a form of title_duals.tsv, with و/ف, ب/ل before it, or ل for
# its article: the only forms its steps reach one from), with the answer, looked up by a plain dict's get (None for any
# other word). s32speed: the word-keyed LRU cache it replaces (32,768 forms) was full after ~500 corpus documents and
# then missed every other call.
_DUAL_BASES = {w: b for f in _dual_forms() for w in {v + x for v in ("", "و", "ف")
                                                     for x in (f, "ب" + f, "ل" + f) + (("ل" + f[1:],) if f[:2] == "ال" else ())}
               if (b := _dual_base_read(w)) is not None}
_dual_base = _DUAL_BASES.get


def _strip_def(w: str) -> str:
    """A definite noun without its proclitics and article (والاقتراح، بالعقوبات، للخطة -> اقتراح، عقوبات، خطة)."""
    w = w.lstrip("وف")
    for p in ("بال", "كال", "لل", "ال"):
        if w.startswith(p) and len(w) > len(p) + 1:
            return w[len(p):]
    return w


@lru_cache(maxsize=1)
def _kb():
    """The shipped entity knowledge base (for the names of member states; load_kb fingerprints its files per call)."""
    return load_kb()


_ARMED_ADJ = word_set("parties", "armed_adj")  # (after غير: unarmed)
# nouns whose "armed" adjective (المسلح، المسلحة) describes a deed, a conflict or a wing, not a gunman
_ARMED_OF = word_set("parties", "armed_of")


def _story_counts(ents) -> tuple[dict, dict]:
    """Mentions per country of a story's entities: of its places and nationalities (GPE, NORP), and of those plus its
    sites (FAC, LOC) and the named bodies of states and armed groups (ORG of _STORY_SECTORS)."""
    n: dict[str, int] = {}
    wide: dict[str, int] = {}
    for e in ents:
        iso = e.get("country")
        if not iso:
            continue
        typ = e.get("type")
        if typ in ("GPE", "NORP"):
            n[iso] = n.get(iso, 0) + max(1, len(e.get("mentions") or []))
        elif not (typ in ("FAC", "LOC") or typ == "ORG" and e.get("sector") in _STORY_SECTORS):
            continue
        wide[iso] = wide.get(iso, 0) + max(1, len(e.get("mentions") or []))
    return n, wide


@dataclass
class Mention:
    s: int  # first token index in the sentence
    e: int  # exclusive token index
    eid: str
    kind: str  # PERSON | ORG | GPE | LOC | FAC | NORP
    country: str | None
    sector: str | None
    start: int = 0  # char offsets
    end: int = 0
    co: list = field(default_factory=list)  # coordinated split (title + two demonyms)
    bare: bool = False  # the entity stage's mention begins at the word's first letter after و/ف: a ب or ل there is
    # the name's own (بشار الأسد، بنيامين نتنياهو، بيسكوف), not a preposition (بإيران: the mention begins after the ب)
    whole: bool = False  # a title phrase that holds its body's name (مدعية المحكمة الجنائية الدولية): no party inside


def gap_text(text: str, toks: list[Token], a: int, b: int) -> str:
    """Characters between token a-1's end and token b's start."""
    lo = toks[a - 1].end if a > 0 else toks[0].start
    hi = toks[b].start if b < len(toks) else lo
    return text[lo:hi]


_UNREAD = object()  # (DocParties._story_date: not parsed yet)


class DocParties:
    """Per-document registry of party entities (entity-stage ones and those the event coder adds)."""

    def __init__(self, doc, lex):
        self.doc = doc
        self.lex = lex
        self.text = doc["text"]
        ents = doc.get("entities")
        if not isinstance(ents, list):
            ents = doc["entities"] = []
        self.ents = ents
        self.by_id = {str(e.get("id")): e for e in ents if isinstance(e, dict)}
        self._toks: dict[tuple[int, int], list[Token]] = {}
        # entity-stage mentions, sorted by start offset
        self.stage_mentions = []
        for e in ents:
            for m in e.get("mentions") or []:
                try:
                    self.stage_mentions.append((int(m["start"]), int(m["end"]), str(e["id"])))
                except (KeyError, TypeError, ValueError):
                    continue
        self.stage_mentions.sort()
        self.by_key: dict = {}
        for e in ents:
            eid = str(e.get("id"))
            for nm in [e.get("name"), e.get("name_ar")] + [m.get("text") for m in e.get("mentions") or []]:
                if isinstance(nm, str) and nm:
                    self.by_key.setdefault(("name", normalize(nm)), eid)
        self.aliases: dict[str, str] = {}  # normalised surname → entity id
        for e in ents:
            if e.get("type") == "PERSON":
                # (a role mention of several words gives no surname: its last word is the office's complement, and
                # "المتحدث باسم" would make every "باسم" the spokesman; a one-word role, "الصحافية", is the role itself; s21fp)
                for nm in [e.get("name_ar")] + [m.get("text") for m in e.get("mentions") or []
                                                if m.get("kind") != "role" or len(str(m.get("text") or "").split()) == 1]:
                    words = nm.split() if isinstance(nm, str) else None
                    if words:
                        last = normalize(words[-1]).lstrip("#")
                        if len(last) >= 3 and last not in lex.stop and last not in lex.channels:
                            self.aliases.setdefault(last, str(e["id"]))
        self.role_alias = self._role_antecedents(ents)
        self.headline_focus = self._focus_country(doc)
        self.scene = self._scene_country(doc)
        self.focus = self.headline_focus or self._dominant_country(ents)
        self._focused: set[str] = set()  # unqualified state bodies given the story's country
        self._bodies_in_state(ents)
        self._sibling_countries(ents)
        if self.focus:
            # unqualified state bodies the entity stage found ("الحكومة") belong to the story's country
            for e in ents:
                if _unqualified_body(e) and normalize(e.get("name") or "").lstrip("وفبل") not in _bloc_forms() \
                        and not self._construct_regime(e):
                    e["country"] = self.focus
                    self._focused.add(str(e.get("id")))
        self.syrian_regime = not self.focus and self._syrian_story(ents)
        if self.syrian_regime:
            # "وقصفت قوات النظام بلدة اللطامنة في ريف حماة": with no country dominant, the bare regime of a story that
            # names Syria at least as often as any other state is the Syrian one
            for e in ents:
                if e.get("country") is None and e.get("type") == "ORG" and not e.get("wikidata") \
                        and not e.get("kb_id") and normalize(e.get("name") or "").lstrip("وفبل") == "النظام":
                    e["country"] = "SYR"
                    self._focused.add(str(e.get("id")))
        self.n = 0
        self.office_ids: set[str] = set()
        self.place_ids: set[str] = set()  # s27victims: residential areas as parties (الأحياء السكنية): no actor
        self.target_ids: set[str] = set()  # s31 w2fresh: worshippers (المصلين): no actor but of a protest
        self.found: list[tuple[int, int, str]] = []  # (start, end, entity id): the coder's mentions of entity-stage
        # entities (which keep their own mention lists), for later references back to them

    def _sibling_countries(self, ents) -> None:
        """"أعلن القضاء التركي ... ليعلن القضاء اليوم": an unqualified state body the entity stage found takes the
        country of the same noun the story names with a country (القضاء التركي), when all such mentions name one
        state; before the story's country (``focus``) is given to the rest."""
        qualified: dict[str, dict] = {}
        for e in ents:
            if e.get("country") and e.get("type") in ("ORG", "NORP") and e.get("sector") in _STATE_SECTORS:
                for m in e.get("mentions") or []:
                    words = normalize(m.get("text") or "").split()
                    if len(words) >= 2:
                        qualified.setdefault(words[0].lstrip("وف"), {}).setdefault(e["country"], set()).add(str(e["id"]))
        if not qualified:
            return
        same = {}
        for e in ents:
            if _unqualified_body(e):
                name = normalize(e.get("name") or "").lstrip("وف")
                isos = qualified.get(name) if " " not in name and name.startswith("ال") else None
                if isos and len(isos) == 1 and not self._acts_abroad(e, next(iter(isos))):
                    (iso, ids), = isos.items()
                    e["country"] = iso
                    self._focused.add(str(e.get("id")))
                    if len(ids) == 1:
                        same[str(e["id"])] = next(iter(ids))  # (one body: its mentions are that body's)
        if same:
            self.stage_mentions = [(s, t, same.get(i, i)) for s, t, i in self.stage_mentions]

    def _acts_abroad(self, ent, iso) -> bool:
        """A sentence of the body's mentions places it in another state ("وداهمت الشرطة ثلاثة منازل في بلجيكا":
        _acts_elsewhere)."""
        spans = self.doc.get("sentences") or []
        for m in ent.get("mentions") or []:
            ms = m.get("start")
            sent = next(((a, b) for a, b in spans if a <= ms < b), None) if isinstance(ms, int) else None
            if sent is not None and self._acts_elsewhere(self.tokens(*sent), iso):
                return True
        return False

    def tokens(self, s: int, e: int) -> list[Token]:
        """``tokenize(text, s, e)``, once per span of the document (the scene search and the event coder share it)."""
        toks = self._toks.get((s, e))
        if toks is None:
            # (the entity stage's tokens of the zone when it holds the span)
            toks = self._toks[(s, e)] = span_tokens(self.text, s, e)
        return toks

    def _role_antecedents(self, ents) -> dict:
        """A definite office without a name (الوزير البحريني، الرئيس الأمريكي، رئيس الوزراء الإسرائيلي) that the entity
        stage kept as a role refers back to the one named person of that country and office introduced before it
        (خالد بن أحمد، وزير الخارجية البحريني ... للوزير البحريني). Not an indefinite one (وزير يمني: someone else) nor a
        former or new holder."""
        named = [e for e in ents if e.get("type") == "PERSON" and e.get("status") == "named" and e.get("country")]
        out = {}
        for e in ents:
            if e.get("type") != "PERSON" or e.get("status") != "role" or not e.get("country") or not e.get("roles"):
                continue
            ms = sorted(int(m["start"]) for m in e.get("mentions") or [] if "start" in m)
            txt = " ".join(m.get("text") or "" for m in e.get("mentions") or [])
            words = normalize(txt).split()
            definite = words and (words[0].lstrip("وفبل").startswith(("ال", "نظير"))
                                  or self.text[max(0, ms[0] - 2):ms[0]] in ("ال", "لل"))  # (للوزير: tagged from وزير)
            if not ms or not words or not definite \
                    or {"السابق", "السابقه", "الاسبق", "الجديد", "الجديده", "المقبل", "المنتخب"} & set(words):
                continue
            roles = {r.lower() for r in e["roles"]}

            def fits(r):
                r = r.lower()
                return r in roles or any(r.endswith(" " + x) and not r.startswith(("prime", "deputy")) for x in roles
                                         if " " not in x)
            cands = [p for p in named if p["country"] == e["country"] and any(fits(r) for r in p.get("roles") or [])
                     and any(int(m.get("start", 10 ** 9)) < ms[0] for m in p.get("mentions") or [])]
            if len(cands) == 1:
                out[str(e["id"])] = str(cands[0]["id"])
        return out

    def _holder(self, title: str, iso: str, before: int, definite: bool | None = None) -> str | None:
        """The one named person of this country (of any, for a bare title: الوزير) holding the office a definite title
        names (الزعيم، ولي العهد، الرئيس) whom the text introduced before offset ``before``: the office without a name
        refers back to him, as ``_role_antecedents`` does for the roles the entity stage kept. None unless exactly
        one fits. ``definite``: the title is definite by its genitive (وزيرا الخارجية: وزير الخارجية)."""
        roles = getattr(self.lex, "title_roles", None) or {}
        key = roles.get(title) or roles.get(title[2:] if title.startswith("ال") else "ال" + title)
        if key is None or not (title.startswith("ال") if definite is None else definite):
            return None  # (an indefinite office, وزير يمني, is someone else)
        label = key.replace("_", " ").lower()

        def fits(r):  # (الوزير: a foreign minister too; not a prime or deputy one)
            r = (r or "").lower()
            return r == label or " " not in label and r.endswith(" " + label) \
                and not r.startswith(("prime", "deputy", "former", "vice"))  # (a former holder: no office now)
        cands = {str(p["id"]) for p in self.ents if p.get("type") == "PERSON" and p.get("status") == "named"
                 and (p.get("country") == iso if iso else p.get("country"))
                 and any(fits(r) for r in p.get("roles") or [])
                 and any(int(m.get("start", 10 ** 9)) < before for m in p.get("mentions") or [])}
        if len(cands) > 1 and not iso and " " not in title:
            cands = self._nearest_holder(cands, title.endswith("ه"), before)
        return cands.pop() if len(cands) == 1 else None

    def _introduced_as(self, phrase: str, iso: str, before: int) -> str | None:
        """The one named person of country ``iso`` the text introduced before offset ``before`` right after the same
        definite title and demonym (``phrase``, normalised): "وأضاف النجم البرتغالي" after "نفى النجم البرتغالي
        كريستيانو رونالدو" is Ronaldo, where the knowledge base gives the title no role for ``_holder``. None unless
        exactly one fits."""
        if not phrase.startswith("ال") or " " not in phrase:
            return None
        cands = set()
        for p in self.ents:
            if p.get("type") != "PERSON" or p.get("country") != iso or str(p.get("id")) in self.office_ids:
                continue
            for m in p.get("mentions") or []:
                ms = m.get("start")
                if not isinstance(ms, int) or ms >= before:
                    continue
                left = normalize(self.text[max(0, ms - len(phrase) - 12):ms]).rstrip(" ،,")
                if left.endswith(phrase) and (len(left) == len(phrase) or not left[-len(phrase) - 1].isalpha()):
                    cands.add(str(p["id"]))
                    break
        return cands.pop() if len(cands) == 1 else None

    def _nearest_holder(self, cands: set, fem: bool, before: int) -> set:
        """Of several named holders of the office a bare title names (الوزير after two ministers), the ones it may mean:
        not one introduced with a title of the other gender ("وقالت الوزيرة" after "وزيرة الخارجية السويدية مارغوت
        فالستروم" and "وزير خارجية كوريا الشمالية ري يونغ هو"); of those left, the one named last when he is named in
        the title's sentence or the one before and no other is named since that sentence began ("وأوضح بوريطة ...
        وحسب الوزير"). The set unchanged where neither decides."""
        left = {c for c in cands if self._title_gender(c, before) in (None, fem)}
        if len(left) == 1:
            return left
        text = self.text
        j = max(text.rfind(c, 0, before) for c in ".\n؟!")
        while j > 0 and text[j - 1] in ".\n؟! ":
            j -= 1  # (the breaks that close the sentence before: "والمحبس.\nوحسب الوزير")
        lo = max(0, max(text.rfind(c, 0, j) for c in ".\n؟!")) if j > 0 else 0
        recent = {c for c in left if any(lo <= int(m.get("start", -1)) < before
                                         for m in (self.by_id.get(c) or {}).get("mentions") or [])}
        return recent if len(recent) == 1 else cands

    def _title_gender(self, eid: str, before: int) -> bool | None:
        """Was the person introduced (before offset ``before``) with a feminine title (وزيرة، رئيسة الوزراء، المستشارة:
        True) or a masculine one (وزير، الرئيس: False)? The title word is one of the four words before a mention of
        him; None where no mention has one, or the mentions disagree."""
        trie = self.lex.titles.trie
        seen = set()
        for m in (self.by_id.get(eid) or {}).get("mentions") or []:
            ms = m.get("start")
            if not isinstance(ms, int) or ms >= before:
                continue
            win = self.text[max(0, ms - 60):ms]
            cut = max(win.rfind(c) for c in ".\n؟!:")
            for w in normalize(win[cut + 1:]).split()[-4:][::-1]:
                forms = (w, w[1:]) if w[:1] in "وفبل" else (w,)
                if any(f in trie or f.startswith("ال") and f[2:] in trie for f in forms):
                    # (the ه of نظيره، نظيريه، نظرايه is "his": a masculine counterpart, no feminine title)
                    seen.add(w.endswith("ه") and forms[-1] not in _HIS_COUNTERPART)
                    break
        return seen.pop() if len(seen) == 1 else None

    def _focus_country(self, doc) -> str | None:
        """The country a story is about when its headline opens with it ("النمسا: الحكومة ...", "السودان..")."""
        sents = doc.get("sentences") or []
        if not sents:
            return None
        s, e = sents[0]
        head = self.text[s:e]
        m = re.match(r"^\s*([^:.،]{2,30}?)\s*(:|\.\.|…)", head)
        if not m:
            return None
        from ..lang.ar import tokenize
        toks = tokenize(head, 0, m.end(1))
        hit = self.lex.gaz.longest_at(toks, 0) if toks else None
        if hit and hit[0] == len(toks) and hit[1].type == "GPE":
            return hit[1].iso3
        return None

    def _scene_country(self, doc) -> str | None:
        """The country where the story takes place: the first "في <city or country>" of the headline and lead
        (police and security forces without a nationality are that country's: "في وسط برلين" ... "أربعة شرطيين")."""
        for s, e in (doc.get("sentences") or [])[:2]:
            toks = self.tokens(s, e)
            for k, t in enumerate(toks[:-1]):
                if t.norm in ("في", "وسط", "بوسط"):
                    j = k + 1 + (toks[k + 1].norm in ("وسط", "شمال", "جنوب", "شرق", "غرب", "العاصمه") and k + 2 < len(toks))
                    hit = self.lex.gaz.longest_at(toks, j)
                    if hit and hit[1].type == "GPE" and hit[1].iso3:
                        return hit[1].iso3
        return None

    @staticmethod
    def _dominant_country(ents) -> str | None:
        """The country a story is about when one clearly dominates its place and nationality mentions (Poland in a
        story on Polish judges): at least 3 mentions and twice as many as any other country. When none does, the same
        test over those and the named bodies of states and armed groups and the sites (a story of Yemen that names
        few places but "ميليشيات الحوثي"، "مطار الحديدة"، "الحكومة الشرعية"; not media, firms or NGOs)."""
        for counts in _story_counts(ents):
            top = sorted(counts.items(), key=lambda x: -x[1])
            if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
                return top[0][0]
        return None

    def _bodies_in_state(self, ents) -> None:
        """"النظام في إيران"، "الحكومة في العراق": an unqualified state body the entity stage found takes the state
        named by في right after its mentions (its own name, not a city), when they name one state only (s21fp2)."""
        names = _state_name_isos()
        for e in ents:
            if not _unqualified_body(e):
                continue
            isos = set()
            for m in e.get("mentions") or []:
                end = m.get("end")
                if not isinstance(end, int):
                    continue
                mt = _BODY_IN_STATE.match(self.text, end)
                if not mt:
                    continue
                words = mt.group(1).split()
                iso = names.get(normalize(" ".join(words))) or names.get(normalize(words[0]))
                if iso:
                    isos.add(iso)
            if len(isos) == 1:
                iso, own = isos.pop(), normalize(e.get("name") or "") + " "
                if not any(x is not e and x.get("country") == iso and normalize(x.get("name") or "").startswith(own)
                           for x in ents):
                    e["country"] = iso  # (where the story also names it with its demonym, "السلطات الفنزويلية", the
                    # bare mentions refer back to that one, as before)

    def _construct_regime(self, e) -> bool:
        """Is ``e`` the indefinite "نظام" heading a construct (نظام مادورو: its genitive tells whose), not "للنظام"?"""
        if normalize(e.get("name") or "").lstrip("وفب") != "نظام":
            return False
        return not any(isinstance(m.get("start"), int) and self.text[max(0, m["start"] - 2):m["start"]] == "لل"
                       for m in e.get("mentions") or [])

    @staticmethod
    def _syrian_story(ents) -> bool:
        """Does the story name Syria (its places, nationality, bodies) at least as often as any other state?"""
        n = _story_counts(ents)[1]
        return bool(n.get("SYR")) and n["SYR"] >= max(n.values())

    # -- entities -------------------------------------------------------------------------------------
    @staticmethod
    def own(eid) -> bool:
        """Is this a party entity the event coder added (and so may add mentions to)?"""
        return str(eid).startswith("ev-p")

    def add_mention(self, eid, start, end) -> None:
        e = self.by_id.get(eid)
        if e is None or not self.own(eid):
            return
        if not any(m.get("start") == start for m in e.get("mentions") or []):
            e.setdefault("mentions", []).append({"text": self.text[start:end], "start": start, "end": end})

    def _new_id(self) -> str:
        while True:
            self.n += 1
            i = f"ev-p{self.n}"
            if i not in self.by_id:
                return i

    def implied(self, key, *, name, name_ar, typ, country, sector) -> str:
        """An entity the text implies but never names (the judiciary behind a sentence, the government a protest is
        held against): the one made before under ``key``, else a new one, without mentions."""
        eid = self.by_key.get(key)
        if eid is None:
            eid = self.new_entity(key, name=name, name_ar=name_ar, typ=typ, country=country, sector=sector)
        return eid

    def implied_government(self, iso: str) -> str:
        """The government of state ``iso``, implied (a protest or a pardon with no named target or author)."""
        en, ar = _kb().country_name(iso) or (iso, iso)
        return self.implied(("implied-gov", iso), name=f"government of {en}", name_ar=f"حكومة {ar}", typ="ORG",
                            country=iso, sector="GOV")

    def implied_authorities(self, iso: str) -> str:
        """The authorities of state ``iso``, implied (an arrest or a release told without who made it)."""
        return self.implied(("implied-authorities", iso), name="authorities", name_ar="السلطات", typ="ORG",
                            country=iso, sector="GOV")

    def state(self, iso: str) -> str:
        """State ``iso`` as a party: the story's own entity of the country, else one implied."""
        known = next((e["id"] for e in self.ents if e.get("kb_id") == "country:" + iso), None)
        if known is not None:
            return known
        en, ar = _kb().country_name(iso) or (iso, iso)
        return self.implied(("implied-state", iso), name=en, name_ar=ar, typ="GPE", country=iso, sector=None)

    def new_entity(self, key, *, name, name_ar, typ, country, sector) -> str:
        """A party entity of the event stage's own, registered under ``key``, without mentions yet."""
        eid = self._new_id()
        e = {"id": eid, "name": name, "name_ar": name_ar, "type": typ if typ in _ENT_TYPES else "ORG",
             "country": country, "wikidata": None, "roles": [], "mentions": [], "sector": sector}
        self.ents.append(e)
        self.by_id[eid] = e
        self.by_key[key] = eid
        return eid

    def entity(self, key, *, name, name_ar, typ, country, sector, start, end) -> str:
        relative = normalize(name_ar).split()[:1] in (["نظيره"], ["نظيرها"], ["نظيريه"], ["نظرايه"])
        # a relative title (نظيره الروسي) names someone else in each sentence: never resolved by its wording
        eid = self.by_key.get(key) or (None if relative else self.by_key.get(("name", normalize(name_ar))))
        if eid is not None and country and (self.by_id.get(eid) or {}).get("country") not in (None, country):
            eid = self.by_key.get(key)  # "وفد سعودي" and "وفد إيراني" are two parties
        if eid is None:
            eid = self.new_entity(key, name=name, name_ar=name_ar, typ=typ, country=country, sector=sector)
            self.by_key.setdefault(("name", normalize(name_ar)), eid)
        e = self.by_id[eid]
        if not self.own(eid):
            return eid  # the entity stage owns its entities' mentions
        if not any(m.get("start") == start and m.get("end") == end for m in e.get("mentions") or []):
            e.setdefault("mentions", []).append({"text": self.text[start:end], "start": start, "end": end})
        if e.get("country") is None and country:
            e["country"] = country
        if e.get("sector") is None and sector:
            e["sector"] = sector
        return eid

    @staticmethod
    def _clitic(tok: Token, matcher) -> int:
        """Characters of a proclitic (و ف ب ل ك، لل) before the word the lexicon knows (لأسر → أسر)."""
        w = tok.norm
        if w in matcher.trie or len(w) != len(tok.text):
            return 0
        for p in (1, 2, 3):
            rest = w[p:]
            if len(rest) < 2:
                break
            if rest in matcher.trie or ("ال" + rest) in matcher.trie or (w[:p].endswith("ل") and "ا" + rest in matcher.trie):
                if all(c in "وفبلكس" for c in w[:p]):
                    return p
        return 0

    # -- mentions in one sentence ---------------------------------------------------------------------
    def mentions(self, toks: list[Token]) -> list[Mention]:
        lex = self.lex
        text = self.text
        out: list[Mention] = []
        n = len(toks)
        covered = [None] * n
        # 1. entity-stage mentions by offsets
        if self.stage_mentions and toks:
            s0, e0 = toks[0].start, toks[-1].end
            lo = bisect.bisect_left(self.stage_mentions, (s0 - 500,))
            starts = ends = None
            for ms, me, eid in islice(self.stage_mentions, lo, None):  # (no copy of the rest of the list)
                if ms >= e0:
                    break
                if me <= s0:
                    continue
                if starts is None:
                    starts, ends = list(map(_START, toks)), list(map(_END, toks))
                # the tokens overlapping [ms, me) (token offsets ascend)
                a, b = bisect.bisect_right(ends, ms), bisect.bisect_left(starts, me)
                if a >= b:
                    continue
                if not all(map(is_, covered[a:b], repeat(None))):
                    continue  # (a token of it covered already)
                e = self.by_id.get(eid) or {}
                if e.get("historical"):
                    continue  # a state dissolved before the story (الاتحاد السوفيتي) is background, no party to it
                if b - a == 1 and (toks[a].norm in lex.stop or toks[a].norm in lex.channels):
                    continue  # a pronoun or function word tagged as a name
                if token_mask(toks[a].norm) & lex.channel_m.bit and lex.channel_m.longest_at(toks, a):
                    continue  # a platform (تروث سوشيال، إكس) is a channel, not a party
                if not e.get("wikidata") and token_mask(toks[a].norm) & lex.gaz.bit:
                    hg = lex.gaz.longest_at(toks, a)
                    if hg and hg[0] > b and hg[1].type == "ORG" and all(covered[k] is None for k in range(b, hg[0])):
                        continue  # "ميليشيات" tagged alone in "ميليشيات الحوثي": the known group (step 2) is meant
                if e.get("sector") == "IGO" and b < n and toks[a].norm.lstrip("وفبل").startswith(("المفوض", "مفوض")) \
                        and self._person_at(toks[b].start) and not _STRONG.search(gap_text(text, toks, b, b)):
                    continue  # "المفوض السامي لحقوق الإنسان زيد رعد الحسين": the title of the named commissioner
                if a > 0 and toks[a - 1].norm.startswith(("دولار", "الدولار")) and (e.get("type") in ("NORP", "GPE")):
                    continue  # "دولار أمريكي": a currency
                if e.get("type") == "NORP" and (b < len(toks) and toks[b].norm in _NATIONALITY
                                                or a > 0 and toks[a - 1].norm.lstrip("وبل") in _NATIONALITY):
                    continue  # "عزريا، فرنسي الجنسية،"، "الذي يحمل الجنسية الفرنسية": a person's nationality, no party
                if a > 0 and e.get("type") == "GPE" and not str(e.get("kb_id") or "").startswith("country:") \
                        and _treaty_city(text, toks, a, b):
                    continue  # "اتفاقية روما"، "اتفاق أوسلو"، "معاهدة فرساي": a document named after a city
                if e.get("status") == "nominal" and not e.get("kb_id") and not e.get("wikidata"):
                    hp = lex.parties.longest_at(toks, a)
                    if hp and a < hp[0] < b and normalize(toks[hp[0] - 1].text).lstrip("وفبل").startswith("ال"):
                        hg = lex.gaz.longest_at(toks, hp[0])
                        if hg and hg[1].type == "GPE" and hg[0] == b:
                            continue  # "ودعت الحكومة روسيا": a definite noun and the state after it, two parties
                    if hp and hp[0] == b and (e.get("country") is None or eid in self._focused) \
                            and not (a > 0 and toks[a - 1].norm.lstrip("وفبل") in ("شوون", "شان")) \
                            and normalize(toks[b - 1].text).lstrip("وفبل").startswith("ال") \
                            and hp[1].sector in _COREF_SECTORS:
                        ant = self._qualified_before(normalize(text[ms:me]), toks[0].start, ms, toks) \
                            if self._bare_head(toks, b - 1, None) else None
                        if ant is not None:  # "الرئاسة الفلبينية ... طالبت الرئاسة": the body named before
                            eid, e = ant, self.by_id.get(ant) or e
                    if hp and hp[0] == b and e.get("country") is None \
                            and hp[1].english in _STORY_GROUP_LABELS and _definite(toks[a].norm) \
                            and self._bare_head(toks, b - 1, None):
                        ant = self._story_group()
                        if ant is not None:  # "كبدت المتمردين خسائر" in a story of the Houthis: the group it names
                            eid, e = ant, self.by_id.get(ant) or e
                if e.get("status") == "role" and eid not in self.role_alias and e.get("type") == "PERSON":
                    ht = lex.titles.longest_at(toks, a)
                    if ht and ht[0] == b and ht[1] == "IGO":
                        title = tuple(normalize(t.text) for t in toks[a:b])
                        held = self._phrase_holder((title[0].lstrip("وف"),) + title[1:])
                        if held is not None:  # "واتهم الأمين العام": the secretary-general the story named
                            eid, e = held, self.by_id.get(held) or e
                if eid in self.role_alias:
                    eid = self.role_alias[eid]  # "للوزير البحريني": the minister named before
                    e = self.by_id.get(eid) or e
                elif b - a == 1 and not e.get("wikidata") and not e.get("kb_id") and _anaphor_stem(toks[a].norm) \
                        and self._bare_head(toks, a, None):
                    ant = self._antecedent(_anaphor_stem(toks[a].norm), toks[0].start, ms) \
                        if self._anaphor_role(toks, a) else None
                    if ant is not None:  # "واتهمت الوزارة": the ministry the story named before
                        eid, e = ant, self.by_id.get(ant) or e
                m = Mention(a, b, eid, e.get("type") or "ORG", e.get("country"), e.get("sector"),
                            toks[a].start, toks[b - 1].end,
                            bare=ms >= toks[a].start and all(c in "وف" for c in text[toks[a].start:ms]))
                for k in range(a, b):
                    covered[k] = m
                out.append(m)
        if len(out) >= 2:
            self._foreign_body(toks, out, covered)
            self._regime_of(toks, out, covered)
            self._head_of_named(toks, out, covered)
            self._kind_then_demonym(toks, out, covered)
        # 2. own fallbacks, left to right. Only at the words where one can start (a title, party or place first
        # word, his country, an organisation head, an alias reading: the tests below) or after a mention; the others
        # are passed over in one go (the list is drawn again when an alias is added on the way)
        heads = getattr(lex, "orgheads", None)
        offices = getattr(lex, "offices", None)
        bits = lex.titles.bit | lex.parties.bit | lex.gaz.bit | (offices.bit if offices is not None else 0)
        aliases = self.aliases

        # the tests that do not depend on the sentence, once per word form (kept on the lexicons)
        fixed = lex.__dict__.get("_stop_words")
        if fixed is None or len(fixed) > 300_000:
            fixed = lex.__dict__["_stop_words"] = {}
        norms = list(map(TOKEN_NORM, toks))
        fx = list(map(fixed.get, norms))
        if None in fx:
            for k in [k for k, f in enumerate(fx) if f is None]:
                w = norms[k]
                fx[k] = fixed[w] = bool(token_mask(w) & bits or w in _HIS_COUNTRY or w.lstrip("وبل") in _HIS_CITIZENS
                                        or w in _BLOC_ADJECTIVES
                                        or w in _JOINT_HEADS or _dual_base(w)
                                        or w in _THE_KINGDOM or w in _LATTER
                                        or _proxy_head(w)
                                        or _anaphor_stem(w) or clitic_in(w, _INSTRUMENTS)
                                        or w[:1] == "و" and w[1:] in _JOINT_HEADS
                                        or heads and (clitic_in(w, heads, "و")))

        def stops(k0):
            if not aliases:
                return 0, [k for k in range(k0, n) if covered[k] is not None or k > 0 and covered[k - 1] is not None
                           or fx[k]]
            keys = aliases.keys()  # (a view: sees the aliases added later; drawn once per call, not per word)
            return len(aliases), [
                k for k in range(k0, n) if covered[k] is not None or k > 0 and covered[k - 1] is not None
                or fx[k] or not keys.isdisjoint(readings(norms[k].lstrip("#")))]

        na, todo = stops(0)
        i = todo[0] if todo else n
        while i < n:
            if len(aliases) != na:
                na, todo = stops(i)
            if covered[i] is not None:
                i = covered[i].e
                continue
            w = toks[i].norm
            # one word standing for a state named before it (بلاده، المملكة)
            m = self._his_country(toks, i, out) if w in _HIS_COUNTRY else self._kingdom(toks, i) if w in _THE_KINGDOM \
                else self._latter(toks, i, out) if w in _LATTER \
                else self._his_citizens(toks, i, out) if w.lstrip("وبل") in _HIS_CITIZENS \
                else self._bloc_adjective(toks, i, covered) if w in _BLOC_ADJECTIVES else None
            if m is not None:
                covered[i] = m
                out.append(m)
                i += 1
                continue
            prev = covered[i - 1] if i > 0 else None
            m = None
            if prev is not None and prev.kind == "PERSON" and not prev.whole and lex.titles.longest_at(toks, prev.s):
                m = self._named_after_title(toks, i, covered, prev)
            if m is None and prev is not None and prev.kind in ("PERSON", "ORG"):
                m = self._apposed_name(toks, i, covered)
            if m is None and (clitic_in(w, _JOINT_HEADS, "و")):
                m = self._joint(toks, i, covered, out)
            if m is None and _dual_base(w):
                m = self._dual_title(toks, i, covered, out)
            if m is None and (clitic_in(w, _INSTRUMENTS)):
                m = self._instrument(toks, i, covered, out)
            if m is None and _anaphor_stem(w):
                m = self._anaphor(toks, i, covered)
            if m is None and _proxy_head(w):
                m = self._proxy(toks, i, covered)
            if m is None:
                mask = token_mask(w)
                if mask & lex.parties.bit and mask & lex.gaz.bit and not (mask & lex.titles.bit):
                    # "لميليشيات الحوثي": a known group's name that opens with a generic noun is the group
                    hg, hp = lex.gaz.longest_at(toks, i), lex.parties.longest_at(toks, i)
                    if hg and hp and hg[0] > hp[0]:
                        m = self._place(toks, i, covered)
                m = m or (mask & lex.titles.bit and self._title(toks, i, covered)) \
                    or (offices is not None and mask & offices.bit and self._bare_office(toks, i, covered, out)) \
                    or (mask & lex.parties.bit and self._generic(toks, i, covered)) \
                    or (mask & lex.gaz.bit and self._place(toks, i, covered)) or None
                if m is None and aliases:
                    m = self._alias(toks, i)
                if m is None and heads and (clitic_in(w, heads, "و")):  # (_org_phrase's test)
                    m = self._org_phrase(toks, i, covered, out)
            if m is None:
                if len(aliases) != na:
                    na, todo = stops(i + 1)
                j = bisect.bisect_left(todo, i + 1)
                i = todo[j] if j < len(todo) else n
                continue
            inner = {id(covered[k]): covered[k] for k in range(m.s, m.e) if covered[k] is not None}
            if inner and not lex.titles.longest_at(toks, i):  # (a title phrase keeps its genitive: as before)
                if any(c.e > m.e or c.s < m.s for c in inner.values()):
                    m = None  # it would cut a name already found in two: keep that name
                    i += 1
                    continue
                # "أسر المعتقلين" where the entity stage tagged "المعتقلين": the longer party phrase holds it
                out[:] = [x for x in out if id(x) not in inner]
            elif inner and m.whole:  # "مدعية المحكمة الجنائية الدولية": the court is part of the office's title
                if any(c.e > m.e or c.s < m.s for c in inner.values()):
                    i += 1
                    continue
                out[:] = [x for x in out if id(x) not in inner]
            for k in range(m.s, m.e):
                covered[k] = m
            out.append(m)
            i = m.e
        out.sort(key=lambda m: m.s)
        if len(out) >= 3:
            self._office_of(toks, out)
        if len(out) >= 2:
            self._of_his_country(toks, out)
        if out and any(m.e - m.s == 1 and toks[m.s].norm in _HIS_COUNTRY for m in out):
            self._office_of_his_country(toks, out)
        if len(out) >= 2:
            gone = _described(text, toks, out, self._named_mention)
            if gone:  # "ميليشيات الحوثي الموالية لإيران": Iran describes the Houthis, no party here
                out = [m for m in out if not any(m is g for g in gone)]
        return out

    def _foreign_body(self, toks, out, covered) -> None:
        """"مجلس الشيوخ الهولندي": a state body the entity stage read by its common name as one country's (مجلس الشيوخ:
        the US Senate) followed by another country's adjective: that country's body, one party."""
        out.sort(key=lambda m: m.s)
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if a.kind != "ORG" or b.kind != "NORP" or not b.country or b.country == a.country \
                    or b.s != a.e or _STRONG.search(self.text, a.end, b.start) or self.own(a.eid):
                continue
            hp = self.lex.parties.longest_at(toks, a.s)
            if not hp or hp[0] != a.e or hp[1].members or not a.country \
                    or a.sector not in ("GOV", "LEG", "JUD", "MIL", "COP"):
                if not self._kb_body_of(a, toks[b.s]):
                    continue
            sector = a.sector if a.sector != "IGO" else "GOV"
            surface = self.text[a.start:b.end]
            eid = self.entity(("generic", normalize(self.text[a.start:a.end]), b.country), name=surface,
                              name_ar=surface, typ="ORG", country=b.country, sector=sector, start=a.start, end=b.end)
            m = Mention(a.s, b.e, eid, "ORG", b.country, sector, a.start, b.end, bare=a.bare)
            out[k:k + 2] = [m, m]  # (the duplicate is dropped below)
            for x in range(m.s, m.e):
                covered[x] = m
        seen = set()
        out[:] = [m for m in out if not (id(m) in seen or seen.add(id(m)))]

    def _kind_then_demonym(self, toks, out, covered) -> None:
        """"محكمة استئناف يونانية"، "محكمة جنايات مصرية": an indefinite court, council or government body of no country
        the entity stage read by its head noun, its kind in the genitive after it (one indefinite noun, no adjective:
        not "مقاتلات خفية أميركية"), then a nationality adjective: that
        country's body, one party (the adjective is no party of its own)."""
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if a.kind != "ORG" or a.country or a.sector not in ("GOV", "LEG", "JUD") \
                    or b.kind != "NORP" or not b.country or b.s != a.e + 1 or b.e - b.s != 1 or self.own(a.eid):
                continue
            e = self.by_id.get(a.eid) or {}
            mid, adj, head = toks[a.e].norm, toks[b.s].norm, toks[a.e - 1].norm.lstrip("وفبل")
            if e.get("kb_id") or e.get("wikidata") or head.startswith("ال") or mid.startswith("ال") \
                    or mid[:1] == "و" or not mid.isalpha() or len(mid) < 3 or covered[a.e] is not None \
                    or mid.endswith(("يه", "ي")) \
                    or adj.startswith("ال") or not adj.endswith(("يه", "ي")) \
                    or _STRONG.search(self.text, a.end, b.start):
                continue
            surface = self.text[a.start:b.end]
            eid = self.entity(("generic", normalize(self.text[a.start:toks[a.e].end]), b.country), name=surface,
                              name_ar=surface, typ="ORG", country=b.country, sector=a.sector, start=a.start, end=b.end)
            m = Mention(a.s, b.e, eid, "ORG", b.country, a.sector, a.start, b.end, bare=a.bare)
            out[k:k + 2] = [m, m]  # (the duplicate is dropped below)
            for x in range(m.s, m.e):
                covered[x] = m
        seen = set()
        out[:] = [m for m in out if not (id(m) in seen or seen.add(id(m)))]

    def _regime_of(self, toks, out, covered) -> None:
        """"نظام مادورو"، "نظام الرئيس الفنزويلي نيكولاس مادورو": the indefinite "نظام" in construct with a person of a
        known country (a title between) is that state's government, not a body of the story's country."""
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            if a.kind != "ORG" or a.e - a.s != 1 or toks[a.s].norm.lstrip("وفبل") != "نظام" or b.kind != "PERSON" \
                    or not b.country or b.s - a.e > 3 or _STRONG.search(self.text, a.end, b.start):
                continue
            e = self.by_id.get(a.eid) or {}
            if e.get("kb_id") or e.get("wikidata"):
                continue
            eid = self.entity(("regime", b.country), name="نظام " + self.text[b.start:b.end],
                              name_ar=self.text[a.start:b.end], typ="ORG", country=b.country, sector="GOV",
                              start=a.start, end=a.end)
            out[k] = m = Mention(a.s, a.e, eid, "ORG", b.country, "GOV", a.start, a.end, bare=a.bare)
            for x in range(m.s, m.e):
                covered[x] = m

    def _head_of_named(self, toks, out, covered) -> None:
        """"وحذرت قوات التحالف"، "من قبل نظام بيونغ يانغ"، "اتفاق مع حكومة دمشق": a body's indefinite head noun
        (groups/construct_head) that the entity stage tagged as a generic party of its own, right before the mention of
        a named body or place (nothing but a space or a quotation mark between), is in construct with it: one mention,
        of that body, or of that place's body of the head's kind (its country's), not two parties (the head alone was
        taken for one side of the act and the body for the other: "THREATEN قوات -> التحالف")."""
        k = 0
        while k + 1 < len(out):
            a, b = out[k], out[k + 1]
            w = toks[a.s].norm
            e = self.by_id.get(a.eid) or {}
            if a.e - a.s == 1 and b.s == a.e and a.kind == "ORG" and a.eid != b.eid and not a.co and not b.co \
                    and (b.kind == "ORG" or b.kind == "GPE" and b.country) \
                    and (clitic_in(w, _CONSTRUCT_HEAD, "وفبل")) and not _definite(w) \
                    and not self.text[a.end:b.start].strip(" \u00a0\"«»“”#") \
                    and e.get("status") == "nominal" and not e.get("kb_id") and not e.get("wikidata") \
                    and ((f := self.by_id.get(b.eid) or {}).get("status") == "named" or f.get("kb_id") or f.get("wikidata")):
                eid, kind, sector = b.eid, b.kind, b.sector
                if b.kind == "GPE":  # "حكومة دمشق"، "شرطة دبي": that state's government or police, not the place
                    phrase = self.text[toks[a.s].start + (w not in _CONSTRUCT_HEAD):b.end]  # (not its clitic)
                    eid = self.entity(("head_of", normalize(phrase), b.country), name=phrase, name_ar=phrase, typ="ORG",
                                      country=b.country, sector=e.get("sector"), start=a.start, end=b.end)
                    kind, sector = "ORG", e.get("sector")
                out[k:k + 2] = [m := Mention(a.s, b.e, eid, kind, b.country, sector, a.start, b.end, bare=a.bare)]
                for x in range(m.s, m.e):
                    covered[x] = m
            k += 1

    def _kb_body_of(self, a, adj) -> bool:
        """Is the KB organisation of mention ``a``, followed by the definite nationality adjective ``adj`` of another
        state, that state's own body of the same name: a state body of one country (قوى الأمن الداخلي: Lebanon's ...
        "قوى الأمن الداخلي الإيرانية") or an international one whose name is also a common office name ("مجلس الأمن
        التركي"، "الجمعية العامة الفرنسية")? Not an armed group, party or medium described by its patron or home
        ("ميليشيات الحوثي الإيرانية"، "تويتر السعودي")."""
        e = self.by_id.get(a.eid) or {}
        if not (e.get("kb_id") or e.get("wikidata")) or e.get("type") != "ORG":
            return False
        if a.sector not in ("GOV", "LEG", "JUD", "COP", "SPY", "IGO") or a.sector == "IGO" and a.country:
            return False  # (not an army or coalition: "تحالف دعم الشرعية اليمنية", "الطيران الروسي والسوري")
        return adj.norm.startswith("ال")

    def _office_of(self, toks, out) -> None:
        """"المدعية العامة في المحكمة الجنائية الدولية فاتو بنسودا": an office the entity stage tagged as its holder, the
        body it belongs to (after في or لدى, or as a genitive), then the holder's name: one mention of the holder (the body is part of the title, no
        party of the sentence)."""
        k = 0
        while k + 2 < len(out):
            a, b, c = out[k], out[k + 1], out[k + 2]
            if a.kind == "PERSON" and c.kind == "PERSON" and a.eid == c.eid and b.kind == "ORG" \
                    and (a.e == b.s or b.s == a.e + 1 and toks[a.e].norm in ("في", "لدي")) and b.e == c.s \
                    and not _STRONG.search(self.text, a.end, c.start):
                out[k:k + 3] = [Mention(a.s, c.e, c.eid, "PERSON", c.country or a.country, a.sector or c.sector,
                                        a.start, c.end, bare=a.bare)]
            k += 1

    def _named_after_title(self, toks, i, covered, office):
        """"رئيسة الوزراء البريطانية تيريزا ماي" where only the office was tagged: the name that follows."""
        k = self._name_words(toks, i, covered, limit=3)
        if k <= i or k - i < 2 and not self.aliases.get(normalize(toks[i].text)):
            return None  # one unknown word after a title is too weak a name
        ns, ne = toks[i].start, toks[k - 1].end
        name = self.text[ns:ne].lstrip("#")
        last = normalize(toks[k - 1].text).lstrip("#")
        iso = office.country
        eid = self.aliases.get(last) or self.entity(("person", last), name=name, name_ar=name, typ="PERSON",
                                                    country=iso, sector=office.sector, start=ns, end=ne)
        if len(last) >= 3:
            self.aliases.setdefault(last, eid)
        return Mention(i, k, eid, "PERSON", iso, office.sector, ns, ne)

    def _apposed_name(self, toks, i, covered):
        """"كبيرة قضاة المحكمة العليا، مالغورزاتا غيرسدورف،": a name set between commas after an office phrase."""
        prev = covered[i - 1]
        if gap_text(self.text, toks, i, i).strip() not in ("،", ","):
            return None
        if not any(toks[k].norm.lstrip("و").startswith(_OFFICE_HEADS) for k in range(max(0, prev.s - 2), prev.e)):
            return None
        if prev.kind == "PERSON" and prev.eid not in self.office_ids and not self.own(prev.eid):
            return None  # a named person already: what follows is no second name
        k = self._name_words(toks, i + 1, covered, limit=2) if i + 1 < len(toks) and not _STRONG.search(
            gap_text(self.text, toks, i + 1, i + 1)) else i + 1  # the first word follows the comma
        first = toks[i].norm
        lex = self.lex
        if first.startswith(("ال", "و")) or first in lex.stop or lex.speech.get(first) or lex.datecue_words.get(first) \
                or lex.gaz.longest_at(toks, i) or lex.parties.longest_at(toks, i) or lex.titles.longest_at(toks, i) \
                or lex.trig.first_word(first) and lex.trig.longest_at(toks, i):
            return None
        if k < len(toks) and gap_text(self.text, toks, k, k).strip() not in ("،", ","):
            return None
        if any(toks[j].norm in self.lex.stop or not toks[j].text[:1].isalpha() for j in range(i, k)):
            return None
        ns, ne = toks[i].start, toks[k - 1].end
        name = self.text[ns:ne].lstrip("#")
        last = normalize(toks[k - 1].text).lstrip("#")
        eid = self.aliases.get(last) or self.entity(("person", last), name=name, name_ar=name, typ="PERSON",
                                                    country=prev.country, sector=prev.sector, start=ns, end=ne)
        if len(last) >= 3:
            self.aliases.setdefault(last, eid)
        e = self.by_id.get(eid) or {}
        return Mention(i, k, eid, "PERSON", e.get("country"), e.get("sector"), ns, ne)

    def _his_country(self, toks, i, found):
        """"بلاده" / "بلادها": the country of the nearest person before it in the sentence, else of the last person
        the story named with a country just before the sentence ("وأضاف أن بلاده"); the state's own entity, not a
        city of it (قنصلية بلاده في إسطنبول: Turkey, not Istanbul). Not "بلدة" (a town, which normalises alike)."""
        t = toks[i]
        iso = self._his_iso(toks, i, found)
        if iso is None:
            return None
        ent = next((e for e in self.ents if e.get("kb_id") == "country:" + iso), None) \
            or next((e for e in self.ents if e.get("type") == "GPE" and e.get("country") == iso
                     and not e.get("kb_id")), None)
        if ent is not None:
            eid = ent["id"]
            self.add_mention(eid, t.start, t.end)
        else:
            en, _ar = _kb().country_name(iso) or (iso, iso)
            eid = self.entity(("gpe", iso), name=en, name_ar=t.text, typ="GPE", country=iso, sector="GOV",
                              start=t.start, end=t.end)
        return Mention(i, i + 1, eid, "GPE", iso, "GOV", t.start, t.end)

    def _his_citizens(self, toks, i, found):
        """"دعت أستراليا مواطنيها إلى اليقظة"، "منع النظام القطري مواطنيه من الحج"، "حذرت السفارة الأمريكية في إسرائيل
        رعاياها": a people noun with a possessive pronoun is the civilians of the country of the party it takes up: the
        nearest party before it in the sentence that has a country and stands after no preposition (in إسرائيل of
        "السفارة الأمريكية في إسرائيل" the embassy is meant). One party of that country besides the state (a NORP of
        sector CVL), so that a state calling on or restricting its own people keeps both sides."""
        t = toks[i]
        if t.text.endswith("ة"):
            return None  # "شعبة الاستخبارات": a division, which normalises like شعبه
        iso = None
        for m in reversed(found):
            if m.e > i:
                continue
            if any(c in self.text[m.end:t.start] for c in ':"«»“”'):
                break  # (not across the opening of a quote: "وقال ترامب: "شن الأسد هجمات ضد شعبه": not Trump's people)
            if not m.country or m.s > 0 and toks[m.s - 1].norm.lstrip("و") in _CITIZENS_PREPS:
                continue
            iso = m.country
            break
        if iso is None:
            return None
        c = len(t.norm) - len(t.norm.lstrip("وبل"))  # (a proclitic: ودعت ... ولمواطنيها)
        s = t.start + (c if len(t.norm) == len(t.text) else 0)
        en, _ar = _kb().country_name(iso) or (iso, iso)
        eid = self.entity(("citizens", iso), name=en + " citizens", name_ar=self.text[s:t.end], typ="NORP",
                          country=iso, sector="CVL", start=s, end=t.end)
        return Mention(i, i + 1, eid, "NORP", iso, "CVL", s, t.end)

    def _bloc_adjective(self, toks, i, covered):
        """"رفض الاتحاد الأفريقي الاقتراح الأوروبي"، "رفضت موسكو الاتهامات الغربية"، "الإجراءات التجارية الأوروبية": the
        adjective of a bloc or body (Europe, the West, the UN) after a definite noun of an act or a stance (data/
        wordsets.tsv owned_act), right after it or past one definite adjective, is that act's author: the EU, the West,
        the UN as a party (the entity the story has for it, else one of its own), like a country's demonym."""
        if i == 0 or _STRONG.search(gap_text(self.text, toks, i, i)):
            return None
        k = i - 1
        if covered[k] is None and _OWNED_ACTS.isdisjoint({_strip_def(toks[k].norm)}) and k > 0 \
                and toks[k].norm.startswith("ال") and not _STRONG.search(gap_text(self.text, toks, k, k)):
            k -= 1  # (one adjective between: "الإجراءات التجارية الأوروبية")
        if covered[k] is not None or not toks[k].norm.lstrip("وفبل").startswith(("ال", "ل")) \
                or _strip_def(toks[k].norm) not in _OWNED_ACTS:
            return None
        kb_id, en, ar, sector = _BLOC_ADJECTIVES[toks[i].norm]
        t = toks[i]
        ent = next((e for e in self.ents if kb_id and e.get("kb_id") == kb_id), None)
        if ent is not None:
            eid = ent["id"]
            self.add_mention(eid, t.start, t.end)
        else:
            eid = self.entity(("bloc", en), name=en, name_ar=ar, typ="ORG", country=None, sector=sector,
                              start=t.start, end=t.end)
        return Mention(i, i + 1, eid, "ORG", None, sector, t.start, t.end)

    def _latter(self, toks, i, found):
        """"على خلفية انتقاد الأخيرة لاعتقال"، "بعدما اعترض الأخير على": "the latter" alone (not an adjective after a
        definite noun or a noun with its pronoun, "الأشهر الأخيرة"، "أنفاسه الأخيرة"; not a predicate, "ولن تكون الأخيرة")
        is the party named last before it in the sentence: a person for الأخير, a state or a body for الأخيرة."""
        t = toks[i]
        if i > 0 and not _STRONG.search(gap_text(self.text, toks, i, i)):
            p = toks[i - 1].norm
            if p.lstrip("وفبلك").startswith("ال") or p in _NOT_LATTER_BEFORE or any(c.isdigit() for c in p) \
                    or p.endswith(("ه", "ها", "هم", "هما")) and not _PREP_PRONOUN.match(p) and p not in ("انه", "انها", "هذه") \
                    and not (i >= 2 and toks[i - 2].norm.lstrip("و") in _LATTER_RELATIVES):
                return None
            # (s32built: a verb with its object pronoun right after a relative pronoun or ما has "the latter" for its
            # subject: "الأمر الذي تنفيه الأخيرة"، "وهو ما ينفيه الأخير"; a noun with a pronoun, "أنفاسه الأخيرة", stands
            # after no relative)
        fem = _LATTER[t.norm] == "f"
        kinds = ("GPE", "ORG") if fem else ("PERSON",)
        best = None
        from .stage import _seat_places

        def state_or_body(e, kind):  # (a state, not a city: "دافعت هذه الأخيرة" after "بمدينة جنوى" is the company)
            kb = str((e or {}).get("kb_id") or "")
            return kind != "GPE" or kb.startswith("country:") or kb in _seat_places()
            # (s29verbal: or a capital standing for its state, "واتهمت لندن موسكو ...، فيما نفت الأخيرة هذه الاتهامات")
        for m in found:
            if m.e <= i and m.kind in kinds and not m.eid.startswith("ev-p") and state_or_body(self.by_id.get(m.eid), m.kind):
                best = m if best is None or m.s > best.s else best
        if best is None:
            return None  # (not across sentences: the one meant is often no party, "دافعت هذه الأخيرة" = the company)
        eid, kind, iso, sector = best.eid, best.kind, best.country, best.sector
        self.add_mention(eid, t.start, t.end)
        return Mention(i, i + 1, eid, kind, iso, sector, t.start, t.end)

    def _kingdom(self, toks, i):
        """"وقالت المملكة"، "ودعت المملكة"، "أراضي المملكة": the bare "the Kingdom" is the one kingdom (Saudi Arabia,
        Jordan, Morocco, Bahrain) the story named before it; none when it named none or several, or when a word
        after it names the kingdom itself (المملكة المتحدة، المملكة الأردنية الهاشمية)."""
        t = toks[i]
        if i + 1 < len(toks) and not _STRONG.search(gap_text(self.text, toks, i + 1, i + 1)) \
                and toks[i + 1].norm.startswith("ال") and toks[i + 1].norm.endswith(("يه", "ه")):
            return None  # (المملكة المتحدة، المملكة العربية السعودية، المملكة الأردنية: a name)
        isos = {}
        for ent in self.ents:
            iso = ent.get("country")
            if ent.get("type") != "GPE" or iso not in _KINGDOMS or ent.get("kb_id") != "country:" + iso:
                continue
            if any(isinstance(m.get("start"), int) and m["start"] < t.start for m in ent.get("mentions") or []):
                isos[iso] = ent
        if not isos:
            # (s32built) no kingdom named by its name: one told by its cities or its known people ("والعاهل الأردني
            # الملك عبد الله الثاني في عمان ... أعلنت ميركل عن قرض ميسر غير مشروط للمملكة"); its state is the party
            kin = {ent.get("country") for ent in self.ents
                   if ent.get("type") in ("GPE", "PERSON") and ent.get("country") in _KINGDOMS
                   and str(ent.get("kb_id") or "").startswith(("place:", "person:"))
                   and any(isinstance(m.get("start"), int) and m["start"] < t.start for m in ent.get("mentions") or [])}
            if len(kin) != 1 or any(ent.get("type") == "GPE" and ent.get("kb_id") == "country:" + str(ent.get("country"))
                                    and ent.get("country") in _OTHER_KINGDOMS and any(
                                        isinstance(m.get("start"), int) and m["start"] < t.start
                                        for m in ent.get("mentions") or []) for ent in self.ents):
                return None  # (another kingdom named by its name may be the one meant: بريطانيا، إسبانيا)
            iso = next(iter(kin))
            en, _ar = _kb().country_name(iso) or (iso, iso)
            eid = self.entity(("gpe", iso), name=en, name_ar=t.text, typ="GPE", country=iso, sector="GOV",
                              start=t.start, end=t.end)
            return Mention(i, i + 1, eid, "GPE", iso, "GOV", t.start, t.end)
        if len(isos) != 1:
            return None
        iso, ent = next(iter(isos.items()))
        return Mention(i, i + 1, str(ent["id"]), "GPE", iso, "GOV", t.start, t.end)

    def _office_of_his_country(self, toks, out) -> None:
        """"وزير خارجية بلاده"، "سفير بلادها": an office in construct with بلاده is that state's office: with the holder's
        name right after it (وزير خارجية بلاده محمد جواد ظريف) one mention of the holder, else a role party of its own
        with that country (not the bare state beside an unread title)."""
        titles = self.lex.titles
        k = 0
        while k < len(out):
            b = out[k]
            if not (b.e - b.s == 1 and b.kind == "GPE" and b.country and toks[b.s].norm in _HIS_COUNTRY):
                k += 1
                continue
            lo = out[k - 1].e if k else 0
            x, hit = next(((x, h) for x in range(max(lo, b.s - 3), b.s) if (h := titles.longest_at(toks, x))
                           and h[0] == b.s), (None, None))
            if x is None or _STRONG.search(self.text, toks[x].end, b.start):
                k += 1
                continue
            sector = hit[1] or "GOV"
            c = out[k + 1] if k + 1 < len(out) else None
            start = toks[x].start + self._clitic(toks[x], titles)
            if c is not None and c.s == b.e and c.kind == "PERSON" and not _STRONG.search(self.text, b.end, c.start):
                out[k:k + 2] = [Mention(x, c.e, c.eid, "PERSON", c.country or b.country, c.sector or sector, start,
                                        c.end)]
            else:
                label = self.text[start:b.end]
                eid = self.entity(("role", normalize(self.text[start:toks[b.s - 1].end]), b.country), name=label,
                                  name_ar=label, typ="PERSON", country=b.country, sector=sector, start=start, end=b.end)
                out[k] = Mention(x, b.e, eid, "PERSON", b.country, sector, start, b.end)
            k += 1

    def _of_his_country(self, toks, out) -> None:
        """"حكومة بلاده"، "قوات بلاده"، "سلطات بلادها": a generic body without a country in construct with بلاده is that
        body of the state بلاده names: one party over both words (not a second one beside it), an ORG of that country
        (a body, not the state: "أعلن النعيمي أن حكومة بلاده تنتهك حقوقه" is no one state on both sides)."""
        k = 0
        while k + 1 < len(out):
            a, b = out[k], out[k + 1]
            if b.s == a.e and b.e - b.s == 1 and toks[b.s].norm in _HIS_COUNTRY and b.kind == "GPE" and b.country \
                    and a.kind == "ORG" and (not a.country or a.eid in self._focused) and not self._named_mention(a) \
                    and not _STRONG.search(self.text, a.end, b.start):
                label = self.text[a.start:b.end]
                eid = self.entity(("generic", normalize(self.text[a.start:a.end]), b.country), name=label,
                                  name_ar=label, typ="ORG", country=b.country, sector=a.sector or "GOV",
                                  start=a.start, end=b.end)
                out[k:k + 2] = [Mention(a.s, b.e, eid, "ORG", b.country, a.sector or "GOV", a.start, b.end,
                                        bare=a.bare)]
            k += 1

    def _his_iso(self, toks, i, found) -> str | None:
        """The country "بلاده" at token i refers to (_his_country): the nearest person before it in the sentence, else
        a person noun's nationality adjective (مواطن فرنسي يعمل في قنصلية بلاده، امرأة روسية ... حكومة بلادها: a
        one-word indefinite demonym after a word that is no party; not a place's: عفرين السورية), else the speaker named just before the sentence."""
        if toks[i].text.endswith("ة"):
            return None  # "بلدة حرستا": a town
        iso = next((m.country for m in reversed(found) if m.e <= i and m.kind == "PERSON" and m.country), None)
        if iso is None:
            m = next((m for m in reversed(found) if m.e < i), None)  # (not the noun it is in construct with)
            if m is not None and m.kind == "NORP" and m.e - m.s == 1 and m.country and m.s > 0 \
                    and not toks[m.s].norm.startswith("ال") \
                    and not any(x.s <= m.s - 1 < x.e for x in found) and i - m.e <= 8:
                iso = m.country
        if iso is None:
            iso = self._speaker_country(toks[0].start)
        return iso

    def _speaker_country(self, before: int) -> str | None:
        """The country of the last person the entity stage found within 300 characters before ``before`` (the
        sentence's start), with no full stop of another paragraph between."""
        lo = bisect.bisect_left(self.stage_mentions, (before - 300,))
        for ms, me, eid in reversed(self.stage_mentions[lo:bisect.bisect_left(self.stage_mentions, (before,))]):
            e = self.by_id.get(eid) or {}
            if e.get("type") == "PERSON":
                if "\n" in self.text[me:before]:
                    return None
                return e.get("country")
        return None

    def _demonyms(self, toks, j, covered, limit=3):
        """Country codes of demonyms/GPE genitives starting at token j (coordinated with و), and the end."""
        isos = []
        while j < len(toks) and covered[j] is None and len(isos) < limit:
            if isos and not toks[j].norm.startswith("و"):
                break
            if _STRONG.search(gap_text(self.text, toks, j, j)) and j > 0:
                break
            hit = self.lex.gaz.longest_at(toks, j)
            if not hit or hit[1].type not in ("NORP", "GPE") or not hit[1].iso3:
                break
            isos.append(hit[1].iso3)
            j = hit[0]
        return isos, j

    def _name_words(self, toks, j, covered, limit=4):
        """Token span of a person name starting at j: words that are not function words, triggers or places."""
        lex = self.lex
        k = j
        while k < len(toks) and k - j < limit and covered[k] is None:
            t = toks[k]
            if k > j and _STRONG.search(gap_text(self.text, toks, k, k)):
                break
            if k == j and j > 0 and _STRONG.search(gap_text(self.text, toks, j, j)) and "#" not in gap_text(self.text, toks, j, j):
                break
            w = t.norm
            prev = toks[k - 1].norm if k > j else ""
            if not t.text[0].isalpha() or w.isdigit() or t.text.endswith("\u064b") or t.text.endswith("\u064bا"):
                break  # (a word with tanwin is an adverb or an indefinite noun, no name: "الزعيم الكوري مجدداً")
            if any(r in lex.stop for r in (w,) + readings(w)[:1]) or w in lex.stop:
                break
            if w.startswith("ال") and prev not in ("عبد", "ابو", "بن", "ابن", "بنت", "ال", "عبد") and not prev.startswith("عبد"):
                break
            if w.startswith("و") and k > j:
                break
            if k == j and w.startswith("و") and _words.clitic_word(w):
                break  # "مقتل قائد بداعش وإحباط عملية تسلل": a conjunction on a noun opens a clause, not a name
            if k == j and w[:1] == "و" and w[1:] in lex.stop:
                break  # "أربعة نواب للرئيس وأن يعاد تنصيب": a particle with its conjunction opens no name
            if lex.trig.first_word(w) and lex.trig.longest_at(toks, k):
                break
            if lex.gaz.longest_at(toks, k) or lex.parties.longest_at(toks, k) or lex.titles.longest_at(toks, k):
                break
            if lex.speech.get(w) or lex.datecue_words.get(w):
                break
            if _dictionary_word(w, t.text) and (k == j or _dictionary_word(toks[j].norm, toks[j].text) or not any(
                    toks[j].norm in x for x in (_kb().given, _kb().first_names))):
                break  # "الرئيس ليس مستعدا"، "وزير الخارجية الإيراني جولة دبلوماسية": words, no name (but a given
                # name goes on with a surname that is a word too: "اللواء أركان حرب أحمد وصفي")
            k += 1
        return k

    def _title(self, toks, i, covered):
        hit = self.lex.titles.longest_at(toks, i)
        if not hit:
            return None
        j, sector = hit
        intl = self._intl_head(toks, i, j)  # (المبعوث الأممي: the title names its body; no genitive after it)
        # titles can take a genitive ("وزير خارجية قطر", "مستشار الأمن القومي")
        isos, j2 = self._demonyms(toks, j, covered)
        tagged = None
        if not isos and not intl and j < len(toks) and covered[j] is not None and covered[j].s == j \
                and covered[j].kind == "NORP" and covered[j].country \
                and toks[j].norm.startswith("ال") == toks[i].norm.lstrip("وفبل").startswith("ال") \
                and not _STRONG.search(gap_text(self.text, toks, j, j)) \
                and not (covered[j].e < len(toks) and covered[covered[j].e] is not None
                         and covered[covered[j].e].kind == "PERSON" and covered[covered[j].e].s == covered[j].e):
            # (the demonym agrees with the title in definiteness: المسؤول الإيراني، مسؤولون إسرائيليون)
            # "وحذر المسؤول الإيراني الدول الأوروبية"، "قال المسؤول الأمريكي": the demonym the entity stage tagged is
            # the office's country, not a party of its own (a named person after it is handled below)
            tagged = covered[j]
            isos, j2 = [tagged.country], tagged.e
            while j2 < len(toks) and covered[j2] is not None and covered[j2].s == j2 and covered[j2].kind == "NORP" \
                    and covered[j2].country and covered[j2].country not in isos and toks[j2].norm[:1] == "و" \
                    and not _STRONG.search(gap_text(self.text, toks, j2, j2)):
                isos.append(covered[j2].country)  # "مسؤولين سعوديين وإيرانيين": one office party per country
                j2 = covered[j2].e
            if j2 < len(toks) and toks[j2].norm[:1] == "و" and covered[j2] is None:
                more, j3 = self._demonyms(toks, j2, covered)  # (... وأتراك: one the entity stage left)
                if more:
                    isos, j2 = isos + [x for x in more if x not in isos], j3
        if not isos and not intl and not tagged and j - i >= 2 and j < len(toks) and covered[j] is not None \
                and covered[j].s == j \
                and covered[j].kind == "GPE" and covered[j].country and covered[j].start == toks[j].start \
                and not toks[j - 1].norm.lstrip("وف").startswith(("ال", "لل")) \
                and not _STRONG.search(gap_text(self.text, toks, j, j)):
            # "رئيس وزراء إثيوبيا، آبي أحمد علي"، "وزير خارجية قطر": an indefinite title of two words in construct with
            # the state the entity stage named after it (no preposition on it: "والقاضي بعقوبة الإعدام") is that
            # state's office ("أمير قطر الشيخ تميم" is left to the name after it)
            isos, j2 = [covered[j].country], covered[j].e
        if not isos and not intl and toks[i].norm.lstrip("وف") in _SOURCE_TITLES:
            return None  # "وذكرت المصادر بأن"، "مصدر مطلع": a source with no state named is no party (s27actor)
        if not isos and not intl:
            g = self.lex.gaz.longest_at(toks, j)
            if g and g[1].type == "ORG":
                j2 = g[0]
                intl = _INTL_HEADS.get(self._stem(toks[i].norm)) if g[1].sector == "IGO" else None
                if intl:  # "مبعوث الأمم المتحدة": an international office by the body named after it
                    j, sector = j2, "IGO"
        if isos:
            while j2 < len(toks) and toks[j2].norm in _RANK_ADJ and covered[j2] is None \
                    and not _STRONG.search(gap_text(self.text, toks, j2, j2)):
                j2 += 1  # "مسؤولين أميركيين بارزين"، "مسؤول إسرائيلي رفيع المستوى": rank, no name
        j0 = j2
        while j2 < len(toks) and toks[j2].norm in _FORMER and covered[j2] is None \
                and not _STRONG.search(gap_text(self.text, toks, j2, j2)):
            j2 += 1  # "الرئيس الفرنسي السابق نيكولا ساركوزي": a former or acting office, then the name
        k = self._name_words(toks, j2, covered)
        if intl and (k - j2 < 2 or any(len(toks[x].norm) < 3 for x in range(j2, k))):
            k = j2  # "أبلغ المبعوث الأممي بضرورة"، "المبعوث الدولي يسعى لـ": one word, or a particle, is no name here
        if j2 > j0 and k == j2 and not (j2 < len(toks) and covered[j2] is not None and covered[j2].kind == "PERSON"
                                        and covered[j2].s == j2):
            j2 = j0  # no name after it: as before
            k = self._name_words(toks, j2, covered)
        s, e = toks[i].start + self._clitic(toks[i], self.lex.titles), toks[max(k, j2) - 1].end
        if k > j2:  # a named person
            ns, ne = toks[j2].start, toks[k - 1].end
            name_ar = self.text[ns:ne].lstrip("#")
            last = normalize(toks[k - 1].text).lstrip("#")
            key = ("person", last)
            eid = self.aliases.get(last) or self.entity(key, name=name_ar, name_ar=name_ar, typ="PERSON",
                                                        country=isos[0] if len(isos) == 1 else None,
                                                        sector=sector, start=ns, end=ne)
            if len(last) >= 3:
                self.aliases.setdefault(last, eid)
            ent = self.by_id.get(eid)
            self.add_mention(eid, ns, ne)
            if ent is not None and self.own(eid) and ent.get("country") is None and len(isos) == 1:
                ent["country"] = isos[0]
            m = Mention(i, k, eid, "PERSON", isos[0] if len(isos) == 1 else None, sector, s, e)
            m.whole = bool(intl)  # (مدعية المحكمة الجنائية الدولية فاتو بنسودا: the court is no party of its own)
            return m
        held_by = None
        if k == j2 and j2 < len(toks) and covered[j2] is not None and covered[j2].kind == "PERSON" \
                and covered[j2].s == j2 and not self._other_nationals(covered[j2], isos):
            held_by = j2  # "مستشار الأمن القومي الأمريكي مايك والتز", "نظيره الروسي فلاديمير بوتين"
        elif k == j2 and (isos or intl):
            held_by = self._office_qualifier(toks, j2, covered)  # "المبعوث الأمريكي الخاص إلى سوريا توماس باراك"،
            # "السفير الأمريكي لدى أنقرة ديفيد ساترفيلد": the office, where it is held, then the name
        if held_by is not None:
            # the title belongs to the named person the entity stage found after it; no office party of its own
            p = covered[held_by]
            m = Mention(i, held_by, p.eid, "PERSON", p.country or (isos[0] if len(isos) == 1 else None), sector, s, e)
            m.whole = bool(intl)
            return m
        if k == j2 and j2 < len(toks) and covered[j2] is not None and covered[j2].s == j2 and covered[j2].kind == "NORP" \
                and covered[j2].e < len(toks) and covered[covered[j2].e] is not None \
                and covered[covered[j2].e].kind == "PERSON" and covered[covered[j2].e].s == covered[j2].e:
            # "كبير الدبلوماسيين الصينيين وانغ يي": title, demonym (tagged by the entity stage), named person
            p = covered[covered[j2].e]
            return Mention(i, p.s, p.eid, "PERSON", p.country or covered[j2].country, sector, s, e)
        if not isos and j2 == j and intl and not (j < len(toks) and toks[j].norm in _FORMER):
            jp = self._office_place(toks, j, covered)
            if jp > j:  # "واتهم المبعوث الأممي إلى اليمن الحوثيين": the state the envoy is sent to is part of his
                j, e = jp, toks[jp - 1].end  # title, no party of the sentence
            return self._intl_office(toks, i, j, s, e, sector, intl)
        if not isos and j2 == j and sector == "IGO" and not (j < len(toks) and toks[j].norm in _FORMER):
            title = tuple(normalize(t.text) for t in toks[i:j])
            held = self._phrase_holder((title[0].lstrip("وف"),) + title[1:])
            if held is not None:  # "وانتقد الأمين العام" after "الأمين العام للأمم المتحدة أنطونيو غوتيريس"
                p = self.by_id.get(held) or {}
                self.add_mention(held, s, e)
                return Mention(i, j, held, "PERSON", p.get("country"), sector, s, e)
        if not isos and j2 == j:
            held = self._holder(normalize(self.text[s:toks[j - 1].end]), None, s) \
                if not (j < len(toks) and toks[j].norm in _FORMER) else None
            if held is not None:  # "وقال الوزير إن": the one minister the story named before
                e0 = self.by_id.get(held) or {}
                return Mention(i, j, held, "PERSON", e0.get("country"), sector, s, e)
            if j - i == 1 and toks[i].norm.lstrip("وف") == "المسوول" and not (
                    i > 0 and (toks[i - 1].norm.lstrip("و").startswith("ال") or toks[i - 1].norm.lstrip("و") == "غير")
                    or j < len(toks) and toks[j].norm in ("عن", "عنه", "عنها", "عنهم", "الاول", "الوحيد")):
                # (not the adjective: "الموقف المعيب وغير المسؤول"، "الطرف المسؤول عن الهجوم")
                jj = j + (j < len(toks) and toks[j].norm in _OFFICIAL_ADJ
                          and not _STRONG.search(gap_text(self.text, toks, j, j)))
                held = self._official_before(s) if not (jj < len(toks) and toks[jj].norm in _FORMER) else None
                if held is not None:  # "وأبدى المسؤول العسكري رفضه" after "الجنرال جوزيف فوتيل": the official named
                    e0 = self.by_id.get(held) or {}
                    return Mention(i, jj, held, "PERSON", e0.get("country"), sector, s, toks[jj - 1].end)
            return None  # a bare title or counterpart: resolved by the caller from context
        if len(isos) == 1 and not (j2 < len(toks) and toks[j2].norm in _FORMER):
            held = self._holder(normalize(self.text[s:toks[j - 1].end]), isos[0], s)
            if held is not None:  # "الزعيم الكوري الشمالي" after "كيم جونغ أون"، "ولي العهد السعودي" after his name
                return Mention(i, j2, held, "PERSON", isos[0], sector, s, e)
            held = self._introduced_as(normalize(self.text[s:e]), isos[0], s)
            if held is not None:  # "وأضاف النجم البرتغالي" after "نفى النجم البرتغالي كريستيانو رونالدو"
                self.add_mention(held, s, e)
                m = Mention(i, j2, held, "PERSON", isos[0], sector, s, e)
                m.whole = True  # (the demonym inside it is no party of its own)
                return m
        if not isos and not intl and j2 > j and toks[j - 1].norm in ("باسم", "بإسم") and covered[j] is not None \
                and covered[j].s == j and covered[j].e == j2 and covered[j].kind == "ORG" \
                and (covered[j].country or (self.by_id.get(covered[j].eid) or {}).get("kb_id")):
            # (s32built) "وانتقد المتحدث باسم حركة حماس قرار ترامب": a spokesman of a known body with no name after the
            # title speaks for that body; it is the party (as "متحدث باسم" is: accuse.spokes_subject), not an office
            # with no country
            b = covered[j]
            return Mention(i, j2, b.eid, b.kind, b.country, b.sector, s, e)
        # an office without a name: one party per country (مستشارا الأمن القومي الأمريكي والروسي)
        surface = self.text[s:e]
        eids = []
        for iso in isos or [None]:
            eids.append(self.entity(("office", normalize(self.text[toks[i].start:toks[j - 1].end]), iso),
                                    name=surface, name_ar=surface, typ="PERSON" if isos else "ORG", country=iso,
                                    sector=sector, start=s, end=e))
        self.office_ids.update(eids)
        m = Mention(i, j2, eids[0], "PERSON", isos[0] if isos else None, sector, s, e)
        if len(eids) > 1:
            m.co = [(eid, iso) for eid, iso in zip(eids[1:], isos[1:])]
        if tagged is not None:
            m.whole = True  # (the demonym inside it is dropped by the caller)
        return m

    def _bare_office(self, toks, i, covered, out):
        """(s31offices) An office of a government named without its holder (offices.tsv): "أقال رئيس الوزراء العراقي
        حيدر العبادي وزير الداخلية"، "بإقالة وزير الداخلية ورئيس جهاز الاستخبارات العامة"، "اعتقلت الشرطة وزير الداخلية
        السابق". A party of its own, of the country the text gives it: a demonym right after it; else the one person
        the story introduced before with the same office and a country (the entity stage's role mention "وزير الداخلية
        التركي" ... "وزير الداخلية"); else the state of the party named last before it in its sentence (a head of
        government dismisses his own minister, protesters demand the dismissal of theirs); else the story's country.
        The knowledge base's holder of that office, country and date where it has one (the entity stage's rule for
        "وزير الداخلية التركي"), never for a former one. None where a name follows (the titled person is read by
        _title and the entity stage) or a word the office does not take (مدير المخابرات المركزية)."""
        offices = getattr(self.lex, "offices", None)
        hit = offices.longest_at(toks, i) if offices is not None else None
        if not hit:
            return None
        j, (sector, role) = hit
        n = len(toks)
        inner = {id(covered[k]): covered[k] for k in range(i, j) if covered[k] is not None}
        if any(c.s < i or c.e > j or c.kind not in ("ORG", "NORP") or (self.by_id.get(c.eid) or {}).get("wikidata")
               for c in inner.values()):
            return None  # (a body the entity stage tagged inside it, "قائد الشرطة"، "رئيس جهاز المخابرات", is part of
            # the office's title; a name is not)
        text = self.text
        s, e = toks[i].start + self._clitic(toks[i], offices), toks[j - 1].end
        if any(toks[x].norm.startswith(("لل", "بال", "كال")) for x in range(i + 1, j)):
            return None  # "قرر تعيينها وزيرة للصحة": the office one is made, no party
        if i > 0 and (toks[i - 1].norm in _OFFICE_UNDER or toks[i - 1].norm[:1] in "وفلب"
                      and toks[i - 1].norm[1:] in _OFFICE_UNDER) and not _STRONG.search(gap_text(self.text, toks, i, i)):
            return None  # "نائب وزير المالية"، "منصب وزير الداخلية": someone or something else than the holder
        former = False

        def after(k):  # past "السابق"، "الحالي" (a former office is no holder of the knowledge base's)
            nonlocal former
            while k < n and toks[k].norm in _FORMER and covered[k] is None \
                    and not _STRONG.search(gap_text(text, toks, k, k)):
                former, k = former or toks[k].norm not in ("الحالي", "الحاليه", "الجديد", "الجديده"), k + 1
            return k

        def named(k):  # a name follows: the holder, read by _title and the entity stage
            return k < n and not _STRONG.search(gap_text(text, toks, k, k)) and (
                covered[k] is not None and covered[k].s == k
                or not any(ch.isdigit() for ch in toks[k].text) and self._name_words(toks, k, covered) > k)

        def apposed(k):  # ", اللواء عباس مصطفى كامل": the holder named after a comma
            if k >= n or "،" not in gap_text(text, toks, k, k):
                return False
            ht = self.lex.titles.longest_at(toks, k)
            k = ht[0] if ht else k
            return k < n and covered[k] is not None and covered[k].s == k and covered[k].kind == "PERSON"

        k, iso = after(j), None
        weak = k < n and not _STRONG.search(gap_text(text, toks, k, k))  # (the next word belongs to the phrase)
        if weak and k + 1 < n and toks[k].norm == "في" and not _STRONG.search(gap_text(text, toks, k + 1, k + 1)):
            c = covered[k + 1]
            if c is None or c.s != k + 1 or c.kind != "GPE" or not c.country:
                return None  # "وزيرة الخارجية في حكومة الظل البريطانية": an office the list does not read
            iso, k = c.country, c.e  # "مدير المخابرات العامة في مصر"، "قائد الشرطة في البصرة"
        elif weak and covered[k] is not None:
            c = covered[k]
            if c.s != k or c.kind not in ("NORP", "GPE") or not c.country or not toks[k].norm.startswith("ال"):
                return None  # "وزير الداخلية قاسم الأعرجي": the holder, read by _title and the entity stage
            iso, k = c.country, c.e  # "وزير الكهرباء العراقي": the demonym the entity stage tagged
        elif weak:
            isos, k2 = self._demonyms(toks, k, covered, limit=1)
            if isos:
                iso, k = isos[0], k2
            elif toks[k].norm.startswith(("ال", "وال")):
                return None  # "مدير المخابرات المركزية"، "وزير الخارجية والتعاون الدولي": not this office
        k = after(k)
        if k < n and toks[k].norm in _ACTING and not _STRONG.search(gap_text(text, toks, k, k)):
            former, k = True, k + 1  # "بالوكالة": an acting holder, not the knowledge base's
        if named(k) or apposed(k):
            return None
        if k > j:
            e = toks[k - 1].end
        title = normalize(text[s:toks[j - 1].end])
        if iso is None:
            ant = self._office_antecedent(title, s)
            if ant is not None:
                a = self.by_id.get(ant) or {}
                self.add_mention(ant, s, e)
                m = Mention(i, k, ant, "PERSON", a.get("country"), a.get("sector") or sector, s, e)
                m.whole = bool(inner)
                return m
        if iso is None:
            iso = self._actor_state(toks, i, out)
        if iso is None:
            iso = self.focus or self.scene
        if iso is not None and role and not former:
            held = self._kb_holder(role, iso)
            if held is not None:
                self.add_mention(held, s, e)
                m = Mention(i, k, held, "PERSON", iso, sector, s, e)
                m.whole = bool(inner)
                return m
        eid = self.entity(("office", title, iso, former), name=text[s:e], name_ar=text[s:e], typ="PERSON",
                          country=iso, sector=sector, start=s, end=e)
        self.office_ids.add(eid)
        m = Mention(i, k, eid, "PERSON", iso, sector, s, e)
        m.whole = bool(inner)
        return m

    def _office_antecedent(self, title: str, before: int) -> str | None:
        """The one person (a named holder or an office of one country) the story introduced before offset ``before``
        with this office: a mention of him that reads as the office with a demonym ("وزير الداخلية التركي"), or his name
        right after the office, a demonym or a comma between ("وزير العدل، جيف سيشنز")."""
        found = set()
        words = len(title.split())
        for ent in self.ents:
            if ent.get("type") != "PERSON" or not ent.get("country"):
                continue
            for m in ent.get("mentions") or []:
                ms = m.get("start")
                if not isinstance(ms, int) or ms >= before:
                    continue
                t = normalize(str(m.get("text") or "")).lstrip("وف")
                left = normalize(self.text[max(0, ms - len(title) - 16):ms]).replace("،", " ").split()
                if t.startswith(title + " ") and len(t.split()) == words + 1 \
                        or " ".join(left[-words:]) == title or " ".join(left[-words - 1:-1]) == title:
                    found.add(str(ent["id"]))
                    break
        return found.pop() if len(found) == 1 else None

    def _actor_state(self, toks, i, out) -> str | None:
        """The state of the party named last before token i in its sentence, when it has one: a state, an official or
        a body of the state, people of a nationality or their groups (not a medium, a company or an international body)."""
        best = None
        for m in out:
            if m.e <= i and (best is None or m.e > best.e):
                best = m
        if best is None or not best.country or best.sector in ("MED", "IGO", "BUS"):
            return None
        return best.country

    def _story_date(self) -> str | None:
        """The story's publication day (ISO), as the entity stage reads it: parsed once per document, not per office
        mention (s32speed)."""
        date = self.__dict__.get("_story_day", _UNREAD)
        if date is _UNREAD:
            from ..entities.stage import _iso_date
            doc = self.doc
            date = self._story_day = _iso_date((doc.get("article") or {}).get("published")
                                               or (doc.get("meta") or {}).get("published"))
        return date

    def _kb_holder(self, role: str, iso: str) -> str | None:
        """The party of the knowledge base's holder of ``role`` in state ``iso`` on the story's date: the story's own
        entity of him, else one made here."""
        date = self._story_date()
        kb = _kb()
        hidx = kb.holder(role, iso, date)
        if hidx is None:
            return None
        he = kb.entries[hidx]
        known = next((str(x["id"]) for x in self.ents if x.get("kb_id") == he.id), None)
        if known is not None:
            return known
        eid = self.by_key.get(("kb", he.id))
        if eid is None:
            eid = self.new_entity(("kb", he.id), name=he.name, name_ar=he.name_ar or he.name, typ="PERSON",
                                  country=he.country or iso, sector=None)
            self.by_id[eid]["kb_id"] = he.id
            self.by_id[eid]["wikidata"] = he.wikidata
        return eid

    def _official_before(self, before: int) -> str | None:
        """The official a definite "المسؤول" without a name or nationality refers back to: the person (a named one or
        an office of one country, "مسؤول أمريكي") mentioned last before offset ``before``, when he has a country and no
        other person was mentioned since the sentence that named him began."""
        last: list[tuple[int, int, str]] = []
        for ent in self.ents:
            if ent.get("type") != "PERSON":
                continue
            ends = [(int(m["start"]), int(m["end"])) for m in ent.get("mentions") or []
                    if isinstance(m.get("start"), int) and m["end"] <= before]
            if ends:
                last.append(max(ends) + (str(ent["id"]),))
        if not last:
            return None
        last.sort()
        s0, e0, eid = last[-1]
        ent = self.by_id.get(eid) or {}
        if not ent.get("country") or ent.get("sector") in ("MED", "CVL"):
            return None
        opening = max(self.text.rfind(c, 0, s0) for c in ".\n؟!")
        if len(last) > 1 and last[-2][0] > opening:
            return None  # (two persons in the sentence that named him: which one is not said)
        return eid

    def _other_nationals(self, p, isos) -> bool:
        """Is the known person after an office of a state a national of another state ("وناشد الرئيس الفرنسي ترامب"،
        "التقى وزير الخارجية الأمريكي لافروف": the office is the subject, the person the object)? Only for persons the
        knowledge base knows, whose country is certain."""
        if not isos or not p.country or p.country in isos:
            return False
        e = self.by_id.get(p.eid) or {}
        return bool(e.get("wikidata")) and e.get("country") == p.country

    def _person_at(self, start: int) -> bool:
        """Whether an entity-stage mention of a person starts at this offset."""
        k = bisect.bisect_left(self.stage_mentions, (start,))
        while k < len(self.stage_mentions) and self.stage_mentions[k][0] == start:
            if (self.by_id.get(self.stage_mentions[k][2]) or {}).get("type") == "PERSON":
                return True
            k += 1
        return False

    def _office_place(self, toks, j, covered) -> int:
        """The end of "(الخاص) إلى اليمن"، "لدى سوريا" right after an office of an international body (a state, body or
        city the entity stage named, no punctuation on the way), else j."""
        n = len(toks)
        k = j + 1 if j < n and toks[j].norm in ("الخاص", "الخاصه") else j
        if k + 1 >= n or toks[k].norm not in ("الي", "لدي") or covered[k + 1] is None or covered[k + 1].s != k + 1 \
                or covered[k + 1].kind not in ("GPE", "ORG", "LOC") \
                or _STRONG.search(gap_text(self.text, toks, j, k + 2)):
            return j
        return covered[k + 1].e

    def _office_qualifier(self, toks, j, covered) -> int | None:
        """Where an office is held, between the office and its holder's name: "الخاص إلى سوريا"، "لدى الأمم المتحدة"،
        "في أنقرة"، "الخاص لشؤون الأسرى". The token of the named person (a PERSON mention of the entity stage) that
        follows it, with no punctuation on the way; else None."""
        n = len(toks)
        k = j + 1 if j < n and toks[j].norm in ("الخاص", "الخاصه") else j
        if k >= n or _STRONG.search(gap_text(self.text, toks, j, k + 1)):
            return None
        w = toks[k].norm
        if w in ("الي", "لدي", "في") and k + 1 < n and covered[k + 1] is not None and covered[k + 1].s == k + 1 \
                and covered[k + 1].kind in ("GPE", "ORG", "LOC"):
            k = covered[k + 1].e  # (to a state, a body or a city named by the entity stage)
        elif w.startswith("لشوون") and k + 1 < n and covered[k + 1] is None:
            k += 2 if w == "لشوون" else 1  # "لشؤون الأسرى"، "لشؤون سوريا"
        else:
            return None
        if k >= n or covered[k] is None or covered[k].kind != "PERSON" or covered[k].s != k \
                or _STRONG.search(gap_text(self.text, toks, j, k + 1)):
            return None
        return k

    def _instrument(self, toks, i, covered, out):
        """"وقصفت مدفعية الجيش اليمني"، "طائرات التحالف"، "طائرات إسرائيلية": weapons or units named with their owner
        (a party right after them, a nationality adjective, or a bare head referring back to a body named before, in
        this sentence too: "غارات التحالف العربي ... فيما قصفت مدفعية التحالف") stand for the owner."""
        k = i + 1
        if k >= len(toks) or _STRONG.search(gap_text(self.text, toks, k, k)):
            return None
        w = toks[i].norm
        s = toks[i].start + (1 if w not in _INSTRUMENTS else 0)
        c = covered[k]
        if c is not None:
            if c.s != k or c.kind not in ("ORG", "GPE", "NORP") or c.co or (c.kind == "NORP" and not c.country):
                return None
            out.remove(c)
            for x in range(c.s, c.e):
                covered[x] = None
            if c.kind == "NORP":  # "طائرات إسرائيلية": the state
                eid = self._member_state(c.country, s, c.end)
                return Mention(i, c.e, eid, "ORG", c.country, "MIL", s, c.end)
            e = self.by_id.get(c.eid) or {}
            return Mention(i, c.e, c.eid, "ORG", c.country, c.sector or e.get("sector"), s, c.end)
        hit = self.lex.gaz.longest_at(toks, k)
        if hit and hit[1].type == "NORP" and hit[1].iso3:
            eid = self._member_state(hit[1].iso3, s, toks[hit[0] - 1].end)
            return Mention(i, hit[0], eid, "ORG", hit[1].iso3, "MIL", s, toks[hit[0] - 1].end)
        head = _anaphor_stem(toks[k].norm)
        if head and self._bare_head(toks, k, covered):
            ant = self._antecedent(head, toks[k].start, toks[k].start)  # (this sentence's bodies count)
            if ant is not None:
                e = self.by_id.get(ant) or {}
                return Mention(i, k + 1, ant, "ORG", e.get("country"), e.get("sector"), s, toks[k].end)
        return None

    def _named_mention(self, m) -> bool:
        """Does the mention name a known party (a KB entry or a Wikidata item), not a generic noun?"""
        e = self.by_id.get(m.eid) or {}
        return bool(e.get("kb_id") or e.get("wikidata"))

    def _proxy(self, toks, i, covered):
        """"وفدا من مجلس النواب الأميركي"، "وفد حماس"، "ممثلون عن \"الجيش السوري الحر\""، "نقابيون من الكونفدرالية":
        people who stand for the body or state named after them (after من/عن, or in construct) are that party;
        "وفدا برلمانيا أميركيا": a delegation of the state of the demonym after its adjectives; "سكان مدينة البصرة"،
        "أهالي قرية X": the civilians of the place, with its country."""
        n = len(toks)
        w = toks[i].norm
        kind = _proxy_head(w)
        s = toks[i].start + (1 if _PROXY_HEADS.get(w) is None else 0)
        k = i + 1
        if k >= n or _STRONG.search(gap_text(self.text, toks, k, k).replace('"', "").replace("«", "")):
            return None
        if kind == "res":
            if toks[k].norm in _PLACE_NOUNS and covered[k] is None:
                k += 1
                if k >= n or _STRONG.search(gap_text(self.text, toks, k, k)):
                    return None
            c = covered[k]
            if c is None or c.s != k or c.kind not in ("GPE", "LOC") or not c.country or c.co:
                return None
            label, e = self.text[s:c.end], toks[k - 1].end
            eid = self.entity(("residents", c.eid), name=label, name_ar=label, typ="NORP", country=c.country,
                              sector="CVL", start=s, end=e)
            return Mention(i, k, eid, "NORP", c.country, "CVL", s, e)  # (the place stays a mention of its own, as
            # after سكان in _generic: what the place implies of the story's parties still holds)
        if kind == "delegation" and covered[k] is None and toks[k].norm not in _PROXY_LINKS:
            j = k
            while j < n and j - k < 3 and covered[j] is None and toks[j].norm in _DELEGATION_ADJ \
                    and not _STRONG.search(gap_text(self.text, toks, j, j)):
                j += 1
            c = covered[j] if j < n and j > k and not _STRONG.search(gap_text(self.text, toks, j, j)) else None
            if c is None or c.s != j or c.kind != "NORP" or not c.country or c.co:
                return None
            sector = "LEG" if any(toks[x].norm.startswith("برلمان") for x in range(k, j)) else "GOV"
            label = self.text[s:c.end]
            eid = self.entity(("generic", "وفد", c.country), name=label, name_ar=label, typ="ORG", country=c.country,
                              sector=sector, start=s, end=c.end)
            return Mention(i, c.e, eid, "ORG", c.country, sector, s, c.end)
        if toks[k].norm in _PROXY_LINKS:
            k += 1
        elif kind == "rep":
            return None  # "ممثلين" alone: no party named
        if k >= n or _STRONG.search(gap_text(self.text, toks, k, k).replace('"', "").replace("«", "")):
            return None
        c = covered[k]
        if c is None or c.s != k or c.kind not in ("ORG", "GPE") or c.co or not self._named_mention(c):
            return None  # (a generic body: "ممثلو الادعاء" are the prosecutors, "وفد من الحكومة" is told by the story)
        e = self.by_id.get(c.eid) or {}
        if c.kind == "GPE" and not str(e.get("kb_id") or "").startswith("country:"):
            if not c.country:
                return None
            # "ممثلون عن أبوظبي"، "وفد من غزة": a city stands for its state
            eid = self._member_state(c.country, s, c.end)
            return Mention(i, c.e, eid, "GPE", c.country, "GOV", s, c.end)
        return Mention(i, c.e, c.eid, c.kind, c.country, c.sector or e.get("sector"), s, c.end)

    def _bare_head(self, toks, i, covered) -> bool:
        """Is the definite head noun at i used alone (واتهمت المنظمة التحالف، وقالت الوزارة إن), not opening a name or
        a description with a definite adjective (المنظمة الدولية للهجرة، المجلس الأعلى، الوزارة الروسية)?"""
        k = i + 1
        if k >= len(toks) or _STRONG.search(gap_text(self.text, toks, k, k)):
            return True
        nxt = toks[k].norm
        if not nxt.startswith("ال") or nxt in _NOT_HEAD_ADJECTIVE:
            return True  # (a preposition, a relative pronoun or a day: "داعياً الحركة الى"، "المنظمة التي تتخذ")
        if toks[i].text.endswith("ة") and not toks[k].text.endswith(("ة", "ى", "ا")) and not nxt.startswith(("الا", "الأ")) \
                and len(nxt) > 4:
            return True  # "ودعت الحركة الوسطاء": a feminine head takes a feminine adjective; what follows is its object
        if covered is not None and covered[k] is not None:
            return covered[k].kind != "NORP"
        hit = self.lex.gaz.longest_at(toks, k)
        if hit:
            return hit[1].type not in ("NORP",)
        if self.lex.parties.longest_at(toks, k) or self.lex.titles.longest_at(toks, k):
            return True
        if self.stage_mentions:
            x = bisect.bisect_left(self.stage_mentions, (toks[k].start,))
            if x < len(self.stage_mentions) and self.stage_mentions[x][0] == toks[k].start:
                e = self.by_id.get(self.stage_mentions[x][2]) or {}
                return e.get("type") != "NORP"
        return False

    def _anaphor_role(self, toks, i) -> bool:
        """Can the head noun at i stand for its organisation as a party here? Not as the genitive of a person's office
        or membership (رئيسة اللجنة، أحد أعضاء اللجنة، الأمين العام للحزب: the person acts), nor after أمام (كلمة أمام
        المجلس: where one speaks), nor as the verbal noun "allying" (لا مانع لديه من التحالف معها)."""
        if i + 1 < len(toks) and toks[i + 1].norm in ("مع", "معها", "معه", "معهم", "معهما") \
                and _anaphor_stem(toks[i].norm) == "تحالف":
            return False
        if i == 0:
            return True
        p = toks[i - 1].norm.lstrip("وف")
        p0 = toks[i - 1].norm  # (not stripped: في)
        if i > 1 and (p0 == "في" and toks[i - 2].norm.lstrip("وف") in ("الاعضاء", "الاعضا", "عضو")
                      or not p.startswith("ال") and p0 not in ("باسم", "عن", "في", "من", "لدى")
                      and toks[i - 2].norm.lstrip("وفل").startswith(_OFFICE_HEADS)):
            return False  # "الدول الأعضاء في الحلف": its members; "رئيس بعثة المنظمة": a person's office
        return not (p.startswith(_OFFICE_HEADS) or p in _MEMBER_WORDS or p == "امام")

    def _antecedent(self, head: str, sent_start: int, before: int) -> str | None:
        """The organisation named before offset ``before`` by a name opening with this head noun (وزارة الداخلية المصرية
        for الوزارة, جماعة الإخوان المسلمين for الجماعة), or None: when no other organisation with that head was named
        before, and no name with that head the parties do not know came between (لمجلس النقباء)."""
        best, at, end, cands = None, -1, -1, set()
        fbest, fat, fend, fitted = None, -1, -1, set()
        # (an organisation named in the same sentence is a party of it already: "الحصار الذي تفرضه جماعة الحوثي ...
        # جرائم الميليشيات" names no second party)
        ments = [(mm.get("start"), mm.get("end"), mm.get("text") or "", str(ent["id"])) for ent in self.ents
                 if ent.get("type") == "ORG" for mm in ent.get("mentions") or []]
        ments += [(fs, fe, self.text[fs:fe], fid) for fs, fe, fid in self.found]
        fits = _HEAD_SECTORS.get(head)
        for ms, me, txt, eid in ments:
            if not isinstance(ms, int) or ms >= before:
                continue
            fit = False
            if fits:
                e = self.by_id.get(eid) or {}
                if e.get("sector") in fits and (e.get("kb_id") or e.get("wikidata")) and txt.split() \
                        and _anaphor_stem("ال" + normalize(txt.split()[0])) != head:
                    fit = True  # (حماس is a حركة, هيومن رايتس ووتش an منظمة)
                    txt = head + " " + txt
            lead = self.text[max(0, ms - 12):ms] if not fit else ""
            if " " not in txt.strip() or lead.rstrip().endswith(('"', "«", "“")) and txt.split() \
                    and _anaphor_stem("ال" + normalize(txt.split()[0])) != head \
                    and not normalize(txt.split()[0]).startswith("ال"):  # (حزب "المرأة الحديدية": an epithet)
                # a name after its head noun, set apart by quotes (حركة "حماس"، جماعة "الإخوان"، جماعة "بوسي رايوت"):
                # the head is the word before it
                if not lead.rstrip().endswith(('"', "«", "“")):
                    continue
                words = lead.replace('"', " ").replace("«", " ").replace("“", " ").split()
                if not words:
                    continue
                txt = words[-1] + " " + txt
            w0 = normalize(txt.split()[0])
            stem = w0 if w0 in _ANAPHOR_HEADS else _anaphor_stem(w0)
            if stem == head and ms >= sent_start:
                return None
            if stem == head:
                if fit:
                    fitted.add(eid)
                    if ms > fat:
                        fbest, fat, fend = eid, ms, int(me or ms)
                    continue
                cands.add(eid)
                if ms > at:
                    best, at, end = eid, ms, int(me or ms)
        if not cands and len(fitted) == 1:
            # only by its kind when no body was named with the head itself (جماعة حقاني ... الجماعة, not طالبان)
            best, at, end, cands = fbest, fat, fend, fitted
        if len(cands) != 1:
            return None  # two parties, two ministries named before: which one is not said
        if any(sent_start <= (mm.get("start") or -1) < before for mm in (self.by_id.get(best) or {}).get("mentions") or []) \
                or any(sent_start <= fs < before and fid == best for fs, fe, fid in self.found):
            return None  # (named in this sentence by another name: "#جماعة_الحوثي ... للميليشيات")
        for w in normalize(self.text[end:before]).split():
            if head in (w, w[1:]) and not w.startswith(("ال", "لل")) or w[:1] in "وفبل" and head == w[2:] and w[:2] != "لل" \
                    and not w[1:].startswith(("ال", "لل")):
                return None  # "اجتماع طارئ لمجلس النقباء ... أن المجلس": a body named since that is no party here
                # (the head again with its article, "المتحدث باسم الحركة", refers back to the same body)
        return best

    def _anaphor(self, toks, i, covered):
        """"واتهمت المنظمة التحالف العربي" after "أصدرت منظمة العفو الدولية تقريرا": a definite head noun alone refers
        back to the organisation named before with it."""
        head = _anaphor_stem(toks[i].norm)
        if head is None:
            return None
        bare = self._bare_head(toks, i, covered)
        if not bare and not (head in _OUTLET_HEADS and i + 1 < len(toks) and covered is not None
                             and covered[i + 1] is not None and covered[i + 1].kind == "NORP" and covered[i + 1].s == i + 1):
            return None
        if not self._anaphor_role(toks, i):
            return None
        t = toks[i]
        ant = self._antecedent(head, toks[0].start, t.start)
        if ant is None:
            return None
        if not bare and (self.by_id.get(ant) or {}).get("country") != covered[i + 1].country:
            return None  # "اعتذر الموقع الإيراني" after "موقع فردا نيوز الإيراني": the outlet's own adjective
        w = t.norm
        cut = 0
        if len(w) == len(t.text):  # (the clitics before ال, or the ل of لل)
            cut = 1 if w[:1] in "وف" and w[1:].startswith(("ال", "لل", "بال", "كال")) else 0
            cut += 1 if w[cut:].startswith(("لل", "بال", "كال")) else 0
        e = self.by_id.get(ant) or {}
        self.add_mention(ant, t.start + cut, t.end)
        return Mention(i, i + 1, ant, "ORG", e.get("country"), e.get("sector"), t.start + cut, t.end)

    def _joint(self, toks, i, covered, out):
        """A body of two states named by its head and their two nationality adjectives, after at most two adjectives
        of its own: "اللجان الفنية الأردنية السورية"، "اللجنة العسكرية الروسية التركية"، "الوفدين الأمريكي والكوري
        الشمالي": the two states, as one coordinated party (their act is between them)."""
        lex, n = self.lex, len(toks)
        k = i + 1
        while k < n and k - i <= 2 and covered[k] is None and toks[k].norm.startswith("ال") \
                and toks[k].norm not in lex.stop and not lex.gaz.longest_at(toks, k) \
                and not _STRONG.search(gap_text(self.text, toks, k, k)):
            k += 1  # (الفنية، العسكرية، المشتركة)
        isos, taken = [], []
        while k < n and len(isos) < 2 and not _STRONG.search(gap_text(self.text, toks, k, k)):
            c = covered[k]
            if c is not None:
                if c.s != k or c.kind != "NORP" or not c.country or c.co:
                    break
                isos.append(c.country)
                taken.append(c)
                k = c.e
                continue
            hit = lex.gaz.longest_at(toks, k)
            if not hit or hit[1].type != "NORP" or not hit[1].iso3:
                break
            isos.append(hit[1].iso3)
            k = hit[0]
        if len(isos) < 2 or isos[0] == isos[1]:
            return None
        for c in taken:
            out.remove(c)
            for x in range(c.s, c.e):
                covered[x] = None
        w = toks[i].norm
        s, e = toks[i].start + (1 if w[:1] == "و" and w not in _JOINT_HEADS else 0), toks[k - 1].end
        eids = [self._member_state(iso, s, e) for iso in isos]
        m = Mention(i, k, eids[0], "ORG", isos[0], None, s, e)
        m.co = [(eids[1], isos[1])]
        return m

    def _dual_title(self, toks, i, covered, out):
        """An office named for two or more holders at once by a dual or plural title (data/title_duals.tsv), its
        genitive (up to three words: الخارجية، الداخلية والعدل، الأمن القومي) and their states: two demonyms joined by
        و (مستشارا الأمن القومي الأمريكي والروسي), a plural demonym (لوزيري الداخلية والعدل الأمريكيين، وزيرين
        تركيين: one state's), or states in the genitive (وزراء خارجية ألمانيا وبريطانيا وفرنسا). One party per state,
        the office's (with the title's sector), as a coordinated mention; a named person right after a demonym is that
        state's party (وزيرا الدفاع الأمريكي جيم ماتيس والتركي نور الدين جانيكلي)."""
        lex, n, text = self.lex, len(toks), self.text
        w = toks[i].norm
        one = _dual_base(w)
        if one is None:
            return None
        nosector, one = one.endswith("-"), one.rstrip("-")
        f = w[1:] if w[:1] in "وف" and len(w) > 4 and _dual_base(w[1:]) else w
        f = "ا" + f[1:] if f[:2] == "لل" and "ا" + f[1:] in _dual_forms() else (
            f[1:] if f[:1] in "بل" and f[1:] in _dual_forms() else f)
        plain = one.startswith("ال") and not f.startswith("ال")  # (a broken plural listed with its article)
        sector = (lex.titles.trie.get(one) or lex.titles.trie.get(one[2:] if one.startswith("ال") else "ال" + one)
                  or {}).get("$") if not nosector else None  # (ممثل، مندوب، قادة: no sector of their own)
        sound = f.endswith(("ين", "ان")) and f[:-2] + ("ه" if one.endswith("ه") else "") in (one, one[2:])
        # (a sound dual or plural with its ن is no construct: "وزيرين تركيين"، "الرئيسين الأمريكي والروسي")
        dual = sound or f[-1:] in "اي"  # (two holders: each may be named after his demonym)
        k = i + 1
        while not sound and not f.startswith("ال") and k < n and k - i <= 3 and covered[k] is None \
                and not _STRONG.search(gap_text(text, toks, k, k)):
            x = toks[k].norm
            if x in lex.stop or x.startswith(("لل", "بال", "كال")) or lex.gaz.longest_at(toks, k) \
                    or token_mask(x) & (lex.titles.bit | lex.parties.bit) or not toks[k].text[:1].isalpha() \
                    or x.lstrip("و") in ("البلدين", "الدولتين", "البلدان", "الدولتان"):
                break
            k += 1  # (الخارجية، الداخلية والعدل، خارجية)
        if not sound and k == i + 1 and not plain and f[-1:] in "اي":
            return None  # "رئيسا" without a genitive: "as president"
        key = " ".join([one] + [normalize(toks[x].text) for x in range(i + 1, k)])
        isos, who, taken = [], [], []
        while k < n and len(isos) < 8:
            if isos and not toks[k].norm.startswith("و") or not isos and toks[k].norm[:1] == "و" and k > i + 1:
                break  # ("قادة المملكة والإمارات": the genitive is a list the words before open)
            gap = gap_text(text, toks, k, k)
            if _STRONG.search(gap) and not (isos and dual and gap.strip() in ("،", ",")):
                break  # ("للرئيسين المصري عبدالفتاح السيسي، والسوداني عمر البشير")
            c = covered[k]
            if c is not None:
                if c.s != k or c.kind not in ("NORP", "GPE") or not c.country or c.co:
                    break
                iso, kind, k2 = c.country, c.kind, c.e
                taken.append(c)
            else:
                hit = lex.gaz.longest_at(toks, k)
                if not hit or hit[1].type not in ("NORP", "GPE") or not hit[1].iso3:
                    break
                iso, kind, k2 = hit[1].iso3, hit[1].type, hit[0]
            if kind == "GPE":
                break  # (states named in the genitive are parties already: "وزيرا خارجية مصر والسودان")
            p = None
            if kind == "NORP" and dual and k2 < n and not _STRONG.search(gap_text(text, toks, k2, k2)):
                c2 = covered[k2]
                if c2 is not None and c2.kind == "PERSON" and c2.s == k2:
                    p, k2 = c2.eid, c2.e
                    taken.append(c2)
                elif c2 is None:
                    k3 = self._name_words(toks, k2, covered)
                    kb = _kb()
                    if k3 > k2 and any(toks[k2].norm in x for x in (kb.given, kb.first_names, kb.name_tokens)):
                        # a named person the entity stage left (a known name first: "القادة الفلسطينيين بعدم" names none)
                        ns, ne = toks[k2].start, toks[k3 - 1].end
                        last = normalize(toks[k3 - 1].text).lstrip("#")
                        p = self.aliases.get(last) or self.entity(
                            ("person", last), name=text[ns:ne], name_ar=text[ns:ne], typ="PERSON", country=iso,
                            sector=sector, start=ns, end=ne)
                        self.add_mention(p, ns, ne)
                        k2 = k3
            if iso not in isos:
                isos.append(iso)
                who.append(p)
            k = k2
        if not isos:
            return None
        for c in taken:
            if c in out:
                out.remove(c)
            for x in range(c.s, c.e):
                covered[x] = None
        cut = len(w) - len(f) if len(w) == len(toks[i].text) and not (f[:1] == "ا" and w[len(w) - len(f):][:1] != "ا") \
            else (1 if w[:1] in "وف" else 0)
        if f[:1] == "ا" and w.endswith(f[1:]) and not w.endswith(f):
            cut = len(w) - len(f) + 1  # (للوزيرين: ل + الوزيرين, the article's alef unwritten)
        s, e = toks[i].start + cut, toks[k - 1].end
        surface = text[s:e]
        eids = []
        definite = dual and (one.startswith("ال") or any(x.startswith("ال") for x in key.split()[1:]))
        for iso, p in zip(isos, who):
            if p is None and definite:
                # "الرئيسين التركي والفرنسي" after "الرئيس التركي رجب طيب أردوغان ونظيره الفرنسي ايمانويل ماكرون": each
                # state's holder the story named before (parties._holder), as a bare definite title refers back to him
                p = self._holder(key, iso, s, definite=True)
            if p is None:
                p = self.entity(("office", key, iso), name=surface, name_ar=surface, typ="PERSON", country=iso,
                                sector=sector, start=s, end=e)
                self.office_ids.add(p)
            eids.append(p)
        m = Mention(i, k, eids[0], "PERSON", isos[0], sector, s, e)
        m.co = [(eid, iso) for eid, iso in zip(eids[1:], isos[1:])]
        return m

    @staticmethod
    def _stem(w: str) -> str:
        """An office noun without its clitics and article (للمبعوث، والمبعوثة → مبعوث)."""
        w = w.lstrip("وفبل") if not w.startswith("ال") else w
        return w[2:] if w.startswith("ال") else w

    def _intl_head(self, toks, i, j) -> str | None:
        """The head of a title phrase toks[i:j] naming an office of an international body (المبعوث الأممي، المنسقة
        الأممية، مدعية المحكمة الجنائية الدولية), or None."""
        head = _INTL_HEADS.get(self._stem(toks[i].norm))
        if head is None or not any(toks[x].norm in _INTL_WORDS for x in range(i + 1, j)):
            return None
        return head

    def _intl_office(self, toks, i, j, s, e, sector, head) -> Mention:
        """An office of an international body without a name here (واتهم المبعوث الدولي قوات النظام): the one person
        the story names with that office (المبعوث الأممي إلى اليمن مارتن غريفيث), else a party of its own, with no
        country (the envoy to Yemen is not Yemen)."""
        held = self._intl_holder(head)
        if held is not None:
            p = self.by_id.get(held) or {}
            self.add_mention(held, s, e)
            m = Mention(i, j, held, "PERSON", p.get("country"), sector, s, e)
        else:
            surface = self.text[s:e]
            eid = self.entity(("office", head, None), name=surface, name_ar=surface, typ="PERSON", country=None,
                              sector=sector, start=s, end=e)
            self.office_ids.add(eid)
            m = Mention(i, j, eid, "PERSON", None, sector, s, e)
        m.whole = True
        return m

    def _named_after(self, keep, span: int) -> str | None:
        """The one named person (not a role, not an office of the coder's) one of whose mentions follows a phrase
        ``keep`` accepts: ``keep(words)`` gets the last ``span`` normalised words before the mention (back to a
        sentence break) and says whether they name his title. None unless exactly one person fits."""
        found = set()
        for ent in self.ents:
            if ent.get("type") != "PERSON" or ent.get("status") == "role" or str(ent.get("id")) in self.office_ids:
                continue
            for mm in ent.get("mentions") or []:
                ms = mm.get("start")
                if not isinstance(ms, int):
                    continue
                win = self.text[max(0, ms - 90):ms]
                cut = [x.end() for x in _WINDOW_STOP.finditer(win)]
                if keep(normalize(win[cut[-1] if cut else 0:]).split()[-span:]):
                    found.add(str(ent["id"]))
        return found.pop() if len(found) == 1 else None

    def _phrase_holder(self, title: tuple) -> str | None:
        """The one person whose name the text gives within six words after this title (normalised words): "الأمين العام
        للأمم المتحدة أنطونيو غوتيريس" for a later bare "الأمين العام"; None unless exactly one person fits."""
        n = len(title)

        def keep(words):
            for h in range(len(words) - n, -1, -1):
                if tuple(words[h:h + n]) == title or words[h].lstrip("وف") == title[0] and tuple(
                        words[h + 1:h + n]) == title[1:]:
                    return not set(words[h + n:]) & _PAST
            return False
        return self._named_after(keep, n + 6)

    def _intl_holder(self, head: str) -> str | None:
        """The one person whose name the text gives right after an international office of this head (المبعوث
        الأممي إلى اليمن مارتن غريفيث، المنسق الأممي المعني بشؤون سوريا بانوس مومتزيس): up to six words between
        them, no sentence break, not a former holder. None unless exactly one person fits."""
        def keep(words):
            for h in range(len(words) - 1, -1, -1):
                if _INTL_HEADS.get(self._stem(words[h])) == head:
                    rest = words[h + 1:]
                    return len(rest) <= 6 and any(w in _INTL_WORDS for w in rest) and not set(rest) & _PAST
            return False
        return self._named_after(keep, 8)

    def _generic(self, toks, i, covered):
        hit = self.lex.parties.longest_at(toks, i)
        if not hit:
            return None
        j, g = hit
        g: Generic
        if _homograph_here(self.lex.homographs, self.text, toks, i, j, self._clitic(toks[i], self.lex.parties)):
            return None  # "بالقضاء على"، "السياسة الخارجية": a common word, not the judiciary or the ministry
        if g.sector == "MED" and "ل" in toks[i].norm[:self._clitic(toks[i], self.lex.parties)]:
            return None  # "وقال بومبيو لصحافيين"، "في تصريحات للصحفيين": the audience of a statement, no party
            # (corpus: nearly every لـ/للـ before journalists follows a verb or a noun of speech)
        head = normalize(toks[j - 1].text).lstrip("وفبل")
        lone = j - i == 1 and head in _LONE_HEAD and self._lone_doer(toks, i, j)
        if j - i == 1 and g.english in _victim_labels() and (
                not _bare_word(toks[i].norm, _VICTIM_BARE) or toks[i].norm.lstrip("وف").startswith("ل")
                or toks[i].norm.endswith("ه") and not toks[i].text.endswith("ة")):
            return None  # "والد الطفلة"، "طفلتها"، "لقوله لطفلة"، "تركه طفله": one person by age or trade is a party only
            # indefinite, bare and not after ل (s27victims: "قتل الجيش السوري طفلا"، "أدانت محكمة ضابطا سابقا")
        if j - i == 1 and g.english == "soldier" and i > 0 and (
                toks[i - 1].norm.replace(",", "").replace(".", "").isdigit() or toks[i - 1].norm.lstrip("و") in _BIG_COUNTS
                or toks[i - 1].norm.lstrip("و") in _NUMBER_WORDS) and not any(
                toks[k].norm.lstrip("وفبل").startswith(_SUFFERED) for k in range(max(0, i - 5), i)):
            return None  # (s31assault) "ينشر تسعين ألف جندي"، "أرسل أوباما 1200 جندي": troops counted are a party only as
            # the ones an act of harm befell ("مقتل 100 جندي"، "قتل 15 جنديا"), as شخص is
        if g.english == "residential areas" and (toks[i].norm.lstrip("وف")[:1] in ("ب", "ك")
                                                  or i > 0 and (toks[i - 1].norm in _PLACE_PREP or toks[i - 1].norm[:1]
                                                                in "وف" and toks[i - 1].norm[1:] in _PLACE_PREP)):
            return None  # "تتمركز وسط الأحياء السكنية"، "زرع الألغام في القرى السكنية": a place where something is, not the
            # target of a strike ("شنوا قصفا على القرى السكنية"، "استهداف الأحياء السكنية")
        if g.english == "attacker" and not lone:
            return None  # "رجل الأعمال"، "قتل رجل": a man is a party only as the doer of an attack (lone/* in wordsets)
        if lone:
            g = g._replace(sector="REB", english="attacker")  # "أن رجلا فجر"، "امرأة أطلقت النار": no civilian victim
            # (the stage drops civilians before an attack verb as its victims), the one who attacks
        if j - i == 1 and head.removeprefix("ال") in _COUNTED_ONLY and not lone:
            if not (i > 0 and (toks[i - 1].norm.replace(",", "").replace(".", "").isdigit()
                               or toks[i - 1].norm.lstrip("و") in _BIG_COUNTS)):
                return None  # "شخص" alone (كل شخص، شخص واحد) is no party; "ألف شخص"، "4100 شخص" are people counted
            window = range(max(0, i - 5), i)
            if any(toks[k].norm.lstrip("و").startswith(_CENSUS) for k in window) or not any(
                    toks[k].norm.lstrip("وفبل").startswith(_SUFFERED) for k in window):
                return None  # "ويبلغ عدد سكانها حوالي 230 ألف شخص"، "والبالغ عددهم نحو 7 آلاف شخص": a head count, no
                # party; the people counted are a party only as the ones an act of harm or detention befell ("وقتلت
                # الشرطة 4100 شخص"، "اعتقلت 160 ألف شخص"، "إصابة أكثر من 1200 شخص"); a crowd counted is the protest reader's
        if g.english == "countries":
            prev = toks[i - 1].norm.lstrip("و") if i > 0 else ""
            if i > 0 and (prev.replace(",", "").replace(".", "").isdigit() or prev in _NUMBER_WORDS) and not covered[i - 1]:
                return self._counted_states(toks, i, j, covered, g)
            if j - i == 1 and head in _PLURAL_STATES and j < len(toks) and covered[j] is None \
                    and not toks[j].norm.startswith(("ال", "و")) and toks[j].norm.endswith(("يه", "اخري")) \
                    and not _STRONG.search(gap_text(self.text, toks, j, j)):
                # "ودول أخرى دعمت بريطانيا"، "ونددت دول غربية"، "ودعت دول عربية": bare plural states with an indefinite
                # adjective are one collective party, like الدول الغربية (s27actor)
                return self._counted_states(toks, i, j, covered, g, counted=False)
            return None  # "دولة" alone (دولة الاحتلال، الدولة): no party; "و14 دولة أوروبية"، "خمس دول" are states
            # counted, one collective party
        if head.endswith("امن") and (j < len(toks) and toks[j].norm in ("القومي", "الوطني", "الداخلي", "الاقليمي")
                                     or i > 0 and toks[i - 1].norm.lstrip("و").startswith(
                                         ("مجلس", "المجلس", "مستشار", "وزير", "وزاره", "مدير", "رييس", "قايد"))):
            return None  # "مستشار الأمن الوطني", "المجلس الأعلى للأمن القومي": part of a name, not security forces
        if head in ("امن", "الامن") and j - i == 1 and toks[i].norm.startswith("للامن"):
            return None  # "مؤتمر ميونخ للأمن"، "المديرية العامة للأمن العام"، "تهديدا للأمن القومي": a name's or a
            # threat's complement, no security force (about 300 corpus uses of للأمن, none a party; s21fp2)
        if head.endswith("امن") and i > 0 and toks[i - 1].norm.lstrip("وفبل") in _SECURITY_STATE:
            return None  # "استعادة الأمن"، "زعزعة الأمن"، "حفظ الأمن": security as a state of affairs, not a force
        if head in _ARMED_ADJ and i > 0 and toks[i - 1].norm.lstrip("و") == "غير":
            return None  # "مقتل شاب فلسطيني غير مسلح برصاص قناصة إسرائيليين": unarmed, a description, no gunman
        if j - i == 1 and (head[2:] if head.startswith("ال") else head) in ("مسلح", "مسلحه") and i > 0 \
                and toks[i - 1].norm.lstrip("وفبل") in _ARMED_OF:
            return None  # "الهجوم المسلح"، "النزاع المسلح"، "الجناح المسلح لحركة فتح": an adjective of a deed or a
            # wing, no gunman (audit 3: the suspects arrested over "الهجوم المسلح" were read as "المسلح")
        if j - i == 1 and head == "مسلحا" and i > 0 and toks[i - 1].norm.endswith("ا") and (
                covered[i - 1] is not None and not gap_text(self.text, toks, i, i).strip()
                or toks[i].norm[:1] != "و" and len(toks[i - 1].norm) >= 4 and not toks[i - 1].norm[:1].isdigit()
                and not _STRONG.search(gap_text(self.text, toks, i, i))):
            return None  # "armed" in the accusative is the adjective of the indefinite noun before it: of the party named
            # there ("استهدفت فلسطينياً مسلحاً"، "نشرت ... 50 جندياً مسلحاً") or of a deed ("نفذت المقاومة الشعبية كميناً
            # مسلحاً"، "صراعا مسلحا"), no gunman (a count before it is: "قتل 20 مسلحا"; the entity stage reads it alike)
        if head in ("الغرب", "غرب") and (j < len(toks) and toks[j].norm in ("من", "منها", "منه") or i > 0 and toks[
                i - 1].norm.lstrip("و") in ("نحو", "باتجاه", "جهه", "الي", "اقصي", "شمال", "جنوب", "شرق", "غرب", "عبر")):
            return None  # "إلى الغرب من دمشق"، "باتجاه الغرب": a direction, not the Western bloc
        if i > 0 and toks[i - 1].norm.lstrip("وفبل") in ("شوون", "شان", "لشوون") \
                and not _STRONG.search(gap_text(self.text, toks, i, i)):
            return None  # "المفوض السامي لشؤون اللاجئين"، "وزارة شؤون الأسرى": the affairs of a group, a topic
        if g.english == "militants" and toks[i].norm.lstrip("وفب").startswith(("ال", "لل")):
            return None  # "المتشددين في إيران": the hardliners of a country's politics, no armed party
        if g.english == "militants" and i > 0 and (covered[i - 1] is not None or toks[i - 1].norm.endswith(
                ("ين", "ون", "يه", "ه")) and toks[i - 1].norm not in ("ان", "لان", "بان")) \
                and not _STRONG.search(gap_text(self.text, toks, i, i)):
            return None  # "إسلاميون متشددون"، "إسرائيليين متشددين"، "أئمة متشددين": an adjective of the noun before
        if g.english == "perpetrators" and i > 0 and covered[i - 1] is not None \
                and gap_text(self.text, toks, i, i).strip() in ("،", ","):
            return None  # "زيارة قادة قطر، المتورطين في تمويل الإرهاب": a description of the party before, no other
        if g.members:
            # a named bloc of states (دول الخليج، الكوريتان، الدول الأربع المقاطعة): one party per member state;
            # when the story names three or more members of an open bloc (the Gulf states), the bloc is those
            # ("السعودية والإمارات والكويت ... لتعهد الدول الخليجية")
            members = [iso for iso in g.members if iso in self._named_states()]
            members = members if len(members) >= 3 and len(g.members) > 4 else list(g.members)  # (closed blocs: all)
            s, e = toks[i].start + self._clitic(toks[i], self.lex.parties), toks[j - 1].end
            eids = [self._member_state(iso, s, e) for iso in members]
            m = Mention(i, j, eids[0], "GPE", members[0], None, s, e)
            m.co = [(eid, iso) for eid, iso in zip(eids[1:], members[1:])]
            return m
        isos, j2 = self._demonyms(toks, j, covered, limit=1)
        if g.english == "ship" and not (j - i == 1 and not toks[i].norm.lstrip("وفبل").startswith("ال") and (
                isos or (self.lex.gaz.longest_at(toks, j) or (0, None))[1] is not None
                and self.lex.gaz.longest_at(toks, j)[1].type == "NORP")) and not _ship_target(self.text, toks, i, covered):
            return None  # a ship is a party only as one named by its flag ("أنقذت سفينة فرنسية بحارا هنديا"); not "لن ترسل
            # سفينة حربية"، "السفينة" of a story (a vessel the migrants are aboard, told before by its name)
        if g.english == "ship" and not isos and toks[i].norm.lstrip("وفب").startswith("ال"):
            while j2 < len(toks) and j2 - j < 3 and covered[j2] is None and not toks[j2].norm.startswith("ال") \
                    and not gap_text(self.text, toks, j2, j2).strip() and not _words.is_word(toks[j2].norm):
                j2 += 1  # (s29ships) the attacked ship's name, words no dictionary holds: "استهدفوا السفينة غالاكسي ليدر"
        if isos and head.startswith("ال") and (self.lex.gaz.longest_at(toks, j) or (0, None))[1].type == "GPE" \
                and not _nisba(toks[j].norm):
            isos, j2 = [], j  # "ودعت الحكومة روسيا إلى": a definite noun takes no genitive; the state is another party
        s, e = toks[i].start + self._clitic(toks[i], self.lex.parties), toks[j2 - 1].end
        iso = isos[0] if isos else None
        label = None
        if iso is None and not label and j2 == j and g.sector in _COREF_SECTORS \
                and head.startswith("ال") and self._bare_head(toks, j - 1, covered):
            ant = self._qualified_before(normalize(" ".join(t.text for t in toks[i:j])), toks[0].start, s, toks)
            if ant is not None:  # "الحكومة البريطانية ... ودعت الحكومة": the government the story named before
                a = self.by_id.get(ant) or {}
                self.add_mention(ant, s, e)
                return Mention(i, j, ant, a.get("type") or "ORG", a.get("country"), a.get("sector") or g.sector, s, e)
        if iso is None and not label and j2 == j and g.english in _STORY_GROUP_LABELS and _definite(toks[i].norm) \
                and self._bare_head(toks, j - 1, covered):
            ant = self._story_group()
            if ant is not None:  # "كبدت المتمردين خسائر" in a story of the Houthis: the one armed group it names
                a = self.by_id.get(ant) or {}
                self.add_mention(ant, s, e)
                return Mention(i, j, ant, a.get("type") or "ORG", a.get("country"), a.get("sector") or g.sector, s, e)
        if iso is None and j < len(toks) and covered[j] is not None and covered[j].s == j \
                and toks[j].norm[:1] != "و" \
                and (covered[j].kind == "NORP" or covered[j].kind == "GPE" and (
                    not head.startswith("ال") or covered[j].e == j + 1 and _nisba(toks[j].norm))) \
                and covered[j].country \
                and not _STRONG.search(gap_text(self.text, toks, j, j)):
            iso = covered[j].country  # "وفد سعودي" where the entity stage tagged the demonym
            label = self.text[s:covered[j].end]
        if iso is None and g.sector in ("JUD", "COP", "GOV", "LEG") and j + 1 < len(toks) and toks[j].norm == "في":
            h = self.lex.gaz.longest_at(toks, j + 1)  # "محكمة في موسكو": the court's country
            if h and h[1].type == "GPE":
                iso = h[1].iso3
        if iso is None and g.sector == "COP" and not self.headline_focus and self.scene \
                and not self._acts_elsewhere(toks, self.scene):
            iso = self.scene  # police act at home: the country where the story takes place
        if iso is None and g.sector == "LAB" and (self.scene or self.focus) \
                and not self._acts_elsewhere(toks, self.scene or self.focus):
            iso = self.scene or self.focus  # trade unions act at home: the country the story takes place in or is about
        if iso is None and g.sector == "LAB":
            isos = {h[1].iso3 for k in range(len(toks)) if (h := self.lex.gaz.longest_at(toks, k))
                    and h[1].type == "GPE" and h[1].iso3}
            if len(isos) == 1:
                iso = isos.pop()  # "تواجه فرنسا موجة من الإضرابات دعت إليها النقابات العمالية": the one state the
                # sentence names
        if iso is None and g.sector in ("JUD", "COP", "GOV", "LEG", "MIL") and self.focus \
                and g.english not in _BLOC_LABELS:
            iso = self.focus  # "الحكومة" unqualified: the state the story is about
        if iso is None and self.syrian_regime and g.english == "regime" and head == "النظام":
            iso = "SYR"  # "قوات النظام" in a story of Syria that no country dominates
        if g.english == "the side of a state":
            state = next((x for x in self.ents if iso and x.get("kb_id") == "country:" + iso), None) if j2 > j or label \
                else None
            k = j2 if j2 > j else covered[j].e if label else j  # (the demonym the entity stage tagged: "الجانب الروسي")
            if state is None and iso and k > j and not (k + 1 < len(toks) and toks[k].norm == "من"
                                                        and toks[k + 1].norm != "اجل"):
                # (s34gaps) a state the story names only by its side: "وطالب الجانب الروسي الجانب الأمريكي بتقديم
                # أدلة" is Russia and the United States; not a side of a place ("الجانب اليوناني من البحيرة")
                return Mention(i, k, self._member_state(iso, s, toks[k - 1].end), "ORG", iso, "GOV", s,
                               toks[k - 1].end)
            if state is None:
                return None  # "إلى جانب"، "الجانب الآخر": no party; "الجانب الروسي" is Russia, where the text names it
            return Mention(i, k, str(state["id"]), "ORG", iso, "GOV", s, toks[k - 1].end)  # (a side, never a place:
            # "للاجتماع بالجانب التركي")
        surface = self.text[s:e]
        label = label or surface
        form = normalize(" ".join(t.text for t in toks[i:j]))
        if g.english.startswith("two ") and " " not in form:
            # "معاقبة امرأتين" / "عوقبت امرأتان" / "وتعرضت المرأتان": one pair of people, whatever its case or article
            form = form.removeprefix("ال")
            form = form[:-2] + "ان" if form.endswith("ين") else form
        eid = self.entity(("generic", form, iso), name=label,
                          name_ar=label, typ=g.type, country=iso, sector=g.sector, start=s, end=e)
        if g.english in _TARGET_ONLY:
            self.target_ids.add(eid)  # (stage.process: worshippers are no author but of a protest)
        if g.english == "residential areas":
            self.place_ids.add(eid)  # (stage.process: a place struck is no actor, and the target of a material act only)
        return Mention(i, j2, eid, g.type, iso, g.sector, s, e)

    def _lone_doer(self, toks, i, j):
        """Is the man, woman or young man at toks[i:j] the doer of an attack: the subject right before an attack verb
        ("أن رجلا فجر عبوة ناسفة"، "امرأة أطلقت النار"), a demonym between allowed ("شاب فلسطيني طعن"), or the one after
        a deed's relative verb ("هجوم شنه رجل"، "اعتداء نفذها شخص سوري")?"""
        if i > 0 and toks[i - 1].norm.lstrip("و") in _LONE_DEED:
            return True
        if i > 0 and _lone_verb(toks[i - 1].norm) and not _STRONG.search(gap_text(self.text, toks, i, i)):
            # VS (session 31): "عندما فتح شاب يبلغ من العمر 19 عاما النار داخل ثانوية"، "فتح شخص النار على مقهى"، "فجر
            # رجل نفسه": the verb right before, its object (النار، نفسه) within six words after, no break between
            for k in range(j, min(len(toks), j + 6)):
                if _STRONG.search(gap_text(self.text, toks, k, k)):
                    break
                if toks[k].norm in _LONE_OBJECT:
                    return True
        k = j + 1 if j < len(toks) and _nisba(toks[j].norm) else j
        return k < len(toks) and (toks[k].norm.startswith(_LONE_VERB) or toks[k].norm[:1] == "و"
                                  and toks[k].norm[1:].startswith(_LONE_VERB)) \
            and not _STRONG.search(gap_text(self.text, toks, k, k))

    def _counted_states(self, toks, i, j, covered, g, counted=True):
        """"أعلنت أميركا وكندا و14 دولة أوروبية"، "قادة خمس دول": the states counted, one party whose mention opens at the
        number (so that a و glued to it joins it to the parties before) and holds an indefinite adjective after the
        noun (أوروبية، عربية، أخرى)."""
        k = i - 1 if counted else i
        if counted and k >= 2 and toks[k - 1].norm == "من" and toks[k - 2].norm.lstrip("و") in _MORE_LESS \
                and covered[k - 2] is None and not _STRONG.search(gap_text(self.text, toks, k - 1, k)):
            k -= 2  # "وطردت بريطانيا وأكثر من عشرين دولة حليفة لها": the count's own words
        elif counted and k >= 1 and toks[k - 1].norm.lstrip("و") in _ABOUT and covered[k - 1] is None:
            k -= 1  # "ونحو 20 دولة"
        s = toks[k].start + (1 if self.text[toks[k].start:toks[k].start + 1] == "و" else 0)
        j2 = j
        if j < len(toks) and covered[j] is None and not toks[j].norm.startswith(("ال", "و")) \
                and toks[j].norm.endswith(("يه", "اخري")) and not _STRONG.search(gap_text(self.text, toks, j, j)):
            j2 = j + 1
        e = toks[j2 - 1].end
        label = self.text[s:e]
        eid = self.entity(("generic", normalize(label), None), name=label, name_ar=label, typ=g.type, country=None,
                          sector=g.sector, start=s, end=e)
        return Mention(k, j2, eid, g.type, None, g.sector, s, e)

    def _story_group(self) -> str | None:
        """The one armed non-state group the story names (a known group: الحوثيون، حزب الله), which its bare nouns of
        rebels, militias and putschists stand for ("الحوثيين ... كبدت المتمردين خسائر كبيرة"); None when it names none
        or two."""
        groups = {str(x["id"]) for x in self.ents if x.get("type") == "ORG" and x.get("sector") == "REB"
                  and (x.get("kb_id") or x.get("wikidata")) and x.get("mentions")}
        groups |= {fid for _fs, _fe, fid in self.found if (self.by_id.get(fid) or {}).get("sector") == "REB"
                   and ((self.by_id.get(fid) or {}).get("kb_id") or (self.by_id.get(fid) or {}).get("wikidata"))}
        return groups.pop() if len(groups) == 1 else None

    def _qualified_before(self, phrase: str, sent_start: int, before: int, toks) -> str | None:
        """The body a bare definite party noun (الحكومة، الرئاسة، الشرطة) refers back to: the one the story named before
        this sentence with the same noun and a country (الحكومة البريطانية، الرئاسة الفلبينية), when all such mentions
        name one country and the sentence (``toks``) places it in no other state; None otherwise."""
        phrase = phrase.lstrip("وف") if not phrase.startswith("ال") else phrase
        if phrase.startswith("لل"):
            phrase = "ال" + phrase[2:]
        elif phrase[:1] in "بك" and phrase[1:3] == "ال":
            phrase = phrase[1:]
        best, at, isos = None, -1, set()
        for ent in self.ents:
            # (an international body has no country: a named one of the KB stands for itself, "المحكمة الجنائية
            # الدولية ... من أن المحكمة")
            igo = not ent.get("country") and ent.get("type") == "ORG" and bool(ent.get("wikidata") or ent.get("kb_id"))
            if ent.get("type") not in ("ORG", "NORP") or not ent.get("country") and not igo:
                continue
            for mm in ent.get("mentions") or []:
                ms = mm.get("start")
                if not isinstance(ms, int) or ms >= before:
                    continue
                t = normalize(mm.get("text") or "")
                if t.startswith(phrase + " "):
                    if ms >= sent_start and not igo:
                        return None  # (this sentence names it with its country: the bare noun may be another's)
                    isos.add(ent.get("country") or "kb:" + str(ent["id"]))
                    if ms > at:
                        best, at = str(ent["id"]), ms
        if len(isos) != 1:
            return None
        iso = isos.pop()
        if iso.startswith("kb:"):
            return best
        if self._acts_elsewhere(toks, iso):
            return None  # "ونفذت الشرطة 5 عمليات مداهمة في بلجيكا": where it acts names another state
        return best

    def _acts_elsewhere(self, toks, iso: str) -> bool:
        """Does the sentence (``toks``) place its act in a state other than ``iso`` ("في بلجيكا")?"""
        for k in range(len(toks) - 1):
            if toks[k].norm == "في":
                hit = self.lex.gaz.longest_at(toks, k + 1)
                if hit and hit[1].type == "GPE" and hit[1].iso3 and hit[1].iso3 != iso:
                    return True
        return False

    def _stage_org(self, name: str) -> str | None:
        """The entity stage's entity for the organisation the coder's lexicon calls ``name`` (Houthis → "Houthis (Ansar
        Allah)"), when the document has exactly one."""
        found = {str(x["id"]) for x in self.ents if x.get("type") == "ORG" and not self.own(x.get("id"))
                 and x.get("kb_id") and ((x.get("name") or "") == name or (x.get("name") or "").startswith(name + " ("))}
        return found.pop() if len(found) == 1 else None

    def _named_states(self) -> set:
        """The countries the entity stage found named in the document (as states)."""
        return {ent.get("country") for ent in self.ents if ent.get("type") == "GPE" and ent.get("wikidata")
                and not self.own(ent["id"])} - {None}

    def _member_state(self, iso, s, e) -> str:
        """The state ``iso`` as a member of a bloc named at [s, e): the entity stage's entity for it when the text
        names it elsewhere, else one of the coder's own (the bloc's words are its mention)."""
        for ent in self.ents:
            if ent.get("type") == "GPE" and ent.get("country") == iso and ent.get("wikidata") and not self.own(ent["id"]):
                return str(ent["id"])
        en, ar = _kb().country_name(iso) or (iso, iso)
        return self.entity(("member", iso), name=en, name_ar=ar, typ="GPE", country=iso, sector=None, start=s, end=e)

    def _place(self, toks, i, covered):
        hit = self.lex.gaz.longest_at(toks, i)
        if not hit:
            return None
        j, p = hit
        p: Place
        if p.type == "GPE" and i > 0 and normalize(toks[i].text).lstrip("وفبل") not in _state_names() \
                and _treaty_city(self.text, toks, i, j):
            return None  # "بموجب اتفاقية روما": a document named after a city
        if p.type == "ORG" and _homograph_here(self.lex.homographs, self.text, toks, i, j,
                                               self._clitic(toks[i], self.lex.gaz)):
            return None  # "القاعدة الجوية": the air base, not al-Qaeda
        s, e = toks[i].start + self._clitic(toks[i], self.lex.gaz), toks[j - 1].end
        if p.type == "ORG":
            known = self._stage_org(p.name)
            if known is not None:  # "المليشيا الحوثية" where the entity stage named the Houthis elsewhere: its entity
                k = self.by_id.get(known) or {}
                self.found.append((s, e, known))
                return Mention(i, j, known, "ORG", k.get("country") or p.iso3, k.get("sector") or p.sector, s, e)
            eid = self.entity(("org", p.name), name=p.name, name_ar=self.text[s:e], typ="ORG", country=p.iso3,
                              sector=p.sector, start=s, end=e)
            return Mention(i, j, eid, "ORG", p.iso3, p.sector, s, e)
        if p.type == "NORP":
            if i > 0 and toks[i - 1].norm.startswith(("دولار", "الدولار", "بالدولار")):
                return None  # "دولار أمريكي" is a currency, not a party
            eid = self.entity(("norp", p.iso3), name=p.name, name_ar=self.text[s:e], typ="NORP", country=p.iso3,
                              sector=None, start=s, end=e)
            return Mention(i, j, eid, "NORP", p.iso3, None, s, e)
        eid = self.entity(("gpe", p.iso3), name=p.name, name_ar=self.text[s:e], typ="GPE", country=p.iso3,
                          sector="GOV", start=s, end=e)
        return Mention(i, j, eid, "GPE", p.iso3, "GOV", s, e)

    def _org_phrase(self, toks, i, covered, out):
        """"تجمع المهنيين السودانيين", "نقابة الصحفيين": an organisation head noun with definite words after it
        (and a demonym, possibly tagged by the entity stage, giving its country)."""
        heads = getattr(self.lex, "orgheads", None)
        w = toks[i].norm
        if not heads or (w not in heads and not (w[:1] == "و" and w[1:] in heads)):
            return None
        lex = self.lex
        k, iso, end, taken = i + 1, None, None, None
        while k < len(toks) and k - i <= 3:
            if _STRONG.search(gap_text(self.text, toks, k, k)):
                break
            c = covered[k]
            if c is not None:
                if c.s == k and c.kind in ("NORP", "GPE") and c.country and k > i + 1:
                    iso, end, taken = c.country, c.e, c
                break
            t = toks[k].norm
            if not t.startswith("ال") or t in lex.stop or (lex.trig.first_word(t) and lex.trig.longest_at(toks, k)):
                break
            if k == i + 1 and (t.endswith("ون") or t in _CROWD_WORDS or ("!" + t) in heads):
                break  # "تجمع المتظاهرون", "تجمع العشرات": a verb or gathering and its crowd
            hit = lex.gaz.longest_at(toks, k)
            if hit:
                if hit[1].type in ("NORP", "GPE") and hit[1].iso3 and k > i + 1:
                    iso, end = hit[1].iso3, hit[0]
                break
            k += 1
        end = end or k
        if end <= i + 1 or (iso is None and k == i + 1):
            return None
        if taken is not None:
            out.remove(taken)
            for x in range(taken.s, taken.e):
                covered[x] = None
        s = toks[i].start + (1 if w[:1] == "و" and w not in heads else 0)
        e = toks[end - 1].end
        name = self.text[s:e]
        eid = self.entity(("orgphrase", normalize(name)), name=name, name_ar=name, typ="ORG", country=iso,
                          sector=None, start=s, end=e)
        return Mention(i, end, eid, "ORG", iso, None, s, e)

    def _alias(self, toks, i):
        if not self.aliases:
            return None
        w = toks[i].norm.lstrip("#")
        for r in readings(w):
            eid = self.aliases.get(r)
            if eid:
                e = self.by_id.get(eid) or {}
                t = toks[i]
                cut = len(t.text) - len(r) if w.endswith(r) and len(t.text) == len(w) and r != w else 0
                s0 = t.start + cut  # "وترامب" → "ترامب"
                self.add_mention(eid, s0, t.end)
                return Mention(i, i + 1, eid, "PERSON", e.get("country"), e.get("sector"), s0, t.end)
        return None


def _ship_target(text, toks, i, covered) -> bool:
    """A vessel at toks[i] is the target of an attack told right before it: an attack word (wordsets.tsv ship/attack_before)
    just before it, or before على and it, with no punctuation between ("هاجم الحوثيون سفينة تجارية"، "استهدفوا بارجة
    حربية"، "هجوم الحوثيين على ناقلة نفط سعودية"). (s29ships)"""
    k = i - 1
    while k >= 0 and i - k <= 3 and covered[k] is not None and not gap_text(text, toks, k + 1, k + 1).strip():
        k -= 1  # the subject between a verb and its object ("هاجم الحوثيون سفينة")
    if k >= 0 and toks[k].norm.lstrip("و") in ("علي", "عل") and not gap_text(text, toks, k + 1, k + 1).strip():
        k -= 2 if k >= 2 and toks[k - 1].norm.lstrip("و") not in _SHIP_ATTACK else 1  # (one word between: its doer)
    if k < 0 or gap_text(text, toks, k + 1, k + 1).strip() or gap_text(text, toks, i, i).strip():
        return False
    w = toks[k].norm
    return clitic_in(w, _SHIP_ATTACK, "و")


@lru_cache(maxsize=1)
def _vessel_heads() -> frozenset:
    """The first words of the parties.tsv rows labelled "ship" (سفينة، ناقلة، بارجة ...), with and without the article."""
    from .lexicon import read_rows
    heads = {normalize(r[0]).split()[0] for r in read_rows("parties.tsv") if len(r) >= 4 and r[3] == "ship"}
    return frozenset(heads | {"ال" + h for h in heads})


def is_vessel(ent: dict) -> bool:
    """An entity of the event coder's own that names a vessel (its Arabic name headed by a ship noun). (s29ships)"""
    words = normalize(str(ent.get("name_ar") or "")).split()
    return bool(words) and words[0].lstrip("وفب") in _vessel_heads()

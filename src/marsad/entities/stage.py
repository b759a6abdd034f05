"""Entity stage: find, type and resolve the named and generic parties of a document.

Pipeline of one document (all offsets index ``doc["text"]``; only the headline and body paragraphs are
searched, plus the article's agency/outlet names anywhere in the text):

1. tokens of each zone; KB lookups at every token (longest match wins; persons over orgs over countries
   over places, so ``فلاديمير بوتين`` is the person, not the city of Vladimir), titles (``kb/titles.tsv``)
   and demonyms;
2. rules over those hits: title [+ demonym | + country] + name  → PERSON with role and country (the mention
   covers the *name*; the title is recorded in ``roles``); a title + demonym without a name → the office
   holder on the publication date (from this document first, then the KB), the mention covering the title
   phrase; ``نظيره الروسي [name]`` → the counterpart; generic party nouns (``الشرطة النمساوية``) → ORG/NORP
   with sector and country;
3. unknown names: a CRF tagger (``marsad.entities.tagger``) adds spans the KB does not know, and names
   after titles, honorifics and speech verbs are read with a given-names list;
4. within the document: surnames of persons named in full, one entity per referent (mentions merged).
"""
from __future__ import annotations

import bisect
import gc
import re
from itertools import accumulate, compress, count, repeat
from operator import itemgetter
from functools import lru_cache
from datetime import datetime
from email.utils import parsedate_to_datetime

from ..lang.ar import _TOKEN_SPLIT, TOKEN_NORM, Token, clitic_in, normalize, share_zone_tokens, strip_article, tokenize
from ..pipeline import Stage
from ..record import Doc
from .kb import KB, homograph_off, load_kb, role_label, skeleton
from . import words as _words
from .match import (F_COUNTER, F_DEM, F_ENT, F_GIVEN, F_HEAD, F_PERTITLE, F_SPEECH, F_SPLIT, F_TITLE, Hit, match_demonym, match_entity,
                    demonym_country, match_title, orig_offset, readings, token_flags)

# the prepositions that continue an office's phrase after a title (السفير السعودي لدى واشنطن، ممثل عن الحكومة، نائب
# رئيس الوزراء في حكومة ...), and the first words of a compound given name (عبد الله، أبو بكر): one definition each
_OFFICE_PREPS = frozenset(("في", "لدي", "عن"))
_ABD_ABU = frozenset(("عبد", "ابو"))
_GAP_OK = re.compile(r"[ \t\u00a0\u200f\u200e_#]*")   # '_' joins the words of a hashtag (#الولايات_المتحدة)
_COMMA_GAP = re.compile(r"[ \t\u00a0]*[،,][ \t\u00a0]*")


@lru_cache(maxsize=4096)
def _gap_ok(gap: str) -> bool:
    """_GAP_OK.fullmatch, once per gap string (a few shapes recur: ", ", " - ", "\n\n")."""
    return _GAP_OK.fullmatch(gap) is not None


@lru_cache(maxsize=4096)
def _comma_gap(gap: str) -> bool:
    return _COMMA_GAP.fullmatch(gap) is not None
_SPEECH = {normalize(w) for w in (
    "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "أضاف", "أضافت", "أوضح", "أوضحت", "صرح", "صرحت", "ذكر",
    "ذكرت", "أشار", "أشارت", "اعتبر", "اعتبرت", "رأى", "رأت", "دعا", "دعت", "طالب", "طالبت", "حذر", "حذرت",
    "أعرب", "أعربت", "نفى", "نفت", "كشف", "كشفت", "شدد", "شددت", "وصف", "وصفت", "التقى", "التقت", "استقبل",
    "استقبلت", "بحث", "بحثت", "زار", "زارت", "هدد", "هددت", "اتهم", "اتهمت", "أجرى", "أجرت", "وقع", "وقعت",
    "يقول", "تقول", "غرد", "غردت", "كتب", "كتبت", "أبلغ", "أبلغت", "انتقد", "انتقدت", "رحب", "رحبت")}
# speech verbs whose subject follows them (وقال سلام إن): the context of a surname that is also a common word
_SPEECH_SUBJ = {normalize(w) for w in (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "صرح", "صرحت", "أشار", "أشارت", "اعتبر", "اعتبرت",
    "شدد", "شددت", "حذر", "حذرت", "نفى", "نفت", "أعرب", "أعربت", "رحب", "رحبت", "انتقد", "انتقدت", "اتهم", "اتهمت",
    "طالب", "طالبت", "دعا", "دعت", "لفت", "لفتت", "تابع", "تابعت", "أعلن", "أعلنت")}
_COUNTERPART = {normalize(w) for w in ("نظيره", "نظيرته", "نظيرها", "نظيريه", "نظرائه", "نظيرهم", "نظيرتها",
                                        "نظيري", "نظيره")}
_NAME_LINK = {normalize(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "عبد", "ولد", "آل", "دي", "دو", "فون",
                                      "فان", "لا")}
_SKIP_ADJ = {normalize(w) for w in (
    "السابق", "السابقة", "الأسبق", "الحالي", "الحالية", "الراحل", "الراحلة", "الشهير", "الشهيرة", "البارز",
    "البارزة", "المعروف", "المعروفة", "الجديد", "الجديدة", "المؤقت", "المؤقتة", "المكلف", "المكلفة", "المستقيل",
    "المخلوع", "المعزول", "المنتخب", "المنتخبة", "الأسبق", "بالوكالة", "الأسبقة", "المخلوعة", "المعزولة",
    "المستقيلة", "المقال", "المقالة", "آنذاك", "حينذاك", "حينئذ", "وقتذاك", "وقتئذ", "وقتها", "حينها")}
# an office no longer held: الرئيس الألماني السابق is not Germany's president at publication time
_FORMER_ADJ = {normalize(w) for w in (
    "السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة", "المخلوع", "المخلوعة", "المعزول", "المعزولة",
    "المستقيل", "المستقيلة", "المقال", "المقالة", "آنذاك", "حينذاك", "حينئذ", "وقتذاك", "وقتئذ", "وقتها", "حينها")}
# offices whose sector is the institution's (قائد الشرطة، مدير المخابرات، المتحدث باسم الجيش), not their own
_GENERIC_HEADS = frozenset({"commander", "director", "leader", "spokesperson", "representative", "adviser",
                            "coordinator", "commissioner", "officer"})
# kinds of kb/titles.tsv rows that name a party of people rather than one person (a group, a crowd, a counted noun:
# القوات، المتظاهرون، 50 طالبا); _PEOPLE_KINDS, those typed NORP
_PARTY_KINDS = frozenset(("party", "group", "arms", "people", "crowd", "counted", "single"))
_PEOPLE_KINDS = frozenset(("group", "people", "crowd", "counted", "single"))
# leader nouns of kb/group_adjectives.tsv: with a name right after them they title that person (not the movement)
_LEADER_HEADS = {normalize(w) for w in ("القيادي", "قيادي", "القائد", "قائد", "قياديا")}
_NAME_TAILS = {normalize(w) for w in ("أوغلو", "الدين", "الله")}   # the end of a compound name
_PARTY_GENERIC = {normalize(w) for w in ("المعارضة", "الأغلبية", "الأكثرية", "الأقلية", "السلطة", "الحكومة", "الرئيس",
                                         "الحاكم", "الدولة", "الشعب", "الأمة", "البلاد", "الرئاسة", "الجديد", "القديم")}
_STORMS = {normalize(w) for w in ("العاصفة", "عاصفة", "الإعصار", "إعصار", "الاعصار", "اعصار")}


# normalised function words that the given-names list also holds through other names' spellings (آن → ان)
_NOT_GIVEN = frozenset({"ان", "لان", "بان", "وان", "اما", "انا", "ما", "من", "لا", "ابو", "ابن", "بن", "عبد", "ام"})


def _storm(w: str) -> bool:
    """العاصفة، للعاصفة، والإعصار: a storm noun (a proclitic read off)."""
    return w in _STORMS or w[:1] in "وبفل" and (w[1:] in _STORMS or w[:2] == "لل" and "ال" + w[2:] in _STORMS)


# first words of compound given names with الله/الدين that are common words alone (فتح الله، نصر الله، عز الدين)
_COMPOUND_FIRST = {normalize(w) for w in ("فتح", "نصر", "نور", "عز", "سيف", "جاد", "عطا", "حسب", "خير", "ضياء",
                                          "بهاء", "صلاح", "علاء", "محي", "محيي", "نجم", "زين", "شرف", "سعد", "فضل",
                                          "جار", "حزب", "ذبيح", "شمس", "كمال", "جمال", "عماد", "فخر", "تاج")}
_PLACE_HEADS = {"بلدية", "ولاية", "محافظة", "إقليم", "مقاطعة", "مدينة"}   # رئيس بلدية X: X is the town
_PLACE_HEADS_N = {normalize(w) for w in _PLACE_HEADS}
_TANWIN = re.compile("[\u064b-\u064d]")
_ARTICLE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")
# adjectives of a party noun other than nisba forms (الشرطة القضائية الفرنسية has a nisba: see _party_adj_end)
_PARTY_ADJ = {normalize(w) for w in ("العليا", "العامة", "العام", "الخاصة", "الخاص", "المشتركة", "المسلحة",
                                      "الموحدة", "المؤقتة", "الانتقالية", "الكبرى")}
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_BODY_NATION = _STATE_SECTORS | {"REB", "PTY"}   # a body whose spokesman or commander is of its state
_EN_FORMER = {"former", "late", "ex", "then", "ousted", "deposed"}
_RELATIVES = {normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي")}
_ORDINALS = {normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                                     "التاسع", "العاشر", "الحادي", "عشر")}   # ألبرت الثاني، محمد السادس
_NUM = re.compile(r"^\d+$")
# things a demonym qualifies before their own name, no person's nisba (_dem_name): المدمرة الأمريكية دونالد كوك، حاملة
# الطائرات الأمريكية هاري ترومان، الطائرة الروسية سوخوي سوبرجيت، شركة النفط البريطانية بريتيش بتروليوم، ناطحة السحاب
# الأميركية إمباير ستيت (not مقاتلة: "المقاتلة البريطانية آنا كامبل" is a woman)
_DEM_THINGS = {normalize(w) for w in (
    "مدمرة", "حاملة", "فرقاطة", "سفينة", "غواصة", "بارجة", "ناقلة", "طراد", "زورق", "كاسحة", "طائرة", "مروحية",
    "قاذفة", "صاروخ", "منظومة", "دبابة", "مركبة", "سيارة", "شركة", "صحيفة", "جريدة", "مجلة", "قناة", "وكالة",
    "شبكة", "إذاعة", "محطة", "مصرف", "بنك", "علامة", "ماركة", "فندق", "برج", "ناطحة", "جامعة", "معهد", "فيلم",
    "مسلسل", "رواية")}
# a locative pronoun between a title phrase and the name: السفير اليوناني لديها اندرياس فريغاناس
_LOC_PRON = {normalize(w) for w in ("لديها", "لديه", "لديهم", "لدينا", "لديكم", "لديهما", "فيها", "عندها", "عنده",
                                     "عندنا", "عندهم")}
# a title that names a person only with a name after it (رئيس كاتالونيا السابق كارلس بيغديمونت): without one it is
# the head of anything (رئيس اللجنة، رئيس النادي), no office the document or the KB can resolve
# titles that continue a chain after an office closed by its demonym (the same person: ranks, princely titles)
_CHAIN_ROLES = frozenset({"general", "lieutenant_general", "major", "lieutenant_colonel", "lieutenant", "field_marshal",
                          "colonel", "captain", "brigadier", "admiral", "sergeant", "corporal", "officer", "king",
                          "emir", "sultan", "sheikh"})
# a head of state or government followed by another such office or an envoy's is two persons (أبلغ الملك رئيس
# الوزراء X، استقبل رئيس الوزراء المبعوث الأممي X): no one holds both at once
_HEADS = frozenset({"king", "president", "emir", "sultan", "prime_minister", "supreme_leader"})
_HEADS_OTHER = _HEADS | {"envoy", "secretary_general", "ambassador", "high_commissioner", "crown_prince", "chancellor"}
_OFFICE_SECTORS = frozenset({"GOV", "IGO", "LEG", "JUD", "MIL", "COP", "SPY"})
_NAME_ONLY_TITLES = frozenset({"رئيس", "رئيسة"})   # (as kb/titles.tsv writes them)
# ranks that are also common nouns: with an adjective after them they are the team or the brigade (الفريق الكتالوني
# توتنهام، حارس مرمى الفريق البرازيلي X), never the rank
_RANK_HOMOGRAPHS = frozenset({"الفريق", "اللواء"})
# what the normalised form hides: tanween (ميتاً، سلاماً: an indefinite common word, never a name in news) and the madda
# of آمن "safe" (البلد الآمن، الممر الآمن), which normalises to الأمن "security", a party noun
_TANWEEN = re.compile("[\u064b-\u064d]")
_AAMIN = re.compile("[وفبل]?(?:ال|لل)?آمن")


def _common_spelling(text: str, t, tanween: bool = True) -> bool:
    """Does the token as written (not its normalised form) show a common word: tanween (for a KB name; a party noun
    takes it: 17 جندياً أفغانياً), the madda of آمن?"""
    return tanween and _TANWEEN.search(text, t.start, t.end) is not None or \
        _AAMIN.match(text, t.start, t.end) is not None
# places and prizes named for a person with his title (مطار الملك عبد العزيز، ملعب الأمير فيصل بن فهد)
_FACILITY = {normalize(w) for w in ("مطار", "ملعب", "استاد", "مدينة", "جامعة", "مستشفى", "شارع", "قاعدة", "جسر",
                                     "ميناء", "مسجد", "جامع", "مركز", "قصر", "مجمع", "كلية", "جائزة", "كأس", "بمطار",
                                     "بملعب", "بمدينة", "بجامعة", "بمستشفى", "بشارع", "بقاعدة", "بمسجد", "بمركز",
                                     "لمطار", "لملعب", "لمدينة", "لجامعة", "لجائزة", "لكأس", "وجامعة", "ومطار")}

def _homograph_firsts(hrules) -> frozenset:
    """The first words of the forms of kb/homographs.tsv's context rules (a form is normalised words joined by one
    space)."""
    return frozenset(k.split(" ", 1)[0] for k in hrules)


def _homograph_cands(w: str):
    """The first words ``EntityStage._homograph_off`` tries for a hit's first word ``w``, in order, with the number of
    proclitics read off: the word less 0-3 proclitics (و ف ب ك ل), and ا + the rest after ل + ل (للحركة: الحركة)."""
    for p in range(0, 4):
        if p and not (len(w) > p + 1 and all(c in "وفبكل" for c in w[:p])):
            break
        yield p, w[p:]
        if p and w[p - 1] == "ل" and w[p:p + 1] == "ل":
            yield p, "ا" + w[p:]


def _homograph_may(w: str, firsts) -> bool:
    """Can ``EntityStage._homograph_off`` find a form for the first word ``w`` of a hit? Each candidate it tries is a
    form's first word, whether it stands alone or opens the form with the hit's next words; none among ``firsts``: no
    form."""
    return any(cand in firsts for _p, cand in _homograph_cands(w))


def _role_lab(role: str, former: bool = False) -> str:
    """Role label of a title; ``former`` (السابق، الأسبق، الراحل; English former/late) gives "former <label>",
    never the plain label, so a current-office phrase (الرئيس الأمريكي) is not resolved to a former holder."""
    lab = role_label(role)
    return "former " + lab if former else lab


def _is_latin(norm: str) -> bool:
    return "a" <= norm[:1] <= "z"


# capitalised English words that do not start a name after a title (President Said ..., Minister On ...)
_EN_NOT_NAME = {"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "said", "says", "told", "has",
                "had", "was", "is", "will", "would", "who", "which", "that", "this", "but", "with", "from", "by",
                "after", "before", "during", "as", "it", "he", "she", "they", "we", "i", "his", "her", "their",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "office", "house", "council", "ministry", "government", "administration"}


def _first_raw_hit(text: str, core: str) -> bool:
    return bool(core) and core in text


_TNEW = tuple.__new__
_LAST3 = itemgetter(slice(-3, None))  # a word's last three letters


_tokenize = tokenize  # (the split-based tokenizer of marsad.lang.ar)


def _tokenize_gaps(text: str, start: int, end: int, toks: list, gaps: list) -> None:
    """Like ``_tokenize``, appending to ``toks`` and the text after each token (up to the next one or the end
    of the span) to ``gaps``.  One ``split`` alternates gaps and words; offsets are running sums of their
    lengths; every per-token step is a C-level ``map``."""
    parts = _TOKEN_SPLIT.split(text[start:end])
    if len(parts) < 2:
        return
    words = parts[1::2]
    cum = list(accumulate(map(len, parts), initial=start))
    toks.extend(map(_TNEW, repeat(Token), zip(words, cum[1::2], cum[2::2], map(normalize, words))))
    gaps.extend(parts[2::2])


@lru_cache(maxsize=4096)
def _nospace(gap: str) -> str:
    """The first two non-space characters between two tokens (the tagger's punctuation feature)."""
    return re.sub(r"\s+", "", gap)[:2] if gap != " " else ""


@lru_cache(maxsize=20_000)
def _norm_tuple(s: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(s))


def _iso_date(v) -> str | None:
    if not v:
        return None
    s = str(v).strip()
    m = re.match(r"(\d{4}-\d{2}-\d{2})", s)
    if m:
        return m.group(1)
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(s).date().isoformat()
    except ValueError:
        return None


def _good_surname(norm: str, by_rule: bool = False) -> bool:
    """A surname of a person the KB does not know may stand alone later in the document unless it reads
    as a common word: a feminine ending (كرة), or the article (النهائي) when only the tagger found the name.
    A word no dictionary holds is a surname with either (لوران فوكييه، علاء مصاروة؛ عبدالله الجرموزي، أحمد الرميحي)."""
    if not (len(norm) >= 4 or by_rule and len(norm) == 3):
        return False   # (محمود بصل ... وأضاف بصل: a three-letter surname after a title)
    if norm.endswith("ه") or not by_rule and norm.startswith("ال"):
        return len(norm) >= 5 and _words.available() and not _words.is_word(norm)
    return True


# states whose people put the family name first (كيم جونغ أون ... كيم، مون جيه إن ... مون، وانغ يي ... وانغ)
_FAMILY_FIRST = frozenset(("KOR", "PRK", "CHN", "TWN"))


def _foreign(w: str, raw: str) -> bool:
    """A word no Arabic dictionary holds in any reading: not as written (less a proclitic or a pronoun suffix), not
    as an indefinite accusative (تحقيقا، متحدثا), not with a one-letter preposition on a short noun (بتهم، لعام،
    بنساء).  False without the dictionary."""
    ws = _words.words()
    if not ws or _words.is_word(w, not (w[:2] == "ال" and raw[:1] in "أإآ")):
        return False
    if w[-1:] == "ا" and w[:-1] in ws or w[:1] in "بلفك" and len(w) >= 4 and w[1:] in ws:
        return False
    return True


def flags_of(stage, k: int) -> int:
    return stage._cur_flags[k]


def kb_named_person(ent) -> bool:
    return ent.type == "PERSON" and ent.key.startswith("kb:")


_CTX_CLITICS = frozenset({"", "و", "ف", "ب", "ك", "وب", "فب", "وك"})


@lru_cache(maxsize=None)
def _medal_rules() -> dict:
    """kb/medals.tsv: a given name that is also a noun of an honour -> the normalised words after it that make it one."""
    return {normalize(f): frozenset(normalize(w) for w in ws.split("|") if w) for f, ws, _ in _kb_rows("medals.tsv")}


_ANY = frozenset(("اي", "لاي", "باي", "واي", "فاي"))  # أي "any" with its clitics: no name starts with it


def _kb_rows(name: str, cols: int = 3):
    """The rows of a ``cols``-column kb/NAME TSV (blank and # lines skipped; missing columns empty)."""
    from pathlib import Path
    path = Path(__file__).parent / "kb" / name
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield (line.split("\t") + [""] * (cols - 1))[:cols]


_KIN_SUFFIXES = ("ه", "ها", "هم", "هما", "ي")


@lru_cache(maxsize=1)
def _count_words() -> frozenset:
    """kb/counts.txt: the normalised words of a count a group noun can follow (عشرات، خمس، ستين)."""
    return frozenset(normalize(w.strip()) for w, _a, _b in _kb_rows("counts.txt") if w.strip())


def _named_alone(kb, w: str) -> bool:
    """Does the KB hold the normalised word ``w`` alone as a name (an index entry with no further words)?"""
    return any(not rest for rest, _v in kb.index.get(w) or ())


@lru_cache(maxsize=1)
def _single_not_before() -> frozenset:
    """kb/single_not_before.txt: the normalised words after one person's noun (kb/titles_single.tsv) that make it a
    rank or name part, not the person (الرجل الثاني في التنظيم، الرجل القوي، حكم الرجل الواحد)."""
    return frozenset(normalize(w.strip()) for w, _a, _b in _kb_rows("single_not_before.txt") if w.strip())


@lru_cache(maxsize=1)
def _partitive_words() -> frozenset:
    """kb/partitives.txt: the normalised quantifiers of a partitive phrase (عدد، العديد، بعض، مجموعة) before من."""
    return frozenset(normalize(w.strip()) for w, _a, _b in _kb_rows("partitives.txt") if w.strip())


def _partitive_before(toks, joined, i) -> bool:
    """Does a partitive quantifier and من stand right before token ``i`` (عدد من الدبلوماسيين، العديد من النواب، ثلاثة
    من الضباط، 105 من)? Read with و/ف and ب/ل off the quantifier."""
    if i < 2 or not (joined[i - 1] and joined[i - 2]) or toks[i - 1].norm != "من":
        return False
    w = toks[i - 2].norm
    for v in (w, w[1:] if w[:1] in "وف" else w):
        for x in (v, v[1:] if v[:1] in "بل" and len(v) > 3 else v):
            if x in _partitive_words() or _counted_before(x):
                return True
    return False


@lru_cache(maxsize=1)
def _collective_rules():
    """kb/collectives.tsv: (head -> (class, type, sector), people plurals, stop genitives, stop words before the head,
    genitive -> sector), all normalised (see the file)."""
    heads, people, stop_gen, stop_before, sectors = {}, set(), set(), set(), {}
    for kind, forms, spec in _kb_rows("collectives.tsv"):
        ws = [normalize(w.strip()) for w in forms.split("|") if w.strip()]
        if kind.startswith("sector:"):
            sectors.update((w, kind[7:]) for w in ws)
        elif kind == "head":
            cls, typ, sector = spec.strip().split(":")
            for w in ws:
                heads[w] = (cls, typ, sector)
        elif kind == "people":
            people.update(ws)
        elif kind == "stop_genitive":
            stop_gen.update(ws)
        elif kind == "stop_before":
            stop_before.update(ws)
    return heads, frozenset(people), frozenset(stop_gen), frozenset(stop_before), sectors


@lru_cache(maxsize=1)
def _collective_prefixed() -> dict:
    """Each head of kb/collectives.tsv written after و، ف، ب، ل، وب، ول، فب or فل -> (prefix length, rule): the first
    prefix in that order whose rest is a head wins, as a test of each prefix in turn would find."""
    heads = _collective_rules()[0]
    out = {}
    for p in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
        for h, rule in heads.items():
            out.setdefault(p + h, (len(p), rule))
    return out


def _counted_before(w: str) -> bool:
    """Is ``w`` a count a group noun can follow (24، عشرات، خمس)?"""
    return bool(_NUM.match(w)) or w in _count_words()


@lru_cache(maxsize=1)
def _org_sectors() -> dict:
    """kb/org_words.tsv sector rows: the normalised word -> the sector it gives a body's name (العسكري: MIL)."""
    return {normalize(w.strip()): sec.strip() for w, k, sec in _kb_rows("org_words.tsv")
            if w.strip() and k.strip() == "sector" and sec.strip()}


@lru_cache(maxsize=8)
def _org_words(kind: str) -> frozenset:
    """kb/org_words.tsv: the normalised words of a kind (adj: الأعلى، العليا; anaphor: المنظمة، الحزب)."""
    return frozenset(normalize(w.strip()) for w, k, _b in _kb_rows("org_words.tsv") if w.strip() and k.strip() == kind)


# an elative colour or adjective of the أفعل pattern after a complement (للصليب الأحمر، للهلال الأحمر)
_COLOUR = re.compile(r"^ال(?:ا|أ)[^\s]{3}$")


@lru_cache(maxsize=1)
def _naming_words() -> frozenset:
    """kb/naming.txt: the normalised words that introduce a name (المدعو، يدعى، تدعى), also after و."""
    out = set()
    for w, _a, _b in _kb_rows("naming.txt"):
        if w.strip():
            out.update((normalize(w.strip()), normalize("و" + w.strip())))
    return frozenset(out)


@lru_cache(maxsize=1)
def _given_nouns() -> frozenset:
    """kb/given_nouns.txt: the normalised given names that are also common nouns (أمل، نور، حياة، نصر)."""
    return frozenset(normalize(w.strip()) for w, _a, _b in _kb_rows("given_nouns.txt") if w.strip())


@lru_cache(maxsize=1)
def _kin_or_naming() -> frozenset:
    """The words _kin_names reads: the kinship nouns with a suffix and the naming words."""
    return _kin_forms() | _naming_words()


@lru_cache(maxsize=1)
def _kin_forms() -> frozenset:
    """kb/kin.tsv: the normalised kinship nouns with a pronoun suffix, also with the proclitics و ف ل ب: وابنته،
    لوالدتها، شقيقه، أخيه، زوجها."""
    suffixed = set()
    for noun, _b, _ in _kb_rows("kin.tsv"):
        noun = noun.strip()
        if not noun:
            continue
        stems = [noun[:-1] + "ت"] if noun.endswith("ة") else \
            [noun + v for v in ("و", "ي", "ا")] if noun in ("أخ", "أب") else [noun]
        forms = {st + x for st in stems for x in _KIN_SUFFIXES}
        if noun in ("أخ", "أب"):
            forms.add(noun + "ي")   # (أخي، أبي: "my brother", the ي being the suffix itself)
        for f in forms:
            suffixed.update(normalize(p + f) for p in ("", "و", "ف", "ل", "ب"))
    return frozenset(suffixed)


def _plural_noun_before(w: str) -> bool:
    """Is the normalised word a plural noun a nisba plural may qualify (مسؤولون، مراقبون، نشطاء، زعماء، قاده)? A sound
    masculine plural in ون that is no imperfect verb (يقولون), or a broken plural in اء or قادة."""
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return w.endswith("ون") and w[:1] not in "يت" and not w.startswith(("سي", "ست")) and len(w) > 4 or w.endswith("اء") and len(w) >= 5 or w == "قاده"


@lru_cache(maxsize=1)
def _contextual_rules() -> dict:
    """kb/contextual.tsv: the normalised noun -> (KB entry id, normalised words placing the story in its conflict,
    normalised words placing it elsewhere (a cue written !word), normalised adjectives that belong to the name)."""
    out = {}
    for form, eid, cues, adjs in _kb_rows("contextual.tsv", cols=4):
        cs = [c.strip() for c in cues.split("|") if c.strip()]
        out[normalize(form.strip())] = (eid.strip(), tuple(normalize(c) for c in cs if c[:1] != "!"),
                                        tuple(normalize(c[1:]) for c in cs if c[:1] == "!"),
                                        frozenset(normalize(a.strip()) for a in adjs.split("|") if a.strip()))
    return out


@lru_cache(maxsize=1)
def _short_name_rules() -> dict:
    """kb/short_names.tsv: the normalised short form -> [(the KB entry it names alone, the entry it names in a story
    naming that entry in full, or placed in that entry's country by a cue word, normalised, the cue words that place the
    story elsewhere (written !word)), ...] in the file's order."""
    out: dict = {}
    for f, a, b, cues in _kb_rows("short_names.tsv", cols=4):
        cs = [c.strip() for c in cues.split("|") if c.strip()]
        out.setdefault(normalize(f.strip()), []).append((a.strip(), b.strip(), tuple(normalize(c) for c in cs if c[:1] != "!"),
                                                         tuple(normalize(c[1:]) for c in cs if c[:1] == "!")))
    return out


def _short_form(w: str) -> str:
    """A mention's normalised text without a proclitic و ف ب ل (وحزب العمال، لحزب العمال، بحزب العمال)."""
    return w[1:] if w[:1] in "وفبل" and w[1:] in _short_name_rules() else w


@lru_cache(maxsize=1)
def _group_adjective_rules() -> dict:
    """kb/group_adjectives.tsv: (normalised adjective forms, raw stems to look for) -> (KB id, normalised extra heads).
    The stems are the forms' first four letters, or the optional fourth column's words (the text must hold one: the
    putschist adjective is the Houthis' only in a story naming them)."""
    out = {}
    for forms, eid, heads, needs in _kb_rows("group_adjectives.tsv", 4):
        fs = [f.strip() for f in forms.split("|") if f.strip()]
        raw = frozenset(w.strip() for w in needs.split("|") if w.strip()) or \
            frozenset(f.removeprefix("ال")[:4] for f in fs)
        hs = [h.strip() for h in heads.split("|") if h.strip()]
        out[(frozenset(normalize(f) for f in fs), raw)] = (
            eid.strip(), frozenset(normalize(h.lstrip("=")) for h in hs),
            frozenset(normalize(h[1:]) for h in hs if h[:1] == "="))
    return out


@lru_cache(maxsize=1)
def _group_adjective_stems() -> tuple:
    """The raw stems one of which a text must hold for kb/group_adjectives.tsv to be read at all."""
    return tuple(sorted({w for _forms, raw in _group_adjective_rules() for w in raw}))


@lru_cache(maxsize=1)
def _group_adjective_forms() -> frozenset:
    """Every adjective form of kb/group_adjectives.tsv (normalised)."""
    return frozenset(f for forms, _raw in _group_adjective_rules() for f in forms)


_CAPITAL_BEFORE = re.compile(r"(?:^|\s)(?:[وب]?ال)?عاصمة(?:\s+\S+)?[،,]?\s*$")  # a capital named before its name

class _Ent:
    """An entity being built for one document."""
    __slots__ = ("key", "name", "name_ar", "type", "country", "wikidata", "roles", "mentions", "sector", "kb_id",
                 "surnames", "conf", "single")

    def __init__(self, key, name, name_ar, type, country=None, wikidata=None, sector=None, kb_id=None, conf=2):
        self.key, self.name, self.name_ar, self.type = key, name, name_ar, type
        self.country, self.wikidata, self.sector, self.kb_id = country, wikidata, sector, kb_id
        self.roles: list[str] = []
        self.mentions: list[tuple[int, int, int]] = []   # (start, end, confidence)
        self.surnames: set[str] = set()
        self.conf = conf
        self.single = False   # one unnamed person (kb/titles_single.tsv)


class EntityStage(Stage):
    name = "entities"
    needs = ("text", "paragraphs", "sentences", "article")
    gives = ("entities",)

    min_prob = 0.5   # tagger spans below this mean marginal are dropped (chosen on AQMAR testa)
    tagger_mode = "windows"   # or "full"; "persons" (windows, and confident persons anywhere)
    person_prob = 0.8         # ("persons": the least mean marginal of a person outside the cue windows)

    def __init__(self, kb: KB | None = None, tagger=None, use_tagger: bool = True):
        self.kb = kb
        self.tagger = tagger
        self.use_tagger = use_tagger

    def setup(self) -> None:
        if self.kb is None:
            self.kb = load_kb()
        if self.tagger is None and self.use_tagger:
            from .tagger import Tagger
            self.tagger = Tagger.load()  # None when no model is shipped
        _words.words()   # the Arabic dictionary that tells a foreign name from a word (loaded once)
        # the KB's hundred thousand long-lived objects need no cyclic garbage collection: without this every
        # full collection walks them all (~0.1 ms/doc)
        gc.collect()
        gc.freeze()

    # -- main ------------------------------------------------------------------------------------------------
    def process(self, doc: Doc) -> Doc:
        if self.kb is None:
            self.setup()
        text = doc.get("text") or ""
        zones = []
        hl = doc.get("headline_span")
        if hl:
            zones.append(tuple(hl))
        zones.extend(tuple(p) for p in doc.get("paragraphs") or [])
        if not zones and text and not doc.get("article", {}).get("body"):
            zones = [(0, len(text))]
        date = _iso_date((doc.get("article") or {}).get("published") or (doc.get("meta") or {}).get("published"))
        doc["entities"] = self.extract(text, zones, date, doc.get("article") or {})
        return doc

    def extract(self, text: str, zones, date: str | None = None, article: dict | None = None) -> list[dict]:
        ents: dict[str, _Ent] = {}
        pending_roles = []          # role-only mentions to resolve once all persons are known
        counterparts = []           # unnamed نظيره mentions
        # all zones as one token sequence; a zone boundary is never "joined", so no match crosses it
        toks: list[Token] = []
        gaps: list[str] = []        # the text after each token, up to the next token of its zone
        bounds: list[int] = []
        shared = []
        for zs, ze in sorted(set(zones)):
            k0 = len(toks)
            _tokenize_gaps(text, zs, ze, toks, gaps)
            if len(toks) > (bounds[-1] if bounds else 0):
                bounds.append(len(toks))
            shared.append((zs, ze, toks[k0:]))
        share_zone_tokens(text, shared)  # the event coder takes its sentences' tokens from these
        zone_toks = []
        self._cur_common = set()   # starts of tokens read as common words by kb/homographs.tsv: no tagger name there
        if toks:
            bset = set(bounds)
            gap_ok, comma_gap = _gap_ok, _comma_gap
            abbrev = self.kb.__dict__.get("_en_abbrev")
            if abbrev is None:   # one-word English titles written with a full stop (kb/titles.tsv: sen., mr.)
                abbrev = self.kb.__dict__["_en_abbrev"] = {
                    k[0] for k, t in self.kb.titles.items() if len(k) == 1 and t.pattern.endswith(".")}
            joined = list(map(" ".__eq__, gaps))
            apos = set()    # tokens after a comma in the same zone: الرئيس الأمريكي، دونالد ترامب
            for k in [k for k, j in enumerate(joined) if not j]:
                g = gaps[k]
                if gap_ok(g) or (g == "-" and (_is_latin(toks[k].norm) and _is_latin(toks[k + 1].norm) or (
                        toks[k].norm.isalpha() and toks[k + 1].norm.isalpha() and not _is_latin(toks[k].norm)
                        and not _is_latin(toks[k + 1].norm)))) or (
                        g == ". " and _is_latin(toks[k].norm) and ("." in toks[k].norm or toks[k].norm in abbrev)):
                    # ... and the hyphen of an English compound (Secretary-General) or of an Arabic-script name
                    # (كيم جونغ-أون), the full stop of an English abbreviation (U.S. President, Mr. Smith)
                    joined[k] = True
                elif comma_gap(g) and k + 1 not in bset:
                    apos.add(k + 1)
            for b in bounds:
                joined[b - 1] = False
            fcache = self.kb.__dict__.setdefault("_flags", {})
            norms = list(map(TOKEN_NORM, toks))
            fl = list(map(fcache.get, norms))
            if None in fl:
                for k in [k for k, f in enumerate(fl) if f is None]:
                    fl[k] = token_flags(self.kb, norms[k], _SPEECH, _COUNTERPART)
            self._cur_flags = fl
            self._cur_cand = list(compress(count(), fl))  # (the tokens with a flag)
            self._cur_joined = joined
            self._cur_bounds = bounds
            self._cur_links = []
            self._cur_date = date
            self._cur_gaps = gaps
            self._cur_apos = apos
            self._cur_apos2 = set()     # titles right after a name read after a speech verb (no comma between)
            self._cur_absorbed = []     # demonyms/countries absorbed into an English title phrase
            self._cur_titled = []       # title phrases of persons (and their complements before a name): no tagger names
            tags = self._tag_zone(text, toks) if self.tagger is not None else []
            self._cur_tags = {(toks[a].start, typ): b for a, b, typ, _p in tags}
            zone_toks.append((toks, joined, tags))
            self._zone(text, toks, joined, date, ents, pending_roles, counterparts)
        self._cur_tags = None
        self._resolve_roles(ents, pending_roles, counterparts, date)
        if self.tagger is not None:
            self._tagged(text, zone_toks, ents)
        self._surnames(text, zone_toks, ents)
        self._merge_surnames(ents)
        self._relink(ents, text)
        self._short_names(text, ents)
        self._place_countries(text, ents)
        self._source_orgs(text, article or {}, ents, zones, zone_toks[0][0] if zone_toks else [])
        self._contextual(text, zone_toks, ents)  # (each rule first looks for its noun in the text)
        self._collectives(text, zone_toks, ents)
        if any(w in text for w in _group_adjective_stems()):
            self._group_adjectives(text, zone_toks, ents)
        return self._output(ents, text, date)

    def _contextual(self, text, zone_toks, ents) -> None:
        """Nouns that name a party only in one conflict's story (kb/contextual.tsv): "الاحتلال" alone, not followed by
        an occupier's adjective (الاحتلال التركي، "الاحتلال" العثماني) nor held in a longer name, is Israel in a story of
        Israel and the Palestinians, when the story names no other occupier. The KB bodies named with it (قوات
        الاحتلال، سلطات الاحتلال) are Israel's only in such a story; in another they are a party of no state."""
        kb = self.kb
        ntext = None
        for form, (eid, cues, elsewhere, adjs) in _contextual_rules().items():
            if ntext is None:
                ntext = normalize(text)
            if form[2:] not in text and form[2:] not in ntext:  # (a form written with ة or أ is found only normalised)
                continue
            here = any(c in ntext for c in cues) and not any(c in ntext for c in elsewhere)
            iso = eid.split(":", 1)[1] if eid.startswith("country:") else None
            idx = kb.by_id.get(eid)
            if idx is None:
                continue
            spans, other = [], False
            covered = sorted((s, e) for x in ents.values() for s, e, *_ in x.mentions)
            for toks, joined, _tags in zone_toks:
                for k, t in enumerate(toks):
                    w = t.norm
                    if not w.endswith(form[2:]):
                        continue
                    tag = len(w) - len(w.lstrip("#"))  # (#التحالف: a hashtag)
                    w = w[tag:]
                    pre = w[:len(w) - len(form)]
                    if w.endswith(form) and pre in _CTX_CLITICS:
                        start = t.start + tag + len(pre)
                    elif w.endswith("ل" + form[2:]) and w[:len(w) - len(form) + 1] in ("ل", "ول", "فل"):
                        start = t.start + tag + len(w) - len(form) + 1   # للاحتلال: the article's alef unwritten
                    else:
                        continue
                    nxt = toks[k + 1] if k + 1 < len(toks) and self._cur_gap_quote(text, t, toks[k + 1]) else None
                    end = t.end
                    if nxt is not None and nxt.norm in adjs and joined[k]:
                        end, nxt = nxt.end, None   # an adjective of the name (المقاومة الشعبية in a story of Yemen)
                    if nxt is not None and nxt.norm.startswith("ال") and nxt.norm.endswith(("ي", "يه")) and \
                            len(nxt.norm) > 5:
                        d = match_demonym(kb, text, toks, k + 1)
                        if d is not None and d.payload != iso:
                            other = True   # الاحتلال التركي: another occupier
                        elif adjs and d is None:
                            x = bisect.bisect_right(covered, (start, 1 << 30)) - 1
                            if not (x >= 0 and covered[x][1] > start):
                                other = True   # "قوات المقاومة الوطنية" (no KB name): the story's resistance is
                                # another body, which the noun alone names there ("وسيطرت قوات المقاومة")
                        continue   # (الاحتلال العثماني: an adjective the KB lacks; الاحتلال المسؤولية: a word)
                    x = bisect.bisect_right(covered, (start, 1 << 30)) - 1
                    if x >= 0 and covered[x][1] > start or x + 1 < len(covered) and covered[x + 1][0] < end:
                        continue   # part of a name found (قوات الاحتلال، جيش الاحتلال الإسرائيلي)
                    spans.append((start, end))
            if here:
                if spans and not other:
                    ent = self._kb_ent(ents, idx)
                    ent.mentions.extend((s, e, 2, "name") for s, e in spans)
                continue
            if iso is None:
                continue  # (an organisation's noun, التحالف: nothing to undo outside its conflict's story)
            # not this conflict's story: the KB bodies named with the noun are no party of that state
            for key in [key for key, x in ents.items() if x.kb_id and x.country == iso and x.mentions and all(
                    form[2:] in text[s:e] for s, e, *_ in x.mentions)]:
                x = ents.pop(key)
                s0, e0 = x.mentions[0][0], x.mentions[0][1]
                surface = text[s0:e0]
                nkey = f"party:{x.sector}:{normalize(surface)}:None"
                y = ents.get(nkey)
                if y is None:
                    y = ents[nkey] = _Ent(nkey, surface, surface, "ORG", None, None, x.sector, None, conf=2)
                y.mentions.extend((s, e, 2, "nominal") for s, e, *_ in x.mentions)

    def _collectives(self, text, zone_toks, ents) -> None:
        """A collective head in construct with a definite genitive names a group party (kb/collectives.tsv, s23kin):
        أهالي المعتقلين، أسر الضحايا، أصحاب المتاجر، عمال المصانع، طلاب الجامعات، سكان الحي، شركات الأدوية. The
        mention covers the head (without و/ف/ب/ل), the genitive (one definite word, or an indefinite noun and a
        definite one: أصحاب محلات الصرافة), a demonym after it (its country: شركات الطيران البريطانية) or one definite
        nisba adjective (شركات التواصل الاجتماعي). Generic mentions inside the span give way to it; a genitive held by
        another entity's mention (a name, a place, a KB body: موظفي البيت الأبيض، سكان غزة) leaves the phrase alone."""
        heads, people, stop_gen, stop_before, sectors = _collective_rules()
        prefixed = _collective_prefixed()
        kb = self.kb
        found = []
        for toks, joined, _tags in zone_toks:
            n = len(toks)
            for k in range(n - 1):
                if not joined[k]:
                    continue
                w = toks[k].norm
                plen, rule = 0, heads.get(w)
                if rule is None:
                    hit = prefixed.get(w)  # (a head after و/ف/ب/ل: one lookup, not a test per prefix)
                    if hit is None:
                        continue
                    plen, rule = hit
                cls, typ, sector = rule
                if k > 0 and joined[k - 1] and not plen:
                    b = toks[k - 1].norm
                    if clitic_in(b, stop_before, "وفبل"):
                        continue   # عدد سكان البلاد، نصف سكان العالم: a count, no party
                g = k + 1
                gw = toks[g].norm
                of_people = False
                if not gw.startswith("ال") and gw not in kb.stop and len(gw) >= 4 and g + 1 < n and joined[g] \
                        and toks[g + 1].norm.startswith("ال") and (cls == "any" or cls == "kin" and gw in people):
                    g += 1   # أصحاب محلات الصرافة، أسر رجال الشرطة
                    of_people = gw in people
                    gw = toks[g].norm
                if not gw.startswith("ال") or len(gw) < 5 or gw in stop_gen:
                    continue
                if cls == "kin" and not (of_people or gw in people or gw.endswith(("ين", "ون")) or
                                         (kb.titles.get((gw,)) is not None and
                                          kb.titles[(gw,)].kind in _PEOPLE_KINDS)):
                    continue   # ذوي الاحتياجات، أسر العشرات: no relatives of people
                if cls == "res" and kb.titles.get((gw,)) is not None and kb.titles[(gw,)].kind == "title":
                    continue   # أبناء الرئيس: one man's sons, no people of a place
                sector = sectors.get(gw, sector)
                end_tok = g + 1
                country = None
                if end_tok < n and joined[g]:
                    dh = match_demonym(kb, text, toks, end_tok)
                    if dh is not None and dh.start == toks[end_tok].start and toks[end_tok].norm.startswith("ال"):
                        country, end_tok = dh.payload, dh.j
                    else:
                        a = toks[end_tok].norm
                        if a.startswith("ال") and len(a) >= 6 and a.endswith(("ي", "يه", "يين", "يون")) \
                                and a not in kb.stop and kb.index.get(a) is None:
                            end_tok += 1   # شركات التواصل الاجتماعي
                start = orig_offset(text, toks[k].start, plen) if plen else toks[k].start
                found.append((start, toks[end_tok - 1].end, toks[k + 1].start, typ, sector, country,
                              " ".join(t.norm for t in toks[k:end_tok])[plen:]))
        if not found:
            return
        for start, end, gstart, typ, sector, country, base in found:
            # another entity's mention on the genitive that is not a generic party (a name, a place, a KB body)
            if any(ms < end and me > gstart and not (x.key.startswith("party:") and start <= ms and me <= end)
                   and not (x.type == "NORP" and x.country and x.country == country)
                   for x in ents.values() for ms, me, *_r in x.mentions):
                continue
            for key in list(ents):
                x = ents[key]
                x.mentions = [m for m in x.mentions if not (start <= m[0] and m[1] <= end)]
                if not x.mentions:
                    del ents[key]
            key = f"party:{sector}:{base}:{country}"
            ent = ents.get(key)
            if ent is None:
                surface = text[start:end]
                ent = ents[key] = _Ent(key, surface, surface, typ, country, None, sector, None, conf=2)
            ent.mentions.append((start, end, 2, "nominal"))

    def _group_adjectives(self, text, zone_toks, ents) -> None:
        """A party noun followed by a movement's adjective (kb/group_adjectives.tsv) names the movement's KB organisation:
        الميليشيات الحوثية، الانقلاب الحوثي، مسلحون حوثيون، المتمردين الحوثيين (the Houthis). The noun's own nominal party
        mention and the adjective's mention give way to it; a KB person holding the words (عبد الملك الحوثي) stays."""
        kb = self.kb
        for forms, (eid, heads, deeds) in _group_adjective_rules().items():
            idx = kb.by_id.get(eid)
            if idx is None or not any(f in text for f in forms[1]):
                continue
            spans = []
            for toks, joined, _tags in zone_toks:
                for k in range(1, len(toks)):
                    if toks[k].norm not in forms[0] or not joined[k - 1]:
                        continue
                    w = toks[k - 1].norm
                    th = None
                    for j0 in (k - 1, k - 2):   # (a two-word noun: الفصائل المسلحة، طائرات حربية)
                        if j0 < 0 or j0 < k - 1 and not joined[j0]:
                            continue
                        h = match_title(kb, text, toks, joined, j0)
                        if h is not None and h.j == k and h.payload.kind in _PARTY_KINDS:
                            th = h
                            break
                    if th is not None:
                        start = th.start
                    else:
                        r = next((r for r in readings(w) if r[1] in heads and r[0] <= 3), None)
                        if r is None:
                            continue
                        start = orig_offset(text, toks[k - 1].start, r[0] - r[2]) if r[0] else toks[k - 1].start
                        if r[1] in deeds:
                            start = toks[k].start  # "قذيفة حوثية"، "قصف حوثي": the deed or weapon is the event's
                            # trigger, its owner's adjective the party
                        if r[1] in _LEADER_HEADS and k + 1 < len(toks) and joined[k] and (
                                toks[k + 1].norm in kb.given or toks[k + 1].norm in _NAME_LINK):
                            continue  # "القيادي الحوثي أبو محمد المرتضى": a named leader stays a person
                    spans.append((start, toks[k].end))
            if not spans:
                continue
            # mentions held inside a span give way, but a KB person or organisation that overlaps one keeps it
            keep = []
            for s, e in spans:
                if any(x.type == "PERSON" and any(ms < e and me > s for ms, me, *r in x.mentions if x.kb_id or
                                                  r[-1] == "role") for x in ents.values()):
                    # (a KB person, or the title phrase of a person named after it: القيادي الحوثي، غالب خرصان،)
                    continue
                keep.append((s, e))
            if not keep:
                continue
            for key in list(ents):
                x = ents[key]
                if x.kb_id == eid:
                    continue
                x.mentions = [m for m in x.mentions if not any(s <= m[0] and m[1] <= e for s, e in keep)]
                if not x.mentions:
                    del ents[key]
            ent = self._kb_ent(ents, idx)
            ent.mentions = [m for m in ent.mentions if not any(s <= m[0] and m[1] <= e for s, e in keep)]
            ent.mentions.extend((s, e, 3, "name") for s, e in keep)

    @staticmethod
    def _cur_gap_quote(text, t, u) -> bool:
        """Is only white space or a quotation mark between tokens ``t`` and ``u`` ("الاحتلال" التركي)?"""
        return not text[t.end:u.start].strip(' \u00a0"«»“”\'')

    # -- one zone --------------------------------------------------------------------------------------------
    def _zone(self, text, toks, joined, date, ents, pending_roles, counterparts):
        kb = self.kb
        n = len(toks)
        flags = self._cur_flags
        seq: list[tuple[str, Hit]] = []
        nxt_free = 0
        hrules = kb.homograph_rules
        hfirst = kb.__dict__.get("_homograph_firsts")  # (the first words of the rules' forms: _homograph_off's test)
        if hfirst is None or hfirst[0] is not hrules or hfirst[1] != len(hrules):
            hfirst = kb.__dict__["_homograph_firsts"] = (hrules, len(hrules), _homograph_firsts(hrules))
        hfirst = hfirst[2]
        for i in self._cur_cand:
            fl = flags[i]
            if i < nxt_free or not fl & (F_ENT | F_TITLE | F_DEM):
                continue
            e = match_entity(kb, text, toks, joined, i) if fl & F_ENT else None
            t = match_title(kb, text, toks, joined, i) if fl & F_TITLE else None
            d = match_demonym(kb, text, toks, i) if fl & F_DEM else None
            best = None
            for k, h in (("ent", e), ("title", t), ("dem", d)):   # longest; ties: entity, title, demonym
                if h is not None and (best is None or h.j - h.i > best[1].j - best[1].i):
                    best = (k, h)
            if best is None:
                continue
            if best[0] == "ent" and d is not None and e.j == i + 1 and i > 0 and joined[i - 1] and \
                    toks[i - 1].norm.endswith("يا") and len(toks[i - 1].norm) >= 5 and \
                    toks[i - 1].norm not in kb.stop and not flags[i - 1] & ~F_SPLIT and \
                    kb.entries[e.payload[0][0]].kind == "country":
                best = ("dem", d)   # قمرا اصطناعيا روسيا: an accusative adjective, not the country
            if best[0] == "ent" and e.j == i + 1 and not e.plen and toks[i].norm in kb.homographs and i > 0 \
                    and joined[i - 1] and toks[i - 1].norm not in kb.homographs[toks[i].norm]:
                continue   # عجز مالي: the adjective "financial", not Mali (في مالي، شمال مالي are the country)
            if hrules and best[0] != "dem" and self._homograph_off(text, toks, joined, best[1], hrules, hfirst):
                self._cur_common.add(toks[i].start)
                continue   # القضاء على (elimination), السياسة الخارجية (foreign policy): common words here
            if best[0] != "dem" and best[1].j == i + 1 and _common_spelling(text, toks[i], best[0] == "ent"):
                self._cur_common.add(toks[i].start)
                continue   # ميتاً "dead" (not Meta), البلد الآمن "safe" (not الأمن, security): as written, a common word
            if best[0] == "title" and best[1].j == i + 1 and best[1].payload.pattern in _NAME_ONLY_TITLES and \
                    i > 0 and joined[i - 1] and flags[i - 1] & F_TITLE:
                continue   # نائب رئيس المجلس X: the complement of the title before it, not a title of its own
            if best[0] == "ent" and t is not None and t.payload.kind == "title" and e.j < n and joined[e.j - 1] and \
                    toks[e.j].norm in _FORMER_ADJ and kb.entries[e.payload[0][0]].type == "PERSON" and (
                        t.j == e.j or (lambda dh: dh is not None and dh.j == e.j)(match_demonym(kb, text, toks, t.j))):
                best = ("title", t)   # العاهل الأردني الراحل، المرشد الإيراني الراحل: a KB person's title alias with a
                # former adjective after it is the office of another (late) holder, read as a title phrase
            elif best[0] == "ent" and t is not None and t.j < e.j and flags[t.j] & F_ENT:
                e2 = match_entity(kb, text, toks, joined, t.j)
                if e2 is not None and e2.j > e.j:
                    best = ("title", t)
            seq.append(best)
            nxt_free = best[1].j
        seq = self._split_names(text, toks, joined, flags, seq)
        # the words of a person's title phrase are no names of their own (رئيس مجلس الوزراء: no ORG "الوزراء")
        self._cur_titled.extend((h.start, h.end) for k, h in seq if k == "title" and h.payload.kind in
                                ("title", "honorific"))
        self._cur_chain = {}   # token of a title -> roles of the titles before it (a chain naming one person)
        self._speech(text, toks, joined, ents)   # names after speech verbs first: titles after them refer back
        self._kin_names(text, toks, joined, ents, {h.i for k, h in seq})
        used = set()
        # English puts the demonym or country before the title (Russian President, U.S. Secretary of State): the
        # modifier is part of the title phrase, as the demonym after an Arabic title is
        en_pre: dict[int, tuple[str, Hit]] = {}
        for q in range(1, len(seq)):
            k, h = seq[q]
            pk, ph = seq[q - 1]
            if k != "title" or h.payload.kind not in ("title", "party", "group") or ph.j != h.i or \
                    not joined[h.i - 1] or not _is_latin(toks[h.i].norm) or not _is_latin(toks[ph.i].norm):
                continue
            if pk == "dem":
                en_pre[q] = (ph.payload, ph)
                used.add(q - 1)
            elif pk == "ent" and ph.j - ph.i == 1 and self._is_country(ph):
                en_pre[q] = (kb.entries[ph.payload[0][0]].country, ph)
                used.add(q - 1)
            else:
                continue
            self._cur_absorbed.append((ph.start, ph.end))
        for q, (k, h) in enumerate(seq):
            # Jordan's King Abdullah II, Israel's army: a country in the possessive before an English title
            if k != "title" or q in en_pre or h.i == 0 or not joined[h.i - 1] or not _is_latin(toks[h.i].norm) or \
                    h.payload.kind not in ("title", "party", "group"):
                continue
            w = toks[h.i - 1].norm
            if w.endswith(("'s", "’s")) and len(w) > 4:
                lst = kb.index.get(w[:-2])
                vals = lst[-1][1] if lst and not lst[-1][0] else None
                if vals and kb.entries[vals[0][0]].kind == "country" and toks[h.i - 1].text[:1].isupper():
                    t = toks[h.i - 1]
                    en_pre[q] = (kb.entries[vals[0][0]].country, Hit(h.i - 1, h.i, t.start, t.end - 2, 0, vals))
        for q, (k, h) in enumerate(seq):
            if q in used:
                continue
            if k == "ent":
                c0 = text[h.start]
                if "a" <= c0 <= "z" and not any("A" <= ch <= "Z" for ch in text[h.start:h.end]):
                    continue   # English names are capitalised: "nice", "reading" are words
                pe = kb.entries[h.payload[0][0]]
                if pe.kind in ("place", "capital") and h.j - h.i == 1 and not h.plen and \
                        toks[h.i].norm in kb.given:
                    # فلاديمير بوتين: a given name that is also a town, followed by a surname, is a person
                    nend = self._name_after(toks, joined, h.i)
                    if nend is not None and nend > h.j:
                        while q + 1 < len(seq) and seq[q + 1][1].i < nend:
                            q += 1
                            used.add(q)
                        self._add_unknown_person(ents, text, toks, h.i, nend, None)
                        continue
                if self._other_bearer(ents, text, toks, joined, h, pe):
                    continue
                if pe.kind == "org" and self._generic_of_other(ents, text, toks, joined, h, pe, seq, q, used):
                    continue
                ent = self._add_kb(ents, h, text, toks)
                self._note_link(ent, h, text, toks, joined, pe)
                continue
            if k == "dem":
                self._add_norp(ents, h)
                self._dem_name(ents, text, toks, joined, h, seq, q)
                continue
            title = h.payload
            if title.kind == "counted" and not (h.i > 0 and joined[h.i - 1] and _counted_before(toks[h.i - 1].norm)):
                continue   # طالبا، امرأة: a counted person only after a number (تظاهر 50 طالبا); alone, another word
                # (its demonym stays a party of its own: شبان فلسطينيين)
            if title.kind == "single" and not self._single_ok(ents, toks, joined, h, seq, q):
                continue
            if title.kind == "group" and h.j == h.i + 1 and toks[h.i].norm.endswith("يون") and h.i > 0 and \
                    joined[h.i - 1] and toks[h.i].norm[:1] != "و" and _plural_noun_before(toks[h.i - 1].norm):
                continue   # مسؤولون سياسيون، نشطاء سياسيون، زعماء سياسيون: a nisba plural after a plural noun is its
                # adjective, no group of its own (alone or joined by و it is one: ناشد سياسيون ومثقفون وجامعيون)
            if title.kind == "group" and h.j == h.i + 1 and toks[h.i].norm == "مسلحا" and h.i > 0 and \
                    joined[h.i - 1] and toks[h.i - 1].norm.endswith("ا") and (
                        q > 0 and seq[q - 1][1].j == h.i
                        or len(toks[h.i - 1].norm) >= 4 and not toks[h.i - 1].norm[:1].isdigit()):
                continue   # "armed" in the accusative is the adjective of the indefinite noun before it: of the person or
                # demonym named there ("استهدفت فلسطينياً مسلحاً"، "نشرت ... 50 جندياً مسلحاً"), or of a deed (كميناً
                # مسلحاً، نزاعا مسلحا), no party of its own (a group after a count: قتل 20 مسلحا). Not other group
                # nouns: مفجرا انتحاريا is the bomber
            if title.kind in ("arms", "people") and h.i > 0 and joined[h.i - 1] and toks[h.i - 1].norm in ("كبير", "كبيره"):
                continue  # كبير الدبلوماسيين الصينيين وانغ يي: the genitive of an office's title, not a group
            if h.i > 0 and joined[h.i - 1] and toks[h.i - 1].norm in ("عبد", "ابو", "ابن", "بن", "ام"):
                continue  # عبد الملك بن مروان: part of a name, not the title الملك
            if h.i > 0 and joined[h.i - 1] and toks[h.i - 1].norm in _FACILITY and title.kind == "title":
                continue  # مطار الملك عبد العزيز الدولي: a place named for him, not the person
            # the phrase after the title: demonym(s) / country, then a name
            j = h.j
            country = None
            qn = q + 1
            dem_hits = []
            name_only = title.pattern in _NAME_ONLY_TITLES and not toks[h.i].norm.startswith(_ARTICLE)   # (not للرئيس)
            if name_only and toks[h.i].text.endswith("ه"):
                continue   # رئيسه التنفيذي: "his head", a pronoun, not رئيسة
            if name_only:   # (what it takes is given back when no name follows)
                keep_used = {x for x in used if x > q}
                keep_next = seq[q + 1] if q + 1 < len(seq) else None
            of_name = None   # a region or institution the office is of (رئيس كاتالونيا): "President of Catalonia"
            skip_of = False
            role_span = None   # the title phrase before a complement: a role mention of the person named after it
            role_key = None   # another role than the title's (رئيس اللجنة X: the head of a body, no president; "-": none)
            gen_end = None
            former_end = None   # end of السابق/الأسبق/الراحل after the title phrase
            if toks[h.j - 1].norm in _FORMER_ADJ:
                former_end = h.end   # a title that says it (kb/titles.tsv: الرئيس السابق)
            offices = kb.__dict__.get("_office_roles")
            if offices is None:
                offices = kb.__dict__["_office_roles"] = frozenset(x[0] for x in kb.offices)
            english = _is_latin(toks[h.i].norm)
            if english and not ((h.i > 0 and _is_latin(toks[h.i - 1].norm)) or (h.j < n and _is_latin(toks[h.j].norm))):
                continue   # an English word alone in Arabic text (a band's fans called "Army")
            pre = en_pre.get(q)
            if pre is not None:
                country = pre[0]
            if qn < len(seq) and seq[qn][1].i == j and seq[qn][0] == "ent" and joined[j - 1] and \
                    seq[qn][1].j == j + 1 and self._is_country(seq[qn][1]):
                dh = match_demonym(kb, text, toks, j)   # السعودية: the country or the adjective
                if dh is not None and (toks[j].norm.startswith("ال") or not toks[j - 1].norm.startswith(_ARTICLE)):
                    # (an adjective agrees in definiteness: اتهمت الحكومة روسيا is the country, the object)
                    seq[qn] = ("dem", dh)
            if qn < len(seq) and seq[qn][1].i == j and seq[qn][0] == "dem" and joined[j - 1] and \
                    not self._given_dem(toks, joined, h, seq[qn][1]):
                country = seq[qn][1].payload
                dem_hits.append(seq[qn][1])
                j = seq[qn][1].j
                used.add(qn)
                qn += 1
            elif qn < len(seq) and seq[qn][1].i == j and seq[qn][0] == "ent" and joined[j - 1] and \
                    title.kind in ("title", "party") and self._is_country(seq[qn][1]) and \
                    not (toks[j - 1].norm.startswith(_ARTICLE) and not seq[qn][1].plen) and \
                    toks[j].norm[:1] not in "وف":
                # genitive: وزير خارجية روسيا / حكومة جنوب السودان (the country stays its own GPE mention); a
                # definite noun has no genitive: اتهمت الحكومة روسيا (the government accused Russia); و، ف join
                # another party (النظام وروسيا)
                country = self.kb.entries[seq[qn][1].payload[0][0]].country
                gen_end = seq[qn][1].j
            elif title.kind in _PARTY_KINDS and toks[h.j - 1].norm.startswith(_ARTICLE):
                # other adjectives of the noun before its nationality: الشرطة القضائية الفرنسية، المحكمة الدستورية
                # العليا التركية (one party of that state; the demonym is no party of its own)
                k = self._party_adj_end(toks, joined, j)
                if k > j and qn < len(seq) and seq[qn][0] == "ent" and seq[qn][1].i == k and joined[k - 1] and \
                        seq[qn][1].j == k + 1 and self._is_country(seq[qn][1]):
                    dh = match_demonym(kb, text, toks, k)   # الشرطة الدينية السعودية: the adjective, not the country
                    if dh is not None:
                        seq[qn] = ("dem", dh)
                if k > j and qn < len(seq) and seq[qn][0] == "dem" and seq[qn][1].i == k and joined[k - 1] and \
                        toks[k].text.startswith("ال"):
                    country = seq[qn][1].payload
                    dem_hits.append(seq[qn][1])
                    j = seq[qn][1].j
                    used.add(qn)
                    qn += 1
            # more demonyms joined by و: مستشارا الأمن القومي الأمريكي والروسي
            while qn < len(seq) and seq[qn][0] == "dem" and seq[qn][1].i == j and joined[j - 1] and \
                    toks[j].norm.startswith("و") and title.kind == "title":
                dem_hits.append(seq[qn][1])
                used.add(qn)
                j = seq[qn][1].j
                qn += 1
            if country is None and not dem_hits and getattr(title, "country", None):
                country = title.country   # خادم الحرمين الشريفين: the King of Saudi Arabia by his title alone
            if title.pattern in _RANK_HOMOGRAPHS and dem_hits:
                role_key = "-"   # حارس مرمى الفريق البرازيلي X: the team, no rank (X is Brazilian, no general)
            if title.kind in ("arms", "people") and not dem_hits and not (
                    title.kind == "people" and _partitive_before(toks, joined, h.i)):
                continue   # الطائرات، الدبلوماسيون: a party only with its nationality (الطائرات الروسية، دبلوماسيون روس)
            if title.kind in _PARTY_KINDS or title.kind == "org":
                self._add_party(ents, text, toks, h, title, country, dem_hits[:1],
                                start=pre[1].start if pre is not None else None)
                continue
            # الأمين العام للأمم المتحدة أنطونيو غوتيريش / رئيس تحرير رويترز، ستيفن أدلر / السفير الأمريكي
            # لدى الفلبين، سونغ كيم: the organisation or country of the office, then the name
            if title.kind == "title" and qn < len(seq):
                jj = j + 1 if (j < n and joined[j - 1] and toks[j].norm in ("لدي", "في")) else j
                oh = seq[qn][1]
                if seq[qn][0] == "ent" and oh.i == jj and joined[jj - 1] and \
                        kb.entries[oh.payload[0][0]].kind in ("org", "country", "place", "capital"):
                    a2 = oh.j
                    odem = None
                    if qn + 1 < len(seq) and seq[qn + 1][0] == "dem" and seq[qn + 1][1].i == a2 and joined[a2 - 1]:
                        odem = seq[qn + 1][1]   # لاعب ليفربول المصري محمد صلاح
                        a2 = odem.j
                    fa2 = a2
                    while fa2 < n and joined[fa2 - 1] and toks[fa2].norm in _SKIP_ADJ:
                        fa2 += 1   # رئيس وزراء إسرائيل الأسبق إيهود باراك
                    lam = a2
                    if not english and fa2 == a2:
                        # رئيس الاتحاد الأوروبي لكرة القدم X (another body than the KB's), رئيس شبكة سي إن إن
                        # الإخبارية، X، رئيس الإنتربول السابق X
                        lam = self._lam_complement(toks, joined, a2)
                        fa2 = self._adj_run(toks, joined, lam)[0] if lam < n and joined[lam - 1] else lam
                    if fa2 > a2 and (self._name_after(toks, joined, fa2, title_before=True) is not None or (
                            not english and (self._loose_name(toks, joined, fa2) is not None or
                                             self._comma_name(toks, joined, fa2) is not None)) or any(
                            x[1].i == fa2 and x[0] == "ent" and not x[1].plen
                            and kb.entries[x[1].payload[0][0]].type == "PERSON"
                            for x in seq[qn + 1:qn + 3])):
                        if any(toks[x].norm in _FORMER_ADJ for x in range(a2, fa2)):
                            former_end = toks[fa2 - 1].end
                        if lam > a2:
                            skip_of = True   # (the KB's body is not the office's: الاتحاد الأوروبي لكرة القدم)
                            role_span = (h.start, h.end)   # (the office is a role mention of the person)
                        a2 = fa2
                    nxt = seq[qn + 1 + (odem is not None)] if qn + 1 + (odem is not None) < len(seq) else None
                    kb_name = nxt is not None and nxt[0] == "ent" and nxt[1].i == a2 and \
                        (joined[a2 - 1] or a2 in self._cur_apos) and \
                        kb.entries[nxt[1].payload[0][0]].type == "PERSON"
                    if kb_name or self._name_after(toks, joined, a2, title_before=True) is not None or \
                            self._comma_name(toks, joined, a2) is not None or (
                                not english and self._loose_name(toks, joined, a2) is not None):
                        okind = kb.entries[oh.payload[0][0]].kind
                        if name_only and okind != "country" and not skip_of:
                            of_name = kb.entries[oh.payload[0][0]].name   # رئيس الإنتربول X: President of Interpol
                        if country is None and okind == "country" and jj == j + 1:
                            pass   # السفير الأمريكي لدى الفلبين: the host country is not his
                        elif country is None and (okind != "org" or (title.role in _GENERIC_HEADS or title.role == "secretary_general") and
                                                  kb.entries[oh.payload[0][0]].sector in _BODY_NATION):
                            # رئيس وزراء إسرائيل X (an organisation's seat is not its officer's nationality, but the
                            # commander or spokesman of a state body or armed group is of its state: قائد الحرس
                            # الثوري الإيراني X)
                            country = kb.entries[oh.payload[0][0]].country
                        if odem is not None:
                            country = odem.payload
                            used.add(qn + 1)
                        if okind == "org" and not skip_of and role_span is None and \
                                kb.entries[oh.payload[0][0]].sector in _BODY_NATION and kb.entries[oh.payload[0][0]].country:
                            # قائد الحرس الثوري الإيراني X، مدير عام المكتب الإعلامي الحكومي في غزة X: a state body or
                            # armed group is his office (a role mention of the person), not a party of its own beside him
                            # (an international body or a medium stays one: الأمين العام للأمم المتحدة X)
                            used.add(qn)
                            role_span = (h.start, toks[a2 - 1].end)
                        j = a2
                        qn += 1 + (odem is not None)
                        while qn < len(seq) and seq[qn][1].i < j:
                            qn += 1
            # المتحدث باسم الشرطة [المحلية] جون سميث: the body after باسم, then the name
            body_sector = None
            body_country = None   # the state of the body after باسم: the person's named after the title (not the role's)
            if title.pattern.endswith("باسم") and j == h.j and qn < len(seq) and seq[qn][1].i == j and joined[j - 1]:
                # (only while the body is still to read: one read above as the office's complement is not read
                # again, or the name after it is taken for the body — المتحدث باسم حركة حماس فوزي برهوم)
                bk, bh = seq[qn]
                body_sector = bh.payload.sector if bk == "title" else \
                    kb.entries[bh.payload[0][0]].sector if bk == "ent" else None
                if bk == "ent" and body_sector in _BODY_NATION:
                    body_country = kb.entries[bh.payload[0][0]].country   # المتحدثة باسم البيت الأبيض: American
                j = seq[qn][1].j
                qn += 1
                while qn < len(seq) and seq[qn][1].i == j and seq[qn][0] == "dem":
                    if bk == "title":
                        body_country = body_country or seq[qn][1].payload   # المتحدث باسم الرئاسة التركية
                    j = seq[qn][1].j
                    qn += 1
                if j < n and joined[j - 1] and toks[j].norm.startswith("ال") and toks[j].norm.endswith("يه") \
                        and not self._cur_flags[j] & ~F_SPLIT:
                    j += 1   # an adjective of the body (المحلية، الوطنية)
            # adjectives between the title and the name: الرئيس الأمريكي السابق باراك أوباما
            while j < n and joined[j - 1] and toks[j].norm in _SKIP_ADJ:
                if toks[j].norm in _FORMER_ADJ:
                    former_end = toks[j].end
                j += 1
                while qn < len(seq) and seq[qn][1].i < j:
                    used.add(qn)
                    qn += 1
            # adjectives the KB does not know and a locative pronoun before the name: الرئيس الكاتالوني السابق كارلس
            # بيغديمونت، السفير اليوناني لديها اندرياس فريغاناس (a nisba of a KB place gives its country)
            if not english and title.kind in ("title", "honorific") and j < n and joined[j - 1] and \
                    not (qn < len(seq) and seq[qn][1].i == j) and title.pattern not in _RANK_HOMOGRAPHS:
                ja, place = self._adj_run(toks, joined, j)
                # (dictionary adjectives after other offices are the complement's: زعيم المعارضة البرلمانية X)
                if ja > j and (title.role == "president" or any(
                        toks[x].norm in _LOC_PRON or not _words.is_word(toks[x].norm) for x in range(j, ja))) and \
                        self._named_next(toks, joined, seq, qn, ja):
                    for x in range(j, ja):
                        if toks[x].norm in _FORMER_ADJ:
                            former_end = toks[x].end
                    if place is not None and country is None and not dem_hits:
                        country = place.country
                        if place.kind != "country":
                            of_name = place.name   # الرئيس الكاتالوني: President of Catalonia, not of Spain
                    j = ja
            chain = self._cur_chain.pop(h.i, [])
            sector = body_sector if body_sector and (not title.sector or title.role in _GENERIC_HEADS) \
                else title.sector or body_sector
            no_loose = False
            if not english and title.kind == "title" and title.pattern.rsplit(" ", 1)[-1] in _PLACE_HEADS and \
                    j < n and joined[j - 1] and not (qn < len(seq) and seq[qn][1].i == j):
                # رئيس بلدية استيلا، حاكم ولاية دورانغو خوسيه ايسبورو: the word after the head is the place
                jp = j
                while jp + 1 < n and joined[jp] and toks[jp].norm in _PLACE_HEADS_N:
                    jp += 1   # رئيسة بلدية مدينة فلنسبورغ
                if self._named_next(toks, joined, seq, qn, jp + 1):
                    role_span = (h.start, toks[jp].end)
                    j = jp + 1
                    while qn < len(seq) and seq[qn][1].i < j:
                        qn += 1
                else:
                    no_loose = True
            if not english and title.kind in ("title", "honorific") and (title.role != "president" or name_only) and \
                    not no_loose and not self._named_next(toks, joined, seq, qn, j) and not (
                        strip_article(toks[h.i].norm) != toks[h.i].norm and self._worded_name(toks, joined, j)):
                # the complement of an office the KB does not name, then the name: قائد خلية الأزمة X، مدير الصحيفة X
                # (not after الرئيس: الرئيس السابق للحكومة is another office, a head of government)
                j2, q2, cdem, csec = self._complement(toks, joined, j, seq, qn)
                if j2 > j and j2 < n and joined[j2 - 1] and not self._named_next(toks, joined, seq, q2, j2):
                    ja = self._adj_run(toks, joined, j2)[0]   # رئيس الإقليم المقال والمنفي X
                    if ja > j2 and self._named_next(toks, joined, seq, q2, ja):
                        if any(toks[x].norm in _FORMER_ADJ for x in range(j2, ja)):
                            former_end = toks[ja - 1].end
                        j2 = ja
                        while q2 < len(seq) and seq[q2][1].i < j2:
                            q2 += 1
                if j2 > j and self._named_next(toks, joined, seq, q2, j2):
                    inner = range(qn, q2)
                    # the title phrase is a role mention of the person: with the complement when it holds nothing the
                    # KB names but demonyms (وزير الصناعة اللبناني), which it absorbs; else up to it (المتحدث باسم
                    # شرطة | كابول)
                    if all(seq[x][0] == "dem" for x in inner):
                        role_span = (h.start, toks[j2 - 1].end)
                        used.update(inner)
                    else:
                        role_span = (h.start, toks[j - 1].end)
                    j, qn = j2, q2
                    country = country or cdem
                    if name_only:
                        role_key = "head"   # رئيس القمة X، رئيسة الجمعية التأسيسية، X
                        sector = csec or None
                    if csec and (not title.sector or title.role in _GENERIC_HEADS):
                        sector = csec   # قائد الشرطة الإندونيسية X: a police officer; ممثل النيابة X
            # a second title, then the name: المتحدث باسم الجيش العقيد تركي المالكي (both roles are his)
            if not english and title.kind in ("title", "honorific") and qn < len(seq) and seq[qn][0] == "title" and \
                    seq[qn][1].i == j and joined[j - 1] and seq[qn][1].payload.kind in ("title", "honorific") and \
                    not (dem_hits and self._other_office(toks, seq[qn][1])) and \
                    not (title.role in _HEADS and seq[qn][1].payload.role in _HEADS_OTHER and
                         seq[qn][1].payload.role != title.role) and \
                    self._named_next(toks, joined, seq, qn, j):
                # (an office closed by its demonym, then another definite office: the object of a VSO sentence,
                # another person — استقبل الرئيس الفلسطيني المبعوث الأممي X; a rank, a prince's title, a descriptor
                # or an office in construct is still his: مدير الأمن العام الأردني اللواء X، وزير الخارجية الكويتي
                # الشيخ X، رجل الأعمال السوري المعارض X، المتحدث باسم الحكومة التركية نائب رئيس الوزراء X)
                nxt_chain = self._cur_chain.setdefault(seq[qn][1].i, [])
                nxt_chain.extend(chain)
                if title.role and title.kind == "title":
                    nxt_chain.append((_role_lab(title.role, former_end is not None and title.role in offices),
                                      country, sector, role_span or (h.start, toks[j - 1].end)))
                continue
            if name_only and j == h.j:   # (رئيس + a name: no office named)
                used.difference_update([x for x in used if x > q and x not in keep_used])
                if keep_next is not None:
                    seq[q + 1] = keep_next
                continue
            pcountry = country or body_country   # the country of a person named with the title
            if pcountry is None and not english and title.kind == "title" and h.j - h.i >= 2 and not dem_hits:
                # a title that names its state (المستشارة الألمانية X: a German, as in kb/titles.tsv)
                w_ = toks[h.j - 1].norm
                pcountry = kb.demonyms.get(w_[2:]) if w_.startswith("ال") else None
            # a person name right after?
            name_hit = None
            apos = self._cur_apos
            if qn < len(seq) and seq[qn][0] == "ent" and seq[qn][1].i == j and (joined[j - 1] or j in apos):
                cand = seq[qn][1]
                ent_e = self.kb.entries[cand.payload[0][0]]
                if ent_e.type == "PERSON" and not self._short_of_other(toks, joined, cand, ent_e) and not (
                        cand.plen and toks[j].norm[:cand.plen] in ("ب", "ل", "و", "ف", "وب", "ول", "فب", "فل")):
                    # (not a short name starting another bearer's name: الكوري الشمالي كيم يونج تشول; not a name
                    # behind a preposition or و: "سيجمع الرئيس الأمريكي بكيم جونغ أون" names another person)
                    name_hit = cand
                    used.add(qn)
            other_bearer = name_hit is None and qn < len(seq) and seq[qn][1].i == j and seq[qn][0] == "ent" and \
                (joined[j - 1] or j in apos) and kb.entries[seq[qn][1].payload[0][0]].type == "PERSON" and \
                self._short_of_other(toks, joined, seq[qn][1], kb.entries[seq[qn][1].payload[0][0]])
            if name_hit is not None:
                if j > h.j:
                    self._cur_titled.append((h.start, toks[j - 1].end))   # (سفير روسيا في الأمم المتحدة X)
                pe = self._add_kb(ents, name_hit, text, toks)
                if role_span is None and not joined[j - 1] and j in apos and (
                        pcountry is None or pe.country in (None, pcountry)) and not (
                        h.i in apos and not (h.plen and toks[h.i].norm[:1] == "و") and any(
                            m[1] == toks[h.i - 1].end for x in ents.values() if x.type == "PERSON"
                            for m in x.mentions)):
                    # العاهل السعودي، الملك سلمان بن عبدالعزيز / الرئيس الأمريكي، دونالد ترامب: the title phrase
                    # before the comma is a role mention of the KB person after it (as for an unknown name), its
                    # demonym no party of its own (not when it describes a person named before it: X، المتحدث ...، Y;
                    # after و it names a second person: بالعاهل السعودي، الملك سلمان، وولي العهد، الأمير محمد بن سلمان)
                    # (the whole phrase up to the comma, a body of the office with it — as for a joined name,
                    # where the phrase is titled: المتحدثة باسم وزارة الخارجية الأمريكية، هيذر نويرت)
                    role_span = (h.start, toks[j - 1].end)
                self._give_role(pe, title, former_end is not None, offices, pcountry, sector, chain, role_span, of_name,
                                role_key)
                continue
            if qn < len(seq) and seq[qn][1].i == j and seq[qn][0] == "ent" and not other_bearer and not (
                    not english and seq[qn][1].j == j + 1 and toks[j].norm in kb.given and
                    kb.entries[seq[qn][1].payload[0][0]].kind == "place" and
                    (self._name_after(toks, joined, j, title_before=True) or 0) >= j + 2):
                nend = None   # مراسل بي بي سي: a KB organisation/place, not an unknown name
            elif qn < len(seq) and seq[qn][1].i == j and seq[qn][0] == "ent":
                # a given name that is also a town, then a surname: وزير الخارجية الألماني هايكو ماس
                nend = self._name_after(toks, joined, j, title_before=True)
            elif english:
                nend = self._en_name_after(text, toks, joined, j)
            else:
                nend = self._name_after(toks, joined, j, title_before=True)
                if nend is None and title.kind in ("title", "honorific"):
                    nend = self._skeleton_name(toks, joined, j)
                if nend is None and title.kind in ("title", "honorific") and not no_loose:
                    nend = self._loose_name(toks, joined, j)   # وزير الخارجية المنغولي باتستسيغ باتمونخ
                    if nend is None and strip_article(toks[h.i].norm) != toks[h.i].norm:
                        nend = self._worded_name(toks, joined, j)   # الأميرة حصة بنت سلمان، المدعي العام فرنسوا مولينز
                    if nend is not None and role_span is None and j > h.j:
                        jr = j - 1 if j - 1 > h.j and toks[j - 1].norm in _LOC_PRON else j   # (less لديها)
                        role_span = (h.start, toks[jr - 1].end)   # (the title phrase is his: نائب وزير الخارجية)
            if nend is not None and toks[j].norm in _ANY:
                nend = None   # "ممثل لأي كيان قانوني": "any", no name
            if nend is not None and title.kind in ("title", "honorific"):
                # skip over hits swallowed by the unknown name
                while qn < len(seq) and seq[qn][1].i < nend:
                    used.add(qn)
                    qn += 1
                s, e_ = toks[j].start, toks[nend - 1].end
                if j > h.j:
                    self._cur_titled.append((h.start, toks[j - 1].end))
                pe = self._add_unknown_person(ents, text, toks, j, nend, pcountry or None)
                self._give_role(pe, title, former_end is not None, offices, pcountry, sector, chain, role_span, of_name,
                                role_key)
                continue
            # الرئيس الأمريكي لدى الفلبين، سونغ كيم، ...: a name between commas after the title phrase
            if title.kind in ("title", "honorific"):
                k = self._comma_name(toks, joined, j)
                w0 = toks[j].norm if j < n else ""
                if k is not None and w0 not in kb.given and w0 not in kb.first_names and _words.is_word(w0):
                    k = None   # وزير خارجية بريطانيا الجديد، ارتكب جيريمي هانت،: a verb, then the name
                if k is not None:
                    while qn < len(seq) and seq[qn][1].i < k:
                        used.add(qn)   # (a KB surname inside the name is his: غيلاد إردان)
                        qn += 1
                    pe = self._add_unknown_person(ents, text, toks, j, k, pcountry)
                    self._give_role(pe, title, former_end is not None, offices, pcountry, sector, chain, role_span, of_name,
                                role_key)
                    continue
                ap = None if name_only or english else self._apposed_name(ents, toks, joined, h, j, seq, qn)
                if ap is None and not name_only and not english:
                    ap = self._walked_name(toks, joined, h, j, seq, qn)
                if ap is not None:
                    # وزير الأوقاف السوري، محمد عبد الستار السيد، / السفير السعودي لديها، وليد بن عبد العزيز الخريجي،:
                    # the rest of the title phrase up to a comma, then a full name closed by punctuation
                    c, e_, rs, adem, former_ap = ap
                    while qn < len(seq) and seq[qn][1].i < e_:
                        if seq[qn][1].i >= c or seq[qn][1].i < rs:
                            used.add(qn)   # (the name's words; a demonym or body of the office: no party of its own)
                        qn += 1
                    pcountry = pcountry or adem
                    pe = self._add_unknown_person(ents, text, toks, c, e_, pcountry)
                    self._give_role(pe, title, former_end is not None or former_ap, offices, pcountry, sector, chain,
                                    role_span or (h.start, toks[rs - 1].end), of_name, role_key)
                    continue
            if name_only:   # (رئيس روسيا without a name: no role mention; the head of what is not always clear)
                used.difference_update([x for x in used if x > q and x not in keep_used])
                if keep_next is not None:
                    seq[q + 1] = keep_next
                continue
            if title.kind == "title" and title.role and english:
                self._en_role(ents, text, toks, joined, h, title, pre, pending_roles)
                continue
            if title.kind == "title" and title.role:
                if toks[h.i].norm in _COUNTERPART:
                    continue
                # a role mention keeps the article the title match read off (العمدة السابق, not عمدة السابق)
                hs0 = h.start - 2 if h.plen and h.start - 2 >= toks[h.i].start and \
                    normalize(text[h.start - 2:h.start]) == "ال" else h.start
                # أحمد أبوزيد، المتحدث باسم وزارة الخارجية المصرية: the title describes the name before it
                if (h.i in self._cur_apos or h.i in self._cur_apos2) and not (h.plen and toks[h.i].norm[:1] in "وفلب"):
                    # (not after و: "ترمب، والزعيم الكوري الشمالي، كيم" names a second person; nor after a
                    # preposition: "بيار الجميل، للرئيس السابق للحكومة" is someone else)
                    prev_end = toks[h.i - 1].end
                    before = [x for x in ents.values() if x.type == "PERSON" and
                              any(m[1] == prev_end for m in x.mentions)]
                    if not before and not english and title.kind == "title":
                        # an unknown name before the comma (ووجه بهرام قاسمي، الناطق باسم ...): the title is its
                        s0 = self._name_before(toks, joined, h.i)
                        if s0 is not None and not self._covered(ents, toks[s0].start, prev_end):
                            pe = self._add_unknown_person(ents, text, toks, s0, h.i, None)
                            if pe.key != "per:-" and any(m[1] == prev_end for m in pe.mentions):
                                before = [pe]
                    if before:
                        pe = before[0]
                        lab = _role_lab(title.role, former_end is not None and title.role in offices)
                        if lab not in pe.roles:
                            pe.roles.append(lab)
                        if pe.country is None and (pcountry or dem_hits):
                            pe.country = pcountry or dem_hits[0].payload
                        pe.mentions.append((hs0, former_end or (dem_hits[0].end if dem_hits else h.end), 2, "role"))
                        continue
                if former_end is None and gen_end is not None and not dem_hits and gen_end < n and \
                        joined[gen_end - 1] and toks[gen_end].norm in _FORMER_ADJ:
                    former_end = toks[gen_end].end   # رئيس وزراء إسرائيل الأسبق
                former = former_end is not None
                if country or dem_hits:
                    spans = []
                    if dem_hits:
                        first = dem_hits[0]
                        spans.append((first.payload, hs0, former_end if former and len(dem_hits) == 1
                                      else first.end))
                        for dh in dem_hits[1:]:
                            spans.append((dh.payload, dh.start, dh.end))
                    else:
                        spans.append((country, hs0, h.end))
                    for iso, s, e_ in spans:
                        pending_roles.append((title.role, iso, s, e_, former))
                elif h.j - h.i >= 1 and toks[h.i].norm.startswith(("ال", "وال", "فال")) and \
                        title.role not in ("minister", "leader", "commander", "director", "adviser") and not (
                            j < n and joined[j - 1] and len(toks[j].norm) > 4 and toks[j].norm.startswith("ال")
                            and toks[j].norm.endswith(("ي", "يه")) and toks[j].norm not in _SKIP_ADJ
                            and toks[j].norm not in kb.name_tokens and kb.index.get(toks[j].norm) is None):
                    # (not when an adjective the KB does not know qualifies it: الرئيس الكوري الجنوبي، الرئيس
                    # التنفيذي — another office than the one named before)
                    # a bare definite title (وقال الرئيس) refers back to the person named with it; with السابق
                    # to the person named with the former office (none: a role of its own)
                    pending_roles.append((title.role, "", hs0, former_end or h.end, former))
        self._heads(text, toks, joined, ents)
        # counterparts: نظيره + demonym [+ name]
        for p in self._cur_cand:
            t = toks[p]
            if flags[p] & F_COUNTER:
                if p + 1 >= n or not joined[p]:
                    continue
                d = match_demonym(self.kb, text, toks, p + 1)
                if d is None:
                    continue
                after = d.j
                named = None
                if after < n and joined[after - 1]:
                    e = match_entity(self.kb, text, toks, joined, after)
                    if e is not None and self.kb.entries[e.payload[0][0]].type == "PERSON":
                        named = e
                    elif self._name_after(toks, joined, after, title_before=True) is not None:
                        named = "unknown"
                if named is None:
                    counterparts.append((d.payload, t.start, d.end, t.start, self._subject_role(ents, text, t.start)))
                    continue
                # the demonym belongs to the counterpart phrase: no separate NORP mention
                norp = ents.get("norp:" + d.payload)
                if norp is not None:
                    norp.mentions = [m for m in norp.mentions if (m[0], m[1]) != (d.start, d.end)]
                if named == "unknown":
                    nend = self._name_after(toks, joined, after, title_before=True)
                    pe = self._add_unknown_person(ents, text, toks, after, nend, d.payload)
                else:
                    pe = ents.get("kb:" + self.kb.entries[named.payload[0][0]].id)
                # the named counterpart inherits the subject's role
                role = self._subject_role(ents, text, t.start)
                if pe is not None and role and role not in pe.roles:
                    pe.roles.append(role)

    # -- pieces ----------------------------------------------------------------------------------------------
    @staticmethod
    def _homograph_off(text, toks, joined, h: Hit, hrules, firsts=None) -> bool:
        """Is this hit a common word by the context rules of kb/homographs.tsv (القضاء على، حركة الطيران،
        السياسة الخارجية، النظام الانتخابي)? The form is the first word as written, a real proclitic (و ف ب ك ل)
        read off — the article stays, whichever reading the match took (النظام المالي). ``firsts``: the first words
        of the rules' forms (_homograph_firsts), which settle most hits before the form with its next words is
        built."""
        w = toks[h.i].norm
        if firsts is not None and not _homograph_may(w, firsts):
            return False
        rest = " ".join(t.norm for t in toks[h.i + 1:h.j])
        form, clitic = None, False
        for p, cand in _homograph_cands(w):
            f = cand + (" " + rest if rest else "")
            if f in hrules or cand in hrules:
                form, clitic = f, p > 0
                break
        if form is None:
            return False
        nxt = toks[h.j].norm if h.j < len(toks) and joined[h.j - 1] else None
        prev = toks[h.i - 1].norm if h.i > 0 and joined[h.i - 1] else None
        nxt2 = toks[h.j + 1].norm if nxt is not None and h.j + 1 < len(toks) and joined[h.j] else None
        return homograph_off(hrules, form, prev, nxt, clitic, nxt2)

    def _covered(self, ents, s, e) -> bool:
        return any(ms < e and s < me for ent in ents.values() for ms, me, *_ in ent.mentions)

    def _heads(self, text, toks, joined, ents):
        """Head noun + quoted name / place / name word (kb/heads.tsv)."""
        kb = self.kb
        n = len(toks)
        tags = getattr(self, "_cur_tags", None) or {}
        flags = self._cur_flags
        for i in self._cur_cand:
            t = toks[i]
            if not flags[i] & F_HEAD:
                continue
            hit = None
            for plen, key, keep in readings(t.norm):
                lst = kb.heads.get(key)
                if not lst:
                    continue
                for rest, typ, sector, mode in lst:
                    if rest and not (i + len(rest) < n and all(
                            joined[i + k] and toks[i + 1 + k].norm == rest[k] for k in range(len(rest)))):
                        continue
                    j = i + 1 + len(rest)
                    hs = orig_offset(text, t.start, plen - keep) if plen else t.start
                    if mode == "quote":
                        if j >= n:
                            continue
                        if plen and t.norm[:plen].endswith("ال") and i > 0 and joined[i - 1]:
                            continue   # هيئة التنظيم "روسكومنادزور": the head in a genitive names no group
                        # up to three definite words (or a genitive chain) between the head and the quote: هيئة التنظيم
                        # "روسكومنادزور"، هيئة تنظيم الاتصالات الروسية "..."، شركة النفط الوطنية "أرامكو" (the mention
                        # then covers the whole phrase)
                        j0 = j
                        while j < n and j - j0 < 3 and joined[j - 1] and (toks[j].norm.startswith("ال") or (
                                j == j0 and j + 1 < n and joined[j] and toks[j + 1].norm.startswith("ال")
                                and toks[j].norm not in kb.stop)) and \
                                toks[j].norm not in _RELATIVES and text[toks[j].end:toks[j + 1].start if j + 1 < n
                                                                     else toks[j].end].strip() in ("", '"', "«", "“", "'", "„"):
                            j += 1
                        if j >= n:
                            continue
                        gap = text[toks[j - 1].end:toks[j].start]
                        if gap.strip() not in ('"', "«", "“", "'", "„") :
                            continue
                        close = {"«": "»", "“": "”"}.get(gap.strip(), gap.strip())
                        ce = text.find(close, toks[j].start, toks[j].start + 60)
                        if ce < 0 or "\n" in text[toks[j].start:ce]:
                            continue
                        k = j
                        while k < n and toks[k].end <= ce:
                            k += 1
                        if k == j or k - j > 6:
                            continue
                        if j > j0:
                            # a short name in the quotes (not quoted speech or an adjective: "المرتبط بتنظيم
                            # القاعدة"، "الإسرائيلي"), and no KB name in the phrase (وكالة الأنباء السعودية "واس"،
                            # وكالة الأنباء السورية الرسمية "سانا" stay the KB's agencies)
                            q0 = toks[j].norm
                            if k - j > 3 or q0.startswith("ال") or q0 in kb.stop or \
                                    text[toks[k - 1].end:ce].strip() or text[ce - 1:ce] in ".،,!؟?" or any(
                                        ms < ce and me > hs and ent.kb_id and ent.type != "NORP"
                                        for ent in ents.values() for ms, me, *_ in ent.mentions):
                                continue
                            qe = ce + len(close) if text[ce:ce + len(close)] == close else toks[k - 1].end
                            hit = (hs, qe, typ, sector, i, k, text[toks[j].start:toks[k - 1].end])
                        else:
                            hit = (toks[j].start, toks[k - 1].end, typ, sector, j, k)
                    elif mode in ("group", "party", "outlet"):
                        # حركة حماس، تنظيم داعش، جبهة البوليساريو (group: words no dictionary holds); حزب العدالة
                        # والتنمية، تيار المستقبل، منظمة العفو الدولية (party: a chain of definite words)
                        if j >= n or not joined[j - 1] or plen and t.norm[:plen].endswith(("ال", "لل")):
                            continue   # (الحزب الحاكم، الحركة الإسلامية: a definite head is a common noun)
                        end = self._group_name_end(toks, joined, j, mode)
                        if end is None:
                            continue
                        hit = (hs, toks[end - 1].end, typ, sector, i, end)
                    elif mode == "org":
                        # الرابطة الدولية للسلام، الجمعية الوطنية لحقوق الإنسان، المجلس الأعلى للقضاء: a definite head,
                        # adjectives and a ل complement (_org_name_end); the mention keeps the article
                        pre = t.norm[:plen]
                        if j >= n or not joined[j - 1] or not pre.endswith(("ال", "لل")):
                            continue
                        end = self._org_name_end(text, toks, joined, j)
                        if end is None:
                            continue
                        hs = orig_offset(text, t.start, plen - 2) if pre.endswith("ال") else hs
                        hit = (hs, toks[end - 1].end, typ, sector, i, end)
                    elif mode in ("state", "state_def"):
                        # الحزب الشيوعي العراقي، القوة الجوية السورية، هيئة المسح الجيولوجي الأمريكية: a body noun,
                        # 1-3 definite words and a demonym name one state's body (the demonym gives its country);
                        # without the demonym (الحزب الحاكم، المجلس العسكري) the phrase stays a common noun
                        pre = t.norm[:plen]
                        if j >= n or not joined[j - 1] or mode == "state_def" and not pre.endswith(("ال", "لل")):
                            continue   # (قوة الضربة الإسرائيلية: the indefinite قوة is the strike's strength)
                        end = self._group_name_end(toks, joined, j, "state")
                        if end is None or end >= n or not joined[end - 1] or toks[end].norm[:1] == "و" or \
                                demonym_country(kb, text, toks, end) is None or end + 1 < n and joined[end] and \
                                toks[end + 1].norm.endswith(("ي", "يه")) and \
                                demonym_country(kb, text, toks, end + 1) is not None:
                            continue   # (اللجنة العسكرية الروسية الباكستانية: a joint body of two states; الجيش الوطني
                            # واليمني: the demonym of the next phrase; a country's name after it is the verb's object:
                            # "وطالبت وزارة النقل الروسية بريطانيا")
                        hs = orig_offset(text, t.start, plen - 2) if pre.endswith("ال") else hs
                        hit = (hs, toks[end].end, typ, sector, i, end + 1)
                    elif mode in ("place", "word", "name", "uword"):
                        if j >= n or not joined[j - 1]:
                            continue
                        if mode != "place" and self._head_no_name(t.norm, plen, toks[j].norm, toks[j].start, tags):
                            continue
                        e = match_entity(kb, text, toks, joined, j)
                        end = None
                        w = toks[j].norm
                        tagged = any((toks[j].start, ty) in tags for ty in ("LOC", "PER", "ORG"))
                        if e is not None and kb.entries[e.payload[0][0]].type in ("GPE", "LOC") and mode == "place":
                            end = e.j
                        elif mode == "place" and (toks[j].start, "LOC") in tags:
                            end = tags[(toks[j].start, "LOC")]
                        elif mode in ("name", "word", "uword") and e is None and self._namelike(w) and \
                                not _NUM.match(w) and w not in kb.title_first and (
                                    self._unknown_place_word(w) or mode != "uword" and (tagged or not (
                                        w.startswith(("ال", "ي")) or w.endswith("ه")))):
                            end = j + 1
                            if (toks[j].start, "LOC") in tags:
                                end = max(end, tags[(toks[j].start, "LOC")])
                        if end is None:
                            continue
                        if mode in ("word", "uword"):
                            hit = (toks[j].start, toks[end - 1].end, typ, sector, j, end)
                        else:
                            hit = (hs, toks[end - 1].end, typ, sector, i, end)
                    if hit:
                        break
                if hit:
                    break
            if not hit:
                continue
            s, e, typ, sector, a, b, *qname = hit   # qname: the quoted name of a longer phrase
            inner = [(ent, m) for ent in ents.values() for m in ent.mentions if m[0] < e and s < m[1]]
            if mode in ("state", "state_def") and any(ent.kb_id and ent.type != "NORP" for ent, m in inner):
                continue   # (الحزب الشيوعي الصيني: the KB's party)
            if mode == "org" and any(ent.kb_id and ent.type not in ("NORP", "GPE", "LOC") and (
                    m[0] > toks[a].start or m[1] > toks[a].end) for ent, m in inner):
                continue   # (اللجنة الدولية للصليب الأحمر، اللجنة التنفيذية لمنظمة التحرير: the KB's body, or one of it;
                # a one-word KB name that is the head alone gives way: الرابطة الدولية للسلام is no Lega)
            if mode in ("group", "party", "outlet") and any(ent.kb_id for ent, m in inner):
                continue   # (حركة حماس: the KB's group, named with its head)
            if any(not (s <= m[0] and m[1] <= e) or kb_named_person(ent) for ent, m in inner):
                continue
            if any((m[0], m[1]) == (s, e) for _, m in inner):
                continue
            for ent, m in inner:  # the place inside جامعة القاهرة is part of the name
                ent.mentions.remove(m)
            surface = qname[0] if qname else text[s:e]
            if mode == "org":
                surface = " ".join(surface.replace("_", " ").replace("#", " ").split())   # #الرابطة_الدولية_للسلام
            hkey = key   # (the head's reading: رابطه، الرابطه)
            key = f"{typ}:" + " ".join(x.norm for x in toks[a:b])
            if mode == "org":   # (الهيئة القومية ... / للهيئة القومية ...: one body)
                key = f"{typ}:" + " ".join([hkey if hkey.startswith("ال") else "ال" + hkey] +
                                           [x.norm for x in toks[a + 1:b]])
            ent = ents.get(key)
            if ent is None:
                country = None
                if typ in ("ORG", "FAC"):
                    for ent2, m in inner:
                        country = ent2.country
                if mode in ("state", "state_def"):
                    country = demonym_country(kb, text, toks, b - 1)
                if mode == "org":   # a demonym in the phrase (المركز الوطني الأمريكي للأعاصير), else none
                    dcs = {c for c in (demonym_country(kb, text, toks, x) for x in range(a + 1, b)
                                       if self._cur_flags[x] & F_DEM) if c is not None}
                    country = dcs.pop() if len(dcs) == 1 else None   # (اللجنة الروسية الأمريكية: a joint body)
                    secs = _org_sectors()
                    sector = next((secs[x] for x in ("ال" + w[2:] if w.startswith("لل") else w for w in (
                        t2.norm for t2 in toks[a + 1:b])) if x in secs and (secs[x] != "IGO" or sector == "GOV")),
                                  sector)   # (التحالف الإسلامي العسكري: MIL; الوكالة الأوروبية للأدوية: IGO)
                    if not surface.startswith(("ال", "آل")) and toks[a].norm[:plen].endswith("لل"):
                        surface = "ال" + surface   # (للهيئة العامة للطيران المدني: the body's name has the article)
                if b < n and joined[b - 1] and mode not in ("state", "state_def") and \
                        (dc := demonym_country(kb, text, toks, b)) is not None and \
                        not (mode in ("group", "party") and sector == "REB"):
                    # (ميليشيات الحوثي الإيرانية: an armed group's adjective is often its backer, not its state)
                    country = dc   # ولاية تكساس الأمريكية، جامعة ... المصرية
                    if mode in ("group", "party"):
                        norp = ents.get("norp:" + dc)   # حزب المحافظين البريطاني: the party's state, no NORP
                        if norp is not None:
                            norp.mentions = [m for m in norp.mentions if m[0] != toks[b].start]
                ent = ents[key] = _Ent(key, surface, surface, typ, country, None, sector, None)
            ent.mentions.append((s, e, 2, "name"))

    @staticmethod
    def _unknown_place_word(w: str) -> bool:
        """Is ``w``, after an indefinite place head (kb/heads.tsv name/word/uword), a place's name no dictionary
        holds, though definite or ending in ta marbuta (session 28, s28places)?  An indefinite head before a
        definite word is in construct, so the word names the place (بمديرية الدريهمي، مطار التيفور، منطقة الفازة،
        ميناء الصليف، حي الكشكول، قرية الزهاري); a ta marbuta word that is no dictionary word is a name too
        (مطار صلالة، مديرية مقبنة، بلدة حمورية، مدينة غزنة).  Dictionary words stay common nouns and adjectives
        (منطقة الاشتباكات، مدينة كبيرة، منطقة آمنة، قرية صغيرة); a definite plural (قاعدة الممارسين) and an
        indefinite nisba (منطقة خدمية، مدينة بوليفية) are none."""
        if not _words.available() or len(w) < 4 or _words.is_word(w):
            return False
        if w.startswith("ال"):
            return len(w) >= 5 and not w.endswith(("ين", "ون"))
        return w.endswith("ه") and not w.endswith("يه") and not w.startswith("ي")

    @staticmethod
    def _head_no_name(head: str, plen: int, w: str, ws: int, tags) -> bool:
        """Does the word after a name/word head (kb/heads.tsv) name nothing? After a definite head (المدينة
        تعرضت، المطار سيستخدم، المحافظة محمد) the word is the predicate or the next phrase: a place's name follows
        the indefinite head in construct (مدينة ميدي، مطار بنينا). A conjunction or preposition on a dictionary
        word (قرية ومدرسة، المدينة وقطع، مخيم بشمال) starts another phrase unless the tagger read a name there."""
        if plen and head[:plen].endswith(("ال", "لل")):
            return True
        return w[:1] in "وب" and _words.clitic_word(w) and not any((ws, ty) in tags for ty in ("LOC", "PER", "ORG"))

    def _speech(self, text, toks, joined, ents):
        """قال محبي، ... / ونفى نتانياهو، ...: one unknown word between a speech verb and a comma/إن."""
        n = len(toks)
        flags = self._cur_flags
        for i in self._cur_cand:
            if i >= n - 2 or not flags[i] & F_SPEECH or not joined[i]:
                continue
            if (flags[i + 1] & F_ENT and match_entity(self.kb, text, toks, joined, i + 1) is not None) or \
                    (flags[i + 1] & F_TITLE and match_title(self.kb, text, toks, joined, i + 1) is not None):
                continue
            nsk = self._skeleton_name(toks, joined, i + 1)
            w1 = toks[i + 1].norm
            if nsk is not None and not self._covered(ents, toks[i + 1].start, toks[nsk - 1].end) and (
                    w1 in self.kb.given or w1 in self.kb.name_tokens or
                    not flags[i + 1] & (F_HEAD | F_TITLE | F_DEM)) and len(skeleton(toks[nsk - 1].norm)) >= 2:
                # وشدد برايان هوك / وقالت فاتو بنسودة: a KB person spelled another way (the KB's بريان هوك، فاتو
                # بنسودا), same consonant skeleton, as the subject of a speech or event verb, with no title before;
                # its first word no head noun (أعلن نادي بوروسيا: a club, not نيد برايس), its surname more than one
                # consonant (جون ليهي is not جون لي)
                self._add_unknown_person(ents, text, toks, i + 1, nsk, None)
                continue
            w = toks[i + 1]
            stop_given = self._stop_given_at(toks, joined, i + 1)
            if not (self._namelike(w.norm) or self._ali_at(toks, joined, i + 1) or stop_given) or \
                    w.norm.startswith("ال") or self._covered(ents, w.start, w.end):
                continue
            nend = self._name_after(toks, joined, i + 1, stop_given=stop_given)
            if nend is not None and nend > i + 2 and nend < n and (nend in self._cur_apos or (
                    joined[nend - 1] and toks[nend].norm in ("ان", "انه", "انها") and
                    self._said_name(toks, i + 1, nend))) and \
                    not self._covered(ents, w.start, toks[nend - 1].end):
                # وقال X Y، ... / وأوضح جمال عيد أن ...: a name between the speech verb and a comma or its إن/أن
                self._add_unknown_person(ents, text, toks, i + 1, nend, None)
                continue
            if nend is not None and nend > i + 2 and nend < n and joined[nend - 1] and flags[nend] & F_TITLE and \
                    not self._covered(ents, w.start, toks[nend - 1].end):
                # وقال سمير جعجع زعيم حزب القوات اللبنانية: a name, then its title (an apposition without a comma)
                th = match_title(self.kb, text, toks, joined, nend)
                if th is not None and th.i == nend and th.payload.kind == "title" and th.payload.role and \
                        not th.plen:
                    self._add_unknown_person(ents, text, toks, i + 1, nend, None)
                    self._cur_apos2.add(nend)
                    continue
            if self.kb.index.get(w.norm) is not None:
                continue
            after = text[w.end:toks[i + 2].start].strip()
            if not (after.startswith(("،", ",", ":")) or (joined[i + 1] and toks[i + 2].norm in ("ان", "انه", "انها"))):
                continue
            if w.norm.endswith(("ون", "ين")) and len(w.norm) > 4 and w.norm not in self.kb.name_tokens:
                continue  # plural nouns: مسؤولون، مراقبين
            if self._person_end(toks, i + 1, i + 2) is None or self._no_lone_name(w):
                continue  # أسمائهم، كلاهما، حينها، سابقا: no name
            key = "per:" + w.norm
            ent = ents.get(key)
            if ent is None:
                ent = ents[key] = _Ent(key, w.text, w.text, "PERSON", None, conf=2)
            ent.mentions.append((w.start, w.end, 2, "name"))

    def _said_name(self, toks, a, b) -> bool:
        """Are tokens a..b (a given name first) a name between a speech verb and its إن/أن (وأوضح جمال عيد أن، وقالت
        أمل حجازي إن)?  The last word is no function word, adverb in the accusative (كيم أيضا، لي شخصيا), noun with a
        preposition (حسن للمسؤولين) or a pronoun suffix (توماس وزملاؤه), and the first no على (على ضرورة)."""
        if toks[a].text in ("على", "وعلى") or toks[a].norm not in self.kb.given or toks[a].norm in _NAME_LINK:
            return False   # (وقال عبد الرحمن إن: a compound given name alone, whose الرحمن is no surname)
        last = toks[b - 1]
        w = last.norm
        if w in self.kb.stop or w in _SPEECH or _TANWIN.search(last.text) or w[:1] in "لبو" and w not in \
                self.kb.name_tokens and w not in self.kb.given and _words.available() and _words.is_word(w[1:]):
            return False
        if w[-1:] == "ا" and w not in self.kb.name_tokens and w not in self.kb.given and w[:-1] in _words.words():
            return False   # (سعيد جدا)
        return self._person_end(toks, a, b) == b and not self._no_lone_name(last)

    def _kin_names(self, text, toks, joined, ents, hit_starts) -> None:
        """A name right after a kinship noun (kb/kin.tsv) is a person, though the KB does not know it and its first
        word is alone: كما قضت المحكمة بسجن والدتها ناريمان، سيرغي سكريبال وابنته يوليا، قتل فيها والدته تريشيا
        وشقيقه كيفن.  The kinship noun bears a pronoun suffix, so the name is its apposition (in construct, زوجة
        طارق رمضان، the name is the relative's, whom the events would take for the party).  The name is a given name
        (and what follows it by the given-name rule) or a word no dictionary holds; a KB name there is left to the
        KB."""
        suffixed, naming = _kin_forms(), _naming_words()
        n = len(toks)
        norms = list(map(TOKEN_NORM, toks))
        # (only the words of either list are read below: one C-level pass finds them)
        for i in compress(range(n - 1), map(_kin_or_naming().__contains__, norms)):
            w = norms[i]
            if w in naming:
                self._named_by(text, toks, joined, ents, i, hit_starts)
                continue
            if not joined[i] or w not in suffixed or toks[i].text.endswith("ة"):
                continue
            j = i + 1
            first = toks[j].norm
            if first[:1] == "و" and first not in self.kb.given or \
                    first.startswith(("بال", "وال", "فال", "كال", "لل")):
                continue   # (وأبناء أخيه وعدد من أقاربه: a conjunction; اتهم ابنته بالاحتيال: a preposition)
            if j in hit_starts or len(first) < 3 or first in self.kb.stop or first in _NOT_GIVEN or \
                    not self._namelike(first) or self._covered(ents, toks[j].start, toks[j].end) or \
                    _is_latin(first) or _TANWIN.search(toks[j].text):
                continue
            if first in self.kb.given:
                if not self._given_at(toks, j):
                    continue
                nend = self._name_after(toks, joined, j, title_before=True) or j + 1
            elif first.startswith("ال") or not _foreign(first, toks[j].text) or _words.clitic_word(first):
                continue
            else:
                nend = self._name_after(toks, joined, j, title_before=True) or j + 1
                while nend < n and nend - j < 3 and joined[nend - 1] and nend not in hit_starts and \
                        self._given_at(toks, nend):
                    nend += 1   # (زوجته روسمة منصور: a foreign given name, then an Arabic one)
            nend = self._trim_name(toks, j, nend)
            if any(x in hit_starts for x in range(j + 1, nend)) or \
                    self._covered(ents, toks[j].start, toks[nend - 1].end):
                continue   # (زوجته سارة نتنياهو: the KB's surname decides whose name it is)
            self._add_unknown_person(ents, text, toks, j, nend, None)

    def _trim_name(self, toks, j, nend) -> int:
        """A name found after a kinship noun or المدعو ends before a plural in construct or an imperfect verb (وابنته
        يوليا فاقدي الوعي، ابنته ريم تتسلم), not before a definite surname (نجله محمد الشيرازي),
        and goes on over a hyphen (زوج عمته جانغ سونغ-تايك) and after عبد (ماريان عبد الله)."""
        joined = self._cur_joined
        ws = _words.words()
        for x in range(j + 1, nend):
            v = toks[x].norm
            if v in self.kb.given or v in self.kb.name_tokens or v.startswith("ال"):
                continue
            if v[:1] in "يت" and len(v) >= 4 and v in ws or v[-1:] == "ي" and v[:-1] in ws and x + 1 < len(toks) and \
                    joined[x] and toks[x + 1].norm.startswith("ال") or v[-1:] == "ا" and len(v) >= 4 and v[:-1] in ws:
                nend = x   # (an imperfect verb; a plural in construct; a dual verb or an accusative: بشار الأسد وزوجته
                break      # أسماء زارا. A surname may be a word: المدعو هشام جنينة)
        n = len(toks)
        while nend < n and joined[nend - 1] and (self._cur_gaps[nend - 1] == "-" and nend - j < 5 or
                                                 toks[nend - 1].norm == "عبد"):
            nend += 1
        return nend

    def _named_by(self, text, toks, joined, ents, i, hit_starts) -> None:
        """The name after a word that introduces one (kb/naming.txt: المدعو، يدعى، تدعى) is a person: a given name
        with what follows it, a kunya (أبو علي الفاطمي) or words no dictionary holds (سفيرين كراسميروف), plain or in
        quotes (المدعو "أبو علي")."""
        n = len(toks)
        j = i + 1
        gap = self._cur_gaps[i]
        quoted = gap.strip() in ('"', "«", "“") and j < n
        if not joined[i] and not quoted or j in hit_starts:
            return
        first = toks[j].norm
        if first not in ("ابو", "ام") and (first in self.kb.stop or not self._namelike(first)) or _is_latin(first) or \
                self._covered(ents, toks[j].start, toks[j].end) or first.startswith("ال") and first not in self.kb.given:
            return
        if first in ("ابو", "ام") or first in self.kb.given:
            nend = self._name_after(toks, joined, j, title_before=True) if not quoted else None
            if nend is None:
                nend = j + 1
                while nend < n and nend - j < 4 and joined[nend - 1] and (
                        self._namelike(toks[nend].norm) or toks[nend].text == "علي") and \
                        nend not in hit_starts and (quoted or toks[nend].norm in self.kb.given or
                                                    _foreign(toks[nend].norm, toks[nend].text) or
                                                    first in ("ابو", "ام") and (nend - 1 == j or nend - 2 == j and
                                                                               toks[nend].norm.startswith("ال"))):
                    nend += 1   # (أبو علي الفاطمي: a kunya takes the name after it, and a surname)
                if first in ("ابو", "ام") and nend == j + 1:
                    return
        elif _foreign(first, toks[j].text) and not _words.clitic_word(first):
            nend = j + 1
            while nend < n and nend - j < 4 and joined[nend - 1] and nend not in hit_starts and \
                    self._namelike(toks[nend].norm) and (toks[nend].norm in self.kb.given or
                                                         _foreign(toks[nend].norm, toks[nend].text)):
                nend += 1
            if nend - j < 2 and not quoted:
                return   # (القارب الذي يدعى كويست، كوخ يدعى رومبونغ: one foreign word names things too)
        else:
            return
        nend = self._trim_name(toks, j, nend)
        if quoted and not self._cur_gaps[nend - 1].lstrip().startswith(('"', "»", "”")):
            return   # (the quote goes on past the name: a title, not a name)
        if any(x in hit_starts for x in range(j + 1, nend)) or self._covered(ents, toks[j].start, toks[nend - 1].end):
            return
        self._add_unknown_person(ents, text, toks, j, nend, None)

    def _is_country(self, hit: Hit) -> bool:
        return self.kb.entries[hit.payload[0][0]].kind == "country"

    def _kb_ent(self, ents, idx: int) -> _Ent:
        e = self.kb.entries[idx]
        key = "kb:" + e.id
        ent = ents.get(key)
        if ent is None:
            # a building named for the institution in it (الكرملين، البيت الأبيض) acts as an ORG
            typ = "ORG" if e.type == "FAC" and e.kind == "org" and e.sector else e.type
            ent = ents[key] = _Ent(key, e.name, e.name_ar, typ, e.country, e.wikidata, e.sector, e.id)
            if e.kind == "person":
                ent.surnames.update(e.short_ar)
        return ent

    def _add_kb(self, ents, h: Hit, text, toks=None) -> _Ent:
        e = self.kb.entries[h.payload[0][0]]
        ent = self._kb_ent(ents, h.payload[0][0])
        start, end = h.start, h.end
        if e.kind == "person" and toks is not None:
            j, nt = h.j, len(toks)
            jn = self._cur_joined
            while j + 1 < nt and jn[j - 1] and jn[j] and toks[j].norm in ("ال", "بن", "ابن") and \
                    (toks[j + 1].norm not in self.kb.stop or toks[j].norm == "ال" and toks[j + 1].text == "ثاني"):
                end = toks[j + 1].end   # سلمان بن عبدالعزيز آل سعود
                j += 2
            while j < nt and jn[j - 1] and toks[j].norm in _ORDINALS:
                end = toks[j].end
                j += 1
        if e.kind == "person" and toks is not None and h.j - h.i >= 2:
            th = match_title(self.kb, text, toks, [True] * len(toks), h.i)
            if th is not None and th.j < h.j and th.payload.kind in ("title", "honorific"):
                if th.payload.role and th.payload.kind == "title":
                    lab = role_label(th.payload.role)
                    if lab not in ent.roles:
                        ent.roles.append(lab)
                dh = match_demonym(self.kb, text, toks, th.j)
                if dh is not None and dh.j == h.j:
                    # العاهل الأردني (a KB name that is a title and a demonym): a role mention of him, whole
                    ent.mentions.append((start, end, 3, "role"))
                    return ent
                start = toks[th.j].start
        ent.mentions.append((start, end, 3, "name"))
        return ent

    # -- linking by the story's own countries -----------------------------------------------------------------
    def _short_of_other(self, toks, joined, h: Hit, e) -> bool:
        """Is the KB person's one-word short name at ``h``, the first word of the full name (a Korean family name:
        كيم of كيم جونغ أون), followed by a name-like word no dictionary holds ("المبعوث الكوري الشمالي كيم يونج
        تشول")? Then it starts another bearer's name, not the KB person's."""
        if not (e.kind == "person" and h.payload[0][2] == "person_short" and h.j - h.i == 1 and not h.plen
                and h.j < len(toks) and joined[h.i] and bool(e.name_ar)):
            return False
        w, nx = toks[h.i].norm, toks[h.j].norm
        if not self._namelike(nx) or _words.is_word(nx):
            return False
        if _norm_tuple(e.name_ar)[:1] == (w,):
            return True
        # a short name (a surname) that is also a given name, then a name-like word that is no word with a proclitic
        # read off (بشكل) nor a KB name's start: the first name of another person (رئيس الوزراء الإثيوبي هايلي ميريام
        # ديسيلين is not Nikki Haley; ماركوس كيربر، هاينز برونير are not Marcos, Haines)
        return (w in self.kb.given or w in self.kb.first_names) and self.kb.index.get(nx) is None and \
            not any(_words.is_word(r[1]) for r in readings(nx)[1:])

    def _other_bearer(self, ents, text, toks, joined, h: Hit, e) -> bool:
        """A KB person's surname alone right after another given name is another person of that surname (عزيز
        إسبر in 2018, a Syrian scientist, is not Mark Esper, defence secretary from 2019): the two words are an
        unknown person's name, when every office the KB knows of its person began after publication (else the
        word before may be a noun: حياة ساركوزي "Sarkozy's life")."""
        if self._short_of_other(toks, joined, h, e):
            # "كيم يونج تشول": another bearer of the KB short name (the name found by the tagger, else the short name
            # and its one or two name-like words)
            nend = self._tag_per_at(toks, h.i) or h.j + 1
            if nend <= h.j:
                nend = h.j + 1
            if nend == h.j + 1 and nend < len(toks) and joined[h.j] and self._namelike(toks[nend].norm) \
                    and not _words.is_word(toks[nend].norm):
                nend += 1
            self._add_unknown_person(ents, text, toks, h.i, nend, None)
            return True
        if e.kind == "person" and h.payload[0][2] == "person" and h.j - h.i >= 2 and not h.plen and h.i > 0 \
                and joined[h.i - 1] and self._patronymic_before(toks, h, e):
            # "يوسف علي الشامي"، "أحمد علي عبدالله صالح": a given name right before a KB person's full name whose
            # first word is a given name too is someone else, whose father the KB person's name names (not the
            # preposition "على ناصر الزفزافي", which normalises as the given name علي)
            self._add_unknown_person(ents, text, toks, h.i - 1, h.j, None)
            return True
        if e.kind != "person" or h.payload[0][2] not in ("person_short", "person") or h.j - h.i != 1 or h.plen or \
                h.i == 0 or not joined[h.i - 1]:
            return False
        w = toks[h.i - 1].norm
        a = self._kin_of(toks, h, e)
        if a is not None:
            pe = self._add_unknown_person(ents, text, toks, a, h.j, None)
            return pe.key.startswith("per:") and pe.key != "per:-"
        if h.payload[0][2] != "person_short" or not self._late(e):
            return False
        # (an Arabic given name, a word too: عزيز، بهاء; a foreign one may be the KB person's own, spelled
        # otherwise: هيلامريم ديسالين)
        if w not in self.kb.given or not _words.is_word(w) or self._cur_flags[h.i - 1] & (F_TITLE | F_ENT | F_DEM) or \
                any(f and f[0] == w for f in (_norm_tuple(x) for x in ([e.name_ar] if e.name_ar else []))):
            return False
        pe = self._add_unknown_person(ents, text, toks, h.i - 1, h.j, None)
        return pe.key.startswith("per:") and pe.key != "per:-"

    def _own_firsts(self, idx: int) -> frozenset:
        """The consonant skeletons of the given names of a KB person's Arabic names, every word but the last
        (دونالد، فلاديمير؛ هايلي، مريام)."""
        rev = self.kb.__dict__.get("_own_firsts")
        if rev is None:
            rev = {}
            for sk, i in self.kb.skeletons.items():
                if i is not None and sk:
                    rev.setdefault(i, set()).update(sk[:-1])
            rev = self.kb.__dict__["_own_firsts"] = {i: frozenset(v) for i, v in rev.items()}
        return rev.get(idx, frozenset())

    def _ali_at(self, toks, joined, j) -> bool:
        """Is token ``j`` the given name Ali: علي written with a dotted ya (the preposition is على) and followed
        by a name word (a known given name or name token, or a word no dictionary knows: علي القرة داغي، علي
        العبوس), not by a common word (علي الرغم، علي الفور as some outlets write على)?"""
        if toks[j].text not in ("علي", "وعلي") or j + 1 >= len(toks) or not joined[j]:
            return False
        v = toks[j + 1].norm
        if v in self.kb.stop or v.isdigit() or _is_latin(v) or v in _SPEECH:
            return False
        if v in self.kb.given or v in self.kb.name_tokens:
            return True
        if not _words.available() or not self._namelike(v):
            return False
        if not _words.is_word(v):
            return True
        # (a definite word that is also a noun, then a word no dictionary holds: علي القرة داغي)
        return v.startswith("ال") and j + 2 < len(toks) and joined[j + 1] and len(toks[j + 2].norm) >= 3 and \
            not _words.is_word(toks[j + 2].norm) and self._namelike(toks[j + 2].norm)

    def _stop_given_at(self, toks, joined, j) -> bool:
        """Is token ``j`` a given name that is also a common noun (kb/given_nouns.txt: أمل، نور، حياة، نصر) starting a
        name: a name link, a given name or KB name word, a word no dictionary holds, a compound's الدين/الله, or a
        definite KB family name word follows it (الناشطة أمل فتحي، النائب أمل عبد الحميد، المحامية أمل علم الدين، الراحل
        نور الشريف)?  Only after a title (the caller's): alone they are "hope", "light", "life", "victory" (على أمل).
        A demonym (الصحفية أمل المصري: the nisba, though a family name too), a title, a KB name of something else
        or a definite plural or feminine adjective after it is no name."""
        kb = self.kb
        n = len(toks)
        w = toks[j].norm
        if w not in _given_nouns() or j + 1 >= n or not joined[j]:
            return False
        v = toks[j + 1].norm
        if len(v) < 3 or _is_latin(v) or v.isdigit() or _TANWIN.search(toks[j + 1].text) or \
                self._cur_flags[j + 1] & (F_TITLE | F_DEM | F_SPEECH) or not self._namelike(v):
            return False
        if v in _NAME_LINK or v in _NAME_TAILS:
            return v not in ("دي", "دو", "فون", "فان", "لا") and j + 2 < n and joined[j + 1] and \
                toks[j + 2].norm.isalpha()
        if v in kb.given or v in kb.name_tokens:
            return True
        if j + 2 < n and joined[j + 1] and toks[j + 2].norm in ("الدين", "الله"):
            return True   # (المحامية أمل علم الدين)
        if not _words.available() or self._suffixed_word(toks[j + 1]):
            return False
        if not _words.is_word(v):
            return True
        # a definite word only when it is a KB family name word (نور الشريف; not اللاجئ حياة الفقر "a life of poverty")
        return v.startswith("ال") and v in kb.name_tokens and kb.index.get(v) is None

    def _given_at(self, toks, x) -> bool:
        """Is token ``x`` a given name that can start or continue a person's name (not على، أن، a title, a
        demonym, a one-word KB name such as a place)?"""
        w = toks[x].norm
        if w == "علي" and toks[x].text == "علي":
            return True   # (علي written so is the name Ali, not the preposition على)
        return w in self.kb.given and w not in _NOT_GIVEN and w not in self.kb.stop and len(w) >= 3 and \
            not _is_latin(w) and not toks[x].text.endswith("ى") and \
            not self._cur_flags[x] & (F_TITLE | F_DEM) and not _named_alone(self.kb, w)

    def _kin_of(self, toks, h: Hit, e) -> int | None:
        """A given name right before a KB person's surname alone that is none of the person's own given names (in
        any spelling) names another bearer of the surname, a relative or namesake: سارة نتنياهو، باربرا بوش، محمد
        علوش، علي سعيد العالول (the KB's full forms, طيب أردوغان، match before this).  Gives the first token of that
        person's name (up to five given names: a patronymic chain), None when the name is the KB person's own
        (إبراهيم أحمد غندور: his father's name inserted)."""
        if self._cur_gaps[h.i - 1] != " " or not self._given_at(toks, h.i - 1):
            return None   # (قمة كيم-ترامب)
        own = self._own_firsts(h.payload[0][0])
        if not own:
            return None
        a = h.i - 1
        while a > 0 and h.i - a < 5 and self._cur_gaps[a - 1] == " " and self._given_at(toks, a - 1):
            a -= 1
        if any(skeleton(toks[x].norm) in own for x in (a, h.i - 1)):
            return None
        return a

    def _patronymic_before(self, toks, h: Hit, e) -> bool:
        """Is the word before the KB person's full name at ``h`` an Arabic given name that makes the name a
        patronymic chain (given name, father's given name, family name) of another person?"""
        w, first = toks[h.i - 1].norm, toks[h.i].norm
        if w not in self.kb.given or first not in self.kb.given or w in _NOT_GIVEN or _is_latin(w) \
                or toks[h.i - 1].text.endswith("ى") \
                or self._cur_flags[h.i - 1] & (F_TITLE | F_DEM):
            return False
        own = [_norm_tuple(x) for x in [e.name_ar] + list(getattr(e, "ar", None) or []) if x]
        return not any(f and f[0] == w for f in own)

    def _generic_of_other(self, ents, text, toks, joined, h: Hit, e, seq, q, used) -> bool:
        """A KB institution named by a generic body noun alone (مجلس الشيوخ: the US Senate) followed by another
        state's demonym is that state's body (مجلس الشيوخ الأيرلندي): a party of that country."""
        if not e.country or h.j >= len(toks) or not joined[h.j - 1] or not self._cur_flags[h.j] & F_DEM:
            return False
        th = match_title(self.kb, text, toks, joined, h.i)
        if th is None or th.j != h.j or th.payload.kind not in ("party", "org"):
            return False
        d = match_demonym(self.kb, text, toks, h.j)
        if d is None or d.payload == e.country or not toks[h.j].norm.startswith("ال"):
            return False
        if q + 1 < len(seq) and seq[q + 1][1].i == h.j:
            used.add(q + 1)
        self._add_party(ents, text, toks, th, th.payload, d.payload, [d])
        return True

    def _named_at(self, text, toks, joined, x) -> bool:
        """Does a KB name (a state, place or organisation, not a person's surname) start at token ``x``?"""
        mh = match_entity(self.kb, text, toks, joined, x)
        return mh is not None and self.kb.entries[mh.payload[0][0]].kind != "person"

    def _late(self, e, years: int = 0) -> bool:
        """Did every office the KB knows of the person ``e`` begin more than ``years`` years after publication?"""
        d = self._cur_date
        starts = [r.get("start") for r in e.roles]
        if not d or not starts or not all(starts):
            return False
        return min(map(str, starts)) > f"{int(d[:4]) + years}{d[4:10]}"

    def _ended(self, e, years: int = 1) -> bool:
        """Did every office the KB knows of the person ``e`` end more than ``years`` years before publication?"""
        d = self._cur_date
        ends = [r.get("end") for r in e.roles] if e.kind == "person" else []
        if not d or not ends or not all(ends):
            return False
        return max(map(str, ends)) < f"{int(d[:4]) - years}{d[4:10]}"

    def _generic_orgs(self) -> dict:
        """KB state bodies by their generic name and country: (مجلس, الشيوخ) -> {FRA: idx of مجلس الشيوخ الفرنسي}."""
        kb = self.kb
        g = kb.__dict__.get("_generic_orgs")
        if g is None:
            g = kb.__dict__["_generic_orgs"] = {}
            for idx, e in enumerate(kb.entries):
                if e.kind != "org" or not e.country:
                    continue
                for f in e.forms:
                    if len(f) >= 2 and kb.demonyms.get(strip_article(f[-1])) == e.country:
                        g.setdefault(f[:-1], {}).setdefault(e.country, idx)
        return g

    def _note_link(self, ent, h: Hit, text, toks, joined, e) -> None:
        """Remember a KB link the rest of the story may overturn (see _relink)."""
        kb = self.kb
        pay = h.payload
        alts = [x[0] for x in pay[1:] if kb.entries[x[0]].country and kb.entries[x[0]].country != e.country]
        generic = None
        if e.kind == "org" and e.country and e.sector in ("LEG", "GOV", "PTY"):
            th = match_title(kb, text, toks, joined, h.i)
            bare = not any(self._cur_flags[x] & F_DEM or self._cur_flags[x] & F_ENT and self._named_at(text, toks, joined, x)
                           for x in range(h.i + 1, h.j))   # (not قوات التحالف العربي: a KB name in it)
            if bare and (th is not None and th.payload.kind in ("party", "org") and (
                    th.j == h.j or th.payload.sector in ("LEG", "PTY")) or (
                    e.sector == "PTY" and h.j - h.i >= 2 and strip_article(toks[h.i].norm) == "حزب" and
                    all(t.norm.startswith("ال") for t in toks[h.i:h.j]))):
                # مجلس الشيوخ، البرلمان، الحزب الديمقراطي: a body any state may have
                generic = ((th.payload.sector if th is not None else None) or e.sector,
                           tuple(t.norm for t in toks[h.i:h.j]))
        if alts or generic:
            self._cur_links.append((ent.key, ent.mentions[-1], alts, generic))

    def _relink(self, ents, text) -> None:
        """Links that the story's own countries overturn. The countries a story names other than by these
        mentions (its states, demonyms, people, institutions, places) decide: a name two KB entries share goes to
        the one of the story's country (عمان: Amman in a story about Jordan, Oman else); a generic body named
        alone (مجلس الشيوخ، الحزب الديمقراطي) is the KB's institution only in a story of its country, else the
        body of the story's own country (the KB's مجلس الشيوخ الفرنسي; a body of that country) or of none. A KB
        person's surname alone, when the story names someone else by a given name and that surname (عزيز إسبر)
        and every office the KB knows of the KB person began after publication, is that someone."""
        kb = self.kb
        bearers = {k.rsplit(" ", 1)[-1]: x for k, x in ents.items() if k.startswith("per:") and " " in k}
        for x in ents.values() if bearers else ():
            # عزيز إسبر ... وأكدت أن إسبر: not Mark Esper (defence secretary from 2019) in 2018
            if x.kb_id and x.type == "PERSON" and x.mentions and self._late(kb.entries[kb.by_id[x.kb_id]]):
                w = normalize(text[x.mentions[0][0]:x.mentions[0][1]])
                be = bearers.get(w)
                if be is None or not all(normalize(text[ms:me]) == w for ms, me, *_ in x.mentions):
                    continue
                be.mentions.extend((ms, me, 2, mk) for ms, me, _c, mk in x.mentions)
                x.mentions.clear()
        links = getattr(self, "_cur_links", None) or []
        noted = {(k, m) for k, m, *_ in links}
        support: dict[str, int] = {}
        named: dict[str, int] = {}   # country -> entities naming it
        for ent in ents.values():
            if ent.country:
                n = sum(1 for m in ent.mentions if (ent.key, m) not in noted)
                if n:
                    support[ent.country] = support.get(ent.country, 0) + n
                    named[ent.country] = named.get(ent.country, 0) + 1
        top = sorted(support.items(), key=lambda x: -x[1])
        main = top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]) else None
        if main and named.get(main, 0) >= 2:
            # البرلمان، الحكومة alone in a story of one state: that state's (the KB's البرلمان الألماني); not when
            # the story names such a body of a state (الحكومة البريطانية ... ودعت الحكومة: the one named before)
            gen = self._generic_orgs()
            for k in [k for k in ents if k.startswith(("party:LEG:", "party:GOV:")) and k.endswith(":None")]:
                base = k.split(":")[2]
                bodies = gen.get(("ال" + base,), {}) if " " not in base else {}
                own = bodies.get(main)
                x = ents[k]
                if own is None or any(ents.get("kb:" + kb.entries[i].id) is not None and
                                      ents["kb:" + kb.entries[i].id].mentions for i in bodies.values()):
                    continue
                defi = [m for m in x.mentions if normalize(text[m[0]:m[1]]).startswith("ال")]
                if defi:
                    y = self._kb_ent(ents, own)
                    for m in defi:
                        x.mentions.remove(m)
                        y.mentions.append((m[0], m[1], 2, "name"))
        for key, m, alts, generic in links:
            ent = ents.get(key)
            if ent is None or m not in ent.mentions:
                continue
            if alts and ent.kb_id and kb.entries[kb.by_id[ent.kb_id]].kind == "country" \
                    and _CAPITAL_BEFORE.search(text, max(0, m[0] - 30), m[0]):
                # "في العاصمة عمان"، "العاصمة الأردنية، عمان": a capital, not the state that shares its name (Oman)
                cities = [a for a in alts if kb.entries[a].kind != "country"]
                if len(cities) == 1:
                    ent.mentions.remove(m)
                    self._kb_ent(ents, cities[0]).mentions.append(m)
                    continue
            if support.get(ent.country):
                continue
            target = None
            if alts:
                # (not to a person whose offices all ended years before publication: "الملك عبدالله" in 2018 in a story
                # naming Riyadh is Jordan's king, not the Saudi king who died in 2015)
                ok = {kb.entries[a].country: a for a in alts if support.get(kb.entries[a].country)
                      and not self._ended(kb.entries[a])}
                if len(ok) == 1:
                    target = self._kb_ent(ents, next(iter(ok.values())))
            if target is None and generic:
                sector, toks = generic
                own = self._generic_orgs().get(toks, {}).get(main) if main else None
                if own is not None:
                    target = self._kb_ent(ents, own)
                else:
                    pre = f"party:{sector}:{' '.join((strip_article(toks[0]),) + toks[1:])}:"
                    same = [x for x in ents.values() if x.key.startswith(pre) and x.country and x.mentions]
                    if same:
                        target = max(same, key=lambda x: len(x.mentions))
                    else:
                        target = ents.get(pre + str(main))
                        if target is None:
                            surface = text[m[0]:m[1]]
                            target = ents[pre + str(main)] = _Ent(pre + str(main), surface, surface, "ORG", main, None,
                                                                  sector, None, conf=2)
                    m2 = (m[0], m[1], 2, "nominal")
                    ent.mentions.remove(m)
                    target.mentions.append(m2)
                    continue
            if target is None:
                continue
            ent.mentions.remove(m)
            target.mentions.append(m)

    def _short_names(self, text, ents) -> None:
        """A short name two KB bodies share goes to the one the story names in full (kb/short_names.tsv): "حزب العمال"
        alone is the British Labour Party, but the PKK in a story that names "حزب العمال الكردستاني". (s36left) A rule
        with cue words also takes the short name to its entry in a story the cues place in that entry's country when
        the story names neither in full: "حزب العمال" in a story of North Korea (كوريا الشمالية، بيونغ يانغ) is the
        Workers' Party of Korea, in one of Brazil (البرازيل، لولا دا سيلفا) Brazil's Workers' Party; not where a cue
        word written !word places it in Britain (كوربين، حزب المحافظين)."""
        ntext = None
        for form, rules in _short_name_rules().items():
            for src, dst, cues, elsewhere in rules:
                a, b = ents.get("kb:" + src), ents.get("kb:" + dst)
                if a is None or not a.mentions:
                    break
                if b is None or not any(len(normalize(text[m[0]:m[1]])) > len(form) for m in b.mentions):
                    if not cues:
                        continue
                    if ntext is None:
                        ntext = normalize(text)
                    if not any(c in ntext for c in cues) or any(c in ntext for c in elsewhere) or any(
                            len(normalize(text[m[0]:m[1]])) > len(form) for m in a.mentions) \
                            or (idx := self.kb.by_id.get(dst)) is None:
                        continue  # (a story naming the short name's own entry in full keeps it there)
                    b = self._kb_ent(ents, idx)
                moved = [m for m in a.mentions if _short_form(normalize(text[m[0]:m[1]])) == form]
                for m in moved:
                    a.mentions.remove(m)
                    b.mentions.append(m)
                if moved:
                    break

    def _add_norp(self, ents, h: Hit) -> None:
        iso = h.payload
        ce = self.kb.country_iso.get(iso)
        cname = self.kb.demonym_en.get(iso) or (self.kb.entries[ce].name if ce is not None else iso)
        key = "norp:" + iso
        ent = ents.get(key)
        if ent is None:
            ent = ents[key] = _Ent(key, cname, None, "NORP", iso, None, None, None)
        ent.mentions.append((h.start, h.end, 1, "demonym"))

    def _dem_name(self, ents, text, toks, joined, h: Hit, seq, q) -> None:
        """A definite singular demonym read as a noun, the nisba of a person, before a name the KB lacks: اتهمت السوري
        ناصف بركات، محاكمة الفرنسية ميلينا بوغدير، الجهادي البلجيكي طارق جدعون، الإفراج عن الأمريكي جوشوا بويلوهو.
        The name is two words at least: a given name and what the given-name rule reads after it, or words no
        dictionary holds; a KB name, title or demonym in it leaves it to them. The person takes the demonym's country
        unless the demonym qualifies a KB body or place, or a party noun, right before it (الجيش السوري X)."""
        n = len(toks)
        i, j = h.i, h.j
        w = toks[i].norm
        if j != i + 1 or j >= n or not joined[i] or w.endswith(("ون", "ين", "يات", "يان")) or \
                not (w.startswith(("ال", "لل")) or w[:1] in "وبل" and w[1:].startswith(("ال", "لل"))):
            return
        if i > 0 and joined[i - 1] and self._dem_thing(toks, joined, i, w):
            return   # (المدمرة الأمريكية دونالد كوك: the demonym is a thing's, the name the thing's)
        first = toks[j].norm
        if len(first) < 3 or first.startswith("ال") or first[:1] == "و" and first not in self.kb.given or \
                not self._namelike(first) or _is_latin(first) or _TANWIN.search(toks[j].text):
            return
        nend = None
        if first in self.kb.given:
            if first in _NOT_GIVEN:
                return
            nend = self._name_after(toks, joined, j)
            while nend is not None and nend < n and nend - j < 4 and joined[nend - 1] and (
                    toks[nend - 1].norm in _NAME_LINK or _foreign(toks[nend - 1].norm, toks[nend - 1].text)) and \
                    self._namelike(toks[nend].norm) and toks[nend].norm[:1] != "و" and \
                    _foreign(toks[nend].norm, toks[nend].text):
                nend += 1   # (خوان مارتن دل بوترو، بيير إيميريك أوباميانغ: a foreign name goes on)
        elif _foreign(first, toks[j].text) and not _words.clitic_word(first) and not (
                first[:1] in "بلك" and _words.is_word(first[1:])):
            nend = j + 1
            while nend < n and nend - j < 4 and joined[nend - 1] and self._namelike(toks[nend].norm) and \
                    not _is_latin(toks[nend].norm) and toks[nend].norm[:1] != "و" and (toks[nend].norm in self.kb.given or
                                                        _foreign(toks[nend].norm, toks[nend].text)):
                nend += 1
        if nend is None or nend - j < 2:
            return
        nend = self._trim_name(toks, j, nend)
        while nend - j >= 2:
            v, pv = toks[nend - 1].norm, toks[nend - 2].norm
            if v not in _NAME_LINK and v not in _ORDINALS and v[:1] != "و" and not (v[:1] in "لف" and _words.is_word(v[1:])) and (
                    v in self.kb.name_tokens or (v[-1:] != "ه" if v.startswith("ال") else
                                                 not _words.is_word(v) or v in self.kb.given and pv in self.kb.given)):
                break
            nend -= 1   # (ليونيل ميسي نجم، محمد صلاح ليضع، أنس جابر الصاعدة: a word after the name)
        if nend - j < 2:
            return
        for x in range(q + 1, len(seq)):
            kk, hh = seq[x]
            if hh.i >= nend:
                break
            if kk != "ent" or self.kb.entries[hh.payload[0][0]].kind != "person" or hh.i != j:
                return   # (a KB place, body, title or demonym inside: theirs)
        country = h.payload
        if self._covered(ents, toks[j].start, toks[nend - 1].end):
            for ent in ents.values():   # (a name another rule found first takes the nisba's country)
                if ent.type == "PERSON" and ent.kb_id is None and ent.country is None and \
                        any(m[0] == toks[j].start for m in ent.mentions):
                    ent.country = country
            return
        if q > 0 and seq[q - 1][1].j == i and joined[i - 1]:
            pk, ph = seq[q - 1]
            if pk == "ent" and self.kb.entries[ph.payload[0][0]].kind != "person" or \
                    pk == "title" and ph.payload.kind not in ("title", "honorific"):
                country = None   # (الجيش السوري X: the demonym is the body's)
        self._add_unknown_person(ents, text, toks, j, nend, country)

    @staticmethod
    def _dem_thing(toks, joined, i, w) -> bool:
        """Does the definite demonym at ``i`` (normalised ``w``) qualify a thing (_DEM_THINGS) right before it, or
        one whose definite genitive stands between (حاملة الطائرات الأمريكية، شركة النفط البريطانية), agreeing in
        gender (رئيس الشركة الأمريكي جون: the man's demonym, not the company's)?"""
        def bare(v):
            v = v[1:] if v[:1] in "وف" and v[1:3] in ("ال", "لل") or v[:2] in ("وب", "ول", "فب", "فل") and v[2:4] == "ال" \
                else v
            if v[:2] in ("ال", "لل"):
                return v[2:]
            return v[3:] if v[:1] in "بلك" and v[1:3] == "ال" else v
        if not w.startswith("ال"):
            return False   # (والأمريكي X: a demonym of its own, coordinated, no adjective of the noun before)
        fem = w.endswith("يه")
        for k in (i - 1, i - 2):
            if k < 0 or k < i - 1 and not (joined[k] and toks[i - 1].norm.startswith("ال")):
                break
            v = bare(toks[k].norm)
            v = v[1:] if v not in _DEM_THINGS and v[:1] in "بلك" else v   # (بشركة النفط البريطانية)
            if v in _DEM_THINGS:
                return (v[-1:] == "ه") == fem
        return False

    def _single_ok(self, ents, toks, joined, h: Hit, seq, q) -> bool:
        """Is the one-person noun at ``h`` (kb/titles_single.tsv) a party here? Not an adjective of the definite
        word before it (النزاع المسلح، الشخص المتهم، الزعيم الشاب; a party noun or name before it is a subject:
        قتلت الشرطة المهاجم), an apposition of the person named right before it (غولن، المتهم من قبل أنقرة), a rank
        or name part (الرجل الثاني، الشاب خالد), in construct (رجل الدين، امرأة الأعمال) or after a count."""
        kb, n = self.kb, len(toks)
        first = toks[h.i].norm
        if "امام" in first and "إ" not in toks[h.i].text:
            return False   # انفجرت أمام مسجد السرايا: "in front of", not إمام مسجد
        if h.i > 0:
            prev = toks[h.i - 1].norm
            hit_before = q > 0 and seq[q - 1][1].j == h.i
            if joined[h.i - 1] and (_counted_before(prev) or prev in _partitive_words() or prev in (
                    "اي", "كل", "مثل")):
                return False   # (أي متهم، كل مهاجم: any one)
            if joined[h.i - 1] and not hit_before and strip_article(prev) != prev and \
                    prev not in kb.stop and len(prev) > 4:
                return False   # an adjective: النزاع المسلح، الجناح المسلح، الزعيم الشاب
            if hit_before:
                k0, h0 = seq[q - 1]
                if k0 == "ent" and kb.entries[h0.payload[0][0]].kind == "person":
                    return False   # فتح الله غولن، المتهم من قبل أنقرة: an apposition of the person
            elif prev not in kb.stop and (prev in kb.given or prev in kb.name_tokens):
                return False   # محمد علي الشاب: a name's word
        if h.j < n and joined[h.j - 1]:
            nxt = toks[h.j].norm
            if nxt in _single_not_before() or nxt in kb.given and not nxt.startswith("ال"):
                return False   # الرجل الثاني في التنظيم، الشاب خالد
            if not first.startswith("ال") and h.j - h.i == 1 and nxt.startswith("ال") and len(nxt) > 3 and \
                    nxt not in kb.demonyms and nxt not in kb.stop:
                return False   # رجل الأعمال، امرأة الأعمال: in construct
        return True

    def _add_party(self, ents, text, toks, h: Hit, title, country, dem_hits, start=None) -> None:
        """A generic party; ``start``: where an English demonym/country before the noun starts the span."""
        start, end = (h.start if start is None else start), h.end
        # a number before a group noun belongs to it: 24 مواطنا
        if h.i > 0 and title.kind in _PEOPLE_KINDS:
            prev = toks[h.i - 1]
            if _counted_before(prev.norm) and self._cur_joined[h.i - 1]:
                start = prev.start
        if dem_hits:
            end = dem_hits[0].end
        elif h.j < len(toks) and title.kind in ("group", "crowd", "counted", "single"):
            # an adjective of the group (شيعيا، كرديا) right after stays in the span when it ends like one
            nxt = toks[h.j]
            if self._cur_joined[h.j - 1] and re.search("(يا|يين|يون)$", nxt.norm) and \
                    nxt.norm not in self.kb.stop and len(nxt.norm) > 4 and self.kb.index.get(nxt.norm) is None:
                end = nxt.end
        base = strip_article(toks[h.i].norm) if h.j - h.i == 1 else " ".join(
            [strip_article(toks[h.i].norm)] + [t.norm for t in toks[h.i + 1:h.j]])
        typ = "NORP" if title.kind in _PEOPLE_KINDS else "ORG"
        key = f"{'porg' if title.kind == 'org' else 'party'}:{title.sector}:{base}:{country}"
        ent = ents.get(key)
        if ent is None:
            surface = text[start:end]
            ent = ents[key] = _Ent(key, surface, surface, typ, country, None, title.sector, None, conf=2)
            ent.single = title.kind == "single"
        ent.mentions.append((start, end, 2, "name" if title.kind == "org" else "nominal"))

    def _name_after(self, toks, joined, j, title_before=False, stop_given=False) -> int | None:
        """End token index of a person name starting at ``j`` (given-names list / tagger), else None."""
        n = len(toks)
        if j >= n or (j > 0 and not joined[j - 1] and not (title_before and j in self._cur_apos)):
            return None
        kb = self.kb
        first = toks[j].norm
        if not self._namelike(first) and not ((first in kb.given or first in _COMPOUND_FIRST) and j + 1 < n and
                                              joined[j] and toks[j + 1].norm in ("الله", "الدين")) and not (
                title_before and first in kb.given and first in kb.demonyms and not toks[j].text.startswith("ال")) \
                and not (title_before and first == "علي" and toks[j].text == "علي" and j + 1 < n and joined[j]) \
                and not self._ali_at(toks, joined, j) and not ((title_before or stop_given) and self._stop_given_at(toks, joined, j)):
            # (علي written so after a title is the name Ali, not the preposition على: وزير الأشغال اللبناني علي حمية)
            return None   # (نور الدين X، نصر الله: a given name that is also a stop word, in a compound)
        k = j
        if first in _NAME_LINK and first not in ("دي", "دو", "فون", "فان", "لا"):
            if k + 1 < n and joined[k] and (self._namelike(toks[k + 1].norm)
                                            or first == "عبد" and toks[k + 1].norm == "الله"):
                k += 1   # (عبد الله written apart: the given name عبدالله, though الله alone is no name)
            else:
                return None
        is_given = toks[k].norm in kb.given or toks[k].norm in kb.first_names or (
            first in _COMPOUND_FIRST and k + 1 < n and joined[k] and toks[k + 1].norm in ("الله", "الدين")) or (
            k > j and first + toks[k].norm in kb.given)   # (عبد القادر written apart: عبدالقادر)
        if not is_given:
            if title_before and k == j and toks[j].text.startswith("ال") and first not in kb.name_tokens and \
                    _words.is_word(first):
                return None   # قائدة الطائرة تامي جو شولتز: the office's complement, then the name
            tag_end = self._tag_per_at(toks, j)
            if tag_end is not None:
                return tag_end
            return None
        end = k + 1
        # surname(s); a nasab chain may run longer (الشيخ صالح بن عبد الله بن حميد، الأمير فيصل بن فهد بن مقرن بن عبد
        # العزيز آل سعود)
        while end < n and (end - j < 4 or end - j < 10 and toks[end].norm in ("بن", "بنت", "ابن", "ال")) and \
                joined[end - 1]:
            w = toks[end].norm
            if w in _NAME_LINK and end + 1 < n and joined[end] and (
                    self._namelike(toks[end + 1].norm) or toks[end + 1].norm in kb.demonyms or (
                        w in ("ال", "عبد") and toks[end + 1].norm.isalpha() and toks[end + 1].norm not in _RELATIVES)):
                end += 2   # (فهد بن تركي، سحيم آل ثاني: after بن or آل a name, though it reads as a word)
                if toks[end - 1].norm == "عبد" and end < n and joined[end - 1] and toks[end].norm.isalpha() and (
                        toks[end].norm in _NAME_TAILS or end - j >= 4):
                    end += 1   # (صالح بن عبد الله بن حميد: the nasab goes on after بن عبد الله; عبد X is one name
                    # at the end of a long chain: فيصل بن فهد بن مقرن بن عبد العزيز)
                continue
            if w in _NAME_LINK and w not in ("دي", "دو", "فون", "فان", "لا"):
                break   # a link with no name after it (X بن في) ends the name before it
            if w in ("الله", "الدين") and toks[end - 1].norm not in _NAME_TAILS and toks[end - 1].norm != "عبد":
                end += 1   # ذبيح الله مجاهد، نور الدين X: the compound given name goes on
                continue
            if w in kb.given and end + 1 < n and joined[end] and toks[end + 1].norm in ("الله", "الدين"):
                end += 2   # حسن نصر الله، محمد عز الدين (a given name that is also a common word, then الله)
                continue
            if not self._namelike(w) and not (w == "علي" and toks[end].text == "علي"):
                break   # (علي written so is the name Ali, not the preposition على: أحمد علي ضاهر)
            if _TANWIN.search(toks[end].text) or (w not in kb.given and w not in kb.name_tokens and len(w) >= 5 and (
                    w[:-1] in _words.words() and (w[-2:] == "يا" or w[-1] == "ت" and w in _words.words() or
                                                  w[-1] == "ا" and (w[0] == "م" or w[:-1] in kb.title_first)))):
                break   # سالم راشد هدفاً، تامر حسني رسميا، X نائبا، X متحدثا، لطيفة حاولت: an accusative or a verb
            if w not in kb.given and w not in kb.name_tokens and not w.startswith("ال") and end + 1 < n and \
                    joined[end] and toks[end + 1].norm.startswith("ال") and toks[end + 1].norm not in _NAME_TAILS and \
                    any(toks[x].norm in _NAME_LINK and toks[x].norm not in ("دي", "دو", "فون", "فان", "لا")
                        for x in range(j, end)) and _words.available() and _words.is_word(w):
                break   # النائب أمل عبد الحميد أداء الحكومة: after an Arabic name with its link, a noun in construct
                # before a definite word is the object (not روبرت وود المشارك، أنييس فون در مول الأحد)
            if w[:1] in "وب" and w not in kb.name_tokens and w not in kb.given and _words.clitic_word(w):
                break   # خورشيد شاه باختيار: a preposition on a noun ends the name
            if w[:1] in "لب" and w not in kb.name_tokens and w not in kb.given and self._cur_flags[end] & F_ENT and \
                    self._prep_org(toks, joined, end):
                break   # رامي عبد الرحمن لفرانس برس، محمد بن سالم لرويترز: a preposition on a KB organisation
            if w[:1] in "لب" and w[1:] in kb.heads and w not in kb.name_tokens:
                break   # رامي عبد الرحمن لوكالة فرانس برس: a preposition on a head noun (وكالة، صحيفة، قناة)
            if w[:1] == "ل" and len(w) >= 4 and w not in kb.given and w not in kb.name_tokens and \
                    _words.available() and w[1:] in _words.words() and end + 1 < n and joined[end] and (
                        toks[end + 1].norm.startswith("ال") or toks[end + 1].norm in ("هذه", "هذا", "هذين", "هاتين")):
                break   # طارق توفيق لبحث هذه الخطة: ل on a verbal noun in construct (a purpose), no surname (لشهب is)
            if match_demonym(kb, "", toks, end) is not None and end > k + 1:
                break
            if w in _ORDINALS:
                break
            if self._suffixed_word(toks[end]):
                break   # #محمود_عباس اعتذاره، حمد بن خليفة بأنه: a noun or particle with a pronoun suffix
            if len(w) >= 4 and w not in kb.given and w not in kb.name_tokens and _words.available() and (
                    w[:1] == "ي" and w in _words.words() or
                    w[-1] == "ت" and w in _words.words() and w[:-1] in _words.words()):
                break   # وائل عباس يتهم، X فتحت: an imperfect verb or a perfect verb of a woman after the name
            if w.endswith("يه") and w not in kb.name_tokens and w not in kb.given and (
                    not _words.available() or _words.is_word(w)) and not (
                    title_before and end > k and toks[end].text.endswith("ة") and (
                        end + 1 >= n or self._cur_gaps[end].strip() in ("،", ",", ".", ":"))):
                break   # محمد صلاح رباعية: a feminine noun/adjective is not a surname (بوزيزيه is one; after a title and
                # before a comma it is: وزير الأشغال اللبناني علي حمية، الأحد)
            end += 1
            if w not in kb.given and w not in kb.first_names:
                break
        if title_before:
            # after a title, further words no dictionary holds continue a foreign name (الرئيس إرنست باي كوروما)
            fl = self._cur_flags
            while end < n and end - j < 4 and joined[end - 1]:
                w = toks[end].norm
                if len(w) < 3 or fl[end] & ~(F_GIVEN | F_SPLIT | F_ENT) or not self._namelike(w) or _NUM.match(w) or \
                        fl[end] & F_ENT and match_entity(kb, "", toks, joined, end) is not None or \
                        _is_latin(w) or _TANWIN.search(toks[end].text) or w[:1] == "و" or w.endswith("يه") or \
                        not (w in kb.given or _foreign(w, toks[end].text)):
                    break   # (محمد مطهر محمد العزاني: a father's given name, then the family name)
                end += 1
        gaps = self._cur_gaps
        while end < n and joined[end - 1] and gaps[end - 1] == "-" and end - j < 5:
            end += 1   # a hyphen goes on with the name: سونغ يونغ-مو
        while end < n and joined[end - 1] and (toks[end].norm in _ORDINALS or toks[end].norm in _NAME_TAILS):
            end += 1   # (محمد السادس؛ كمال كيليتشدار أوغلو؛ رياض عز الدين)
        return end

    def _prep_org(self, toks, joined, k) -> bool:
        """Is token ``k`` a preposition ل/ب on a KB organisation (لفرانس برس، لرويترز)?  Not a name that reads as a
        preposition on a place (لوهان: ل + ووهان، برن)."""
        e = match_entity(self.kb, "", toks, joined, k)
        return e is not None and e.plen > 0 and self.kb.entries[e.payload[0][0]].type == "ORG"

    def _group_name_end(self, toks, joined, j, mode) -> int | None:
        """End of a group's name after its head (kb/heads.tsv modes ``group``/``party``), or None.  group: 1-3 words
        no Arabic dictionary holds (حماس is a word, داعش، البوليساريو، فاطميون are not), the article allowed; party:
        1-3 definite words, one of them joined by و (العدالة والتنمية، الشعب الجمهوري، العمال الكردستاني), not a
        title, a demonym (the state of the party: حزب المحافظين البريطاني) or a KB name; state: as party, the first
        word also an adjective in -ية (القوة الجوية السورية: the caller requires the demonym after the words; وناقشت
        اللجنة التهديدات الإيرانية: a plural noun after the head is its object)."""
        if not _words.available():
            return None
        n = len(toks)
        fl = self._cur_flags
        if mode == "outlet":
            # (موقع فردا نيوز، قناة تولو نيوز: 1-2 name-like words, then the brand word of kb/org_words.tsv outlet)
            brands = _org_words("outlet")
            for k in range(j + 1, min(n, j + 3)):
                if not joined[k - 1] or self._cur_gaps[k - 1].strip() not in ("", "_"):
                    return None
                if toks[k].norm in brands:
                    return k + 1 if all(self._namelike(toks[x].norm) and not toks[x].norm.startswith("ال")
                                        and not fl[x] & (F_TITLE | F_DEM) for x in range(j, k)) else None
            return None
        k = j
        while k < n and k - j < 3 and (k == j or joined[k - 1]):
            w = toks[k].norm
            if fl[k] & (F_TITLE | F_DEM | F_SPEECH) or _NUM.match(w) or w in _RELATIVES or w in self.kb.stop or \
                    k > j and self._cur_gaps[k - 1].strip() not in ("", "_"):
                break   # (حزب #الفجر_الذهبي: a hashtag's words go on)
            if w[:1] in "لب" and len(w) > 3 and not w.startswith("ال") and _words.is_word(w[1:]):
                break   # (للميليشيات لمنع: a preposition on a noun)
            if fl[k] & F_ENT and match_entity(self.kb, "", toks, joined, k) is not None:
                break
            if w in _SKIP_ADJ or (mode == "group" or k == j) and w.endswith(("يه", "ات")) and \
                    not (mode == "state" and w.endswith("يه")):
                break   # (السابق; حركة احتجاجية، حركة الاحتجاجات: an adjective, a plural noun)
            if mode == "group":
                if k == j and w in _group_adjective_forms():
                    return None   # ميليشيات الحوثي: the movement of kb/group_adjectives.tsv (_group_adjectives)
                if k == j and (w in self._kb_joined_names() or w[2:] in self._kb_joined_names()):
                    return None   # جماعة بوكوحرام: the KB's بوكو حرام written as one word
                if len(w) < 3 or not self._namelike(w) or _is_latin(w) or _words.is_word(w) or \
                        w.startswith("ال") and _words.is_word(w[2:]):
                    break
            else:
                core = w[1:] if k > j and w[:1] == "و" else w
                if not core.startswith("ال") or len(core) < 5 or core in _ORDINALS or (w[:1] == "و" and k == j):
                    break
            k += 1
        if k == j:
            return None
        if mode == "party" and k - j == 1 and toks[j].norm in _PARTY_GENERIC:
            return None   # (حزب المعارضة، حزب الأغلبية: a common noun)
        return k

    def _org_name_end(self, text, toks, joined, j) -> int | None:
        """End of a body's name after its definite head (kb/heads.tsv mode ``org``), or None: 1-3 definite adjectives
        (a nisba, a demonym, kb/org_words.tsv: الدولية، الوطنية، الأعلى), then a ل complement — ل with the article
        on a noun (للسلام، للانتخابات) or ل on a noun in construct before a definite word (لحقوق الإنسان، لإدارة
        الطوارئ) — then up to two adjectives or words joined by و (للصليب الأحمر، للهجرة واللاجئين، لحقوق الإنسان
        القطرية).  Not a complement that is a party noun, a head noun, a KB name or an anaphor (اللجنة التنفيذية للمنظمة،
        المركز الإعلامي للجيش: an organ of another body), nor a relative pronoun or a time word."""
        if not _words.available():
            return None
        n = len(toks)
        fl = self._cur_flags
        adjs = _org_words("adj")
        k = j
        while k < n and k - j < 3 and joined[k - 1]:
            w = toks[k].norm
            if w in _SKIP_ADJ or w in _RELATIVES or w in self.kb.stop or fl[k] & (F_TITLE | F_SPEECH) and \
                    not fl[k] & F_DEM:
                break
            if w in _org_words("organ"):
                return None   # (المكتب السياسي لحركة حماس: an organ of the body named after it)
            if not (fl[k] & F_DEM and w.startswith("ال") or w in adjs or
                    w.startswith("ال") and len(w) > 5 and w.endswith(("ي", "يه"))):
                break
            k += 1
        if k == j or k >= n or not joined[k - 1]:
            return None
        w = toks[k].norm
        if w.startswith("لل") and len(w) >= 4:
            stem, c = "ال" + w[2:], k + 1
        elif w[:1] == "ل" and len(w) >= 4 and not w.startswith("لل"):
            # ل on a noun in construct, up to two more nouns in construct, then a definite word or a KB place:
            # لحقوق الإنسان، لإدارة الطوارئ، لرصد انتهاكات حقوق الإنسان، لإعادة إعمار غزة
            stem, c = w[1:], k + 1
            if not _words.is_word(stem) or stem in _org_words("stop"):
                return None   # (لـ، لكن، ليفند: no noun in construct)
            while c < n and c - k < 3 and joined[c - 1] and not toks[c].norm.startswith("ال") and \
                    toks[c].norm[:1] not in "وبلف" and len(toks[c].norm) >= 3 and _words.is_word(toks[c].norm) and \
                    toks[c].norm not in self.kb.stop and not fl[c] & (F_TITLE | F_SPEECH | F_DEM | F_ENT):
                c += 1
            if c >= n or not joined[c - 1]:
                return None
            g = toks[c].norm
            if g.startswith("ال") and len(g) >= 5 and not fl[c] & (F_TITLE | F_HEAD | F_DEM) and g not in _RELATIVES:
                c += 1
            elif fl[c] & F_ENT and (h := match_entity(self.kb, text, toks, joined, c)) is not None and \
                    self.kb.entries[h.payload[0][0]].type in ("GPE", "LOC") and not fl[k] & F_HEAD:
                return h.j   # (لإعادة إعمار غزة: the place ends the name; not المجلس الوطني لحزب نداء تونس)
            else:
                return None
        else:
            return None
        if fl[k] & (F_HEAD | F_SPEECH | F_DEM) or w in self.kb.stop or stem in _org_words("anaphor") or \
                fl[k] & F_ENT and match_entity(self.kb, text, toks, joined, k) is not None:
            return None
        if fl[k] & F_TITLE and (th := match_title(self.kb, text, toks, joined, k)) is not None and th.i == k and \
                th.payload.kind == "title":
            return None   # (المكتب الإعلامي للرئيس: a person's office; للقضاء، لشؤون اللاجئين stay)
        e = c
        while e < n and e - c < 2 and joined[e - 1]:
            w = toks[e].norm
            if w in _RELATIVES or w in _SKIP_ADJ or w in self.kb.stop or fl[e] & F_SPEECH:
                break
            if w.startswith("وال") and len(w) > 5 and not fl[e] & F_DEM:
                e += 1   # للهجرة واللاجئين
                continue
            if fl[e] & F_DEM and w.startswith("ال") or w.startswith("ال") and len(w) > 5 and not fl[e] & (
                    F_TITLE | F_HEAD | F_DEM) and (
                    w.endswith(("ي", "يه")) or w in adjs or _COLOUR.match(w)):
                e += 1   # للصليب الأحمر، لحقوق الإنسان القطرية، للحقوق الدستورية
                continue
            break
        return e

    def _kb_joined_names(self) -> frozenset:
        """KB names of two or three words written as one (بوكو حرام → بوكوحرام), cached per KB."""
        out = self.kb.__dict__.get("_joined_names")
        if out is None:
            out = self.kb.__dict__["_joined_names"] = frozenset(
                first + "".join(rest) for first, lst in self.kb.index.items() for rest, _v in lst if 1 <= len(rest) <= 2)
        return out

    def _given_dem(self, toks, joined, h: Hit, dh: Hit) -> bool:
        """Does an indefinite demonym after a definite title read as a given name (العقيد تركي المالكي: an adjective
        of the title would agree, التركي)? Only a given name followed by a name word."""
        n = len(toks)
        w = toks[dh.i].norm
        return dh.j == dh.i + 1 and w in self.kb.given and not toks[dh.i].text.startswith("ال") and \
            toks[h.j - 1].norm.startswith("ال") and dh.j < n and joined[dh.j - 1] and \
            (self._namelike(toks[dh.j].norm) or toks[dh.j].norm in ("ال", "بن")) and \
            not self._cur_flags[dh.j] & (F_TITLE | F_SPEECH)

    def _suffixed_word(self, tok) -> bool:
        """A word written with a pronoun suffix on a dictionary word or a function word (اعتذاره، بأنه، رئيسها), not
        a name word: no surname."""
        w = tok.norm
        raw = _TANWIN.sub("", tok.text)
        kb = self.kb
        if len(w) < 4 or w in kb.name_tokens or w in kb.given or not raw.endswith(("ه", "ها", "هم", "هما")) or \
                not _words.available():
            return False
        for suf in ("هما", "هم", "ها", "ه"):
            if raw.endswith(suf):
                stem = w[:-len(suf)]
                break
        if stem.endswith("ت"):
            stem = stem[:-1] + "ه"   # (اعتذاره; مكتبته: ة before the suffix)
        if stem in _NAME_LINK or stem in kb.given:
            return False   # (محمد عبده: a name)
        return len(stem) >= 2 and (stem in kb.stop or stem in _words.words() or
                                   stem[:1] in "وفبلك" and stem[1:] in kb.stop)

    def _name_before(self, toks, joined, end) -> int | None:
        """Start of an unknown person name that ends right before ``end`` (a title after a comma: بهرام قاسمي، المتحدث
        باسم الخارجية الإيرانية): the farthest start, 1-3 words back, from which the forward rules (given name, then
        name words; or transliterated words no dictionary holds) read a name ending exactly there; the word before
        it is no name word (a verb, a preposition, punctuation)."""
        fl = self._cur_flags
        best = None
        for s in range(max(0, end - 4), end):
            if s > 0 and joined[s - 1] and fl[s - 1] & (F_TITLE | F_ENT):
                continue   # after a title or a KB name the forward rules have had their say
            w = toks[s].norm
            if w.startswith(_ARTICLE) or not (self._namelike(w) or self._ali_at(toks, joined, s)) or \
                    fl[s] & (F_TITLE | F_DEM):
                continue
            if any(not joined[x] for x in range(s, end - 1)):
                continue
            e = self._name_after(toks, joined, s)
            if e != end and end - s >= 2:
                e = self._loose_name(toks, joined, s)
            if e != end and end - s >= 3 and toks[s].norm in self.kb.given:
                # a given name, a definite family name and a word no dictionary holds (انتقد علي القرة داغي، الأمين
                # العام ...): the foreign words a title lets a name go on with
                e = self._name_after(toks, joined, s, title_before=True)
            if e == end and (end - s >= 2 or toks[s].norm in self.kb.given):
                if s > 0 and joined[s - 1] and toks[s - 1].norm in self.kb.given:
                    continue   # (starts inside a longer name)
                best = s
                break
        s = end - 2
        if best is None and s >= 0 and (s == 0 or not joined[s - 1] or fl[s - 1] & F_SPEECH) and joined[s] and \
                not fl[s] & (F_TITLE | F_DEM | F_ENT) and self._worded_name(toks, joined, s) == end:
            best = s   # (قالت رافينا شامداساني، المتحدثة باسم ...: a first name that is a word, then a foreign word)
        return best

    def _loose_name(self, toks, joined, j) -> int | None:
        """End of an unknown name right after a title phrase whose first word is no given name: 1-4 words, each
        a given name, a KB name word or a word no Arabic dictionary holds (a transliterated name: نيكوس كوتزياس،
        كونغشيب تانتراوانيت), at least one of the last kind; the first word without the article.  It stops at
        punctuation, stop words, titles, demonyms, KB names other than persons and dictionary words (verbs,
        prepositions with a noun, nouns: سيتولى، لوكالة، التزام).  One word only before punctuation, a function
        word or a speech verb.  None without the dictionary (``entities.words``)."""
        n = len(toks)
        if j >= n or (j > 0 and not joined[j - 1] and j not in self._cur_apos) or not _words.available():
            return None
        kb = self.kb
        fl = self._cur_flags
        k = j
        foreign = False
        while k < n and k - j < 4 and (k == j or joined[k - 1]):
            w = toks[k].norm
            if k > j and w in _NAME_LINK and w not in ("دي", "دو", "فون", "فان", "لا"):
                # سحيم آل ثاني، X بن Y: the link and the word after it
                w2 = toks[k + 1].norm if k + 1 < n and joined[k] else ""
                if w2 and k + 1 - j < 4 and len(w2) > 2 and w2.isalpha() and not _is_latin(w2) and \
                        w2 not in _RELATIVES and not self._cur_flags[k + 1] & (F_TITLE | F_SPEECH):
                    k += 2
                    continue
                break
            if not self._namelike(w) or _NUM.match(w) or _is_latin(w) or w in _RELATIVES or w in _ORDINALS or \
                    fl[k] & (F_TITLE | F_DEM | F_SPEECH | F_COUNTER) or (k == j and w.startswith(_ARTICLE) and
                                                                        toks[k].text.startswith(_ARTICLE)) or \
                    (w[:1] in "وفبلك" and w[1:] in kb.stop) or (w.endswith("يه") and w not in kb.given):
                break   # (والتلفزيونية، لكل، حتمية: the article after a proclitic, a function word, a feminine noun)
            if w[:1] == "و" and len(w) > 3 and (w[1:] in kb.given or w[1:] in kb.name_tokens or _words.is_word(w[1:])
                                                or w[-1] == "ا" and w[1:-1] in _words.words()) and w not in kb.given:
                break   # مانينغ وأخبره، هاري وميغان، وشكر: the conjunction, not a name word
            if _TANWIN.search(toks[k].text) or (w[:1] == "س" and w[1:2] in "يتنا" and _words.is_word(w[1:])) or (
                    k > j and len(w) >= 6 and w[-1] == "ا" and w[:-1] in _words.words()) or (
                    k == j and len(w) == 4 and w[:1] in "بل" and w not in kb.given and _words.is_word(w[1:])):
                break   # رئيساً، تحليلا: an accusative is no name's; سيظل: a future verb; بملف: a preposition on a noun
            if fl[k] & F_ENT:
                e = match_entity(kb, "", toks, joined, k)
                if e is not None and kb.entries[e.payload[0][0]].type != "PERSON":
                    break
            if k == j and w not in kb.given and w not in kb.first_names and (k + 1 < n and joined[k] and (
                    toks[k + 1].norm in kb.given) and not self._given_closes(toks, joined, j) or
                                                                             w[:1] == "ل" and len(w) >= 8):
                return None   # وزير بريكسيت ديفيد ديفيس، الرئيس الحالي لفولكسفاغن هربرت ديس: the name starts later
            if w in kb.given or (k == j and w in kb.first_names):
                pass
            elif _words.is_word(w, not (w[:2] == "ال" and toks[k].text[:1] in "أإآ")):   # (أليكس: no article)
                break   # (a word of a KB name too: تتش | أمر وزيره)
            else:
                foreign = True
            k += 1
        if not foreign:
            return None
        w = toks[j].norm
        if k - j == 1 and ((w[:1] == "م" and w.endswith("ا") and _words.is_word(w[:-1])) or
                           (w[:1] == "ك" and w.endswith(("ه", "ات")) and w[1:] in _words.words()) or   # (كمنصة; كلاين is a name)
                           (w.endswith("ني") and len(w) >= 5 and w[:-2] in _words.words()) or   # (أوقفني: a verb + me)
                           (w[:1] in "لب" and len(w) > 4 and w not in kb.given) or not (
                k >= n or not joined[k - 1] or toks[k].norm in kb.stop or fl[k] & F_SPEECH)):
            return None   # (a participle in the accusative is no name: أمير قطر مغردا، الطفلة سوزانا is one)
        return k

    def _worded_name(self, toks, joined, j) -> int | None:
        """End of an unknown name right after a title whose first word is a dictionary word that is also a name
        (حصة، فرنسوا، آرين, not in the given-names list): it is a name only when a name follows it at once (after a
        definite title: قائد جبهة مقبنة is an office's complement), a nasab (بن/بنت/ابن + a name word: الأميرة حصة بنت سلمان) or a word no dictionary holds (المدعي العام فرنسوا
        مولينز، البرلماني السابق آرين أدريم); then as ``_loose_name``, up to four words.  The first word is no
        definite, suffixed, clitic, accusative or verb form.  None without the dictionary."""
        n = len(toks)
        if j + 1 >= n or not joined[j] or (j > 0 and not joined[j - 1] and j not in self._cur_apos) or \
                not _words.available():
            return None
        kb = self.kb
        fl = self._cur_flags
        bad = F_TITLE | F_DEM | F_SPEECH | F_COUNTER
        w = toks[j].norm
        raw = toks[j].text
        if len(w) < 3 or not w.isalpha() or _is_latin(w) or not self._namelike(w) or fl[j] & (bad | F_HEAD) or \
                raw.startswith(_ARTICLE) or _TANWIN.search(raw) or w in _RELATIVES or w in _ORDINALS or \
                self._suffixed_word(toks[j]) or _words.clitic_word(w) or w[:1] in "يس" or \
                (w[:1] in "وفبلك" and (w[1:] in kb.stop or _words.is_word(w[1:]))) or \
                (w[:1] == "ل" and len(w) >= 8) or (w[:1] == "ت" and len(w) == 4 and w[1:] in _words.words()):
            return None   # (يعتبر، سيزور، بالتزام، تقوم: a verb, a preposition on a noun; لفولكسفاغن X: the office's)
        verbish = w[-1] in "تا" and w[:-1] in _words.words()   # (فتحت، رئيسا; but كيت، تانيا before a foreign word)
        if fl[j] & F_ENT:
            e = match_entity(kb, "", toks, joined, j)
            if e is not None and kb.entries[e.payload[0][0]].type != "PERSON":
                return None

        def name_word(k, link=False):
            v = toks[k].norm
            if len(v) < 3 or not v.isalpha() or _is_latin(v) or not self._namelike(v) or fl[k] & bad or \
                    _TANWIN.search(toks[k].text) or v in _RELATIVES or v in _ORDINALS or v[:1] == "و" or \
                    v.endswith("يه") and v not in kb.given:
                return False
            if fl[k] & F_ENT:
                e = match_entity(kb, "", toks, joined, k)
                if e is not None and kb.entries[e.payload[0][0]].type != "PERSON":
                    return False
            if link:
                return not self._suffixed_word(toks[k]) and not _words.clitic_word(v)
            if v.endswith("ات") and len(v) >= 5 and v not in kb.given and v not in kb.name_tokens:
                return False   # (نصير شمة | ملابسات: a plural noun)
            return not toks[k].text.startswith(_ARTICLE) and (v in kb.given or v in kb.name_tokens or
                                                             _foreign(v, toks[k].text))

        w1 = toks[j + 1].norm
        if w1 in ("بن", "بنت", "ابن", "ابو") and j + 2 < n and joined[j + 1] and not verbish and \
                name_word(j + 2, link=True):   # (and a kunya's family name: الناشط رمضان أبو جزر)
            end = j + 3
        elif w1 not in _NAME_LINK and name_word(j + 1) and _foreign(w1, toks[j + 1].text) and not (
                fl[j + 1] & F_ENT and match_entity(kb, "", toks, joined, j + 1) is not None):
            end = j + 2
        else:
            return None
        while end < n and end - j < 4 and joined[end - 1]:
            v = toks[end].norm
            if v in ("بن", "بنت", "ابن", "آل", "ال") and end + 1 < n and joined[end] and end + 1 - j < 5 and \
                    name_word(end + 1, link=True):
                end += 2
                continue
            if not name_word(end):
                break
            end += 1
        return end

    def _lam_complement(self, toks, joined, j) -> int:
        """The end of a complement with ل of a body's name before a name (الاتحاد الأوروبي لكرة القدم X، الاتحاد الدولي
        لليد X): a dictionary word with ل, then up to two definite dictionary words; ``j`` when there is none."""
        n = len(toks)
        w = toks[j].norm if j < n and joined[j - 1] else ""
        ws = _words.words()
        if not (w[:1] == "ل" and len(w) >= 4 and not self._cur_flags[j] & ~F_SPLIT and w not in self.kb.given and (
                w[1:] in ws or w[:2] == "لل" and "ال" + w[2:] in ws)):
            return j
        k = j + 1
        while k < n and k - j < 3 and joined[k - 1] and toks[k].text.startswith("ال") and \
                not self._cur_flags[k] & ~F_SPLIT and _words.is_word(toks[k].norm) and toks[k].norm not in _SKIP_ADJ:
            k += 1
        return k if k > j + 1 or w[:2] == "لل" else j   # (لورا إينغراهام: no complement)

    def _party_adj_end(self, toks, joined, j) -> int:
        """End of up to two definite adjectives right after a definite party noun, none a KB hit: nisba adjectives
        (القضائية، العسكرية، الفيدرالية) and a few others (العليا، العامة، الخاصة، المشتركة); a former-office word
        (السابقة) ends the run.  ``j`` when there is none."""
        n = len(toks)
        fl = self._cur_flags
        k = j
        while k < n and k - j < 2 and joined[k - 1] and not fl[k] & ~F_SPLIT and toks[k].text.startswith("ال"):
            w = toks[k].norm
            if w in _FORMER_ADJ or w in _ORDINALS or w in _RELATIVES:
                break
            if not (w in _PARTY_ADJ or w in _SKIP_ADJ or len(w) >= 6 and w.endswith(("ي", "يه"))):
                break
            k += 1
        return k

    def _adj_run(self, toks, joined, j):
        """Up to four words after a title phrase that qualify the office, none of them a KB hit: definite nisba
        adjectives (الكاتالوني، الانفصالي), definite participles (المطارد), a second adjective with و (والمنفي), السابق
        and its kind, المنتهية ولايته, a locative pronoun (لديها).  Returns (end token, the KB country or place a nisba
        names: الكاتالوني → Catalonia).  Callers take the run only when a name follows it."""
        n = len(toks)
        fl = self._cur_flags
        k = j
        place = None
        while k < n and k - j < 4 and (k == j or joined[k - 1]):
            w = toks[k].norm
            if fl[k] & ~F_SPLIT:
                break
            if w in _SKIP_ADJ or w in _LOC_PRON or (w in ("ولايته", "ولايتها") and toks[k - 1].norm == "المنتهيه"):
                k += 1   # (الرئيس المنتهية ولايته X)
                continue
            if k > j and w.startswith("وال") and (w[1:] in _SKIP_ADJ or len(w) >= 7 and w.endswith(("ي", "يه"))):
                k += 1   # (المقال والمنفي، الكاتالوني والانفصالي: a second adjective)
                continue
            if w.startswith("الم") and len(w) >= 6 and toks[k].text.startswith("ال") and _words.is_word(w) and \
                    not w.endswith(("ين", "ون", "ات")):
                k += 1   # (الرئيس الانفصالي المطارد X: a participle)
                continue
            if not (w.startswith("ال") and len(w) >= 6 and w.endswith(("ي", "يه")) and w not in _ORDINALS and
                    w not in _RELATIVES):
                break
            if place is None:
                place = self._nisba_place(w)
            k += 1
        return k, place

    def _nisba_place(self, w: str):
        """The KB country or place a nisba adjective the KB lacks as a demonym names (الكاتالوني → كاتالونيا،
        البافارية → بافاريا), else None."""
        stem = w[2:-2] if w.endswith("يه") else w[2:-1]
        if len(stem) < 3:
            return None
        kb = self.kb
        for cand in (stem + "يا", stem + "ا", stem):
            lst = kb.index.get(cand)
            vals = lst[-1][1] if lst and not lst[-1][0] else None
            if vals:
                e = kb.entries[vals[0][0]]
                if e.kind in ("country", "place") and e.country:
                    return e
        return None

    def _named_next(self, toks, joined, seq, q, j, depth=0) -> bool:
        """Does a person's name start at token ``j`` (a KB person, a given or foreign name; or a second title and
        then one: المتحدث باسم الجيش العقيد تركي المالكي)?  ``q``: a hit of ``seq`` at or before ``j``."""
        n = len(toks)
        if j >= n:
            return False
        if not joined[j - 1]:   # قاضية المحكمة العليا، مالغورزاتا غيرسدورف،
            if j not in self._cur_apos:
                return False
            while q < len(seq) and seq[q][1].i < j:
                q += 1
            if q < len(seq) and seq[q][1].i == j and seq[q][0] == "ent":
                return self.kb.entries[seq[q][1].payload[0][0]].type == "PERSON"
            k = self._comma_name(toks, joined, j)
            # (not رئيساً تنفيذياً: tanwin, or words all of them)
            return k is not None and not any(_TANWIN.search(toks[x].text) for x in range(j, k)) and not all(
                toks[x].norm not in self.kb.given and _words.is_word(toks[x].norm) for x in range(j, k))
        while q < len(seq) and seq[q][1].i < j:
            q += 1
        if q < len(seq) and seq[q][1].i == j:
            kind, hh = seq[q]
            if kind == "ent":
                return self.kb.entries[hh.payload[0][0]].type == "PERSON"
            if kind == "title" and not depth and hh.payload.kind in ("title", "honorific"):
                jb = hh.j
                while jb < n and joined[jb - 1] and toks[jb].norm in _SKIP_ADJ:
                    jb += 1
                return self._named_next(toks, joined, seq, q + 1, jb, 1)
            return False
        return self._name_after(toks, joined, j, title_before=True) is not None or \
            self._skeleton_name(toks, joined, j) is not None or self._loose_name(toks, joined, j) is not None

    def _complement(self, toks, joined, j, seq, qn) -> tuple[int, int, str | None, str | None]:
        """The genitive or prepositional complement of an office noun the KB does not name, before a name:
        ``قائد خلية الأزمة`` X، ``مدير الصحيفة`` X، ``المتحدث باسم شرطة الولاية`` X، ``الوزير السريلانكي للتخطيط
        المدني`` X، ``النائبة الجمهورية عن ولاية تينيسي`` X.  Definite words, an indefinite noun before a definite
        word or a KB name (construct state: شرطة كابول), a preposition (في، لدى، عن) before one, and the KB's
        organisations, places, party nouns and demonyms on the way, at most six words.  Returns (end token, index
        of the next hit in ``seq``, the country of its last demonym, else of its first KB country or place or state
        institution, the sector of its first institution)."""
        n = len(toks)
        kb = self.kb
        fl = self._cur_flags
        k = j
        dem = place = sector = None
        # a definite head (الملك، الوزير السريلانكي) takes no noun in construct: what follows without the article is
        # the next party (استقبل الملك حكومة الرزاز: the king, then the government), only a preposition is his
        pw = toks[j - 1].norm if j > 0 else ""
        def_head = pw.startswith(_ARTICLE) and len(pw) > 3 and toks[j - 1].text[:1] not in "أإآ"
        while k < n and k - j < 6 and joined[k - 1]:
            while qn < len(seq) and seq[qn][1].i < k:
                qn += 1
            w0 = toks[k].norm
            if w0.startswith("وال") and len(w0) > 5 and toks[k - 1].norm.startswith(("ال", "لل")) and \
                    not (qn < len(seq) and seq[qn][1].i == k) and k + 1 < n and joined[k] and \
                    _words.is_word(w0[1:]) and not fl[k] & (F_SPEECH | F_COUNTER):
                k += 1   # وزير الأشغال العامة والنقل اللبناني X، وزير الخارجية والمغتربين X: a portfolio of two nouns
                continue
            if def_head and k == j:
                w0 = toks[k].norm
                if not w0.startswith(("ال", "لل", "ل")) and w0 not in _OFFICE_PREPS:
                    break
            if qn < len(seq) and seq[qn][1].i == k:
                kind, hh = seq[qn]
                if kind == "dem":
                    dem = hh.payload
                elif kind == "title" and hh.payload.kind not in _PARTY_KINDS and hh.payload.kind != "org":
                    break
                elif kind == "title" and hh.plen and toks[k].norm[:1] == "و":
                    break   # مدعي عام شتوتغارت وشرطة هايلبرون: a second institution, no office's complement
                elif kind == "title":
                    sector = sector or hh.payload.sector or None
                elif kind == "ent":
                    ee = kb.entries[hh.payload[0][0]]
                    if ee.type == "PERSON":
                        break
                    if place is None and ee.country and (ee.kind in ("country", "place", "capital") or (
                            ee.kind == "org" and ee.sector in _STATE_SECTORS)):
                        place = ee.country   # المتحدث باسم شرطة كابول X، العميد في الجيش الإسرائيلي X
                    if ee.kind == "org":
                        sector = sector or ee.sector or None
                k = hh.j
                continue
            w = toks[k].norm
            if w in _RELATIVES or w in _SKIP_ADJ or _NUM.match(w) or _is_latin(w) or fl[k] & (F_SPEECH | F_COUNTER):
                break
            art = not (w[:2] == "ال" and toks[k].text[:1] in "أإآ")   # (أليكس: no article)
            definite = w.startswith(("ال", "لل")) and len(w) > 4 and art
            if definite and _words.is_word(w, art):
                k += 1
                continue
            if k + 1 < n and joined[k] and toks[k + 1].norm in kb.given and w not in kb.given and \
                    w not in kb.first_names and not _words.is_word(w, art) and self._namelike(w):
                if k > j and self._given_closes(toks, joined, k):
                    break   # القيادي الكردي | شاهوز حسن: after a definite word, a first name and its surname
                k += 1   # وزير بريكسيت | ديفيد ديفيس: a name the dictionary lacks, then a given name
                break
            if k + 1 < n and joined[k] and (w in _OFFICE_PREPS or (
                    w not in kb.stop and _words.is_word(w, art) and not w.startswith(("و", "ف", "ب", "ل")))):
                nw = toks[k + 1].norm
                if (nw.startswith("ال") and _words.is_word(nw)) or fl[k + 1] & F_ENT and (
                        match_entity(kb, "", toks, joined, k + 1) is not None):
                    k += 1
                    continue
                m = k + 1   # في قضايا مكافحة الإرهاب: nouns in construct before a definite one
                while m < n and m - k <= 2 and joined[m - 1] and not fl[m] and toks[m].norm not in kb.stop and \
                        not toks[m].norm.startswith(("ال", "و", "ف", "ب", "ل")) and _words.is_word(toks[m].norm):
                    m += 1
                if m > k + 1 and m < n and joined[m - 1] and toks[m].text.startswith("ال") and \
                        _words.is_word(toks[m].norm):
                    k = m
                    continue
            break
        while qn < len(seq) and seq[qn][1].i < k:
            qn += 1
        return k, qn, dem or place, sector

    def _give_role(self, pe, title, former: bool, offices, country=None, sector=None, chain=(), role_span=None,
                   of_name=None, role_key=None) -> None:
        """A title's role (and the roles of the titles before it in a chain: المتحدث باسم الجيش العقيد X) on the
        person named after it; country and sector when the person has none (a person the KB does not know).
        A title phrase parted from the name by a complement or a second title becomes a role mention of the
        person (``role_span``; the chain's own spans), so that the events take the person, not the office.
        ``of_name``: the region or institution of the office (President of Catalonia, of Interpol), so that the
        person is not taken for the holder of the country's office of that name."""
        if pe.key == "per:-":
            return
        if role_key == "-":
            if pe.country is None and country:
                pe.country = country
            return
        if title.role and title.kind == "title":
            lab = _role_lab(role_key or title.role, former and title.role in offices)
            if of_name:
                lab += " of " + of_name
            if lab not in pe.roles:
                pe.roles.append(lab)
        if role_span is not None:
            pe.mentions.append((role_span[0], role_span[1], 2, "role"))
        for lab, c, sec, span in chain:
            pe.mentions.append((span[0], span[1], 2, "role"))
            if lab not in pe.roles:
                pe.roles.append(lab)
            if pe.country is None and c:
                pe.country = c
            if pe.sector is None and sec and pe.key.startswith("per:"):
                pe.sector = sec
        if pe.country is None and country:
            pe.country = country
        if pe.sector is None and pe.key.startswith("per:"):
            pe.sector = sector or (title.sector if role_key is None else None) or None

    def _split_names(self, text, toks, joined, flags, seq):
        """Names the KB writes as one word and the text as two (بيونغ يانغ / بيونغيانغ, كوالا لمبور)."""
        kb = self.kb
        n1 = len(toks) - 1
        cands = [i for i in self._cur_cand if flags[i] & F_SPLIT and i < n1]
        if not cands:
            return seq
        taken = {k for _, h in seq for k in range(h.i, h.j)}
        extra = []
        for i in cands:
            if flags[i] & (F_ENT | F_TITLE | F_DEM | F_SPEECH) or not joined[i] or i in taken or i + 1 in taken \
                    or flags[i + 1] & (F_TITLE | F_DEM):
                continue
            a, b = toks[i].norm, toks[i + 1].norm
            if len(a) < 3 or len(b) < 3 or a in kb.stop or b in kb.stop:
                continue
            lst = kb.index.get(a + b)
            if lst and lst[-1][0] == ():
                extra.append(("ent", Hit(i, i + 2, toks[i].start, toks[i + 1].end, 0, lst[-1][1])))
                taken.update((i, i + 1))
        if not extra:
            return seq
        return sorted(seq + extra, key=lambda kh: kh[1].i)

    def _en_name_after(self, text, toks, joined, j) -> int | None:
        """End of an English name right after an English title: 1-4 capitalised words (initials allowed) that
        are not titles, demonyms or stop words (Finnish President Sauli Niinisto, Secretary John F. Kelly)."""
        n = len(toks)
        if j >= n or not joined[j - 1]:
            return None
        kb = self.kb
        k = j
        while k < n and k - j < 4 and (k == j or joined[k - 1]):
            w = toks[k]
            c0 = w.text[:1]
            if not ("A" <= c0 <= "Z" or "\u00c0" <= c0 <= "\u024f" and c0.isupper()) or \
                    w.norm in kb.title_first or w.norm in kb.demonyms or w.norm in _EN_NOT_NAME:
                break
            k += 1
        if k == j or (k - j == 1 and len(toks[j].norm) < 3):
            return None
        return k

    def _en_role(self, ents, text, toks, joined, h, title, pre, pending_roles) -> None:
        """An English title with no name after it: ``Putin, the Russian president,`` (the person before the
        comma), ``the Russian president`` (the holder, as for الرئيس الروسي), ``the president`` (the last person
        named with the role)."""
        s0 = pre[1].i if pre is not None else h.i
        start = toks[s0].start
        iso = pre[0] if pre is not None else None
        former = s0 > 0 and joined[s0 - 1] and toks[s0 - 1].norm in _EN_FORMER
        if former:   # the former Russian president, ex-president
            s0 -= 1
            start = toks[s0].start
        lab = _role_lab(title.role, former)
        art = s0 > 0 and joined[s0 - 1] and toks[s0 - 1].norm == "the"
        # apposition: NAME, [the] [Russian] president
        a = s0 - 1 if art else s0
        if a in self._cur_apos:
            prev_end = toks[a - 1].end
            before = [x for x in ents.values() if x.type == "PERSON" and any(m[1] == prev_end for m in x.mentions)]
            if before:
                pe = before[0]
                if lab not in pe.roles:
                    pe.roles.append(lab)
                if pe.country is None and iso:
                    pe.country = iso
                pe.mentions.append((start, h.end, 2, "role"))
                return
        if iso:
            pending_roles.append((title.role, iso, start, h.end, former))
        elif art and title.role not in ("minister", "leader", "commander", "director", "adviser"):
            pending_roles.append((title.role, "", start, h.end, former))

    def _given_closes(self, toks, joined, j) -> bool:
        """After a title phrase closed by a definite word or a comma (القيادي الكردي، شاهوز حسن،؛ القيادي الكردي شاهوز
        حسن بالانسحاب), a word no dictionary holds followed by a given name that no further name word follows is a
        first name and its surname, not the complement of the office before a name (وزير بريكسيت ديفيد ديفيس)."""
        if not (j in self._cur_apos or j > 0 and (self._cur_flags[j - 1] & F_DEM or
                                                   toks[j - 1].norm.startswith("ال") and joined[j - 1])):
            return False   # (a definite word cannot govern a genitive: after it no complement of the office)
        n = len(toks)
        if toks[j].norm[:1] in "وفبلك" or j + 1 >= n:
            return False
        e = self._name_after(toks, joined, j + 1, title_before=True)
        return e is not None and e == j + 2

    def _comma_name(self, toks, joined, j) -> int | None:
        """End of 1-3 name-like words between two commas at ``j`` (title، NAME، ...), else None."""
        if j not in self._cur_apos:
            return None
        n = len(toks)
        fl = self._cur_flags
        for k in range(j + 1, min(n - 1, j + 3) + 1):
            if not self._namelike(toks[k - 1].norm) or fl[k - 1] & (F_TITLE | F_DEM) or \
                    toks[k - 1].norm.startswith("ال"):
                return None
            if k in self._cur_apos:
                return k
            if not joined[k - 1]:
                return None
        return None

    @staticmethod
    def _hits_ahead(seq, qn, j) -> dict:
        """The first (kind, hit) of ``seq`` from ``qn`` on at each token index below j + 12 (the words a title phrase
        may walk through): read by _apposed_name and _walked_name."""
        hits = {}
        for x in range(qn, len(seq)):
            hh = seq[x][1]
            if hh.i >= j + 12:
                break
            hits.setdefault(hh.i, seq[x])
        return hits

    def _apposed_name(self, ents, toks, joined, h: Hit, j, seq, qn):
        """A full name between commas after a title phrase the main reading found no name in: the rest of the phrase
        (definite words, a noun in construct, في/لدى/عن, KB bodies, places and demonyms, up to ten words) runs to a
        comma, then 2-5 name words closed by punctuation (العميد المنشق، محمود النقيب،؛ وزير الأمن الداخلي السابق،
        تشو يونغ كانغ.؛ السفير والمندوب الدائم لدولة الإمارات لدى الأمم المتحدة في جنيف، عبيد سالم الزعابي،).  The
        first word is a given name or a word no dictionary holds, not the article; later words are name words, a link
        and the word after it (بن عبد العزيز، آل خليفة), or a last family name with the article (السيد، الخريجي).
        Returns (name start, name end, end of the role phrase, the phrase's demonym, former) or None."""
        n = len(toks)
        kb = self.kb
        fl = self._cur_flags
        apos = self._cur_apos
        if not _words.available() or h.i in apos and (
                any(m[1] == toks[h.i - 1].end for x in ents.values() if x.type == "PERSON" for m in x.mentions)
                or self._name_before(toks, joined, h.i) is not None):
            return None   # (X، المتحدث باسم ...،: the title describes the name before it)
        hits = self._hits_ahead(seq, qn, j)
        k = j
        rs = None   # the first KB body or place of the phrase: the role mention ends before it
        adem = None
        by_body = False
        former = False
        while k < n and k - j < 10 and k not in apos:
            if k > 0 and not joined[k - 1]:
                return None
            w = toks[k].norm
            hk = hits.get(k)
            if hk is not None:
                kind, hh = hk
                if kind == "title" and k > j and hh.j == k + 1 and hh.payload.sector == "OPP" and w.startswith("ال") \
                        and joined[k - 1] and toks[k - 1].norm.startswith("ال"):
                    k += 1   # the body's adjective (حزب الشعب الجمهوري المعارض في تركيا، X،): no second title
                    continue
                if kind == "ent" and kb.entries[hh.payload[0][0]].type == "PERSON" or kind == "title" and (
                        k != h.j or not toks[k].norm.startswith("و")):
                    return None   # (a second title: another person's, unless joined by و right after the first)
                if kind == "ent" and rs is None and not (k == j and kb.entries[hh.payload[0][0]].sector in _BODY_NATION
                                                         and kb.entries[hh.payload[0][0]].country):
                    rs = k   # (a national body or armed group right after the title is his office: القيادي الحوثي)
                elif kind == "ent" and rs is None and adem is None:
                    adem, by_body = kb.entries[hh.payload[0][0]].country, True   # (and of its state)
                if kind == "dem" and (adem is None or by_body) and rs is None:
                    adem, by_body = hh.payload, False   # (his own demonym tells his state)
                k = max(hh.j, k + 1)
                continue
            if fl[k] & (F_SPEECH | F_COUNTER) or _TANWIN.search(toks[k].text) or w in _RELATIVES or _NUM.match(w):
                return None
            if w in _FORMER_ADJ:
                former = True
            elif w in _OFFICE_PREPS or w in _LOC_PRON:
                if rs is None:
                    rs = k
            elif w.startswith(("ال", "لل")) or toks[k].text.startswith(("وال", "بال")):
                pass
            elif k + 1 < n and joined[k] and w not in kb.stop and not _words.clitic_word(w) and not (
                    w[:1] in "بف" and _words.is_word(w[1:])) and (
                    toks[k + 1].norm.startswith(("ال", "لل")) or k + 1 in hits):
                pass   # a noun in construct: وزير رئاسة الجمهورية، مراسل شؤون الشرق الأوسط
            else:
                return None
            k += 1
        if k >= n or k not in apos:
            return None
        c = k
        e = c
        while e < n and e - c < 6:
            e += 1
            if e >= n or not joined[e - 1]:
                break
        if not 2 <= e - c <= 5 or e - c == 6:
            return None
        gap = self._cur_gaps[e - 1].strip() if e - 1 < len(self._cur_gaps) else ""
        if not (e >= n or e in self._cur_bounds or gap[:1] in ("،", ",", ":", ".", "(", "؛", "-")):
            return None
        w0 = toks[c].norm
        if w0.startswith("ال") or w0 in kb.stop or not self._namelike(w0) or _TANWIN.search(toks[c].text) or \
                _is_latin(w0) or fl[c] & F_SPEECH or w0 not in kb.given and w0 not in kb.name_tokens and (
                    w0[:1] in "بلكو" and _words.clitic_word(w0) or w0[:1] == "ي" and _words.is_word(w0)):
            return None
        last = e - 1 if toks[e - 1].norm.startswith("ال") else e
        if not any(toks[x].norm in kb.given or toks[x].norm in kb.first_names or toks[x].norm in kb.name_tokens or
                   not _words.is_word(toks[x].norm) for x in range(c, last) if toks[x].norm not in _NAME_LINK):
            return None   # (a name word at least, not مساء الاثنين)
        hc = hits.get(c)
        if hc is not None and hc[0] != "ent":
            return None
        x = c + 1
        while x < e:
            w = toks[x].norm
            if w in _NAME_LINK and x + 1 < e:
                x += 2   # (بن عبد العزيز، آل خليفة، أبو مصطفى: the word after a link is a name's)
                continue
            if w in _NAME_TAILS or w in kb.given or w in kb.name_tokens:
                x += 1
                continue
            if _TANWIN.search(toks[x].text) or _NUM.match(w) or _is_latin(w) or w in kb.stop or w in _RELATIVES or \
                    fl[x] & F_SPEECH or self._suffixed_word(toks[x]):
                return None
            if x == e - 1 and w.startswith("ال") and len(w) > 3 and not w.endswith(("ون", "ين")):
                x += 1   # the family name (السيد، النقيب، الزعابي)
                continue
            if w.startswith("ال") or w[:1] == "و" and (w[1:] in kb.given or w[1:] in kb.name_tokens or
                                                       _words.is_word(w[1:])) or \
                    fl[x] & (F_TITLE | F_DEM) or not self._namelike(w):
                return None
            if _words.is_word(w) and w not in kb.given and (
                    w[:1] == "ي" or w[-1:] == "ت" or w[:1] in "بلك" and _words.clitic_word(w)):
                return None   # (a verb or a preposition on a noun after the name)
            x += 1
        if rs is None:
            rs = c
        while rs > h.j and toks[rs - 1].norm in _LOC_PRON:
            rs -= 1
        return c, e, rs, adem, former

    def _walked_name(self, toks, joined, h: Hit, j, seq, qn):
        """A given name after a longer complement of the office than the main reading takes (up to ten words:
        definite words, ل or a noun in construct before one, في/لدى/عن, KB bodies, places and demonyms): وزير الدولة
        لشؤون مجلس الوزراء الكويتي أنس الصالح، معاون نصرالله للشؤون السياسية حسين الخليل، عضو اللجنة العامة للمؤتمر
        وفاء الدعيس.  The name starts with a given name (not the article) and runs as after a title.  Stops at a second
        title (another person's, or a chain the main reading takes), a verb of saying, punctuation.  Returns what
        ``_apposed_name`` returns, or None."""
        n = len(toks)
        kb = self.kb
        fl = self._cur_flags
        if not _words.available() or j >= n or j == 0 or not joined[j - 1]:
            return None
        hits = self._hits_ahead(seq, qn, j)
        ends = {hh.j - 1 for _, hh in hits.values() if hh.j > hh.i}   # (the last token of each hit)
        k = j
        rs = None
        adem = None
        by_body = False
        former = False
        while k < n and k - j < 10 and joined[k - 1]:
            w = toks[k].norm
            hk = hits.get(k)
            if hk is not None:
                kind, hh = hk
                if kind == "title" and hh.payload.kind in ("title", "honorific"):
                    return None
                if kind == "ent":
                    e = kb.entries[hh.payload[0][0]]
                    if e.type == "PERSON" and k > j and k == hh.i and hh.j - hh.i >= 2 and not hh.plen and (
                            toks[k - 1].text.startswith("ال") and len(toks[k - 1].norm) > 3 or k - 1 in ends):
                        # a KB person after a definite word or a place of the complement is the one named (زعيم الحركة
                        # الاحتجاجية في أرمينيا نيكول باشينيان); not one in construct with an indefinite noun
                        return k, hh.j, rs if rs is not None else k, adem, former
                    if e.type == "PERSON" and not (k == h.j and not toks[h.j - 1].norm.startswith("ال")):
                        return None   # (a person in construct with an indefinite office is its genitive: معاون نصرالله)
                    if rs is None and not (k == j and e.sector in _BODY_NATION and e.country):
                        rs = k
                    elif rs is None and adem is None and e.type != "PERSON":
                        adem, by_body = e.country, True
                if kind == "dem" and (adem is None or by_body) and rs is None:
                    adem, by_body = hh.payload, False   # (a demonym of the person tells his own state: نائب قائد
                    # التحالف الدولي الميجور جنرال البريطاني X)
                k = max(hh.j, k + 1)
                continue
            if k > j and not toks[k].text.startswith("ال") and not _TANWIN.search(toks[k].text) and (
                    w in kb.given or w in _ABD_ABU and k + 1 < n and joined[k] or
                    k + 1 < n and joined[k] and not _is_latin(w) and not _is_latin(toks[k + 1].norm) and
                    len(w) > 2 and len(toks[k + 1].norm) > 2 and self._namelike(w) and
                    not _words.is_word(w) and not _words.is_word(toks[k + 1].norm)):
                # (a given name, a compound with عبد/أبو, or two words no dictionary holds: a foreign name)
                e_ = self._name_after(toks, joined, k, title_before=True)
                if e_ is None and w not in kb.given and w not in _ABD_ABU:
                    e_ = self._loose_name(toks, joined, k)
                if e_ is None or e_ - k < 2:
                    return None
                if any(fl[x] & (F_TITLE | F_DEM | F_SPEECH) for x in range(k, e_)):
                    return None
                if rs is None:
                    rs = k
                return k, e_, rs, adem, former
            if fl[k] & (F_SPEECH | F_COUNTER | F_TITLE) or _TANWIN.search(toks[k].text) or w in _RELATIVES or \
                    _NUM.match(w) or w in kb.stop and w not in _OFFICE_PREPS and not (
                    toks[k].text.startswith("ال") and len(w) > 5):   # (a common noun: زعيم الحركة الاحتجاجية X)
                return None
            if w in _FORMER_ADJ:
                former = True
            elif w in _OFFICE_PREPS:
                if rs is None:
                    rs = k
            elif w.startswith(("ال", "لل")) or toks[k].text.startswith(("وال", "بال")):
                pass
            elif k + 1 < n and joined[k] and not (w[:1] in "بف" and _words.is_word(w[1:])) and (
                    toks[k + 1].norm.startswith(("ال", "لل")) or k + 1 in hits):
                pass   # a noun in construct, or ل on one: لشؤون مجلس الوزراء، لحقوق الإنسان
            else:
                return None
            k += 1
        return None

    def _skeleton_name(self, toks, joined, j) -> int | None:
        """End of a KB person's name spelled another way right at ``j`` (الرئيس سالفا كير), else None."""
        n = len(toks)
        if j >= n or (j > 0 and not joined[j - 1] and j not in self._cur_apos):
            return None
        for L in (3, 2):
            if j + L <= n and all(joined[j + k] for k in range(L - 1)) and \
                    all(self._namelike(toks[j + k].norm) for k in range(L)) and \
                    self.kb.skeletons.get(tuple(skeleton(t.norm) for t in toks[j:j + L])) is not None:
                return j + L
        return None

    def _namelike(self, w: str) -> bool:
        cache = self.kb.__dict__.get("_namelike")  # (the answer depends on the word and the KB only)
        if cache is None or len(cache) > 300_000:
            cache = self.kb.__dict__["_namelike"] = {}
        r = cache.get(w)
        if r is None:
            r = cache[w] = self._namelike_word(w)
        return r

    def _namelike_word(self, w: str) -> bool:
        kb = self.kb
        if w in kb.stop or len(w) < 2 or w.isdigit() or w in _SPEECH:
            return False
        if w.startswith("لل") or w.endswith(("يون", "يين")):
            return False   # للصحافيين، دبلوماسيون: a preposition with the article, a nisba plural
        if kb.title_first.get(w) is not None or w in _COUNTERPART:
            return False
        if w in kb.demonyms or any(r[1] in kb.demonyms for r in readings(w)[1:]):
            return False
        return True

    @staticmethod
    def _other_office(toks, h: Hit) -> bool:
        """Is this title hit a definite public office (المبعوث الأممي، الرئيس، الزعيم) that, right after an office
        closed by its demonym, names another person rather than a second office of the same one?"""
        t = h.payload
        w = toks[h.i].norm
        if h.plen and w[:1] in "وف" and t.kind == "title":
            return True   # (الرئيس التركي والمستشارة الألمانية X: a second person)
        return t.kind == "title" and bool(t.role) and t.role not in _CHAIN_ROLES and \
            (t.sector in _OFFICE_SECTORS or t.role == "leader") and w.startswith("ال")

    def _no_lone_name(self, tok) -> bool:
        """A lone word that reads as an adverb in the accusative (سابقا، مؤخرا، مرارا، مثلا) or as a noun or preposition
        with a pronoun suffix (حينها، خلالها، مكتبه، مراسلنا، لنا) — the dictionary holds what is left — is no person
        named alone (after a speech verb, by the tagger).  Given names and KB name words stay names."""
        w = tok.norm
        kb = self.kb
        if w in kb.given or w in kb.first_names or w in kb.name_tokens or not _words.available():
            return False
        if len(w) > 4 and w.endswith(("ون", "ين")) and w[:-2] in _words.words() and w[:-2] not in kb.name_tokens:
            return True   # a sound plural: مساعدون، مؤرخون، محدثين
        raw = _TANWIN.sub("", tok.text)
        for suf in ("ا", "ها", "ه", "نا", "ك"):
            if raw.endswith(suf) and len(w) - len(suf) >= 2 and (suf != "ا" or len(w) >= 4):
                stem = w[:-len(suf)]
                if suf != "ا" and stem.endswith("ت"):
                    stem = stem[:-1] + "ه"   # (مكتبته: ة before the suffix)
                if stem in kb.stop or stem in _words.words() and stem not in kb.name_tokens and stem not in kb.given:
                    return True   # (not بوتينا: بوتين is a name)
        return False

    def _tag_per_at(self, toks, j):
        spans = getattr(self, "_cur_tags", None)
        if not spans:
            return None
        return spans.get((toks[j].start, "PER"))

    def _person_end(self, toks, a, b) -> int | None:
        """End of an unknown person name over tokens a..b once words that cannot continue a name are cut (هاري
        وميغان، هادي وحكومته، جورج والأميرة), or None when what is left is no name (a lone
        definite word: المسلمين، العرب; a word with a pronoun suffix: أسمائهم، منتقدوها)."""
        kb = self.kb
        names, given = kb.name_tokens, kb.given
        if toks[a].norm.startswith("لل"):
            return None   # للصحافيين: a preposition with the article
        k = a + 1
        while k < b:
            w = toks[k].norm
            if w not in names and w not in given and w not in _NAME_LINK and w not in _NAME_TAILS and not (
                    toks[k - 1].norm in ("بن", "ال", "ابن", "بنت") and w.isalpha() and w not in _RELATIVES):
                # (after بن/آل a name word, though it reads as a word: حمد بن جاسم آل ثاني)
                r = w[1:]
                if w.startswith("لل") or w in kb.stop:
                    break
                if len(w) >= 6 and w[:1] == "ي" and w.endswith(("ون", "ان")):
                    break   # هاري ينتظران: an imperfect verb (plural/dual) after the name
                if w[:1] == "و" and (r in given or r in names or r in kb.stop or kb.title_first.get(r) is not None
                                     or r.endswith(("ته", "تها", "تهم", "تهما")) or r.startswith("ال") and (
                                         r.endswith(("ه", "ين", "ون")) or kb.index.get(r) is not None
                                         or r in kb.demonyms)):
                    # (وال + a feminine, plural or known word: والأميرة، والرئيس؛ not a surname: والدز، والش)
                    break
                if w.startswith("ال") and w.endswith("يه") and len(w) > 5 and _words.is_word(w):
                    # a definite feminine adjective is no surname (مونت كارلو الدولية: a station's name)
                    return None if k - a == 1 else k
                if self._suffixed_word(toks[k]) or len(w) >= 4 and _words.available() and (
                        w[:1] == "ي" and w in _words.words() or
                        w[-1] == "ت" and w in _words.words() and w[:-1] in _words.words()):
                    break   # العاصفة جوردون زادت: a verb after the name
            if k - a >= 2 and w[:1] in "بل" and len(w) >= 5 and w not in names and w not in given and \
                    _words.available() and w[1:] in _words.words() and w[1:] not in given:
                break   # قتله عبد الفتاح الشريف | برصاصة: a preposition on a common noun ends the name
            if k - a >= 2 and w in kb.heads and not w.startswith("ال") and w not in names:
                # شاؤول ألوفيتش مالك شركة "بيزك": an indefinite head noun in construct is no name's word, nor is the
                # noun before it that governs it (مالك "owner")
                if toks[k - 1].norm in given and k - 1 - a >= 2 and _words.is_word(toks[k - 1].norm):
                    k -= 1
                break
            k += 1
        if k - a == 1:
            w = toks[a].norm
            if w not in names and w not in given and (
                    w.startswith("ال") or w.endswith(("هم", "هما", "كم", "هن")) or
                    len(w) >= 5 and w.endswith(("وها", "وه", "اته", "اتها"))):
                return None
        return k

    def _add_unknown_person(self, ents, text, toks, j, nend, country) -> _Ent:
        # a KB person spelled another way (سالفا كير / سلفا كير): same consonant skeleton
        if nend - j >= 2:
            idx = self.kb.skeletons.get(tuple(skeleton(t.norm) for t in toks[j:nend]))
            if idx is None and toks[nend - 1].norm.startswith("ال") and len(toks[nend - 1].norm) > 4:
                # (وزير العمل علي الربيعي: the KB's علي ربيعي, the surname written with the article)
                idx = self.kb.skeletons.get(tuple(skeleton(t.norm) for t in toks[j:nend - 1]) +
                                            (skeleton(toks[nend - 1].norm[2:]),))
            if idx is not None:
                return self._add_kb(ents, Hit(j, nend, toks[j].start, toks[nend - 1].end, 0, [(idx, 0, "person")]),
                                    text, toks)
        cut = self._person_end(toks, j, nend)
        if cut is None:   # no name: an entity outside the document, so callers' roles go nowhere
            return _Ent("per:-", None, None, "PERSON")
        nend = cut
        key = "per:" + " ".join(t.norm for t in toks[j:nend])
        if country is None and nend < len(toks) and self._cur_joined[nend - 1] and toks[nend].norm[:1] not in "وف":
            # المخترع بيتر مادسن الدنماركي (not والسعودي: the next person's, وزراء الخارجية سامح شكري والسعودي X)
            country = demonym_country(self.kb, text, toks, nend)
        ent = ents.get(key)
        if ent is None:
            surface = text[toks[j].start:toks[nend - 1].end].replace("_", " ")   # (a hashtag's words)
            ent = ents[key] = _Ent(key, surface, surface, "PERSON", country, conf=2)
            if nend - j >= 2 and _good_surname(toks[nend - 1].norm, by_rule=True):
                ent.surnames.add(toks[nend - 1].norm)
        elif ent.country is None and country:
            ent.country = country
        ent.mentions.append((toks[j].start, toks[nend - 1].end, 2, "name"))
        return ent

    def _subject_role(self, ents, text, pos) -> str | None:
        """Role of the nearest person mentioned before ``pos`` in the same sentence (for نظيره)."""
        best, bpos = None, -1
        lo = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos))
        for ent in ents.values():
            if ent.type != "PERSON" or not ent.roles:
                continue
            for s, e, *_ in ent.mentions:
                if lo < s < pos and s > bpos:
                    best, bpos = ent.roles[0], s
        return best

    def _resolve_roles(self, ents, pending, counterparts, date):
        kb = self.kb
        for role, iso, s, e, *fm in pending:
            former = bool(fm and fm[0])
            lab = _role_lab(role, former)
            target = None
            if former:
                # a former office: the person named with it in this document (before or after), else a role of its
                # own when its country is given; never the office holder at publication time
                best, bdist = None, None
                for ent in ents.values():
                    if ent.type == "PERSON" and lab in ent.roles and (not iso or ent.country == iso) and \
                            ent.key.startswith(("kb:", "per:")):
                        for ms, *_ in ent.mentions:
                            dist = s - ms if ms < s else 100000 + ms - s
                            if bdist is None or dist < bdist:
                                best, bdist = ent, dist
                if best is None and not iso:
                    continue   # وقال الرئيس السابق with nobody named so: no party of its own (nor the holder)
                if best is None:
                    key = f"role:former_{role}:{iso}"
                    best = ents.get(key)
                    if best is None:
                        best = ents[key] = _Ent(key, None, None, "PERSON", iso or None, conf=1)
                        best.roles.append(lab)
                best.mentions.append((s, e, 2, "role"))
                continue
            if iso == "":
                best, bpos = None, -1
                for ent in ents.values():
                    if ent.type == "PERSON" and lab in ent.roles and ent.key.startswith(("kb:", "per:")):
                        for ms, *_ in ent.mentions:
                            if bpos < ms < s:
                                best, bpos = ent, ms
                if best is not None:
                    best.mentions.append((s, e, 2, "role"))
                continue
            for ent in ents.values():
                if ent.type == "PERSON" and ent.country == iso and lab in ent.roles and ent.key.startswith(("kb:", "per:")):
                    target = ent
                    break
            if target is None and iso:
                hidx = kb.holder(role, iso, date)
                if hidx is not None:
                    he = kb.entries[hidx]
                    key = "kb:" + he.id
                    target = ents.get(key)
                    if target is None:
                        target = ents[key] = _Ent(key, he.name, he.name_ar, "PERSON", he.country, he.wikidata, None,
                                                  he.id)
                        target.surnames.update(he.short_ar)
                    if lab not in target.roles:
                        target.roles.append(lab)
            if target is None:
                key = f"role:{role}:{iso}"
                target = ents.get(key)
                if target is None:
                    target = ents[key] = _Ent(key, None, None, "PERSON", iso, conf=1)
                    target.roles.append(lab)
            target.mentions.append((s, e, 2, "role"))
        labels = kb.__dict__.get("_role_keys")
        if labels is None:
            labels = kb.__dict__["_role_keys"] = {role_label(r): r for r in {x[0] for x in kb.offices}}
        for iso, s, e, _tstart, subj_role in counterparts:
            target = None
            # someone already named as that country's counterpart / with a role in this document
            for ent in ents.values():
                if ent.type == "PERSON" and ent.country == iso and ent.key.startswith(("kb:", "per:")) and \
                        any(s2 < s for s2, *_ in ent.mentions) and (not subj_role or subj_role in ent.roles
                                                                    or not ent.roles):
                    target = ent
                    break
            if target is None and subj_role and labels.get(subj_role):
                # the office holder: وزير الخارجية الأمريكي ... نظيره الروسي → Russia's foreign minister
                hidx = kb.holder(labels[subj_role], iso, date)
                if hidx is not None:
                    he = kb.entries[hidx]
                    key = "kb:" + he.id
                    target = ents.get(key)
                    if target is None:
                        target = ents[key] = _Ent(key, he.name, he.name_ar, "PERSON", he.country, he.wikidata,
                                                  None, he.id)
                        target.surnames.update(he.short_ar)
                    if subj_role not in target.roles:
                        target.roles.append(subj_role)
            if target is None and subj_role:
                key = f"role:{labels.get(subj_role, subj_role)}:{iso}"
                target = ents.get(key)
                if target is None:
                    target = ents[key] = _Ent(key, None, None, "PERSON", iso, conf=1)
                    target.roles.append(subj_role)
            if target is not None:
                target.mentions.append((_tstart, e, 2, "role"))

    def _given_window(self, toks, i) -> bool:
        """Is token ``i`` a given name the KB starts names with that the tagger should still read (the KB names none
        here): after a one-letter preposition (لجينا هاسبيل، لجورج جوزيف), before another given name or
        a compound's عبد (هشام عبد الباسط، صلاح عبد السلام), or عبد before a definite word (عبد السلام تازي)."""
        kb = self.kb
        w = toks[i].norm
        nxt = toks[i + 1].norm
        flags = self._cur_flags
        if w == "عبد" or w[1:] == "عبد" and w[:1] in "لب":
            return nxt.startswith("ال") and len(nxt) >= 5 and not flags[i + 1] & (F_TITLE | F_DEM)
        base = w[1:] if w[:1] in "لب" and w not in kb.given and w[1:] in kb.given else w
        if len(base) < 3 or base not in kb.given or base in kb.stop or base in _NOT_GIVEN or base == "علي" or \
                base in kb.demonyms:
            return False
        if nxt == "عبد":
            return True
        if base == w or flags[i + 1] & ~(F_GIVEN | F_ENT | F_SPLIT):
            return False
        # (after the preposition, a surname that is a given name or a word no dictionary holds, the article allowed
        # (لمحمد القاطرجي): not بحسن نية، بحمد الله، لوانج بإقليم)
        return nxt in kb.given and nxt not in kb.stop and nxt not in _NOT_GIVEN or \
            len(nxt) >= 4 and self._namelike(nxt) and _foreign(nxt, toks[i + 1].text)   # (ومحمد القاطرجي)

    def _name_word(self, tok) -> bool:
        """A word of a person's name the tagger found away from any cue: a given name or KB name word (a proclitic
        allowed on the first), or a word no Arabic dictionary holds, neither a title, demonym nor stop word."""
        w = tok.norm
        kb = self.kb
        if not self._namelike(w):
            return False
        if w in kb.given or w in kb.name_tokens:
            return True
        if w[:1] in "وبل" and (w[1:] in kb.given or w[1:] in kb.name_tokens):
            return True
        return len(w) >= 3 and not _words.is_word(w)

    def _tag_zone(self, text, toks):
        """Tagger spans of a zone.  In "windows" mode (default: the speed budget does not allow tagging every
        token) only windows around cues of unknown names are tagged: titles, honorifics, speech verbs,
        head nouns, counterparts and given names; "full" tags every token."""
        n = len(toks)
        bounds = self._cur_bounds
        if self.tagger_mode == "full":
            windows = list(zip([0] + bounds[:-1], bounds))
        else:
            kb = self.kb
            cue = F_PERTITLE | F_SPEECH | F_HEAD | F_COUNTER | F_GIVEN
            joined = self._cur_joined
            windows = []
            flags = self._cur_flags
            for i in self._cur_cand:
                gw = False
                if flags[i] & cue and (not flags[i] & F_ENT or flags[i] & F_GIVEN and i + 1 < n and joined[i] and (
                        # a given name that starts KB names (جورج) but none here, before a word the KB does not
                        # know at all (جورج كلوني), or one _given_window lets the tagger read; the KB matching
                        # asked once
                        not flags[i + 1] and len(toks[i].norm) >= 4 and toks[i].norm in kb.given
                        and toks[i].norm not in kb.stop or (gw := self._given_window(toks, i))
                        or (gw := self._ali_at(toks, joined, i)))
                        and match_entity(kb, text, toks, joined, i) is None):
                    # a KB name right after the cue (الرئيس [الروسي] فلاديمير بوتين) needs no tagger
                    if not gw and ((i + 1 < n and flags[i + 1] & F_ENT) or (
                            i + 2 < n and flags[i + 1] & F_DEM and flags[i + 2] & F_ENT)):
                        continue
                    z = bisect.bisect_right(bounds, i)
                    zs, ze = (bounds[z - 1] if z else 0), bounds[z]
                    a, b = max(zs, i - (2 if gw and toks[i].norm[-3:] == "عبد" else 1)), min(ze, i + 6)
                    if windows and windows[-1][0] >= zs and a <= windows[-1][1]:
                        windows[-1] = (windows[-1][0], b)
                    else:
                        windows.append((a, b))
        out = []
        bset = set(bounds)
        zgaps = self._cur_gaps
        if self.tagger_mode == "persons":
            # every zone is tagged; outside the cue windows only a confident person whose every word is a name
            # word (a given name, a KB name word, a word no dictionary holds) is kept
            inw = set()
            for a, b in windows:
                inw.update(range(a, b))
            windows = list(zip([0] + bounds[:-1], bounds))
        else:
            inw = None
        for a, b in windows:
            norms = [t.norm for t in toks[a:b]]
            gaps = [""] + [_nospace(zgaps[k - 1]) for k in range(a + 1, b)]
            for x, y, typ, p in self.tagger.tag(norms, gaps, self.min_prob):
                if (x == 0 and a > 0 and a not in bset) or (y == b - a and b < n and b not in bset):
                    continue  # a span cut by the window edge is not trusted
                if inw is not None and not (x + a in inw and y + a - 1 in inw) and not (
                        typ == "PER" and p >= self.person_prob and all(map(self._name_word, toks[x + a:y + a]))):
                    continue
                out.append((x + a, y + a, typ, p))
        return out

    def _tagged(self, text, zone_toks, ents):
        """The tagger's spans where the KB and rules found nothing: unknown persons, places, orgs."""
        occupied = sorted([(s, e, ent.type, c) for ent in ents.values() for s, e, c, *_ in ent.mentions] +
                          [(s, e, "", 9) for s, e in getattr(self, "_cur_absorbed", ())])
        kb = self.kb
        titled = getattr(self, "_cur_titled", ())
        for toks, joined, tags in zone_toks:
            common = getattr(self, "_cur_common", None) or ()
            for a, b, typ, prob in tags:
                if common and toks[a].start in common:
                    continue   # مسقط رأسه، النيل من: what the KB's homograph rules read as a common word
                if b - a == 1 and toks[a].norm.startswith("ال") and toks[a].norm.endswith(("ي", "يه")) and \
                        kb.index.get(toks[a].norm) is None:
                    continue  # a lone nisba adjective (الوطني، القومية) is not a name
                if b - a == 1 and typ != "PER" and strip_article(toks[a].norm) != toks[a].norm and \
                        strip_article(toks[a].norm) in _words.words() and \
                        not _named_alone(kb, strip_article(toks[a].norm)) and \
                        not _named_alone(kb, toks[a].norm):
                    continue  # a lone definite noun the KB holds no name of alone (المملكة، للتحالف) is no name
                if typ == "PER" and b - a > 1 and toks[a + 1].norm in (_medal_rules().get(toks[a].norm) or _medal_rules().get(
                        toks[a].norm[1:], ())):
                    continue  # "القناص يستحق وسام شرف": an honour, not a person
                if typ == "PER" and b - a > 1 and toks[a].norm in _ANY and _words.is_word(toks[a + 1].norm):
                    continue  # "ممثل لأي كيان قانوني": "any" and a common noun, not a name
                if typ == "PER" and b - a == 1 and (not self._namelike(toks[a].norm) or self._no_lone_name(toks[a])):
                    continue  # للصحافيين، دبلوماسيون، سابقا، حينها
                if typ == "PER" and (a > 0 and _storm(toks[a - 1].norm) or
                                     a > 1 and _storm(toks[a - 2].norm) and toks[a - 1].norm.startswith("ال")):
                    continue  # العاصفة (المدارية) جوردون، الإعصار فلورنس: a storm's name
                if titled and any(ts <= toks[a].start < te for ts, te in titled):
                    # no name starts inside a person's title phrase (رئيس مجلس الوزراء، سفير روسيا لدى X): a person's
                    # name after it keeps the rest, another span is a piece of the phrase (الخارجية الأميركية)
                    if typ != "PER":
                        continue
                    while a < b and any(ts <= toks[a].start < te for ts, te in titled):
                        a += 1
                # titles/honorifics at the start of a PER span are roles, not names
                while a < b and (kb.title_first.get(toks[a].norm) is not None or
                                 any(r[1] in kb.title_first for r in readings(toks[a].norm)[1:])) and typ == "PER":
                    a += 1
                a0 = a
                while a < b and toks[a].norm in kb.stop and not (typ == "PER" and self._ali_at(toks, joined, a)):
                    a += 1   # (not the given name علي: علي القرة داغي)
                while b > a and toks[b - 1].norm in kb.stop and not (
                        b - 2 >= a and toks[b - 2].norm == "عبد" and toks[b - 1].norm.startswith("ال")):
                    b -= 1   # (not the divine name of a compound: صلاح عبد السلام)
                while typ == "PER" and b - a > 2 and toks[b - 1].norm.startswith("ال") and \
                        kb.title_first.get(toks[b - 1].norm) is not None:
                    b -= 1   # مجدي عبد الهادي | الصحفي السابق: a definite title after the name is his description
                if a >= b:
                    continue
                if a > a0 and b - a == 1 and typ != "PER" and toks[a].norm.startswith("ال") and \
                        kb.index.get(toks[a].norm) is None and _words.is_word(toks[a].norm):
                    continue   # التنظيم الإرهابي، التنظيم المتطرف: a common noun's adjective, no name
                s, e = toks[a].start, toks[b - 1].end
                w0 = toks[a].norm
                clitic = typ == "PER" and len(w0) > 3 and w0[0] in "ولب" and \
                    w0 not in kb.given and w0 not in kb.first_names and (w0[1:] in kb.given or w0[1:] in kb.first_names)
                if typ == "PER" and w0[:1] in "بل" and not clitic and len(w0) >= 5 and w0 not in kb.given and \
                        w0 not in kb.name_tokens and w0[1:] in _words.words() and w0[1:] not in kb.given:
                    continue   # بملايين اليوروهات: a preposition on a common noun starts no name
                if clitic and b - a == 1 and prob < 0.8:
                    continue   # طه ومحمد الرزامي: a given name the tagger cut from its surname is no name alone
                if typ != "PER" and len(w0) > 4 and w0[0] in "وبلفك" and not w0.startswith("ال") and \
                        not _named_alone(kb, w0) and w0[1:] in _words.words():
                    clitic = True   # بمحافظة البيضاء، لمديرية الملاجم: the place without the preposition
                if clitic:   # لأيوب الكعبي، ورشا بلال: the name without the preposition or conjunction
                    s += 1
                    while s < e and "\u064b" <= text[s] <= "\u0652":
                        s += 1
                inside = [(os_, oe, ot, oc) for os_, oe, ot, oc in occupied if os_ < e and s < oe]
                if inside:
                    # a confident longer name holding a KB place (أمريكا الشمالية، جامعة شيكاغو) keeps its span
                    if b - a >= 2 and prob >= 0.8 and all(
                            s <= os_ and oe <= e and (os_, oe) != (s, e) and ot in ("GPE", "LOC") and oc >= 3
                            for os_, oe, ot, oc in inside):
                        for ent in ents.values():
                            ent.mentions = [m for m in ent.mentions if not (s <= m[0] and m[1] <= e)]
                    else:
                        continue
                surface = text[s:e]
                if typ == "PER" and b - a >= 2 and \
                        self.kb.skeletons.get(tuple(skeleton(t.norm) for t in toks[a:b])) is not None:
                    ent = self._add_unknown_person(ents, text, toks, a, b, None)
                    occupied.append((s, e, ent.type, 1))
                    continue
                if typ == "PER":
                    cut = self._person_end(toks, a, b)
                    if cut is None:
                        continue
                    if cut == b and b < len(toks) and joined[b - 1] and toks[b].norm in ("الله", "الدين") and \
                            toks[b - 1].norm not in _NAME_TAILS and not any(
                                os_ < toks[b].end and toks[b].start < oe for os_, oe, *_ in occupied):
                        b = cut = b + 1   # خالد محي | الدين: the compound given name the tagger cut
                        e = toks[b - 1].end
                        surface = text[s:e]
                    if cut < b:
                        b = cut
                        e = toks[b - 1].end
                        surface = text[s:e]
                    key = "per:" + " ".join(t.norm[1:] if k == 0 and clitic else t.norm
                                            for k, t in enumerate(toks[a:b]))
                    ent = ents.get(key)
                    if ent is None:
                        pc = demonym_country(kb, text, toks, b) if b < len(toks) and joined[b - 1] and \
                            toks[b].norm[:1] not in "وف" else None   # (والسعودي: the next person's)
                        if pc is None and a > 0 and joined[a - 1]:
                            pc = demonym_country(kb, text, toks, a - 1)   # الدنماركي بيتر مادسن (after a title)
                        ent = ents[key] = _Ent(key, surface, surface, "PERSON", pc, conf=1)
                        if b - a >= 2 and _good_surname(toks[b - 1].norm):
                            ent.surnames.add(toks[b - 1].norm)
                    ent.mentions.append((s, e, 1, "name"))
                else:
                    etype = "ORG" if typ == "ORG" else "GPE"
                    key = f"{etype}:" + " ".join(strip_article(t.norm[1:] if clitic else t.norm) if k == 0 else t.norm
                                                  for k, t in enumerate(toks[a:b]))
                    ent = ents.get(key)
                    if ent is None:
                        country = demonym_country(kb, text, toks, b) if b < len(toks) and joined[b - 1] else None
                        ent = ents[key] = _Ent(key, surface, surface, etype, country, conf=1)
                    ent.mentions.append((s, e, 1, "name"))
                occupied.append((s, e, ent.type, 1))

    def _surnames(self, text, zone_toks, ents):
        """Surnames of persons named in full elsewhere in the document, and the tagger's unknown spans."""
        taken = sorted((s, e) for ent in ents.values() for s, e, *_ in ent.mentions)
        local: dict[str, _Ent] = {}
        for ent in ents.values():
            if ent.type == "PERSON" and ent.mentions:
                for sn in ent.surnames:
                    if sn not in self.kb.stop and len(sn) >= 3:
                        local.setdefault(sn, ent)
        owners = self._family_names(ents)
        family = {k: v for k, v in owners.items() if v is not None}
        for sn, ent in family.items():
            local.setdefault(sn, ent)
        shared = {k for k, v in owners.items() if v is None}
        if shared:  # (كيم جونغ أون and كيم يو جونغ in one story: a bare كيم the KB read as his short name is neither)
            for ent in ents.values():
                if ent.type == "PERSON":
                    ent.mentions = [m for m in ent.mentions if normalize(text[m[0]:m[1]]) not in shared]
        self._stop_surnames(text, zone_toks, ents, taken)
        if not local:
            return
        import bisect
        starts = [s for s, _ in taken]
        tails = {k[-3:] for k in local}
        for toks, joined, _tags in zone_toks:
            # (only the words ending as a surname does: one C-level pass finds them)
            for x in compress(count(), map(tails.__contains__, map(_LAST3, map(TOKEN_NORM, toks)))):
                t = toks[x]
                nm = t.norm
                for plen, key, keep in readings(nm):
                    ent = local.get(key)
                    if ent is None:
                        continue
                    if key[:2] == "ال" and x + 1 < len(toks) and joined[x] and \
                            any(m[0] == toks[x + 1].start for m in ent.mentions):
                        break   # القيادي الحوثي أحمد علي الحوثي: an adjective before his name
                    if key[:2] == "ال" and not (x > 0 and joined[x - 1] and toks[x - 1].norm in ("عبد", "وعبد", "فعبد")) and \
                            normalize(ent.name_ar).endswith("عبد " + key):
                        break   # رامي عبد الرحمن ... فيلق الرحمن: the half of a compound name is none of his
                    s = orig_offset(text, t.start, plen - keep) if plen else t.start
                    k = bisect.bisect_right(starts, s) - 1
                    if k >= 0 and taken[k][1] > s:
                        break
                    if key in family and x + 1 < len(toks) and joined[x] and self._name_goes_on(toks[x + 1].norm):
                        break   # كيم جونغ نام، كيم يونغ تشول: another person of the family
                    if not plen and x > 0 and joined[x - 1]:
                        # إيلون ماسك named in full again where the rules missed it: the given name is his too
                        pw, ps = toks[x - 1].norm, toks[x - 1].start
                        if pw[:1] == "و" and pw not in self.kb.given and pw[1:] in self.kb.given:
                            pw, ps = pw[1:], ps + 1
                        own = ent.key[4:].split() if ent.key.startswith("per:") else \
                            normalize(ent.name_ar or "").split()
                        if pw in self.kb.given and pw in own[:-1] and not (k >= 0 and taken[k][1] > ps):
                            s = ps
                    ent.mentions.append((s, t.end, 2, "name"))
                    break

    def _family_names(self, ents) -> dict:
        """The family name, written first, of a Korean or Chinese person named in full in the document (كيم جونغ أون،
        مون جيه إن، وانغ يي): alone later in the story (وتبادل ترامب وكيم، قال مسؤول ... إن مون) it is that person,
        when no other person of the document has it. Maps each such name to its person, or to None when another
        person of the document shares it (كيم جونغ أون and كيم يو جونغ: the name alone is neither)."""
        out: dict[str, _Ent | None] = {}
        for ent in ents.values():
            if ent.type != "PERSON" or not ent.mentions or ent.country not in _FAMILY_FIRST:
                continue
            parts = ent.key[4:].split() if ent.key.startswith("per:") else normalize(ent.name_ar or "").split()
            if len(parts) < 2:
                continue
            fn = parts[0].split("-")[0]
            if len(fn) < 3 or fn in self.kb.stop or fn in self.kb.demonyms:
                continue
            out[fn] = ent if out.get(fn, ent) is ent else None
        for ent in ents.values():   # (كيم جونغ أون and كيم يو جونغ: the name alone is neither)
            if ent.type == "PERSON" and ent.mentions:
                parts = ent.key[4:].split() if ent.key.startswith("per:") else normalize(ent.name_ar or "").split()
                if parts and parts[0] in out and out[parts[0]] is not ent:
                    out[parts[0]] = None
        return out

    def _name_goes_on(self, w: str) -> bool:
        """A word after a name word that continues the name: a given name or a word no dictionary holds."""
        return w not in self.kb.stop and (w in self.kb.given or not _words.is_word(w)) and not w.isdigit() and \
            self.kb.index.get(w) is None

    def _stop_surnames(self, text, zone_toks, ents, taken) -> None:
        """The surname of a KB person named in full in the document that is also a common word (نواف سلام، جوزاف عون:
        "peace", "help"): alone, it is the person only as the subject right after a speech verb (وقال سلام إن، وأكد
        عون), and only when one person of the document has it."""
        cand: dict[str, _Ent | None] = {}
        for ent in ents.values():
            if ent.type == "PERSON" and ent.key.startswith("kb:") and ent.mentions and ent.name_ar:
                parts = normalize(ent.name_ar).split()
                if len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-1] in self.kb.stop:
                    cand[parts[-1]] = None if parts[-1] in cand else ent
        cand = {k: v for k, v in cand.items() if v is not None}
        if not cand:
            return
        for toks, joined, _tags in zone_toks:
            for x in range(1, len(toks)):
                ent = cand.get(toks[x].norm)
                if ent is None or not joined[x - 1]:
                    continue
                pw = toks[x - 1].norm
                if pw[:1] in "وف" and pw[1:] in _SPEECH_SUBJ:
                    pw = pw[1:]
                nw = toks[x + 1].norm if x + 1 < len(toks) and joined[x] else None
                if pw not in _SPEECH_SUBJ or nw is not None and nw not in self.kb.stop and \
                        nw not in self.kb.name_tokens and not _words.is_word(nw):
                    continue   # (وقال سلام فياض: the given name of another person)
                s, e = toks[x].start, toks[x].end
                if any(ts < e and s < te for ts, te in taken):
                    continue
                ent.mentions.append((s, e, 2, "name"))

    def _merge_surnames(self, ents) -> None:
        """A one-word person found on its own (وأضافت بنسودا، by the speech verb or the tagger) who is the surname
        of a person named in full in the document (المدعية العامة فاتو بنسودا) is that person; so is a name of two
        words or more that starts a longer one found by the rules (سلطان بن سحيم / سلطان بن سحيم آل ثاني; not the
        tagger's نيكولاي غلوشكوف الحليف)."""
        pers = sorted((k for k in ents if k.startswith("per:") and " " in k and ents[k].type == "PERSON"), key=len)
        for a, short in enumerate(pers):
            longer = next((k for k in pers[a + 1:] if k.startswith(short + " ") and ents[k].conf >= 2), None)
            if longer is None:
                continue
            ent, tgt = ents.pop(short), ents[longer]
            tgt.mentions.extend(ent.mentions)
            tgt.surnames |= ent.surnames
            for r in ent.roles:
                if r not in tgt.roles:
                    tgt.roles.append(r)
            tgt.country = tgt.country or ent.country
            tgt.sector = tgt.sector or ent.sector
        full = {}
        for ent in ents.values():
            if ent.type == "PERSON" and ent.surnames and ent.mentions:
                for sn in ent.surnames:
                    full.setdefault(sn, ent)
        if not full:
            return
        for key in [k for k in ents if k.startswith("per:") and " " not in k]:
            ent, tgt = ents[key], full.get(key[4:])
            if tgt is None or tgt is ent or ent.type != "PERSON":
                continue
            tgt.mentions.extend(ent.mentions)
            for r in ent.roles:
                if r not in tgt.roles:
                    tgt.roles.append(r)
            if tgt.country is None:
                tgt.country = ent.country
            del ents[key]

    def _place_countries(self, text, ents):
        """A place the KB does not know takes the country of the nearest KB place in the same paragraph
        (بلدة دابشي ... ولاية يوبي النيجيرية), else of the document when most of its places are in one."""
        unknown = [e for e in ents.values() if e.type in ("GPE", "LOC", "FAC") and e.kb_id is None and e.country is None
                   and e.mentions]   # (a site too: "مطار التيفور العسكري في محافظة حمص السورية", s28places)
        if not unknown:
            return
        known = sorted((m[0], e.country) for e in ents.values() if e.type in ("GPE", "LOC") and e.kb_id
                       and e.country for m in e.mentions)
        if not known:
            return
        counts: dict[str, int] = {}
        for _, c in known:
            counts[c] = counts.get(c, 0) + 1
        top, ntop = max(counts.items(), key=lambda x: x[1])
        majority = top if ntop >= 0.6 * len(known) else None
        for e in unknown:
            s0, e0 = e.mentions[0][0], e.mentions[0][1]
            best, dist = None, 10 ** 9
            for pos, c in known:
                a, b = (pos, s0) if pos < s0 else (e0, pos)
                if "\n" in text[a:b] or abs(pos - s0) > 60:
                    continue
                if abs(pos - s0) < dist:
                    best, dist = c, abs(pos - s0)
            e.country = best or majority

    def _source_orgs(self, text, article, ents, zones=(), zone_tokens=()):
        """The article's agency and outlet where their names occur anywhere in the text (a byline counts:
        they are the article's sources), and KB entities named by the article's own hashtags/tags."""
        kb = self.kb
        toks = None
        for field in ("agency", "outlet"):
            v = article.get(field)
            names = v if isinstance(v, list) else [v] if v else []
            for nm in names:
                if not isinstance(nm, str) or not nm.strip():
                    continue
                idx = kb.by_name.get(" ".join(_norm_tuple(nm)))
                forms = list(kb.entries[idx].forms) if idx is not None else []
                forms.append(_norm_tuple(nm))
                cores = [f[0][2:] if f[0].startswith("ال") and len(f[0]) > 4 else f[0] for f in forms if f]
                if not any(_first_raw_hit(text, c) for c in cores) and not any(
                        c in normalize(text) for c in cores[:1]):
                    continue
                if toks is None:
                    # the text outside the zones (masthead, byline): the zones were searched with the KB
                    outside = []
                    pos = 0
                    for zs, ze in sorted(set(zones)) + [(len(text), len(text))]:
                        if zs > pos:
                            outside.extend(_tokenize(text, pos, zs))
                        pos = max(pos, ze)
                    toks_all = sorted(list(zone_tokens) + outside, key=lambda t: t.start)
                    toks = outside
                # a KB org's names in the zones are already found; a name the KB lacks is searched everywhere
                toks = outside if idx is not None else toks_all
                norms = [t.norm for t in toks]
                found = []
                for f in forms:
                    L = len(f)
                    f0 = f[0]
                    for i in [i for i, nm in enumerate(norms) if nm.endswith(f0) or (
                            f0.startswith("ال") and nm.endswith(f0[2:]))]:
                        if i + L > len(toks) or tuple(norms[i + 1:i + L]) != f[1:]:
                            continue
                        for plen, key, keep in readings(norms[i]):
                            if key == f[0]:
                                s = orig_offset(text, toks[i].start, plen - keep) if plen else toks[i].start
                                found.append((s, toks[i + L - 1].end))
                                break
                if not found:
                    continue
                if idx is not None:
                    e = kb.entries[idx]
                    key = "kb:" + e.id
                    ent = ents.get(key)
                    if ent is None:
                        ent = ents[key] = _Ent(key, e.name, e.name_ar, "ORG", e.country, e.wikidata, e.sector or "MED",
                                               e.id)
                else:
                    key = "src:" + " ".join(_norm_tuple(nm))
                    ent = ents.setdefault(key, _Ent(key, nm.strip(), nm.strip(), "ORG", None, None, "MED"))
                have = {(m[0], m[1]) for m in ent.mentions}
                for s, e_ in found:
                    if (s, e_) not in have:
                        ent.mentions.append((s, e_, 2, "name"))
        # the article's tags (hashtags) naming KB entities: mention at the hashtag
        for tag in article.get("tags") or []:
            if not isinstance(tag, str) or not tag.strip():
                continue
            tt = _tokenize(tag, 0, len(tag))
            if not tt:
                continue
            h = match_entity(kb, tag, tt, [True] * len(tt), 0)
            if h is None or h.j != len(tt):
                continue
            pos = text.find("#" + tag.strip())
            if pos < 0:
                continue
            s, e_ = pos + 1, pos + 1 + len(tag.strip())
            if self._covered(ents, s, e_):
                continue
            ent = self._add_kb(ents, Hit(0, 1, s, e_, 0, h.payload), text)

    # -- output ----------------------------------------------------------------------------------------------
    def _historical(self, ent, date) -> bool:
        """A state that no longer existed at publication (its KB ``dissolved`` date; the Soviet Union in 2018
        news), its demonym or its institutions (القوات السوفيتية): a past actor, never a party of a current event."""
        kb = self.kb
        idx = kb.by_id.get(ent.kb_id) if ent.kb_id else None
        if (idx is None or kb.entries[idx].kind != "country") and ent.country:
            idx = kb.country_iso.get(ent.country)   # its demonym, its forces (القوات السوفيتية)
        if idx is None:
            return False
        end = kb.entries[idx].dissolved
        return bool(end) and (date is None or end < date)

    def _output(self, ents, text, date=None) -> list[dict]:
        # overlapping mentions: higher confidence, then longer, wins
        allm = []
        for ent in ents.values():
            for s, e, c, kind in ent.mentions:
                allm.append((s, e, c, ent.key, kind))
        allm.sort(key=lambda m: (-m[2], -(m[1] - m[0]), m[0]))
        kept: list[tuple[int, int, str]] = []
        occ_s: list[int] = []      # sorted, non-overlapping kept spans
        occ_e: list[int] = []
        for s, e, c, key, kind in allm:
            k = bisect.bisect_right(occ_s, s) - 1
            if (k >= 0 and occ_e[k] > s) or (k + 1 < len(occ_s) and occ_s[k + 1] < e):
                continue
            occ_s.insert(k + 1, s)
            occ_e.insert(k + 1, e)
            kept.append((s, e, key, kind))
        if any(ents[key].single for _, _, key, _ in kept):
            # one person's noun right after a person's name is its apposition (ماريا بوتينا المتهمة بالتجسس، فتح الله
            # غولن، المتهم من قبل أنقرة): no party of its own
            pend = {e for s, e, key, _ in kept if ents[key].type == "PERSON"}
            kept = [x for x in kept if not (ents[x[2]].single and any(
                p in pend for p in range(x[0] - 3, x[0]) if not text[p:x[0]].strip(" \u00a0،,")))]
        by_key: dict[str, list[tuple[int, int, str]]] = {}
        for s, e, key, kind in kept:
            by_key.setdefault(key, []).append((s, e, kind))
        out = []
        order = sorted(by_key, key=lambda k: min(by_key[k]))
        for n, key in enumerate(order, 1):
            ent = ents[key]
            spans = sorted(set(by_key[key]))
            name = ent.name or text[spans[0][0]:spans[0][1]]
            if ent.key.startswith("party:"):
                named = "nominal"
            elif ent.key.startswith("role:"):
                named = "role"
            else:
                named = "named"
            rec = {"id": f"e{n}", "name": name, "name_ar": ent.name_ar, "type": ent.type,
                   "country": ent.country, "wikidata": ent.wikidata, "roles": list(ent.roles),
                   "mentions": [{"text": text[s:e], "start": s, "end": e, "kind": k} for s, e, k in spans],
                   "sector": ent.sector, "kb_id": ent.kb_id, "status": named}
            if ent.country and ent.type != "PERSON" and self._historical(ent, date):
                rec["historical"] = True
            out.append(rec)
        return out

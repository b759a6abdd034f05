"""Which words are ordinary Arabic words: the test that tells a transliterated foreign name (نيكوس كوتزياس،
باتستسيغ باتمونخ، كونغشيب تانتراوانيت) from the noun, masdar or verb that can follow a title (وزير الخارجية
التزام ...، الرئيس الأمريكي الانسحاب ...، قاضيا ... سيتولى).

The word list is the Arabic dictionary of ``simplemma`` (≈300k inflected forms from Wiktionary, a PyPI package
with no model download), normalised as our tokens are (``lang.ar.normalize``) and cached as a pickle beside the
KB's (``MARSAD_NO_CACHE=1`` turns the cache off).  Without simplemma the list is empty and ``available()`` is
false: callers then take no word for a name on this test alone.
"""
from __future__ import annotations

import os
from functools import lru_cache

from ..lang.ar import normalize
from .kb import _cache_dir, cached, normaliser_digest

# proclitics read off before the look-up (conjunctions, prepositions, the future prefix, the article)
# (not ك alone: كنيدي، كفالا are names far more often than "like" + a noun)
_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وس", "فس", "فب", "فل", "و", "ف", "ب", "ل", "س")

_NO_ARTICLE = tuple(p for p in _PREFIXES if "ال" not in p and p != "لل")

_WORDS: frozenset | None = None


def _build() -> frozenset:
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory
    except ImportError:
        return frozenset()
    try:
        d = DefaultDictionaryFactory().get_dictionary("ar")
    except Exception:   # a simplemma without Arabic data
        return frozenset()
    out = set()
    for k in d.keys():
        if k and "\u0600" <= k[0] <= "\u06ff":
            out.add(normalize(k))
        v = d.get(k)
        if v and "\u0600" <= v[:1] <= "\u06ff":
            out.add(normalize(v))
    return frozenset(out)


def words() -> frozenset:
    """The normalised Arabic word forms (empty without simplemma)."""
    global _WORDS
    if _WORDS is not None:
        return _WORDS
    use_cache = os.environ.get("MARSAD_NO_CACHE") != "1"
    try:
        import simplemma
        ver = getattr(simplemma, "__version__", "x")
    except ImportError:
        _WORDS = frozenset()
        return _WORDS
    # (keyed by the normaliser too: the forms are normalised)
    w = cached(_cache_dir() / f"arwords-{ver}-{normaliser_digest()}.pickle", _build, use_cache)
    _WORDS = w
    return w


def available() -> bool:
    return bool(words())


# pronoun suffixes (not ي and ك: too many names end so, and a nisba is no pronoun)
_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")


def _suffixed(norm: str, w: frozenset) -> bool:
    """A dictionary word with a pronoun suffix: قوله (قول)، استقالته (استقالة)، تصريحاته (تصريحات → تصريح)،
    إمضائه (إمضاء)."""
    for s in _PRONOUNS:
        if norm.endswith(s) and len(norm) - len(s) >= 3:
            stem = norm[:-len(s)]
            if stem in w or stem.endswith("ت") and stem[:-1] + "ه" in w or \
                    stem.endswith(("ي", "و")) and stem[:-1] + "ء" in w:   # (إمضائه: the hamza on its seat)
                return True
            if stem.endswith("ات") and len(stem) >= 5 and (stem[:-2] in w or stem[:-2] + "ه" in w):
                return True
    return False


@lru_cache(maxsize=50_000)
def is_word(norm: str, article: bool = True) -> bool:
    """Is ``norm`` (a normalised token) an Arabic dictionary word, as written or less a proclitic (وال، ب، س ...)
    and/or a pronoun suffix?  ``بنسودا``، ``كوتزياس`` are not; ``باتهامات``، ``سيتولى``، ``لوكالة`` are.
    ``article=False``: the word was written with a hamza (أليكس), so its ال is no article."""
    w = words()
    if not w or len(norm) < 2:
        return False
    if norm in w:
        return True
    for p in (_PREFIXES if article else _NO_ARTICLE):
        # (a one-letter proclitic before three letters is too often the start of a name: فاتو is no ف + اتو)
        if norm.startswith(p) and len(norm) - len(p) >= (3 if len(p) > 1 else 4):
            rest = norm[len(p):]
            if p.endswith("ب") and rest[:1] in "ين":
                continue   # (no preposition on a verb: بيرغمان is no ب + يرغمان)
            if rest in w or (p.endswith("ال") or p == "لل") and "ال" + rest in w:
                return True
            if p in ("و", "ف", "ب", "ل", "وب", "ول", "فب") and rest.endswith("ات") and len(rest) >= 6 and (
                    rest[:-2] in w or rest[:-2] + "ه" in w):
                return True   # باتهامات، لمفاوضات: a preposition and a feminine plural
            if not p.endswith("ال") and p != "لل" and _suffixed(rest, w):
                return True   # وأخبره، بتسريباته
    if _suffixed(norm, w):
        return True   # قوله، استقالته، تصريحاتها
    if len(norm) >= 7 and norm.endswith("يا") and norm[:-1] in w:
        return True   # انتقاليا: an indefinite accusative nisba
    return False


_CLITICS = ("وال", "فال", "بال", "لل", "وب", "ول", "فب", "فل", "و", "ب")   # (not ل، ف، ك: لاندري، فالس، كنيدي)


@lru_cache(maxsize=20_000)
def clitic_word(norm: str) -> bool:
    """A preposition or conjunction on a dictionary word (باختيار، لإيجاز، وأخبره), where the whole token is no
    dictionary word itself: what ends a name (خورشيد شاه | باختيار القاضي)."""
    w = words()
    if not w or norm in w:
        return False
    for p in _CLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= (3 if len(p) > 1 else 4):
            rest = norm[len(p):]
            if p.endswith("ب") and rest[:1] in "ين":
                continue
            if rest in w or (p.endswith("ال") or p == "لل") and "ال" + rest in w or _suffixed(rest, w):
                return True
    return False

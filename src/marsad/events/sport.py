"""Sports stories (s24): a text full of matches, teams and players tells meetings (لقاء المنتخبين), deals (إبرام عقد
اللاعب), criticisms and sackings (إقالة المدرب) between teams, clubs and players, which are no political events. In a
text that holds three or more distinct sports words (data/wordsets.tsv sport/term), an event stands only when one of
its parties is a political one: a body of a political sector (the government, the army, the police, a court ...) or
a person the knowledge base gives a political role (a president congratulating the team, a minister)."""
from __future__ import annotations

import re
from itertools import islice

from ..lang.ar import normalize
from .lexicon import read_rows, word_set

_TERMS = word_set("sport", "term")
_SECTORS = frozenset(w for s, form, words, *_ in read_rows("wordsets.tsv") if (s, form) == ("sport", "political_sector")
                     for w in words.split("|"))
_ROLES = frozenset(w for s, form, words, *_ in read_rows("wordsets.tsv") if (s, form) == ("sport", "political_role")
                   for w in words.split("|"))
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\w]+")
_CLITICS = ("وال", "بال", "فال", "لل", "و", "ب", "ل", "ف")
MIN_TERMS = 3


def _term_of(n: str) -> str | None:
    """The sports word a normalised word form is (itself, or after a leading و/ب/ل/ف or the article), or None."""
    if n in _TERMS:
        return n
    for c in _CLITICS:
        if n.startswith(c) and len(n) - len(c) >= 3:
            rest = n[len(c):]
            if rest in _TERMS or "ال" + rest in _TERMS:
                return rest
    return None


# every word form _term_of reads as a sports word -> that word (a form is a term, or a clitic before a term or before
# a term without its article): one set intersection per text, not a test per word
_FORMS = {n: t for n in {c + r for term in _TERMS for r in (term, term[2:] if term.startswith("ال") else term)
                         for c in ("",) + _CLITICS} for t in (_term_of(n),) if t is not None}


def sport_terms(text: str, enough: int = 0) -> set[str]:
    """The distinct sports words of a text (with or without a leading و/ب/ل/ف or the article), or `enough` of
    them. The text is normalised once, then split (normalising word by word cost ~1 ms on a whole article)."""
    found = set(map(_FORMS.__getitem__, _FORMS.keys() & _WORD.findall(normalize(text))))
    if enough and len(found) > enough:
        found = set(islice(found, enough))
    return found


def is_sport(text: str) -> bool:
    return len(sport_terms(text, MIN_TERMS)) >= MIN_TERMS


def political(entity: dict) -> bool:
    if entity.get("sector") in _SECTORS:
        return True
    return entity.get("type") == "PERSON" and any(r.removeprefix("former ") in _ROLES for r in entity.get("roles") or ())


def keep_political(events: list[dict], text: str, by_id: dict) -> list[dict]:
    """The events of a sports story that have a political party; every event of any other text."""
    if not events or not is_sport(text):
        return events
    return [e for e in events if any(political(by_id.get(i) or {}) for i in e["actors"] + e["recipients"])]

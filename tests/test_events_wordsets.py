"""The event coder's closed word classes are compared with normalised tokens (``Token.norm``): an entry written with
a hamza seat, ة or ى could never match and would be dead. (TOPIC_PREPS holds the display form of a preposition, the
value the party groups carry, not a token.)"""
from __future__ import annotations

import marsad.events.parties as parties
import marsad.events.stage as stage
from marsad.lang.ar import normalize

_DISPLAY_FORM = {"TOPIC_PREPS"}


def _word_sets(mod):
    for name, v in vars(mod).items():
        if name not in _DISPLAY_FORM and isinstance(v, (set, frozenset)) and v and all(isinstance(x, str) for x in v):
            yield name, v


def test_word_classes_hold_normalised_forms():
    bad = {f"{mod.__name__}.{name}": sorted(w for w in v if any("\u0600" <= c <= "\u06ff" for c in w)
                                            and normalize(w) != w)
           for mod in (stage, parties) for name, v in _word_sets(mod)}
    assert not {k: v for k, v in bad.items() if v}


def test_a_quantity_with_a_hamza_seat_is_read():
    assert normalize("المئات") in parties._CROWD_WORDS and normalize("مئات") in stage.QUANT

"""Speed-ups that must not change a result: tokens shared between stages, the normaliser's one translate."""
from __future__ import annotations

import random

from marsad.lang.ar import DIACRITICS, _FOLD, normalize, share_zone_tokens, span_tokens, tokenize

HEADLINE = "واشنطن تفرض عقوبات جديدة على شركات روسية"
PARA = ("قال المتحدث باسم وزارة الخارجية الأمريكية، نيد برايس، الثلاثاء إن الولايات المتحدة ستفرض عقوبات على "
        "12 شركة. وأضاف: \"لن نسمح بذلك\"، مشيرا إلى أن U.S. Treasury أعلنت القرار عام 2018. ودعا مجلسُ الأمن "
        "الطرفين إلى ضبط النفس…")


def _zones(text, spans):
    return [(s, e, tokenize(text, s, e)) for s, e in spans]


def test_span_tokens_equal_tokenize_on_every_span():
    text = HEADLINE + "\n\n" + PARA + "\n"
    h = (0, len(HEADLINE))
    p = (len(HEADLINE) + 2, len(HEADLINE) + 2 + len(PARA))
    share_zone_tokens(text, _zones(text, [h, p]))
    rnd = random.Random(7)
    spans = [h, p] + [(a, b) for a in range(p[0], p[1], 7) for b in (a + rnd.randint(0, 40), p[1]) if b <= p[1]]
    spans += [(0, len(text)), (h[1] - 3, p[0] + 5)]  # across the two zones: tokenized, not sliced
    for s, e in spans:
        assert span_tokens(text, s, e) == tokenize(text, s, e), (s, e)


def test_span_edge_inside_a_word_or_abbreviation_is_tokenized_again():
    text = PARA
    share_zone_tokens(text, _zones(text, [(0, len(text))]))
    k = text.index("U.S.")
    for s, e in [(k + 2, len(text)), (0, k + 1), (0, text.index("الخارجية") + 3), (text.index("مجلسُ") + 4, len(text))]:
        assert span_tokens(text, s, e) == tokenize(text, s, e)
    assert span_tokens(text, 0, k + 1)[-1].text == "U"


def test_other_text_is_tokenized():
    share_zone_tokens(HEADLINE, _zones(HEADLINE, [(0, len(HEADLINE))]))
    other = "تظاهر المئات أمام السفارة"
    assert span_tokens(other, 0, len(other)) == tokenize(other)


def test_normalize_is_the_regex_then_the_fold():
    words = PARA.split() + ["مجلسُ", "إيران", "ٱلله", "مسؤولية", "شاطئ", "یک", "كـبير", "ABC", "\u200cنيم"]
    for w in words:
        assert normalize.__wrapped__(w) == DIACRITICS.sub("", w).translate(_FOLD).lower()

"""Pairing paragraphs across languages by their lengths (Gale and Church) and what survives translation.

The expected length of a translation is the source's length times the ratio of the language pair (Hungarian
runs about 0.965 of the English in characters), not the ratio of the two texts as wholes, which is wrong
whenever one translates only part of the other. A paragraph left unpaired costs its bead's prior alone, not a
length penalty, and a heading or a line ending in a colon (a paper's own lead, an agency's "TASS reports:")
is left unpaired cheaply. Anchors shared (anchors.py) raise a pairing, weighted by how rare they are.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from app.domain.alignment.anchors import anchors
from app.domain.alignment.path import Bead
from app.domain.language.languages import language_code

# Characters per character of English: measured on the Declaration's translations and usual for these languages.
CHARACTER_RATIO = {"en": 1.0, "hu": 0.965, "ru": 1.05, "de": 1.15, "fr": 1.15}
# Gale and Church's estimates of how often each bead occurs between translations.
PRIORS = {Bead(1, 1): 0.89, Bead(1, 0): 0.005, Bead(0, 1): 0.005, Bead(2, 1): 0.0445, Bead(1, 2): 0.0445,
          Bead(2, 2): 0.011}  # fmt: skip
HEADING_SKIP = 0.2  # a heading-like paragraph is this likely to have no counterpart
VARIANCE = 6.8  # variance of the length ratio per character, from the same study
ANCHOR_WEIGHT = 2.0  # the gain of one shared anchor found once on each side
ANCHOR_CAP = 3  # anchors counted at most, so that a list of numbers does not outweigh everything
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")


def pair_ratio(left_language: str, right_language: str) -> float:
    """The expected length of the right text per character of the left one."""
    left, right = language_code(left_language), language_code(right_language)
    return CHARACTER_RATIO.get(right, 1.0) / CHARACTER_RATIO.get(left, 1.0)


def heading_like(text: str) -> bool:
    """A title, a lead or an agency line: short, and not ending a sentence (or ending in a colon)."""
    stripped = text.strip()
    return stripped.endswith(":") or (len(stripped) < 200 and not _SENTENCE_END.search(stripped))


class LengthScorer:
    beads: tuple[Bead, ...] = tuple(PRIORS)

    def __init__(self, left: Sequence[str], right: Sequence[str], languages: tuple[str, str] = ("", "")) -> None:
        self._left_lengths = [max(1, len(text)) for text in left]
        self._right_lengths = [max(1, len(text)) for text in right]
        self._ratio = pair_ratio(*languages)
        self._left_anchors = [anchors(text, languages[0]) for text in left]
        self._right_anchors = [anchors(text, languages[1]) for text in right]
        self._left_counts = Counter(anchor for found in self._left_anchors for anchor in found)
        self._right_counts = Counter(anchor for found in self._right_anchors for anchor in found)
        self._left_headings = [heading_like(text) for text in left]
        self._right_headings = [heading_like(text) for text in right]

    def score(self, i: int, j: int, bead: Bead) -> float | None:
        if not bead.right:
            return math.log(HEADING_SKIP if self._left_headings[i - 1] else PRIORS[bead])
        if not bead.left:
            return math.log(HEADING_SKIP if self._right_headings[j - 1] else PRIORS[bead])
        left_length = sum(self._left_lengths[i - bead.left : i])
        right_length = sum(self._right_lengths[j - bead.right : j])
        mean = (left_length + right_length / self._ratio) / 2
        delta = (right_length - left_length * self._ratio) / math.sqrt(max(1.0, mean) * VARIANCE)
        tail = max(1e-12, math.erfc(abs(delta) / math.sqrt(2)))  # 2 * (1 - Phi(|delta|))
        return math.log(PRIORS[bead]) + math.log(tail) + self._anchor_gain(i, j, bead)

    def _anchor_gain(self, i: int, j: int, bead: Bead) -> float:
        left = set().union(*self._left_anchors[i - bead.left : i])
        right = set().union(*self._right_anchors[j - bead.right : j])
        weights = sorted(
            (1.0 / max(self._left_counts[anchor], self._right_counts[anchor]) for anchor in left & right), reverse=True
        )
        return ANCHOR_WEIGHT * sum(weights[:ANCHOR_CAP])

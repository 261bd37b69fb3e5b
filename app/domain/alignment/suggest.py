"""Suggested paragraph alignment: by similarity within a language, by length (Gale and Church) across languages.

Both are monotone dynamic programmes over "beads" (1–1, 2–1, 1–2, 3–1, 1–3, 2–2, and a paragraph left
unmatched on either side) restricted to a band around the diagonal, so long texts cost a band, not a square.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import Indel

from app.domain.alignment.links import AlignmentLink, LinkOrigin, ParagraphSpan
from app.domain.errors import Cancelled
from app.domain.text.paragraphs import fold

ProgressCallback = Callable[[float], bool]  # fraction done -> keep going?

MATCH_THRESHOLD = 0.25  # a pairing whose similarity is below this is worth less than leaving both unmatched
MERGE_PENALTY = 0.25  # per extra paragraph in a bead, so an unrelated short paragraph is not swallowed by a merge
_CONTENT_WORD = re.compile(r"[^\W_]{4,}|\d+")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([^\W\d_][^\W_]{3,})", re.UNICODE)
_NUMBER = re.compile(r"\d+")
_LATIN_FOR_CYRILLIC = "a b v g d e e zh z i i k l m n o p r s t u f h c ch sh sh _ y _ e yu ya"
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN_FOR_CYRILLIC.split(), strict=True))


class AlignmentMethod(StrEnum):
    SIMILARITY = "similarity"  # same language: drafts, two translations into one language
    LENGTH = "length"  # different languages: paragraph lengths plus numbers and names as anchors


@dataclass(frozen=True)
class _Bead:
    left: int  # paragraphs taken from the left
    right: int


_SIMILARITY_BEADS = (_Bead(1, 1), _Bead(2, 1), _Bead(1, 2), _Bead(3, 1), _Bead(1, 3), _Bead(1, 0), _Bead(0, 1))
# Gale and Church's estimates of how often each bead occurs between translations.
_LENGTH_PRIORS = {
    _Bead(1, 1): 0.89,
    _Bead(1, 0): 0.005,
    _Bead(0, 1): 0.005,
    _Bead(2, 1): 0.0445,
    _Bead(1, 2): 0.0445,
    _Bead(2, 2): 0.011,
}
_VARIANCE = 6.8  # variance of the length ratio per character, from the same study
_ANCHOR_WEIGHT = 3.0


def content_words(text: str) -> list[str]:
    """Folded words of four letters or more, and numbers, sorted: two of these compare like bags of words."""
    return sorted(_CONTENT_WORD.findall(fold(text)))


def similarity(left: Sequence[Hashable], right: Sequence[Hashable]) -> float:
    """Dice overlap of two sorted word bags, 0..1 (the LCS of sorted lists is their multiset intersection)."""
    if not left and not right:
        return 1.0
    return float(Indel.normalized_similarity(left, right))


def choose_method(left: Sequence[str], right: Sequence[str]) -> AlignmentMethod:
    """Same language if the texts share a good part of their vocabulary (numbers aside: every language has them)."""
    left_words = sorted({word for text in left for word in content_words(text) if not word.isdigit()})
    right_words = sorted({word for text in right for word in content_words(text) if not word.isdigit()})
    return AlignmentMethod.SIMILARITY if similarity(left_words, right_words) >= 0.2 else AlignmentMethod.LENGTH


def suggest_alignment(
    left: Sequence[str],
    right: Sequence[str],
    method: AlignmentMethod | None = None,
    progress: ProgressCallback | None = None,
) -> list[AlignmentLink]:
    """Suggested links between the paragraphs of two texts, in reading order."""
    if not left or not right:
        return []
    method = method or choose_method(left, right)
    if method is AlignmentMethod.SIMILARITY:
        scorer: _Scorer = _SimilarityScorer(left, right)
    else:
        scorer = _LengthScorer(left, right)
    return _best_path(len(left), len(right), scorer, progress)


class _Scorer:
    beads: tuple[_Bead, ...]

    def score(self, i: int, j: int, bead: _Bead) -> float | None:
        """The gain of ending `bead` at left i, right j (paragraphs i-bead.left..i-1); None if impossible."""
        raise NotImplementedError


class _SimilarityScorer(_Scorer):
    beads = _SIMILARITY_BEADS

    def __init__(self, left: Sequence[str], right: Sequence[str]) -> None:
        numbers: dict[str, int] = {}  # words as small integers: rapidfuzz compares those fastest

        def bag(text: str) -> list[int]:
            return sorted(numbers.setdefault(word, len(numbers)) for word in content_words(text))

        self._left = [bag(text) for text in left]
        self._right = [bag(text) for text in right]
        self._left_sizes = [len(words) for words in self._left]
        self._right_sizes = [len(words) for words in self._right]
        self._merged: dict[tuple[str, int, int], list[int]] = {}

    def _bag(self, side: str, start: int, end: int) -> list[int]:
        bags = self._left if side == "l" else self._right
        if end - start == 1:
            return bags[start]
        key = (side, start, end)
        if key not in self._merged:
            self._merged[key] = sorted(word for bag in bags[start:end] for word in bag)
        return self._merged[key]

    def score(self, i: int, j: int, bead: _Bead) -> float | None:
        if bead.left == 0 or bead.right == 0:
            return 0.0
        size = bead.left + bead.right
        if size > 2:
            shorter, longer = sorted(
                (sum(self._left_sizes[i - bead.left : i]), sum(self._right_sizes[j - bead.right : j]))
            )
            if shorter < 0.4 * longer:
                return None  # a merge whose sides differ this much in length is never the best reading
        left = self._bag("l", i - bead.left, i)
        right = self._bag("r", j - bead.right, j)
        return (similarity(left, right) - MATCH_THRESHOLD) * size / 2 - MERGE_PENALTY * (size - 2)


class _LengthScorer(_Scorer):
    beads = tuple(_LENGTH_PRIORS)

    def __init__(self, left: Sequence[str], right: Sequence[str]) -> None:
        self._left_lengths = [max(1, len(text)) for text in left]
        self._right_lengths = [max(1, len(text)) for text in right]
        self._ratio = sum(self._right_lengths) / sum(self._left_lengths)
        self._left_anchors = [_anchors(text) for text in left]
        self._right_anchors = [_anchors(text) for text in right]

    def score(self, i: int, j: int, bead: _Bead) -> float | None:
        left_length = sum(self._left_lengths[i - bead.left : i])
        right_length = sum(self._right_lengths[j - bead.right : j])
        mean = (left_length + right_length / self._ratio) / 2
        delta = (right_length - left_length * self._ratio) / math.sqrt(max(1.0, mean) * _VARIANCE)
        tail = max(1e-12, math.erfc(abs(delta) / math.sqrt(2)))  # 2 * (1 - Phi(|delta|))
        gain = math.log(_LENGTH_PRIORS[bead]) + math.log(tail)
        if bead.left and bead.right:
            left_anchors = set().union(*self._left_anchors[i - bead.left : i])
            right_anchors = set().union(*self._right_anchors[j - bead.right : j])
            if left_anchors or right_anchors:
                shared = len(left_anchors & right_anchors) / len(left_anchors | right_anchors)
                gain += _ANCHOR_WEIGHT * (shared - 0.5)
        return gain


def _anchors(text: str) -> set[str]:
    """What survives translation: numbers, and names written in either script (compared by their start)."""
    found = set(_NUMBER.findall(text))
    for name in _CAPITALISED.findall(text):
        if name[0].isupper():
            latin = "".join(_CYRILLIC.get(char, char) for char in fold(name)).replace("_", "")
            found.add(latin[:5])
    return found


def _best_path(n: int, m: int, scorer: _Scorer, progress: ProgressCallback | None) -> list[AlignmentLink]:
    """The highest-scoring monotone sequence of beads from (0, 0) to (n, m), within a band around the diagonal."""
    width = max(16, abs(n - m) + 8, max(n, m) // 10)

    def band(i: int) -> range:
        centre = i * m / n
        return range(max(0, math.floor(centre - width)), min(m, math.ceil(centre + width)) + 1)

    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, _Bead]] = [{} for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        if progress is not None and i % 16 == 0 and not progress(i / (n + 1)):
            raise Cancelled
        row = best[i]
        for j in band(i):
            if i == 0 and j == 0:
                continue
            top, choice = -math.inf, None
            for bead in scorer.beads:
                pi, pj = i - bead.left, j - bead.right
                if pi < 0 or pj < 0:
                    continue
                previous = best[pi].get(pj)
                if previous is None:
                    continue
                gain = scorer.score(i, j, bead)
                if gain is not None and previous + gain > top:
                    top, choice = previous + gain, bead
            if choice is not None:
                row[j] = top
                back[i][j] = choice
    links: list[AlignmentLink] = []
    i, j = n, m
    while i > 0 or j > 0:
        bead = back[i][j]
        if bead.left and bead.right:
            links.append(
                AlignmentLink(
                    ParagraphSpan(i - bead.left + 1, i), ParagraphSpan(j - bead.right + 1, j), LinkOrigin.SUGGESTED
                )
            )
        i, j = i - bead.left, j - bead.right
    links.reverse()
    return links

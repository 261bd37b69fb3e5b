"""Suggested paragraph alignment: by similarity within a language, by length (Gale and Church) across languages.

Both are monotone dynamic programmes over "beads" (1–1, 2–1, 1–2, 3–1, 1–3, 2–2, and a paragraph left
unmatched on either side) restricted to a band around the diagonal, so long texts cost a band, not a square
(path.py). Links the user made or accepted are kept as they are: the stretches between them are aligned each on
its own, so one correction puts its neighbours right too. Before the first link and after the last, either text
may begin or end part-way into the other (a newspaper printed only the Hungary section; an agency's line
stands before the text) at the cost of one skip, not one per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from enum import StrEnum

from rapidfuzz.distance import Indel

from app.domain.alignment.length import LengthScorer
from app.domain.alignment.links import AlignmentLink, monotone_chain
from app.domain.alignment.path import Bead, Run, Scorer, best_path
from app.domain.language.languages import same_language
from app.domain.text.paragraphs import fold

ProgressCallback = Callable[[float], bool]  # fraction done -> keep going?

MATCH_THRESHOLD = 0.25  # a pairing whose similarity is below this is worth less than leaving both unmatched
MERGE_PENALTY = 0.25  # per extra paragraph in a bead, so an unrelated short paragraph is not swallowed by a merge
MERGE_CONTAINMENT = 0.4  # each paragraph of a merge must find this share of its words on the other side
END_SKIP = 2.0  # the cost of beginning or ending part-way into a text (a 1–0 bead alone costs about 5.3)
_CONTENT_WORD = re.compile(r"[^\W_]{4,}|\d+")


class AlignmentMethod(StrEnum):
    SIMILARITY = "similarity"  # same language: drafts, two translations into one language
    LENGTH = "length"  # different languages: paragraph lengths plus numbers and names as anchors


_SIMILARITY_BEADS = (Bead(1, 1), Bead(2, 1), Bead(1, 2), Bead(3, 1), Bead(1, 3), Bead(1, 0), Bead(0, 1))


def content_words(text: str) -> list[str]:
    """Folded words of four letters or more, and numbers, sorted: two of these compare like bags of words."""
    return sorted(_CONTENT_WORD.findall(fold(text)))


def similarity(left: Sequence[Hashable], right: Sequence[Hashable]) -> float:
    """Dice overlap of two sorted word bags, 0..1 (the LCS of sorted lists is their multiset intersection)."""
    if not left and not right:
        return 1.0
    return float(Indel.normalized_similarity(left, right))


def _shared(left: Sequence[Hashable], right: Sequence[Hashable]) -> int:
    """How many words two sorted bags have in common."""
    return (len(left) + len(right) - int(Indel.distance(left, right))) // 2


def choose_method(left: Sequence[str], right: Sequence[str], languages: tuple[str, str] = ("", "")) -> AlignmentMethod:
    """By the documents' languages when both are known; else by how much vocabulary the texts share."""
    same = same_language(*languages)
    if same is not None:
        return AlignmentMethod.SIMILARITY if same else AlignmentMethod.LENGTH
    left_words = sorted({word for text in left for word in content_words(text) if not word.isdigit()})
    right_words = sorted({word for text in right for word in content_words(text) if not word.isdigit()})
    return AlignmentMethod.SIMILARITY if similarity(left_words, right_words) >= 0.2 else AlignmentMethod.LENGTH


def suggest_alignment(
    left: Sequence[str],
    right: Sequence[str],
    method: AlignmentMethod | None = None,
    progress: ProgressCallback | None = None,
    *,
    languages: tuple[str, str] = ("", ""),
    fixed: Sequence[AlignmentLink] = (),
) -> list[AlignmentLink]:
    """Suggested links between the paragraphs of two texts, in reading order, around the `fixed` links.

    The fixed links (the user's) are not among those returned; suggestions never cross or overlap them."""
    if not left or not right:
        return []
    method = method or choose_method(left, right, languages)
    scorer: Scorer = (
        _SimilarityScorer(left, right) if method is AlignmentMethod.SIMILARITY else LengthScorer(left, right, languages)
    )
    pins = monotone_chain(fixed, len(left), len(right))
    runs = _runs(pins, len(left), len(right))
    total = sum(run.cells for run in runs) or 1
    done = 0
    # Leaving paragraphs unpaired costs nothing by similarity; by length it costs each one, unless the text
    # begins or ends part-way into the other.
    skip = END_SKIP if method is AlignmentMethod.LENGTH else None
    links: list[AlignmentLink] = []
    for index, run in enumerate(runs):
        offset = done

        def report(rows: int, run: Run = run, offset: int = offset) -> bool:
            return progress is None or progress((offset + rows * (run.right_end - run.right_start + 1)) / total)

        links += best_path(
            run,
            scorer,
            free_start=skip if index == 0 else None,
            free_end=skip if index == len(runs) - 1 else None,
            progress=report,
        )
        done += run.cells
    return links


def _runs(pins: Sequence[AlignmentLink], left_count: int, right_count: int) -> list[Run]:
    """The stretches before, between and after the pinned links."""
    runs, left_at, right_at = [], 0, 0
    for pin in pins:
        runs.append(Run(left_at, pin.left.first - 1, right_at, pin.right.first - 1))
        left_at, right_at = pin.left.last, pin.right.last
    runs.append(Run(left_at, left_count, right_at, right_count))
    return runs


class _SimilarityScorer:
    beads: tuple[Bead, ...] = _SIMILARITY_BEADS

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

    def score(self, i: int, j: int, bead: Bead) -> float | None:
        if bead.left == 0 or bead.right == 0:
            return 0.0
        size = bead.left + bead.right
        left = self._bag("l", i - bead.left, i)
        right = self._bag("r", j - bead.right, j)
        if size > 2:
            shorter, longer = sorted(
                (sum(self._left_sizes[i - bead.left : i]), sum(self._right_sizes[j - bead.right : j]))
            )
            if shorter < 0.4 * longer:
                return None  # a merge whose sides differ this much in length is never the best reading
            if not self._each_part_belongs(i, j, bead, left, right):
                return None  # a paragraph dropped from one version is left unpaired, not merged into its neighbour
        return (similarity(left, right) - MATCH_THRESHOLD) * size / 2 - MERGE_PENALTY * (size - 2)

    def _each_part_belongs(self, i: int, j: int, bead: Bead, left: list[int], right: list[int]) -> bool:
        """Each paragraph of a merge brings words of its own that the other side has, beyond what the rest do."""
        sides = []
        if bead.left > 1:
            sides.append((self._left[i - bead.left : i], right))
        if bead.right > 1:
            sides.append((self._right[j - bead.right : j], left))
        for parts, other in sides:
            whole = _shared(sorted(word for part in parts for word in part), other)
            for index, part in enumerate(parts):
                rest = sorted(word for k, bag in enumerate(parts) if k != index for word in bag)
                if part and whole - _shared(rest, other) < MERGE_CONTAINMENT * len(part):
                    return False
        return True

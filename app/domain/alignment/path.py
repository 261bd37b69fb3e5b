"""The best monotone path of "beads" through two runs of paragraphs: a dynamic programme within a band.

A bead takes some paragraphs from each side (1–1, 2–1, 1–0 …); its gain comes from a scorer. A run may be
allowed to begin or end part-way into either text at a fixed cost (`free_start`, `free_end`), as when one text
translates only a stretch of the other: the paragraphs before and after are then left unpaired at that cost,
not at the cost of each one. Positions are the texts' own (0-based, exclusive ends), so a run between two links
the user made is aligned with the same scorer as the whole.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from app.domain.alignment.links import AlignmentLink, LinkOrigin, ParagraphSpan
from app.domain.errors import Cancelled

ProgressCallback = Callable[[float], bool]  # fraction done -> keep going?


@dataclass(frozen=True)
class Bead:
    left: int  # paragraphs taken from the left
    right: int


class Scorer(Protocol):
    beads: tuple[Bead, ...]

    def score(self, i: int, j: int, bead: Bead) -> float | None:
        """The gain of ending `bead` at left i, right j (paragraphs i-bead.left..i-1); None if impossible."""


@dataclass(frozen=True)
class Run:
    """Paragraphs left_start..left_end-1 and right_start..right_end-1 to be aligned (0-based)."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int

    @property
    def cells(self) -> int:
        return (self.left_end - self.left_start + 1) * (self.right_end - self.right_start + 1)


def best_path(
    run: Run,
    scorer: Scorer,
    *,
    free_start: float | None = None,
    free_end: float | None = None,
    progress: Callable[[int], bool] | None = None,
) -> list[AlignmentLink]:
    """The highest-scoring sequence of beads through `run`; `progress(rows done)` may stop it (Cancelled)."""
    n, m = run.left_end - run.left_start, run.right_end - run.right_start
    if n == 0 or m == 0:
        return []
    width = max(16, abs(n - m) + 8, max(n, m) // 10)

    def band(i: int) -> range:
        centre = i * m / n
        return range(max(0, math.floor(centre - width)), min(m, math.ceil(centre + width)) + 1)

    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, Bead]] = [{} for _ in range(n + 1)]
    best[0][0] = 0.0
    if free_start is not None:
        _begin_anywhere(best, back, band, n, free_start)
    for i in range(n + 1):
        if progress is not None and i % 16 == 0 and not progress(i):
            raise Cancelled
        row = best[i]
        for j in band(i):
            if i == 0 and j == 0:
                continue
            top, choice = row.get(j, -math.inf), back[i].get(j)  # a jump from the start, if one is allowed
            for bead in scorer.beads:
                pi, pj = i - bead.left, j - bead.right
                if pi < 0 or pj < 0:
                    continue
                previous = best[pi].get(pj)
                if previous is None:
                    continue
                gain = scorer.score(run.left_start + i, run.right_start + j, bead)
                if gain is not None and previous + gain > top:
                    top, choice = previous + gain, bead
            if choice is not None:
                row[j] = top
                back[i][j] = choice
    return _links(run, back, _end(best, n, m, free_end))


def _begin_anywhere(
    best: list[dict[int, float]], back: list[dict[int, Bead]], band: Callable[[int], range], n: int, cost: float
) -> None:
    """The path may begin part-way into either text: a jump from the start, at one fixed cost."""
    for j in band(0):
        if j:
            best[0][j], back[0][j] = -cost, Bead(0, j)
    for i in range(1, n + 1):
        if 0 in band(i):
            best[i][0], back[i][0] = -cost, Bead(i, 0)


def _end(best: list[dict[int, float]], n: int, m: int, free_end: float | None) -> tuple[int, int]:
    """Where the path ends: the corner, or (with a free end) part-way into either text if that scores higher."""
    ends = [(best[n].get(m, -math.inf), n, m)]
    if free_end is not None:
        ends += [(score - free_end, n, j) for j, score in best[n].items() if j < m]
        ends += [(best[i][m] - free_end, i, m) for i in range(n) if m in best[i]]
    _, i, j = max(ends)
    return i, j


def _links(run: Run, back: list[dict[int, Bead]], end: tuple[int, int]) -> list[AlignmentLink]:
    links: list[AlignmentLink] = []
    i, j = end
    while i > 0 or j > 0:
        bead = back[i].get(j)
        if bead is None:  # unreachable within the band: nothing to suggest here
            return []
        if bead.left and bead.right:
            left = ParagraphSpan(run.left_start + i - bead.left + 1, run.left_start + i)
            right = ParagraphSpan(run.right_start + j - bead.right + 1, run.right_start + j)
            links.append(AlignmentLink(left, right, LinkOrigin.SUGGESTED))
        i, j = i - bead.left, j - bead.right
    links.reverse()
    return links

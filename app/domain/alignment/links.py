"""Links between paragraph runs of two documents, and the reading-position map they define."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import InvalidInputError


class InvalidSpanError(InvalidInputError):
    """A paragraph run that does not exist in its document."""


@dataclass(frozen=True, order=True)
class ParagraphSpan:
    """A run of paragraphs ¶first–¶last (numbers start at 1)."""

    first: int
    last: int

    def __post_init__(self) -> None:
        if self.first < 1 or self.last < self.first:
            raise InvalidSpanError(f"not a paragraph run: ¶{self.first}–{self.last}")

    @classmethod
    def parse(cls, text: str) -> ParagraphSpan:
        """'5' or '3-4' (also '¶3–4')."""
        cleaned = text.strip().lstrip("¶").replace("–", "-")
        first, _, last = cleaned.partition("-")
        try:
            return cls(int(first), int(last or first))
        except ValueError:
            raise InvalidSpanError(f"not a paragraph number or run: {text!r} (write 5 or 3-4)") from None

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    def contains(self, number: int) -> bool:
        return self.first <= number <= self.last

    def overlaps(self, other: ParagraphSpan) -> bool:
        return self.first <= other.last and other.first <= self.last

    def display(self) -> str:
        return f"¶{self.first}" if self.first == self.last else f"¶{self.first}–{self.last}"


class LinkOrigin(StrEnum):
    USER = "user"  # made by hand
    SUGGESTED = "suggested"  # proposed by Parallax, not yet looked at
    ACCEPTED = "accepted"  # proposed and accepted by the user

    @property
    def confirmed(self) -> bool:
        return self is not LinkOrigin.SUGGESTED


@dataclass(frozen=True)
class AlignmentLink:
    """¶`left` of one document answers ¶`right` of the other."""

    left: ParagraphSpan
    right: ParagraphSpan
    origin: LinkOrigin = LinkOrigin.USER
    id: int | None = None

    def flipped(self) -> AlignmentLink:
        return AlignmentLink(self.right, self.left, self.origin, self.id)

    def display(self) -> str:
        return f"{self.left.display()} ↔ {self.right.display()}"


def links_at(links: Iterable[AlignmentLink], number: int) -> list[AlignmentLink]:
    """The links whose left run takes in ¶`number` (one paragraph may answer several)."""
    return [link for link in links if link.left.contains(number)]


class ScrollMap:
    """Maps a reading position in one document to the matching one in another.

    A position is a paragraph coordinate: 0 is the top of ¶1, 2.5 is halfway through ¶3, n is the end of ¶n.
    Linked runs map onto each other; between links the position is interpolated; with no links at all the
    map is plain proportion.
    """

    def __init__(self, links: Sequence[AlignmentLink], left_count: int, right_count: int) -> None:
        self._left_count, self._right_count = left_count, right_count
        points = [(0.0, 0.0)]
        for link in monotone_chain(links, left_count, right_count):
            points.append((float(link.left.first - 1), float(link.right.first - 1)))
            points.append((float(link.left.last), float(link.right.last)))
        points.append((float(left_count), float(right_count)))
        self._xs = [x for x, _ in points]
        self._ys = [y for _, y in points]

    def __call__(self, position: float) -> float:
        xs, ys = self._xs, self._ys
        position = max(0.0, min(position, xs[-1]))
        index = bisect_right(xs, position) - 1
        if index >= len(xs) - 1:
            return ys[-1]
        x0, x1, y0, y1 = xs[index], xs[index + 1], ys[index], ys[index + 1]
        if x1 <= x0:
            return y1
        return y0 + (position - x0) * (y1 - y0) / (x1 - x0)

    def inverse(self) -> ScrollMap:
        inverse = ScrollMap((), self._right_count, self._left_count)
        inverse._xs, inverse._ys = list(self._ys), list(self._xs)
        return inverse


def monotone_chain(links: Sequence[AlignmentLink], left_count: int, right_count: int) -> list[AlignmentLink]:
    """Links that can all hold at once while both texts are read forwards; crossing ones are left out."""
    chain: list[AlignmentLink] = []
    for link in sorted(links, key=lambda item: (item.left, item.right)):
        if link.left.last > left_count or link.right.last > right_count:
            continue  # the text has been shortened since the link was made
        if not chain or (link.left.first > chain[-1].left.last and link.right.first > chain[-1].right.last):
            chain.append(link)
    return chain

"""Running totals that can be updated one entry at a time (a Fenwick tree).

The reader keeps one height per paragraph: estimated until the paragraph is laid out, exact after. Finding
the paragraph at a scroll offset, or the offset of a paragraph, must stay fast for tens of thousands of them.
"""

from __future__ import annotations

from collections.abc import Iterable


class PrefixSums:
    def __init__(self, values: Iterable[float] = ()) -> None:
        self._values = [float(v) for v in values]
        size = len(self._values)
        tree = [0.0] * (size + 1)
        for index, value in enumerate(self._values, start=1):
            tree[index] += value
            parent = index + (index & -index)
            if parent <= size:
                tree[parent] += tree[index]
        self._tree = tree
        self._total = sum(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, index: int) -> float:
        return self._values[index]

    @property
    def total(self) -> float:
        return self._total

    def set(self, index: int, value: float) -> None:
        delta = float(value) - self._values[index]
        if delta == 0.0:
            return
        self._values[index] = float(value)
        self._total += delta
        position = index + 1
        while position < len(self._tree):
            self._tree[position] += delta
            position += position & -position

    def before(self, index: int) -> float:
        """The sum of entries [0, index)."""
        result = 0.0
        position = min(index, len(self._values))
        while position > 0:
            result += self._tree[position]
            position -= position & -position
        return result

    def locate(self, offset: float) -> tuple[int, float]:
        """The entry that covers `offset` and how far into it the offset falls (clamped to the ends)."""
        if not self._values:
            return 0, 0.0
        if offset <= 0:
            return 0, 0.0
        if offset >= self._total:
            last = len(self._values) - 1
            return last, self._values[last]
        position = 0
        remaining = offset
        step = 1 << (len(self._values).bit_length())
        while step:
            candidate = position + step
            if candidate < len(self._tree) and self._tree[candidate] <= remaining:
                position = candidate
                remaining -= self._tree[candidate]
            step >>= 1
        index = min(position, len(self._values) - 1)
        return index, remaining

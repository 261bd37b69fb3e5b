"""Telling the reader's scrolling from the view's own moves: a view that moves only to keep the reader's place
(laid out again at a new width) holds this meanwhile, and panes scrolled together do not follow such moves."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class PlaceKeeping:
    def __init__(self) -> None:
        self._depth = 0

    @contextmanager
    def held(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    @property
    def active(self) -> bool:
        return self._depth > 0

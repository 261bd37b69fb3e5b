"""A change the user made, as the service that made it describes it: how to undo and redo it, and what it touched.

The window keeps these in its Edit › Undo history and runs their steps; it never writes an undo step itself. Each
step is a service call with its arguments (data, not a closure over widgets), and `touches` says which of the
app's facts to announce once a step has run, so that every view showing them refreshes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Fact(StrEnum):
    """What a change can touch: each has its signal in the window (app/ui/common/signals.py)."""

    DOCUMENTS = "documents"  # the library's listing: a document added, described anew, trashed or restored
    NOTES = "notes"
    EVENTS = "events"
    LINKS = "links"  # alignment links between paragraphs


@dataclass(frozen=True)
class Step:
    """One service call, with its arguments: running it reverses (or repeats) a change."""

    call: Callable[..., object]
    args: tuple[object, ...] = ()

    def run(self) -> None:
        self.call(*self.args)


@dataclass(frozen=True)
class Change(Generic[T]):
    """What was done (`label`, as Edit › Undo names it), its result, and the steps that undo and redo it.

    `redo` is empty where a change cannot be repeated; `texts` are the documents whose text or description
    changed (shown anew wherever they are open)."""

    label: str
    result: T
    undo: tuple[Step, ...]
    redo: tuple[Step, ...] = ()
    touches: frozenset[Fact] = field(default_factory=frozenset)
    texts: tuple[int, ...] = ()

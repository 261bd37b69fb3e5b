"""AppSignals: the facts every part of the window may need to hear of, on one object passed to each part.

A part that changes the library says so here; whatever shows what changed listens here (wired in one place,
app/ui/window/wiring.py). Intents ("open this document") stay on the part that has them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app.services.changes import Change, Fact


class AppSignals(QObject):
    documents_changed = Signal()  # the library's listing: a document added, described anew, trashed or restored
    document_changed = Signal(int)  # one document's text or description changed: show it anew where it is open
    document_removed = Signal(int)  # moved to the trash: close it
    notes_changed = Signal()  # a note added, retitled, redated, trashed or restored
    events_changed = Signal()  # the timeline's events
    links_changed = Signal()  # alignment links between paragraphs
    status = Signal(str)  # a line for the status bar

    def announce(self, change: Change[Any]) -> None:
        """Say what a change (made, undone or redone) touched."""
        for document_id in change.texts:
            self.document_changed.emit(document_id)
        for fact in sorted(change.touches):
            {
                Fact.DOCUMENTS: self.documents_changed,
                Fact.NOTES: self.notes_changed,
                Fact.EVENTS: self.events_changed,
                Fact.LINKS: self.links_changed,
            }[fact].emit()

"""Other members' changes to a shared library, shown as they commit: the feed listens on a worker thread of its
own, and what changed is told to the window on its app signals, a fraction of a second later and once for a
burst, so that every view refreshes itself as it does after the user's own changes (nothing the reader is reading
moves). The server going away and coming back is said in the status bar."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.changes import Fact
from app.services.live import ANSWERING, FACTS, UNREACHABLE, ChangeFeed
from app.services.tasks import Progress
from app.ui.common.signals import AppSignals
from app.ui.common.tasks import TaskRunner

GATHER_MS = 150  # changes arriving this close together are shown together


class LiveUpdates(QObject):
    answering_changed = Signal(bool)

    def __init__(
        self,
        feed: ChangeFeed,
        signals: AppSignals,
        open_documents: Callable[[], Collection[int]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._feed = feed
        self._open_documents = open_documents
        self._signals = signals
        self._runner = TaskRunner("live", self)
        self._facts: set[Fact] = set()
        self._documents: set[int] = set()
        self._notes: set[int] = set()
        self.answering: bool | None = None
        self._stopped = False
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._tell)

    def start(self) -> None:
        self._runner.run(self._feed.listen, lambda _result: None, failed=lambda _error: None, progress=self._heard)

    def stop(self) -> None:
        """The window is closing: nothing more is listened to, and nothing heard is told."""
        self._stopped = True
        self._gather.stop()
        self._runner.cancel()

    @property
    def changed_notes(self) -> set[int]:
        """The notes another member changed in the burst being told now."""
        return set(self._notes)

    def _heard(self, step: Progress) -> None:
        if self._stopped:
            return
        if step.label in (ANSWERING, UNREACHABLE):
            answering = step.label == ANSWERING
            if answering != self.answering:
                came_back = self.answering is False
                self.answering = answering
                self.answering_changed.emit(answering)
                if came_back:  # what others did meanwhile was not heard: show everything anew
                    self._facts.update(FACTS.values())
                    self._gather.start()
            return
        fact = FACTS.get(step.label)
        if fact is None:
            return
        self._facts.add(fact)
        if step.label == "documents":
            self._documents.add(step.done)
        elif step.label == "notes":
            self._notes.add(step.done)
        if not self._gather.isActive():
            self._gather.start()

    def _tell(self) -> None:
        facts, documents = self._facts, self._documents
        self._facts, self._documents = set(), set()
        open_now = set(self._open_documents())
        for document_id in sorted(documents & open_now):  # (an import of hundreds: only those being read)
            self._signals.document_changed.emit(document_id)
        for fact in sorted(facts):
            {
                Fact.DOCUMENTS: self._signals.documents_changed,
                Fact.NOTES: self._signals.notes_changed,
                Fact.EVENTS: self._signals.events_changed,
                Fact.LINKS: self._signals.links_changed,
            }[fact].emit()
        self._notes = set()

"""The event form reads a typed time on its place's clock, and says so before anything is stored."""

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.services.timeline import EventDraft
from app.ui.timeline.event_dialog import EventDialog
from tests.ui.helpers import child


def test_a_time_typed_for_a_place_is_read_on_its_clock(qtbot: QtBot) -> None:
    stored: list[EventDraft] = []

    def store(draft: EventDraft) -> None:
        stored.append(draft)

    dialog = EventDialog(EventDraft("", ""), store, documents=[], notes=[])
    qtbot.addWidget(dialog)
    reading = child(dialog, QLabel, "EventDateReading")
    dialog.date.setText("30 October 1956, 14:28")
    assert reading.text() == "→ 30 October 1956, 14:28"  # no place yet: no clock known
    dialog.place.setText("Budapest")
    assert reading.text() == "→ 30 October 1956, 14:28 (Budapest) · 30 October 1956, 13:28 UTC"
    dialog.place.setText("Washington")
    assert reading.text() == "→ 30 October 1956, 14:28 (Washington) · 30 October 1956, 19:28 UTC"
    dialog.date.setText("30 October 1956")
    assert reading.text() == "→ 30 October 1956"  # a day stays a day

"""Adding or editing a timeline event: its label, date (read as typed), place, category, source and links."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.domain.dates.historical import HistoricalDate, InvalidDateError, with_place_offset
from app.domain.dates.written import parse_date_text
from app.domain.timeline import EVENT_LANES
from app.services.timeline import EventDraft

ID_ROLE = Qt.ItemDataRole.UserRole
Submit = Callable[[EventDraft], str | None]  # stores the draft; returns what went wrong, or None


def _checklist(name: str, choices: Sequence[tuple[int, str]], checked: Sequence[int], parent: QWidget) -> QListWidget:
    box = QListWidget(parent)
    box.setObjectName(name)
    box.setMaximumHeight(90)
    for choice_id, title in choices:
        item = QListWidgetItem(title, box)
        item.setData(ID_ROLE, choice_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if choice_id in checked else Qt.CheckState.Unchecked)
    return box


def _checked_ids(box: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(box.item(row).data(ID_ROLE))
        for row in range(box.count())
        if box.item(row).checkState() == Qt.CheckState.Checked
    )


class EventDialog(QDialog):
    """OK stores the event through `submit`; a refusal is shown in the dialog, which stays open with the text."""

    def __init__(
        self,
        draft: EventDraft,
        submit: Submit,
        *,
        documents: Sequence[tuple[int, str]],
        notes: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EventDialog")
        self.setWindowTitle("Edit Event" if draft.label else "New Event")
        self._submit = submit
        self.label = QLineEdit(draft.label, self)
        self.label.setPlaceholderText("What happened, in a few words")
        self.date = QLineEdit(draft.date, self)
        self.date.setPlaceholderText("30 October 1956, c. 29 Oct 1956, 1–2 Nov 1956, 1956-10-23T20:00")
        self.reading = QLabel(self)
        self.reading.setObjectName("EventDateReading")
        self.place = QLineEdit(draft.place, self)
        self.category = QComboBox(self)
        for lane in EVENT_LANES:
            self.category.addItem(lane.heading, lane.value)
        self.category.setCurrentIndex(max(0, self.category.findData(draft.category)))
        self.description = QPlainTextEdit(draft.description, self)
        self.description.setMaximumHeight(80)
        self.source = QLineEdit(draft.source, self)
        self.source.setPlaceholderText("Where this is attested: publication, document number, page")
        self.url = QLineEdit(draft.url, self)
        self.url.setPlaceholderText("https://…")
        self.documents = _checklist("EventDocuments", documents, draft.document_ids, self)
        self.notes = _checklist("EventNotes", notes, draft.note_ids, self)
        self.error = QLabel(self)
        self.error.setObjectName("EventError")
        self.error.setStyleSheet("color: #b03a2e")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout(self)
        for text, widget in (
            ("&Label:", self.label), ("&Date:", self.date), ("", self.reading), ("&Place:", self.place),
            ("&Category:", self.category), ("D&escription:", self.description), ("&Source:", self.source),
            ("&Address:", self.url), ("Linked d&ocuments:", self.documents), ("Linked &notes:", self.notes),
        ):  # fmt: skip
            form.addRow(text, widget)
        form.addRow(self.error)
        form.addRow(buttons)
        self.date.textChanged.connect(self._read_date)
        self.place.textChanged.connect(lambda _place: self._read_date(self.date.text()))  # its clock may change
        self._read_date(self.date.text())
        self.resize(520, self.sizeHint().height())

    def draft(self) -> EventDraft:
        return EventDraft(
            label=self.label.text(),
            date=self.date.text(),
            description=self.description.toPlainText(),
            place=self.place.text(),
            category=str(self.category.currentData()),
            source=self.source.text(),
            url=self.url.text(),
            document_ids=_checked_ids(self.documents),
            note_ids=_checked_ids(self.notes),
        )

    def _read_date(self, text: str) -> None:
        if not text.strip():
            self.reading.setText("")
            return
        try:
            place = self.place.text()
            date = HistoricalDate.parse(with_place_offset(parse_date_text(text).edtf, place))
            utc = f" · {date.display_utc()}" if date.display_utc() else ""
            self.reading.setText(f"→ {date.display(place)}{utc}")
        except InvalidDateError as exc:
            self.reading.setText(f"Not understood: {exc}")

    def accept(self) -> None:
        problem = self._submit(self.draft())
        if problem:
            self.error.setText(problem)
            return
        super().accept()

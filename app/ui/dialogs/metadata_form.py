"""MetadataForm: a source's description, field by field, with the typed date read back at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.dates.historical import HistoricalDate, InvalidDateError, with_place_offset
from app.domain.dates.written import parse_date_text
from app.domain.documents import DocumentKind
from app.services.metadata import InvalidMetadataError, MetadataInput, parse_date_field

DOCUMENT_FIELDS = (
    ("title", "&Title", "as the document is known"),
    ("issuer", "&Issuer or author", "Government of the USSR, Imre Nagy, the Legation in Budapest"),
    ("date", "&Date", "1 November 1956 · c. 29 Oct 1956 · 1–2 Nov 1956 · early November 1956"),
    ("place", "&Place", "where it was issued"),
    ("language", "&Language", "en, hu, ru …"),
    ("tags", "Ta&gs", "separated by commas: Warsaw Treaty, withdrawal"),
)
SOURCE_FIELDS = (
    ("source", "P&ublication", "the book, edition or newspaper the text was taken from"),
    ("editor", "&Editor", "Paul E. Zinner"),
    ("publisher", "Pu&blisher", "Harper & Brothers"),
    ("source_place", "Place of publication", "New York"),
    ("year", "&Year", "1957"),
    ("pages", "Pa&ges", "252–255"),
    ("number", "Document number", "in an edition: 123"),
    ("archive", "&Archive or collection", "where the original or the copy is kept"),
    ("url", "Address (&URL)", "where it can be found online"),
    ("rights", "&Rights", "who holds them, or public domain"),
)


class MetadataForm(QWidget):
    """Fields named meta_<field>; `values()` returns what is typed, `problem()` what blocks saving."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MetadataForm")
        self.fields: dict[str, QLineEdit] = {}
        document_form = QFormLayout()
        for key, label, hint in DOCUMENT_FIELDS:
            document_form.addRow(f"{label}:", self._field(key, hint))
            if key == "date":
                self.date_feedback = QLabel(self)
                self.date_feedback.setObjectName("DateFeedback")
                document_form.addRow("", self.date_feedback)
        self.kind = QComboBox(self)
        self.kind.setObjectName("meta_kind")
        for kind in DocumentKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(DocumentKind.OTHER.value))
        document_form.addRow("&Kind:", self.kind)
        self.translation_of = QComboBox(self)
        self.translation_of.setObjectName("meta_translation_of")
        self.translation_of.addItem("— not a translation —", None)
        document_form.addRow("Translation &of:", self.translation_of)
        source_box = QGroupBox("Source", self)
        source_form = QFormLayout(source_box)
        for key, label, hint in SOURCE_FIELDS:
            source_form.addRow(f"{label}:", self._field(key, hint))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(document_form)
        layout.addWidget(source_box)
        self.fields["date"].textChanged.connect(self._show_date)
        self.fields["place"].textChanged.connect(self._show_date)  # a time is read on its place's clock
        self._show_date()

    def _field(self, key: str, hint: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(f"meta_{key}")
        field.setPlaceholderText(hint)
        field.textChanged.connect(lambda _text: self.changed.emit())
        self.fields[key] = field
        return field

    def set_documents(self, documents: list[tuple[int, str]]) -> None:
        """The documents this one may be a translation of: (ID, title)."""
        current = self.translation_of.currentData()
        while self.translation_of.count() > 1:
            self.translation_of.removeItem(1)
        for document_id, title in documents:
            short = title if len(title) <= 70 else title[:69] + "…"
            self.translation_of.addItem(f"{short} (ID {document_id})", document_id)
        self.translation_of.setCurrentIndex(max(0, self.translation_of.findData(current)))

    def set_values(self, values: MetadataInput) -> None:
        for key, field in self.fields.items():
            field.setText(getattr(values, key))
        index = self.kind.findData(values.kind or DocumentKind.OTHER.value)
        self.kind.setCurrentIndex(max(0, index))
        wanted = int(values.translation_of) if values.translation_of.isdigit() else None
        self.translation_of.setCurrentIndex(max(0, self.translation_of.findData(wanted)))

    def values(self) -> MetadataInput:
        typed = {key: field.text().strip() for key, field in self.fields.items()}
        original = self.translation_of.currentData()
        return MetadataInput(
            kind=str(self.kind.currentData()), translation_of=str(original) if original else "", **typed
        )

    def problem(self) -> str:
        """Why the form cannot be saved as it is, or ''."""
        if not self.fields["title"].text().strip():
            return "A document needs a title."
        try:
            parse_date_field(self.fields["date"].text())
        except InvalidMetadataError as exc:
            return f"{str(exc).capitalize()}."
        return ""

    def _show_date(self) -> None:
        typed = self.fields["date"].text().strip()
        if not typed:
            self.date_feedback.setText("No date: the document will not be placed on the timeline.")
            return
        try:
            place = self.fields["place"].text()
            date = HistoricalDate.parse(with_place_offset(parse_date_text(typed).edtf, place))
            utc = f" · {date.display_utc()}" if date.display_utc() else ""
            self.date_feedback.setText(f"→ {date.display(place)}{utc}")
        except InvalidDateError as exc:
            self.date_feedback.setText(f"⚠ {str(exc).capitalize()}")

from datetime import datetime

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata, DocumentSummary
from app.ui.library.panel import LibraryPanel


def _summary(doc_id: int, title: str, date: str) -> DocumentSummary:
    meta = DocumentMetadata(title=title, date_edtf=date)
    parsed = meta.date
    return DocumentSummary(doc_id, meta, 1, datetime(2026, 1, 1), parsed.lo if parsed else None)


def test_the_model_passes_qts_model_tester_and_sorts_by_date(qtbot: QtBot) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    QAbstractItemModelTester(panel.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel.set_documents(
        [
            _summary(1, "Undated note", ""),
            _summary(2, "UN resolution", "1956-11-04"),
            _summary(3, "Declaration", "1956-10-30"),
            _summary(4, "Month report", "1956-11"),
        ]
    )
    assert panel.document_ids() == [3, 4, 2, 1]  # month-precise sorts at its start; undated last
    panel.filter_field.setText("resol")
    assert panel.document_ids() == [2]

"""The library list sorts titles and issuers as the reader's language does, whatever their case, and never lets a
title's control characters reorder what is shown."""

from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata, DocumentSummary
from app.ui.library.panel import LibraryPanel

TITLES = ["zárszó", "Ünnepélyes nyilatkozat", "Uborka", "alma", "Álom", "Zebra", "über"]


def _panel(qtbot: QtBot, locale: str) -> LibraryPanel:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.model.set_locale(QLocale(locale))
    panel.set_documents(
        [DocumentSummary(i, DocumentMetadata(title=t, issuer=t), 1, datetime(2026, 1, 1)) for i, t in enumerate(TITLES)]
    )
    return panel


def _titles(panel: LibraryPanel) -> list[str]:
    return [TITLES[doc_id] for doc_id in panel.document_ids()]


def test_titles_sort_by_the_readers_language_whatever_their_case(qtbot: QtBot) -> None:
    panel = _panel(qtbot, "hu_HU")  # in Hungarian ü comes after u
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _titles(panel) == ["alma", "Álom", "Uborka", "über", "Ünnepélyes nyilatkozat", "zárszó", "Zebra"]
    panel.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # issuers alike
    assert _titles(panel)[0] == "alma"
    english = _panel(qtbot, "en_US")
    english.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _titles(english) == ["alma", "Álom", "über", "Uborka", "Ünnepélyes nyilatkozat", "zárszó", "Zebra"]


def test_a_bidi_override_in_a_title_is_not_shown(qtbot: QtBot) -> None:
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    title = "\u202eLETTER\u202c from Budapest"
    panel.set_documents([DocumentSummary(1, DocumentMetadata(title=title), 1, datetime(2026, 1, 1))])
    shown = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert shown == "LETTER from Budapest"

"""Searching from the window for a word in other forms: they come after the words as typed, and are marked."""

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.documents import DocumentMetadata
from app.services.library import NewDocument
from app.services.registry import Services
from tests.ui.helpers import WindowMaker as MakeWindow

# The Hungarian government's declaration of neutrality, 1 November 1956 (an official document).
NEUTRALITY = ("A magyar nemzeti kormány kinyilvánítja a Magyar Népköztársaság semlegességét.",
              "A semlegesség a magyar nép évszázados álma.")  # fmt: skip


def test_other_forms_are_listed_after_the_words_as_typed_and_marked_when_opened(
    make_window: MakeWindow, services: Services, qtbot: QtBot
) -> None:
    services.library.add_document(NewDocument(DocumentMetadata(title="Nyilatkozat", language="hu"), NEUTRALITY))
    window, _ = make_window()
    window.parts.search.search_now("semlegesség")
    view = window.parts.search.view
    qtbot.waitUntil(lambda: len(view.hits) == 2, timeout=5000)
    assert [(hit.paragraph, hit.other_forms) for hit in view.hits] == [(2, False), (1, True)]
    assert view.summary.text() == "2 hits in 1 document (1 in other forms of the words)"
    assert "Other forms of the words" in view.page.toPlainText()
    window.parts.search.open_hit(1)
    pane = window.documents.current_pane()
    assert pane is not None
    assert pane.current_paragraph() == 1
    blocks = pane.view.blocks()
    marked = {blocks[m.block].text[m.start : m.end] for m in pane.view.decorations.terms}
    assert marked == {"semlegességét", "semlegesség"}
    assert window.statusBar().currentMessage() == "Hit 2 of 2: ¶1; 2 marked in this document."
    qtbot.keyClick(window, Qt.Key.Key_Escape)

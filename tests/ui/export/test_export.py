"""Export, print and cite from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.citation.chicago import Locator, note_citation
from app.services.export import BundleFormat
from app.services.registry import Services
from app.ui.export.dialogs import ExportBibliographyDialog, ExportNotesDialog
from tests.builders import WITHDRAW, pdf_pages
from tests.ui.helpers import CTRL, SHIFT, WindowMaker, current_pane, drag_select, menu_action


def test_export_notes_of_a_tag_as_html_asking_before_replacing_a_file(
    make_window: WindowMaker, notes: tuple[int, int], tmp_path: Path
) -> None:
    window, prompter = make_window()
    offered: list[str] = []

    def choose_tag_and_html(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportNotesDialog)
        offered.extend(dialog.tag.itemText(i) for i in range(dialog.tag.count()))
        assert not dialog.by_period.isEnabled()  # no dates picked on the timeline yet
        dialog.by_tag.setChecked(True)
        dialog.tag.setCurrentText("UN")
        dialog.form.setCurrentIndex(dialog.form.findData(BundleFormat.HTML))
        return True

    prompter.dialog_answer = choose_tag_and_html
    target = tmp_path / "handout.html"
    target.write_text("last week's handout")
    prompter.save_path = target
    menu_action(window, "File", "Export Notes…").trigger()
    assert offered == ["Budapest", "UN"]
    assert prompter.choices_offered == [["Replace"]]  # asked first, and not answered
    assert target.read_text() == "last week's handout"
    prompter.choice = "Replace"
    menu_action(window, "File", "Export Notes…").trigger()
    html = target.read_text(encoding="utf-8")
    assert '<h2 id="note-' in html
    assert "Security Council" in html
    assert "Withdrawal and neutrality" not in html
    assert window.statusBar().currentMessage() == f"Exported the notes to {target}."


def test_an_export_into_a_missing_folder_says_why(
    make_window: WindowMaker, notes: tuple[int, int], tmp_path: Path
) -> None:
    window, prompter = make_window()
    prompter.dialog_answer = lambda _dialog: True
    prompter.save_path = tmp_path / "gone" / "notes"
    menu_action(window, "File", "Export Notes…").trigger()
    assert prompter.errors == [
        ("Export failed", f"cannot write {tmp_path / 'gone' / 'notes.md'}: folder {tmp_path / 'gone'} does not exist")
    ]


def test_the_bibliography_of_the_documents_selected_in_the_library(
    make_window: WindowMaker, nagy: int, tmp_path: Path
) -> None:
    window, prompter = make_window()
    window.parts.workspace.refresh_library()
    window.parts.library_panel.select_document(nagy)

    def bibtex(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportBibliographyDialog)
        assert dialog.selected_only.text() == "The 1 document selected in the library"
        assert dialog.everything.text() == "All 2 documents in the library"
        dialog.form.setCurrentIndex(dialog.form.findText("BibTeX"))
        return True

    prompter.dialog_answer = bibtex
    prompter.save_path = tmp_path / "sources"
    menu_action(window, "File", "Export Bibliography…").trigger()
    text = (tmp_path / "sources.bib").read_text(encoding="utf-8")
    assert text.count("\n@") == 0
    assert "neutrality" in text


def test_copy_citation_cites_the_selected_paragraph_with_its_page(
    make_window: WindowMaker, qtbot: QtBot, services: Services
) -> None:
    window, _ = make_window()
    pane = current_pane(window)
    drag_select(qtbot, pane, 17, WITHDRAW)
    qtbot.keyClick(pane.view, Qt.Key.Key_C, CTRL | SHIFT)
    document = services.library.get_document(1)
    expected = note_citation(document.metadata, Locator(paragraph=17, page=document.paragraphs[16].page))
    clipboard = QGuiApplication.clipboard().mimeData()
    assert clipboard.text() == expected.plain()
    assert clipboard.html() == expected.html()
    assert "¶17" in clipboard.text()
    assert window.statusBar().currentMessage() == f"Copied: {expected.plain()}"


def test_print_the_document_with_its_citation_then_the_note_being_written(
    make_window: WindowMaker, notes: tuple[int, int], tmp_path: Path
) -> None:
    window, prompter = make_window()
    target = tmp_path / "printed.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    prompter.printer_answer = to_pdf
    menu_action(window, "File", "Print…").trigger()
    text = " ".join(" ".join(page.split()) for page in pdf_pages(target))
    assert text.startswith("Declaration by the Soviet Government on the Principles")
    assert "Cite as: Government of the USSR" in text
    assert "¶17 Having in mind that the further presence" in text
    window.parts.notes.open_note(notes[1])
    window.parts.notes.editor.body.setFocus()
    menu_action(window, "File", "Print…").trigger()
    text = " ".join(" ".join(page.split()) for page in pdf_pages(target))
    assert text.startswith("1. Security Council")
    assert WITHDRAW in text
    assert "The offer is quoted at the UN." in text

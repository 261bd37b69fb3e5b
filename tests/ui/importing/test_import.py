"""Importing from the window: Ctrl+O and its form, the encoding, duplicates, many files in the background,
the clipboard, dropped files, the size limit."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.ui.importing.controller import IMPORT_ANYWAY, OPEN_EXISTING
from app.ui.importing.dialog import ImportDialog
from app.ui.window.main_window import MainWindow
from tests.ui.helpers import CTRL, LEFT, SHIFT, WindowMaker, button, child, current_pane

RUSSIAN = "Заявление Правительства Союза ССР об основах развития и дальнейшем укреплении дружбы и сотрудничества."


def _fill(values: dict[str, str], kind: str = "") -> Callable[[QDialog], bool]:
    """Answer the import dialog as a user would: type into its fields, then press Import."""

    def answer(dialog: QDialog) -> bool:
        for key, value in values.items():
            child(dialog, QLineEdit, f"meta_{key}").setText(value)
        if kind:
            combo = child(dialog, QComboBox, "meta_kind")
            combo.setCurrentIndex(combo.findData(kind))
        return button(dialog, QDialogButtonBox.StandardButton.Ok).isEnabled()

    return answer


def _current_title(window: MainWindow) -> str:
    document = current_pane(window).document
    assert document is not None
    return document.title


def test_ctrl_o_imports_a_file_with_the_metadata_typed_in_the_form(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "nagy.txt"
    path.write_text("Radio address\n\nBudapest, 1 November 1956\n\nPeople of Hungary!\n", encoding="utf-8")
    window, prompter = make_window()
    prompter.files_to_open = [path]
    prompter.dialog_answer = _fill({"issuer": "Imre Nagy", "place": "Budapest"}, kind="broadcast")
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL)
    [dialog] = prompter.dialogs
    assert child(dialog, QLineEdit, "meta_title").text() == "Radio address"  # prefilled from the file
    assert child(dialog, QLabel, "DateFeedback").text() == "→ 1 November 1956"
    assert "¶1  Budapest, 1 November 1956" in child(dialog, QPlainTextEdit, "ImportPreview").toPlainText()
    assert _current_title(window) == "Radio address"
    header = [block.text for block in current_pane(window).view.blocks()[:3]]
    assert header[2] == "No source recorded yet (File › Edit Description, Ctrl+E)."
    [summary] = [d for d in services.library.list_documents() if d.title == "Radio address"]
    assert (summary.metadata.issuer, summary.metadata.kind.value) == ("Imre Nagy", "broadcast")
    assert summary.metadata.date_display == "1 November 1956"
    assert window.parts.library_panel.proxy.rowCount() == 2


def test_a_date_that_cannot_be_read_blocks_the_import_with_a_reason(make_window: WindowMaker, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Some text.")
    window, prompter = make_window()
    prompter.files_to_open = [path]
    prompter.dialog_answer = _fill({"title": "A note", "date": "sometime in autumn"})
    window.parts.importer.choose_files()
    [dialog] = prompter.dialogs
    assert child(dialog, QLabel, "DateFeedback").text().startswith("⚠ Cannot read 'sometime in autumn'")
    assert window.parts.library_panel.proxy.rowCount() == 1


def test_the_encoding_can_be_changed_and_the_preview_follows(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "zayavlenie.txt"
    path.write_bytes(RUSSIAN.encode("koi8-r"))
    extracted = services.importing.read(path, "windows-1252")
    dialog = ImportDialog(path.name, extracted, lambda encoding: services.importing.read(path, encoding))
    qtbot.addWidget(dialog)
    preview = child(dialog, QPlainTextEdit, "ImportPreview")
    assert RUSSIAN not in preview.toPlainText()
    child(dialog, QComboBox, "import_encoding").setCurrentText("koi8-r")
    assert RUSSIAN in preview.toPlainText()
    assert dialog.chosen_encoding() == "koi8-r"


def test_importing_the_same_text_again_offers_the_one_already_there(
    make_window: WindowMaker, services: Services, tmp_path: Path
) -> None:
    first, again = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("The same telegram text.")
    again.write_text("The same telegram text.")
    window, prompter = make_window()
    prompter.dialog_answer = _fill({"title": "Telegram"})
    window.parts.importer.import_paths([first])
    count = len(services.library.list_documents())
    prompter.choice = OPEN_EXISTING
    window.parts.importer.import_paths([again])
    assert prompter.choices_offered == [[OPEN_EXISTING, IMPORT_ANYWAY]]
    assert len(services.library.list_documents()) == count
    assert _current_title(window) == "Telegram"
    prompter.choice = IMPORT_ANYWAY
    window.parts.importer.import_paths([again])
    assert len(services.library.list_documents()) == count + 1


def test_many_files_import_in_the_background_and_report_failures(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    paths = []
    for number in range(12):
        path = tmp_path / f"telegram-{number:02d}.txt"
        path.write_text(f"Telegram {number}\n\nBudapest, {number + 1} November 1956\n\nText of telegram {number}.")
        paths.append(path)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00\x01\x02 not text")
    window, prompter = make_window()
    window.parts.importer.import_paths([*paths, broken])
    qtbot.waitUntil(lambda: not window.parts.importer.busy(), timeout=20_000)
    [(title, message)] = prompter.errors
    assert title == "Import finished with problems"
    assert message.startswith("Imported 12 of 13 files.")
    assert "broken.txt: this is a binary file, not text" in message
    assert window.parts.library_panel.proxy.rowCount() == 13
    dates = {d.title: d.metadata.date_display for d in services.library.list_documents()}
    assert dates["Telegram 4"] == "5 November 1956"


def test_cancelling_a_batch_leaves_only_whole_documents(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    paths = []
    for number in range(300):
        path = tmp_path / f"doc-{number:03d}.txt"
        path.write_text(f"Document {number}\n\n" + f"Paragraph of document {number}.\n\n" * 20)
        paths.append(path)
    window, prompter = make_window()
    window.parts.importer.import_paths(paths)
    window.parts.importer.cancel()
    qtbot.waitUntil(lambda: not window.parts.importer.busy(), timeout=20_000)
    documents = services.library.list_documents()
    assert len(documents) < 301
    assert all(d.paragraph_count == 20 for d in documents if d.title.startswith("Document"))
    assert "Cancelled" in prompter.infos[-1][1]


def test_paste_as_new_source_takes_html_from_the_clipboard(make_window: WindowMaker, qtbot: QtBot) -> None:
    window, prompter = make_window()
    mime = QMimeData()
    mime.setHtml("<h1>UN General Assembly resolution 1004</h1><p>4 November 1956</p><p>The General Assembly…</p>")
    mime.setText("plain version")
    QGuiApplication.clipboard().setMimeData(mime)
    prompter.dialog_answer = _fill({})
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL | SHIFT)
    assert _current_title(window) == "UN General Assembly resolution 1004"
    QGuiApplication.clipboard().clear()
    window.parts.importer.paste(QGuiApplication.clipboard().mimeData())
    assert prompter.errors[-1] == ("Paste as new source", "The clipboard holds no text to import.")


def test_dropping_files_on_the_window_imports_them(make_window: WindowMaker, tmp_path: Path) -> None:
    path = tmp_path / "eisenhower.md"
    path.write_text("# Address by the President\n\nOctober 31, 1956\n\nGood evening, my fellow citizens.")
    window, prompter = make_window()
    prompter.dialog_answer = _fill({"issuer": "Dwight D. Eisenhower"}, kind="speech")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)  # Qt delivers drops only during a real drag, which offscreen tests cannot start
    assert drop.isAccepted()
    assert _current_title(window) == "Address by the President"
    document = current_pane(window).document
    assert document is not None
    assert document.metadata.date_display == "31 October 1956"


def test_the_import_size_limit_is_a_preference_kept_between_runs(make_window: WindowMaker, tmp_path: Path) -> None:
    big = tmp_path / "edition.txt"
    big.write_text("A long edition. " * 200_000)  # 3.2 MB
    window, prompter = make_window()
    prompter.number = 2
    window.parts.importer.ask_limit()
    assert prompter.numbers_asked == [("Largest file to import, in MB:", 50)]
    window.parts.importer.import_paths([big])
    assert prompter.errors == [("Cannot import", "edition.txt: the file is 3.2 MB; the limit is 2.0 MB")]
    window.close()
    again, prompter_again = make_window()
    prompter_again.number = None  # Cancel leaves it as it is
    again.parts.importer.ask_limit()
    assert prompter_again.numbers_asked == [("Largest file to import, in MB:", 2)]


def test_the_library_panel_offers_adding_sources(make_window: WindowMaker, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "resolution.txt"
    path.write_text("UN General Assembly resolution 1004 (ES-II)\n\nThe General Assembly calls upon the USSR.")
    window, prompter = make_window()
    button = window.parts.library_panel.import_button
    assert button.isVisible()
    assert button.text() == "Add sources…"
    prompter.files_to_open = [path]
    prompter.dialog_answer = _fill({}, kind="resolution")
    qtbot.mouseClick(button, LEFT)
    assert _current_title(window) == "UN General Assembly resolution 1004 (ES-II)"


def test_the_form_offers_the_language_detected_from_the_text(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    hungarian = tmp_path / "semlegesseg.txt"  # the Hungarian government's declaration of neutrality, 1 Nov 1956
    hungarian.write_text(
        "Magyarország népe!\n\nA magyar nemzeti kormány a magyar nép és a történelem előtti mély "
        "felelősségérzettől áthatva kinyilvánítja a Magyar Népköztársaság semlegességét.\n",
        encoding="utf-8",
    )
    window, prompter = make_window()
    prompter.files_to_open = [hungarian]
    prompter.dialog_answer = _fill({})
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    [dialog] = prompter.dialogs
    language = child(dialog, QLineEdit, "meta_language")
    assert language.text() == "hu"
    assert language.toolTip() == "Detected from the text: Hungarian. Change it if it is wrong."
    russian = tmp_path / "zayavlenie.txt"
    russian.write_text(RUSSIAN + "\n", encoding="utf-8")
    prompter.files_to_open = [russian]
    prompter.dialog_answer = _fill({"title": "Заявление", "language": "de"})  # what the user types is stored
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    tip = child(prompter.dialogs[1], QLineEdit, "meta_language").toolTip()
    assert tip.startswith("Detected from the text: Russian")
    languages = {d.title[:5]: d.metadata.language for d in services.library.list_documents()}
    assert languages == {"Decla": "en", "Magya": "hu", "Заявл": "de"}

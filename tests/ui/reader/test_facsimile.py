"""The facsimile view in the window: a scan read with real OCR, its page beside its text, linked both ways."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.importers.scan import OcrRequest
from app.services.registry import Services
from app.ui.reader.facsimile_link import PageMode
from tests.scan_samples import sample_pages, save_png
from tests.ui.helpers import WindowMaker


def test_a_scan_shows_its_page_beside_the_text_and_words_are_linked_both_ways(
    make_window: WindowMaker, services: Services, tmp_path: Path, qtbot: QtBot
) -> None:
    [page] = sample_pages("hu", 1, per_page=3, seed=17)
    [outcome] = services.importing.import_files([save_png(page, tmp_path / "szabad_nep.png")], ocr=OcrRequest(("hu",)))
    assert outcome.document_id is not None
    window, _prompter = make_window((outcome.document_id,))
    window.resize(1400, 900)
    pane = window.documents.current_pane()
    assert pane is not None
    qtbot.waitUntil(lambda: pane.facsimile is not None and pane.facsimile.view.isVisible(), timeout=10_000)
    facsimile = pane.facsimile
    assert facsimile is not None
    view = facsimile.view
    assert [p.number for p in view.pages()] == [1]
    # Clicking a word in the text outlines that word on the page.
    block = pane.block_of(2)
    pane.view.scroll_to_block(block)
    word = pane.document.paragraphs[1].text.split()[2]  # type: ignore[union-attr]
    start = pane.document.paragraphs[1].text.index(word)  # type: ignore[union-attr]
    pane.view.select_range((block, start + 1), (block, start + 1))
    pane.view.clicked_block.emit(block)
    assert view.marks.current is not None
    assert view.marks.current.text == word
    assert view.marks.current.paragraph == 2
    # A rectangle dragged on the page over a word selects it in the text.
    target = view.words_on(1)[12]
    rect = view.box_rect(target)
    assert rect is not None
    inner = rect.adjusted(2, 2, -2, -2)  # within the word's box: the drag touches it and no other
    top_left, bottom_right = inner.topLeft().toPoint(), inner.bottomRight().toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=top_left)
    qtbot.mouseMove(view.viewport(), bottom_right)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=bottom_right)
    assert pane.view.selected_text() in (target.text, target.text[:-1])
    # The two scroll together: the text at ¶3 brings the page to ¶3's first line, and the page moved by the reader
    # brings the text to the paragraph at the top of the page.
    view.set_zoom(3.0)  # the page taller than the view, so that it can scroll
    pane.scroll_to_paragraph(3)
    third = view.words_on(1)
    first_of_third = next(w for w in third if w.paragraph == 3)
    number, y = view.top_position()
    assert number == 1
    assert first_of_third.box is not None
    assert abs(y - first_of_third.box[1]) < 60 / view.scale()
    first_of_second = next(w for w in third if w.paragraph == 2)
    assert first_of_second.box is not None
    view.verticalScrollBar().setValue(round(view.page_rect(0).top() + first_of_second.box[1] * view.scale()))
    assert pane.top_paragraph() == 2
    # A note on a passage is tinted on the page too.
    paragraph = pane.document.paragraphs[2]  # type: ignore[union-attr]
    offset = pane.offset_of((pane.block_of(3), 0))
    pane.set_noted_passages([(offset, offset + len(paragraph.text.split()[0]), "A note")])
    assert view.marks.count(view.marks.noted) == 1
    # The page images instead of the text, and back.
    pane.set_page_mode(PageMode.INSTEAD)
    assert not pane.view.isVisible()
    assert view.isVisible()
    pane.set_page_mode(PageMode.OFF)
    assert pane.view.isVisible()
    assert not view.isVisible()


def test_words_read_with_low_confidence_have_a_dotted_line_under_them(qtbot: QtBot) -> None:
    from datetime import datetime

    from PySide6.QtGui import QTextCharFormat

    from app.domain.documents import DocumentDetail, DocumentMetadata, Paragraph
    from app.domain.pages import WordSpan
    from app.ui.common.theme import Theme, reader_colors
    from app.ui.reader.document_pane import DocumentPane
    from app.ui.reader.page_layout import BlockStyle

    pane = DocumentPane()
    qtbot.addWidget(pane)
    now = datetime(2026, 1, 1)
    document = DocumentDetail(
        1, DocumentMetadata(title="Scan"), (Paragraph(1, "A szabad rádió utolsó felhívása", "1"),), "h", now, now,
        doubtful=(WordSpan(1, 9, 14),),
    )  # fmt: skip
    pane.show_document(document)
    block = pane.block_of(1)
    assert pane.view.blocks()[block].style is BlockStyle.BODY
    underlined = [
        (r.start, r.length)
        for r in pane.view.decorations.formats_for(block, reader_colors(Theme.LIGHT))
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    ]
    assert underlined == [(9, 5)]  # 'rádió'

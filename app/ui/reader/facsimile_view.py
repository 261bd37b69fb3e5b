"""FacsimileView: a scanned document's page images, one under another, zoomable and pannable, with its words.

Pages are decoded when they come into view and kept scaled for the zoom in use (a few of each), so that a scroll
step only draws pixmaps already made (bench/facsimile.py). Words are drawn over the image from their boxes: the
word last clicked, the words selected, the passages notes quote and the words read with low confidence.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

from PIL import Image
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QWidget

from app.domain.pages import PageInfo, PageWord, WordSpan
from app.ui.common.tasks import TaskRunner
from app.ui.reader.word_boxes import WordMarks, paint_marks, words_in_rect

MARGIN = 16.0  # around and between pages, in pixels of the view
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
ZOOM_STEP = 1.25
KEPT_PIXMAPS = 8  # pages kept scaled for the zoom in use
DRAG_START = 4  # pixels the mouse must move before a press becomes a rectangle of words


class PageSource(Protocol):
    """Where a view gets pages' images and words (the library's PageService)."""

    def pages(self, document_id: int) -> tuple[PageInfo, ...]: ...
    def doubtful(self, document_id: int) -> tuple[WordSpan, ...]: ...
    def image(self, image_id: int) -> tuple[bytes, str]: ...
    def words_on_page(self, document_id: int, number: int) -> tuple[PageWord, ...]: ...
    def words_in_paragraphs(self, document_id: int, numbers: Sequence[int]) -> tuple[PageWord, ...]: ...


class FacsimileView(QAbstractScrollArea):
    word_clicked = Signal(object)  # the PageWord clicked on the page
    words_selected = Signal(list)  # the PageWords a rectangle dragged on the page covers
    scrolled_by_reader = Signal()  # the reader scrolled, zoomed or panned the pages themselves
    reread_requested = Signal(int)  # page number: read it again with other settings

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewport = QWidget(self)
        self.setViewport(self._viewport)
        self.setObjectName("FacsimileView")
        self.setAccessibleName("Page images")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._pages: list[PageInfo] = []
        self._source: PageSource | None = None
        self._document_id = 0
        self.zoom = 1.0  # 1 = the widest page fits the view's width
        self._pending: set[tuple[int | str, int]] = set()  # pages being scaled (number, width); words being read
        self._runner = TaskRunner("pages", self)  # decoding and scaling a page takes ~0.2 s: never on a scroll step
        self._pixmaps: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()
        self._words: dict[int, tuple[PageWord, ...]] = {}
        self.marks = WordMarks()
        self._press: QPoint | None = None
        self._band: QRect | None = None
        self._pan: QPoint | None = None
        self._programmatic = False
        self._tops: list[float] = []
        self._tops_scale = 0.0
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)

    def viewport(self) -> QWidget:
        return self._viewport

    # -- content ------------------------------------------------------------------------------------
    def set_document(self, document_id: int, pages: Sequence[PageInfo], source: PageSource) -> None:
        if document_id != self._document_id or list(pages) != self._pages:
            self._pixmaps.clear()
        self._document_id, self._pages, self._source = document_id, list(pages), source
        self._words.clear()
        self.marks = WordMarks()
        self._update_range()
        self.viewport().update()

    def pages(self) -> list[PageInfo]:
        return self._pages

    def words_on(self, number: int) -> tuple[PageWord, ...]:
        """The words of page `number` (read from the library once)."""
        if number not in self._words:
            words = () if self._source is None else self._source.words_on_page(self._document_id, number)
            self._words[number] = words
            self.marks.doubtful.update(WordMarks.by_page(word for word in words if word.doubtful))
        return self._words[number]

    def _read_words(self, number: int) -> None:
        if self._source is None or ("words", number) in self._pending:
            return
        self._pending.add(("words", number))
        source, document_id = self._source, self._document_id

        def done(words: tuple[PageWord, ...]) -> None:
            self._pending.discard(("words", number))
            if document_id == self._document_id and number not in self._words:
                self._words[number] = words
                self.marks.doubtful.update(WordMarks.by_page(word for word in words if word.doubtful))
                self.viewport().update()

        self._runner.run(lambda _job: source.words_on_page(document_id, number), done,
                         failed=lambda _error: self._pending.discard(("words", number)))  # fmt: skip

    def _pixmap(self, page: PageInfo, size: QRectF) -> QPixmap | None:
        """The page scaled to `size`, or None while it is being made (off the GUI thread, then painted)."""
        key = (page.number, round(size.width()))
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        if page.image_id is not None and self._source is not None and key not in self._pending:
            self._pending.add(key)
            source, image_id, height = self._source, page.image_id, round(size.height())

            def make(_job: object) -> bytes:  # Pillow lets go of Python's lock while it decodes and scales; Qt not
                with Image.open(io.BytesIO(source.image(image_id)[0])) as image:
                    return (
                        image.convert("L")
                        .resize((key[1], height), Image.Resampling.BILINEAR, reducing_gap=2.0)
                        .tobytes()
                    )

            self._runner.run(make, lambda pixels: self._made(key, height, pixels),
                             failed=lambda _error: self._pending.discard(key))  # fmt: skip
        return None

    def _made(self, key: tuple[int, int], height: int, pixels: bytes) -> None:
        self._pending.discard(key)
        index = key[0] - 1
        if index < len(self._pages) and round(self.page_rect(index).width()) == key[1]:  # still the zoom in use
            image = QImage(pixels, key[1], height, key[1], QImage.Format.Format_Grayscale8)
            self._pixmaps[key] = QPixmap.fromImage(image)
            if len(self._pixmaps) > KEPT_PIXMAPS:
                self._pixmaps.popitem(last=False)
            self.viewport().update()

    def ready(self, number: int) -> bool:
        """Whether page `number` is scaled for the zoom in use and painted as it is."""
        return (number, round(self.page_rect(number - 1).width())) in self._pixmaps

    # -- geometry: content coordinates are the view's pixels with the pages laid one under another ---------
    def scale(self) -> float:
        """View pixels per pixel of the page's own coordinates (those of the words' boxes)."""
        widest = max((page.width for page in self._pages), default=1)
        return max(0.01, (self.viewport().width() - 2 * MARGIN) / max(1, widest)) * self.zoom

    def page_rect(self, index: int) -> QRectF:
        """Page `index` (0-based) in content coordinates."""
        scale = self.scale()
        if len(self._tops) != len(self._pages) or self._tops_scale != scale:
            self._tops, top = [], MARGIN
            for page in self._pages:
                self._tops.append(top)
                top += page.height * scale + MARGIN
            self._tops_scale = scale
        top = self._tops[index]
        page = self._pages[index]
        width = page.width * scale
        left = (
            max(MARGIN, (self.viewport().width() - width) / 2)
            if width + 2 * MARGIN <= self._content_width()
            else MARGIN
        )
        return QRectF(left, top, width, page.height * scale)

    def _content_width(self) -> float:
        widest = max((page.width for page in self._pages), default=0)
        return max(float(self.viewport().width()), widest * self.scale() + 2 * MARGIN)

    def _content_height(self) -> float:
        return MARGIN + sum(page.height * self.scale() + MARGIN for page in self._pages)

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def _update_range(self) -> None:
        vertical, horizontal = self.verticalScrollBar(), self.horizontalScrollBar()
        vertical.setRange(0, max(0, round(self._content_height() - self.viewport().height())))
        vertical.setPageStep(max(1, self.viewport().height() - 40))
        vertical.setSingleStep(40)
        horizontal.setRange(0, max(0, round(self._content_width() - self.viewport().width())))
        horizontal.setPageStep(max(1, self.viewport().width()))
        horizontal.setSingleStep(40)

    def box_rect(self, word: PageWord) -> QRectF | None:
        """A word's box in viewport coordinates."""
        if word.box is None or not 1 <= word.page <= len(self._pages):
            return None
        page, scale = self.page_rect(word.page - 1), self.scale()
        x0, y0, x1, y1 = word.box
        rect = QRectF(page.left() + x0 * scale, page.top() + y0 * scale, (x1 - x0) * scale, (y1 - y0) * scale)
        return rect.translated(-self._offset())

    def page_at(self, y: float) -> int:
        """The index of the page at viewport height `y` (the nearest one between pages)."""
        content_y = y + self.verticalScrollBar().value()
        if not self._pages:
            return 0
        self.page_rect(0)  # the tops, made for the zoom in use
        from bisect import bisect_right

        return max(0, min(len(self._pages) - 1, bisect_right(self._tops, content_y + MARGIN / 2) - 1))

    def top_position(self) -> tuple[int, float]:
        """The page at the top of the view (1-based) and the height there in the page's own pixels."""
        if not self._pages:
            return 0, 0.0
        index = self.page_at(0)
        rect = self.page_rect(index)
        return index + 1, max(0.0, (self.verticalScrollBar().value() - rect.top()) / self.scale())

    def scroll_to(self, number: int, y: float, *, x: float | None = None) -> None:
        """Put height `y` (page pixels) of page `number` at the top of the view (not as the reader's own move)."""
        if not 1 <= number <= len(self._pages):
            return
        rect = self.page_rect(number - 1)
        self._programmatic = True
        try:
            self.verticalScrollBar().setValue(round(rect.top() + y * self.scale() - MARGIN))
            if x is not None:
                self.horizontalScrollBar().setValue(round(rect.left() + x * self.scale() - self.viewport().width() / 2))
        finally:
            self._programmatic = False

    def show_word(self, word: PageWord) -> None:
        """Mark `word` as the one clicked in the text and bring it into view."""
        self.marks.current = word
        rect = self.box_rect(word)
        if rect is not None and not self.viewport().rect().contains(rect.toAlignedRect()) and word.box is not None:
            self.scroll_to(word.page, max(0.0, word.box[1] - self.viewport().height() / 3 / self.scale()),
                           x=(word.box[0] + word.box[2]) / 2)  # fmt: skip
        self.viewport().update()

    def set_zoom(self, zoom: float, around: QPointF | None = None) -> None:
        """Zoom (1 = fit the width), keeping the point `around` (viewport coordinates) where it is."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        point = around or QPointF(self.viewport().width() / 2, 0)
        before = self.scale()
        content = point + self._offset()
        self.zoom = zoom
        self._pixmaps.clear()
        self._update_range()
        factor = self.scale() / before
        self.horizontalScrollBar().setValue(round(content.x() * factor - point.x()))
        self.verticalScrollBar().setValue(round(content.y() * factor - point.y()))
        self.viewport().update()
        self.scrolled_by_reader.emit()

    # -- painting -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), QColor("#6b6b6b"))
        offset = self._offset()
        exposed = QRectF(event.rect()).translated(offset)
        last = -1
        for index, page in enumerate(self._pages):
            rect = self.page_rect(index)
            if rect.top() > exposed.bottom():
                break
            if rect.bottom() < exposed.top():
                continue
            target = rect.translated(-offset)
            pixmap = self._pixmap(page, rect)
            last = index
            if pixmap is None:
                painter.fillRect(target, QColor("white"))
                if page.image_id is None:
                    painter.drawText(target, Qt.AlignmentFlag.AlignCenter, f"p. {page.label}: no image kept")
            else:
                painter.drawPixmap(target.topLeft(), pixmap)
            if page.number not in self._words:
                self._read_words(page.number)  # in the background: its doubtful words are marked once read
            paint_marks(painter, self.marks, page.number, self.box_rect)
        if last + 1 < len(self._pages):  # the next page is made ready before it comes into view
            self._pixmap(self._pages[last + 1], self.page_rect(last + 1))
        if self._band is not None:
            painter.setPen(QColor(40, 90, 200))
            painter.fillRect(self._band, QColor(40, 90, 200, 40))
            painter.drawRect(self._band)
        painter.end()

    # -- events -------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        top = self.top_position()
        super().resizeEvent(event)
        self._pixmaps.clear()
        self._update_range()
        self.scroll_to(*top)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().scroll(dx, dy)

    def _on_scrolled(self, _value: int) -> None:
        if not self._programmatic:
            self.scrolled_by_reader.emit()

    def word_at(self, point: QPointF) -> PageWord | None:
        if not self._pages:
            return None
        number = self.page_at(point.y()) + 1
        return next(
            (w for w in self.words_on(number) if (rect := self.box_rect(w)) is not None and rect.contains(point)),
            None,
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self._pan = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        elif event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._pan is not None:
            delta = point - self._pan
            self._pan = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
        elif self._press is not None and (point - self._press).manhattanLength() >= DRAG_START:
            self._band = QRect(self._press, point).normalized()
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            self._pan = None
            self.viewport().unsetCursor()
            return
        band, press = self._band, self._press
        self._band = self._press = None
        if band is not None:
            first, last = self.page_at(band.top()), self.page_at(band.bottom())
            words = [
                word for number in range(first + 1, last + 2)
                for word in words_in_rect(self.words_on(number), QRectF(band), self.box_rect)
            ]  # fmt: skip
            self.viewport().update()
            self.words_selected.emit(words)
        elif press is not None:
            word = self.word_at(event.position())
            if word is not None:
                self.marks.current = word
                self.viewport().update()
                self.word_clicked.emit(word)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.set_zoom(self.zoom * ZOOM_STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.set_zoom(1.0)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction("Zoom In (+)", lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        menu.addAction("Zoom Out (−)", lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        menu.addAction("Fit Width (0)", lambda: self.set_zoom(1.0))
        if self._pages:
            page = self._pages[self.page_at(event.pos().y())]
            menu.addSeparator()
            action = menu.addAction(f"Read Page {page.label} Again…", lambda: self.reread_requested.emit(page.number))
            action.setEnabled(page.image_id is not None)
        menu.exec(event.globalPos())

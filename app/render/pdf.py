"""HTML set as PDF pages by Qt's text layout: selectable text, the fonts embedded, a number on every page."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PRINT_FONT = "DejaVu Serif"  # has every letter Parallax's sources need: Hungarian, Cyrillic, German, French
PRINT_POINT_SIZE = 11


def html_document(html: str) -> QTextDocument:
    document = QTextDocument()
    font = QFont(PRINT_FONT)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSize(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    return document


def print_html(html: str, device: QPagedPaintDevice) -> None:
    """Lay the HTML out on the device's pages; Qt numbers each page at its foot."""
    html_document(html).print_(device)


def pdf_bytes(html: str, title: str) -> bytes:
    """An A4 PDF of the HTML, made in memory (written to disk by the caller, atomically)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Parallax")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_html(html, writer)
    del writer  # ending the writer finishes the file
    buffer.close()
    return bytes(data.data())

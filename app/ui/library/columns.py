"""The library list fitted to the panel: the title always keeps the room to be read.

A wide panel has four columns: Title, Issuer, Date (the day; the time is in the tooltip) and Kind, the last
three as wide as their usual contents (a long range is cut short; the tooltip has it whole). A narrow one, as at
the window's first size, lists each document on two lines, its short title over its date, issuer and kind, so
that the title has the whole width; the header's menu (right-click) then sorts by any of the four."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

AnyIndex = QModelIndex | QPersistentModelIndex
TITLE, ISSUER, DATE, KIND = range(4)
WIDE = 460  # below this width (in pixels) the list goes to two lines a document
DATE_SAMPLE = "30 November 1956"
KIND_SAMPLE = "Declaration"
PADDING = 18
_TIME = re.compile(r",\s*\d{1,2}:\d{2}(?::\d{2})?$")


def day_of(date: str) -> str:
    """A date as the list shows it: the day, without the time of day (which the tooltip and the pane give)."""
    return _TIME.sub("", date)


def is_wide(table: QTableView) -> bool:
    return table.viewport().width() >= WIDE


def fit_columns(table: QTableView) -> bool:
    """Lay the columns out for the list's width; returns whether it is wide (four columns)."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    wide = is_wide(table)
    for column in (ISSUER, DATE, KIND):
        header.setSectionHidden(column, not wide)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    if wide:
        width = table.viewport().width()
        for column, size in (
            (DATE, metrics.horizontalAdvance(DATE_SAMPLE) + PADDING),
            (KIND, metrics.horizontalAdvance(KIND_SAMPLE) + PADDING),
            (ISSUER, max(90, round(width * 0.22))),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, size)
    lines = 1 if wide else 2
    table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * lines + 8)
    if not isinstance(table.itemDelegateForColumn(TITLE), TwoLineDelegate):
        table.setItemDelegateForColumn(TITLE, TwoLineDelegate(table))
    return wide


def shown_columns(table: QTableView) -> list[int]:
    header = table.horizontalHeader()
    return [column for column in range(header.count()) if not header.isSectionHidden(column)]


class TwoLineDelegate(QStyledItemDelegate):
    """A document on two lines: its short title in bold, then its date, issuer and kind in the muted text colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        table = self.parent()
        if not isinstance(table, QTableView) or not table.horizontalHeader().isSectionHidden(DATE):
            super().paint(painter, option, index)
            return
        title = str(index.data() or "")
        parts = (index.model().index(index.row(), column).data() for column in (DATE, ISSUER, KIND))
        details = " · ".join(str(part) for part in parts if part)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(6, 3, -6, -3)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.save()
        line = QFontMetrics(option.font).lineSpacing()
        for font, color, value, top in ((bold, ink, title, 0), (option.font, muted, details, line)):
            painter.setFont(font)
            painter.setPen(color)
            shown = QFontMetrics(font).elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.adjusted(0, top, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, shown)
        painter.restore()

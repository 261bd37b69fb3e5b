"""Icons, drawn from the SVG files in resources/icons through this one accessor."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def icon(name: str) -> QIcon:
    """The icon resources/icons/NAME.svg at every usual size (an empty icon if the file is missing)."""
    path = resources.files("resources") / "icons" / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    renderer = QSvgRenderer(QByteArray(path.read_bytes()))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    return icon("parallax")

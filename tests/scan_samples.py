"""Scans made by the tests: text drawn into a page image with Qt, saved as PNG, TIFF, JPEG or an image-only PDF.

Each page has a running head, paragraphs with a first-line indent (some words hyphenated across lines at the soft
hyphens written into the text) and its page number at the foot, as a printed page has. The texts are written for
these tests; the Hungarian one has every accented letter of the language.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

SHY = "\u00ad"

ENGLISH = [
    (
        "On the afternoon of 23 October 1956 the students of the Budapest Technical Uni\u00adversity marched to the "
        "statue of General Bem, where a poem was read and their sixteen points were cheered by a growing crowd."
    ),
    (
        "By evening the crowd in front of Parliament numbered in the hundreds of thousands. They called for Imre Nagy, "
        "who spoke briefly from a balcony and asked them to go home in peace."
    ),
    (
        "At the radio building the security police fired on people who had come to have the demands broad\u00adcast. "
        "Soldiers sent to restore order handed their weapons to the workers instead."
    ),
    (
        "On 28 October the government announced a cease-fire, and two days later Soviet units began to leave the "
        "capital. The newspapers printed the declaration of the Soviet Government in full."
    ),
    (
        "The Legation reported that the streets were quiet but that armed groups still held the Corvin Passage and "
        "several factories on the outskirts of the city."
    ),
    (
        "On 1 November Nagy informed the ambassador that Hungary was leaving the Warsaw Treaty, and in the evening he "
        "announced its neutrality on the radio and asked the United Nations for help."
    ),
    (
        "Early on 4 November Soviet armour entered Budapest from several directions. The last appeal broadcast by "
        "the free radio asked the world to send help before it was too late."
    ),
    (
        "Members of the workers' councils went on negotiating for weeks, and a general strike kept the factories "
        "idle well into December, long after the fighting in the streets had ended."
    ),
]

HUNGARIAN = [
    (
        "Az egyetemisták október huszonharmadikán délután a Bem-szoborhoz vonultak, ahol felolvasták a "
        "tizenhat pontot, és a gyülekező tömeg lelkesen ünnepelte őket."
    ),
    (
        "Estére a Parlament előtti téren már több százezer ember gyűlt össze. Nagy Imrét hívták, aki röviden "
        "szólt hozzájuk, és arra kérte őket, hogy békében térjenek haza."
    ),
    (
        "A rádió épületénél az államvédelmi hatóság tüzet nyitott azokra, akik a követelések beolvasását "
        "kérték. A rendcsinálásra küldött katonák fegyverüket a munkásoknak adták át."
    ),
    (
        "Október huszonnyolcadikán a kormány tűzszünetet hirdetett, két nappal később pedig a szovjet "
        "csapatok megkezdték kivonulásukat a fővárosból. Az újságok közölték a nyilatkozatot."
    ),
    (
        "A követség jelentése szerint az utcák csendesek voltak, de fegyveres csoportok még tartották a "
        "Corvin közt és a külvárosi gyárak egy részét, főként Csepelen és Kőbányán."
    ),
    (
        "November elsején Nagy Imre közölte a nagykövettel, hogy Magyarország kilép a Varsói Szerződésből, "
        "este pedig a rádióban kinyilvánította az ország semlegességét."
    ),
    (
        "November negyedikén hajnalban a szovjet páncélosok több irányból behatoltak Budapestre. A szabad "
        "rádió utolsó felhívása segítséget kért a világtól, mielőtt túl késő lenne."
    ),
    (
        "A munkástanácsok tagjai hetekig tárgyaltak, és az általános sztrájk még decemberben is megbénította "
        "az üzemeket, jóval azután, hogy az utcai harcok véget értek. Íme az ütődött, fűzöld ökörszem."
    ),
]


@dataclass(frozen=True)
class SamplePage:
    image: QImage
    paragraphs: tuple[str, ...]  # as printed, hyphens and soft hyphens aside

    @property
    def words(self) -> list[str]:
        return [word for paragraph in self.paragraphs for word in paragraph.split()]


def _lines(text: str, metrics: QFontMetricsF, width: float, indent: float) -> list[str]:
    """Break a paragraph into lines, hyphenating at a soft hyphen where a word does not fit."""
    lines: list[str] = []
    current = ""
    room = width - indent
    for word in text.split():
        plain = word.replace(SHY, "")
        candidate = f"{current} {plain}" if current else plain
        if metrics.horizontalAdvance(candidate) <= room:
            current = candidate
            continue
        pieces = word.split(SHY)
        split = False
        for cut in range(len(pieces) - 1, 0, -1):
            head = "".join(pieces[:cut]) + "-"
            if metrics.horizontalAdvance(f"{current} {head}" if current else head) <= room:
                lines.append(f"{current} {head}" if current else head)
                current = "".join(pieces[cut:])
                split = True
                break
        if not split:
            lines.append(current)
            current = plain
        room = width
    if current:
        lines.append(current)
    return lines


def render_page(
    paragraphs: list[str], *, number: int, head: str = "THE HUNGARIAN REVOLUTION · DOCUMENTS", dpi: int = 300,
    family: str = "DejaVu Serif", point_size: float = 11.0,
) -> SamplePage:  # fmt: skip
    """An A4 page in grey at `dpi`: running head, the paragraphs, the page number."""
    width, height = round(210 / 25.4 * dpi), round(297 / 25.4 * dpi)
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    margin = round(22 / 25.4 * dpi)
    font = QFont(family)
    font.setPointSizeF(point_size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(QColor("black"))
    small = QFont(font)
    small.setPointSizeF(point_size * 0.85)
    painter.setFont(small)
    painter.drawText(QRectF(margin, margin * 0.6, width - 2 * margin, dpi * 0.3), Qt.AlignmentFlag.AlignHCenter, head)
    painter.setFont(font)
    metrics = QFontMetricsF(painter.font())
    step = metrics.lineSpacing() * 1.2
    indent = metrics.horizontalAdvance("MMM")
    y = margin + dpi * 0.4
    for paragraph in paragraphs:
        for index, line in enumerate(_lines(paragraph, metrics, width - 2 * margin, indent)):
            painter.drawText(QPointF(margin + (indent if index == 0 else 0), y + metrics.ascent()), line)
            y += step
        y += step * 0.6
    painter.setFont(small)
    painter.drawText(
        QRectF(margin, height - margin * 0.9, width - 2 * margin, dpi * 0.3), Qt.AlignmentFlag.AlignHCenter, str(number)
    )
    painter.end()
    return SamplePage(image, tuple(p.replace(SHY, "") for p in paragraphs))


def sample_pages(
    language: str, count: int = 1, *, per_page: int = 4, seed: int = 1956, dpi: int = 300
) -> list[SamplePage]:
    """`count` pages of English ('en') or Hungarian ('hu') text, each paragraph whole on its page."""
    pool = ENGLISH if language == "en" else HUNGARIAN
    rng = random.Random(seed)
    pages = []
    for number in range(1, count + 1):
        chosen = rng.sample(pool, per_page)
        pages.append(render_page(chosen, number=number, dpi=dpi))
    return pages


def save_png(page: SamplePage | QImage, path: Path) -> Path:
    image = page.image if isinstance(page, SamplePage) else page
    assert path.suffix == ".png"  # Qt takes the format from it
    assert image.save(str(path))
    return path


def save_pdf(images: list[QImage], path: Path, dpi: int = 300) -> Path:
    """An image-only PDF (no text layer), one page per image, stored in grey."""
    writer = QPdfWriter(str(path))
    writer.setResolution(dpi)
    writer.setColorModel(QPdfWriter.ColorModel.Grayscale)

    def layout_for(image: QImage) -> QPageLayout:
        size = QSizeF(image.width() / dpi * 25.4, image.height() / dpi * 25.4)
        page_size = QPageSize(size, QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
        return QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF())

    writer.setPageLayout(layout_for(images[0]))
    painter = QPainter(writer)
    for index, image in enumerate(images):
        if index:
            writer.setPageLayout(layout_for(image))
            writer.newPage()
        painter.drawImage(QRectF(0, 0, painter.device().width(), painter.device().height()), image)
    painter.end()
    return path


def save_text_pdf(paragraphs: list[str], path: Path) -> Path:
    """A PDF page with a real text layer (drawn as text, not as an image)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    font = QFont("DejaVu Serif")
    font.setPointSizeF(11)
    painter.setFont(font)
    rect = QRectF(200, 200, painter.device().width() - 400, painter.device().height() - 400)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), "\n\n".join(paragraphs))
    painter.end()
    return path


def rotated(image: QImage, degrees: float) -> QImage:
    """The page turned by `degrees` about its centre on a white ground, as a sheet laid askew on a scanner."""
    out = QImage(image.size(), QImage.Format.Format_Grayscale8)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(image.width() / 2, image.height() / 2)
    painter.rotate(degrees)
    painter.drawImage(QPointF(-image.width() / 2, -image.height() / 2), image)
    painter.end()
    return out


def scaled_to_dpi(image: QImage, dpi: int, source_dpi: int = 300) -> QImage:
    """The page as a lower-resolution scan or a small photo would have it."""
    factor = dpi / source_dpi
    return image.scaled(
        round(image.width() * factor), round(image.height() * factor), Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip


def photographed(image: QImage, seed: int = 7) -> QImage:
    """A page photographed in a reading room: light falling off to one side, a grey cast, grain."""
    rng = random.Random(seed)
    grain = QImage(256, 256, QImage.Format.Format_Grayscale8)
    grain.fill(QColor("white"))
    bits = memoryview(grain.bits())
    for y in range(256):
        line = bytes(rng.randint(150, 255) for _ in range(256))
        bits[y * grain.bytesPerLine() : y * grain.bytesPerLine() + 256] = line
    out = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(out)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    gradient = QLinearGradient(0, 0, out.width(), out.height() * 0.3)
    gradient.setColorAt(0, QColor(95, 95, 95))
    gradient.setColorAt(1, QColor(235, 235, 235))
    painter.fillRect(out.rect(), gradient)
    _tile(painter, out, grain)
    painter.end()
    return out.convertToFormat(QImage.Format.Format_Grayscale8)


def _tile(painter: QPainter, out: QImage, tile: QImage) -> None:
    for y in range(0, out.height(), tile.height()):
        for x in range(0, out.width(), tile.width()):
            painter.drawImage(x, y, tile)

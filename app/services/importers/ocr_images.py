"""Page images made ready for Tesseract, and made small for the library (Pillow; run in the OCR worker process).

What is done to a page was chosen by measuring (README, "Scans"): a page laid 3° askew was read 0–28%
right and 100% once turned straight, so pages are deskewed; a photographed page with light falling off to one
side was read 0% right with Tesseract's default (global Otsu) threshold and 99–100% with Sauvola's local one, so
a page whose light is uneven is read with Sauvola's (on clean pages both read 100% and Otsu is ~10% quicker);
a 100-dpi page is read 99.4% right and 100% after doubling it, so images under 150 dpi are enlarged.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter, ImageOps, ImageSequence

MAX_PIXELS = 80_000_000  # an A3 page at 600 dpi is 70 Mpx; anything larger is refused, not decoded
SMALL_DPI = 150  # below this a page is enlarged for reading
STORED_DPI = 200  # page images kept in the library: enough to read and zoom, 4/9 of 300 dpi's pixels
# WebP (which Qt reads) at quality 60: a full printed A4 page at 200 dpi is ~140 KB, where JPEG at the same
# quality is ~220 KB and looks no better.
STORED_QUALITY = 60
MAX_SKEW = 8.0  # degrees searched either way
MIN_SKEW = 0.25  # turned straight only when at least this much askew
ASSUMED_DPI = 300  # a page image that does not say its resolution, and is of a page's size at 300 dpi

Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow refuses larger images (a decompression bomb) before decoding them


class UnreadableImageError(Exception):
    """The image cannot be decoded; the message is one line."""


@dataclass(frozen=True)
class Prepared:
    image: Image.Image  # grey, upright, straight: what is read and what the boxes refer to
    dpi: int
    skew: float  # degrees it was turned by
    uneven: bool  # its light is uneven (a photograph): read with a local threshold


def frames(data: bytes) -> Iterator[tuple[Image.Image, int | None]]:
    """Each page of an image file (a TIFF may hold many) upright as its EXIF orientation says, with its dpi."""
    try:
        opened = Image.open(io.BytesIO(data))
        opened.load()
    except Image.DecompressionBombError as exc:
        raise UnreadableImageError("the image is too large to read (over 80 million pixels)") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableImageError("the image is damaged or in a format Parallax cannot read") from exc
    for frame in ImageSequence.Iterator(opened):
        resolution = frame.info.get("dpi")
        dpi = round(float(resolution[0])) if resolution and resolution[0] and resolution[0] > 1 else None
        upright = ImageOps.exif_transpose(frame.copy()) or frame.copy()
        yield upright, dpi


def frame_count(data: bytes) -> int:
    try:
        opened = Image.open(io.BytesIO(data))
        return int(getattr(opened, "n_frames", 1))
    except Image.DecompressionBombError as exc:
        raise UnreadableImageError("the image is too large to read (over 80 million pixels)") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise UnreadableImageError("the image is damaged or in a format Parallax cannot read") from exc


def _guess_dpi(image: Image.Image) -> int:
    """A page image without a stated resolution: as if its longer side were an A4 page's (297 mm)."""
    return max(50, round(max(image.size) / (297 / 25.4)))


def _ink(image: Image.Image, longest: int) -> Image.Image:
    """Dark marks against their own surroundings, white on black, the image made `longest` pixels long."""
    scale = longest / max(image.size)
    small = image.resize(
        (max(1, round(image.width * scale)), max(1, round(image.height * scale))), Image.Resampling.BILINEAR
    )
    background = small.filter(ImageFilter.GaussianBlur(max(4, longest // 60)))
    return ImageChops.subtract(background, small).point(lambda value: 255 if value > 28 else 0)


def _spread(ink: Image.Image, angle: float) -> float:
    """How sharply the rows of ink stand apart when the page is turned by `angle`: lines of text give the most."""
    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
    mean = sum(rows) / len(rows)
    return sum((row - mean) ** 2 for row in rows)


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines level: coarse on a small copy, then fine."""
    coarse = _ink(image, 450)
    if not coarse.getbbox():
        return 0.0
    best = max(
        (step / 2 for step in range(-2 * int(MAX_SKEW), 2 * int(MAX_SKEW) + 1)), key=lambda a: _spread(coarse, a)
    )
    fine = _ink(image, 900)
    return max((best + step / 10 for step in range(-6, 7)), key=lambda a: _spread(fine, a))


def _paper(image: Image.Image) -> int:
    """The commonest light grey of the page: its paper."""
    histogram = image.reduce(8).histogram()
    return max(range(128, 256), key=lambda value: histogram[value]) if sum(histogram[128:]) else 255


def uneven_light(image: Image.Image) -> bool:
    """Whether the paper's brightness varies across the page (a photograph) more than a scanner's does."""
    small = image.resize((60, max(1, round(60 * image.height / image.width))), Image.Resampling.BILINEAR)
    paper = sorted(small.filter(ImageFilter.MaxFilter(5)).tobytes())
    return paper[len(paper) * 19 // 20] - paper[len(paper) // 20] > 40


def prepare(image: Image.Image, dpi: int | None, *, deskew: bool = True) -> Prepared:
    """Grey, enlarged if small, turned straight if askew."""
    grey = image.convert("L") if image.mode != "L" else image
    # A resolution that makes the page smaller than a postcard or larger than a newspaper is a default (phones and
    # many programs write 72 dpi whatever the picture): the page's size is a better guide.
    plausible = dpi is not None and 4 <= max(grey.size) / dpi <= 25
    resolution = dpi if plausible and dpi else _guess_dpi(grey)
    if resolution < SMALL_DPI:
        factor = 2 if resolution * 2 >= SMALL_DPI else 3
        grey = grey.resize((grey.width * factor, grey.height * factor), Image.Resampling.LANCZOS)
        resolution *= factor
    angle = skew_angle(grey) if deskew else 0.0
    if abs(angle) >= MIN_SKEW:
        paper = _paper(grey)  # the corners the turn opens are filled with the paper's own grey, not an edge
        grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=paper)
    else:
        angle = 0.0
    uneven = image.mode != "1" and uneven_light(grey)  # a black-and-white scan has no light to be uneven
    return Prepared(grey, resolution, round(angle, 2), uneven)


def for_storage(image: Image.Image, dpi: int) -> tuple[bytes, str, int, int]:
    """The page as kept in the library: at most STORED_DPI, grey WebP. Returns bytes, media type, width, height."""
    grey = image.convert("L") if image.mode != "L" else image
    if dpi > STORED_DPI:
        scale = STORED_DPI / dpi
        grey = grey.resize(
            (max(1, round(grey.width * scale)), max(1, round(grey.height * scale))), Image.Resampling.LANCZOS
        )
    out = io.BytesIO()
    grey.save(out, "WEBP", quality=STORED_QUALITY, method=2)
    return out.getvalue(), "image/webp", grey.width, grey.height

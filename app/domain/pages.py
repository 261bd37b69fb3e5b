"""Pages of a scanned document: their images, the words read on them, and where each word is in the text."""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[int, int, int, int]  # left, top, right, bottom, in the pixels of the image the page was read from

DOUBTFUL_BELOW = 60.0  # Tesseract's word confidence (0–100) under which a word is marked for checking


@dataclass(frozen=True)
class OcrWord:
    """A word as Tesseract read it: its text, box and confidence, and the block, paragraph and line it is in
    (numbered on its page from 1). Words from a PDF's text layer have no box and no confidence."""

    text: str
    box: Box | None
    confidence: float | None
    block: int = 1
    par: int = 1
    line: int = 1


@dataclass(frozen=True)
class ReadPage:
    """One page as read at import: its words, and the image kept of it."""

    label: str
    width: int  # of the image the words' boxes refer to
    height: int
    words: tuple[OcrWord, ...]
    image: bytes = b""  # as stored (WebP); empty when no image is kept
    media_type: str = ""
    image_width: int = 0
    image_height: int = 0
    languages: str = ""  # Tesseract's codes, 'hun+eng'; '' for a page read from a text layer
    setting: str = "auto"

    @property
    def from_text_layer(self) -> bool:
        return not self.languages


@dataclass(frozen=True)
class Placement:
    """Where a word of a page is in the document's text: ¶`paragraph`, characters `start`–`end`."""

    page: int  # index of the page in the document (0-based)
    word: int  # index of the word on its page
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class PageInfo:
    """A page of a document, as the reader lists it."""

    number: int  # 1-based position in the document
    label: str  # as printed ('253'), or the position
    width: int
    height: int
    image_id: int | None
    image_width: int = 0
    image_height: int = 0
    languages: str = ""
    setting: str = "auto"
    word_count: int = 0
    mean_confidence: float | None = None
    image_bytes: int = 0


@dataclass(frozen=True)
class PageWord:
    """A word on a page with its place in the text (paragraph None: not in the text, as a running head)."""

    page: int  # the page's number (1-based)
    box: Box | None
    confidence: float | None
    text: str  # as read
    paragraph: int | None
    start: int
    end: int
    corrected: bool = False

    @property
    def doubtful(self) -> bool:
        return (
            self.confidence is not None
            and self.confidence < DOUBTFUL_BELOW
            and not self.corrected
            and self.paragraph is not None
        )


@dataclass(frozen=True)
class WordSpan:
    """Characters `start`–`end` of ¶`paragraph`."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class ScanText:
    """What a scan import adds to a document's paragraphs: its pages, and each placed word's place in the text."""

    pages: tuple[ReadPage, ...]
    placements: tuple[Placement, ...]

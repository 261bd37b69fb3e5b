"""Tesseract, found and called: its language data, the binding (tesserocr) or else its command line.

tesserocr calls Tesseract's library in this process (one model load for all pages, about 0.7x the command line's
time per page, measured in bench/ocr.py); where it is not installed (macOS has no wheel of it), the `tesseract`
program is run once per page instead. Both give words with their boxes, confidences and layout (block, paragraph,
line). Nothing here knows of Qt; pages are read by the worker process (ocr_worker.py).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Protocol

from app.domain.pages import OcrWord

# The languages offered in the import form: our code, Tesseract's, the name, the Debian package with its data.
LANGUAGES = {
    "en": ("eng", "English"),
    "hu": ("hun", "Hungarian"),
    "ru": ("rus", "Russian"),
    "de": ("deu", "German"),
    "fr": ("fra", "French"),
}
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",  # Debian 12, Ubuntu 22.04+
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",  # Fedora, Arch
    "/usr/local/share/tessdata",  # built from source, Homebrew on Intel
    "/opt/homebrew/share/tessdata",  # Homebrew on Apple silicon
    r"C:\Program Files\Tesseract-OCR\tessdata",  # the Windows installer
)
SETTINGS = ("auto", "single-column", "sparse")  # page segmentation: Tesseract's modes 3, 4 and 11
_PSM = {"auto": 3, "single-column": 4, "sparse": 11}
MIN_ORIENTATION_CONFIDENCE = 2.0  # Tesseract's own scale; upright pages measured 10–11, pages on their side 9–10


class OcrUnavailableError(Exception):
    """Tesseract or one of its languages is missing; the message says in one line how to install it."""


def tesseract_code(language: str) -> str:
    """'hu' → 'hun'; a Tesseract code ('hun', 'lat') is taken as it is."""
    code = language.strip().lower()
    return LANGUAGES[code][0] if code in LANGUAGES else code


def language_name(language: str) -> str:
    code = language.strip().lower()
    for ours, (tess, name) in LANGUAGES.items():
        if code in (ours, tess):
            return name
    return code


def _install_hint(codes: list[str]) -> str:
    packages = " ".join(f"tesseract-ocr-{code}" for code in codes)
    return f"on Debian or Ubuntu: sudo apt-get install tesseract-ocr {packages}"


def tessdata_candidates() -> list[Path]:
    """Where language data is looked for: TESSDATA_PREFIX alone when it is set (as Tesseract itself does)."""
    prefix = os.environ.get("TESSDATA_PREFIX")
    if prefix:
        return [Path(prefix)]
    return [Path(folder) for folder in TESSDATA_DIRS]


def installed_languages() -> list[str]:
    """Our codes (or Tesseract's, for others) of the languages whose data is installed, in the offered order."""
    found: set[str] = set()
    for folder in tessdata_candidates():
        try:
            found |= {path.stem for path in folder.glob("*.traineddata")}
        except OSError:
            continue
    ours = [code for code, (tess, _name) in LANGUAGES.items() if tess in found]
    others = sorted(found - {tess for tess, _name in LANGUAGES.values()} - {"osd", "equ"})
    return ours + others


def find_tessdata(codes: list[str]) -> Path:
    """The folder holding every language asked for, or OcrUnavailableError naming what to install."""
    folders = tessdata_candidates()
    for folder in folders:
        if all((folder / f"{code}.traineddata").is_file() for code in codes):
            return folder
    missing = [code for code in codes if not any((f / f"{code}.traineddata").is_file() for f in folders)]
    names = ", ".join(f"{language_name(code)} ({code}.traineddata)" for code in missing or codes)
    where = folders[0] if len(folders) == 1 else "the usual folders"
    raise OcrUnavailableError(
        f"reading scans needs Tesseract's language data for {names}, not found in {where}; {_install_hint(missing)}"
    )


class Engine(Protocol):
    name: str

    def recognise(self, image: Any, dpi: int) -> list[OcrWord]: ...  # a grey PIL image
    def set_threshold_method(self, method: int) -> None: ...  # Tesseract's: 0 Otsu, 2 Sauvola
    def turn_needed(self, image: Any, dpi: int) -> int: ...  # degrees to turn a page lying on its side or head
    def close(self) -> None: ...


class TesserocrEngine:
    """Tesseract's library in this process, the model loaded once."""

    name = "tesserocr"

    def __init__(self, codes: list[str], tessdata: Path, setting: str = "auto") -> None:
        import tesserocr

        self._tesserocr = tesserocr
        try:
            self._api = tesserocr.PyTessBaseAPI(path=str(tessdata), lang="+".join(codes), psm=_PSM[setting])
        except RuntimeError as exc:
            raise OcrUnavailableError(f"Tesseract could not load {'+'.join(codes)} from {tessdata}: {exc}") from exc
        self._tessdata = tessdata
        self._osd: Any = None

    def turn_needed(self, image: Any, dpi: int) -> int:
        """How far (degrees, counter-clockwise) to turn the page for its text to stand upright: Tesseract's
        orientation detection, where its data (osd.traineddata) is installed; 0 when unsure."""
        if self._osd is None:
            if not (self._tessdata / "osd.traineddata").is_file():
                return 0
            self._osd = self._tesserocr.PyTessBaseAPI(
                path=str(self._tessdata), lang="osd", psm=self._tesserocr.PSM.OSD_ONLY
            )
        self._osd.SetImage(image)
        self._osd.SetSourceResolution(dpi)
        found = self._osd.DetectOrientationScript()
        if not found or found.get("orient_conf", 0) < MIN_ORIENTATION_CONFIDENCE:
            return 0
        return int(found.get("orient_deg", 0)) % 360

    def set_threshold_method(self, method: int) -> None:
        self._api.SetVariable("thresholding_method", str(method))

    def recognise(self, image: Any, dpi: int) -> list[OcrWord]:
        level = self._tesserocr.RIL
        api = self._api
        api.SetImage(image)
        api.SetSourceResolution(dpi)
        api.Recognize()
        words: list[OcrWord] = []
        iterator = api.GetIterator()
        block = par = line = 0
        while iterator is not None:
            if iterator.IsAtBeginningOf(level.BLOCK):
                block += 1
            if iterator.IsAtBeginningOf(level.PARA):
                par += 1
            if iterator.IsAtBeginningOf(level.TEXTLINE):
                line += 1
            text = (iterator.GetUTF8Text(level.WORD) or "").strip()
            box = iterator.BoundingBox(level.WORD)
            if text and box is not None:
                words.append(OcrWord(text, tuple(box), round(iterator.Confidence(level.WORD), 1), block, par, line))
            if not iterator.Next(level.WORD):
                break
        return words

    def close(self) -> None:
        self._api.End()
        if self._osd is not None:
            self._osd.End()


class CliEngine:
    """The `tesseract` program, once per page (where the binding is not installed)."""

    name = "tesseract"

    def __init__(self, codes: list[str], tessdata: Path, setting: str = "auto") -> None:
        program = shutil.which("tesseract")
        if program is None:
            raise OcrUnavailableError(NOT_INSTALLED)
        self._command = [program, "-", "stdout", "--tessdata-dir", str(tessdata), "-l", "+".join(codes)]
        self._command += ["--psm", str(_PSM[setting])]
        self._threshold = 0

    def set_threshold_method(self, method: int) -> None:
        self._threshold = method

    def turn_needed(self, image: Any, dpi: int) -> int:
        return 0  # the program's orientation detection is not used: pages are read as they lie

    def recognise(self, image: Any, dpi: int) -> list[OcrWord]:
        with tempfile.TemporaryDirectory(prefix="parallax-ocr-") as folder:
            path = Path(folder) / "page.png"
            image.save(path, dpi=(dpi, dpi))
            command = [self._command[0], str(path), *self._command[2:], "--dpi", str(dpi)]
            command += ["-c", f"thresholding_method={self._threshold}", "tsv"]
            result = subprocess.run(  # noqa: S603  # our own command: the program found on PATH, our options
                command, capture_output=True, check=False, env={**os.environ, "OMP_THREAD_LIMIT": "1"}
            )
        if result.returncode != 0:
            raise OcrUnavailableError(f"tesseract stopped: {result.stderr.decode(errors='replace').strip()[:200]}")
        return parse_tsv(result.stdout.decode("utf-8", errors="replace"))

    def close(self) -> None:
        pass


NOT_INSTALLED = (
    "reading scans needs Tesseract: pip install tesserocr (or install the tesseract program) and its language data; "
    + _install_hint(["eng"])
)


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Tesseract's TSV output: rows of level 5 are words (block, paragraph and line numbers with them)."""
    words: list[OcrWord] = []
    lines: dict[tuple[int, int, int], int] = {}
    paragraphs: dict[tuple[int, int], int] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        block, par, line = int(row["block_num"]), int(row["par_num"]), int(row["line_num"])
        par_number = paragraphs.setdefault((block, par), len(paragraphs) + 1)
        line_number = lines.setdefault((block, par, line), len(lines) + 1)
        left, top = int(row["left"]), int(row["top"])
        box = (left, top, left + int(row["width"]), top + int(row["height"]))
        words.append(OcrWord(text, box, round(float(row["conf"]), 1), block, par_number, line_number))
    return words


def open_engine(codes: list[str], setting: str = "auto") -> Engine:
    """The binding if it is installed, else the command line; OcrUnavailableError if neither can run."""
    tessdata = find_tessdata(codes)
    if os.environ.get("PARALLAX_OCR_ENGINE") != "tesseract":
        try:
            return TesserocrEngine(codes, tessdata, setting)
        except ImportError:
            pass
    if shutil.which("tesseract") is None:
        raise OcrUnavailableError(NOT_INSTALLED)
    return CliEngine(codes, tessdata, setting)


def engine_available() -> bool:
    if shutil.which("tesseract"):
        return True
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return False
    return True

"""What a page paints besides its words: find matches, shared terms, differences and linked-paragraph tints."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum

from PySide6.QtGui import QColor, QTextCharFormat, QTextLayout

from app.domain.text.find import TextMatch
from app.ui.common.style import ReaderColors

NoteRange = tuple[int, int, str]  # start, end, the title of the note quoting it


class Mark(Enum):
    TERM = "term"
    ONLY_HERE = "only here"
    CHANGED = "changed"


def format_range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    format_range = QTextLayout.FormatRange()
    format_range.start = start
    format_range.length = length
    format_range.format = fmt
    return format_range


def selection_range(span: tuple[int, int], colors: ReaderColors) -> QTextLayout.FormatRange:
    """The selected characters `span` (start, end) of a block, drawn in the selection's colours."""
    fmt = QTextCharFormat()
    fmt.setBackground(colors.selection)
    fmt.setForeground(colors.selection_ink)
    return format_range(span[0], max(0, span[1] - span[0]), fmt)


def _by_block(matches: Iterable[TextMatch]) -> dict[int, list[TextMatch]]:
    grouped: dict[int, list[TextMatch]] = {}
    for match in matches:
        grouped.setdefault(match.block, []).append(match)
    return grouped


class Decorations:
    """Per-block overlays, looked up while painting only the blocks in view."""

    def __init__(self, changed: Callable[[], None]) -> None:
        self._changed = changed  # asks the page to repaint
        self.matches: list[TextMatch] = []
        self.current_match = -1
        self._matches_by_block: dict[int, list[TextMatch]] = {}
        self._terms_by_block: dict[int, list[TextMatch]] = {}
        self._diff_by_block: dict[int, list[tuple[int, int, Mark]]] = {}
        self.tinted: set[int] = set()
        self.notes: dict[int, list[NoteRange]] = {}

    def clear(self) -> None:
        """Forget everything (a new text is shown)."""
        self.set_matches([])
        self.current_match = -1
        self._terms_by_block, self._diff_by_block, self.tinted, self.notes = {}, {}, set(), {}
        self._changed()

    def set_matches(self, matches: list[TextMatch]) -> None:
        self.matches = matches
        self._matches_by_block = _by_block(matches)

    @property
    def terms(self) -> list[TextMatch]:
        """The occurrences marked as terms (a word double-clicked, a shared term, a search's words), block by block."""
        return [match for block in sorted(self._terms_by_block) for match in self._terms_by_block[block]]

    @property
    def differences(self) -> dict[int, list[tuple[int, int, Mark]]]:
        """The words coloured as changed or found only here, by block: {block: [(start, end, mark)]}."""
        return {block: list(ranges) for block, ranges in self._diff_by_block.items()}

    def set_terms(self, matches: list[TextMatch]) -> None:
        self._terms_by_block = _by_block(matches)
        self._changed()

    def set_differences(self, ranges: dict[int, list[tuple[int, int, Mark]]]) -> None:
        """Words to colour, by block: {block: [(start, end, mark)]}."""
        self._diff_by_block = ranges
        self._changed()

    def set_tinted(self, blocks: set[int]) -> None:
        if blocks != self.tinted:
            self.tinted = blocks
            self._changed()

    def set_notes(self, ranges: dict[int, list[NoteRange]]) -> None:
        """Passages that notes quote, by block: {block: [(start, end, note title)]}."""
        self.notes = ranges
        self._changed()

    def note_titles_at(self, index: int, char: int | None = None) -> list[str]:
        """The notes quoting block `index` (at character `char`, if given), each once."""
        found = (title for start, end, title in self.notes.get(index, ()) if char is None or start <= char < end)
        return list(dict.fromkeys(found))

    def formats_for(self, index: int, colors: ReaderColors) -> list[QTextLayout.FormatRange]:
        ranges: list[QTextLayout.FormatRange] = []
        dark_ink = QColor("#1f1d1a")
        for start, end, _title in self.notes.get(index, ()):
            fmt = QTextCharFormat()
            fmt.setBackground(colors.note)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(colors.note_mark)
            ranges.append(format_range(start, end - start, fmt))
        notes = self.notes.get(index, ())
        for start, end, mark in self._diff_by_block.get(index, ()):
            fmt = QTextCharFormat()
            fmt.setBackground(colors.only_here if mark is Mark.ONLY_HERE else colors.changed)
            ranges.append(format_range(start, end - start, fmt))
            for note_start, note_end, _title in notes:  # where both fall, the note shows as a solid underline
                low, high = max(start, note_start), min(end, note_end)
                if low < high:
                    both = QTextCharFormat(fmt)
                    both.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    both.setUnderlineColor(colors.note_mark)
                    ranges.append(format_range(low, high - low, both))
        for match in self._terms_by_block.get(index, ()):
            fmt = QTextCharFormat()
            fmt.setBackground(colors.term)
            fmt.setFontUnderline(True)
            ranges.append(format_range(match.start, match.end - match.start, fmt))
        current = self.matches[self.current_match] if 0 <= self.current_match < len(self.matches) else None
        for match in self._matches_by_block.get(index, ()):
            fmt = QTextCharFormat()
            fmt.setBackground(colors.current_match if match == current else colors.match)
            fmt.setForeground(dark_ink)  # dark ink on the yellow marker in either palette
            ranges.append(format_range(match.start, match.end - match.start, fmt))
        return ranges

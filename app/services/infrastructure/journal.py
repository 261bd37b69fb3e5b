"""A local journal of note text the library could not take just then (a shared library's server gone away, a
full disk): each note's latest text, on this computer's disk, until a save of it succeeds.

One small JSON file per note, written whole or not at all (and flushed to disk) in a folder of the user's data
folder named after the library. The window writes an entry whenever a save fails, saves it when the library
answers again, and on the next start saves whatever a closed or killed window left behind.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app import APP_NAME
from app.services.infrastructure.files import FileWriteError, write_atomically


@dataclass(frozen=True)
class JournalEntry:
    note_id: int
    title: str
    body: str
    tags: tuple[str, ...]
    date_edtf: str
    base_revision: int | None  # the revision the text was written over (a later one means a conflict)
    written_at: str  # ISO time, for the user
    base: tuple[str, str, tuple[str, ...], str] | None = None  # that revision's title, text, tags and date

    def same_text(self, other: JournalEntry) -> bool:
        return (self.title, self.body, self.tags, self.date_edtf) == (other.title, other.body, other.tags,
                                                                        other.date_edtf)  # fmt: skip


class NoteJournal:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def for_library(cls, library_key: str) -> NoteJournal:
        """The journal of the library known as `library_key` (its path, or its address without a password)."""
        from platformdirs import user_data_path

        digest = hashlib.sha256(library_key.encode("utf-8")).hexdigest()[:20]
        return cls(user_data_path(APP_NAME, appauthor=False) / "journal" / digest)

    def _file(self, note_id: int) -> Path:
        return self.folder / f"note-{int(note_id)}.json"

    def keep(self, entry: JournalEntry) -> bool:
        """Write `entry` (replacing the note's earlier one); False if even the local disk refused it."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(self._file(entry.note_id), json.dumps(asdict(entry), ensure_ascii=False).encode())
        except (OSError, FileWriteError):
            return False
        return True

    def entry(self, note_id: int) -> JournalEntry | None:
        try:
            data = json.loads(self._file(note_id).read_text(encoding="utf-8"))
            base = data.get("base")
            if base is not None:
                title, body, tags, date = base
                base = (str(title), str(body), tuple(tags), str(date))
            return JournalEntry(**{**data, "tags": tuple(data["tags"]), "base": base})
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def entries(self) -> list[JournalEntry]:
        """Every note's kept text, oldest note first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("note-*.json")):
            number = path.stem.removeprefix("note-")
            entry = self.entry(int(number)) if number.isdigit() else None
            if entry is not None:
                found.append(entry)
        return sorted(found, key=lambda entry: entry.note_id)

    def clear(self, note_id: int, saved: JournalEntry | None = None) -> None:
        """Forget a note's entry once its text is stored (unless a newer text was kept meanwhile)."""
        current = self.entry(note_id)
        if current is None or (saved is not None and not current.same_text(saved)):
            return
        try:
            self._file(note_id).unlink()
        except OSError:
            return

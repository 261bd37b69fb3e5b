"""What the window remembers between runs, kept in one QSettings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.ui.common.theme import Theme, parse_theme

MIN_ZOOM, MAX_ZOOM = -6, 12
DEFAULT_IMPORT_MB, MAX_IMPORT_MB = 50, 2000


def _to_int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


MAX_BACKUPS_KEPT = 100
MAX_RECENT_SHARED = 8
MAX_ID = 2**63 - 1  # SQLite's largest integer: anything larger in the file was not written by Parallax


def _ids(parts: list[str]) -> list[int]:
    return [int(part) for part in parts if part.strip().isdigit() and 1 <= int(part) <= MAX_ID]


class WindowSettings:
    """Typed access to the settings file; odd or missing values fall back to defaults."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def file_path(self) -> Path:
        """The file the settings are kept in (to see what is kept, and what is not)."""
        return Path(self._settings.fileName())

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @property
    def library_visible(self) -> bool:
        return str(self._settings.value("window/library_visible", "true")).lower() != "false"

    @property
    def give_way(self) -> bool:
        """Whether the panels fold away when documents are side by side (see app/ui/window/room.py)."""
        return str(self._settings.value("window/give_way", "true")).lower() != "false"

    @property
    def zoom(self) -> int:
        return max(MIN_ZOOM, min(MAX_ZOOM, _to_int(self._settings.value("reader/zoom", 0), 0)))

    @property
    def theme(self) -> Theme:
        return parse_theme(self._settings.value("reader/theme", Theme.LIGHT.value))

    @property
    def open_layout(self) -> list[list[int]]:
        """The documents open at the end of the last run: one list per tab, left to right."""
        raw = self._settings.value("session/tabs")
        if raw is None:  # written by a Parallax without side-by-side tabs: one document per tab
            raw = self._settings.value("session/open_documents", "") or ""  # "1,2,3" reads as three tabs
        tabs = [list(dict.fromkeys(_ids(tab.split("+")))) for tab in str(raw).split(",")]  # each once a tab
        return [tab for tab in tabs if tab]

    @property
    def places(self) -> str:
        """Where the reader was in each pane of each tab, and the panes' widths (app/ui/window/places.py)."""
        return str(self._settings.value("session/places", "") or "")

    @property
    def sync_scrolling(self) -> bool:
        return str(self._settings.value("compare/sync_scrolling", "true")).lower() != "false"

    @property
    def current_document(self) -> int | None:
        value = _to_int(self._settings.value("session/current_document", -1), -1)
        return value if value >= 0 else None

    @property
    def language(self) -> str | None:
        """The language chosen in the Language menu; None: the system's (the command line reads this key too:
        catalogs.LANGUAGE_KEY)."""
        value = self._settings.value("interface/language")
        return value if isinstance(value, str) and value else None

    def set_language(self, language: str) -> None:
        self._settings.setValue("interface/language", language)
        self._settings.sync()  # the command line reads the file at its next start

    @property
    def import_limit_mb(self) -> int:
        return max(1, min(MAX_IMPORT_MB, _to_int(self._settings.value("import/limit_mb", DEFAULT_IMPORT_MB), 50)))

    def set_import_limit_mb(self, megabytes: int) -> None:
        self._settings.setValue("import/limit_mb", max(1, min(MAX_IMPORT_MB, megabytes)))
        self._settings.sync()

    @property
    def parallax_numbers(self) -> bool:
        """Whether citations give Parallax's ¶ numbers as well ('¶17 in Parallax'); off unless asked for."""
        return str(self._settings.value("export/parallax_numbers", "false")).lower() == "true"

    def set_parallax_numbers(self, on: bool) -> None:
        self._settings.setValue("export/parallax_numbers", "true" if on else "false")
        self._settings.sync()

    @property
    def backups_kept(self) -> int:
        from app.services.safety import DEFAULT_KEEP  # not loaded for the first page: asked only once it is up

        return max(1, min(MAX_BACKUPS_KEPT, _to_int(self._settings.value("backup/kept", DEFAULT_KEEP), DEFAULT_KEEP)))

    @property
    def recent_shared(self) -> list[str]:
        """Shared libraries opened lately, newest first: their addresses without passwords."""
        raw = self._settings.value("shared/recent", "")
        return [line for line in str(raw or "").split("\n") if line.strip()][:MAX_RECENT_SHARED]

    def remember_shared(self, address: str) -> None:
        """Put `address` (which must carry no password) first among the recent shared libraries."""
        recent = [address, *(known for known in self.recent_shared if known != address)]
        self._settings.setValue("shared/recent", "\n".join(recent[:MAX_RECENT_SHARED]))
        self._settings.sync()

    def set_backups_kept(self, count: int) -> None:
        self._settings.setValue("backup/kept", max(1, min(MAX_BACKUPS_KEPT, count)))
        self._settings.sync()

    def save(
        self,
        *,
        geometry: QByteArray,
        window_state: QByteArray,
        splitter: QByteArray,
        library_visible: bool,
        give_way: bool = True,
        zoom: int,
        theme: Theme,
        open_layout: list[list[int]],
        current_document: int | None,
        sync_scrolling: bool,
        places: str = "",
    ) -> None:
        values = {
            "window/geometry": geometry,
            "window/state": window_state,
            "window/splitter": splitter,
            "window/library_visible": "true" if library_visible else "false",
            "window/give_way": "true" if give_way else "false",
            "reader/zoom": zoom,
            "reader/theme": theme.value,
            "session/tabs": ",".join("+".join(str(i) for i in tab) for tab in open_layout),
            "compare/sync_scrolling": "true" if sync_scrolling else "false",
            "session/current_document": -1 if current_document is None else current_document,
            "session/places": places,
        }
        for key, value in values.items():
            self._settings.setValue(key, value)
        self._settings.sync()

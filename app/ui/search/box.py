"""SearchBox: where a search of everything is typed; part of the window's frame, up before the library is open."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.ui.common.accessibility import describe_field

QUERY_HELP = (
    "Search every document and note (Ctrl+K). Accents and case do not matter.\n"
    '  Warsaw Treaty — both words      "Soviet troops" — this phrase\n'
    "  -Suez — without this word        neutrality OR neutral — either\n"
    "  negotia* — words beginning so\n"
    "  issuer:Nagy  kind:telegram  language:hu  tag:Budapest  date:1956-10-23..1956-11-04\n"
    "Enter opens the first hit; F8 and Shift+F8 go to the next and previous one."
)


class SearchBox(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SearchBox")
        self.setPlaceholderText("Search everything (Ctrl+K)")
        self.setToolTip(QUERY_HELP)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.setMaximumWidth(640)
        describe_field(
            self, "Search everything", "Searches every document and note as you type; Enter opens the first hit."
        )

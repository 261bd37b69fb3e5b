"""Menu actions with their shortcuts, made one way everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

Shortcut = QKeySequence.StandardKey | str


def add_action(
    owner: QWidget,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    *shortcuts: Shortcut,
    role: QAction.MenuRole | None = None,
) -> QAction:
    """An action in `menu` whose shortcuts work from anywhere in `owner`, even with the menu bar hidden."""
    action = QAction(text, owner)
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, str):
            sequences.append(QKeySequence(shortcut))
        else:
            sequences.extend(QKeySequence.keyBindings(shortcut))
    if sequences:
        action.setShortcuts(sequences)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({sequences[0].toString()})")
    if role is not None:
        action.setMenuRole(role)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    owner.addAction(action)
    return action

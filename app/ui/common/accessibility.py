"""Names and descriptions for assistive technology: what a screen reader says for a control.

Every field, list, table, view and button that shows only a symbol gets a name (what it is) and a description
(what it does, or how to use it), written as whole sentences so that they can be translated as they stand."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLineEdit, QTabBar, QToolButton, QWidget

W = TypeVar("W", bound=QWidget)

CLEAR_NAME = "Clear"
CLEAR_DESCRIPTION = "Empties this field."
CLOSE_TAB_NAME = "Close tab"
CLOSE_TAB_DESCRIPTION = "Closes this tab and the documents shown in it (Ctrl+W closes the pane being read)."
SCROLL_TABS_DESCRIPTION = "Shows the tabs that do not fit."


def describe(widget: W, name: str, description: str) -> W:
    """`widget`, named and described for assistive technology."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def describe_field(field: QLineEdit, name: str, description: str) -> QLineEdit:
    """A line field, and the clear button Qt puts inside it when it has one."""
    describe(field, name, description)
    name_clear_button(field)
    return field


def name_clear_button(field: QLineEdit) -> None:
    for button in field.findChildren(QToolButton):
        describe(button, CLEAR_NAME, CLEAR_DESCRIPTION)


def name_tab_buttons(tab_bar: QTabBar) -> None:
    """The buttons Qt makes in a tab bar: each tab's close button, and the arrows shown when tabs do not fit."""
    for index in range(tab_bar.count()):
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            button = tab_bar.tabButton(index, side)
            if button is not None:
                describe(button, CLOSE_TAB_NAME, CLOSE_TAB_DESCRIPTION)
    for button in tab_bar.findChildren(QToolButton):
        if button.objectName().startswith("Scroll"):  # Qt names them "Scroll Left", "Scroll Right"
            button.setAccessibleDescription(SCROLL_TABS_DESCRIPTION)

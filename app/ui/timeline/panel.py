"""The timeline dock's panel: the zoom and lane controls above the strip, the selection's details and buttons below."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QSlider, QToolButton, QVBoxLayout, QWidget

from app.domain.i18n import translate
from app.domain.timeline import Lane
from app.ui.common.accessibility import describe
from app.ui.common.read_only import writes
from app.ui.timeline.view import TimelineView

SLIDER_STEPS = 1000


MIN_WIDTH = 400  # what its controls take, styled


class PanelActions(Protocol):
    """What the panel's controls ask of the controller."""

    def on_slider(self, value: int) -> None: ...
    def apply_lanes(self) -> None: ...
    def on_show_hidden(self, shown: bool) -> None: ...
    def add_event(self) -> Any: ...
    def zoom_to_range(self) -> None: ...
    def clear_range(self) -> None: ...
    def on_link(self, link: str) -> None: ...
    def open_selected(self) -> None: ...
    def edit_selected(self) -> None: ...
    def toggle_hidden(self) -> None: ...
    def delete(self) -> None: ...


class TimelinePanel(QWidget):
    """Lays out the strip with its controls; every control calls the controller through `actions`."""

    def __init__(self, view: TimelineView, actions: PanelActions) -> None:
        super().__init__()
        self.view, self._actions = view, actions
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._build_details())
        # Its width never decides the window's: while the window is being put together its controls can ask for
        # more room than they will take once styled, and a restored window would grow to give it.
        self.setMinimumWidth(MIN_WIDTH)

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.zoom_out = self._button(
            "−", translate("Timeline", "Zoom out (−, Ctrl+wheel)"), lambda: self.view.zoom(1 / 1.25)
        )
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("TimelineZoom")
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setMaximumWidth(180)
        self.slider.setToolTip(translate("Timeline", "Zoom from the two months down to hours"))
        describe(self.slider, "Timeline zoom", self.slider.toolTip())
        self.slider.valueChanged.connect(self._actions.on_slider)
        self.zoom_in = self._button("+", translate("Timeline", "Zoom in (+, Ctrl+wheel)"), lambda: self.view.zoom(1.25))
        for button, name in ((self.zoom_out, "Zoom out"), (self.zoom_in, "Zoom in")):
            button.setFixedWidth(32)
            describe(button, name, button.toolTip())
        self.fit_button = self._button(
            translate("Timeline", "Fit"), translate("Timeline", "Show the whole period (0 or Home)"), self.view.fit
        )
        self.lanes_button = QToolButton()
        self.lanes_button.setText(translate("Timeline", "Lanes"))
        self.lanes_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lanes_menu = QMenu(self.lanes_button)
        self.lane_actions: dict[Lane, QAction] = {}
        for lane in self.view.visible_lanes():
            action = self.lanes_menu.addAction(lane.heading)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._actions.apply_lanes)
            self.lane_actions[lane] = action
        self.lanes_menu.addSeparator()
        self.hidden_action = self.lanes_menu.addAction(translate("Timeline", "Show Hidden Events"))
        self.hidden_action.setCheckable(True)
        self.hidden_action.toggled.connect(self._actions.on_show_hidden)
        self.lanes_button.setMenu(self.lanes_menu)
        self.add_button = writes(
            self._button(
                translate("Timeline", "Add Event…"),
                translate("Timeline", "Add an event of your own (Ctrl+Alt+E)"),
                self._actions.add_event,
            )
        )
        self.range_label = QLabel()
        self.range_label.setObjectName("TimelineRange")
        self.zoom_range_button = self._button(
            translate("Timeline", "Zoom to Range"),
            translate("Timeline", "Fit the picked dates across the strip"),
            self._actions.zoom_to_range,
        )
        self.clear_button = self._button(
            translate("Timeline", "Clear Range"),
            translate("Timeline", "Show every date again (Esc in the timeline)"),
            self._actions.clear_range,
        )
        for widget in (self.zoom_out, self.slider, self.zoom_in, self.fit_button, self.lanes_button, self.add_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.range_label)
        bar.addWidget(self.zoom_range_button)
        bar.addWidget(self.clear_button)
        return bar

    def _build_details(self) -> QHBoxLayout:
        self.details = QLabel(
            translate("Timeline", "Click an item for its details; drag along the ruler to pick dates.")
        )
        self.details.setObjectName("TimelineDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.linkActivated.connect(self._actions.on_link)
        self.open_button = self._button(
            translate("Timeline", "Open"),
            translate("Timeline", "Open the document or note (double-click)"),
            self._actions.open_selected,
        )
        self.edit_button = self._button(
            translate("Timeline", "Edit…"),
            translate("Timeline", "Edit the event (double-click)"),
            self._actions.edit_selected,
        )
        self.hide_button = self._button(
            translate("Timeline", "Hide"),
            translate("Timeline", "Hide this bundled event (it can be shown again)"),
            self._actions.toggle_hidden,
        )
        self.delete_button = self._button(
            translate("Timeline", "Delete"),
            translate("Timeline", "Delete this event of yours (Delete; Ctrl+Z brings it back)"),
            self._actions.delete,
        )
        details = QHBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.details, 1)
        for button in (self.open_button, self.edit_button, self.hide_button, self.delete_button):
            details.addWidget(button)
        return details

    @staticmethod
    def _button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

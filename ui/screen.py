"""Sizes that fit the desk PC's screen (issue 13): 1366×768 is the usual one, 1024×768 the
smallest. A window or dialog asks for its preferred size and gets no more than the screen
has free."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

SMALLEST = (1024, 768)
TASKBAR_AND_TITLE = 70  # what a desktop keeps of the screen's height for itself


def fit(widget: QWidget, width: int, height: int) -> None:
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width())
        height = min(height, free.height() - 30)  # the title bar
    widget.resize(max(width, widget.minimumSizeHint().width()), max(height, 200))

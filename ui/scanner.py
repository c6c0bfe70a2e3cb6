"""The scanner wins (issue 13). A USB scanner types a code as a burst of keystrokes and ends with
Enter. Whatever field has focus, a burst that ends in Enter and reads as one of our codes goes
to the scan field's handler, and the field it landed in gets its text back. Keys typed on a box,
a list or a button (not a text field) go into the scan field, so nothing is lost."""

from __future__ import annotations

import re

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from desk_app.services.codes import normalise_scan

# what our scanner reads: a slip's visit code, a booking code, a portal booking number
CODE_RE = re.compile(r"^(V\d{6}-[2-9A-HJ-NP-Z]{5}|B[2-9A-HJ-NP-Z]{7}|R\d{13})$")
BURST_MS = 35  # a scanner types a key every few ms; a person, rarely faster than 60 ms
TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def is_code(text: str) -> bool:
    return bool(CODE_RE.match(normalise_scan(text)))


class ScanCatcher(QObject):
    scanned = Signal(str)

    def __init__(self, window: QWidget, field: QLineEdit) -> None:
        super().__init__(window)
        self.window = window
        self.field = field
        self.clock = QElapsedTimer()
        self.clock.start()
        self.buffer = ""
        self.last = -(10**9)
        self.target: QWidget | None = None
        self.snapshot: tuple[str, int] | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if obj is not focus or focus is None or focus is self.field or focus.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        now = self.clock.elapsed()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code, target, snapshot = self.buffer, self.target, self.snapshot
            self.buffer, self.target = "", None
            if code and target is focus and now - self.last <= BURST_MS and is_code(code):
                if isinstance(target, QLineEdit) and snapshot is not None:
                    target.setText(snapshot[0])  # the field gets its own text back
                    target.setCursorPosition(snapshot[1])
                self.scanned.emit(normalise_scan(code))
                return True  # the Enter is the scanner's: it pays nothing, submits nothing
            return False
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            return False
        if not isinstance(focus, TEXT_INPUTS):
            if text == " ":
                return False  # space ticks a box or presses a button, as it should
            # a box, a list or a button would swallow the characters: they go to the scan field
            self.buffer, self.target = "", None
            self.field.setFocus()
            self.field.insert(text)
            return True
        if now - self.last > BURST_MS or focus is not self.target:
            self.buffer = ""
            self.target = focus
            self.snapshot = (focus.text(), focus.cursorPosition()) if isinstance(focus, QLineEdit) else None
        self.buffer += text
        self.last = now
        return False

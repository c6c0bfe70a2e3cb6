"""The floor for cold start: a bare PySide6 window, shown, then the event loop left at once."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())

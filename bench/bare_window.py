"""The floor for cold start: a bare PySide6 window, shown, then the event loop left at once.
With DESK_APP_TIMING set it notes when the window was on screen, as the desk does."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
app.processEvents()
if os.environ.get("DESK_APP_TIMING"):
    with open(os.environ["DESK_APP_TIMING"], "a", encoding="utf-8") as f:
        f.write(f"first_window {time.time():.6f}\n")
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())

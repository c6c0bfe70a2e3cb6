"""The first window (issue 13): up within a blink of a bare Qt window, before the database,
the profile and the rules are loaded, so the staff see the desk is starting. Imports only Qt
and the path helper."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel

from desk_app.paths import resources_dir

_splash: QLabel | None = None


def note_time(what: str) -> None:
    """For bench/run_all.py: when the first window and the board were on screen."""
    path = os.environ.get("DESK_APP_TIMING")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"{what} {time.time():.6f}\n")


def _skip_feature_scan() -> None:
    """PySide6 reads the source of every module imported after it, looking for
    ``from __feature__ import`` (snake_case, true_property). The desk uses no such feature;
    marking modules as not using it saves about 0.25 s of start-up here (measured with the
    rules, the store and SQLAlchemy imported after the first window). Guarded: if PySide
    changes, nothing breaks, the start is only slower."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: False


def show_splash() -> None:
    global _splash
    app = QApplication.instance() or QApplication(sys.argv[:1])
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "NanumSquareB.ttf"))
    family = QFontDatabase.applicationFontFamilies(font_id)[0] if font_id >= 0 else ""
    label = QLabel(app.translate("splash", "서울형 키즈카페 안내데스크\n\n여는 중입니다…"))
    label.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = QFont(family)
    font.setPointSize(16)
    label.setFont(font)
    label.setStyleSheet("background: #e8f5e9; color: #1b5e20; padding: 40px; border: 2px solid #1b5e20;")
    label.resize(460, 200)
    label.show()
    app.processEvents()
    note_time("first_window")
    _splash = label
    _skip_feature_scan()


def close_splash() -> None:
    global _splash
    if _splash is not None:
        _splash.close()
        _splash.deleteLater()
        _splash = None

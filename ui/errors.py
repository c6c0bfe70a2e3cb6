"""The one place that turns errors into what the staff see (STYLE rule 6): an expected refusal
is a calm message, a fatal start-up error a dialog and a clean exit, an unexpected exception a
crash dialog that says where the log is."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk_app.domain.errors import BadInput, DeskError, NotAdmissible

log = logging.getLogger(__name__)
_qtlog = logging.getLogger("qt")


def message_for(error: BaseException) -> str:
    """Korean text for an expected error. The domain already speaks Korean; this adds the kind."""
    if isinstance(error, NotAdmissible):
        return error.message
    if isinstance(error, BadInput):
        return f"입력을 확인하세요 — {error.message}"
    if isinstance(error, DeskError):
        return error.message
    return f"예상하지 못한 오류입니다: {type(error).__name__}"


def fatal(parent: QWidget | None, title: str, text: str) -> None:
    """A start-up error: logged, written to stderr, and shown in a dialog (not in a smoke run,
    where nobody is there to press 확인)."""
    log.error("%s: %s", title, text)
    sys.stderr.write(f"{title}: {text}\n")
    if not os.environ.get("DESK_APP_SMOKE"):
        QMessageBox.critical(parent, title, text)


def install_excepthook(log_path: str) -> None:
    """An exception in a slot must not leave the app hanging (STACK-NOTES): log it, show the
    crash dialog with the log's place, and quit."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled exception\n%s", "".join(traceback.format_exception(kind, value, tb)))
        app = QApplication.instance()
        if app is not None:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("errors", "프로그램 오류"),
                QCoreApplication.translate(
                    "errors",
                    "예상하지 못한 오류로 프로그램을 닫습니다.\n"
                    "결제와 기록은 저장되어 있습니다. 다시 실행하면 재인쇄할 수 있습니다.\n\n"
                    "로그 파일: {path}",
                ).format(path=log_path),
            )
            app.exit(1)
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook


def route_qt_messages() -> None:
    """Qt's own warnings go into our log (after qutebrowser's qtlog)."""
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: object, text: str) -> None:
        _qtlog.log(levels.get(kind, logging.WARNING), "%s", text)

    qInstallMessageHandler(handler)

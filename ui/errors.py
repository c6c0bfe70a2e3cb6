"""The one place that turns errors into what the staff see (STYLE rule 6): an expected refusal
is a calm message, a fatal start-up error a dialog and a clean exit, an unexpected exception a
crash dialog that says where the log is."""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk_app.domain.errors import BadInput, DeskError
from desk_app.domain.messages import msg

log = logging.getLogger(__name__)
_qtlog = logging.getLogger("qt")


_PERSON = re.compile(r"people\[(\d+)\](?:\.[a-z_]+)?:\s*")
_RULE_PREFIX = re.compile(r"^(?:[A-Z]{2,4}-\d+:\s*)+")
_RULE_NOTE = re.compile(r"\s*\((?:[A-Z]{2,4}-\d+(?:,\s*)?)+\)")
_FIELD = {"people": msg("인원"), "key": msg("결제 키")}


def staff_words(text: str, names: Sequence[str | None] = ()) -> str:
    """What the staff read: the person by name ("서준: …", not "people[0]: …") and no rule IDs,
    which stay in the log, the CLI and the journal (issue 13)."""

    def person(m: re.Match[str]) -> str:
        i = int(m.group(1))
        name = names[i] if i < len(names) else None
        return f"{name}: " if name else QCoreApplication.translate("errors", "{0}번째 사람: ").format(i + 1)

    text = _RULE_PREFIX.sub("", text)
    text = _PERSON.sub(person, text)
    return _RULE_NOTE.sub("", text)


def message_for(error: BaseException, names: Sequence[str | None] = ()) -> str:
    """An expected error in the staff's words and language. The rule ID goes to the log."""
    from ui.words import say

    if isinstance(error, DeskError) and getattr(error, "rule", None):
        log.info("refused by %s: %s", getattr(error, "rule", ""), error.message)
    if isinstance(error, BadInput):
        field = str(error.field)
        if field.startswith("people["):
            text = f"{field}: {say(error.detail)}"
        elif field:
            text = f"{say(_FIELD.get(field, error.field))}: {say(error.detail)}"
        else:
            text = say(error.detail)
        return QCoreApplication.translate("errors", "입력을 확인하세요 — {0}").format(staff_words(text, names))
    if isinstance(error, DeskError):
        return staff_words(say(getattr(error, "detail", error.message)), names)
    return QCoreApplication.translate("errors", "예상하지 못한 오류입니다: {0}").format(type(error).__name__)


def fatal(parent: QWidget | None, title: str, text: str) -> None:
    """A start-up error: logged, written to stderr, and shown in a dialog (not in a smoke run,
    where nobody is there to press 확인)."""
    from ui.splash import close_splash

    close_splash()
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

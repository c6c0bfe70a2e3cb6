"""One small helper for work off the event loop (STYLE rule 7, after Anki's QueryOp): the
function runs on a pool thread; success or failure comes back on the GUI thread."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as e:  # noqa: BLE001 - handed to the failure callback
            self.relay.failed.emit(e)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()


def run_op(fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]) -> None:
    relay = _Relay()
    if not _live:
        # Python's cyclic collector runs in whichever thread allocates when it is due. Run in
        # a pool thread it may free Qt widgets left in cycles, off the GUI thread: a segfault
        # (seen in the tests). While a job runs, the collector waits; the GUI thread turns it
        # back on when the last job has handed back its result.
        gc.disable()
    _live.add(relay)

    def _finished() -> None:
        _live.discard(relay)
        if not _live:
            gc.enable()

    def finish_ok(result: Any) -> None:
        _finished()
        on_done(result)

    def finish_err(error: BaseException) -> None:
        _finished()
        on_failed(error)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_err)
    QThreadPool.globalInstance().start(_Job(fn, relay))


def pending_ops() -> int:
    return len(_live)


def wait_for_workers(ms: int = 5000) -> bool:
    """At exit: let running jobs finish before Python shuts down under them."""
    return bool(QThreadPool.globalInstance().waitForDone(ms))


def shut_down_widgets() -> None:
    """Close and delete every top-level window while the QApplication still exists: left to
    the interpreter's exit, PySide may destroy them after it (a known cause of exit crashes)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    wait_for_workers()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()

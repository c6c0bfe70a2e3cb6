"""Killed between payment and print (CHK-3, never negotiable #1): after restart the visit is
paid, nothing is doubled, and the desk offers the reprint."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desk_app.db.models import Payment, Visit
from desk_app.db.store import open_store
from desk_app.services.clock import FixedClock
from desk_app.services.context import DeskContext
from desk_app.services.documents import DocumentService
from tests.conftest import DAY, ROOT, adult, book, kid

KILLER = textwrap.dedent("""
    import dataclasses, datetime as dt, os, signal, sys
    from pathlib import Path
    from desk_app.config import load_profile
    from desk_app.db.store import open_store
    from desk_app.services.checkin import CheckinService, PaymentIn
    from desk_app.services.clock import FixedClock
    from desk_app.services.context import DeskContext
    db = Path(sys.argv[1])
    store = open_store(f"sqlite:///{db}", db)
    ctx = DeskContext(store, load_profile(), FixedClock(dt.datetime(2025, 6, 11, 10, 5)))
    svc = CheckinService(ctx)
    req = dataclasses.replace(svc.request_for(sys.argv[2]), residency_doc="resident_card")
    svc.pay(req, PaymentIn("card", approval_no="12345678"), "crash-key", None)
    os.kill(os.getpid(), signal.SIGKILL)  # the power goes before anything prints
""")


def test_killed_after_payment_before_printing(qtbot, tmp_path, ctx, manager, profile):
    code = book(ctx, kid(), adult())
    db = ctx.store.sqlite_path
    p = subprocess.run(
        [sys.executable, "-c", KILLER, str(db), code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )
    assert p.returncode == -9, p.stderr

    store = open_store(f"sqlite:///{db}", db)  # the restart
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        ctx2 = DeskContext(store, profile, FixedClock(dt.datetime.combine(DAY, dt.time(10, 20))))
        with store.uow() as uow:
            assert uow.session.scalar(select(func.count(Payment.id))) == 1
            visit = uow.session.scalars(select(Visit)).one()
            assert visit.status == "paid"
            visit_code = visit.code
        docs = DocumentService(ctx2, tmp_path / "printed")
        assert {d for _, d in docs.unprinted(DAY)} == {"slip", "receipt"}

        from desk_app.bootstrap import desk_for
        from ui.main_window import MainWindow

        w = MainWindow(desk_for(ctx2.store, ctx2.profile, ctx2.clock), manager, docs=docs)
        qtbot.addWidget(w)
        assert "인쇄되지 않은" in w.message.text() and visit_code in w.message.text()
        assert w.today.item(0, 6).text() == "인쇄 대기"
        qtbot.mouseClick(w.today.cellWidget(0, 7), Qt.MouseButton.LeftButton)  # 재발행
        from tests.ui.test_desk import accept_preview

        accept_preview(qtbot, w)
        qtbot.waitUntil(lambda: "입장권: PDF로 저장" in w.print_state.text(), timeout=10_000)
        assert docs.unprinted(DAY) == []
        with store.uow() as uow:
            assert uow.session.scalar(select(func.count(Payment.id))) == 1
    finally:
        store.close()

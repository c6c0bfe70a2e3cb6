"""Make PNG screenshots of every screen into docs/screenshots/ (run: python scripts/screenshots.py).

Uses a demo database on a fixed weekday with the clock inside session 1, offscreen Qt, the
bundled font, and the real widgets and services."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DESK_APP_HOME", tempfile.mkdtemp(prefix="desk-shots-"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desk_app.config import load_profile  # noqa: E402
from desk_app.db.store import open_store  # noqa: E402
from desk_app.services.clock import FixedClock  # noqa: E402
from desk_app.services.context import DeskContext  # noqa: E402
from desk_app.services.demo import demo_staff, fill  # noqa: E402
from ui.app import make_app  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
DAY = dt.date(2025, 6, 11)


def shot(widget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_app()
    home = Path(os.environ["DESK_APP_HOME"])
    db = home / "shots.sqlite3"
    store = open_store(f"sqlite:///{db}", db)
    profile = load_profile()
    clock = FixedClock(dt.datetime.combine(DAY, dt.time(9, 0)))
    ctx = DeskContext(store, profile, clock)
    fill(ctx, DAY, play=False)
    staff = demo_staff(ctx)
    clock.set(dt.datetime.combine(DAY, dt.time(10, 12)))
    from desk_app.bootstrap import desk_for

    w = MainWindow(desk_for(ctx.store, ctx.profile, ctx.clock), staff)
    w.resize(1366, 820)
    w.show()
    shot(w, "01-board")

    w.scan.setText(w.desk.board.board().sessions and _some_phone_digits(ctx))
    w.on_scan()
    shot(w, "02-search-results")

    code = _booking_with_children(ctx, 2)
    w.scan.setText(code)
    w.on_scan()
    p = w.panel
    p.residency.setCurrentIndex(2)
    p.rows[0].reduction.setCurrentIndex(p.rows[0].reduction.findData("multi_child"))
    p.kt.setChecked(True)
    shot(w, "03-checkin-no-proof")
    p.rows[0].proof.setChecked(True)
    shot(w, "04-checkin-exempt")

    p.rows[0].proof.setChecked(False)
    p.rows[0].reduction.setCurrentIndex(0)
    p.pay_detail.setText("30012345")
    p.pay()
    _wait(
        app,
        lambda: (
            w.stack.currentWidget() is w.done_page
            and "인쇄" in w.print_state.text()
            and "준비" not in w.print_state.text()
        ),
    )
    shot(w, "05-paid-and-printed")

    w.tabs.setCurrentIndex(1)
    shot(w, "06-today-list")
    w.tabs.setCurrentIndex(0)
    w.back_to_scan()
    w.scan.setText(w.last_paid.visit_code)
    w.on_scan()
    shot(w, "07-reentry")

    clock.set(dt.datetime.combine(DAY, dt.time(10, 40)))
    w.refresh()
    w.start_walkin(1)
    shot(w, "08-walkin")

    from ui.booking_dialogs import ClosureDialog, GroupDialog, ImportDialog, NoShowDialog

    d = ImportDialog(ctx, staff, str(ROOT / "resources" / "samples" / "portal_export_sample.csv"))
    d.show()
    d.preview()
    _wait(app, lambda: "미리 보기" in d.result.text() or "잘못된" in d.result.text())
    shot(d, "10-import-preview")
    g = GroupDialog(ctx, staff)
    g.show()
    g.organisation.insert("해님어린이집")
    g.contact.insert("박선생")
    g.phone.setText("02-123-4567")
    g.by_year[4].setValue(8)
    g.by_year[5].setValue(6)
    g.teachers.setValue(1)
    g.book()
    shot(g, "11-group-booking")
    clock.set(dt.datetime.combine(DAY, dt.time(12, 5)))
    n = NoShowDialog(ctx, staff)
    n.show()
    n.sweep()
    shot(n, "12-no-shows")
    c = ClosureDialog(ctx, staff)
    c.show()
    c.session.setCurrentIndex(3)
    c.reason.insert("종사자 교육")
    c.block()
    shot(c, "13-closure")

    from ui.closeout_dialog import CloseoutDialog

    clock.set(dt.datetime.combine(DAY, dt.time(17, 45)))
    co = CloseoutDialog(ctx, staff)
    co.show()
    shot(co, "14-closeout-open")
    co.terminal.setText(f"{co.report.card_net + 1000:,}")
    co.close_day()
    shot(co, "15-closeout-closed")
    from ui.workers import shut_down_widgets

    shut_down_widgets()
    store.close()


def _some_phone_digits(ctx) -> str:
    with ctx.store.uow() as uow:
        b = uow.bookings.on_session(DAY, 1)[1]
        return b.booker.phone[-4:]


def _booking_with_children(ctx, n: int) -> str:
    with ctx.store.uow() as uow:
        for b in uow.bookings.on_session(DAY, 1):
            if (
                b.kind == "individual"
                and sum(p.role == "child" for p in b.people) == n
                and not any(p.care for p in b.people)
            ):
                return b.code
        return next(b.code for b in uow.bookings.on_session(DAY, 1) if b.kind == "individual")


def _wait(app, cond, timeout: float = 10.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not cond() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    main()
    _ = dataclasses

"""Make PNG screenshots of every screen into docs/screenshots/:

    python scripts/screenshots.py --size 1366x768     # the usual desk PC (the default)
    python scripts/screenshots.py --size 1024x768     # into docs/screenshots/1024x768/
    DESK_APP_LANG=en python scripts/screenshots.py    # the English screens, into docs/screenshots/en/

The window gets the screen's size less a taskbar and a title bar (ui/screen.py), as on the
desk PC. Uses a demo database on a fixed weekday with the clock inside session 1, offscreen
Qt, the bundled font, and the real widgets and services."""

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
SIZE = (1366, 768)


def shot(widget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def on_screen(width: int, height: int) -> tuple[int, int]:
    """What ui.screen.fit gives a dialog on the desk PC's screen (offscreen Qt has a smaller one)."""
    from ui.screen import TASKBAR_AND_TITLE

    return min(width, SIZE[0]), min(height, SIZE[1] - TASKBAR_AND_TITLE - 30)


def main() -> None:
    global OUT, SIZE
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768", help="the screen, WIDTHxHEIGHT")
    args = parser.parse_args()
    SIZE = tuple(int(x) for x in args.size.lower().split("x"))  # type: ignore[assignment]
    if SIZE != (1366, 768):
        OUT = OUT / args.size
    if os.environ.get("DESK_APP_LANG", "ko") != "ko":  # DESK_APP_LANG=en: the English screens
        OUT = OUT / os.environ["DESK_APP_LANG"]
    OUT.mkdir(parents=True, exist_ok=True)
    from ui.screen import TASKBAR_AND_TITLE

    free = (SIZE[0], SIZE[1] - TASKBAR_AND_TITLE)
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
    w.resize(*free)
    w.show()
    shot(w, "01-board")

    w.scan.setText(_common_surname(ctx))  # a name many share: the list to choose from
    w.on_scan()
    shot(w, "02-search-results")
    w.back_to_scan()

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
    w.server_state(False)  # several desks on a server (issue 15): the server went away
    shot(w, "36-server-lost")
    w.server_state(True)
    w.show_message("")
    # the scanner wins: the next family's slip scanned into a name field waits on the panel
    waiting = _booking_with_children(ctx, 1, but=code)
    p.rows[0].name.setFocus()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClicks(p.rows[0].name, waiting)
    QTest.keyClick(p.rows[0].name, Qt.Key.Key_Return)
    shot(w, "17-scan-waits")
    w.pending_scan = None
    p.pending.hide()

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

    w.print_state.clear()
    w.reprint_last()
    _wait(app, lambda: w.preview_dialog is not None and w.preview_dialog.isVisible())
    shot(w.preview_dialog, "19-reprint-preview")
    w.preview_dialog.reject()

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
    from desk_app.services.data import PersonIn

    p = w.panel
    while sum(r.role == "child" for r in p.rows) < 3:
        p._add_row(PersonIn("child"))
    while len(p.rows) < 6:
        p._add_row(PersonIn("guardian"))
    children = iter([("서준", "2021-04-01"), ("하린", "2022-09-15"), ("도윤", "2023-03-12")])
    adults = iter([("엄마", ""), ("아빠", ""), ("할머니", "1958-05-05")])
    for row in p.rows:
        name, birth = next(children if row.role == "child" else adults)
        row.name.setText(name)
        row.birth.setText(birth)
    p.booker_name.setText("김현장")
    p.booker_phone.setText("010-5555-6666")
    p.residency.setCurrentIndex(1)
    p.rows[0].reduction.setCurrentIndex(p.rows[0].reduction.findData("multi_child"))
    p.rows[0].proof.setChecked(True)
    shot(w, "08b-walkin-family-of-six")
    w.back_to_scan()

    # issue 14: incidents (OPS-2), lost and found (OPS-1), the center profile from the desk
    from ui.center_settings import CenterSettingsDialog
    from ui.ops_dialogs import IncidentDialog, LostFoundDialog

    inc = IncidentDialog(w.desk, staff, w.last_paid.visit_code)
    inc.removal_answer = (True, False)
    inc.resize(*on_screen(1000, 660))
    inc.show()
    inc.category.setCurrentIndex(1)
    inc.warn_note.setText("미끄럼틀 거꾸로 오르기")
    inc.warn()
    inc.category.setCurrentIndex(0)
    inc.warn_note.setText("다른 아이를 밀침")
    inc.warn()
    inc.what.setText("자석 블록 세트")
    inc.remedy.setCurrentIndex(1)
    inc.amount.setValue(15000)
    inc.settled.setCurrentIndex(0)
    inc.damage_note.setText("떨어뜨려 깨짐")
    inc.record_damage()
    shot(inc, "30-incidents")
    inc.close()
    lf = LostFoundDialog(w.desk, staff)
    lf.resize(*on_screen(1000, 640))
    lf.show()
    lf.what.setText("아기 양말 (분홍)")
    lf.place.setText("수유실")
    lf.record()
    shot(lf, "31-lost-found")
    lf.close()
    cs = CenterSettingsDialog(w.desk, staff)
    cs.resize(*on_screen(1100, 700))
    cs.show()
    cs.center_fields["address"].setText("서울특별시 도봉구 마들로 656")
    cs.center_fields["business_no"].setText("210-83-00123")
    shot(cs, "32-center-settings")
    cs.spins[("fees", "child")].setValue(2500)
    cs.spins[("kt", "percent")].setValue(10)
    cs.tabs.setCurrentIndex(1)
    cs.preview()
    shot(cs, "33-center-settings-preview")
    cs.tabs.setCurrentIndex(2)
    shot(cs, "34-center-settings-sessions")
    cs.tabs.setCurrentIndex(3)
    shot(cs, "35-center-settings-rules")
    cs.close()

    from ui.closeout_dialog import ReversalDialog
    from ui.help import HelpDialog
    from ui.login import LoginDialog, ManagerDialog
    from ui.staff_dialog import StaffDialog

    rv = ReversalDialog(ctx, staff, w.last_paid.receipt_no)
    rv.show()
    rv.reason.setText("직원 착오 (금액 잘못 입력)")
    rv.confirm.setChecked(True)
    shot(rv, "18-reversal-confirm")
    rv.close()
    hp = HelpDialog()
    hp.show()
    shot(hp, "20-help")
    from desk_app.services.staff import StaffService

    StaffService(ctx).create("박직원", "staff", "1357", by=staff)
    sd = StaffDialog(ctx, staff)
    sd.show()
    shot(sd, "25-staff")
    md = ManagerDialog(StaffService(ctx), "결제 취소·환불")
    md.show()
    shot(md, "26-manager-approval")
    lg = LoginDialog(StaffService(ctx))
    lg.setWindowTitle("교대 — 로그인")
    lg.show()
    shot(lg, "28-shift-login")

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
    shot(co, "14b-closeout-damage")  # the damage section further down the same report
    co.terminal.setText(f"{co.report.terminal_expected + 1000:,}")
    co.close_day()
    shot(co, "15-closeout-closed")
    from ui.workers import shut_down_widgets

    shut_down_widgets()
    store.close()


def _common_surname(ctx) -> str:
    from collections import Counter

    with ctx.store.uow() as uow:
        names = Counter(b.booker.name[0] for b in uow.bookings.on_session(DAY, 1))
    return names.most_common(1)[0][0]


def _booking_with_children(ctx, n: int, but: str = "") -> str:
    with ctx.store.uow() as uow:
        for b in uow.bookings.on_session(DAY, 1):
            if (
                b.code != but
                and b.status == "booked"
                and b.kind == "individual"
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

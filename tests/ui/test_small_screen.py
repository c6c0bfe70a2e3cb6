"""Issue 13: every screen fits the desk PC — 1366×768 (the usual one) and 1024×768 — with the
taskbar and the title bar taken off: the payment row and the total always in sight, every fee
line of a family of six on show, and long input never widening the window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.services.data import PersonIn
from tests.conftest import DAY, adult, book, kid
from tests.ui.test_desk import choose, scan, wait_printed
from ui.screen import TASKBAR_AND_TITLE

SIZES = [(1366, 768), (1024, 768)]


def free(size):
    width, height = size
    return width, height - TASKBAR_AND_TITLE


def set_size(w, size):
    width, height = free(size)
    w.resize(width, height)
    QApplication.processEvents()
    assert (w.width(), w.height()) == (width, height), f"the window wants {w.minimumSizeHint()}"


def inside(child: QWidget, window: QWidget) -> bool:
    rect = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
    return child.isVisible() and window.rect().contains(rect)


def fits(widget: QWidget, size) -> None:
    width, height = free(size)
    hint = widget.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, f"{type(widget).__name__} needs {hint}"


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x768"])
def test_walkin_family_of_six_pays_in_sight(qtbot, window, clock, size):
    clock.set(dt.datetime.combine(DAY, dt.time(10, 40)))
    window.refresh()
    window.staff_label.setText("담당: 데모 센터장 김철수 (관리자)")  # a long name must not widen the window
    set_size(window, size)
    window.start_walkin(1)
    p = window.panel
    while sum(r.role == "child" for r in p.rows) < 3:  # RSV: three children at most per booker
        p._add_row(PersonIn("child"))
    while len(p.rows) < 6:
        p._add_row(PersonIn("guardian"))
    for i, row in enumerate(p.rows):
        row.name.setText(f"아이{i}" if row.role == "child" else f"보호자{i}")
        row.birth.setText(f"202{i + 1}-0{i + 1}-1{i}" if row.role == "child" else "")
    p.booker_name.setText("김현장")
    p.booker_phone.setText("010-5555-6666")
    choose(p.residency, "resident_card")
    QApplication.processEvents()
    fits(window, size)
    set_size(window, size)
    assert not window.board_box.isVisible()  # folded away while a family is open
    for part in (p.pay_button, p.total, p.pay_detail, p.card, p.transfer):
        assert inside(part, window), part.objectName()
    assert p.total.text().startswith("합계"), p.refusal.text()
    # every fee line on show, none under a scroll bar
    assert p.fees.rowCount() == 6
    viewport = p.fees.viewport().rect()
    for r in range(p.fees.rowCount()):
        assert viewport.contains(p.fees.visualItemRect(p.fees.item(r, 1))), f"fee line {r} hidden"
    assert p.pay_detail.width() >= 150  # the approval number is never squeezed to "…"


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x768"])
def test_every_page_of_the_window_fits(qtbot, window, ctx, size):
    set_size(window, size)
    fits(window, size)  # the board
    code = book(ctx, kid(), adult())
    scan(qtbot, window, code)
    fits(window, size)
    assert inside(window.panel.pay_button, window)
    choose(window.panel.residency, "resident_card")
    window.panel.pay_detail.setText("12345678")
    window.panel.pay()
    wait_printed(qtbot, window)  # the done page, with the saved PDFs' long paths
    fits(window, size)
    assert window.width() == free(size)[0]
    window.back_to_scan()
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    fits(window, size)
    window.tabs.setCurrentIndex(0)


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x768"])
def test_long_input_never_widens_the_window(qtbot, window, size):
    set_size(window, size)
    garbage = "X9" * 60  # a 120-character scan of something that is not ours
    scan(qtbot, window, garbage)
    QApplication.processEvents()
    fits(window, size)
    assert window.width() == free(size)[0]
    assert window.message.text()  # it says what happened


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x768"])
def test_every_dialog_fits(qtbot, ctx, manager, clock, size):
    from desk_app.services.staff import StaffService
    from ui.booking_dialogs import ClosureDialog, GroupDialog, ImportDialog, NoShowDialog
    from ui.closeout_dialog import CloseoutDialog, ReversalDialog
    from ui.help import HelpDialog
    from ui.login import LoginDialog, ManagerDialog
    from ui.main_window import SettingsDialog
    from ui.staff_dialog import StaffDialog

    clock.set(dt.datetime.combine(DAY, dt.time(17, 0)))
    staff = StaffService(ctx)
    dialogs = [
        ImportDialog(ctx, manager),
        GroupDialog(ctx, manager),
        NoShowDialog(ctx, manager),
        ClosureDialog(ctx, manager),
        CloseoutDialog(ctx, manager),
        ReversalDialog(ctx, manager),
        StaffDialog(ctx, manager),
        HelpDialog(),
        SettingsDialog(),
        LoginDialog(staff),
        ManagerDialog(staff, "결제 취소·환불"),
    ]
    for d in dialogs:
        qtbot.addWidget(d)
        d.show()
        QApplication.processEvents()
        fits(d, size)

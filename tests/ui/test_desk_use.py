"""Issue 13, the desk as staff use it: the scanner wins over whatever field has focus, reprints
say 재발행, the same approval number is asked about, shifts change without closing the desk,
the manager approves from a list, and an earlier day left open is announced."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from desk_app.db.models import Payment
from desk_app.services.checkin import CheckinService
from desk_app.services.data import PaymentIn
from desk_app.services.staff import StaffService
from tests.conftest import DAY, adult, book, kid
from tests.ui.test_desk import choose, payments, scan, wait_printed


def keyboard(qtbot, text, enter=False):
    """Keys as a keyboard or a scanner sends them: each to whatever has focus at that moment."""
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    if enter:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def paid_elsewhere(ctx, manager, approval_no):
    """A family paid earlier today at this desk, through the service."""
    code = book(ctx, kid(name="먼저"), adult(), name="이먼저", phone="010-9999-0000")
    svc = CheckinService(ctx)
    request = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
    return svc.pay(request, PaymentIn("card", approval_no=approval_no), "k1", manager.id)


def open_family(qtbot, window, ctx, name="김하늘", phone="010-1234-5678"):
    code = book(ctx, kid(name="하늘"), adult(), name=name, phone=phone)
    scan(qtbot, window, code)
    assert window.stack.currentWidget() is window.panel
    return code


# ------------------------------------------------------------------ the scanner wins


def test_a_scan_into_a_name_field_waits_and_changes_nothing(qtbot, window, ctx):
    open_family(qtbot, window, ctx)
    p = window.panel
    other = book(ctx, kid(), adult(), name="박다음", phone="010-2222-3333")
    name = p.rows[0].name
    before = name.text()
    name.setFocus()
    keyboard(qtbot, other, enter=True)  # the scanner types into the focused field and ends with Enter
    assert name.text() == before  # the field has its own text back
    assert p.pending.isVisible() and "박다음" in p.pending.text()
    assert window.stack.currentWidget() is p and p.booking.booker_name == "김하늘"  # the open family stays
    assert payments(ctx) == 0
    qtbot.keyClick(window.scan, Qt.Key.Key_Escape)  # close this family: the waiting one opens
    assert window.stack.currentWidget() is p and p.booking.booker_name == "박다음"
    assert not p.pending.isVisible()


def test_a_scan_into_the_approval_field_never_pays(qtbot, window, ctx):
    open_family(qtbot, window, ctx)
    p = window.panel
    choose(p.residency, "resident_card")
    other = book(ctx, kid(), adult(), name="박다음", phone="010-2222-3333")
    p.pay_detail.setFocus()
    keyboard(qtbot, "3001")  # the worker started typing the approval number
    qtbot.wait(60)  # a person's pause before the next family's slip is scanned
    keyboard(qtbot, other, enter=True)  # the scanner's Enter: no payment
    assert payments(ctx) == 0
    assert p.pay_detail.text() == "3001"
    assert "박다음" in p.pending.text()
    qtbot.wait(60)
    keyboard(qtbot, "2345")
    qtbot.wait(60)
    keyboard(qtbot, "", enter=True)  # the worker's own Enter pays
    wait_printed(qtbot, window)
    assert payments(ctx) == 1 and "대기 중인 다음 손님" in window.next_button.text()
    qtbot.keyClick(window.scan, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is p and p.booking.booker_name == "박다음"


def test_keys_on_a_box_go_to_the_scan_field(qtbot, window, ctx):
    open_family(qtbot, window, ctx)
    p = window.panel
    other = book(ctx, kid(), adult(), name="박다음", phone="010-2222-3333")
    p.residency.setFocus()
    index = p.residency.currentIndex()
    keyboard(qtbot, other)
    assert window.scan.hasFocus() and window.scan.text() == other
    assert p.residency.currentIndex() == index
    keyboard(qtbot, "", enter=True)
    assert "박다음" in p.pending.text()


def test_a_slip_scanned_during_a_family_is_answered_at_once(qtbot, window, ctx, manager):
    paid = paid_elsewhere(ctx, manager, "55550000")
    open_family(qtbot, window, ctx)
    p = window.panel
    p.rows[0].name.setFocus()
    keyboard(qtbot, paid.visit_code, enter=True)
    assert "재입장 가능 · 12:00까지 유효" in window.message.text()  # the slip's answer, at once
    assert not p.pending.isVisible() and window.stack.currentWidget() is p


def test_a_person_typing_a_name_is_not_a_scan(qtbot, window, ctx):
    open_family(qtbot, window, ctx)
    p = window.panel
    p.rows[0].name.clear()
    p.rows[0].name.setFocus()
    for ch in "Bxyz":  # slow typing, and not one of our codes
        keyboard(qtbot, ch)
        qtbot.wait(50)
    keyboard(qtbot, "", enter=True)
    assert p.rows[0].name.text() == "Bxyz" and not p.pending.isVisible()


# ------------------------------------------------------------------ payment and reprints


def test_same_approval_number_asks_before_it_is_recorded(qtbot, window, ctx, manager):
    done = paid_elsewhere(ctx, manager, "30012345")
    open_family(qtbot, window, ctx)
    p = window.panel
    choose(p.residency, "resident_card")
    p.pay_detail.setFocus()
    for ch in "30012345":
        keyboard(qtbot, ch)
        qtbot.wait(40)  # a person types the approval number
    qtbot.mouseClick(p.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.duplicate_box is not None and p.duplicate_box.isVisible())
    box = p.duplicate_box
    assert done.receipt_no in box.text() and "30012345" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # Enter alone says no
    box.button(QMessageBox.StandardButton.No).click()
    assert payments(ctx) == 1 and p.pay_button.isEnabled() and "기록되지 않았습니다" in p.status.text()
    qtbot.mouseClick(p.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: p.duplicate_box is not None and p.duplicate_box.isVisible())
    p.duplicate_box.button(QMessageBox.StandardButton.Yes).click()
    wait_printed(qtbot, window)
    assert payments(ctx) == 2
    with ctx.store.uow() as uow:
        assert uow.session.scalar(select(func.count()).where(Payment.approval_no == "30012345")) == 2


def test_a_reprint_is_marked_on_the_slip_and_the_receipt(qtbot, window, ctx, tmp_path):
    open_family(qtbot, window, ctx)
    p = window.panel
    choose(p.residency, "resident_card")
    qtbot.keyClicks(p.pay_detail, "11110000")
    qtbot.wait(60)
    qtbot.mouseClick(p.pay_button, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, window)
    code = window.last_paid.visit_code
    folder = tmp_path / "printed" / code[1:7]
    first = PdfReader(folder / f"{code}-slip.pdf").pages[0].extract_text()
    assert "재발행" not in first
    window.print_state.clear()
    qtbot.keyClick(window.scan, Qt.Key.Key_F5)  # reprint the last family: shown before it is sent
    qtbot.waitUntil(lambda: window.preview_dialog is not None and window.preview_dialog.isVisible(), timeout=10_000)
    preview = window.preview_dialog
    assert len(preview.page_labels) == 2 and not preview.page_labels[0].pixmap().isNull()
    assert window.print_state.text() == "인쇄 준비 중…"  # nothing sent yet
    preview.print_button.click()
    qtbot.waitUntil(lambda: "입장권:" in window.print_state.text(), timeout=10_000)
    assert window.open_button.isVisible()  # no printer here: the saved PDF can be opened
    slip = PdfReader(folder / f"{code}-slip-reprint.pdf").pages[0].extract_text()
    receipt = PdfReader(folder / f"{code}-receipt-reprint.pdf").pages[0].extract_text()
    assert "재발행" in slip and "재발행" in receipt


# ------------------------------------------------------------------ shifts and staff


def test_shift_change_without_closing_the_desk(qtbot, window, ctx, manager):
    StaffService(ctx).create("박직원", "staff", "1357", by=manager)
    open_family(qtbot, window, ctx)
    window.sign_out_button.click()
    login = window.login
    assert login.isVisible() and not window.centralWidget().isVisible()  # the last family is not on show
    login.name.setCurrentText("박직원")
    login.pin.setText("0000")
    login.submit()
    assert "PIN이 맞지 않습니다" in login.error.text() and login.isVisible()
    login.pin.setText("1357")
    login.submit()
    assert window.staff.name == "박직원" and not window.staff.is_manager
    assert "박직원" in window.staff_label.text() and window.centralWidget().isVisible()
    assert window.stack.currentWidget() is not window.panel
    with ctx.store.uow() as uow:
        actions = [e.action for e in uow.views.journal()]
    assert "staff.sign_out" in actions


def test_manager_disables_an_account_and_resets_a_pin(qtbot, ctx, manager):
    from ui.staff_dialog import StaffDialog

    service = StaffService(ctx)
    service.create("박직원", "staff", "1357", by=manager)
    d = StaffDialog(ctx, manager)
    qtbot.addWidget(d)
    names = [d.list.item(r, 0).text() for r in range(d.list.rowCount())]
    row = names.index("박직원")
    d.list.selectRow(row)
    d.new_pin.setText("8642")
    d.reset_pin()
    assert "PIN을 새로 정했습니다" in d.message.text()
    assert service.login("박직원", "8642").name == "박직원"
    d.list.selectRow(row)
    d.toggle_active()
    assert d.list.item(row, 2).text() == "사용 중지"
    assert "박직원" not in service.names()
    d.list.selectRow(names.index("김센터장"))
    d.toggle_active()  # the last manager stays
    assert "마지막 관리자" in d.message.text() and "MGR" not in d.message.text()


def test_a_staff_member_asks_a_manager_picked_from_a_list(qtbot, ctx, manager):
    from ui.booking_dialogs import ask_manager
    from ui.login import ManagerDialog

    worker = StaffService(ctx).create("박직원", "staff", "1357", by=manager)

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ManagerDialog)
        assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == ["김센터장"]
        dialog.pin.setText("2468")
        dialog.submit()

    QTimer.singleShot(0, answer)
    assert ask_manager(None, ctx, worker, "휴관 지정").name == "김센터장"  # type: ignore[arg-type]


def test_an_earlier_day_left_open_is_announced(qtbot, ctx, manager, clock, tmp_path):
    from desk_app.bootstrap import desk_for
    from desk_app.services.documents import DocumentService
    from ui.main_window import MainWindow

    code = book(ctx, kid(), adult(), day=DAY - dt.timedelta(days=1))
    clock.set(dt.datetime.combine(DAY - dt.timedelta(days=1), dt.time(10, 5)))
    svc = CheckinService(ctx)
    svc.pay(
        dataclasses.replace(svc.request_for(code), residency_doc="resident_card"),
        PaymentIn("card", approval_no="12121212"),
        "k",
        manager.id,
    )
    clock.set(dt.datetime.combine(DAY, dt.time(9, 50)))
    w = MainWindow(
        desk_for(ctx.store, ctx.profile, ctx.clock), manager, docs=DocumentService(ctx, tmp_path / "printed")
    )
    qtbot.addWidget(w)
    day = f"{DAY - dt.timedelta(days=1):%Y-%m-%d}"
    assert "마감하지 않은 날" in w.message.text() and day in w.message.text()
    assert "마감 안 된 날 1일" in w.day_status.text()
    assert "프린터" in w.printer_status.text() and "데이터" in w.db_status.text()


def test_help_lists_the_shortcuts(qtbot, window):
    from PySide6.QtWidgets import QTextBrowser

    from ui.help import HelpDialog

    d = HelpDialog(window)
    qtbot.addWidget(d)
    shown = d.findChild(QTextBrowser, "helpText").toPlainText()
    for key in ("F1", "F2", "F3", "F4", "F5", "F9", "Esc"):
        assert key in shown
    assert "정산·마감" in shown and "교대·로그아웃" in shown
    assert "(F9)" in window.panel.pay_button.text() and "(F4)" in window.tabs.tabText(1)


def test_the_fee_table_takes_no_tab_stops(qtbot, window, ctx):
    open_family(qtbot, window, ctx)
    p = window.panel
    assert p.fees.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert p.table.focusPolicy() == Qt.FocusPolicy.NoFocus
    p.residency.setFocus()
    seen = set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert p.fees not in seen and p.table not in seen
    assert p.pay_detail in seen and p.pay_button in seen


# ------------------------------------------------------------------ imports


def test_import_preview_lists_rows_and_an_old_file_needs_a_manager(qtbot, ctx, manager, clock, tmp_path):
    from tests.services.test_portal_import import row, write_csv
    from ui.booking_dialogs import ImportDialog
    from ui.login import ManagerDialog

    clock.set(dt.datetime(2025, 6, 18, 9, 0))
    bad = write_csv(tmp_path / "bad.csv", [row(phone="x")])
    old = write_csv(tmp_path / "old.csv", [row(no="R1"), row(no="R2", session="2", name="박", phone="010-3333-4444")])
    worker = StaffService(ctx).create("박직원", "staff", "1357", by=manager)
    d = ImportDialog(ctx, worker, str(bad))
    qtbot.addWidget(d)
    d.preview()
    qtbot.waitUntil(lambda: d.summary is not None)
    assert d.rejects.rowCount() == 1 and d.rows_table.rowCount() == 0
    d.path.setText(str(old))
    d.preview()
    qtbot.waitUntil(lambda: d.summary is not None)
    assert d.rejects.rowCount() == 0  # nothing of the last file stays
    rows = [[d.rows_table.item(r, c).text() for c in range(7)] for r in range(d.rows_table.rowCount())]
    assert [r[0] for r in rows] == ["06-17 1회차", "06-17 2회차"] and all("지난 회차" in r[6] for r in rows)
    assert "모두 이미 끝난 회차" in d.result.text() and "관리자" in d.import_button.text()

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ManagerDialog)
        dialog.pin.setText("2468")
        dialog.submit()

    QTimer.singleShot(0, answer)
    d.commit()
    qtbot.waitUntil(lambda: d.summary is not None and d.summary.committed)
    assert "가져왔습니다" in d.result.text()


# ------------------------------------------------------------------ ELG-4 on the screens (issue 12)


def test_a_resident_number_typed_on_the_screens_is_refused(qtbot, window, ctx, manager):
    from ui.closeout_dialog import ReversalDialog

    open_family(qtbot, window, ctx)
    p = window.panel
    choose(p.residency, "resident_card")
    from tests.rrn_samples import BACK, RRN

    p.rows[0].name.setText("하늘 " + RRN[0])
    p.pay_detail.setText("30012345")
    p.pay()
    qtbot.waitUntil(lambda: p.pay_button.isEnabled() and "주민등록번호" in p.status.text())
    assert BACK not in p.status.text() and payments(ctx) == 0
    p.rows[0].name.setText("하늘")
    p.transfer.setChecked(True)
    p.pay_detail.setText(RRN[3])  # the sender, in full-width digits
    p.pay()
    qtbot.waitUntil(lambda: p.pay_button.isEnabled() and "주민등록번호" in p.status.text())
    assert payments(ctx) == 0
    p.pay_detail.setText("김하늘")
    p.pay()
    wait_printed(qtbot, window)
    d = ReversalDialog(ctx, manager, window.last_paid.receipt_no)
    qtbot.addWidget(d)
    d.reason.setText("환불 " + RRN[1])
    d.confirm.setChecked(True)
    d.reverse()
    assert "주민등록번호" in d.message.text() and d.done_code is None

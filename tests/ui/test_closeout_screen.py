"""The close-out screen (CLS-1, CLS-2) and the void/refund dialog (FEE-6), through their widgets."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.closeout import CloseoutService
from tests.conftest import DAY, adult, book, kid
from ui.closeout_dialog import CloseoutDialog, ReversalDialog


def paid_family(ctx, manager, clock):
    code = book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    desk = CheckinService(ctx)
    req = dataclasses.replace(desk.request_for(code), residency_doc="resident_card", kt_member=True)
    return desk.pay(req, PaymentIn("card", approval_no="11112222"), "k", manager.id)


def test_close_out_screen_shows_the_day_and_closes_it(qtbot, ctx, manager, clock, tmp_path):
    paid_family(ctx, manager, clock)
    clock.set(dt.datetime.combine(DAY, dt.time(17, 45)))
    d = CloseoutDialog(ctx, manager)
    qtbot.addWidget(d)
    assert "마감 전" in d.state.text() and "2,600" in d.state.text()
    money = d.tables["결제"]
    assert money.item(0, 0).text() == "카드" and money.item(0, 2).text() == "2,600"
    assert d.tables["KT 멤버십"].item(0, 2).text() == "400"
    d.terminal.insert("이천육백")  # typed through the IME: QTest cannot type Hangul
    qtbot.mouseClick(d.close_button, Qt.MouseButton.LeftButton)
    assert "숫자로 입력하세요" in d.message.text()
    assert not CloseoutService(ctx).is_closed(DAY)  # nothing stored
    d.terminal.clear()
    qtbot.keyClicks(d.terminal, "2,000")
    qtbot.mouseClick(d.close_button, Qt.MouseButton.LeftButton)
    assert "600원 차이" in d.message.text()
    assert "마감됨" in d.state.text() and not d.close_button.isEnabled()
    d.save("pdf", tmp_path / "day.pdf")
    assert not d.open_button.isHidden() and d.saved == tmp_path / "day.pdf"  # "열기" for the saved file
    text = PdfReader(tmp_path / "day.pdf").pages[0].extract_text()
    assert "마감 2025-06-11 17:45" in text and "-600" in text
    d.save("csv", tmp_path / "day.csv")
    assert "[카드 단말기 대사]" in (tmp_path / "day.csv").read_bytes().decode("utf-8-sig")


def test_reversal_shows_the_family_and_needs_an_explicit_tick(qtbot, ctx, manager, clock):
    """Issue 13: family, session, amount, method and approval number on show; the reason before
    the PIN; a tick that Enter alone never gives."""
    paid = paid_family(ctx, manager, clock)
    d = ReversalDialog(ctx, manager, paid.receipt_no)
    qtbot.addWidget(d)
    d.show()
    details = d.details.text()
    assert "김하늘" in details and "1회차" in details and "2,600원" in details
    assert "카드" in details and "11112222" in details and "결제 취소 (당일)" in details
    assert not d.go.isEnabled()
    d.reason.insert("직원 착오")  # QTest types ASCII only
    assert not d.go.isEnabled()  # no tick yet
    qtbot.keyClick(d.reason, Qt.Key.Key_Return)  # Enter alone does nothing
    assert d.done_code is None and CloseoutService(ctx).report(DAY).net_total == 2600
    d.confirm.setChecked(True)
    assert d.go.isEnabled()
    qtbot.keyClick(d.reason, Qt.Key.Key_Return)  # still nothing: the go button is never a default
    assert d.done_code is None
    qtbot.mouseClick(d.go, Qt.MouseButton.LeftButton)
    assert "결제 취소 처리했습니다" in d.message.text() and d.done_code == paid.visit_code
    assert CloseoutService(ctx).report(DAY).net_total == 0


def test_reversal_asks_the_reason_before_the_managers_pin(qtbot, ctx, manager, clock):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desk_app.services.staff import StaffService
    from ui.login import ManagerDialog

    paid = paid_family(ctx, manager, clock)
    worker = StaffService(ctx).create("박직원", "staff", "1357", by=manager)
    d = ReversalDialog(ctx, worker, paid.receipt_no)
    qtbot.addWidget(d)
    d.reason.setText("   ")
    d.confirm.setChecked(True)
    asked = []
    QTimer.singleShot(0, lambda: asked.append(QApplication.activeModalWidget()))
    d.reverse()  # a blank reason: refused on the spot, no PIN dialog
    qtbot.wait(20)
    assert "사유" in d.message.text() and asked == [None]

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ManagerDialog)
        assert dialog.name.currentText() == "김센터장"  # picked from the list of managers
        assert dialog.name.findText("박직원") == -1
        dialog.pin.setText("2468")
        dialog.submit()

    d.reason.setText("센터 사정")
    QTimer.singleShot(0, answer)
    d.reverse()
    assert d.done_code == paid.visit_code


def test_empty_day_says_so_on_screen(qtbot, ctx, manager, clock):
    clock.set(dt.datetime(2025, 6, 13, 18))
    d = CloseoutDialog(ctx, manager)
    qtbot.addWidget(d)
    texts = [w.text() for w in d.sections.findChildren(type(d.state))]
    assert any("기록이 없습니다" in t for t in texts)

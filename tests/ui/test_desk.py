"""The desk driven like the staff drive it (pytest-qt): scan → verify → fee → pay → printed PDF."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desk_app.db.models import Payment, PrintJob
from tests.conftest import DAY, adult, book, kid
from tests.printing.test_documents import qr_of, text_of


def scan(qtbot, w, text):
    qtbot.keyClicks(w.scan, text)
    qtbot.keyClick(w.scan, Qt.Key.Key_Return)


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def tick(qtbot, checkbox):
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)


def payments(ctx):
    with ctx.store.uow() as uow:
        return uow.session.scalar(select(func.count(Payment.id)))


def wait_printed(qtbot, w):
    qtbot.waitUntil(
        lambda: w.stack.currentWidget() is w.done_page and "입장권:" in w.print_state.text(), timeout=10_000
    )


def accept_preview(qtbot, w):
    """A reprint is shown first (issue 13); 인쇄 sends it."""
    qtbot.waitUntil(lambda: w.preview_dialog is not None and w.preview_dialog.isVisible(), timeout=10_000)
    w.preview_dialog.print_button.click()


def printed_files(tmp_path, code):
    folder = tmp_path / "printed" / code[1:7]
    return folder / f"{code}-slip.pdf", folder / f"{code}-receipt.pdf"


def test_multi_child_proof_pays_zero_and_gets_a_slip(qtbot, window, ctx, tmp_path):
    code = book(ctx, kid("2020-04-01"), kid("2022-09-15"), adult())
    scan(qtbot, window, code)
    p = window.panel
    assert window.stack.currentWidget() is p
    choose(p.residency, "seoul_citizen_card")
    choose(p.rows[0].reduction, "multi_child")
    assert p.total.text() == "합계 5,000원"  # no proof yet (FEE-3)
    tick(qtbot, p.rows[0].proof)
    assert p.total.text() == "합계 0원"  # SPEC E2
    qtbot.mouseClick(p.pay_button, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, window)
    paid = window.last_paid
    assert paid.total == 0 and "결제 완료 · 0원" in window.done_title.text()
    slip, receipt = printed_files(tmp_path, paid.visit_code)
    assert qr_of(slip) == [paid.visit_code]
    assert "입 장 권" in text_of(slip)
    text = text_of(receipt)
    assert "합계" in text and "0원" in text and "두 자녀 이상을 둔 가족" in text and "부분환불 불가" in text


def test_kt_member_pays_2600(qtbot, window, ctx, tmp_path):
    code = book(ctx, kid("2021-03-03"), adult())
    scan(qtbot, window, code)
    p = window.panel
    choose(p.residency, "driver_license")
    tick(qtbot, p.kt)
    assert p.total.text() == "합계 2,600원"  # SPEC E3
    assert "감면 -400원 (KT 멤버십 20%)" in p.fees.item(0, 1).text()  # the whole reason, on its own line
    assert p.fees.item(0, 2).text() == "1,600"
    qtbot.keyClicks(p.pay_detail, "30012345")
    qtbot.keyClick(p.pay_detail, Qt.Key.Key_Return)
    wait_printed(qtbot, window)
    assert window.last_paid.total == 2600
    assert window.scan.hasFocus()  # ready for the next scan straight after paying
    receipt = printed_files(tmp_path, window.last_paid.visit_code)[1]
    assert "승인번호 30012345" in text_of(receipt) and "2,600원" in text_of(receipt)


def test_play_care_is_refused_under_36_months(qtbot, window, ctx):
    code = book(ctx, kid("2022-06-12", name="서준"), adult())  # 35 months on 2025-06-11
    scan(qtbot, window, code)
    p = window.panel
    choose(p.residency, "resident_card")
    tick(qtbot, p.rows[0].care)
    # the person by name, never "people[0]", and no rule ID in the staff's words (issue 13)
    assert p.refusal.text().startswith("서준: 놀이돌봄은") and "35개월" in p.refusal.text()
    assert "people[" not in p.refusal.text() and "ELG-5" not in p.refusal.text()
    qtbot.keyClicks(p.pay_detail, "12345678")
    qtbot.mouseClick(p.pay_button, Qt.MouseButton.LeftButton)
    assert payments(ctx) == 0
    assert "서준: 놀이돌봄은" in p.status.text()


def test_walkin_is_refused_before_start_plus_30_minutes(qtbot, window, clock):
    clock.set(dt.datetime.combine(DAY, dt.time(10, 29)))
    window.refresh()
    qtbot.mouseClick(window.session_cards[1].walkin, Qt.MouseButton.LeftButton)
    assert "10:30" in window.message.text() and "RSV-4" not in window.message.text()
    assert window.stack.currentWidget() is not window.panel
    clock.set(dt.datetime.combine(DAY, dt.time(10, 30)))
    window.refresh()
    qtbot.mouseClick(window.session_cards[1].walkin, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.panel and window.panel.walkin_box.isVisible()


def test_walkin_family_end_to_end(qtbot, window, ctx, clock, tmp_path):
    clock.set(dt.datetime.combine(DAY, dt.time(10, 40)))
    window.refresh()
    qtbot.mouseClick(window.session_cards[1].walkin, Qt.MouseButton.LeftButton)
    p = window.panel
    p.booker_name.insert("정유진")  # Hangul arrives by IME commit; QTest cannot type it
    qtbot.keyClicks(p.booker_phone, "010-7777-8888")
    qtbot.keyClicks(p.rows[0].birth, "2021-01-01")
    choose(p.residency, "resident_register")
    p.transfer.setChecked(True)
    p.pay_detail.insert("정유진")
    qtbot.mouseClick(p.pay_button, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, window)
    assert window.last_paid.total == 3000 and window.last_paid.method == "transfer"
    assert "입금자명 정유진" in text_of(printed_files(tmp_path, window.last_paid.visit_code)[1])


def test_duplicate_scan_says_already_checked_in(qtbot, window, ctx):
    code = book(ctx, kid(), adult())
    scan(qtbot, window, code)
    choose(window.panel.residency, "resident_card")
    qtbot.keyClicks(window.panel.pay_detail, "11112222")
    qtbot.mouseClick(window.panel.pay_button, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    scan(qtbot, window, code)  # the booking code again
    assert "이미 입장 처리된 예약" in window.message.text()
    assert window.stack.currentWidget() is not window.panel
    scan(qtbot, window, window.last_paid.visit_code)  # the slip again: re-entry, counted once
    assert "12:00까지 유효" in window.message.text()
    assert payments(ctx) == 1
    assert window.desk.board.board().sessions[0].arrived == 2


def test_double_click_and_double_enter_on_pay_make_one_payment(qtbot, window, ctx):
    code = book(ctx, kid(), adult())
    scan(qtbot, window, code)
    p = window.panel
    choose(p.residency, "resident_card")
    qtbot.keyClicks(p.pay_detail, "55556666")
    qtbot.mouseDClick(p.pay_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(p.pay_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(p.pay_detail, Qt.Key.Key_Return)
    qtbot.keyClick(p.pay_detail, Qt.Key.Key_Return)
    wait_printed(qtbot, window)
    p.pay()  # even a late second press with the same key replays, never charges
    qtbot.wait(200)
    assert payments(ctx) == 1


def test_a_refusal_shows_its_message_on_screen(qtbot, window, ctx):
    code = book(ctx, kid("2017-03-03"), adult())  # an older sibling alone (ELG-2)
    scan(qtbot, window, code)
    assert window.panel.refusal.text().startswith("아이: ") and "형제" in window.panel.refusal.text()
    assert not window.panel.total.text()
    scan(qtbot, window, "9999")
    assert "없습니다" in window.message.text()
    scan(qtbot, window, "B2345678")
    assert "없습니다" in window.message.text()


def test_health_refusal_from_the_panel(qtbot, window, ctx):
    code = book(ctx, kid(), adult())
    scan(qtbot, window, code)
    window.panel.refuse_with("발열")
    assert (
        window.message.text().startswith("전염성 질병·발열 증상으로 입장할 수 없습니다")
        and "발열" in window.message.text()
    )
    assert window.desk.find.scan(code).bookings[0].status == "cancelled"


def test_a_failed_print_keeps_the_payment_and_offers_a_reprint(qtbot, window, ctx, monkeypatch, tmp_path):
    from ui import main_window
    from ui.printer import PrintOutcome

    monkeypatch.setattr(main_window, "print_pdf", lambda path: PrintOutcome(False, "프린터 용지 없음"))
    code = book(ctx, kid(), adult())
    scan(qtbot, window, code)
    choose(window.panel.residency, "resident_card")
    qtbot.keyClicks(window.panel.pay_detail, "99990000")
    qtbot.mouseClick(window.panel.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "인쇄되지 않았습니다" in window.print_state.text(), timeout=10_000)
    assert payments(ctx) == 1
    with ctx.store.uow() as uow:
        assert set(uow.session.scalars(select(PrintJob.status))) == {"failed"}
    assert window.today.item(0, 6).text() == "인쇄 안 됨"
    assert window.screen_qr.isVisible()  # the slip's QR on screen, decodable from a photo
    import zxingcpp
    from PIL import Image

    pix = window.screen_qr.pixmap().toImage()
    pix.save(str(tmp_path / "qr.png"))
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "qr.png"))] == [window.last_paid.visit_code]
    monkeypatch.setattr(main_window, "print_pdf", lambda path: PrintOutcome(True, "인쇄했습니다"))
    qtbot.mouseClick(window.reprint_button, Qt.MouseButton.LeftButton)
    accept_preview(qtbot, window)
    qtbot.waitUntil(lambda: "입장권: 인쇄했습니다" in window.print_state.text(), timeout=10_000)
    assert window.today.item(0, 6).text() == "인쇄됨"
    assert payments(ctx) == 1


def test_penalised_booker_shows_in_red_and_is_refused(qtbot, window, ctx):
    from desk_app.db.models import Booker, Penalty

    code = book(ctx, kid(), adult())
    with ctx.store.uow() as uow:
        booker = uow.session.scalars(select(Booker)).one()
        uow.session.add(
            Penalty(
                booker_id=booker.id,
                starts=DAY - dt.timedelta(days=3),
                ends=DAY + dt.timedelta(days=26),
                reason="2025-06-08 노쇼",
                created_at=dt.datetime(2025, 6, 8, 12),
            )
        )
        uow.commit()
    scan(qtbot, window, code)
    assert window.panel.penalty.isVisible() and "2025-07-07" in window.panel.penalty.text()
    assert "2025-07-07까지 예약·이용할 수 없습니다" in window.panel.refusal.text()
    assert "RSV-6" not in window.panel.refusal.text()


def test_pdf_is_a_real_80mm_document(qtbot, window, ctx, tmp_path):
    code = book(ctx, kid(), adult())
    scan(qtbot, window, code)
    choose(window.panel.residency, "resident_card")
    qtbot.keyClicks(window.panel.pay_detail, "12121212")
    qtbot.mouseClick(window.panel.pay_button, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, window)
    slip = printed_files(tmp_path, window.last_paid.visit_code)[0]
    assert round(float(PdfReader(slip).pages[0].mediabox.width) / 72 * 25.4) == 80


def test_a_voided_visit_in_todays_list_offers_only_its_receipt(qtbot, window, ctx, manager, tmp_path):
    """FEE-6 on the screen: after the void the row's buttons follow its state (no reprint of a
    slip, no second reversal, no late pick-up), and only the marked receipt is printed."""
    from desk_app.services.closeout import ReversalService

    code = book(ctx, kid(care=True), adult())
    scan(qtbot, window, code)
    choose(window.panel.residency, "resident_card")
    qtbot.keyClicks(window.panel.pay_detail, "11112222")
    qtbot.mouseClick(window.panel.pay_button, Qt.MouseButton.LeftButton)
    wait_printed(qtbot, window)
    paid = window.last_paid
    window.refresh_today()
    assert [window.today.cellWidget(0, c).text() for c in (7, 8, 9)] == ["재발행", "취소·환불", "늦은 픽업"]
    ReversalService(ctx).reverse(paid.receipt_no, "직원 착오", manager)
    window.refresh_today()
    assert window.today.item(0, 6).text() == "결제 취소"
    assert window.today.cellWidget(0, 7).text() == "영수증"
    assert window.today.cellWidget(0, 8) is None and window.today.cellWidget(0, 9) is None
    qtbot.mouseClick(window.today.cellWidget(0, 7), Qt.MouseButton.LeftButton)
    folder = tmp_path / "printed" / paid.visit_code[1:7]
    receipt = folder / f"{paid.visit_code}-receipt-reprint.pdf"
    qtbot.waitUntil(receipt.exists, timeout=10_000)
    assert "결제 취소" in text_of(receipt)
    assert not (folder / f"{paid.visit_code}-slip-reprint.pdf").exists()

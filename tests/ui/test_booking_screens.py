"""The booking screens driven through their widgets (RSV-1, RSV-3, RSV-5, RSV-6, CAL-6)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from desk_app.db.models import Booking
from tests.conftest import DAY, ROOT, adult, book, kid
from tests.services.test_portal_import import row, write_csv
from ui.booking_dialogs import ClosureDialog, GroupDialog, ImportDialog, NoShowDialog, cancel_booking

SAMPLE = ROOT / "resources" / "samples" / "portal_export_sample.csv"


def bookings(ctx):
    with ctx.store.uow() as uow:
        return uow.session.scalar(select(func.count(Booking.id)))


def test_import_preview_saves_nothing_until_import(qtbot, ctx, manager, clock):
    clock.set(dt.datetime(2025, 6, 16, 18))
    d = ImportDialog(ctx, manager, str(SAMPLE))
    qtbot.addWidget(d)
    qtbot.mouseClick(d.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "미리 보기" in d.result.text(), timeout=10_000)
    assert "새 예약 4" in d.result.text() and "취소 1" in d.result.text()
    assert bookings(ctx) == 0 and d.import_button.isEnabled()
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "가져왔습니다" in d.result.text(), timeout=10_000)
    assert bookings(ctx) == 5


def test_import_preview_lists_rejected_lines(qtbot, ctx, manager, clock, tmp_path):
    clock.set(dt.datetime(2025, 6, 16, 18))
    bad = write_csv(tmp_path / "bad.csv", [row(), row(no="R2", birth="2030-01-01")])
    d = ImportDialog(ctx, manager, str(bad))
    qtbot.addWidget(d)
    qtbot.mouseClick(d.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "아무것도 가져오지" in d.result.text(), timeout=10_000)
    assert d.rejects.rowCount() == 1 and d.rejects.item(0, 0).text() == "3"
    assert "생년월일" in d.rejects.item(0, 1).text()
    assert not d.import_button.isEnabled() and bookings(ctx) == 0


def test_group_form_books_and_refuses_short_of_teachers(qtbot, ctx, manager, clock):
    clock.set(dt.datetime(2025, 6, 11, 9))
    d = GroupDialog(ctx, manager)
    qtbot.addWidget(d)
    d.day.setDate(QDate(2025, 6, 20))
    qtbot.keyClicks(d.phone, "02-123-4567")
    d.organisation.insert("해님어린이집")
    d.contact.insert("박선생")
    d.by_year[1].setValue(12)  # age 1: one teacher per 5 children → 3
    d.teachers.setValue(2)
    d.book()
    assert "3명이 필요" in d.message.text() and "RSV-3" not in d.message.text()  # rule IDs stay in the log
    d.teachers.setValue(3)
    d.book()
    assert "예약했습니다" in d.message.text() and d.code
    with ctx.store.uow() as uow:
        b = uow.bookings.by_code(d.code)
        assert (b.kind, b.organisation, len(b.people)) == ("group", "해님어린이집", 15)


def test_no_show_review_lists_portal_entries_and_calls_and_lifts(qtbot, ctx, manager, clock):
    book(ctx, kid(), adult())
    later = book(ctx, kid(), adult(), day=DAY + dt.timedelta(days=2))
    clock.set(dt.datetime.combine(DAY, dt.time(12, 5)))
    d = NoShowDialog(ctx, manager)
    qtbot.addWidget(d)
    d.sweep()
    assert d.no_shows.rowCount() == 1 and d.no_shows.item(0, 4).text() == "2025-07-10"
    assert d.calls.rowCount() == 1 and later in d.calls.item(0, 3).text()
    assert d.penalties.item(0, 4).text() == "제한 중"
    d.lift(d.penalty_rows[0].id, "확인 결과 포털 오류")
    assert d.penalties.item(0, 4).text() == "해제됨"


def test_closure_dialog_blocks_a_session_and_lists_calls(qtbot, ctx, manager, clock):
    book(ctx, kid(), adult(), session=3)
    clock.set(dt.datetime.combine(DAY, dt.time(9)))
    d = ClosureDialog(ctx, manager)
    qtbot.addWidget(d)
    d.session.setCurrentIndex(d.session.findData(3))
    d.reason.insert("종사자 교육")
    d.block()
    assert "취소된 예약 1건" in d.message.text() and d.calls.rowCount() == 1
    d.block()  # the same again
    assert "이미 운영하지 않습니다" in d.message.text() and "CAL-6" not in d.message.text()


def test_phone_cancellation_from_the_desk(qtbot, window, ctx, clock):
    code = book(ctx, kid(), adult())
    window.scan.setText(code)
    window.on_scan()
    assert window.panel.cancel_button.isVisible()
    done, message = cancel_booking(window, ctx, window.staff, code, reason="아이 감기")
    assert done and "취소했습니다" in message
    clock.set(dt.datetime.combine(DAY, dt.time(12, 0)))
    other = book(ctx, kid(), adult(), name="이", phone="010-1111-2222")
    done, message = cancel_booking(window, ctx, window.staff, other, reason="늦음")
    assert not done and "회차 종료(06-11 12:00)까지만" in message and "RSV-5" not in message


def test_board_marks_no_shows_as_sessions_end(qtbot, window, ctx, clock):
    book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(12, 1)))
    window.refresh()
    assert "노쇼 1건" in window.message.text()

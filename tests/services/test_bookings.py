"""RSV-2, RSV-3, RSV-5, RSV-6 and CAL-6 with the clock frozen at every cut-off edge."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.db.models import Booking, Penalty
from desk_app.domain.errors import BadInput, Conflict, ManagerOnly, NotAdmissible
from desk_app.services.board import BoardService
from desk_app.services.bookings import CancellationService, ClosureService, GroupBooking, GroupService, NoShowService
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.finding import FindService
from desk_app.services.staff import StaffService
from tests.conftest import DAY, adult, book, kid

CARD = PaymentIn(
    "card", approval_no="12345678", allow_duplicate=True
)  # one slip number for many payments; the check has its own test


def at(clock, day, hhmm):
    clock.set(dt.datetime.combine(day, dt.time.fromisoformat(hhmm)))


def status(ctx, code):
    with ctx.store.uow() as uow:
        return uow.bookings.by_code(code).status


# ------------------------------------------------------------------ RSV-5


@pytest.mark.parametrize(
    ("channel", "clock_at", "ok"),
    [
        ("online", "09:59", True),
        ("online", "10:00", False),  # online: until the session starts
        ("phone", "11:59", True),
        ("phone", "12:00", False),  # phone: until the session ends
    ],
)
def test_cancellation_cut_offs(ctx, clock, manager, channel, clock_at, ok):
    code = book(ctx, kid(), adult())
    at(clock, DAY, clock_at)
    svc = CancellationService(ctx)
    if ok:
        svc.cancel(code, channel, "아이가 아파요", manager)
        assert status(ctx, code) == "cancelled"
        with ctx.store.uow() as uow:
            b = uow.bookings.by_code(code)
            assert (b.cancel_channel, b.cancelled_by) == (channel, manager.id)
    else:
        with pytest.raises(NotAdmissible) as err:
            svc.cancel(code, channel, "", manager)
        assert err.value.rule == "RSV-5"
        assert status(ctx, code) == "booked"


# ------------------------------------------------------------------ RSV-6


def test_no_show_at_session_end_with_30_day_penalty_and_forced_cancellations(ctx, clock, manager):
    code = book(ctx, kid(), adult())  # 2025-06-11 session 1
    inside = book(ctx, kid(), adult(), day=DAY + dt.timedelta(days=7))  # same booker, inside 30 days
    outside = book(ctx, kid(), adult(), day=DAY + dt.timedelta(days=30))  # 2025-07-11: day 31
    svc = NoShowService(ctx)
    at(clock, DAY, "11:59")
    assert svc.sweep().no_shows == ()  # not yet: the session has not ended
    at(clock, DAY, "12:00")
    result = svc.sweep()
    assert [n.code for n in result.no_shows] == [code]
    assert result.no_shows[0].penalty_until == dt.date(2025, 7, 10)  # 30 days counted from the session date
    assert [c.code for c in result.to_call] == [inside]
    assert status(ctx, inside) == "cancelled" and status(ctx, outside) == "booked"
    assert svc.sweep().no_shows == ()  # safe to run again


def test_penalty_refuses_booker_until_the_30th_day(ctx, clock, manager):
    """RSV-6: inside the ban the booker can neither book (any path) nor walk in; the day after, both."""
    book(ctx, kid(), adult())
    at(clock, DAY, "12:00")
    NoShowService(ctx).sweep()
    last = dt.date(2025, 7, 10)  # the 30th day (a Thursday)
    with pytest.raises(NotAdmissible) as err:
        book(ctx, kid(), adult(), day=last)
    assert err.value.rule == "RSV-6"
    at(clock, last, "10:35")  # walk-ins open
    desk = CheckinService(ctx)
    walkin = dataclasses.replace(
        desk.walkin_request(1),
        people=(kid(), adult()),
        booker_name="김하늘",
        booker_phone="010-1234-5678",
        residency_doc="resident_card",
    )
    assert desk.preview(walkin).rule == "RSV-6"
    after = last + dt.timedelta(days=1)
    code = book(ctx, kid(), adult(), day=after)
    at(clock, after, "10:05")
    p = desk.preview(dataclasses.replace(desk.request_for(code), residency_doc="resident_card"))
    assert p.payable, p.refusal
    assert FindService(ctx).scan(code).bookings[0].penalty is None


def test_manager_lifts_a_penalty_with_a_reason(ctx, clock, manager):
    code = book(ctx, kid(), adult())
    at(clock, DAY, "12:30")
    svc = NoShowService(ctx)
    svc.sweep()
    penalty = svc.penalties()[0]
    staff = StaffService(ctx).create("김직원", "staff", "1357", by=manager)
    with pytest.raises(ManagerOnly, match="관리자"):
        svc.lift(penalty.id, "착오", staff)
    with pytest.raises(BadInput):
        svc.lift(penalty.id, " ", manager)
    svc.lift(penalty.id, "예약 시스템 오류 확인", manager)
    assert svc.penalties()[0].lifted
    later = book(ctx, kid(), adult(), day=DAY + dt.timedelta(days=1))
    at(clock, DAY + dt.timedelta(days=1), "10:05")
    desk = CheckinService(ctx)
    assert desk.preview(dataclasses.replace(desk.request_for(later), residency_doc="resident_card")).payable
    assert code


# ------------------------------------------------------------------ RSV-2


def test_a_child_already_in_today_is_refused_another_session(ctx, clock, manager):
    first = book(ctx, kid(name="김서준"), adult())
    again = book(ctx, kid(name="김서준"), adult(), session=2, name="김아빠", phone="010-9999-0000")
    at(clock, DAY, "10:05")
    desk = CheckinService(ctx)
    desk.pay(dataclasses.replace(desk.request_for(first), residency_doc="resident_card"), CARD, "k1", manager.id)
    at(clock, DAY, "13:05")
    p = desk.preview(dataclasses.replace(desk.request_for(again), residency_doc="resident_card"))
    assert p.rule == "RSV-2" and "1회차에 이미 입장" in p.refusal


# ------------------------------------------------------------------ RSV-3


def group(day, children=12, teachers=2, birth=dt.date(2021, 4, 4), session=1):
    return GroupBooking(day, session, "해님어린이집", "박선생", "02-123-4567", (birth,) * children, teachers)


def test_group_by_phone_from_30_days_before_on_weekdays(ctx, clock, manager):
    svc = GroupService(ctx)
    visit = dt.date(2025, 7, 11)  # a Friday
    at(clock, visit - dt.timedelta(days=31), "09:00")
    with pytest.raises(NotAdmissible) as err:
        svc.book(group(visit), manager)
    assert err.value.rule == "RSV-3" and "2025-06-11" in err.value.message
    at(clock, visit - dt.timedelta(days=30), "09:00")
    code = svc.book(group(visit), manager)
    with ctx.store.uow() as uow:
        b = uow.bookings.by_code(code)
        assert (b.kind, b.source, b.organisation, len(b.people)) == ("group", "phone", "해님어린이집", 14)
    with pytest.raises(NotAdmissible) as err:
        svc.book(group(dt.date(2025, 7, 5)), manager)  # a Saturday inside the 30 days
    assert err.value.rule == "CAL-3"
    with pytest.raises(NotAdmissible) as err:
        svc.book(group(visit, children=8, teachers=1, session=2), manager)  # 9 people
    assert err.value.rule == "RSV-3"
    with pytest.raises(NotAdmissible) as err:
        svc.book(group(visit, children=12, teachers=1, birth=dt.date(2024, 1, 1), session=2), manager)  # age 1: 1:5
    assert err.value.rule == "RSV-3" and "3명이 필요" in err.value.message
    with pytest.raises(NotAdmissible) as err:
        svc.book(group(visit, children=8, teachers=2), manager)  # 14 + 10 > 22 on session 1
    assert err.value.rule == "CAL-4"


# ------------------------------------------------------------------ CAL-6


def test_closure_lists_bookings_to_call_and_refuses_walkins(ctx, clock, manager):
    a = book(ctx, kid(), adult(), session=2)
    b = book(ctx, kid(), adult(), session=2, name="이바다", phone="010-2222-3333")
    c = book(ctx, kid(), adult(), session=3, name="최", phone="010-3333-4444")
    at(clock, DAY, "09:00")
    staff = StaffService(ctx).create("김직원", "staff", "1357", by=manager)
    with pytest.raises(ManagerOnly, match="관리자"):
        ClosureService(ctx).block(DAY, 2, "정기 소독", staff)
    calls = ClosureService(ctx).block(DAY, 2, "정기 소독", manager)
    assert sorted(x.code for x in calls) == sorted([a, b]) and status(ctx, c) == "booked"
    assert all("정기 소독" in x.reason for x in calls)
    desk = CheckinService(ctx)
    board = BoardService(ctx).board()
    assert [s.no for s in board.sessions] == [1, 3] and board.closed_sessions[0].no == 2
    at(clock, DAY, "13:40")
    with pytest.raises(NotAdmissible) as err:
        desk.walkin_request(2)
    assert err.value.rule in ("CAL-1", "CAL-6")
    with pytest.raises(Conflict):
        ClosureService(ctx).block(DAY + dt.timedelta(days=5), None, "x", manager)  # 2025-06-16 is a Monday


def test_no_show_sweep_skips_cancelled_and_checked_in(ctx, clock, manager):
    paid = book(ctx, kid(), adult())
    cancelled = book(ctx, kid(), adult(), name="이", phone="010-1111-2222")
    at(clock, DAY, "09:00")
    CancellationService(ctx).cancel(cancelled, "online", "", None)
    at(clock, DAY, "10:05")
    desk = CheckinService(ctx)
    desk.pay(dataclasses.replace(desk.request_for(paid), residency_doc="resident_card"), CARD, "k", manager.id)
    at(clock, DAY, "18:00")
    assert NoShowService(ctx).sweep().no_shows == ()
    with ctx.store.uow() as uow:
        assert uow.session.scalars(select(Penalty)).all() == []
        assert {b.status for b in uow.session.scalars(select(Booking))} == {"checked_in", "cancelled"}

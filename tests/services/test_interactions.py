"""Rules that hold where features meet (issue 11). Each numbered case of the issue failed on the
first version; each is reached here by every path that adds people."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.domain.errors import Conflict, ManagerOnly, NotAdmissible
from desk_app.services.board import BoardService
from desk_app.services.bookings import (
    CancellationService,
    ClosureService,
    GroupBooking,
    GroupService,
    NoShowService,
)
from desk_app.services.care import CareService
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.closeout import CloseoutService, ReversalService
from desk_app.services.documents import DocumentService
from desk_app.services.finding import FindService
from desk_app.services.portal_import import PortalImportService
from desk_app.services.staff import StaffService
from tests.conftest import DAY, adult, book, db_arg, kid
from tests.services.test_portal_import import row, write_csv

CARD = PaymentIn(
    "card", approval_no="12345678", allow_duplicate=True
)  # one slip number for many payments; the check has its own test


def at(clock, day, hhmm):
    clock.set(dt.datetime.combine(day, dt.time.fromisoformat(hhmm)))


def status(ctx, code):
    with ctx.store.uow() as uow:
        return uow.bookings.by_code(code).status


def request(ctx, code, **changes):
    desk = CheckinService(ctx)
    return dataclasses.replace(desk.request_for(code), residency_doc="resident_card", **changes)


def pay(ctx, manager, code, key=None, **changes):
    return CheckinService(ctx).pay(request(ctx, code, **changes), CARD, key or f"key-{code}-{changes}", manager.id)


def walkin(ctx, session=1, name="이현장", phone="010-9999-0000", people=None):
    desk = CheckinService(ctx)
    return dataclasses.replace(
        desk.walkin_request(session),
        people=people or (kid("2021-05-05", name="현장아이", care=True), adult()),
        booker_name=name,
        booker_phone=phone,
        residency_doc="resident_card",
    )


# ------------------------------------------------------------------ 1. ELG-5 × RSV-4: care places


def test_booked_care_applications_hold_the_care_places_against_walkins(ctx, clock, manager):
    """ELG-5: 'at most 2 per session' counts booked applications, not only children already in."""
    a = book(ctx, kid("2021-01-01", name="가", care=True), adult(), name="가족가", phone="010-1111-0001")
    b = book(ctx, kid("2021-02-02", name="나", care=True), adult(), name="가족나", phone="010-1111-0002")
    at(clock, DAY, "10:35")  # walk-ins open; neither care child has arrived
    assert BoardService(ctx).board().sessions[0].care_taken == 2
    preview = CheckinService(ctx).preview(walkin(ctx))
    assert preview.rule == "ELG-5", preview.refusal
    # both booked children are then admitted at the door
    pay(ctx, manager, a)
    pay(ctx, manager, b)
    assert BoardService(ctx).board().sessions[0].care_taken == 2


def test_care_at_the_door_counts_booked_applications_of_others(ctx, clock, manager):
    book(ctx, kid("2021-01-01", name="가", care=True), adult(), name="가족가", phone="010-1111-0001")
    book(ctx, kid("2021-02-02", name="나", care=True), adult(), name="가족나", phone="010-1111-0002")
    third = book(ctx, kid("2021-03-03", name="다"), adult(), name="가족다", phone="010-1111-0003")
    at(clock, DAY, "10:05")
    asks = request(ctx, third, people=(kid("2021-03-03", name="다", care=True), adult()))
    assert CheckinService(ctx).preview(asks).rule == "ELG-5"


def test_import_warns_of_a_third_care_application_in_a_session(ctx, clock, tmp_path):
    rows = [row(no=f"C{i}", name=f"보호자{i}", phone=f"010-2222-000{i}", child=f"아이{i}", care="Y") for i in range(3)]
    summary = PortalImportService(ctx).run(write_csv(tmp_path / "care.csv", rows))
    assert summary.added == 3
    assert any("ELG-5" in w for w in summary.warnings)


# ------------------------------------------------------------------ 2, 3. CAL-6 × RSV-1 × RSV-6: closures


def test_closed_session_import_is_listed_not_booked(ctx, clock, manager, tmp_path):
    """CAL-6 × RSV-1: a portal row on a session the manager closed is cancelled by force and
    listed to call, with a warning."""
    ClosureService(ctx).block(dt.date(2025, 6, 17), 1, "소독", manager)
    summary = PortalImportService(ctx).run(write_csv(tmp_path / "a.csv", [row(no="R1"), row(no="R2", session="2")]))
    assert [c.portal_no for c in summary.to_call] == ["R1"]
    assert any("R1" in w and "CAL-6" in w for w in summary.warnings)
    with ctx.store.uow() as uow:
        r1, r2 = uow.bookings.by_portal_no("R1"), uow.bookings.by_portal_no("R2")
        assert (r1.status, r1.cancel_channel) == ("cancelled", "forced")
        assert r1.cancel_reason.startswith("CAL-6")
        assert r2.status == "booked"


def test_closed_day_import_is_listed_not_booked(ctx, clock, manager, tmp_path):
    ClosureService(ctx).block(dt.date(2025, 6, 17), None, "종사자 교육", manager)
    summary = PortalImportService(ctx).run(write_csv(tmp_path / "a.csv", [row(no="R1")]))
    assert [c.portal_no for c in summary.to_call] == ["R1"]


def test_a_newer_file_moving_a_booking_onto_a_closed_session_lists_it(ctx, clock, manager, tmp_path):
    svc = PortalImportService(ctx)
    svc.run(write_csv(tmp_path / "a.csv", [row(no="R1", session="2")]))
    ClosureService(ctx).block(dt.date(2025, 6, 17), 1, "행사", manager)
    summary = svc.run(write_csv(tmp_path / "b.csv", [row(no="R1", session="1")]))
    assert summary.updated == 1 and [c.portal_no for c in summary.to_call] == ["R1"]


def test_a_booking_on_a_session_the_center_closed_is_never_a_no_show(ctx, clock, manager):
    """CAL-6 × RSV-6: whatever put a booking there, the sweep cancels it and lists it; no ban."""
    code = book(ctx, kid(), adult())
    with ctx.store.uow() as uow:  # a closure recorded without its cancellations (an older desk, a crash)
        uow.days.add_closure(DAY, 1, "정기 소독", manager.id, dt.datetime(2025, 6, 10, 9))
        uow.commit()
    at(clock, DAY, "12:00")
    result = NoShowService(ctx).sweep()
    assert result.no_shows == ()
    assert [c.code for c in result.to_call] == [code]
    assert status(ctx, code) == "cancelled"
    assert NoShowService(ctx).penalties() == []


def test_closing_a_session_cancels_and_lists_its_bookings_for_every_source(ctx, clock, manager):
    portal = book(ctx, kid(), adult())
    group = GroupService(ctx).book(
        GroupBooking(DAY, 1, "해님어린이집", "박선생", "02-123-4567", (dt.date(2021, 1, 1),) * 10, 1), manager
    )
    calls = ClosureService(ctx).block(DAY, 1, "행사", manager)
    assert {c.code for c in calls} == {portal, group}
    at(clock, DAY, "10:35")
    with pytest.raises(NotAdmissible) as err:
        walkin(ctx, 1)
    assert err.value.rule == "CAL-6"


# ------------------------------------------------------------------ 4, 5. RSV-6 × RSV-3 × RSV-1: bans


def _no_show(ctx, clock, name, phone, kind="individual"):
    if kind == "group":
        code = GroupService(ctx).book(GroupBooking(DAY, 1, "해님어린이집", name, phone, (dt.date(2021, 1, 1),) * 10, 1))
    else:
        code = book(ctx, kid(), adult(), name=name, phone=phone)
    at(clock, DAY, "12:00")
    assert [n.code for n in NoShowService(ctx).sweep().no_shows] == [code]
    return code


def test_a_group_contact_under_a_ban_cannot_book_a_group_by_phone(ctx, clock, manager):
    """RSV-6 × RSV-3: the ban stops the booking itself, not only the door."""
    _no_show(ctx, clock, "박선생", "02-123-4567", kind="group")
    with pytest.raises(NotAdmissible) as err:
        GroupService(ctx).book(
            GroupBooking(
                DAY + dt.timedelta(days=7), 1, "해님어린이집", "박선생", "02-123-4567", (dt.date(2021, 1, 1),) * 10, 1
            )
        )
    assert err.value.rule == "RSV-6"
    day_after_ban = DAY + dt.timedelta(days=30)  # 2025-07-11, a Friday
    GroupService(ctx).book(
        GroupBooking(day_after_ban, 1, "해님어린이집", "박선생", "02-123-4567", (dt.date(2021, 1, 1),) * 10, 1)
    )


def test_a_banned_booker_cannot_walk_in(ctx, clock, manager):
    _no_show(ctx, clock, "김하늘", "010-1234-5678")
    at(clock, DAY + dt.timedelta(days=1), "10:35")
    req = walkin(ctx, name="김하늘", phone="010-1234-5678", people=(kid(), adult()))
    assert CheckinService(ctx).preview(req).rule == "RSV-6"
    with pytest.raises(NotAdmissible):
        CheckinService(ctx).pay(req, CARD, "k1", manager.id)


def test_a_newer_file_moving_a_booking_into_a_ban_cancels_and_lists_it(ctx, clock, manager, tmp_path):
    """RSV-6 × RSV-1: a move into the ban window is asked again, like a new row."""
    svc = PortalImportService(ctx)
    at(clock, dt.date(2025, 6, 10), "09:00")
    svc.run(write_csv(tmp_path / "a.csv", [row(no="R1", day="2025-07-30")]))  # outside any ban
    _no_show(ctx, clock, "김하늘", "010-1234-5678")  # ban 2025-06-11 .. 2025-07-10 for the same booker
    at(clock, dt.date(2025, 6, 12), "09:00")
    summary = svc.run(write_csv(tmp_path / "b.csv", [row(no="R1", day="2025-06-25")]))  # moved inside
    assert summary.updated == 1
    assert [c.portal_no for c in summary.to_call] == ["R1"]
    with ctx.store.uow() as uow:
        b = uow.bookings.by_portal_no("R1")
        assert (b.status, b.cancel_channel) == ("cancelled", "forced") and b.cancel_reason.startswith("RSV-6")


def test_a_phone_booking_inside_a_ban_is_refused(ctx, clock, manager):
    _no_show(ctx, clock, "김하늘", "010-1234-5678")
    from desk_app.services.bookings import BookingService, NewBooking

    with pytest.raises(NotAdmissible) as err:
        BookingService(ctx).add(
            NewBooking(DAY + dt.timedelta(days=2), 1, "김하늘", "010-1234-5678", (kid(), adult()), source="phone")
        )
    assert err.value.rule == "RSV-6"


# ------------------------------------------------------------------ 6. FEE-6 × CHK-4: a reversed visit ends


def test_a_voided_visit_ends_and_the_party_can_be_charged_again(ctx, clock, manager, tmp_path):
    code = book(ctx, kid("2021-03-03", name="서준"), adult())
    at(clock, DAY, "10:05")
    board = BoardService(ctx)
    first = pay(ctx, manager, code, kt_member=True)
    assert board.board().sessions[0].arrived == 2
    assert CloseoutService(ctx).report(DAY).kt_count == 1
    ReversalService(ctx).reverse(first.receipt_no, "금액 착오", manager)
    # the slip is refused with the reason, the people leave the counts, the places are held again
    scanned = FindService(ctx).scan(first.visit_code)
    assert scanned.kind == "reentry" and not scanned.reentry.ok and "취소" in scanned.reentry.message
    s1 = board.board().sessions[0]
    assert (s1.arrived, s1.booked) == (0, 2)
    assert status(ctx, code) == "booked"
    report = CloseoutService(ctx).report(DAY)
    assert report.kt_count == 0 and report.sessions[0].adults == 0  # KT settlement loses the voided one
    # no fresh slip for the voided visit; the receipt prints with the void marked
    docs = DocumentService(ctx, tmp_path / "printed")
    with pytest.raises(Conflict):
        docs.render(first.visit_code, "slip")
    assert "결제 취소" in (docs.receipt_data(first.visit_code).reversal or "")
    assert (first.visit_code, "slip") not in docs.unprinted(DAY)
    # checked in and charged again the same day, on the same booking
    second = pay(ctx, manager, code, key="second")
    assert second.visit_code != first.visit_code and not second.replayed
    assert board.board().sessions[0].arrived == 2
    assert FindService(ctx).scan(second.visit_code).reentry.ok
    at(clock, DAY, "12:00")
    assert NoShowService(ctx).sweep().no_shows == ()
    at(clock, DAY, "18:00")
    report = CloseoutService(ctx).close(DAY, None, manager, backup=False)
    assert (report.total_taken, report.total_reversed) == (first.total + second.total, first.total)


def test_a_voided_walkin_can_walk_in_again(ctx, clock, manager):
    """FEE-6 × RSV-2: one visit a day counts only visits that stand."""
    at(clock, DAY, "10:35")
    req = walkin(ctx, people=(kid("2021-05-05", name="현장아이"), adult()))
    first = CheckinService(ctx).pay(req, CARD, "w1", manager.id)
    ReversalService(ctx).reverse(first.receipt_no, "직원 착오", manager)
    second = CheckinService(ctx).pay(
        walkin(ctx, people=(kid("2021-05-05", name="현장아이"), adult())), CARD, "w2", manager.id
    )
    assert second.visit_code != first.visit_code
    assert BoardService(ctx).board().sessions[0].arrived == 2


def test_a_void_after_the_session_cancels_the_booking_and_no_show_never_follows(ctx, clock, manager):
    code = book(ctx, kid(), adult())
    at(clock, DAY, "10:05")
    paid = pay(ctx, manager, code)
    at(clock, DAY, "12:30")
    ReversalService(ctx).reverse(paid.receipt_no, "중복 결제", manager)
    assert status(ctx, code) == "cancelled"
    assert NoShowService(ctx).sweep().no_shows == ()


def test_a_party_whose_void_is_not_followed_by_a_new_check_in_is_not_a_no_show(ctx, clock, manager):
    code = book(ctx, kid(), adult())
    at(clock, DAY, "10:05")
    paid = pay(ctx, manager, code)
    ReversalService(ctx).reverse(paid.receipt_no, "아이가 열이 남", manager)
    at(clock, DAY, "12:00")
    assert NoShowService(ctx).sweep().no_shows == ()
    with ctx.store.uow() as uow:
        b = uow.bookings.by_code(code)
        assert (b.status, b.cancel_reason) == ("cancelled", "FEE-6 결제 취소 후 다시 입장하지 않음")


def test_a_refund_on_a_later_day_ends_the_visit_of_an_unclosed_day(ctx, clock, manager):
    code = book(ctx, kid(), adult())
    at(clock, DAY, "10:05")
    paid = pay(ctx, manager, code)
    at(clock, DAY + dt.timedelta(days=1), "10:00")
    done = ReversalService(ctx).reverse(paid.receipt_no, "센터 사정", manager)
    assert done.kind == "refund"
    scanned = FindService(ctx).scan(paid.visit_code).reentry
    assert not scanned.ok and "환불" in scanned.message


def test_a_refund_of_a_closed_day_leaves_that_day_as_closed(ctx, clock, manager):
    code = book(ctx, kid(), adult())
    at(clock, DAY, "10:05")
    paid = pay(ctx, manager, code)
    at(clock, DAY, "18:00")
    closed = CloseoutService(ctx).close(DAY, None, manager, backup=False)
    at(clock, DAY + dt.timedelta(days=1), "10:00")
    ReversalService(ctx).reverse(paid.receipt_no, "센터 사정", manager)
    assert CloseoutService(ctx).report(DAY).sessions == closed.sessions  # CLS-2
    assert CloseoutService(ctx).report(DAY + dt.timedelta(days=1)).total_reversed == paid.total
    assert not FindService(ctx).scan(paid.visit_code).reentry.ok


# ------------------------------------------------------------------ 7. ELG-5: the late pick-up flag


def test_a_late_pickup_flag_shows_at_the_next_care_application_and_a_manager_clears_it(ctx, clock, manager):
    first = book(ctx, kid("2021-01-01", name="가", care=True), adult())
    at(clock, DAY, "10:05")
    paid = pay(ctx, manager, first)
    staff = StaffService(ctx).create("김직원", "staff", "1357", by=manager)
    care = CareService(ctx)
    care.flag_late_pickup(paid.visit_code, 15, "11:55에 옴", staff)
    with pytest.raises(Conflict):
        care.flag_late_pickup(paid.visit_code, 5, "", staff)  # once a visit
    later = DAY + dt.timedelta(days=7)
    code = book(ctx, kid("2021-01-01", name="가", care=True), adult(), day=later)
    at(clock, later, "10:05")
    assert FindService(ctx).scan(code).bookings[0].late_pickup == DAY
    preview = CheckinService(ctx).preview(request(ctx, code))
    assert preview.payable and any("늦게" in n and "ELG-5" in n for n in preview.notes)
    no_care = CheckinService(ctx).preview(request(ctx, code, people=(kid("2021-01-01", name="가"), adult())))
    assert not any("늦게" in n for n in no_care.notes)  # shown only to a care application
    flag = care.open_flags()[0]
    with pytest.raises(ManagerOnly):
        care.clear(flag.id, "확인함", staff)
    care.clear(flag.id, "보호자와 통화함", manager)
    assert care.open_flags() == []
    assert FindService(ctx).scan(code).bookings[0].late_pickup is None


def test_late_pickup_needs_a_care_visit(ctx, clock, manager):
    code = book(ctx, kid(), adult())
    at(clock, DAY, "10:05")
    paid = pay(ctx, manager, code)
    with pytest.raises(Conflict) as err:
        CareService(ctx).flag_late_pickup(paid.visit_code, 10, "", manager)
    assert err.value.rule == "ELG-5"


# ------------------------------------------------------------------ 8. CLS-2: a closed day takes nothing


def test_a_group_on_a_closed_day_is_refused_with_cls2(ctx, clock, manager):
    at(clock, DAY, "18:00")
    CloseoutService(ctx).close(DAY, None, manager, backup=False)
    with pytest.raises(Conflict) as err:
        GroupService(ctx).book(
            GroupBooking(DAY, 3, "해님어린이집", "박선생", "02-123-4567", (dt.date(2021, 1, 1),) * 10, 1), manager
        )
    assert err.value.rule == "CLS-2"


def test_every_path_refuses_a_closed_day(ctx, clock, manager, tmp_path):
    code = book(ctx, kid(), adult(), session=3)
    CancellationService(ctx).cancel(code, "phone", "", manager)
    at(clock, DAY, "18:00")
    CloseoutService(ctx).close(DAY, None, manager, backup=False)
    with pytest.raises(Conflict) as err:
        book(ctx, kid(), adult(), session=3)
    assert err.value.rule == "CLS-2"
    summary_error = None
    try:
        PortalImportService(ctx).run(write_csv(tmp_path / "a.csv", [row(day=DAY.isoformat())]))
    except Conflict as e:
        summary_error = e
    assert summary_error is not None and summary_error.rule == "CLS-2"


# ------------------------------------------------------------------ manager only, one refusal


def test_manager_only_is_one_refusal_and_the_cli_exits_3(ctx, clock, manager, capsys, monkeypatch):
    import io

    from desk_app.cli import main

    StaffService(ctx).create("김직원", "staff", "1357", by=manager)
    monkeypatch.setattr("sys.stdin", io.StringIO("1357\n"))
    assert main(["purge", "--db", db_arg(ctx.store), "--manager", "김직원"]) == 3
    assert "MGR-1" in capsys.readouterr().err

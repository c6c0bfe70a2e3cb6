"""CHK-1 to CHK-4 and RSV-4 through the check-in service, over a real SQLite file."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from desk_app.db.models import AuditEntry, Payment, Visit
from desk_app.domain.errors import BadInput, Conflict, NotAdmissible
from desk_app.services.board import BoardService
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.documents import DocumentService
from desk_app.services.finding import FindService
from tests.conftest import DAY, adult, book, kid

CARD = PaymentIn(
    "card", approval_no="30012345", allow_duplicate=True
)  # one slip number for many payments; the check has its own test


def at(clock, hhmm):
    clock.set(dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm)))


def verified(svc, code, **changes):
    req = svc.request_for(code)
    return dataclasses.replace(req, residency_doc="resident_card", **changes)


def test_board_counts_booked_arrived_and_places_left(ctx, manager, clock):
    svc = CheckinService(ctx)
    code = book(ctx, kid(), kid("2022-02-02"), adult())
    book(ctx, kid(), adult(), name="이바다", phone="010-2222-3333")
    board = BoardService(ctx).board()
    s1 = board.sessions[0]
    assert (s1.capacity, s1.booked, s1.arrived, s1.left, s1.state) == (22, 5, 0, 17, "not_open")
    at(clock, "10:05")
    svc.pay(verified(svc, code), CARD, "k1", manager.id)
    s1 = BoardService(ctx).board().sessions[0]
    assert (s1.booked, s1.arrived, s1.left, s1.state) == (5, 3, 17, "open")
    assert s1.walkin_opens == dt.time(10, 30)


def test_scan_by_code_phone_digits_and_name(ctx):
    code = book(ctx, kid(), adult(), portal_no="P-0001")
    book(ctx, kid(), adult(), name="김하나", phone="010-9999-5678")
    assert FindService(ctx).scan(code.lower()).bookings[0].code == code  # a scanner on a Korean layout
    assert FindService(ctx).scan("P-0001").bookings[0].code == code
    found = FindService(ctx).scan("5678")
    assert found.kind == "bookings" and len(found.bookings) == 2
    assert {b.phone_masked for b in found.bookings} == {"010-****-5678"}
    assert FindService(ctx).scan("하늘").bookings[0].booker_name == "김하늘"
    none = FindService(ctx).scan("BZZZZZZZ")
    assert none.kind == "none" and "없습니다" in none.message


def test_scan_of_another_days_booking_is_a_calm_message(ctx):
    code = book(ctx, kid(), adult(), day=dt.date(2025, 6, 12))
    result = FindService(ctx).scan(code)
    assert result.kind == "none" and "2025-06-12" in result.message


def test_preview_is_the_quote_engine_line_by_line(ctx, clock):
    svc = CheckinService(ctx)
    code = book(ctx, kid(), adult())
    req = verified(svc, code, kt_member=True)
    p = svc.preview(req)
    assert p.payable and p.total == 2600  # SPEC E3
    assert [(x.person_label, x.item_label, x.charge, x.reason_label) for x in p.lines] == [
        ("아동 1", "입장료", 1600, "KT 멤버십 20%"),
        ("보호자 1", "입장료", 1000, None),
    ]
    people = (dataclasses.replace(req.people[0], reduction="multi_child", proof=False), req.people[1])
    p = svc.preview(dataclasses.replace(req, kt_member=False, people=people))
    assert p.total == 3000 and any("증빙서류" in n for n in p.notes)


def test_pay_commits_once_and_a_second_click_charges_nothing(ctx, manager, clock):
    at(clock, "10:02")
    svc = CheckinService(ctx)
    req = verified(svc, book(ctx, kid(), adult()))
    first = svc.pay(req, CARD, "same-key", manager.id)
    again = svc.pay(req, CARD, "same-key", manager.id)
    assert not first.replayed and again.replayed
    assert again.visit_code == first.visit_code and again.receipt_no == first.receipt_no
    with ctx.store.uow() as uow:
        assert uow.session.scalar(select(func.count(Payment.id))) == 1
        assert uow.session.scalar(select(func.count(Visit.id))) == 1
        # staff, booking, payment; and the rows bound to the journal (issue 12): booking, visit, payment
        assert uow.session.scalar(select(func.count(AuditEntry.id)).where(~AuditEntry.action.like("row.%"))) == 3
    # a new key for the same booking is "already checked in", not a second charge
    with pytest.raises(Conflict) as err:
        svc.pay(req, CARD, "other-key", manager.id)
    assert "이미 입장" in err.value.message


def test_payment_needs_approval_number_or_sender_and_no_cash(ctx, manager, clock):
    at(clock, "10:02")
    svc = CheckinService(ctx)
    req = verified(svc, book(ctx, kid(), adult()))
    with pytest.raises(BadInput, match="승인번호"):
        svc.pay(req, PaymentIn("card", approval_no=""), "k", manager.id)
    with pytest.raises(BadInput, match="입금자명"):
        svc.pay(req, PaymentIn("transfer", sender=" "), "k", manager.id)
    with pytest.raises(BadInput, match="현금 불가"):
        svc.pay(req, PaymentIn("cash"), "k", manager.id)
    with ctx.store.uow() as uow:
        assert uow.session.scalar(select(func.count(Payment.id))) == 0  # nothing changed
    paid = svc.pay(req, PaymentIn("transfer", sender="김하늘"), "k", manager.id)
    assert paid.method == "transfer" and paid.total == 3000


def test_residency_document_is_required_and_only_its_kind_is_kept(ctx, manager, clock):
    at(clock, "10:02")
    svc = CheckinService(ctx)
    req = svc.request_for(book(ctx, kid(), adult()))
    with pytest.raises(NotAdmissible) as err:
        svc.pay(req, CARD, "k", manager.id)
    assert err.value.rule == "ELG-3"
    paid = svc.pay(dataclasses.replace(req, residency_doc="seoul_citizen_card"), CARD, "k", manager.id)
    with ctx.store.uow() as uow:
        assert uow.visits.by_code(paid.visit_code).residency_doc == "seoul_citizen_card"


def test_free_visit_records_a_zero_payment_and_prints_both(ctx, manager, clock, tmp_path):
    at(clock, "10:02")
    svc = CheckinService(ctx)
    req = verified(svc, book(ctx, kid(), kid("2022-09-15"), adult()))
    people = (dataclasses.replace(req.people[0], reduction="multi_child", proof=True), *req.people[1:])
    paid = svc.pay(dataclasses.replace(req, people=people), PaymentIn("card"), "k", manager.id)
    assert paid.total == 0 and paid.method == "none"  # SPEC E2
    docs = DocumentService(ctx, tmp_path)
    assert docs.render(paid.visit_code, "slip").path.exists()
    assert docs.render(paid.visit_code, "receipt").path.exists()


def test_play_care_limit_of_two_per_session_across_families(ctx, manager, clock):
    at(clock, "10:02")
    svc = CheckinService(ctx)
    a = verified(svc, book(ctx, kid("2021-01-01", care=True), kid("2021-05-05", care=True), adult()))
    svc.pay(a, CARD, "a", manager.id)
    b = verified(svc, book(ctx, kid("2021-01-01", care=True, name="박하윤"), adult(), name="박", phone="010-5555-6666"))
    p = svc.preview(b)
    assert not p.payable and p.rule == "ELG-5"


def test_reentry_inside_the_session_and_refusals_outside(ctx, manager, clock):
    at(clock, "10:02")
    svc = CheckinService(ctx)
    paid = svc.pay(verified(svc, book(ctx, kid(), adult())), CARD, "k", manager.id)
    before = BoardService(ctx).board().sessions[0].arrived
    again = FindService(ctx).scan(paid.visit_code)
    assert again.kind == "reentry" and again.reentry.ok and again.reentry.valid_until == dt.time(12, 0)
    assert "12:00까지 유효" in again.reentry.message
    assert BoardService(ctx).board().sessions[0].arrived == before  # counted once
    at(clock, "12:00")
    late = FindService(ctx).scan(paid.visit_code).reentry
    assert not late.ok and "끝났습니다" in late.message
    clock.set(dt.datetime(2025, 6, 12, 10, 30))
    other_day = FindService(ctx).scan(paid.visit_code).reentry
    assert not other_day.ok and "2025-06-11" in other_day.message


def test_walkins_from_start_plus_30_minutes_with_places_left(ctx, manager, clock):
    svc = CheckinService(ctx)
    at(clock, "10:29")
    with pytest.raises(NotAdmissible) as err:
        svc.walkin_request(1)
    assert err.value.rule == "RSV-4" and "10:30" in err.value.message
    at(clock, "10:30")
    req = svc.walkin_request(1)
    req = dataclasses.replace(
        req,
        residency_doc="driver_license",
        booker_name="정유진",
        booker_phone="01077778888",
        people=(dataclasses.replace(req.people[0], birth_date=dt.date(2021, 1, 1)), req.people[1]),
    )
    paid = svc.pay(req, CARD, "w", manager.id)
    assert paid.total == 3000
    rows = BoardService(ctx).visits_on()
    assert rows[0].booker_name == "정유진" and rows[0].print_state == "pending"


def test_walkins_refused_when_the_session_is_full(ctx, manager, clock):
    for i in range(7):
        book(ctx, kid(), kid(), adult(), name=f"가족{i}", phone=f"010-1000-{i:04d}")
    book(ctx, kid(), adult(), name="마지막", phone="010-2000-0000")  # 23 would not fit, 21+2 = 23 > 22
    at(clock, "10:45")
    svc = CheckinService(ctx)
    assert BoardService(ctx).board().sessions[0].left == -1  # 23 booked places on 22: overbooked, no walk-ins
    with pytest.raises(NotAdmissible) as err:
        svc.walkin_request(1)
    assert err.value.rule == "RSV-4"


def test_health_refusal_is_recorded_and_cancels_the_booking(ctx, manager, clock):
    at(clock, "10:02")
    svc = CheckinService(ctx)
    code = book(ctx, kid(), adult())
    msg = svc.refuse(svc.request_for(code), "수두", manager.id)
    assert msg.startswith("ELG-6")
    assert FindService(ctx).scan(code).bookings[0].status == "cancelled"
    with ctx.store.uow() as uow:
        v = uow.session.scalars(select(Visit)).one()
        assert (v.status, v.refusal_rule, v.refusal_reason) == ("refused", "ELG-6", "수두")


def test_print_jobs_track_failure_and_reprint(ctx, manager, clock, tmp_path):
    at(clock, "10:02")
    svc = CheckinService(ctx)
    paid = svc.pay(verified(svc, book(ctx, kid(), adult())), CARD, "k", manager.id)
    docs = DocumentService(ctx, tmp_path)
    assert set(docs.unprinted(DAY)) == {(paid.visit_code, "slip"), (paid.visit_code, "receipt")}
    docs.mark(paid.visit_code, "slip", ok=True)
    docs.mark(paid.visit_code, "receipt", ok=False, error="용지 없음")
    assert docs.unprinted(DAY) == [(paid.visit_code, "receipt")]
    assert BoardService(ctx).visits_on()[0].print_state == "failed"
    docs.mark(paid.visit_code, "receipt", ok=True)
    assert docs.unprinted(DAY) == []

"""CLS-1 to CLS-3 and FEE-6: the close-out equals the payment records to the won; a closed day
refuses every change, whichever path tries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from desk_app.db.models import ChargeLine, Payment, PaymentReversal, Visit
from desk_app.domain.errors import BadInput, Conflict, ManagerOnly
from desk_app.printing.report import day_csv, day_pdf, month_pdf
from desk_app.services.bookings import CancellationService, ClosureService, NoShowService
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.closeout import CloseoutService, ReversalService, month_summary
from tests.conftest import DAY, adult, book, db_arg, kid

CARD = PaymentIn(
    "card", approval_no="12345678", allow_duplicate=True
)  # one slip number for many payments; the check has its own test


def check_in(ctx, manager, code, method=CARD, **changes):
    desk = CheckinService(ctx)
    req = dataclasses.replace(desk.request_for(code), residency_doc="resident_card", **changes)
    return desk.pay(req, method, f"key-{code}", manager.id)


def sums(ctx, day):
    """Straight from the records, without the report's queries."""
    with ctx.store.uow() as uow:
        pays = uow.session.scalars(select(Payment).where(Payment.day == day)).all()
        revs = uow.session.execute(
            select(PaymentReversal, Payment).join(Payment).where(PaymentReversal.day == day)
        ).all()
        by_method = {}
        for p in pays:
            by_method[p.method] = by_method.get(p.method, 0) + p.amount
        for r, p in revs:
            by_method[p.method] = by_method.get(p.method, 0) - r.amount
        return sum(p.amount for p in pays), sum(r.amount for r, _ in revs), by_method


# ------------------------------------------------------------------ CLS-3, as a property

_days = itertools.count()


def next_open_wednesday(profile):
    from desk_app.domain.calendar import day_plan

    while True:
        day = dt.date(2025, 6, 18) + dt.timedelta(weeks=next(_days))
        if day_plan(profile, day).open:
            return day


family = st.fixed_dictionaries(
    {
        "kids": st.integers(1, 3),
        "adults": st.integers(1, 2),
        "reduction": st.sampled_from([None, None, "multi_child", "single_parent", "disabled"]),
        "proof": st.booleans(),
        "kt": st.booleans(),
        "method": st.sampled_from(["card", "card", "transfer"]),
        "fate": st.sampled_from(["kept", "kept", "kept", "void", "refund"]),
    }
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(families=st.lists(family, min_size=0, max_size=6))
def test_report_equals_the_payment_records_to_the_won(ctx, clock, manager, families):
    day = next_open_wednesday(ctx.profile)
    clock.set(dt.datetime.combine(day, dt.time(9)))
    codes = []
    for i, f in enumerate(families):
        people = [kid(f"2021-0{1 + k}-0{1 + k}", name=f"아이{i}-{k}") for k in range(f["kids"])] + [
            adult() for _ in range(f["adults"])
        ]
        codes.append(
            book(
                ctx,
                *people,
                name=f"가족{i}",
                phone=f"010-5{i:03d}-{day.toordinal() % 10000:04d}",
                day=day,
                session=1 + i % 3,
            )
        )  # at most two families a session: always inside capacity
    clock.set(dt.datetime.combine(day, dt.time(10, 5)))
    receipts = []
    for code, f in zip(codes, families, strict=True):
        desk = CheckinService(ctx)
        req = desk.request_for(code)
        people = (dataclasses.replace(req.people[0], reduction=f["reduction"], proof=f["proof"]), *req.people[1:])
        method = CARD if f["method"] == "card" else PaymentIn("transfer", sender="입금자")
        paid = check_in(ctx, manager, code, method, people=people, kt_member=f["kt"])
        receipts.append((paid.receipt_no, f["fate"]))
    clock.set(dt.datetime.combine(day, dt.time(11, 0)))
    for receipt, fate in receipts:
        if fate == "void":
            ReversalService(ctx).reverse(receipt, "직원 착오", manager)
    clock.set(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(10, 0)))  # refunds the next day
    for receipt, fate in receipts:
        if fate == "refund":
            ReversalService(ctx).reverse(receipt, "센터 사정", manager)
    svc = CloseoutService(ctx)
    for d in (day, day + dt.timedelta(days=1)):
        r = svc.report(d)
        taken, back, by_method = sums(ctx, d)
        assert (r.total_taken, r.total_reversed, r.net_total) == (taken, back, taken - back)
        assert {x.method: x.amount for x in r.net if x.amount} == {m: a for m, a in by_method.items() if a}
        assert r.card_net == by_method.get("card", 0)
        assert sum(x.amount for x in r.net) == r.net_total
    with ctx.store.uow() as uow:
        waived = uow.session.scalar(
            select(func.coalesce(func.sum(ChargeLine.reduction), 0))
            .join(Visit)
            .where(Visit.day == day, Visit.status == "paid")
        )  # FEE-6: a voided or refunded visit's reductions (KT's among them) leave the totals
    r = svc.report(day)
    assert sum(x.won for x in r.reductions) + r.kt_won == waived


# ------------------------------------------------------------------ closing


def closed_day(ctx, clock, manager):
    code = book(ctx, kid(), adult())
    later = book(ctx, kid(), adult(), session=3, name="이", phone="010-3333-4444")
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    paid = check_in(ctx, manager, code)
    clock.set(dt.datetime.combine(DAY, dt.time(17, 40)))
    report = CloseoutService(ctx).close(DAY, "3,000원", manager)
    return paid, later, report


def test_close_keeps_the_terminal_difference_and_refuses_twice(ctx, clock, manager):
    code = book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    check_in(ctx, manager, code)
    svc = CloseoutService(ctx)
    clock.set(dt.datetime.combine(DAY, dt.time(17, 0)))
    with pytest.raises(Conflict, match="운영 중인 회차"):
        svc.close(DAY, "3000", manager)
    clock.set(dt.datetime.combine(DAY, dt.time(17, 40)))
    with pytest.raises(BadInput, match="숫자"):
        svc.close(DAY, "삼천원", manager)
    assert not svc.is_closed(DAY)  # nothing stored
    r = svc.close(DAY, "2,500", manager)
    assert (r.card_net, r.terminal_total, r.difference) == (3000, 2500, -500)
    assert r.closed_at == "2025-06-11 17:40" and r.closed_by == manager.name
    with pytest.raises(Conflict) as err:
        svc.close(DAY, "3000", manager)
    assert err.value.rule == "CLS-2" and "2025-06-11 17:40에 마감" in err.value.message
    if ctx.store.sqlite_path is None:
        return  # PostgreSQL: the server's own backups, not the desk's file copies
    backups = list((ctx.store.sqlite_path.parent / "backups").glob("*closed20250611*"))
    assert len(backups) == 1


def test_a_closed_day_refuses_every_service_path(ctx, clock, manager, tmp_path):
    paid, later, _ = closed_day(ctx, clock, manager)
    desk = CheckinService(ctx)
    p = desk.preview(dataclasses.replace(desk.request_for(later), residency_doc="resident_card"))
    assert p.rule == "CLS-2"
    with pytest.raises(Conflict) as err:
        CancellationService(ctx).cancel(later, "phone", "", manager)
    assert err.value.rule == "CLS-2"
    with pytest.raises(Conflict):
        ClosureService(ctx).block(DAY, 3, "행사", manager)
    with pytest.raises(Conflict):
        ReversalService(ctx).reverse(paid.receipt_no, "착오", manager)  # today is the closed day
    with pytest.raises(Conflict):
        desk.refuse(desk.request_for(later), "발열", manager.id)
    clock.set(dt.datetime.combine(DAY, dt.time(23, 0)))
    assert NoShowService(ctx).sweep().no_shows == ()  # the closed day's bookings are left as they are
    # a correction is a reversing entry on the next open day, shown on that day's report
    clock.set(dt.datetime(2025, 6, 12, 10, 0))
    done = ReversalService(ctx).reverse(paid.receipt_no, "센터 사정", manager)
    assert (done.kind, done.day) == ("refund", dt.date(2025, 6, 12))
    assert CloseoutService(ctx).report(DAY).net_total == 3000
    next_day = CloseoutService(ctx).report(dt.date(2025, 6, 12))
    assert next_day.net_total == -3000 and next_day.reversals[0].paid_on == "2025-06-11"


def test_a_closed_day_refuses_changes_behind_the_services_back(ctx, clock, manager):
    closed_day(ctx, clock, manager)
    statements = [
        "UPDATE payment SET amount = 0",
        "DELETE FROM payment",
        "UPDATE charge_line SET charge = 0",
        "UPDATE visit SET status = 'refused' WHERE day = '2025-06-11'",
        "DELETE FROM visit_person",
        "UPDATE booking SET status = 'booked' WHERE day = '2025-06-11'",
        "DELETE FROM booking WHERE day = '2025-06-11'",
        "UPDATE day_closeout SET terminal_total = 3000",
        "DELETE FROM day_closeout",
    ]
    for sql in statements:
        with ctx.store.engine.connect() as conn:
            with pytest.raises(IntegrityError, match="CLS-2"):
                conn.execute(text(sql))
            conn.rollback()
    # erasing personal data (OPS-3) stays possible
    with ctx.store.engine.begin() as conn:
        conn.execute(text("UPDATE visit_person SET name = NULL"))
        conn.execute(text("UPDATE booking_person SET name = NULL"))


def test_the_cli_cannot_change_a_closed_day(ctx, clock, manager, tmp_path, capsys):
    from desk_app.cli import main
    from tests.services.test_portal_import import row, write_csv

    closed_day(ctx, clock, manager)
    f = write_csv(tmp_path / "late.csv", [row(day="2025-06-11")])
    code = main(["import", str(f), "--db", db_arg(ctx.store)])
    assert code == 3 and "CLS-2" in capsys.readouterr().err


def test_report_of_a_day_with_no_records_says_so(ctx):
    r = CloseoutService(ctx).report(dt.date(2025, 6, 13))
    assert r.empty and r.net_total == 0
    text_ = PdfReader(__import__("io").BytesIO(day_pdf(r, ctx.profile.center))).pages[0].extract_text()
    assert "기록이 없습니다" in text_


def test_report_pdf_and_csv_read_back(ctx, clock, manager):
    paid, _, r = closed_day(ctx, clock, manager)
    clock.set(dt.datetime(2025, 6, 12, 10))
    ReversalService(ctx).reverse(paid.receipt_no, "센터 사정", manager)
    r = CloseoutService(ctx).report(DAY)
    pdf = PdfReader(__import__("io").BytesIO(day_pdf(r, ctx.profile.center))).pages[0].extract_text()
    for expected in (
        "일일 정산 보고서",
        "2025-06-11 (수)",
        "마감 2025-06-11 17:40",
        "회차별 이용",
        "카드 단말기 합계",
        "3,000",
        "KT",
    ):
        assert expected in pdf, expected
    csv_text = day_csv(r, ctx.profile.center).decode("utf-8-sig")
    assert "[결제]" in csv_text and "카드,1,3000,0,0,1,3000" in csv_text
    m = month_summary(ctx, 2025, 6)
    assert m.revenue_total == 0 and m.closed_days == 1  # 3,000 taken on the 11th, refunded on the 12th
    assert sum(v.children for v in m.visitors) == 1
    month_text = PdfReader(__import__("io").BytesIO(month_pdf(m, ctx.profile.center))).pages[0].extract_text()
    assert "월간 운영 보고" in month_text and "2025년 6월" in month_text


def test_reversals_are_whole_by_a_manager_with_a_reason_once(ctx, clock, manager):
    from desk_app.services.staff import StaffService

    code = book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    paid = check_in(ctx, manager, code)
    staff = StaffService(ctx).create("김직원", "staff", "1357", by=manager)
    with pytest.raises(ManagerOnly, match="관리자"):
        ReversalService(ctx).reverse(paid.receipt_no, "착오", staff)
    with pytest.raises(BadInput, match="사유"):
        ReversalService(ctx).reverse(paid.receipt_no, "", manager)
    done = ReversalService(ctx).reverse(paid.receipt_no, "직원 착오", manager)
    assert (done.kind, done.amount) == ("void", 3000)
    with pytest.raises(Conflict, match="이미"):
        ReversalService(ctx).reverse(paid.receipt_no, "또", manager)
    from desk_app.services.documents import DocumentService

    data = DocumentService(ctx).receipt_data(paid.visit_code, reprint=True)
    assert data.reversal and "결제 취소" in data.reversal and "직원 착오" in data.reversal

"""Repositories: every write of the records, and the reads a desk action decides on, one kind of
record each, through the unit of work's session. They never commit.

A service never sets a column itself: it asks the domain for the change (a state from
``domain.states``, a decision from ``domain.admission``) and hands it to a repository here.
The board, today's list and the reports are read by ``desk_app.db.views``."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from desk_app.db.locks import lock_days, lock_journal
from desk_app.db.models import (
    AuditEntry,
    Booker,
    Booking,
    BookingPerson,
    CenterDay,
    ChargeLine,
    Closure,
    DayCloseout,
    DaySession,
    Incident,
    LatePickup,
    LostItem,
    Payment,
    PaymentReversal,
    Penalty,
    PrintJob,
    Staff,
    Visit,
    VisitPerson,
)
from desk_app.db.views import Views
from desk_app.domain import profile as domain_profile
from desk_app.domain.admission import Ban, EarlierVisit, Facts
from desk_app.domain.calendar import DayPlan
from desk_app.domain.fees import Quote
from desk_app.domain.party import CHILD
from desk_app.domain.states import BookingState, Cancellation, PaymentState, ReversalKind, Source, VisitState
from desk_app.domain.words import phone_digits

BOOKED, CHECKED_IN = BookingState.BOOKED.value, BookingState.CHECKED_IN.value
PAID = VisitState.PAID.value


class _Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _insert(self, model: Any, **values: Any) -> Any:
        row = model(**values)
        self.session.add(row)
        self.session.flush()
        return row


# ------------------------------------------------------------------ days, closures, close-outs


class DayRepository(_Repository):
    def get(self, day: dt.date) -> CenterDay | None:
        return self.session.get(CenterDay, day)

    def lock(self, *days: dt.date, reread: bool = False) -> None:
        """Issue 15: this transaction decides over these days; another desk waits (db.locks).
        ``reread``: rows read before the lock are read again as they now stand."""
        lock_days(self.session, days)
        if reread:
            self.session.expire_all()

    def ensure(self, plan: DayPlan, now: dt.datetime) -> CenterDay:
        """Keep the day's plan as the desk first saw it (sessions, times, capacity)."""
        row = self.session.get(CenterDay, plan.date)
        if row is None:
            row = CenterDay(day=plan.date, open=plan.open, reason=plan.reason, created_at=now)
            self.session.add(row)
            for s in plan.sessions:
                self.session.add(
                    DaySession(
                        day=plan.date,
                        no=s.no,
                        start=s.start.strftime("%H:%M"),
                        end=s.end.strftime("%H:%M"),
                        audience=s.audience,
                        capacity=s.capacity,
                    )
                )
            self.session.flush()
        return row

    def closures_on(self, day: dt.date) -> list[domain_profile.Closure]:
        rows = self.session.scalars(select(Closure).where(Closure.day == day, Closure.lifted_at.is_(None))).all()
        return [domain_profile.Closure(r.day, r.session_no, r.reason) for r in rows]

    def closures_from(self, day: dt.date) -> list[domain_profile.Closure]:
        rows = self.session.scalars(
            select(Closure).where(Closure.day >= day, Closure.lifted_at.is_(None)).order_by(Closure.day)
        ).all()
        return [domain_profile.Closure(r.day, r.session_no, r.reason) for r in rows]

    def add_closure(self, day: dt.date, session_no: int | None, reason: str, by: int | None, now: dt.datetime) -> None:
        self.session.add(Closure(day=day, session_no=session_no, reason=reason, created_by=by, created_at=now))
        self.session.flush()

    def closeout(self, day: dt.date) -> DayCloseout | None:
        return self.session.get(DayCloseout, day)

    def is_closed(self, day: dt.date) -> bool:
        return self.closeout(day) is not None

    def add_closeout(
        self,
        day: dt.date,
        now: dt.datetime,
        by: int | None,
        card_total: int,
        terminal_total: int | None,
        difference: int | None,
        report_json: str,
    ) -> None:
        self.session.add(
            DayCloseout(
                day=day,
                closed_at=now,
                closed_by=by,
                card_total=card_total,
                terminal_total=terminal_total,
                difference=difference,
                report_json=report_json,
            )
        )
        self.session.flush()


# ------------------------------------------------------------------ bookings


class BookingRepository(_Repository):
    def booker(self, name: str, phone: str, now: dt.datetime) -> Booker:
        """The booker with this name and phone, made on first sight (RSV-6 matches on both)."""
        row = self.find_booker(name, phone)
        if row is None:
            row = Booker(name=name, phone=phone, phone_last4=phone_digits(phone)[-4:], created_at=now)
            self.session.add(row)
            self.session.flush()
        return row

    def find_booker(self, name: str, phone: str) -> Booker | None:
        return self.session.scalars(select(Booker).where(Booker.name == name, Booker.phone == phone)).first()

    def add(
        self,
        *,
        code: str,
        source: Source,
        kind: str,
        day: dt.date,
        session_no: int,
        booker: Booker,
        people: Sequence[tuple[str, str | None, dt.date | None, bool]],
        now: dt.datetime,
        portal_no: str | None = None,
        organisation: str | None = None,
        booked_at: dt.datetime | None = None,
    ) -> Booking:
        """A new booking, BOOKED, with its people (role, name, birth date, care)."""
        booking = Booking(
            code=code,
            source=source.value,
            portal_no=portal_no,
            kind=kind,
            day=day,
            session_no=session_no,
            booker_id=booker.id,
            organisation=organisation,
            guardians=sum(1 for p in people if p[0] != CHILD),
            status=BOOKED,
            booked_at=booked_at or now,
            created_at=now,
        )
        self.session.add(booking)
        self.session.flush()
        self._add_people(booking, people)
        return booking

    def _add_people(self, booking: Booking, people: Sequence[tuple[str, str | None, dt.date | None, bool]]) -> None:
        for i, (role, name, birth, care) in enumerate(people):
            self.session.add(
                BookingPerson(booking_id=booking.id, idx=i, role=role, name=name, birth_date=birth, care=care)
            )
        self.session.flush()
        self.session.refresh(booking)

    def move(
        self,
        booking: Booking,
        day: dt.date,
        session_no: int,
        booker: Booker,
        people: Sequence[tuple[str, str | None, dt.date | None, bool]],
    ) -> None:
        """RSV-1: a newer portal file moves a booking or changes its party."""
        booking.day, booking.session_no, booking.booker_id = day, session_no, booker.id
        booking.guardians = sum(1 for p in people if p[0] != CHILD)
        for p in list(booking.people):
            self.session.delete(p)
        self.session.flush()
        self._add_people(booking, people)

    def set_state(self, booking: Booking, state: BookingState) -> None:
        booking.status = state.value
        self.session.flush()

    def cancel(self, booking: Booking, c: Cancellation, now: dt.datetime, by: int | None = None) -> None:
        """Record a cancellation decided by ``domain.states`` (RSV-5, RSV-6, CAL-6, ELG-6, FEE-6)."""
        booking.status = c.state.value
        booking.cancelled_at = now
        booking.cancel_channel = c.channel.value
        booking.cancel_reason = c.reason
        booking.cancelled_by = by
        self.session.flush()

    def by_code(self, code: str) -> Booking | None:
        return self.session.scalars(
            select(Booking).where(Booking.code == code).options(selectinload(Booking.people))
        ).first()

    def by_portal_no(self, portal_no: str) -> Booking | None:
        return self.session.scalars(select(Booking).where(Booking.portal_no == portal_no)).first()

    def get(self, booking_id: int) -> Booking | None:
        return self.session.get(Booking, booking_id)

    def search(self, day: dt.date, text: str, limit: int = 30) -> list[Booking]:
        """CHK-1: by code, by the last four phone digits, or by (part of) the booker's name."""
        text = text.strip()
        query = select(Booking).join(Booker).where(Booking.day == day)
        if text.isdigit() and len(text) == 4:
            query = query.where(Booker.phone_last4 == text)
        else:
            query = query.where(or_(Booking.code == text.upper(), Booker.name.contains(text)))
        query = query.options(selectinload(Booking.people), selectinload(Booking.booker))
        return list(self.session.scalars(query.order_by(Booking.session_no, Booking.id).limit(limit)).all())

    def on_session(
        self, day: dt.date, session_no: int | None = None, state: BookingState | None = None
    ) -> list[Booking]:
        query = select(Booking).where(Booking.day == day)
        if session_no is not None:
            query = query.where(Booking.session_no == session_no)
        if state is not None:
            query = query.where(Booking.status == state.value)
        query = query.options(selectinload(Booking.people), selectinload(Booking.booker))
        return list(self.session.scalars(query.order_by(Booking.session_no, Booking.id)).all())

    def waiting_until(self, day: dt.date) -> list[Booking]:
        """Bookings still BOOKED on ``day`` or before (the no-show sweep, RSV-6)."""
        return list(
            self.session.scalars(
                select(Booking)
                .where(Booking.status == BOOKED, Booking.day <= day)
                .order_by(Booking.day, Booking.session_no, Booking.id)
                .options(selectinload(Booking.booker))
            ).all()
        )

    def waiting_for_booker(self, booker_id: int, first: dt.date, last: dt.date, but: int) -> list[Booking]:
        """RSV-6: the booker's other waiting bookings inside a ban."""
        return list(
            self.session.scalars(
                select(Booking)
                .where(
                    Booking.booker_id == booker_id,
                    Booking.status == BOOKED,
                    Booking.day >= first,
                    Booking.day <= last,
                    Booking.id != but,
                )
                .order_by(Booking.day, Booking.session_no)
            ).all()
        )

    def count(self, day: dt.date, state: BookingState | None = None) -> int:
        query = select(func.count(Booking.id)).where(Booking.day == day)
        if state is not None:
            query = query.where(Booking.status == state.value)
        return int(self.session.scalar(query) or 0)


# ------------------------------------------------------------------ visits


class VisitRepository(_Repository):
    def add_paid(
        self,
        *,
        code: str,
        booking: Booking,
        day: dt.date,
        session_no: int,
        kind: str,
        residency_doc: str | None,
        kt_member: bool,
        quote: Quote,
        rules_version: dt.date | None,
        people: Iterable[tuple[str, str | None, dt.date | None, bool, str | None, bool]],
        staff_id: int | None,
        now: dt.datetime,
    ) -> Visit:
        """CHK-3: the visit, its people and its charged lines, as priced (PRF-2)."""
        visit = Visit(
            code=code,
            booking_id=booking.id,
            day=day,
            session_no=session_no,
            kind=kind,
            status=PAID,
            residency_doc=residency_doc,
            kt_member=kt_member,
            total=quote.total,
            rules_version=rules_version,
            staff_id=staff_id,
            created_at=now,
            admitted_at=now,
        )
        self.session.add(visit)
        self.session.flush()
        for i, (role, name, birth, care, reduction, proof) in enumerate(people):
            self.session.add(
                VisitPerson(
                    visit_id=visit.id,
                    idx=i,
                    role=role,
                    name=name,
                    birth_date=birth,
                    care=care,
                    reduction=reduction,
                    proof_seen=proof,
                )
            )
        for line in quote.lines:
            self.session.add(
                ChargeLine(
                    visit_id=visit.id,
                    person_idx=line.person,
                    item=line.item,
                    price=line.price,
                    reduction=line.reduction,
                    reason=line.reason,
                    charge=line.charge,
                )
            )
        self.session.flush()
        return visit

    def add_refused(
        self,
        *,
        code: str,
        booking_id: int | None,
        day: dt.date,
        session_no: int,
        kind: str,
        rule: str,
        reason: str,
        staff_id: int | None,
        now: dt.datetime,
    ) -> Visit:
        """ELG-6: a party turned away at the door, and why."""
        visit = Visit(
            code=code,
            booking_id=booking_id,
            day=day,
            session_no=session_no,
            kind=kind,
            status=VisitState.REFUSED.value,
            kt_member=False,
            total=0,
            refusal_rule=rule,
            refusal_reason=reason,
            staff_id=staff_id,
            created_at=now,
        )
        self.session.add(visit)
        self.session.flush()
        return visit

    def set_state(self, visit: Visit, state: VisitState) -> None:
        visit.status = state.value
        self.session.flush()

    def by_code(self, code: str) -> Visit | None:
        code = code.strip().upper()  # as typed or scanned (codes.normalise_scan)
        return self.session.scalars(
            select(Visit).where(Visit.code == code).options(selectinload(Visit.people), selectinload(Visit.lines))
        ).first()

    def on_day(self, day: dt.date, session_no: int | None = None) -> list[Visit]:
        q = select(Visit).where(Visit.day == day)
        if session_no is not None:
            q = q.where(Visit.session_no == session_no)
        return list(self.session.scalars(q.order_by(Visit.id)))

    def get(self, visit_id: int) -> Visit | None:
        return self.session.get(Visit, visit_id)

    def for_booking(self, booking_id: int) -> Visit | None:
        """The booking's visit that stands (paid), else its latest one."""
        rows = self.session.scalars(select(Visit).where(Visit.booking_id == booking_id).order_by(Visit.id)).all()
        paid = [v for v in rows if v.status == PAID]
        return paid[-1] if paid else (rows[-1] if rows else None)

    def reversed_for_booking(self, booking_id: int) -> bool:
        """FEE-6: the booking's party was at the desk and its payment was voided or refunded."""
        ended = (VisitState.VOIDED.value, VisitState.REFUNDED.value)
        query = select(func.count(Visit.id)).where(Visit.booking_id == booking_id, Visit.status.in_(ended))
        return bool(self.session.scalar(query))


# ------------------------------------------------------------------ payments


class PaymentRepository(_Repository):
    def by_key(self, key: str) -> Payment | None:
        return self.session.scalars(select(Payment).where(Payment.idempotency_key == key)).first()

    def by_receipt(self, receipt_no: str) -> Payment | None:
        return self.session.scalars(select(Payment).where(Payment.receipt_no == receipt_no)).first()

    def for_visit(self, visit_id: int) -> list[Payment]:
        return list(
            self.session.scalars(select(Payment).where(Payment.visit_id == visit_id).order_by(Payment.id)).all()
        )

    def add(
        self,
        *,
        visit: Visit,
        receipt_no: str,
        method: str,
        amount: int,
        approval_no: str | None,
        sender: str | None,
        key: str,
        staff_id: int | None,
        now: dt.datetime,
    ) -> Payment:
        payment = Payment(
            visit_id=visit.id,
            day=visit.day,
            receipt_no=receipt_no,
            method=method,
            amount=amount,
            approval_no=approval_no,
            transfer_sender=sender,
            idempotency_key=key,
            staff_id=staff_id,
            created_at=now,
        )
        self.session.add(payment)
        self.session.flush()
        return payment

    def next_receipt_seq(self, day: dt.date, prefix: str | None = None) -> int:
        """The next number of the day, or of one desk's receipts of the day (issue 15). Read under
        the day's lock, so two payments never get the same one."""
        q = select(func.count(Payment.id)).where(Payment.day == day)
        if prefix is not None:
            q = q.where(Payment.receipt_no.startswith(prefix, autoescape=True))
        return int(self.session.scalar(q) or 0) + 1

    def on_day(self, day: dt.date) -> list[Payment]:
        return list(self.session.scalars(select(Payment).where(Payment.day == day).order_by(Payment.id)).all())

    def reversal(self, payment_id: int) -> PaymentReversal | None:
        return self.session.scalars(select(PaymentReversal).where(PaymentReversal.payment_id == payment_id)).first()

    def state(self, payment: Payment | None) -> PaymentState:
        if payment is None:
            return PaymentState.TAKEN
        r = self.reversal(payment.id)
        if r is None:
            return PaymentState.TAKEN
        return PaymentState.VOIDED if r.kind == ReversalKind.VOID.value else PaymentState.REFUNDED

    def add_reversal(
        self, payment: Payment, kind: ReversalKind, day: dt.date, reason: str, staff_id: int | None, now: dt.datetime
    ) -> PaymentReversal:
        """FEE-6: the whole payment, booked on the day it is made (CLS-2)."""
        row = PaymentReversal(
            payment_id=payment.id,
            kind=kind.value,
            day=day,
            amount=payment.amount,
            reason=reason,
            staff_id=staff_id,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row


# ------------------------------------------------------------------ print jobs


class PrintJobRepository(_Repository):
    def add_pending(self, visit: Visit, documents: Iterable[str], now: dt.datetime) -> None:
        for document in documents:
            self.session.add(
                PrintJob(visit_id=visit.id, document=document, status="pending", attempts=0, created_at=now)
            )
        self.session.flush()

    def mark(self, visit: Visit, document: str, ok: bool, error: str | None, now: dt.datetime) -> None:
        """CHK-3: the newest job of that document printed or failed (a reprint adds an attempt)."""
        job = self.session.scalars(
            select(PrintJob)
            .where(PrintJob.visit_id == visit.id, PrintJob.document == document)
            .order_by(PrintJob.id.desc())
        ).first()
        if job is None:
            job = PrintJob(visit_id=visit.id, document=document, status="pending", attempts=0, created_at=now)
            self.session.add(job)
        job.attempts += 1
        job.status = "printed" if ok else "failed"
        job.printed_at = now if ok else job.printed_at
        job.last_error = None if ok else (error or "")[:300]
        self.session.flush()


# ------------------------------------------------------------------ staff


class StaffRepository(_Repository):
    def by_name(self, name: str) -> Staff | None:
        return self.session.scalars(select(Staff).where(Staff.name == name)).first()

    def name_of(self, staff_id: int | None) -> str | None:
        row = self.session.get(Staff, staff_id) if staff_id else None
        return row.name if row else None

    def count(self) -> int:
        return int(self.session.scalar(select(func.count(Staff.id))) or 0)

    def add(self, name: str, role: str, pin_hash: str, now: dt.datetime) -> Staff:
        staff = Staff(name=name, role=role, pin_hash=pin_hash, failed_attempts=0, active=True, created_at=now)
        self.session.add(staff)
        self.session.flush()
        return staff

    def all(self) -> list[Staff]:
        return list(self.session.scalars(select(Staff).order_by(Staff.name)).all())

    def failed(self, staff: Staff, lock_until: dt.datetime | None) -> None:
        """A wrong PIN: counted, and the account locked for a while after too many."""
        if lock_until is None:
            staff.failed_attempts += 1
        else:
            staff.locked_until, staff.failed_attempts = lock_until, 0
        self.session.flush()

    def signed_in(self, staff: Staff) -> None:
        staff.failed_attempts, staff.locked_until = 0, None
        self.session.flush()

    def set_active(self, staff: Staff, active: bool) -> None:
        staff.active = active
        self.session.flush()

    def set_pin(self, staff: Staff, pin_hash: str) -> None:
        """A manager's reset: the new PIN, and the lock and failure count cleared."""
        staff.pin_hash, staff.failed_attempts, staff.locked_until = pin_hash, 0, None
        self.session.flush()


# ------------------------------------------------------------------ penalties and flags


class PenaltyRepository(_Repository):
    def active_for(self, booker_id: int, day: dt.date) -> Penalty | None:
        """RSV-6: a penalty in force on ``day`` and not lifted."""
        return self.session.scalars(
            select(Penalty)
            .where(
                Penalty.booker_id == booker_id, Penalty.starts <= day, Penalty.ends >= day, Penalty.lifted_at.is_(None)
            )
            .order_by(Penalty.ends.desc())
        ).first()

    def add(self, booking: Booking, starts: dt.date, ends: dt.date, reason: str, now: dt.datetime) -> Penalty:
        row = Penalty(
            booker_id=booking.booker_id, booking_id=booking.id, starts=starts, ends=ends, reason=reason, created_at=now
        )
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, penalty_id: int) -> Penalty | None:
        return self.session.get(Penalty, penalty_id)

    def lift(self, penalty: Penalty, by: int, reason: str, now: dt.datetime) -> None:
        penalty.lifted_at, penalty.lifted_by, penalty.lift_reason = now, by, reason
        self.session.flush()


class LatePickupRepository(_Repository):
    """ELG-5: the desk's flag on a guardian who was late to take a child back from play care."""

    def add(
        self, visit: Visit, booker_id: int, minutes: int, note: str | None, by: int | None, now: dt.datetime
    ) -> LatePickup:
        row = LatePickup(
            visit_id=visit.id, booker_id=booker_id, noted_at=now, noted_by=by, minutes_late=minutes, note=note
        )
        self.session.add(row)
        self.session.flush()
        return row

    def for_visit(self, visit_id: int) -> LatePickup | None:
        return self.session.scalars(select(LatePickup).where(LatePickup.visit_id == visit_id)).first()

    def open_for(self, booker_id: int) -> LatePickup | None:
        return self.session.scalars(
            select(LatePickup)
            .where(LatePickup.booker_id == booker_id, LatePickup.cleared_at.is_(None))
            .order_by(LatePickup.noted_at.desc())
        ).first()

    def get(self, flag_id: int) -> LatePickup | None:
        return self.session.get(LatePickup, flag_id)

    def clear(self, flag: LatePickup, by: int, reason: str, now: dt.datetime) -> None:
        flag.cleared_at, flag.cleared_by, flag.clear_reason = now, by, reason
        self.session.flush()


# ------------------------------------------------------------------ lost and found, incidents (OPS)


class LostItemRepository(_Repository):
    """OPS-1: items found in the center."""

    def add(self, **values: Any) -> LostItem:
        return self._insert(LostItem, **values)  # type: ignore[no-any-return]

    def get(self, item_id: int) -> LostItem | None:
        return self.session.get(LostItem, item_id)

    def close(self, item: LostItem, state: str, handed_to: str | None, by: int | None, now: dt.datetime) -> None:
        item.state, item.handed_to, item.closed_by, item.closed_at = state, handed_to, by, now
        self.session.flush()

    def listed(self, held_only: bool = False, due_by: dt.date | None = None) -> list[LostItem]:
        q = select(LostItem)
        if held_only or due_by is not None:
            q = q.where(LostItem.state == "held")
        if due_by is not None:
            q = q.where(LostItem.due_on <= due_by)
        return list(self.session.scalars(q.order_by(LostItem.due_on, LostItem.id)))


class IncidentRepository(_Repository):
    """OPS-2: warnings, removals and damage, bound to the journal like payments (issue 14)."""

    def add(self, **values: Any) -> Incident:
        return self._insert(Incident, **values)  # type: ignore[no-any-return]

    def by_key(self, key: str) -> Incident | None:
        return self.session.scalars(select(Incident).where(Incident.key == key)).first()

    def conduct(self, visit_id: int) -> tuple[int, Incident | None]:
        """OPS-2 for one visit: how many warnings, and its removal (퇴실 조치) if there was one."""
        rows = self.session.scalars(select(Incident).where(Incident.visit_id == visit_id).order_by(Incident.id))
        warnings, removal = 0, None
        for r in rows:
            if r.kind == "warning":
                warnings += 1
            elif r.kind == "removal":
                removal = r
        return warnings, removal

    def on(self, day: dt.date) -> list[tuple[Incident, Visit | None, str | None]]:
        """The day's incidents with their visit and the staff member's name."""
        rows = self.session.execute(
            select(Incident, Visit, Staff.name)
            .outerjoin(Visit, Visit.id == Incident.visit_id)
            .outerjoin(Staff, Staff.id == Incident.staff_id)
            .where(Incident.day == day)
            .order_by(Incident.created_at, Incident.id)
        )
        return [(i, v, n) for i, v, n in rows]


# ------------------------------------------------------------------ the facts an admission decides on


class AdmissionRepository(_Repository):
    """What ``domain.admission.admit`` decides over, read for one session and one booker."""

    def facts(
        self,
        day: dt.date,
        session_no: int | None,
        children_only: bool,
        booker_id: int | None = None,
        but: int | None = None,
        at_the_door: bool = False,
    ) -> Facts:
        """The facts for one party on one session; ``but`` is the party's own booking (at the
        door, its state and standing visit are read too: CHK-4)."""
        closures = tuple(DayRepository(self.session).closures_on(day))
        closed = self.session.get(DayCloseout, day) is not None
        places = care = 0
        if session_no is not None:
            counts = Views(self.session).session_counts(day, children_only, session_no, but)
            arrived, waiting, care_in, care_booked = counts.get(session_no, (0, 0, 0, 0))
            places, care = arrived + waiting, care_in + care_booked
        own_booking = own_visit = None
        if at_the_door and but is not None:
            own = self.session.get(Booking, but)
            own_booking = BookingState(own.status) if own else None
            visit = VisitRepository(self.session).for_booking(but)
            own_visit = visit.code if visit else None
        ban = None
        late = None
        booker_visit = None
        if booker_id is not None:
            penalty = PenaltyRepository(self.session).active_for(booker_id, day)
            if penalty is not None:
                ban = Ban(penalty.ends, penalty.reason)
            flag = LatePickupRepository(self.session).open_for(booker_id)
            late = flag.noted_at.date() if flag else None
            if at_the_door:
                query = (
                    select(Visit.code)
                    .join(Booking, Visit.booking_id == Booking.id)
                    .where(Booking.booker_id == booker_id, Visit.day == day, Visit.status == PAID)
                )
                if but is not None:
                    query = query.where(Booking.id != but)
                booker_visit = self.session.scalar(query.limit(1))
        in_today: tuple[EarlierVisit, ...] = ()
        if at_the_door:
            query = (
                select(VisitPerson.name, VisitPerson.birth_date, Visit.session_no, Visit.code)
                .join(Visit, VisitPerson.visit_id == Visit.id)
                .where(Visit.day == day, Visit.status == PAID, VisitPerson.role == CHILD, VisitPerson.name.is_not(None))
            )
            if but is not None:
                query = query.where(or_(Visit.booking_id.is_(None), Visit.booking_id != but))
            in_today = tuple(EarlierVisit(n, b, s, c) for n, b, s, c in self.session.execute(query).all())
        return Facts(
            day_closed=closed,
            closures=closures,
            places_held=places,
            care_held=care,
            ban=ban,
            booker_visit_today=booker_visit,
            in_today=in_today,
            late_pickup=late,
            own_booking=own_booking,
            own_visit=own_visit,
        )


# ------------------------------------------------------------------ personal data (OPS-3)


class PrivacyRepository(_Repository):
    def erase_before(self, cutoff: dt.date, erased: str) -> tuple[int, int]:
        """Names of people on bookings and visits before ``cutoff``, and bookers with no booking
        since. Returns (bookers, names) erased; money and counts stay whole."""
        s = self.session
        old_bookings = select(Booking.id).where(Booking.day < cutoff)
        people = s.execute(
            update(BookingPerson)
            .where(BookingPerson.booking_id.in_(old_bookings), BookingPerson.name.is_not(None))
            .values(name=None)
        ).rowcount
        people += s.execute(
            update(VisitPerson)
            .where(VisitPerson.visit_id.in_(select(Visit.id).where(Visit.day < cutoff)), VisitPerson.name.is_not(None))
            .values(name=None)
        ).rowcount
        recent = select(Booking.booker_id).where(Booking.day >= cutoff)
        stale = s.scalars(select(Booker).where(Booker.id.not_in(recent), Booker.phone != "")).all()
        for b in stale:
            b.name, b.phone, b.phone_last4 = f"{erased}#{b.id}", "", ""
        # OPS-1 × OPS-3: a finder's or owner's name and phone, and who took an item back
        people += s.execute(
            update(LostItem)
            .where(
                LostItem.day < cutoff,
                or_(LostItem.name.is_not(None), LostItem.phone.is_not(None), LostItem.handed_to.is_not(None)),
            )
            .values(name=None, phone=None, handed_to=None)
        ).rowcount
        s.flush()
        return len(stale), int(people)


# ------------------------------------------------------------------ the journal

GENESIS = "0" * 64


def entry_hash(
    prev_hash: str, at: dt.datetime, staff_id: int | None, action: str, subject: str | None, detail: str
) -> str:
    payload = json.dumps([prev_hash, at.isoformat(), staff_id, action, subject, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditRepository(_Repository):
    def __init__(self, session: Session, signer: Any = None) -> None:
        super().__init__(session)
        self.signer = signer if signer is not None else session.info.get("signer")

    def last(self) -> AuditEntry | None:
        return self.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()

    def append(
        self, at: dt.datetime, staff_id: int | None, action: str, subject: str | None, detail: dict[str, Any]
    ) -> AuditEntry:
        """Append one entry chained to the one before it. The subject names the thing in at most
        60 characters (the column's width, enforced by PostgreSQL; SQLite would keep more)."""
        if subject is not None and len(subject) > 60:
            subject = "…" + subject[-59:]
        lock_journal(self.session)  # several desks: one chain (issue 15)
        last = self.last()
        prev = last.hash if last else GENESIS
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
        digest = entry_hash(prev, at, staff_id, action, subject, text)
        entry = AuditEntry(
            # numbered here, under the journal's lock: one after the last, with no gap. A database
            # sequence would skip numbers after a rollback or a server crash (PostgreSQL caches
            # them), and a gap reads as a deleted entry (issue 15)
            id=(last.id + 1) if last else 1,
            at=at,
            staff_id=staff_id,
            action=action,
            subject=subject,
            detail=text,
            prev_hash=prev,
            hash=digest,
            signature=self.signer.sign(digest) if self.signer is not None else None,
        )
        self.session.add(entry)
        self.session.flush()
        return entry

    def all(self) -> list[AuditEntry]:
        return list(self.session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all())

    def get(self, entry_id: int) -> AuditEntry | None:
        return self.session.get(AuditEntry, entry_id)

    def last_at(self, action: str) -> dt.datetime | None:
        return self.session.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == action))

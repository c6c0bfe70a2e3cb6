"""Repositories: reads and writes of one kind of record through a session. They never commit."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from desk_app.db.models import (
    AuditEntry,
    Booker,
    Booking,
    BookingPerson,
    CenterDay,
    Closure,
    DayCloseout,
    DaySession,
    Payment,
    PaymentReversal,
    Penalty,
    Staff,
    Visit,
    VisitPerson,
)
from desk_app.domain import profile as domain_profile
from desk_app.domain.calendar import DayPlan


def phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


class _Repository:
    def __init__(self, session: Session) -> None:
        self.session = session


class DayRepository(_Repository):
    def get(self, day: dt.date) -> CenterDay | None:
        return self.session.get(CenterDay, day)

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

    def add_closure(self, closure: Closure) -> Closure:
        self.session.add(closure)
        self.session.flush()
        return closure

    def closeout(self, day: dt.date) -> DayCloseout | None:
        return self.session.get(DayCloseout, day)


class BookingRepository(_Repository):
    def booker(self, name: str, phone: str, now: dt.datetime) -> Booker:
        """The booker with this name and phone, made on first sight (RSV-6 matches on both)."""
        row = self.session.scalars(select(Booker).where(Booker.name == name, Booker.phone == phone)).first()
        if row is None:
            row = Booker(name=name, phone=phone, phone_last4=phone_digits(phone)[-4:], created_at=now)
            self.session.add(row)
            self.session.flush()
        return row

    def add(self, booking: Booking) -> Booking:
        self.session.add(booking)
        self.session.flush()
        return booking

    def by_code(self, code: str) -> Booking | None:
        return self.session.scalars(
            select(Booking).where(Booking.code == code).options(selectinload(Booking.people))
        ).first()

    def by_portal_no(self, portal_no: str) -> Booking | None:
        return self.session.scalars(select(Booking).where(Booking.portal_no == portal_no)).first()

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

    def places(self, day: dt.date, session_no: int, statuses: tuple[str, ...], children_only: bool) -> int:
        """CAL-4: places held on a session by bookings in ``statuses`` (everyone, or children)."""
        query = (
            select(func.count(BookingPerson.id))
            .join(Booking)
            .where(Booking.day == day, Booking.session_no == session_no, Booking.status.in_(statuses))
        )
        if children_only:
            query = query.where(BookingPerson.role == "child")
        return int(self.session.scalar(query) or 0)

    def on_session(self, day: dt.date, session_no: int | None = None) -> list[Booking]:
        query = select(Booking).where(Booking.day == day)
        if session_no is not None:
            query = query.where(Booking.session_no == session_no)
        query = query.options(selectinload(Booking.people), selectinload(Booking.booker))
        return list(self.session.scalars(query.order_by(Booking.session_no, Booking.id)).all())


class VisitRepository(_Repository):
    def add(self, visit: Visit) -> Visit:
        self.session.add(visit)
        self.session.flush()
        return visit

    def by_code(self, code: str) -> Visit | None:
        return self.session.scalars(
            select(Visit).where(Visit.code == code).options(selectinload(Visit.people), selectinload(Visit.lines))
        ).first()

    def for_booking(self, booking_id: int) -> Visit | None:
        return self.session.scalars(select(Visit).where(Visit.booking_id == booking_id)).first()

    def on_day(self, day: dt.date) -> list[Visit]:
        query = select(Visit).where(Visit.day == day).options(selectinload(Visit.people), selectinload(Visit.lines))
        return list(self.session.scalars(query.order_by(Visit.id)).all())

    def places(self, day: dt.date, session_no: int, children_only: bool) -> int:
        """CAL-4: places taken on a session by paid visits (everyone, or children)."""
        query = (
            select(func.count(VisitPerson.id))
            .join(Visit)
            .where(Visit.day == day, Visit.session_no == session_no, Visit.status == "paid")
        )
        if children_only:
            query = query.where(VisitPerson.role == "child")
        return int(self.session.scalar(query) or 0)

    def care_taken(self, day: dt.date, session_no: int, exclude_visit: int | None = None) -> int:
        """ELG-5: children already in play care on a session (paid or being checked in)."""
        query = (
            select(func.count(VisitPerson.id))
            .join(Visit)
            .where(
                Visit.day == day, Visit.session_no == session_no, Visit.status != "refused", VisitPerson.care.is_(True)
            )
        )
        if exclude_visit is not None:
            query = query.where(Visit.id != exclude_visit)
        return int(self.session.scalar(query) or 0)


class PaymentRepository(_Repository):
    def by_key(self, key: str) -> Payment | None:
        return self.session.scalars(select(Payment).where(Payment.idempotency_key == key)).first()

    def for_visit(self, visit_id: int) -> list[Payment]:
        return list(
            self.session.scalars(select(Payment).where(Payment.visit_id == visit_id).order_by(Payment.id)).all()
        )

    def add(self, payment: Payment) -> Payment:
        self.session.add(payment)
        self.session.flush()
        return payment

    def count_on(self, day: dt.date) -> int:
        return int(self.session.scalar(select(func.count(Payment.id)).where(Payment.day == day)) or 0)

    def on_day(self, day: dt.date) -> list[Payment]:
        return list(self.session.scalars(select(Payment).where(Payment.day == day).order_by(Payment.id)).all())

    def reversal(self, payment_id: int) -> PaymentReversal | None:
        return self.session.scalars(select(PaymentReversal).where(PaymentReversal.payment_id == payment_id)).first()


class StaffRepository(_Repository):
    def by_name(self, name: str) -> Staff | None:
        return self.session.scalars(select(Staff).where(Staff.name == name)).first()

    def get(self, staff_id: int) -> Staff | None:
        return self.session.get(Staff, staff_id)

    def count(self) -> int:
        return int(self.session.scalar(select(func.count(Staff.id))) or 0)

    def add(self, staff: Staff) -> Staff:
        self.session.add(staff)
        self.session.flush()
        return staff

    def all(self) -> list[Staff]:
        return list(self.session.scalars(select(Staff).order_by(Staff.name)).all())


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


GENESIS = "0" * 64


def entry_hash(
    prev_hash: str, at: dt.datetime, staff_id: int | None, action: str, subject: str | None, detail: str
) -> str:
    payload = json.dumps([prev_hash, at.isoformat(), staff_id, action, subject, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AuditRepository(_Repository):
    def last(self) -> AuditEntry | None:
        return self.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).first()

    def append(
        self, at: dt.datetime, staff_id: int | None, action: str, subject: str | None, detail: dict[str, Any]
    ) -> AuditEntry:
        """Append one entry chained to the one before it."""
        last = self.last()
        prev = last.hash if last else GENESIS
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
        entry = AuditEntry(
            at=at,
            staff_id=staff_id,
            action=action,
            subject=subject,
            detail=text,
            prev_hash=prev,
            hash=entry_hash(prev, at, staff_id, action, subject, text),
        )
        self.session.add(entry)
        self.session.flush()
        return entry

    def all(self) -> list[AuditEntry]:
        return list(self.session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all())

"""The read side: the board, today's list and the report queries, as plain rows.

Nothing here writes. Services turn these rows into the frozen data the screens show; the
arrived counts and the money read only what stands: a visit whose payment was voided or
refunded (FEE-6) has left them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.orm import Session

from desk_app.db.models import (
    AuditEntry,
    Booker,
    Booking,
    BookingPerson,
    ChargeLine,
    DayCloseout,
    LatePickup,
    Payment,
    PaymentReversal,
    Penalty,
    PrintJob,
    Staff,
    Visit,
    VisitPerson,
)
from desk_app.domain.party import CHILD
from desk_app.domain.states import BookingState, VisitState

BOOKED = BookingState.BOOKED.value
PAID = VisitState.PAID.value
REFUSED = VisitState.REFUSED.value


class Views:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ------------------------------------------------------------ the board (CHK-1, RSV-4)

    def session_counts(
        self, day: dt.date, children_only: bool, session_no: int | None = None, but: int | None = None
    ) -> dict[int, tuple[int, int, int, int]]:
        """Per session: (arrived places, waiting places, care arrived, care booked and waiting)
        — the board's numbers, and the places and care places an admission decides on (CAL-4,
        ELG-5). ``but`` leaves out one booking and its visits (the party asking)."""
        s = self.session
        arrived_q = (
            select(
                Visit.session_no, func.count(VisitPerson.id), func.sum(case((VisitPerson.care.is_(True), 1), else_=0))
            )
            .join(VisitPerson, VisitPerson.visit_id == Visit.id)
            .where(Visit.day == day, Visit.status == PAID)
            .group_by(Visit.session_no)
        )
        waiting_q = (
            select(
                Booking.session_no,
                func.count(BookingPerson.id),
                func.sum(case((BookingPerson.care.is_(True), 1), else_=0)),
            )
            .join(BookingPerson, BookingPerson.booking_id == Booking.id)
            .where(Booking.day == day, Booking.status == BOOKED)
            .group_by(Booking.session_no)
        )
        if children_only:
            arrived_q = arrived_q.where(VisitPerson.role == CHILD)
            waiting_q = waiting_q.where(BookingPerson.role == CHILD)
        if session_no is not None:
            arrived_q = arrived_q.where(Visit.session_no == session_no)
            waiting_q = waiting_q.where(Booking.session_no == session_no)
        if but is not None:
            arrived_q = arrived_q.where(or_(Visit.booking_id.is_(None), Visit.booking_id != but))
            waiting_q = waiting_q.where(Booking.id != but)
        out: dict[int, list[int]] = {}
        for no, n, care in s.execute(arrived_q).all():
            row = out.setdefault(no, [0, 0, 0, 0])
            row[0], row[2] = int(n), int(care or 0)
        for no, n, care in s.execute(waiting_q).all():
            row = out.setdefault(no, [0, 0, 0, 0])
            row[1], row[3] = int(n), int(care or 0)
        return {k: (v[0], v[1], v[2], v[3]) for k, v in out.items()}

    # ------------------------------------------------------------ today's list

    def visits_on(self, day: dt.date) -> list[dict[str, Any]]:
        """Today's list in a fixed number of queries however long the day gets."""
        s = self.session
        visits = s.execute(
            select(
                Visit.id,
                Visit.code,
                Visit.session_no,
                Visit.kind,
                Visit.total,
                Visit.status,
                Visit.booking_id,
                func.count(VisitPerson.id),
                func.sum(case((VisitPerson.care.is_(True), 1), else_=0)),
            )
            .outerjoin(VisitPerson, VisitPerson.visit_id == Visit.id)
            .where(Visit.day == day)
            .group_by(Visit.id)
            .order_by(Visit.id)
        ).all()
        ids = [v[0] for v in visits]
        payments = {p.visit_id: p for p in s.scalars(select(Payment).where(Payment.visit_id.in_(ids))).all()}
        reversals = dict(
            s.execute(
                select(PaymentReversal.payment_id, PaymentReversal.kind).where(
                    PaymentReversal.payment_id.in_([p.id for p in payments.values()])
                )
            ).all()
        )
        jobs: dict[int, list[str]] = {}
        for visit_id, status in s.execute(
            select(PrintJob.visit_id, PrintJob.status).where(PrintJob.visit_id.in_(ids))
        ).all():
            jobs.setdefault(visit_id, []).append(status)
        flagged = set(s.scalars(select(LatePickup.visit_id).where(LatePickup.visit_id.in_(ids))).all())
        names = dict(
            s.execute(
                select(Booking.id, Booker.name)
                .join(Booker, Booker.id == Booking.booker_id)
                .where(Booking.id.in_([v[6] for v in visits if v[6]]))
            ).all()
        )
        rows = []
        for vid, code, no, kind, total, status, booking_id, people, care in visits:
            payment = payments.get(vid)
            states = jobs.get(vid, [])
            rows.append(
                {
                    "code": code,
                    "session_no": no,
                    "booker_name": names.get(booking_id, "-"),
                    "kind": kind,
                    "people": int(people),
                    "care": int(care or 0),
                    "total": total,
                    "method": payment.method if payment else "-",
                    "receipt_no": payment.receipt_no if payment else None,
                    "status": status,
                    "print_state": "-"
                    if status != PAID
                    else "failed"
                    if "failed" in states
                    else "pending"
                    if "pending" in states
                    else "printed",
                    "reversed": reversals.get(payment.id) if payment else None,
                    "late_pickup": vid in flagged,
                }
            )
        return rows

    def unprinted(self, day: dt.date) -> list[tuple[str, str]]:
        """(visit code, document) still pending or failed on ``day`` — after a crash, too."""
        rows = self.session.execute(
            select(Visit.code, PrintJob.document)
            .join(PrintJob, PrintJob.visit_id == Visit.id)
            .where(Visit.day == day, PrintJob.status != "printed", Visit.status == PAID)
            .order_by(Visit.id, PrintJob.document)
        ).all()
        return [(c, d) for c, d in rows]

    # ------------------------------------------------------------ penalties and flags

    def penalties_from(self, on: dt.date) -> list[tuple[Penalty, Booker]]:
        return [
            (p, b)
            for p, b in self.session.execute(
                select(Penalty, Booker)
                .join(Booker, Booker.id == Penalty.booker_id)
                .where(Penalty.ends >= on)
                .order_by(Penalty.ends)
            ).all()
        ]

    def no_shows_on(self, day: dt.date) -> list[tuple[Booking, Booker, dt.date | None]]:
        rows = self.session.execute(
            select(Booking, Booker, Penalty.ends)
            .join(Booker, Booker.id == Booking.booker_id)
            .outerjoin(Penalty, Penalty.booking_id == Booking.id)
            .where(Booking.day == day, Booking.status == BookingState.NO_SHOW.value)
            .order_by(Booking.session_no, Booking.id)
        ).all()
        return [(b, k, e) for b, k, e in rows]

    def late_pickups(self) -> list[tuple[LatePickup, Booker, Visit]]:
        rows = self.session.execute(
            select(LatePickup, Booker, Visit)
            .join(Booker, Booker.id == LatePickup.booker_id)
            .join(Visit, Visit.id == LatePickup.visit_id)
            .where(LatePickup.cleared_at.is_(None))
            .order_by(LatePickup.noted_at.desc())
        ).all()
        return [(f, b, v) for f, b, v in rows]

    # ------------------------------------------------------------ the close-out (CLS-1, CLS-3)

    def booking_counts(self, day: dt.date) -> dict[tuple[int, str, str], int]:
        return {
            (no, source, status): int(n)
            for no, source, status, n in self.session.execute(
                select(Booking.session_no, Booking.source, Booking.status, func.count(Booking.id))
                .where(Booking.day == day)
                .group_by(Booking.session_no, Booking.source, Booking.status)
            ).all()
        }

    def people_counts(self, first: dt.date, last: dt.date) -> list[tuple[dt.date, int, str, bool, int]]:
        """People of visits that stand, by day, session, role and care."""
        return [
            (d, no, role, bool(care), int(n))
            for d, no, role, care, n in self.session.execute(
                select(Visit.day, Visit.session_no, VisitPerson.role, VisitPerson.care, func.count(VisitPerson.id))
                .join(VisitPerson, VisitPerson.visit_id == Visit.id)
                .where(Visit.day.between(first, last), Visit.status == PAID)
                .group_by(Visit.day, Visit.session_no, VisitPerson.role, VisitPerson.care)
            ).all()
        ]

    def refused_counts(self, day: dt.date) -> dict[int, int]:
        return {
            no: int(n)
            for no, n in self.session.execute(
                select(Visit.session_no, func.count(Visit.id))
                .where(Visit.day == day, Visit.status == REFUSED)
                .group_by(Visit.session_no)
            ).all()
        }

    def taken_by_method(self, first: dt.date, last: dt.date) -> dict[str, tuple[int, int]]:
        """Payments taken on those days, by method: (count, won). Every payment counts here;
        a reversal is subtracted on the day it is booked (CLS-2, CLS-3)."""
        return {
            m: (int(c), int(a))
            for m, c, a in self.session.execute(
                select(Payment.method, func.count(Payment.id), func.coalesce(func.sum(Payment.amount), 0))
                .where(Payment.day.between(first, last))
                .group_by(Payment.method)
            ).all()
        }

    def reversed_by_method(self, first: dt.date, last: dt.date) -> dict[str, tuple[int, int]]:
        return {
            m: (int(c), int(a))
            for m, c, a in self.session.execute(
                select(
                    Payment.method, func.count(PaymentReversal.id), func.coalesce(func.sum(PaymentReversal.amount), 0)
                )
                .join(Payment, Payment.id == PaymentReversal.payment_id)
                .where(PaymentReversal.day.between(first, last))
                .group_by(Payment.method)
            ).all()
        }

    def reductions(self, first: dt.date, last: dt.date) -> list[tuple[str, int, int]]:
        """Reductions (FEE-2, FEE-3, FEE-4) on visits that stand: (reason, persons, won)."""
        return [
            (r, int(n), int(w))
            for r, n, w in self.session.execute(
                select(ChargeLine.reason, func.count(ChargeLine.id), func.coalesce(func.sum(ChargeLine.reduction), 0))
                .join(Visit, Visit.id == ChargeLine.visit_id)
                .where(Visit.day.between(first, last), Visit.status == PAID, ChargeLine.reason.is_not(None))
                .group_by(ChargeLine.reason)
                .order_by(ChargeLine.reason)
            ).all()
        ]

    def reversals_on(self, day: dt.date) -> list[tuple[PaymentReversal, Payment, str | None]]:
        return [
            (r, p, name)
            for r, p, name in self.session.execute(
                select(PaymentReversal, Payment, Staff.name)
                .join(Payment, Payment.id == PaymentReversal.payment_id)
                .outerjoin(Staff, Staff.id == PaymentReversal.staff_id)
                .where(PaymentReversal.day == day)
                .order_by(PaymentReversal.id)
            ).all()
        ]

    def month_bookings(self, first: dt.date, last: dt.date) -> list[tuple[dt.date, int, str, str, int]]:
        return [
            (d, no, src, st, int(n))
            for d, no, src, st, n in self.session.execute(
                select(Booking.day, Booking.session_no, Booking.source, Booking.status, func.count(Booking.id))
                .where(
                    Booking.day.between(first, last),
                    Booking.status.in_((BookingState.CHECKED_IN.value, BookingState.NO_SHOW.value)),
                )
                .group_by(Booking.day, Booking.session_no, Booking.source, Booking.status)
            ).all()
        ]

    def closed_days(self, first: dt.date, last: dt.date) -> int:
        return int(
            self.session.scalar(select(func.count(DayCloseout.day)).where(DayCloseout.day.between(first, last))) or 0
        )

    def unclosed_days(self, before: dt.date) -> list[dt.date]:
        """Earlier days with payments or visits and no close-out (CLS-1): the desk reminds."""
        worked = select(Payment.day).where(Payment.day < before).union(select(Visit.day).where(Visit.day < before))
        days = {d for (d,) in self.session.execute(worked)}
        closed = set(self.session.scalars(select(DayCloseout.day).where(DayCloseout.day < before)).all())
        return sorted(days - closed)

    def approval_used(self, day: dt.date, approval_no: str) -> str | None:
        """The receipt of an earlier card payment that day with the same approval number."""
        return self.session.scalar(
            select(Payment.receipt_no).where(Payment.day == day, Payment.approval_no == approval_no).limit(1)
        )

    def closeout(self, day: dt.date) -> tuple[DayCloseout, str | None] | None:
        row = self.session.execute(
            select(DayCloseout, Staff.name)
            .outerjoin(Staff, Staff.id == DayCloseout.closed_by)
            .where(DayCloseout.day == day)
        ).first()
        return (row[0], row[1]) if row else None

    # ------------------------------------------------------------ the journal

    def journal(self) -> list[AuditEntry]:
        return list(self.session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all())

    def row_digests(self, since: dt.datetime) -> dict[str, tuple[str, dt.date | None]]:
        """Every row bound to the journal (issue 12) written since ``since``, by its journal
        name, with the digest of its canonical content as it stands now and its day."""
        from desk_app.db.bound import BOUND, digest, row_day, row_key

        lines: dict[int, list[ChargeLine]] = {}
        for line in self.session.scalars(select(ChargeLine).order_by(ChargeLine.id)):
            lines.setdefault(line.visit_id, []).append(line)
        out: dict[str, tuple[str, dt.date | None]] = {}
        for model in BOUND:
            stamp = model.closed_at if model is DayCloseout else model.created_at
            for obj in self.session.scalars(select(model).where(stamp >= since)):
                out[row_key(obj)] = (digest(obj, lines.get(obj.id) if model is Visit else None), row_day(obj))
        return out

    def row_digest(self, key: str) -> str | None:
        """The digest of one bound row as it stands now; None when the row is gone."""
        from desk_app.db.bound import BOUND, digest, visit_lines

        table, _, ident = key.partition(":")
        model = next((m for m, (t, _) in BOUND.items() if t == table), None)
        if model is None:
            return None
        try:
            obj = self.session.get(model, dt.date.fromisoformat(ident) if model is DayCloseout else int(ident))
        except ValueError:
            return None
        if obj is None:
            return None
        return digest(obj, visit_lines(self.session, obj.id) if model is Visit else None)

    def portal_bookings(self) -> int:
        """Bookings that came with a portal number (imports)."""
        return int(self.session.scalar(select(func.count(Booking.id)).where(Booking.portal_no.is_not(None))) or 0)

    def journal_keys(self) -> list[str]:
        """The public keys the journal names, oldest first (issue 12)."""
        rows = self.session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "journal.key").order_by(AuditEntry.id)
        )
        return [json.loads(d).get("public", "") for d in rows]

    def journal_heads(self) -> dict[int, str]:
        heads: dict[int, str] = {}
        for report in self.session.scalars(select(DayCloseout.report_json)).all():
            head = json.loads(report).get("journal_head")
            if head:
                heads[int(head["id"])] = head["hash"]
        return heads

    def last_profile_digest(self) -> str | None:
        row = self.session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action.in_(("profile.loaded", "profile.change", "profile.edit")))
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        return None if row is None else str(json.loads(row.detail).get("sha256"))

    # ------------------------------------------------------------ consistency (after a crash)

    def consistency(self) -> list[tuple[str, list[Any]]]:
        """Each check of CONSISTENCY with what it found (empty when the records are whole)."""
        out = []
        sqlite = self.session.get_bind().dialect.name == "sqlite"
        for name, sql in CONSISTENCY.items():
            if sql.startswith("PRAGMA") and not sqlite:
                continue  # a server keeps its own pages and always enforces foreign keys (issue 15)
            out.append((name, [r[0] for r in self.session.execute(text(sql)).all()]))
        return out


# What the SIGKILL loop checks after every kill (issue 6): each query lists what is wrong.
CONSISTENCY = {
    "integrity": "PRAGMA integrity_check",
    "foreign keys": "PRAGMA foreign_key_check",
    "payment without its visit": "SELECT p.receipt_no FROM payment p LEFT JOIN visit v ON v.id = p.visit_id WHERE v.id IS NULL OR v.status NOT IN ('paid', 'voided', 'refunded')",
    "ended visit without its reversal": "SELECT v.code FROM visit v JOIN payment p ON p.visit_id = v.id WHERE v.status IN ('voided', 'refunded') AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.payment_id = p.id)",
    "charged visit without exactly one payment": "SELECT v.code FROM visit v LEFT JOIN payment p ON p.visit_id = v.id WHERE v.status IN ('paid', 'voided', 'refunded') GROUP BY v.id HAVING count(p.id) != 1",
    "visit without its people or lines": "SELECT v.code FROM visit v WHERE v.status = 'paid' AND (NOT EXISTS (SELECT 1 FROM visit_person x WHERE x.visit_id = v.id) OR NOT EXISTS (SELECT 1 FROM charge_line c WHERE c.visit_id = v.id))",
    "visit total differs from its lines": "SELECT v.code FROM visit v JOIN charge_line c ON c.visit_id = v.id WHERE v.status = 'paid' GROUP BY v.id HAVING sum(c.charge) != v.total",
    "payment differs from its visit": "SELECT p.receipt_no FROM payment p JOIN visit v ON v.id = p.visit_id WHERE p.amount != v.total",
    "booking checked in without a paid visit": "SELECT b.code FROM booking b WHERE b.status = 'checked_in' AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.booking_id = b.id AND v.status = 'paid')",
    "paid visit whose booking is not checked in": "SELECT v.code FROM visit v JOIN booking b ON b.id = v.booking_id WHERE v.status = 'paid' AND b.status != 'checked_in'",
    "payment without its journal entry": "SELECT p.receipt_no FROM payment p JOIN visit v ON v.id = p.visit_id WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'visit.paid' AND a.subject = v.code)",
}

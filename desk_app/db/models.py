"""The records (SQLAlchemy 2 models). One DeclarativeBase; money is Integer won.

No column ever holds a resident registration number, card number or document number
(ELG-4): a visit records which *kind* of document was seen, by whom and when.
The Alembic revisions in ``migrations/versions`` build exactly this schema; a test compares.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    role: Mapped[str] = mapped_column(String(10))  # "staff" | "manager"
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    __table_args__ = (CheckConstraint("role IN ('staff', 'manager')", name="role"),)


class CenterDay(Base):
    """A day the desk has worked on, with its sessions as they were planned (CAL)."""

    __tablename__ = "center_day"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    open: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    sessions: Mapped[list[DaySession]] = relationship(back_populates="center_day", order_by="DaySession.no")


class DaySession(Base):
    __tablename__ = "day_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(ForeignKey("center_day.day"))
    no: Mapped[int] = mapped_column(Integer)
    start: Mapped[str] = mapped_column(String(5))  # "HH:MM"
    end: Mapped[str] = mapped_column(String(5))
    audience: Mapped[str] = mapped_column(String(10))  # CAL-3: "shared" | "individual"
    capacity: Mapped[int] = mapped_column(Integer)  # CAL-4
    center_day: Mapped[CenterDay] = relationship(back_populates="sessions")
    __table_args__ = (UniqueConstraint("day", "no", name="uq_day_session_day_no"),)


class Closure(Base):
    """CAL-6: a manager's block of a day (session_no NULL) or of one session."""

    __tablename__ = "closure"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    session_no: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    lifted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Booker(Base):
    """The person who booked (RSV-2, RSV-6). Matched by name and phone for penalties."""

    __tablename__ = "booker"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(20))
    # Added by revision 0002 for the search by the last four digits (CHK-1).
    phone_last4: Mapped[str] = mapped_column(String(4), index=True, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("name", "phone", name="uq_booker_name_phone"),)


class Booking(Base):
    __tablename__ = "booking"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # printed / scanned
    source: Mapped[str] = mapped_column(String(10))  # "portal" | "phone" | "walkin"
    portal_no: Mapped[str | None] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # "individual" | "group"
    day: Mapped[dt.date] = mapped_column(Date)
    session_no: Mapped[int] = mapped_column(Integer)
    booker_id: Mapped[int] = mapped_column(ForeignKey("booker.id"), index=True)
    organisation: Mapped[str | None] = mapped_column(String(100))  # groups (ELG-3)
    guardians: Mapped[int] = mapped_column(Integer, default=0)  # adults announced
    status: Mapped[str] = mapped_column(String(12))  # domain.states.BookingState
    booked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cancel_channel: Mapped[str | None] = mapped_column(String(10))  # online | phone | desk | forced
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    cancelled_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    booker: Mapped[Booker] = relationship()
    people: Mapped[list[BookingPerson]] = relationship(back_populates="booking", order_by="BookingPerson.idx")
    __table_args__ = (
        Index("ix_booking_day_session", "day", "session_no", "status"),
        CheckConstraint("source IN ('portal', 'phone', 'walkin')", name="source"),
        CheckConstraint("status IN ('booked', 'checked_in', 'cancelled', 'no_show')", name="status"),
    )


class BookingPerson(Base):
    __tablename__ = "booking_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("booking.id"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(10))  # child | guardian | teacher
    name: Mapped[str | None] = mapped_column(String(50))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    care: Mapped[bool] = mapped_column(Boolean, default=False)
    booking: Mapped[Booking] = relationship(back_populates="people")


class Visit(Base):
    """One party's entry for one session (a check-in). Its code is the entry slip's QR."""

    __tablename__ = "visit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    # not unique: after a void the booking may be checked in again the same day (FEE-6, 0004)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("booking.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    session_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12))  # domain.states.VisitState
    residency_doc: Mapped[str | None] = mapped_column(String(40))  # ELG-3 kind id, never a number
    kt_member: Mapped[bool] = mapped_column(Boolean, default=False)
    total: Mapped[int] = mapped_column(Integer, default=0)
    rules_version: Mapped[dt.date | None] = mapped_column(Date)  # PRF-2: the version that priced it
    refusal_rule: Mapped[str | None] = mapped_column(String(10))
    refusal_reason: Mapped[str | None] = mapped_column(String(200))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    admitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    people: Mapped[list[VisitPerson]] = relationship(back_populates="visit", order_by="VisitPerson.idx")
    lines: Mapped[list[ChargeLine]] = relationship(back_populates="visit", order_by="ChargeLine.id")
    __table_args__ = (
        CheckConstraint("status IN ('paid', 'refused', 'voided', 'refunded')", name="status"),
        CheckConstraint("total >= 0", name="total"),
    )


class VisitPerson(Base):
    __tablename__ = "visit_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(10))
    name: Mapped[str | None] = mapped_column(String(50))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    care: Mapped[bool] = mapped_column(Boolean, default=False)
    reduction: Mapped[str | None] = mapped_column(String(30))  # FEE-3 category claimed
    proof_seen: Mapped[bool] = mapped_column(Boolean, default=False)  # the proof's kind, never its number
    visit: Mapped[Visit] = relationship(back_populates="people")


class ChargeLine(Base):
    """A priced line as charged (PRF-2: a reprint shows this, never a re-computation)."""

    __tablename__ = "charge_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    person_idx: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(10))  # admission | care
    price: Mapped[int] = mapped_column(Integer)
    reduction: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(30))
    charge: Mapped[int] = mapped_column(Integer)
    visit: Mapped[Visit] = relationship(back_populates="lines")
    __table_args__ = (CheckConstraint("charge >= 0 AND reduction >= 0 AND charge = price - reduction", name="amounts"),)


class Payment(Base):
    """A payment, by card or transfer only (FEE). The idempotency key, made by the client
    before the first attempt, makes a second click a no-op."""

    __tablename__ = "payment"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    receipt_no: Mapped[str] = mapped_column(String(30), unique=True)
    method: Mapped[str] = mapped_column(String(10))  # card | transfer | none (a free visit)
    amount: Mapped[int] = mapped_column(Integer)
    approval_no: Mapped[str | None] = mapped_column(String(30))  # the terminal's approval number
    transfer_sender: Mapped[str | None] = mapped_column(String(50))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    __table_args__ = (
        CheckConstraint("method IN ('card', 'transfer', 'none')", name="method"),
        CheckConstraint("amount >= 0", name="amount"),
        # Added by revision 0002: covering index for the close-out (CLS-1, CLS-3).
        Index("ix_payment_day_method_amount", "day", "method", "amount"),
    )


class PaymentReversal(Base):
    """FEE-6: a whole payment voided or refunded by a manager, with a reason. Booked on the
    day it is made (CLS-2)."""

    __tablename__ = "payment_reversal"
    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # void | refund
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    __table_args__ = (CheckConstraint("kind IN ('void', 'refund')", name="kind"),)


class PrintJob(Base):
    """What was to be printed and whether it was (CHK-3): a failed print leaves the payment
    standing and a reprint possible."""

    __tablename__ = "print_job"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), index=True)
    document: Mapped[str] = mapped_column(String(20))  # slip | receipt
    status: Mapped[str] = mapped_column(String(10))  # pending | printed | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Penalty(Base):
    """RSV-6: a no-show's 30-day ban, from the session date. A manager may lift it."""

    __tablename__ = "penalty"
    id: Mapped[int] = mapped_column(primary_key=True)
    booker_id: Mapped[int] = mapped_column(ForeignKey("booker.id"), index=True)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("booking.id"))
    starts: Mapped[dt.date] = mapped_column(Date)
    ends: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    lifted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lifted_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    lift_reason: Mapped[str | None] = mapped_column(String(200))


class LatePickup(Base):
    """ELG-5: a guardian who was late to take a child back from play care. The desk keeps the
    flag; the booker's next care application shows it; a manager clears it with a reason."""

    __tablename__ = "late_pickup"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    booker_id: Mapped[int] = mapped_column(ForeignKey("booker.id"), index=True)
    noted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    noted_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    minutes_late: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(200))
    cleared_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cleared_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    clear_reason: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (CheckConstraint("minutes_late >= 0", name="minutes"),)


class AuditEntry(Base):
    """Append-only journal; each entry carries the hash of the one before it."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str | None] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    signature: Mapped[str | None] = mapped_column(String(200))  # Ed25519 of ``hash`` (issue 12)


class DayCloseout(Base):
    """CLS-1/CLS-2: the day as closed by a manager. Its presence locks the day."""

    __tablename__ = "day_closeout"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    card_total: Mapped[int] = mapped_column(Integer)
    terminal_total: Mapped[int | None] = mapped_column(Integer)
    difference: Mapped[int | None] = mapped_column(Integer)
    report_json: Mapped[str] = mapped_column(Text)


class LostItem(Base):
    """OPS-1: something found in the center. Kept for the profile's days (one week) after it
    was found, then disposed of; or handed back. The finder's or owner's name and phone only
    when given, erased with the other personal data (OPS-3)."""

    __tablename__ = "lost_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime)
    day: Mapped[dt.date] = mapped_column(Date, index=True)  # the day it was found
    session_no: Mapped[int | None] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(String(100))
    place: Mapped[str] = mapped_column(String(100))
    found_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    name: Mapped[str | None] = mapped_column(String(50))  # finder or owner, only when given
    phone: Mapped[str | None] = mapped_column(String(20))
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)  # OPS-1: disposed of from this day
    state: Mapped[str] = mapped_column(String(10), default="held")  # held | returned | disposed
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    handed_to: Mapped[str | None] = mapped_column(String(50))  # who took it back (OPS-3 erases it)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    __table_args__ = (CheckConstraint("state IN ('held', 'returned', 'disposed')", name="state"),)


class Incident(Base):
    """OPS-2: a warning by the safety staff, a removal (퇴실 조치) after a second warning, or
    damage to a toy or equipment with the amount agreed. Damage money is not an admission fee:
    the close-out keeps it in its own section, never in the admission totals or KT."""

    __tablename__ = "incident"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # made by the screen: a second click adds nothing
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # when the desk recorded it
    kind: Mapped[str] = mapped_column(String(10))  # warning | removal | damage
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    category: Mapped[str | None] = mapped_column(String(20))  # warning: disturbing | dangerous
    note: Mapped[str | None] = mapped_column(String(200))
    may_return: Mapped[bool] = mapped_column(Boolean, default=False)  # removal: entry kept for the day
    what: Mapped[str | None] = mapped_column(String(100))  # damage: the toy or equipment
    remedy: Mapped[str | None] = mapped_column(String(10))  # damage: repair | replace
    amount: Mapped[int] = mapped_column(Integer, default=0)  # damage: won agreed
    settled: Mapped[str | None] = mapped_column(String(10))  # damage: card | transfer | in_kind | pending
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    __table_args__ = (
        CheckConstraint("kind IN ('warning', 'removal', 'damage')", name="kind"),
        CheckConstraint("amount >= 0", name="amount"),
        CheckConstraint("remedy IS NULL OR remedy IN ('repair', 'replace')", name="remedy"),
        CheckConstraint("settled IS NULL OR settled IN ('card', 'transfer', 'in_kind', 'pending')", name="settled"),
    )

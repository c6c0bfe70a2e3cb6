"""Bookings as the desk records them (RSV): from the portal's list, by phone, or at the desk.
The portal import, group bookings by phone, cancellations and no-shows grow here (issue 4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.db.models import Booking, BookingPerson
from desk_app.domain import calendar as cal
from desk_app.domain.errors import BadInput, NotAdmissible
from desk_app.domain.party import CHILD, GROUP, INDIVIDUAL, ROLES
from desk_app.services import codes
from desk_app.services.checkin import PersonIn, check_phone
from desk_app.services.context import DeskContext

SOURCES = ("portal", "phone", "walkin")


@dataclass(frozen=True)
class NewBooking:
    day: dt.date
    session_no: int
    booker_name: str
    booker_phone: str
    people: tuple[PersonIn, ...]
    kind: str = INDIVIDUAL
    source: str = "portal"
    portal_no: str | None = None
    organisation: str | None = None
    booked_at: dt.datetime | None = None


class BookingService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def add(self, nb: NewBooking, staff_id: int | None = None) -> str:
        """Record one booking; returns its code. The day and session must exist (CAL)."""
        if nb.source not in SOURCES:
            raise BadInput("source", f"{', '.join(SOURCES)} 중 하나여야 합니다")
        if nb.kind not in (INDIVIDUAL, GROUP):
            raise BadInput("kind", "individual 또는 group이어야 합니다")
        name = nb.booker_name.strip()
        if not name:
            raise BadInput("예약자명", "예약자 이름이 없습니다")
        phone = check_phone(nb.booker_phone)
        if not any(p.role == CHILD for p in nb.people):
            raise BadInput("people", "아동이 한 명 이상 있어야 합니다")
        for i, p in enumerate(nb.people):
            if p.role not in ROLES:
                raise BadInput(f"people[{i}].role", f"알 수 없는 역할입니다: {p.role}")
            if p.role == CHILD and p.birth_date is None:
                raise BadInput(f"people[{i}].birth_date", "아동은 생년월일이 필요합니다")
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            cal.require_session(self.ctx.profile, nb.day, nb.session_no, uow.days.closures_on(nb.day))
            if nb.portal_no and uow.bookings.by_portal_no(nb.portal_no) is not None:
                raise NotAdmissible("RSV-2", f"이미 있는 예약번호입니다: {nb.portal_no}")
            booker = uow.bookings.booker(name, phone, now)
            booking = uow.bookings.add(
                Booking(
                    code=codes.booking_code(),
                    source=nb.source,
                    portal_no=nb.portal_no,
                    kind=nb.kind,
                    day=nb.day,
                    session_no=nb.session_no,
                    booker_id=booker.id,
                    organisation=nb.organisation,
                    guardians=sum(1 for p in nb.people if p.role != CHILD),
                    status="booked",
                    booked_at=nb.booked_at or now,
                    created_at=now,
                )
            )
            for i, p in enumerate(nb.people):
                uow.session.add(
                    BookingPerson(
                        booking_id=booking.id, idx=i, role=p.role, name=p.name, birth_date=p.birth_date, care=p.care
                    )
                )
            uow.journal.append(
                now,
                staff_id,
                "booking.add",
                booking.code,
                {"source": nb.source, "day": nb.day, "session": nb.session_no, "people": len(nb.people)},
            )
            uow.commit()
            return booking.code

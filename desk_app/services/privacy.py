"""OPS-3: personal data is kept only as long as the profile says. The purge erases names and
phone numbers of visits older than the retention period; the financial records stay whole."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import func, select, update

from desk_app.db.models import AuditEntry, Booker, Booking, BookingPerson, Visit, VisitPerson
from desk_app.services.context import DeskContext

log = logging.getLogger(__name__)
ERASED = "(삭제됨)"


@dataclass(frozen=True)
class PurgeResult:
    cutoff: dt.date
    bookers: int
    people: int


class PrivacyService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def purge(self, staff_id: int | None = None) -> PurgeResult:
        now = self.ctx.clock.now()
        days = self.ctx.profile.rules_on(now.date()).retention.personal_data_days
        cutoff = now.date() - dt.timedelta(days=days)
        with self.ctx.store.uow() as uow:
            s = uow.session
            old_bookings = select(Booking.id).where(Booking.day < cutoff)
            people = s.execute(
                update(BookingPerson)
                .where(BookingPerson.booking_id.in_(old_bookings), BookingPerson.name.is_not(None))
                .values(name=None)
            ).rowcount
            people += s.execute(
                update(VisitPerson)
                .where(
                    VisitPerson.visit_id.in_(select(Visit.id).where(Visit.day < cutoff)), VisitPerson.name.is_not(None)
                )
                .values(name=None)
            ).rowcount
            # a booker is erased once none of their bookings is inside the retention period
            recent = select(Booking.booker_id).where(Booking.day >= cutoff)
            stale = s.scalars(select(Booker).where(Booker.id.not_in(recent), Booker.phone != "")).all()
            for b in stale:
                b.name, b.phone, b.phone_last4 = f"{ERASED}#{b.id}", "", ""
            uow.journal.append(
                now, staff_id, "privacy.purge", cutoff.isoformat(), {"bookers": len(stale), "people": people}
            )
            uow.commit()
        log.info("purge before %s: %s bookers, %s names", cutoff, len(stale), people)
        return PurgeResult(cutoff, len(stale), people)

    def purge_if_due(self) -> PurgeResult | None:
        """Runs by itself once a day (at start-up of the desk)."""
        today = self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            last = uow.session.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == "privacy.purge"))
        if last is not None and last.date() >= today:
            return None
        return self.purge()

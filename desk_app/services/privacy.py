"""OPS-3: personal data is kept only as long as the profile says. The purge erases names and
phone numbers of visits older than the retention period; the financial records stay whole."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from desk_app.domain.messages import msg
from desk_app.services.context import DeskContext

log = logging.getLogger(__name__)
ERASED = msg("(삭제됨)")


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
            bookers, people = uow.privacy.erase_before(cutoff, ERASED)
            uow.journal.append(
                now, staff_id, "privacy.purge", cutoff.isoformat(), {"bookers": bookers, "people": people}
            )
            uow.commit()
        log.info("purge before %s: %s bookers, %s names", cutoff, bookers, people)
        return PurgeResult(cutoff, bookers, people)

    def purge_if_due(self) -> PurgeResult | None:
        """Runs by itself once a day (at start-up of the desk)."""
        today = self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            last = uow.journal.last_at("privacy.purge")
        if last is not None and last.date() >= today:
            return None
        return self.purge()

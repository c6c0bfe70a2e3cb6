"""The board (CHK-1, RSV-4): today's sessions with their places and states, the families still
expected, and today's list of visits. Reads only."""

from __future__ import annotations

import datetime as dt

from desk_app.domain import calendar as cal
from desk_app.domain.states import BookingState, ReversalKind
from desk_app.domain.words import REVERSAL_KO
from desk_app.services.context import DeskContext
from desk_app.services.data import Board, BookingView, SessionBoard, VisitRow
from desk_app.services.finding import booking_view


class BoardService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def board(self, day: dt.date | None = None) -> Board:
        now = self.ctx.clock.now()
        day = day or now.date()
        profile = self.ctx.profile
        with self.ctx.store.uow() as uow:
            plan = cal.day_plan(profile, day, uow.days.closures_on(day))
            rules = profile.rules_on(day)
            counts = uow.views.session_counts(day, rules.capacity_counts == "children")
        rows = []
        for slot in plan.sessions:
            arrived, waiting, care_in, care_booked = counts.get(slot.no, (0, 0, 0, 0))
            rows.append(
                SessionBoard(
                    no=slot.no,
                    start=slot.start,
                    end=slot.end,
                    audience=slot.audience,
                    capacity=slot.capacity,
                    booked=arrived + waiting,
                    arrived=arrived,
                    left=slot.capacity - arrived - waiting,
                    care_taken=care_in + care_booked,  # ELG-5: booked applications hold care places
                    state=cal.session_state(profile, day, slot, now),
                    walkin_opens=cal.walkin_opens_at(profile, day, slot).time(),
                )
            )
        return Board(day, now, plan.open, plan.reason, tuple(rows), plan.closed_sessions)

    def expected(self) -> tuple[int | None, tuple[BookingView, ...]]:
        """The bookings still to arrive for the session running now, or the next one."""
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            plan = cal.day_plan(self.ctx.profile, now.date(), uow.days.closures_on(now.date()))
            current = next((s for s in plan.sessions if now < dt.datetime.combine(now.date(), s.end)), None)
            if current is None:
                return None, ()
            rows = uow.bookings.on_session(now.date(), current.no, BookingState.BOOKED)
            return current.no, tuple(booking_view(uow, b) for b in rows)

    def visits_on(self, day: dt.date | None = None) -> list[VisitRow]:
        """Today's list: a fixed number of queries however long the day gets."""
        day = day or self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            rows = uow.views.visits_on(day)
        return [
            VisitRow(
                **{
                    **row,
                    "reversed": REVERSAL_KO[ReversalKind(row["reversed"])] if row["reversed"] else None,
                }
            )
            for row in rows
        ]

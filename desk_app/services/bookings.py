"""Bookings as the desk records them (RSV): one by phone or from the portal, groups by phone
(RSV-3), cancellations (RSV-5), no-shows and their bans (RSV-6), and the center's own closures
(CAL-6). Every state change is a transition of ``domain.states``; whether people may be added
is asked of ``domain.admission.admit``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain import calendar as cal
from desk_app.domain import states
from desk_app.domain.admission import Path, Request, admit
from desk_app.domain.errors import BadInput, Conflict, require_manager
from desk_app.domain.messages import msg
from desk_app.domain.party import CHILD, GROUP, INDIVIDUAL, Party
from desk_app.domain.states import BookingState, Cancellation, Channel, Source
from desk_app.domain.words import check_phone
from desk_app.services import codes
from desk_app.services.context import DeskContext
from desk_app.services.data import CallItem, PersonIn
from desk_app.services.staff import StaffMember


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


def call_item(b, reason: str) -> CallItem:  # type: ignore[no-untyped-def]
    return CallItem(b.code, b.portal_no, b.day, b.session_no, b.booker.name, b.booker.phone, reason)


class BookingService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def add(self, nb: NewBooking, staff_id: int | None = None) -> str:
        """Record one booking; returns its code. Asked of the admission function first: the
        day and session must run (CAL), the day must be open (CLS-2), the booker must not be
        under a ban (RSV-6), and — for a booking taken at the desk — the places must be there
        (CAL-4, ELG-5). A portal booking entered by hand keeps the portal's own limits as
        warnings, as the import does."""
        try:
            source = Source(nb.source)
        except ValueError:
            raise BadInput(
                "source", msg("{join} 중 하나여야 합니다", join=", ".join(s.value for s in Source))
            ) from None
        if nb.kind not in (INDIVIDUAL, GROUP):
            raise BadInput("kind", msg("individual 또는 group이어야 합니다"))
        name = nb.booker_name.strip()
        if not name:
            raise BadInput(msg("예약자명"), msg("예약자 이름이 없습니다"))
        phone = check_phone(nb.booker_phone)
        if not any(p.role == CHILD for p in nb.people):  # each person's shape: check_people in admit
            raise BadInput("people", msg("아동이 한 명 이상 있어야 합니다"))
        now = self.ctx.clock.now()
        path = {Source.PORTAL: Path.IMPORT, Source.PHONE: Path.GROUP if nb.kind == GROUP else Path.PHONE}.get(
            source, Path.PHONE
        )
        rules = self.ctx.profile.rules_on(nb.day)
        with self.ctx.store.uow() as uow:
            uow.days.lock(nb.day)
            if nb.portal_no and uow.bookings.by_portal_no(nb.portal_no) is not None:
                raise BadInput(msg("예약번호"), msg("이미 있는 예약번호입니다: {portal_no}", portal_no=nb.portal_no))
            known = uow.bookings.find_booker(name, phone)
            facts = uow.admission.facts(
                nb.day, nb.session_no, rules.capacity_counts == "children", known.id if known else None
            )
            party = Party(nb.day, nb.session_no, nb.kind, False, tuple(p.person() for p in nb.people))
            admit(self.ctx.profile, Request(path, party, now), facts)  # CLS-2, CAL, RSV-6, CAL-4, ELG-5 …
            booking = uow.bookings.add(
                code=codes.booking_code(),
                source=source,
                kind=nb.kind,
                day=nb.day,
                session_no=nb.session_no,
                booker=uow.bookings.booker(name, phone, now),
                people=[p.row() for p in nb.people],
                now=now,
                portal_no=nb.portal_no,
                organisation=nb.organisation,
                booked_at=nb.booked_at,
            )
            uow.journal.append(
                now,
                staff_id,
                "booking.add",
                booking.code,
                {"source": source.value, "day": nb.day, "session": nb.session_no, "people": len(nb.people)},
            )
            uow.commit()
            return booking.code


# ------------------------------------------------------------------ groups by phone (RSV-3)


@dataclass(frozen=True)
class GroupBooking:
    day: dt.date
    session_no: int
    organisation: str
    contact_name: str
    phone: str
    child_births: tuple[dt.date, ...]
    teachers: int


class GroupService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def book(self, g: GroupBooking, staff: StaffMember | None = None) -> str:
        """RSV-3: by phone, from 30 days before the visit, weekdays only (CAL-3), 10 or more
        people with the teacher ratio kept, inside the session's places (CAL-4), never onto a
        closed day (CLS-2) and never for a contact under a no-show ban (RSV-6)."""
        if not g.organisation.strip():
            raise BadInput(msg("기관명"), msg("기관명을 입력하세요 (서울 소재 어린이집·유치원 등, ELG-3)"))
        if g.teachers < 0 or not g.child_births:
            raise BadInput(msg("인원"), msg("아동과 인솔교사 수를 입력하세요"))
        return BookingService(self.ctx).add(
            NewBooking(
                g.day,
                g.session_no,
                g.contact_name,
                g.phone,
                tuple(PersonIn(CHILD, None, b) for b in g.child_births)
                + tuple(PersonIn("teacher") for _ in range(g.teachers)),
                kind=GROUP,
                source="phone",
                organisation=g.organisation.strip(),
            ),
            staff.id if staff else None,
        )


# ------------------------------------------------------------------ cancellations (RSV-5)

CHANNELS = ("online", "phone")


class CancellationService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def cancel(self, code: str, channel: str, reason: str, staff: StaffMember | None) -> None:
        """RSV-5: online until the session starts on the day; by phone (recorded at the desk)
        until the booked session ends on the day."""
        if channel not in CHANNELS:
            raise BadInput(msg("경로"), msg("online 또는 phone"))
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            b = uow.bookings.by_code(code)
            if b is None:
                raise BadInput(msg("예약"), msg("예약을 찾을 수 없습니다: {code}", code=code))
            uow.days.lock(b.day)
            if uow.days.is_closed(b.day):
                raise Conflict("CLS-2", msg("{day:%Y-%m-%d}은(는) 마감된 날입니다", day=b.day))
            start, end = cal.session_bounds(self.ctx.profile, b.day, b.session_no)
            c = states.cancel(BookingState(b.status), Channel(channel), now, start, end, reason)
            uow.bookings.cancel(b, c, now, staff.id if staff else None)
            uow.journal.append(
                now, staff.id if staff else None, "booking.cancel", b.code, {"channel": channel, "reason": reason}
            )
            uow.commit()


# ------------------------------------------------------------------ no-shows (RSV-6)


@dataclass(frozen=True)
class NoShow:
    code: str
    portal_no: str | None
    day: dt.date
    session_no: int
    booker_name: str
    phone: str
    penalty_until: dt.date


@dataclass(frozen=True)
class SweepResult:
    no_shows: tuple[NoShow, ...]  # to enter into the portal
    to_call: tuple[CallItem, ...]  # bookings cancelled by force (RSV-6, CAL-6)


@dataclass(frozen=True)
class PenaltyRow:
    id: int
    booker_name: str
    phone: str
    starts: dt.date
    ends: dt.date
    reason: str
    lifted: bool


def ban_cancellation(ends: dt.date) -> tuple[str, str]:
    return "RSV-6", msg("노쇼 이용 제한 ({ends:%Y-%m-%d}까지)", ends=ends)


class NoShowService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def sweep(self, staff_id: int | None = None) -> SweepResult:
        """When a session ends, its bookings neither cancelled nor checked in are no-shows. The
        booker may not book or enter for 30 days from the session date, and their other
        bookings inside those days are cancelled by force (RSV-6). A session the center closed
        makes no no-show (CAL-6): its bookings are cancelled and listed to call. Safe to run
        again."""
        now = self.ctx.clock.now()
        profile = self.ctx.profile
        no_shows: list[NoShow] = []
        to_call: list[CallItem] = []
        with self.ctx.store.uow() as uow:
            # several desks: the days swept are locked, then read again as they now stand (issue 15)
            uow.days.lock(*{b.day for b in uow.bookings.waiting_until(now.date())}, reread=True)
            for b in uow.bookings.waiting_until(now.date()):
                if b.status != BookingState.BOOKED:  # cancelled by force earlier in this sweep
                    continue
                _, end = cal.session_bounds(profile, b.day, b.session_no)
                if now < end or uow.days.is_closed(b.day):
                    continue
                closed = cal.closed_reason(profile, b.day, b.session_no, uow.days.closures_on(b.day))
                cancelled = states.session_ended(
                    BookingState.BOOKED, closed, uow.visits.reversed_for_booking(b.id), b.created_at >= end
                )
                if cancelled is not None:  # CAL-6 or FEE-6: not a no-show
                    uow.bookings.cancel(b, cancelled, now, staff_id)
                    if cancelled.rule == "CAL-6":
                        to_call.append(call_item(b, cancelled.reason or ""))
                    uow.journal.append(
                        now, staff_id, "booking.cancel", b.code, {"channel": "forced", "reason": cancelled.reason}
                    )
                    continue
                rules = profile.rules_on(b.day)
                ends = b.day + dt.timedelta(days=rules.booking.penalty_days - 1)
                uow.bookings.set_state(b, BookingState.NO_SHOW)
                uow.penalties.add(
                    b,
                    b.day,
                    ends,
                    msg(
                        "{day:%Y-%m-%d} {session_no}회차 노쇼 ({code})", day=b.day, session_no=b.session_no, code=b.code
                    ),
                    now,
                )
                no_shows.append(NoShow(b.code, b.portal_no, b.day, b.session_no, b.booker.name, b.booker.phone, ends))
                forced = []
                for o in uow.bookings.waiting_for_booker(b.booker_id, b.day, ends, b.id):
                    if now >= cal.session_bounds(profile, o.day, o.session_no)[1]:
                        continue  # its own session is over: it is judged on its own
                    c = states.force_cancel(BookingState(o.status), *ban_cancellation(ends))
                    uow.bookings.cancel(o, c, now, staff_id)
                    to_call.append(call_item(o, c.reason or ""))
                    forced.append(o.code)
                uow.journal.append(now, staff_id, "booking.no_show", b.code, {"penalty_until": ends, "forced": forced})
            uow.commit()
        return SweepResult(tuple(no_shows), tuple(to_call))

    def penalties(self, on: dt.date | None = None) -> list[PenaltyRow]:
        on = on or self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            return [
                PenaltyRow(p.id, b.name, b.phone, p.starts, p.ends, p.reason, p.lifted_at is not None)
                for p, b in uow.views.penalties_from(on)
            ]

    def no_shows_on(self, day: dt.date) -> list[NoShow]:
        with self.ctx.store.uow() as uow:
            return [
                NoShow(b.code, b.portal_no, b.day, b.session_no, k.name, k.phone, ends or b.day)
                for b, k, ends in uow.views.no_shows_on(day)
            ]

    def lift(self, penalty_id: int, reason: str, staff: StaffMember | None) -> None:
        """RSV-6: a manager may lift a penalty with a written reason."""
        require_manager(staff is not None and staff.is_manager, msg("노쇼 제한 해제"))
        assert staff is not None
        if not reason.strip():
            raise BadInput(msg("사유"), msg("해제 사유를 적어 주세요"))
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            p = uow.penalties.get(penalty_id)
            if p is None:
                raise BadInput(msg("제한"), msg("노쇼 제한을 찾을 수 없습니다: {penalty_id}", penalty_id=penalty_id))
            if p.lifted_at is not None:
                raise Conflict("RSV-6", msg("이미 {lifted_at:%Y-%m-%d %H:%M}에 해제되었습니다", lifted_at=p.lifted_at))
            uow.penalties.lift(p, staff.id, reason.strip(), now)
            uow.journal.append(now, staff.id, "penalty.lift", str(p.id), {"reason": reason.strip()})
            uow.commit()


# ------------------------------------------------------------------ closures (CAL-6)


class ClosureService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def block(self, day: dt.date, session_no: int | None, reason: str, staff: StaffMember | None) -> list[CallItem]:
        """A manager closes a day or a session for the center's own events. Its bookings are
        cancelled by force and listed for the staff to call; walk-ins are refused."""
        require_manager(staff is not None and staff.is_manager, msg("휴관 지정"))
        assert staff is not None
        why = reason.strip()
        if not why:
            raise BadInput(msg("사유"), msg("휴관 사유를 적어 주세요 (행사, 정기소독, 종사자 교육 등)"))
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            uow.days.lock(day)
            if uow.days.is_closed(day):
                raise Conflict("CLS-2", msg("{day:%Y-%m-%d}은(는) 마감된 날입니다", day=day))
            plan = cal.day_plan(self.ctx.profile, day, uow.days.closures_on(day))
            if not plan.open:
                raise Conflict(
                    "CAL-6", msg("{day:%Y-%m-%d}은(는) 이미 휴관입니다 ({reason})", day=day, reason=plan.reason)
                )
            if session_no is not None and plan.session(session_no) is None:
                closed = next((c for c in plan.closed_sessions if c.no == session_no), None)
                if closed is not None:
                    raise Conflict(
                        "CAL-6",
                        msg(
                            "{day:%Y-%m-%d} {session_no}회차는 이미 운영하지 않습니다 ({reason})",
                            day=day,
                            session_no=session_no,
                            reason=closed.reason,
                        ),
                    )
                raise BadInput(
                    msg("회차"), msg("{day:%Y-%m-%d}에는 {session_no}회차가 없습니다", day=day, session_no=session_no)
                )
            uow.days.add_closure(day, session_no, why, staff.id, now)
            calls = []
            for b in uow.bookings.on_session(day, session_no, BookingState.BOOKED):
                c: Cancellation = states.force_cancel(BookingState(b.status), "CAL-6", msg("센터 일정: {why}", why=why))
                uow.bookings.cancel(b, c, now, staff.id)
                calls.append(call_item(b, c.reason or ""))
            uow.journal.append(
                now, staff.id, "closure.add", f"{day}#{session_no or 'all'}", {"reason": why, "cancelled": len(calls)}
            )
            uow.commit()
            return calls

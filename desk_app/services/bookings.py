"""Bookings as the desk records them (RSV): from the portal's list, by phone, or at the desk.
The portal import, group bookings by phone, cancellations and no-shows grow here (issue 4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desk_app.db.models import Booker, Booking, BookingPerson, Closure, Penalty
from desk_app.db.uow import UnitOfWork
from desk_app.domain import calendar as cal
from desk_app.domain.eligibility import check_admission
from desk_app.domain.errors import BadInput, Conflict, NotAdmissible
from desk_app.domain.party import CHILD, GROUP, INDIVIDUAL, ROLES, Party, Person
from desk_app.domain.profile import Rules
from desk_app.services import codes
from desk_app.services.checkin import PersonIn, check_phone
from desk_app.services.context import DeskContext
from desk_app.services.portal_import import CallItem
from desk_app.services.staff import StaffMember

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


def _require_manager(staff: StaffMember | None, what: str) -> None:
    if staff is None or not staff.is_manager:
        raise Conflict("", f"{what}은(는) 관리자(센터장)만 할 수 있습니다")


class GroupService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def book(self, g: GroupBooking, staff: StaffMember | None = None) -> str:
        """RSV-3: by phone, from 30 days before the visit, weekdays only (CAL-3), 10 or more
        people with the teacher ratio kept, inside the session's places (CAL-4)."""
        now = self.ctx.clock.now()
        rules = self.ctx.profile.rules_on(g.day)
        if not g.organisation.strip():
            raise BadInput("기관명", "기관명을 입력하세요 (서울 소재 어린이집·유치원 등, ELG-3)")
        if g.teachers < 0 or not g.child_births:
            raise BadInput("인원", "아동과 인솔교사 수를 입력하세요")
        if g.day < now.date():
            raise NotAdmissible("RSV-3", f"지난 날짜({g.day:%Y-%m-%d})는 예약할 수 없습니다")
        ahead = (g.day - now.date()).days
        if ahead > rules.group.book_days_ahead:
            opens = g.day - dt.timedelta(days=rules.group.book_days_ahead)
            raise NotAdmissible(
                "RSV-3", f"단체 예약은 이용일 {rules.group.book_days_ahead}일 전({opens:%Y-%m-%d})부터 받을 수 있습니다"
            )
        people = tuple(Person(CHILD, b) for b in g.child_births) + tuple(Person("teacher") for _ in range(g.teachers))
        party = Party(g.day, g.session_no, GROUP, False, people)
        with self.ctx.store.uow() as uow:
            closures = uow.days.closures_on(g.day)
            _, slot = cal.require_session(self.ctx.profile, g.day, g.session_no, closures)
            booked = _places_booked(uow, rules, g.day, g.session_no)
            check_admission(self.ctx.profile, party, closures, places_left=slot.capacity - booked)
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


def _places_booked(uow: UnitOfWork, rules: Rules, day: dt.date, session_no: int) -> int:
    return uow.bookings.places(day, session_no, ("booked", "checked_in"), rules.capacity_counts == "children")


# ------------------------------------------------------------------ cancellations (RSV-5)

CHANNELS = ("online", "phone")


def _call_item(b: Booking, reason: str) -> CallItem:
    return CallItem(b.code, b.portal_no, b.day, b.session_no, b.booker.name, b.booker.phone, reason)


class CancellationService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def cancel(self, code: str, channel: str, reason: str, staff: StaffMember | None) -> None:
        """RSV-5: online until the session starts on the day; by phone (recorded at the desk)
        until the booked session ends on the day."""
        if channel not in CHANNELS:
            raise BadInput("경로", "online 또는 phone")
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            b = uow.bookings.by_code(code)
            if b is None:
                raise BadInput("예약", f"예약을 찾을 수 없습니다: {code}")
            if uow.days.closeout(b.day) is not None:
                raise Conflict("CLS-2", f"{b.day:%Y-%m-%d}은(는) 마감된 날입니다")
            if b.status != "booked":
                raise Conflict("RSV-5", f"{b.status} 상태의 예약은 취소할 수 없습니다")
            slot = cal.day_plan(self.ctx.profile, b.day, uow.days.closures_on(b.day)).session(b.session_no)
            start = dt.datetime.combine(b.day, slot.start) if slot else dt.datetime.combine(b.day, dt.time())
            end = dt.datetime.combine(b.day, slot.end) if slot else dt.datetime.combine(b.day, dt.time())
            limit = start if channel == "online" else end
            if now >= limit:
                what = "온라인 취소는 회차 시작" if channel == "online" else "전화 취소는 회차 종료"
                raise NotAdmissible("RSV-5", f"{what}({limit:%m-%d %H:%M})까지만 가능합니다")
            b.status = "cancelled"
            b.cancelled_at = now
            b.cancel_channel = channel
            b.cancel_reason = reason.strip() or None
            b.cancelled_by = staff.id if staff else None
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
    to_call: tuple[CallItem, ...]  # bookings cancelled by force


@dataclass(frozen=True)
class PenaltyRow:
    id: int
    booker_name: str
    phone: str
    starts: dt.date
    ends: dt.date
    reason: str
    lifted: bool


class NoShowService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def sweep(self, staff_id: int | None = None) -> SweepResult:
        """When a session ends, its bookings neither cancelled nor checked in are no-shows. The
        booker may not book or enter for 30 days from the session date, and their other
        bookings inside those days are cancelled by force (RSV-6). Safe to run again."""
        now = self.ctx.clock.now()
        no_shows: list[NoShow] = []
        to_call: list[CallItem] = []
        with self.ctx.store.uow() as uow:
            pending = uow.session.scalars(
                select(Booking)
                .where(Booking.status == "booked", Booking.day <= now.date())
                .order_by(Booking.day, Booking.session_no)
            ).all()
            for b in pending:
                if b.status != "booked":  # cancelled by force earlier in this sweep
                    continue
                slot = cal.day_plan(self.ctx.profile, b.day).session(b.session_no)
                end = (
                    dt.datetime.combine(b.day, slot.end)
                    if slot
                    else dt.datetime.combine(b.day + dt.timedelta(days=1), dt.time())
                )
                if now < end or uow.days.closeout(b.day) is not None:
                    continue
                rules = self.ctx.profile.rules_on(b.day)
                ends = b.day + dt.timedelta(days=rules.booking.penalty_days - 1)
                b.status = "no_show"
                uow.session.add(
                    Penalty(
                        booker_id=b.booker_id,
                        booking_id=b.id,
                        starts=b.day,
                        ends=ends,
                        reason=f"{b.day:%Y-%m-%d} {b.session_no}회차 노쇼 ({b.code})",
                        created_at=now,
                    )
                )
                no_shows.append(NoShow(b.code, b.portal_no, b.day, b.session_no, b.booker.name, b.booker.phone, ends))
                others = uow.session.scalars(
                    select(Booking).where(
                        Booking.booker_id == b.booker_id,
                        Booking.status == "booked",
                        Booking.day >= b.day,
                        Booking.day <= ends,
                        Booking.id != b.id,
                    )
                ).all()
                for o in others:
                    o_slot = cal.day_plan(self.ctx.profile, o.day).session(o.session_no)
                    if o_slot is not None and now >= dt.datetime.combine(o.day, o_slot.end):
                        continue  # its own session is over: it is judged on its own
                    o.status = "cancelled"
                    o.cancelled_at = now
                    o.cancel_channel = "forced"
                    o.cancel_reason = f"RSV-6 노쇼 이용 제한 ({ends:%Y-%m-%d}까지)"
                    to_call.append(_call_item(o, o.cancel_reason))
                uow.journal.append(
                    now,
                    staff_id,
                    "booking.no_show",
                    b.code,
                    {"penalty_until": ends, "forced": [o.code for o in others]},
                )
                uow.session.flush()
            uow.commit()
        return SweepResult(tuple(no_shows), tuple(to_call))

    def penalties(self, on: dt.date | None = None) -> list[PenaltyRow]:
        on = on or self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            rows = uow.session.scalars(select(Penalty).where(Penalty.ends >= on).order_by(Penalty.ends)).all()
            return [
                PenaltyRow(
                    p.id,
                    uow.session.get(Booker, p.booker_id).name,
                    uow.session.get(Booker, p.booker_id).phone,
                    p.starts,
                    p.ends,
                    p.reason,
                    p.lifted_at is not None,
                )
                for p in rows
            ]

    def no_shows_on(self, day: dt.date) -> list[NoShow]:
        with self.ctx.store.uow() as uow:
            rows = uow.session.scalars(
                select(Booking).where(Booking.day == day, Booking.status == "no_show").order_by(Booking.session_no)
            ).all()
            out = []
            for b in rows:
                p = uow.session.scalars(select(Penalty).where(Penalty.booking_id == b.id)).first()
                out.append(
                    NoShow(
                        b.code, b.portal_no, b.day, b.session_no, b.booker.name, b.booker.phone, p.ends if p else b.day
                    )
                )
            return out

    def lift(self, penalty_id: int, reason: str, staff: StaffMember | None) -> None:
        """RSV-6: a manager may lift a penalty with a written reason."""
        _require_manager(staff, "노쇼 제한 해제")
        assert staff is not None
        if not reason.strip():
            raise BadInput("사유", "해제 사유를 적어 주세요")
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            p = uow.session.get(Penalty, penalty_id)
            if p is None:
                raise BadInput("제한", f"노쇼 제한을 찾을 수 없습니다: {penalty_id}")
            if p.lifted_at is not None:
                raise Conflict("RSV-6", f"이미 {p.lifted_at:%Y-%m-%d %H:%M}에 해제되었습니다")
            p.lifted_at, p.lifted_by, p.lift_reason = now, staff.id, reason.strip()
            uow.journal.append(now, staff.id, "penalty.lift", str(p.id), {"reason": reason.strip()})
            uow.commit()


# ------------------------------------------------------------------ closures (CAL-6)


class ClosureService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def block(self, day: dt.date, session_no: int | None, reason: str, staff: StaffMember | None) -> list[CallItem]:
        """A manager closes a day or a session for the center's own events. Its bookings are
        cancelled by force and listed for the staff to call; walk-ins are refused."""
        _require_manager(staff, "휴관 지정")
        assert staff is not None
        if not reason.strip():
            raise BadInput("사유", "휴관 사유를 적어 주세요 (행사, 정기소독, 종사자 교육 등)")
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            if uow.days.closeout(day) is not None:
                raise Conflict("CLS-2", f"{day:%Y-%m-%d}은(는) 마감된 날입니다")
            plan = cal.day_plan(self.ctx.profile, day, uow.days.closures_on(day))
            if not plan.open:
                raise Conflict("CAL-6", f"{day:%Y-%m-%d}은(는) 이미 휴관입니다 ({plan.reason})")
            if session_no is not None and plan.session(session_no) is None:
                closed = next((c for c in plan.closed_sessions if c.no == session_no), None)
                if closed is not None:
                    raise Conflict(
                        "CAL-6", f"{day:%Y-%m-%d} {session_no}회차는 이미 운영하지 않습니다 ({closed.reason})"
                    )
                raise BadInput("회차", f"{day:%Y-%m-%d}에는 {session_no}회차가 없습니다")
            uow.days.add_closure(
                Closure(day=day, session_no=session_no, reason=reason.strip(), created_by=staff.id, created_at=now)
            )
            query = select(Booking).where(Booking.day == day, Booking.status == "booked")
            if session_no is not None:
                query = query.where(Booking.session_no == session_no)
            calls = []
            for b in uow.session.scalars(query.order_by(Booking.session_no, Booking.id)).all():
                b.status = "cancelled"
                b.cancelled_at = now
                b.cancel_channel = "forced"
                b.cancel_reason = f"CAL-6 센터 일정: {reason.strip()}"
                calls.append(_call_item(b, b.cancel_reason))
            uow.journal.append(
                now,
                staff.id,
                "closure.add",
                f"{day}#{session_no or 'all'}",
                {"reason": reason.strip(), "cancelled": len(calls)},
            )
            uow.commit()
            return calls

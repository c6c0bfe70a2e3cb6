"""The calendar (CAL-1 to CAL-6): which days open, which sessions run, who they are for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from holidays.countries.south_korea import SouthKorea

from desk_app.domain.errors import NotAdmissible
from desk_app.domain.messages import msg
from desk_app.domain.profile import Closure, Profile, SessionDef, YearlyDay

SHARED = "shared"
INDIVIDUAL = "individual"
WEEKDAY_NAMES_KO = (
    msg("월요일"),
    msg("화요일"),
    msg("수요일"),
    msg("목요일"),
    msg("금요일"),
    msg("토요일"),
    msg("일요일"),
)


@dataclass(frozen=True)
class SessionSlot:
    no: int
    start: dt.time
    end: dt.time
    audience: str  # CAL-3: SHARED (groups and individuals) or INDIVIDUAL
    capacity: int  # CAL-4


@dataclass(frozen=True)
class ClosedSession:
    no: int
    reason: str


@dataclass(frozen=True)
class DayPlan:
    date: dt.date
    open: bool
    reason: str | None
    sessions: tuple[SessionSlot, ...]
    closed_sessions: tuple[ClosedSession, ...]
    care_offered: bool  # CAL-5: no play care in the pilot period

    def session(self, no: int) -> SessionSlot | None:
        for s in self.sessions:
            if s.no == no:
                return s
        return None


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> dict[dt.date, str]:
    # CAL-1: a maintained calendar (substitute and election days included), never hand-typed.
    # The South Korea module is imported directly: holidays.country_holidays() imports every
    # country (a quarter of a second at start-up), and PyInstaller sees this import.
    return dict(SouthKorea(years=year, language="ko").items())  # type: ignore[no-untyped-call]


def public_holiday(day: dt.date) -> str | None:
    return _public_holidays(day.year).get(day)


def _yearly_match(entries: Iterable[YearlyDay], day: dt.date) -> str | None:
    for e in entries:
        if e.month == day.month and e.day == day.day:
            return e.reason
    return None


def day_plan(profile: Profile, day: dt.date, closures: Iterable[Closure] = ()) -> DayPlan:
    """Whether ``day`` opens and its sessions. ``closures`` adds the manager's blocks (CAL-6)
    to those the profile lists."""
    all_closures = [c for c in (*profile.calendar.closures, *closures) if c.date == day]

    def closed(reason: str) -> DayPlan:
        return DayPlan(day, False, reason, (), (), False)

    if day < profile.center.opening_date:
        return closed(msg("개관 전 (개관일 {isoformat})", isoformat=profile.center.opening_date.isoformat()))
    for c in all_closures:
        if c.session is None:  # CAL-6: the whole day
            return closed(msg("센터 휴관: {reason}", reason=c.reason))
    cal = profile.calendar
    # CAL-1 decision: the yearly opening (Children's Day) overrides holiday and weekly closure,
    # on that date only, never on its substitute day.
    forced_open = _yearly_match(cal.open_every_year, day)
    if forced_open is None:
        yearly = _yearly_match(cal.closed_every_year, day)
        if yearly is not None:
            return closed(msg("휴관: {yearly}", yearly=yearly))
        if cal.close_on_public_holidays:
            name = public_holiday(day)
            if name is not None:
                return closed(msg("공휴일: {name}", name=name))
        if day.weekday() in cal.weekly_closed:
            return closed(msg("정기 휴관 (매주 {WEEKDAY_NAMES_KO})", WEEKDAY_NAMES_KO=WEEKDAY_NAMES_KO[day.weekday()]))

    period = profile.period_on(day)
    weekend = day.weekday() >= 5
    rules = profile.rules_on(day)
    defs: tuple[SessionDef, ...] = profile.weekend_sessions if weekend else profile.weekday_sessions
    dated = rules.weekend_sessions if weekend else rules.weekday_sessions
    if dated is not None:  # PRF-2: the session list of the rule version in force on the day
        defs = dated
    if period is not None:
        override = period.weekend if weekend else period.weekday
        if override is not None:
            defs = override
    audience = SHARED if day.weekday() in cal.group_days else INDIVIDUAL  # CAL-3
    blocked = {c.session: c.reason for c in all_closures if c.session is not None}
    slots = tuple(SessionSlot(d.no, d.start, d.end, audience, rules.capacity) for d in defs if d.no not in blocked)
    closed_sessions = tuple(
        ClosedSession(no, msg("센터 일정: {reason}", reason=reason))
        for no, reason in sorted(blocked.items())
        if any(d.no == no for d in defs)
    )
    if not slots:
        return DayPlan(day, False, msg("센터 휴관: 모든 회차가 막혔습니다"), (), closed_sessions, False)
    care = period.care_offered if period is not None else True
    return DayPlan(day, True, None, slots, closed_sessions, care)


def require_session(
    profile: Profile, day: dt.date, session_no: int | None, closures: Iterable[Closure] = ()
) -> tuple[DayPlan, SessionSlot]:
    """The session a party asks for, or a refusal naming the rule (CAL-1, CAL-2, CAL-6)."""
    plan = day_plan(profile, day, closures)
    if not plan.open:
        rule = "CAL-6" if plan.reason and plan.reason.startswith(msg("센터 휴관")) else "CAL-1"
        raise NotAdmissible(
            rule, msg("{isoformat}은(는) 휴관일입니다 ({reason})", isoformat=day.isoformat(), reason=plan.reason)
        )
    no = plan.sessions[0].no if session_no is None else session_no
    slot = plan.session(no)
    if slot is None:
        for c in plan.closed_sessions:
            if c.no == no:
                raise NotAdmissible(
                    "CAL-6",
                    msg(
                        "{isoformat} {no}회차는 운영하지 않습니다 ({reason})",
                        isoformat=day.isoformat(),
                        no=no,
                        reason=c.reason,
                    ),
                )
        nos = ", ".join(str(s.no) for s in plan.sessions)
        raise NotAdmissible(
            "CAL-2",
            msg("{isoformat}에는 {no}회차가 없습니다 (운영 회차: {nos})", isoformat=day.isoformat(), no=no, nos=nos),
        )
    return plan, slot


def session_bounds(profile: Profile, day: dt.date, session_no: int) -> tuple[dt.datetime, dt.datetime]:
    """A session's start and end as the calendar plans it, closures aside (its times do not
    move when the center closes it); a session the day does not have spans the whole day."""
    slot = day_plan(profile, day).session(session_no)
    if slot is None:
        midnight = dt.datetime.combine(day, dt.time())
        return midnight, midnight + dt.timedelta(days=1)
    return dt.datetime.combine(day, slot.start), dt.datetime.combine(day, slot.end)


def closed_reason(profile: Profile, day: dt.date, session_no: int, closures: Iterable[Closure] = ()) -> str | None:
    """Why that session does not run (CAL-6, or the day's own closure), or None when it runs."""
    plan = day_plan(profile, day, closures)
    if plan.session(session_no) is not None:
        return None
    closed = next((c.reason for c in plan.closed_sessions if c.no == session_no), None)
    return closed or plan.reason or msg("{session_no}회차 없음", session_no=session_no)


# Session states for the board (CHK-1, RSV-4).
NOT_OPEN = "not_open"
OPEN = "open"
WALKINS_OPEN = "walkins_open"
TIDY_UP = "tidy_up"
ENDED = "ended"


def _at(day: dt.date, t: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, t)


def walkin_opens_at(profile: Profile, day: dt.date, slot: SessionSlot) -> dt.datetime:
    """RSV-4: walk-ins from a set time after the session starts."""
    return _at(day, slot.start) + dt.timedelta(minutes=profile.rules_on(day).booking.walkin_after_minutes)


def tidy_up_at(profile: Profile, day: dt.date, slot: SessionSlot) -> dt.datetime:
    """CAL-2: play ends and toys are put away before the session ends."""
    return _at(day, slot.end) - dt.timedelta(minutes=profile.tidy_up_minutes)


def session_state(profile: Profile, day: dt.date, slot: SessionSlot, now: dt.datetime) -> str:
    if now < _at(day, slot.start):
        return NOT_OPEN
    if now >= _at(day, slot.end):
        return ENDED
    if now >= tidy_up_at(profile, day, slot):
        return TIDY_UP
    if now >= walkin_opens_at(profile, day, slot):
        return WALKINS_OPEN
    return OPEN

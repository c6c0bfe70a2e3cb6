"""One admission question, one function: may this party be added to (or moved onto) this
session? Every path that adds people asks it — the portal import (RSV-1), a booking by phone,
a group by phone (RSV-3), a walk-in (RSV-4), a check-in at the door (CHK-2) — and `desk-app
quote` asks it with no records at all.

The service reads the facts from the records (closed day, closures, places and care places
held by others, a ban, who is already in today); `admit` decides over them, purely. A refusal
raises with its rule ID. Where the path takes the portal's list as the record (the import),
the rules the portal itself enforces come back as warnings instead: a full session, a care
place over the limit, an age, the children per booker. Closures, bans and a closed day are
never warnings: the import cancels those bookings by force and lists them to call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from desk_app.domain import states
from desk_app.domain.calendar import SHARED, DayPlan, SessionSlot, require_session
from desk_app.domain.eligibility import check_care, check_children, check_group, places_taken, walkin_allowed
from desk_app.domain.errors import Conflict, NotAdmissible
from desk_app.domain.messages import msg
from desk_app.domain.party import CHILD, GROUP, GUARDIAN, INDIVIDUAL, Party, check_people, yeon_age
from desk_app.domain.profile import Closure, Profile, Rules
from desk_app.domain.states import BookingState


class Path(StrEnum):
    QUOTE = "quote"  # `desk-app quote`: the rules alone, no records
    IMPORT = "import"  # RSV-1: a row of the portal's list (new, or moved by a newer file)
    PHONE = "phone"  # a booking recorded at the desk
    GROUP = "group"  # RSV-3: a group by phone
    WALKIN = "walkin"  # RSV-4
    CHECKIN = "checkin"  # CHK-2: a booking at the door


# Rules the portal enforces on its own list: on the import path they warn, elsewhere they refuse.
PORTAL_ENFORCED = frozenset({"CAL-4", "ELG-1", "ELG-2", "ELG-5", "RSV-2"})
AT_THE_DOOR = frozenset({Path.WALKIN, Path.CHECKIN})
BOOKING_AHEAD = frozenset({Path.PHONE, Path.GROUP})


@dataclass(frozen=True)
class Ban:
    """RSV-6: a no-show penalty in force on the visit date."""

    ends: dt.date
    reason: str


@dataclass(frozen=True)
class EarlierVisit:
    """RSV-2: a child already in today (a paid visit of another booking)."""

    name: str | None
    birth_date: dt.date | None
    session_no: int
    visit_code: str


@dataclass(frozen=True)
class Facts:
    """What the records say about the session and the booker, the party's own booking left out."""

    day_closed: bool = False  # CLS-2
    closures: tuple[Closure, ...] = ()  # CAL-6: the manager's blocks on that day
    places_held: int = 0  # CAL-4: arrived + booked and not yet arrived (not cancelled)
    care_held: int = 0  # ELG-5: care children arrived + care applications booked
    ban: Ban | None = None  # RSV-6
    booker_visit_today: str | None = None  # RSV-2: the booker's own visit today (another booking)
    in_today: tuple[EarlierVisit, ...] = ()  # RSV-2
    late_pickup: dt.date | None = None  # ELG-5: the booker was late to take a child back
    own_booking: BookingState | None = None  # CHK-2: the state of the booking being checked in
    own_visit: str | None = None  # its visit that stands, if any (CHK-4)


@dataclass(frozen=True)
class Request:
    path: Path
    party: Party
    now: dt.datetime | None = None  # None only for a quote


@dataclass(frozen=True)
class Refusal:
    rule: str
    message: str


@dataclass(frozen=True)
class Admission:
    """A party that may enter: the day, the session and the places it takes."""

    plan: DayPlan
    slot: SessionSlot
    rules: Rules
    warnings: tuple[Refusal, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)


def open_session(
    profile: Profile, path: Path, day: dt.date, session_no: int | None, facts: Facts, now: dt.datetime | None
) -> tuple[DayPlan, SessionSlot]:
    """The questions about the day and the session, before anyone in the party: a closed day
    (CLS-2), today only at the door (CHK-1), a booking's own state (CHK-4), the booking windows
    (RSV-3, RSV-5), a running session (CAL-1, CAL-2, CAL-6), the walk-in hour (RSV-4)."""
    rules = profile.rules_on(day)
    if facts.day_closed and path is not Path.QUOTE:  # CLS-2
        raise Conflict("CLS-2", msg("{day:%Y-%m-%d}은(는) 마감된 날입니다. 인원을 더하거나 옮길 수 없습니다", day=day))
    if now is not None and path in AT_THE_DOOR and day != now.date():
        raise NotAdmissible(
            "CHK-1", msg("오늘({now:%Y-%m-%d}) 이용만 입장 처리할 수 있습니다 (요청: {day:%Y-%m-%d})", now=now, day=day)
        )
    if path is Path.CHECKIN and facts.own_booking is not None:
        states.check_in(facts.own_booking, facts.own_visit)  # CHK-4, RSV-5, RSV-6
    if now is not None and path in BOOKING_AHEAD and day < now.date():
        rule = "RSV-3" if path is Path.GROUP else "RSV-5"
        raise NotAdmissible(rule, msg("지난 날짜({day:%Y-%m-%d})는 예약할 수 없습니다", day=day))
    if now is not None and path is Path.GROUP and (day - now.date()).days > rules.group.book_days_ahead:
        opens = day - dt.timedelta(days=rules.group.book_days_ahead)
        raise NotAdmissible(
            "RSV-3",
            msg(
                "단체 예약은 이용일 {book_days_ahead}일 전({opens:%Y-%m-%d})부터 받을 수 있습니다",
                book_days_ahead=rules.group.book_days_ahead,
                opens=opens,
            ),
        )
    plan, slot = require_session(profile, day, session_no, facts.closures)  # CAL-1, CAL-2, CAL-6
    if now is not None and path in AT_THE_DOOR | BOOKING_AHEAD and now >= dt.datetime.combine(day, slot.end):
        raise NotAdmissible("CAL-2", msg("{no}회차는 {end:%H:%M}에 끝났습니다", no=slot.no, end=slot.end))
    if now is not None and path is Path.WALKIN:
        walkin_allowed(profile, day, slot, now)  # RSV-4
    return plan, slot


def admit(profile: Profile, request: Request, facts: Facts | None = None) -> Admission:
    """Every admission question, in the order the desk explains it. Raises BadInput for a
    malformed party, Conflict for a closed day (CLS-2) and NotAdmissible for a refusal; on the
    import path the portal's own limits come back as warnings."""
    facts = facts or Facts()
    path, party, now = request.path, request.party, request.now
    day = party.visit_date
    rules = profile.rules_on(day)
    warnings: list[Refusal] = []

    def refuse(rule: str, message: str) -> None:
        if path is Path.IMPORT and rule in PORTAL_ENFORCED:
            warnings.append(Refusal(rule, message))
        else:
            raise NotAdmissible(rule, message)

    def check(run: Callable[[], object]) -> None:
        try:
            run()
        except NotAdmissible as e:
            refuse(e.rule, e.detail)

    check_people(party, rules)
    plan, slot = open_session(profile, path, day, party.session, facts, now)
    if path is Path.WALKIN and party.kind != INDIVIDUAL:
        raise NotAdmissible("RSV-4", msg("현장접수는 개인만 가능합니다"))
    if facts.ban is not None:  # RSV-6: no booking and no entry inside the ban
        raise NotAdmissible(
            "RSV-6",
            msg(
                "노쇼로 {ends:%Y-%m-%d}까지 예약·이용할 수 없습니다 ({reason})",
                ends=facts.ban.ends,
                reason=facts.ban.reason,
            ),
        )
    if path in AT_THE_DOOR:  # RSV-2: one visit a day
        if facts.booker_visit_today is not None:
            raise NotAdmissible(
                "RSV-2",
                msg(
                    "예약자는 오늘 이미 입장했습니다 (1일 1회, 입장권 {booker_visit_today})",
                    booker_visit_today=facts.booker_visit_today,
                ),
            )
        for p in party.people:
            hit = _same_child(p.role, p.name, p.birth_date, facts.in_today)
            if hit is not None:
                raise NotAdmissible(
                    "RSV-2",
                    msg(
                        "{name}({birth_date:%Y-%m-%d})은(는) 오늘 {session_no}회차에 이미 입장했습니다 (1일 1회, 입장권 {visit_code})",
                        name=hit.name,
                        birth_date=hit.birth_date,
                        session_no=hit.session_no,
                        visit_code=hit.visit_code,
                    ),
                )
    if party.kind == GROUP and slot.audience != SHARED:  # CAL-3
        raise NotAdmissible(
            "CAL-3", msg("{isoformat}은(는) 개인 이용만 가능한 날입니다 (단체는 화~금)", isoformat=day.isoformat())
        )
    children = party.children()
    adults = party.adults()
    if party.kind == INDIVIDUAL:
        if not children:
            raise NotAdmissible("ELG-1", msg("아동 없이 성인만 입장할 수 없습니다"))
        if not any(p.role == GUARDIAN for p in adults):
            refuse("ELG-1", msg("아동은 성인보호자와 함께 입장해야 합니다"))
    check(lambda: check_children(rules, party))  # ELG-1, ELG-2
    if party.kind == INDIVIDUAL:  # RSV-2: children per booker
        young = sum(1 for p in children if p.birth_date and yeon_age(p.birth_date, day) <= rules.age.max_child_age)
        limit = rules.booking.max_children_per_booker
        if young > limit:
            refuse("RSV-2", msg("예약자 1인당 영유아는 최대 {limit}명입니다 ({young}명)", limit=limit, young=young))
    check(lambda: check_care(rules, plan, party, facts.care_held))  # ELG-5, booked applications counted
    if party.kind == GROUP:
        check_group(rules, party)  # RSV-3
    places = places_taken(rules, len(children), len(adults))
    room = slot.capacity - facts.places_held
    if places > room:  # CAL-4
        refuse(
            "CAL-4",
            msg(
                "{no}회차에 남은 자리는 {max}명인데 {places}명이 입장하려 합니다 (정원 {capacity}명)",
                no=slot.no,
                max=max(room, 0),
                places=places,
                capacity=slot.capacity,
            ),
        )
    notes = []
    if any(p.care for p in party.people) and facts.late_pickup is not None:  # ELG-5: the desk's flag
        notes.append(
            msg(
                "ELG-5: 이 보호자는 {late_pickup:%Y-%m-%d} 놀이돌봄 때 아동을 늦게 데려갔습니다. 이번 신청을 받을지 판단하세요",
                late_pickup=facts.late_pickup,
            )
        )
    return Admission(plan, slot, rules, tuple(warnings), tuple(notes))


def _same_child(
    role: str, name: str | None, birth: dt.date | None, earlier: Iterable[EarlierVisit]
) -> EarlierVisit | None:
    if role != CHILD or not name or birth is None:
        return None
    for e in earlier:
        if e.name == name and e.birth_date == birth:
            return e
    return None


def check_admission(
    profile: Profile,
    party: Party,
    closures: Iterable[Closure] = (),
    care_taken: int = 0,
    places_left: int | None = None,
) -> Admission:
    """The rules alone (a quote): the same function, with the few facts given by hand."""
    held = 0
    if places_left is not None:
        held = profile.rules_on(party.visit_date).capacity - places_left
    return admit(
        profile, Request(Path.QUOTE, party), Facts(closures=tuple(closures), care_held=care_taken, places_held=held)
    )

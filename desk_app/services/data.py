"""The plain frozen data that goes between the screens and the desk services, both ways."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desk_app.domain import calendar as cal
from desk_app.domain.party import CHILD, INDIVIDUAL, Person
from desk_app.domain.states import BookingState
from desk_app.domain.words import BOOKING_STATE_KO, SESSION_STATE_KO

# ------------------------------------------------------------------ in


@dataclass(frozen=True)
class PersonIn:
    role: str
    name: str | None = None
    birth_date: dt.date | None = None
    care: bool = False
    reduction: str | None = None
    proof: bool = False

    def person(self) -> Person:
        return Person(self.role, self.birth_date, self.care, self.reduction, self.proof, self.name)

    def row(self) -> tuple[str, str | None, dt.date | None, bool]:
        """(role, name, birth date, care) as a booking keeps it."""
        return (self.role, self.name, self.birth_date, self.care)


@dataclass(frozen=True)
class CheckinRequest:
    day: dt.date
    session_no: int
    kind: str = INDIVIDUAL
    booking_code: str | None = None  # None: a walk-in (RSV-4)
    kt_member: bool = False
    residency_doc: str | None = None  # ELG-3: which kind of document was seen, never its number
    people: tuple[PersonIn, ...] = ()
    booker_name: str = ""  # walk-ins
    booker_phone: str = ""
    organisation: str | None = None


@dataclass(frozen=True)
class PaymentIn:
    method: str  # card | transfer (a zero total needs neither)
    approval_no: str = ""
    sender: str = ""
    allow_duplicate: bool = False  # the staff confirmed an approval number already used today


# ------------------------------------------------------------------ out


@dataclass(frozen=True)
class PersonView:
    role: str
    name: str | None
    birth_date: dt.date | None
    care: bool


@dataclass(frozen=True)
class PenaltyView:
    starts: dt.date
    ends: dt.date
    reason: str


@dataclass(frozen=True)
class BookingView:
    code: str
    portal_no: str | None
    source: str
    kind: str
    day: dt.date
    session_no: int
    booker_name: str
    phone_masked: str
    organisation: str | None
    status: str
    people: tuple[PersonView, ...]
    penalty: PenaltyView | None
    visit_code: str | None
    late_pickup: dt.date | None = None  # ELG-5: the booker was late to take a child back

    @property
    def status_label(self) -> str:
        return BOOKING_STATE_KO.get(BookingState(self.status), self.status)

    @property
    def children(self) -> int:
        return sum(1 for p in self.people if p.role == CHILD)

    @property
    def adults(self) -> int:
        return len(self.people) - self.children


@dataclass(frozen=True)
class SessionBoard:
    no: int
    start: dt.time
    end: dt.time
    audience: str
    capacity: int
    booked: int  # places booked and not cancelled (arrived or not)
    arrived: int  # places checked in and paid (a voided or refunded visit has left)
    left: int  # RSV-4: capacity − arrived − booked and not yet arrived
    care_taken: int  # ELG-5: care children arrived + care applications booked
    state: str
    walkin_opens: dt.time

    @property
    def state_label(self) -> str:
        return SESSION_STATE_KO[self.state]


@dataclass(frozen=True)
class Board:
    day: dt.date
    now: dt.datetime
    open: bool
    reason: str | None
    sessions: tuple[SessionBoard, ...]
    closed_sessions: tuple[cal.ClosedSession, ...]


@dataclass(frozen=True)
class Reentry:
    ok: bool
    message: str
    visit_code: str
    valid_until: dt.time | None = None


@dataclass(frozen=True)
class ScanResult:
    """What a scan or a search found: one booking, several, a slip scanned again, or nothing."""

    kind: str  # booking | bookings | reentry | none
    bookings: tuple[BookingView, ...] = ()
    reentry: Reentry | None = None
    message: str = ""


@dataclass(frozen=True)
class PreviewLine:
    person: int
    person_label: str
    item_label: str
    price: int
    reduction: int
    reason: str | None
    reason_label: str | None
    charge: int


@dataclass(frozen=True)
class Preview:
    lines: tuple[PreviewLine, ...]
    total: int
    refusal: str | None = None  # the sentence (a Msg); the rule ID is in ``rule``
    rule: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def payable(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class PaidVisit:
    visit_code: str
    receipt_no: str
    total: int
    method: str
    replayed: bool  # True when the key had already paid: nothing new was charged


@dataclass(frozen=True)
class VisitRow:
    code: str
    session_no: int
    booker_name: str
    kind: str
    people: int
    total: int
    method: str
    receipt_no: str | None
    status: str  # domain.states.VisitState
    print_state: str  # printed | failed | pending | -
    reversed: str | None = None  # 결제 취소 / 환불 (FEE-6)
    care: int = 0
    late_pickup: bool = False


@dataclass(frozen=True)
class CallItem:
    """A booking cancelled by force: the staff call the booker (RSV-6, CAL-6)."""

    code: str
    portal_no: str | None
    day: dt.date
    session_no: int
    booker_name: str
    phone: str
    reason: str

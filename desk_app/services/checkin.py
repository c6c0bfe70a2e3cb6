"""At the desk (CHK-1 to CHK-4, RSV-4): the board, finding a booking, the fee preview, payment
and re-entry. Payment commits the visit, its charged lines and the payment in one transaction
before anything prints; the client's idempotency key makes a repeated click a no-op."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desk_app.db.models import (
    Booker,
    Booking,
    BookingPerson,
    ChargeLine,
    Payment,
    PaymentReversal,
    PrintJob,
    Visit,
    VisitPerson,
)
from desk_app.db.uow import UnitOfWork
from desk_app.domain import calendar as cal
from desk_app.domain.eligibility import check_admission, check_health, walkin_allowed
from desk_app.domain.errors import BadInput, Conflict, NotAdmissible
from desk_app.domain.fees import CARE, GROUP_50, KT, quote
from desk_app.domain.party import CHILD, GROUP, INDIVIDUAL, ROLE_KO, Party, Person
from desk_app.domain.profile import Rules
from desk_app.services import codes
from desk_app.services.context import DeskContext

log = logging.getLogger(__name__)

STATUS_KO = {"booked": "예약", "checked_in": "입장 완료", "cancelled": "취소", "no_show": "노쇼"}
SOURCE_KO = {"portal": "온라인", "phone": "전화", "walkin": "현장접수"}
STATE_KO = {
    cal.NOT_OPEN: "입장 전",
    cal.OPEN: "운영 중",
    cal.WALKINS_OPEN: "현장접수 가능",
    cal.TIDY_UP: "정리 시간",
    cal.ENDED: "종료",
}
METHOD_KO = {"card": "카드", "transfer": "계좌이체", "none": "결제 없음 (0원)"}
ORGANISATION_DOC = "seoul_organisation"  # ELG-3 for groups: an organisation located in Seoul


# ------------------------------------------------------------------ plain data out


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

    @property
    def status_label(self) -> str:
        return STATUS_KO.get(self.status, self.status)

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
    arrived: int  # places checked in and paid
    left: int  # RSV-4: capacity − arrived − booked and not yet arrived
    care_taken: int
    state: str
    walkin_opens: dt.time

    @property
    def state_label(self) -> str:
        return STATE_KO[self.state]


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


# ------------------------------------------------------------------ plain data in


@dataclass(frozen=True)
class PersonIn:
    role: str
    name: str | None = None
    birth_date: dt.date | None = None
    care: bool = False
    reduction: str | None = None
    proof: bool = False


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
    refusal: str | None = None  # the message, starting with the rule ID
    rule: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def payable(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class PaymentIn:
    method: str  # card | transfer (a zero total needs neither)
    approval_no: str = ""
    sender: str = ""


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
    status: str
    print_state: str  # printed | failed | pending
    reversed: str | None = None  # 결제 취소 / 환불 (FEE-6)


# ------------------------------------------------------------------ helpers


def mask_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 8:
        return phone
    return f"{digits[:3]}-****-{digits[-4:]}"


def person_labels(roles: list[str]) -> list[str]:
    """아동 1, 아동 2, 보호자 1 … in the party's order (no names on paper)."""
    seen: dict[str, int] = {}
    out = []
    for role in roles:
        seen[role] = seen.get(role, 0) + 1
        out.append(f"{ROLE_KO.get(role, role)} {seen[role]}")
    return out


def reason_label(rules: Rules, reason: str | None) -> str | None:
    if reason is None:
        return None
    if reason == GROUP_50:
        return f"단체 {rules.group.discount_percent}% 감면"
    if reason == KT:
        return f"KT 멤버십 {rules.kt.percent}%"
    red = rules.reduction(reason)
    return red.label if red else reason


PHONE_RE = re.compile(r"^0\d{1,2}-?\d{3,4}-?\d{4}$")


def check_phone(phone: str) -> str:
    phone = phone.strip()
    if not PHONE_RE.match(phone):
        raise BadInput("연락처", f"전화번호 형식이 아닙니다: {phone!r} (예: 010-1234-5678)")
    return phone


# ------------------------------------------------------------------ the service


class CheckinService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    @property
    def profile(self):  # type: ignore[no-untyped-def]
        return self.ctx.profile

    def today(self) -> dt.date:
        return self.ctx.clock.now().date()

    # ------------------------------------------------------------ the board (CHK-1)

    def _places(self, uow: UnitOfWork, rules: Rules, day: dt.date, session_no: int) -> tuple[int, int, int]:
        """(booked places, arrived places, booked places not yet arrived) on a session."""
        children_only = rules.capacity_counts == "children"
        waiting = uow.bookings.places(day, session_no, ("booked",), children_only)
        arrived = uow.visits.places(day, session_no, children_only)
        return waiting + arrived, arrived, waiting

    def board(self, day: dt.date | None = None) -> Board:
        now = self.ctx.clock.now()
        day = day or now.date()
        with self.ctx.store.uow() as uow:
            plan = cal.day_plan(self.profile, day, uow.days.closures_on(day))
            rules = self.profile.rules_on(day)
            rows = []
            for slot in plan.sessions:
                booked, arrived, waiting = self._places(uow, rules, day, slot.no)
                rows.append(
                    SessionBoard(
                        no=slot.no,
                        start=slot.start,
                        end=slot.end,
                        audience=slot.audience,
                        capacity=slot.capacity,
                        booked=booked,
                        arrived=arrived,
                        left=slot.capacity - arrived - waiting,
                        care_taken=uow.visits.care_taken(day, slot.no),
                        state=cal.session_state(self.profile, day, slot, now),
                        walkin_opens=cal.walkin_opens_at(self.profile, day, slot).time(),
                    )
                )
            return Board(day, now, plan.open, plan.reason, tuple(rows), plan.closed_sessions)

    # ------------------------------------------------------------ finding (CHK-1, CHK-4)

    def _view(self, uow: UnitOfWork, b: Booking) -> BookingView:
        penalty = uow.penalties.active_for(b.booker_id, b.day)
        visit = uow.visits.for_booking(b.id)
        return BookingView(
            code=b.code,
            portal_no=b.portal_no,
            source=b.source,
            kind=b.kind,
            day=b.day,
            session_no=b.session_no,
            booker_name=b.booker.name,
            phone_masked=mask_phone(b.booker.phone),
            organisation=b.organisation,
            status=b.status,
            people=tuple(PersonView(p.role, p.name, p.birth_date, p.care) for p in b.people),
            penalty=PenaltyView(penalty.starts, penalty.ends, penalty.reason) if penalty else None,
            visit_code=visit.code if visit is not None and visit.status == "paid" else None,
        )

    def scan(self, text: str) -> ScanResult:
        """One field for the scanner and the keyboard: a slip's visit code (re-entry), a booking
        code or portal number, four phone digits, or a name."""
        query = codes.normalise_scan(text)
        if not query:
            return ScanResult("none", message="검색어를 입력하세요")
        today = self.today()
        with self.ctx.store.uow() as uow:
            if query.startswith("V") and uow.visits.by_code(query) is not None:
                return ScanResult("reentry", reentry=self._reentry(uow, query))
            booking = uow.bookings.by_code(query) or uow.bookings.by_portal_no(text.strip())
            if booking is not None:
                if booking.day != today:
                    return ScanResult(
                        "none",
                        message=f"{booking.day:%Y-%m-%d} {booking.session_no}회차 예약입니다. 오늘({today:%m-%d}) 예약이 아닙니다.",
                    )
                return ScanResult("booking", bookings=(self._view(uow, booking),))
            found = uow.bookings.search(today, text)
            if not found:
                what = "전화번호 뒷자리" if query.isdigit() and len(query) == 4 else "코드나 이름"
                return ScanResult("none", message=f"오늘 예약 중에 '{text.strip()}'({what})와 맞는 것이 없습니다.")
            views = tuple(self._view(uow, b) for b in found)
            return ScanResult("booking" if len(views) == 1 else "bookings", bookings=views)

    def expected(self) -> tuple[int | None, tuple[BookingView, ...]]:
        """The bookings still to arrive for the session running now, or the next one."""
        now = self.ctx.clock.now()
        plan = cal.day_plan(self.profile, now.date())
        current = next((s for s in plan.sessions if now < dt.datetime.combine(now.date(), s.end)), None)
        if current is None:
            return None, ()
        with self.ctx.store.uow() as uow:
            rows = [b for b in uow.bookings.on_session(now.date(), current.no) if b.status == "booked"]
            return current.no, tuple(self._view(uow, b) for b in rows)

    def _reentry(self, uow: UnitOfWork, code: str) -> Reentry:
        """CHK-4: a slip scanned again inside its session shows how long it is valid and counts
        nobody twice; another session or day is refused with the reason."""
        visit = uow.visits.by_code(code)
        assert visit is not None
        now = self.ctx.clock.now()
        if visit.status != "paid":
            return Reentry(False, "결제되지 않은 입장권입니다.", code)
        if visit.day != now.date():
            return Reentry(False, f"{visit.day:%Y-%m-%d} 입장권입니다. 오늘 입장권이 아닙니다.", code)
        sessions = {s.no: s for s in cal.day_plan(self.profile, visit.day).sessions}
        slot = sessions.get(visit.session_no)
        if slot is None:
            return Reentry(False, f"{visit.session_no}회차는 오늘 운영하지 않습니다.", code)
        start = dt.datetime.combine(visit.day, slot.start)
        end = dt.datetime.combine(visit.day, slot.end)
        if now < start:
            return Reentry(
                False,
                f"{visit.session_no}회차({slot.start:%H:%M}~{slot.end:%H:%M}) 입장권입니다. {slot.start:%H:%M}부터 입장할 수 있습니다.",
                code,
            )
        if now >= end:
            return Reentry(
                False,
                f"{visit.session_no}회차({slot.start:%H:%M}~{slot.end:%H:%M})는 끝났습니다. 재입장할 수 없습니다.",
                code,
            )
        return Reentry(True, f"재입장 가능 · {slot.end:%H:%M}까지 유효 ({visit.session_no}회차)", code, slot.end)

    # ------------------------------------------------------------ the check (CHK-2)

    def request_for(self, booking_code: str) -> CheckinRequest:
        """A request filled from a booking, for the staff to verify and tick."""
        with self.ctx.store.uow() as uow:
            b = uow.bookings.by_code(booking_code)
            if b is None:
                raise BadInput("예약", f"예약을 찾을 수 없습니다: {booking_code}")
            return CheckinRequest(
                day=b.day,
                session_no=b.session_no,
                kind=b.kind,
                booking_code=b.code,
                people=tuple(PersonIn(p.role, p.name, p.birth_date, p.care) for p in b.people),
                booker_name=b.booker.name,
                organisation=b.organisation,
            )

    def walkin_request(self, session_no: int) -> CheckinRequest:
        """RSV-4: a walk-in may start only once walk-ins open, with places left."""
        now = self.ctx.clock.now()
        board = self.board(now.date())
        row = next((s for s in board.sessions if s.no == session_no), None)
        if not board.open or row is None:
            raise NotAdmissible("CAL-1", f"오늘은 {session_no}회차를 운영하지 않습니다")
        plan = cal.day_plan(self.profile, now.date())
        slot = plan.session(session_no)
        assert slot is not None
        walkin_allowed(self.profile, now.date(), slot, now)
        if row.left <= 0:
            raise NotAdmissible("RSV-4", f"{session_no}회차에 남은 자리가 없습니다")
        return CheckinRequest(day=now.date(), session_no=session_no, people=(PersonIn("child"), PersonIn("guardian")))

    def _party(self, req: CheckinRequest) -> Party:
        return Party(
            visit_date=req.day,
            session=req.session_no,
            kind=req.kind,
            kt_member=req.kt_member,
            people=tuple(Person(p.role, p.birth_date, p.care, p.reduction, p.proof) for p in req.people),
        )

    def _check(self, uow: UnitOfWork, req: CheckinRequest, now: dt.datetime) -> tuple[Booking | None, Rules, Party]:
        """Every rule before money changes hands; raises with the rule ID."""
        if uow.days.closeout(req.day) is not None:
            raise Conflict("CLS-2", f"{req.day:%Y-%m-%d}은(는) 마감된 날입니다. 입장 처리를 할 수 없습니다")
        if req.day != now.date():
            raise NotAdmissible(
                "CHK-1", f"오늘({now:%Y-%m-%d}) 이용만 입장 처리할 수 있습니다 (요청: {req.day:%Y-%m-%d})"
            )
        booking: Booking | None = None
        booker: Booker | None = None
        if req.booking_code is not None:
            booking = uow.bookings.by_code(req.booking_code)
            if booking is None:
                raise BadInput("예약", f"예약을 찾을 수 없습니다: {req.booking_code}")
            if booking.status == "checked_in":
                visit = uow.visits.for_booking(booking.id)
                raise Conflict("CHK-4", f"이미 입장 처리된 예약입니다 (입장권 {visit.code if visit else '-'})")
            if booking.status in ("cancelled", "no_show"):
                raise NotAdmissible("RSV-5", f"{STATUS_KO[booking.status]}된 예약입니다. 입장 처리할 수 없습니다")
            if booking.session_no != req.session_no or booking.day != req.day or booking.kind != req.kind:
                raise BadInput("예약", "예약의 날짜·회차·구분을 바꿀 수 없습니다")
            booker = booking.booker
        elif req.kind != INDIVIDUAL:
            raise NotAdmissible("RSV-4", "현장접수는 개인만 가능합니다")
        elif req.booker_name.strip() and req.booker_phone.strip():
            booker = uow.session.scalars(
                select(Booker).where(
                    Booker.name == req.booker_name.strip(), Booker.phone == check_phone(req.booker_phone)
                )
            ).first()
        if booker is not None:
            penalty = uow.penalties.active_for(booker.id, req.day)
            if penalty is not None:
                raise NotAdmissible(
                    "RSV-6", f"노쇼로 {penalty.ends:%Y-%m-%d}까지 예약·이용할 수 없습니다 ({penalty.reason})"
                )
            other = uow.session.scalar(
                select(Visit.code)
                .join(Booking, Visit.booking_id == Booking.id)
                .where(Booking.booker_id == booker.id, Visit.day == req.day, Visit.status == "paid")
            )
            if other is not None:
                raise NotAdmissible("RSV-2", f"{booker.name}님은 오늘 이미 입장했습니다 (1일 1회, 입장권 {other})")
        self._one_visit_a_day(uow, req, booking)
        closures = uow.days.closures_on(req.day)
        plan, slot = cal.require_session(self.profile, req.day, req.session_no, closures)
        if now >= dt.datetime.combine(req.day, slot.end):
            raise NotAdmissible("CAL-2", f"{slot.no}회차는 {slot.end:%H:%M}에 끝났습니다")
        if booking is None:
            walkin_allowed(self.profile, req.day, slot, now)
        rules = self.profile.rules_on(req.day)
        _, arrived, waiting = self._places(uow, rules, req.day, req.session_no)
        own = 0
        if booking is not None and booking.status == "booked":
            own = sum(1 for p in booking.people if rules.capacity_counts == "everyone" or p.role == CHILD)
        places_left = slot.capacity - arrived - waiting + own
        party = self._party(req)
        check_admission(self.profile, party, closures, uow.visits.care_taken(req.day, req.session_no), places_left)
        return booking, rules, party

    @staticmethod
    def _one_visit_a_day(uow: UnitOfWork, req: CheckinRequest, booking: Booking | None) -> None:
        """RSV-2: a child already checked in today (same name and birth date) is refused
        another session."""
        for p in req.people:
            if p.role != CHILD or not p.name or p.birth_date is None:
                continue
            query = (
                select(Visit.code, Visit.session_no)
                .join(VisitPerson, VisitPerson.visit_id == Visit.id)
                .where(
                    Visit.day == req.day,
                    Visit.status == "paid",
                    VisitPerson.role == CHILD,
                    VisitPerson.name == p.name,
                    VisitPerson.birth_date == p.birth_date,
                )
            )
            if booking is not None:
                query = query.where(Visit.booking_id != booking.id)
            hit = uow.session.execute(query).first()
            if hit is not None:
                raise NotAdmissible(
                    "RSV-2",
                    f"{p.name}({p.birth_date:%Y-%m-%d})은(는) 오늘 {hit[1]}회차에 이미 입장했습니다 (1일 1회, 입장권 {hit[0]})",
                )

    def preview(self, req: CheckinRequest) -> Preview:
        """The fee line by line as the staff tick boxes (same engine as `desk-app quote`), or
        the refusal that stops payment."""
        now = self.ctx.clock.now()
        rules = self.profile.rules_on(req.day)
        try:
            with self.ctx.store.uow() as uow:
                _, rules, party = self._check(uow, req, now)
        except (NotAdmissible, Conflict, BadInput) as e:
            return Preview((), 0, e.message, getattr(e, "rule", None) or getattr(e, "field", None))
        q = quote(rules, party)
        labels = person_labels([p.role for p in req.people])
        lines = tuple(
            PreviewLine(
                person=line.person,
                person_label=labels[line.person],
                item_label="놀이돌봄" if line.item == CARE else "입장료",
                price=line.price,
                reduction=line.reduction,
                reason=line.reason,
                reason_label=reason_label(rules, line.reason),
                charge=line.charge,
            )
            for line in q.lines
        )
        notes = []
        for i, p in enumerate(req.people):
            if p.reduction and not p.proof:
                notes.append(f"{labels[i]}: 증빙서류를 확인하지 않아 감면하지 않습니다 (FEE-3)")
        if req.residency_doc is None:
            notes.append("거주 확인 서류를 선택하세요 (ELG-3)")
        return Preview(lines, q.total, notes=tuple(notes))

    # ------------------------------------------------------------ payment (CHK-3)

    def pay(self, req: CheckinRequest, payment: PaymentIn, key: str, staff_id: int | None) -> PaidVisit:
        """Commit the visit, its lines and the payment at once. The same key twice returns the
        first result and charges nothing more (a double click, a double Enter)."""
        if not key:
            raise BadInput("key", "결제 키가 없습니다")
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            done = self._replay(uow, key)
            if done is not None:
                return done
            booking, rules, party = self._check(uow, req, now)
            self._check_residency(req)
            q = quote(rules, party)
            method, approval, sender = self._payment_fields(payment, q.total)
            if booking is None:
                booking = self._walkin_booking(uow, req, now)
            uow.days.ensure(cal.day_plan(self.profile, req.day, uow.days.closures_on(req.day)), now)
            visit = uow.visits.add(
                Visit(
                    code=codes.visit_code(req.day),
                    booking_id=booking.id,
                    day=req.day,
                    session_no=req.session_no,
                    kind=req.kind,
                    status="paid",
                    residency_doc=req.residency_doc,
                    kt_member=req.kt_member,
                    total=q.total,
                    rules_version=rules.effective_from,
                    staff_id=staff_id,
                    created_at=now,
                    admitted_at=now,
                )
            )
            for i, p in enumerate(req.people):
                uow.session.add(
                    VisitPerson(
                        visit_id=visit.id,
                        idx=i,
                        role=p.role,
                        name=p.name,
                        birth_date=p.birth_date,
                        care=p.care,
                        reduction=p.reduction,
                        proof_seen=p.proof,
                    )
                )
            for line in q.lines:
                uow.session.add(
                    ChargeLine(
                        visit_id=visit.id,
                        person_idx=line.person,
                        item=line.item,
                        price=line.price,
                        reduction=line.reduction,
                        reason=line.reason,
                        charge=line.charge,
                    )
                )
            receipt = codes.receipt_no(req.day, uow.payments.count_on(req.day) + 1)
            uow.payments.add(
                Payment(
                    visit_id=visit.id,
                    day=req.day,
                    receipt_no=receipt,
                    method=method,
                    amount=q.total,
                    approval_no=approval,
                    transfer_sender=sender,
                    idempotency_key=key,
                    staff_id=staff_id,
                    created_at=now,
                )
            )
            booking.status = "checked_in"
            for document in ("slip", "receipt"):
                uow.session.add(
                    PrintJob(visit_id=visit.id, document=document, status="pending", attempts=0, created_at=now)
                )
            uow.journal.append(
                now,
                staff_id,
                "visit.paid",
                visit.code,
                {
                    "booking": booking.code,
                    "session": req.session_no,
                    "total": q.total,
                    "method": method,
                    "receipt": receipt,
                    "residency_doc": req.residency_doc,
                    "reductions": sorted({line.reason for line in q.lines if line.reason}),
                },
            )
            try:
                uow.commit()
            except IntegrityError:
                uow.rollback()
                done = self._replay(uow, key)
                if done is not None:
                    return done
                raise
            log.info("visit %s paid: %s won by %s (receipt %s)", visit.code, q.total, method, receipt)
            return PaidVisit(visit.code, receipt, q.total, method, replayed=False)

    def _replay(self, uow: UnitOfWork, key: str) -> PaidVisit | None:
        existing = uow.payments.by_key(key)
        if existing is None:
            return None
        visit = uow.session.get(Visit, existing.visit_id)
        assert visit is not None
        return PaidVisit(visit.code, existing.receipt_no, existing.amount, existing.method, replayed=True)

    def _check_residency(self, req: CheckinRequest) -> None:
        """ELG-3: a Seoul resident document kind for individuals; a Seoul organisation for groups."""
        if req.kind == GROUP:
            if req.residency_doc != ORGANISATION_DOC or not (req.organisation or "").strip():
                raise NotAdmissible("ELG-3", "서울 소재 기관(어린이집·유치원 등)인지 확인하고 기관명을 입력하세요")
            return
        if req.residency_doc is None:
            raise NotAdmissible(
                "ELG-3", "서울 거주 확인 서류(서울시민카드·주민등록증·주민등록등본·운전면허증)를 확인하세요"
            )
        if self.profile.document(req.residency_doc) is None:
            raise BadInput("거주 확인 서류", f"알 수 없는 서류 종류입니다: {req.residency_doc}")

    @staticmethod
    def _payment_fields(payment: PaymentIn, total: int) -> tuple[str, str | None, str | None]:
        """Card with the terminal's approval number, or transfer with the sender. No cash."""
        if total == 0:
            return "none", None, None
        if payment.method == "card":
            approval = payment.approval_no.strip()
            if not approval.isdigit() or not 4 <= len(approval) <= 12:
                raise BadInput("승인번호", "카드 단말기의 승인번호(숫자 4~12자리)를 입력하세요")
            return "card", approval, None
        if payment.method == "transfer":
            sender = payment.sender.strip()
            if not sender or len(sender) > 50:
                raise BadInput("입금자명", "계좌이체 입금자명을 입력하세요")
            return "transfer", None, sender
        raise BadInput("결제수단", "결제는 카드 또는 계좌이체만 가능합니다 (현금 불가)")

    def _walkin_booking(self, uow: UnitOfWork, req: CheckinRequest, now: dt.datetime) -> Booking:
        name = req.booker_name.strip()
        if not name:
            raise BadInput("보호자 이름", "현장접수는 보호자 이름과 연락처가 필요합니다")
        booker = uow.bookings.booker(name, check_phone(req.booker_phone), now)
        booking = uow.bookings.add(
            Booking(
                code=codes.booking_code(),
                source="walkin",
                kind=INDIVIDUAL,
                day=req.day,
                session_no=req.session_no,
                booker_id=booker.id,
                guardians=sum(1 for p in req.people if p.role != CHILD),
                status="booked",
                booked_at=now,
                created_at=now,
            )
        )
        for i, p in enumerate(req.people):
            uow.session.add(
                BookingPerson(
                    booking_id=booking.id, idx=i, role=p.role, name=p.name, birth_date=p.birth_date, care=p.care
                )
            )
        uow.session.flush()
        return booking

    # ------------------------------------------------------------ refusals (ELG-6)

    def refuse(self, req: CheckinRequest, reason: str, staff_id: int | None) -> str:
        """ELG-6: record that a sick child was turned away, and why. Returns the message."""
        now = self.ctx.clock.now()
        try:
            check_health(reason)
        except NotAdmissible as refusal:
            with self.ctx.store.uow() as uow:
                if uow.days.closeout(req.day) is not None:
                    raise Conflict("CLS-2", f"{req.day:%Y-%m-%d}은(는) 마감된 날입니다") from None
                booking = uow.bookings.by_code(req.booking_code) if req.booking_code else None
                if booking is not None and booking.status != "booked":
                    raise Conflict("", f"{STATUS_KO[booking.status]} 상태의 예약입니다") from None
                visit = uow.visits.add(
                    Visit(
                        code=codes.visit_code(req.day),
                        booking_id=booking.id if booking else None,
                        day=req.day,
                        session_no=req.session_no,
                        kind=req.kind,
                        status="refused",
                        kt_member=False,
                        total=0,
                        refusal_rule="ELG-6",
                        refusal_reason=reason.strip(),
                        staff_id=staff_id,
                        created_at=now,
                    )
                )
                if booking is not None:
                    booking.status = "cancelled"
                    booking.cancelled_at = now
                    booking.cancel_channel = "desk"
                    booking.cancel_reason = f"ELG-6 입장 거절: {reason.strip()}"
                    booking.cancelled_by = staff_id
                uow.journal.append(
                    now, staff_id, "visit.refused", visit.code, {"rule": "ELG-6", "reason": reason.strip()}
                )
                uow.commit()
            return refusal.message
        raise BadInput("사유", "거절 사유를 입력하세요")

    # ------------------------------------------------------------ today's list

    def visits_on(self, day: dt.date | None = None) -> list[VisitRow]:
        """Today's list: a fixed number of queries however long the day gets."""
        day = day or self.today()
        with self.ctx.store.uow() as uow:
            s = uow.session
            visits = uow.visits.on_day(day)
            ids = [v.id for v in visits]
            payments = {p.visit_id: p for p in s.scalars(select(Payment).where(Payment.visit_id.in_(ids))).all()}
            paid_ids = [p.id for p in payments.values()]
            reversals = {
                r.payment_id: r.kind
                for r in s.scalars(select(PaymentReversal).where(PaymentReversal.payment_id.in_(paid_ids))).all()
            }
            jobs: dict[int, list[str]] = {}
            for visit_id, status in s.execute(
                select(PrintJob.visit_id, PrintJob.status).where(PrintJob.visit_id.in_(ids))
            ).all():
                jobs.setdefault(visit_id, []).append(status)
            booking_ids = [v.booking_id for v in visits if v.booking_id]
            names = dict(
                s.execute(
                    select(Booking.id, Booker.name)
                    .join(Booker, Booker.id == Booking.booker_id)
                    .where(Booking.id.in_(booking_ids))
                ).all()
            )
            rows = []
            for v in visits:
                payment = payments.get(v.id)
                states = jobs.get(v.id, [])
                state = "failed" if "failed" in states else "pending" if "pending" in states else "printed"
                kind = reversals.get(payment.id) if payment else None
                rows.append(
                    VisitRow(
                        code=v.code,
                        session_no=v.session_no,
                        booker_name=names.get(v.booking_id, "-"),
                        kind=v.kind,
                        people=len(v.people),
                        total=v.total,
                        method=payment.method if payment else "-",
                        receipt_no=payment.receipt_no if payment else None,
                        status=v.status,
                        print_state=state if v.status == "paid" else "-",
                        reversed={"void": "결제 취소", "refund": "환불"}[kind] if kind else None,
                    )
                )
            return rows

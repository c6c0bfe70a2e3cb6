"""A realistic day for newcomers, reports and benchmarks: families, siblings, exemptions, KT
members, play care and a weekday group. For a day in the past the day is also played through
with the desk's own services: check-ins, payments, printed documents, refusals, walk-ins."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import random
import secrets
from dataclasses import dataclass
from pathlib import Path

from desk_app.domain import calendar as cal
from desk_app.domain.errors import DeskError
from desk_app.domain.party import CHILD, GROUP, months_old
from desk_app.domain.states import BookingState
from desk_app.services.bookings import BookingService, NewBooking, NoShowService
from desk_app.services.checkin import CheckinService
from desk_app.services.clock import FixedClock
from desk_app.services.closeout import CloseoutService, ReversalService
from desk_app.services.context import DeskContext
from desk_app.services.data import PaymentIn, PersonIn
from desk_app.services.documents import DocumentService
from desk_app.services.ops import IncidentService, LostFoundService
from desk_app.services.staff import StaffMember, StaffService

log = logging.getLogger(__name__)

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = (
    "하늘",
    "바다",
    "서연",
    "민준",
    "지우",
    "서준",
    "하은",
    "도윤",
    "수아",
    "시우",
    "지아",
    "예준",
    "하린",
    "주원",
    "윤서",
    "지호",
    "채원",
    "건우",
    "다은",
    "우진",
    "소율",
    "은우",
    "라희",
    "태오",
)
HOUSEHOLD = ("multi_child", "multi_child", "multi_child", "single_parent", "basic_livelihood", "national_merit")
ORGANISATIONS = ("해님어린이집", "도봉숲유치원", "창동꿈나무어린이집", "무지개유치원")
DEMO_MANAGER = "데모 센터장"


@dataclass(frozen=True)
class DemoSummary:
    day: dt.date
    bookings: int
    people: int
    played: bool
    paid: int = 0
    refused: int = 0
    walkins: int = 0
    no_shows: int = 0
    revenue: int = 0
    voided: int = 0


def demo_staff(ctx: DeskContext) -> StaffMember:
    """The demo's manager, made on first use with a random PIN nobody needs (demo only)."""
    staff = StaffService(ctx)
    with ctx.store.uow() as uow:
        row = uow.staff.by_name(DEMO_MANAGER)
        if row is not None:
            return StaffMember(row.id, row.name, row.role)
    if staff.any_staff():
        raise DeskError("데모 데이터베이스가 아닌 곳에는 데모 계정을 만들지 않습니다")
    return staff.create(DEMO_MANAGER, "manager", str(secrets.randbelow(10**8)).zfill(8))


def next_open_day(ctx: DeskContext, day: dt.date) -> dt.date:
    for i in range(60):
        candidate = day + dt.timedelta(days=i)
        if cal.day_plan(ctx.profile, candidate).open:
            return candidate
    raise DeskError(f"{day} 뒤 60일 안에 운영일이 없습니다")


class DemoFiller:
    def __init__(self, ctx: DeskContext, day: dt.date, seed: int | None = None) -> None:
        self.ctx = ctx
        self.day = day
        self.rng = random.Random(seed if seed is not None else day.toordinal())
        self.rules = ctx.profile.rules_on(day)
        self.phones: set[str] = set()

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def phone(self) -> str:
        while True:
            p = f"010-{self.rng.randint(2000, 9999)}-{self.rng.randint(0, 9999):04d}"
            if p not in self.phones:
                self.phones.add(p)
                return p

    def birth(self, age: int) -> dt.date:
        year = self.day.year - age
        start = dt.date(year, 1, 1)
        end = min(dt.date(year, 12, 31), self.day)
        return start + dt.timedelta(days=self.rng.randint(0, max((end - start).days, 0)))

    def family(self, care_left: int, care_offered: bool) -> tuple[list[PersonIn], int]:
        kids = self.rng.choice((1, 1, 2, 2, 2, 3))
        people: list[PersonIn] = []
        used = 0
        for _ in range(kids):
            birth = self.birth(self.rng.randint(0, self.rules.age.max_child_age))
            care = (
                care_offered
                and used < care_left
                and months_old(birth, self.day) >= self.rules.care.min_months
                and self.rng.random() < 0.25
            )
            used += care
            people.append(PersonIn(CHILD, self.rng.choice(GIVEN), birth, care))
        if kids < self.rules.booking.max_children_per_booker and self.rng.random() < 0.12:
            people.append(PersonIn(CHILD, self.rng.choice(GIVEN), self.birth(self.rules.age.max_sibling_age)))  # ELG-2
        for _ in range(self.rng.choice((1, 1, 1, 2))):
            people.append(PersonIn("guardian"))
        return people, used

    def book_day(self) -> tuple[int, int]:
        plan = cal.day_plan(self.ctx.profile, self.day)
        bookings = BookingService(self.ctx)
        n = people_total = 0
        for slot in plan.sessions:
            places = 0
            care_used = 0
            if slot.audience == cal.SHARED and slot.no == 1:
                group = [PersonIn(CHILD, None, self.birth(4)) for _ in range(12)] + [PersonIn("teacher")] * 2
                bookings.add(
                    NewBooking(
                        self.day,
                        slot.no,
                        f"{self.name()} 교사",
                        self.phone(),
                        tuple(group),
                        kind=GROUP,
                        source="phone",
                        organisation=self.rng.choice(ORGANISATIONS),
                    )
                )
                places += len(group)
                n += 1
                people_total += len(group)
            target = slot.capacity - self.rng.randint(2, 5)
            misses = 0
            while misses < 6:
                family, care = self.family(self.rules.care.max_per_session - care_used, plan.care_offered)
                if places + len(family) > target:
                    misses += 1
                    continue
                bookings.add(
                    NewBooking(
                        self.day,
                        slot.no,
                        self.name(),
                        self.phone(),
                        tuple(family),
                        source="portal",
                        portal_no=f"{self.day:%Y%m%d}{slot.no}{n:04d}",
                        booked_at=dt.datetime.combine(
                            self.day - dt.timedelta(days=self.rng.randint(1, 7)), dt.time(9, 3)
                        ),
                    )
                )
                care_used += care
                places += len(family)
                n += 1
                people_total += len(family)
        return n, people_total

    def play(self, staff: StaffMember, out_dir: Path | None) -> dict[str, int]:
        """Play the day through with the desk's services, on a clock that walks the day."""
        clock = FixedClock(dt.datetime.combine(self.day, dt.time(9, 50)))
        ctx = DeskContext(self.ctx.store, self.ctx.profile, clock, self.ctx.desk)
        desk = CheckinService(ctx)
        docs = DocumentService(ctx, out_dir)
        stats = {"paid": 0, "refused": 0, "walkins": 0, "no_shows": 0, "revenue": 0, "voided": 0}
        docs_kinds = [d.id for d in self.ctx.profile.residency_documents]
        plan = cal.day_plan(self.ctx.profile, self.day)
        with self.ctx.store.uow() as uow:
            individual = [b.code for b in uow.bookings.on_session(self.day) if b.kind != GROUP]
        # at least one family never comes (a no-show) and one child is turned away (ELG-6)
        absent = set(self.rng.sample(individual, k=max(1, len(individual) // 12))) if individual else set()
        sick = self.rng.choice([c for c in individual if c not in absent] or [""])
        for slot in plan.sessions:
            clock.set(dt.datetime.combine(self.day, slot.start) - dt.timedelta(minutes=8))
            with self.ctx.store.uow() as uow:
                codes = [b.code for b in uow.bookings.on_session(self.day, slot.no, BookingState.BOOKED)]
            self.rng.shuffle(codes)
            for code in codes:
                clock.advance(self.rng.randint(0, 2))
                req = desk.request_for(code)
                if code in absent:
                    stats["no_shows"] += 1  # never arrives
                    continue
                if code == sick:
                    desk.refuse(req, self.rng.choice(self.ctx.profile.health_reasons[:5]), staff.id)
                    stats["refused"] += 1
                    continue
                paid = self._check_in(desk, req, docs_kinds, staff)
                if paid is not None:
                    self._print(docs, paid.visit_code)
                    stats["paid"] += 1
                    stats["revenue"] += paid.total
            clock.set(
                cal.walkin_opens_at(self.ctx.profile, self.day, slot) + dt.timedelta(minutes=self.rng.randint(1, 20))
            )
            try:
                walkin = desk.walkin_request(slot.no)
            except DeskError:
                continue
            family, _ = self.family(0, False)
            walkin = dataclasses.replace(
                walkin, people=tuple(family), booker_name=self.name(), booker_phone=self.phone()
            )
            paid = self._check_in(desk, walkin, docs_kinds, staff)
            if paid is not None:
                self._print(docs, paid.visit_code)
                stats["walkins"] += 1
                stats["paid"] += 1
                stats["revenue"] += paid.total
        self._incidents(ctx, clock, plan, staff)
        # the end of the day: no-shows recorded (RSV-6), one payment voided for a staff error
        # (FEE-6), and the day closed with the card terminal's total (CLS-1)
        clock.set(dt.datetime.combine(self.day, max(s.end for s in plan.sessions)) + dt.timedelta(minutes=20))
        NoShowService(ctx).sweep(staff.id)
        with self.ctx.store.uow() as uow:
            card = [p.receipt_no for p in uow.payments.on_day(self.day) if p.method == "card" and p.amount > 0]
        if card:
            done = ReversalService(ctx).reverse(self.rng.choice(card), "직원 착오로 중복 결제", staff)
            stats["voided"] = done.amount
        closer = CloseoutService(ctx)
        report = closer.report(self.day)
        closer.close(self.day, str(report.terminal_expected), staff)
        return stats

    def _incidents(self, ctx: DeskContext, clock: FixedClock, plan: cal.DayPlan, staff: StaffMember) -> None:
        """OPS-2 in the first session: a child warned twice (dangerous play, then disturbing
        others) and the party removed; another party pays for a toy it broke, by card."""
        first = plan.sessions[0]
        with self.ctx.store.uow() as uow:
            visits = [v.code for v in uow.visits.on_day(self.day) if v.session_no == first.no and v.status == "paid"]
        if len(visits) < 2:
            return
        incidents = IncidentService(ctx)
        rowdy, clumsy = self.rng.sample(visits, 2)
        clock.set(dt.datetime.combine(self.day, first.start) + dt.timedelta(minutes=25))
        incidents.warn(secrets.token_hex(16), rowdy, "dangerous", "미끄럼틀 거꾸로 오르기", staff)
        clock.advance(20)
        conduct = incidents.warn(secrets.token_hex(16), rowdy, "disturbing", "다른 아이를 밀침", staff)
        if conduct.removal_offered:
            incidents.remove(secrets.token_hex(16), rowdy, False, "보호자 동의 후 퇴실", staff)
        clock.advance(15)
        incidents.record_damage(
            secrets.token_hex(16), clumsy, "자석 블록 세트", "replace", 15000, "card", "떨어뜨려 깨짐", staff
        )

    def found_items(self, staff: StaffMember) -> None:
        """OPS-1: a water bottle found on the day, and a cap found more than a week before it,
        now due for disposal."""
        keep = self.rules.retention.lost_and_found_days
        first = cal.day_plan(self.ctx.profile, self.day).sessions[0]
        earlier = dt.datetime.combine(self.day - dt.timedelta(days=keep + 1), dt.time(11, 50))
        lost = LostFoundService(DeskContext(self.ctx.store, self.ctx.profile, FixedClock(earlier)))
        lost.record("어린이 모자 (노란색)", "신발장 옆", staff, found_at=earlier)
        found = dt.datetime.combine(self.day, first.end) - dt.timedelta(minutes=5)
        lost = LostFoundService(DeskContext(self.ctx.store, self.ctx.profile, FixedClock(found)))
        lost.record("물병 (파란 뚜껑)", "볼풀 옆 의자", staff, session_no=first.no, name="", found_at=found)

    @staticmethod
    def _print(docs: DocumentService, code: str) -> None:
        """As the desk does after payment: build both documents, record them printed (to PDF)."""
        for document in ("slip", "receipt"):
            docs.mark(code, document, docs.render(code, document).path.exists())

    def _check_in(self, desk: CheckinService, req, docs_kinds: list[str], staff: StaffMember):  # type: ignore[no-untyped-def]
        people = list(req.people)
        roll = self.rng.random()
        if req.kind == GROUP:
            req = dataclasses.replace(req, residency_doc="seoul_organisation")
        else:
            if roll < 0.25:  # a household exemption with its proof (FEE-3)
                people[0] = dataclasses.replace(people[0], reduction=self.rng.choice(HOUSEHOLD), proof=True)
            elif roll < 0.30:  # claimed, proof forgotten: charged in full
                people[0] = dataclasses.replace(people[0], reduction="multi_child", proof=False)
            req = dataclasses.replace(
                req, residency_doc=self.rng.choice(docs_kinds), people=tuple(people), kt_member=self.rng.random() < 0.15
            )
        if self.rng.random() < 0.7:
            payment = PaymentIn("card", approval_no=f"{self.rng.randint(0, 99_999_999):08d}")
        else:
            payment = PaymentIn("transfer", sender=req.booker_name or self.name())
        try:
            return desk.pay(req, payment, secrets.token_hex(16), staff.id)
        except DeskError as e:
            log.info("demo: %s refused: %s", req.booking_code, e)
            return None


def fill(
    ctx: DeskContext, day: dt.date, play: bool | None = None, out_dir: Path | None = None, seed: int | None = None
) -> DemoSummary:
    """Fill ``day`` (or the next open day) with bookings; play it through when it is past."""
    day = next_open_day(ctx, day)
    with ctx.store.uow() as uow:
        already = uow.bookings.count(day)
    if already:
        raise DeskError(f"{day}에는 이미 예약이 {already}건 있습니다. 데모는 빈 날에만 채웁니다")
    staff = demo_staff(ctx)
    filler = DemoFiller(ctx, day, seed)
    booking_clock = FixedClock(dt.datetime.combine(day - dt.timedelta(days=1), dt.time(18, 0)))
    filler_ctx = DeskContext(ctx.store, ctx.profile, booking_clock)
    filler.ctx = filler_ctx
    n, people = filler.book_day()
    filler.ctx = ctx
    if play is None:
        play = day < ctx.clock.now().date()
    filler.found_items(staff)
    if not play:
        # a day not played yet: the opening check found a toy damaged by an unknown visitor
        check = dt.datetime.combine(day, dt.time(9, 40))
        IncidentService(DeskContext(ctx.store, ctx.profile, FixedClock(check))).record_damage(
            secrets.token_hex(16), None, "주방놀이 의자 다리", "repair", 0, "pending", "개장 전 점검에서 발견", staff
        )
        return DemoSummary(day, n, people, False)
    stats = filler.play(staff, out_dir)
    return DemoSummary(day, n, people, True, **stats)


def ensure_demo_today(ctx: DeskContext) -> DemoSummary | None:
    """`desk-app --demo`: today (or the next open day) has bookings to work with."""
    day = next_open_day(ctx, ctx.clock.now().date())
    with ctx.store.uow() as uow:
        if uow.bookings.count(day):
            return None
    return fill(ctx, day, play=False)

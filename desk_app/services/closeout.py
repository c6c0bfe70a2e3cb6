"""Closing the day (CLS-1 to CLS-3) and voids and refunds (FEE-6).

The report is built from the records with aggregate queries; its money totals equal the sum
of that day's payment records minus the reversals booked that day, to the won (CLS-3). A
closed day is locked (CLS-2): the services refuse, and the database's triggers refuse too."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from desk_app.db.uow import UnitOfWork
from desk_app.domain import calendar as cal
from desk_app.domain import ops, states
from desk_app.domain.errors import BadInput, Conflict, DeskError, require_manager
from desk_app.domain.fees import KT
from desk_app.domain.messages import msg
from desk_app.domain.ops import IncidentKind
from desk_app.domain.rrn import check_no_rrn
from desk_app.domain.states import BookingState, ReversalKind, Source, VisitState
from desk_app.domain.words import METHOD_KO, REVERSAL_KO, ascii_number, reason_label
from desk_app.services.context import DeskContext
from desk_app.services.staff import StaffMember

log = logging.getLogger(__name__)
METHODS = ("card", "transfer", "none")


@dataclass(frozen=True)
class SessionLine:
    no: int
    time: str
    booked: int  # bookings made ahead (portal and phone)
    arrived: int  # of those, checked in
    walkins: int
    no_shows: int
    cancelled: int
    refused: int  # ELG-6
    children: int
    adults: int  # guardians
    teachers: int
    care: int


@dataclass(frozen=True)
class MethodLine:
    method: str
    label: str
    count: int
    amount: int


@dataclass(frozen=True)
class ReductionLine:
    reason: str
    label: str
    persons: int
    won: int


@dataclass(frozen=True)
class ReversalLine:
    receipt_no: str
    kind: str
    method: str
    amount: int
    reason: str
    at: str
    staff: str
    paid_on: str


@dataclass(frozen=True)
class DamageLine:
    """OPS-2: damage money, kept apart from admission money (never in its totals or KT)."""

    at: str
    visit: str
    what: str
    remedy: str
    amount: int
    settled: str
    staff: str
    method: str = ""  # how it was settled: card | transfer | in_kind | pending


@dataclass(frozen=True)
class DayReport:
    day: dt.date
    sessions: tuple[SessionLine, ...]
    taken: tuple[MethodLine, ...]  # payments taken that day, by method
    reversed: tuple[MethodLine, ...]  # reversals booked that day, by method
    net: tuple[MethodLine, ...]  # taken − reversed
    total_taken: int
    total_reversed: int
    net_total: int
    card_net: int  # to match with the card terminal's own total
    reductions: tuple[ReductionLine, ...]  # FEE-3 and FEE-2 reductions: persons and won waived
    kt_count: int  # FEE-4: settled with KT, kept apart
    kt_won: int
    reversals: tuple[ReversalLine, ...]
    closed_at: str | None = None
    closed_by: str | None = None
    terminal_total: int | None = None
    difference: int | None = None
    journal_head: tuple[int, str, str | None] | None = None  # (id, hash, signature) at the close (issue 12)
    # OPS-2 (issue 14): the day's incidents, and damage money in its own section
    warnings: int = 0
    removals: int = 0
    damages: tuple[DamageLine, ...] = ()

    @property
    def damage_card(self) -> int:
        """Damage paid on the same card terminal: part of the terminal's own total."""
        return sum(d.amount for d in self.damages if d.method == "card")

    @property
    def damage_transfer(self) -> int:
        return sum(d.amount for d in self.damages if d.method == "transfer")

    @property
    def damage_total(self) -> int:
        return self.damage_card + self.damage_transfer

    @property
    def terminal_expected(self) -> int:
        """What the card terminal's own total should be: admissions by card, net, and damage by card."""
        return self.card_net + self.damage_card

    @property
    def empty(self) -> bool:
        return (
            not self.total_taken
            and not self.reversals
            and not self.damages
            and not self.warnings
            and not self.removals
            and not any(s.booked or s.walkins or s.arrived or s.cancelled or s.refused for s in self.sessions)
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, default=str)


def parse_won(text: str) -> int:
    """A won amount typed by a person: digits, with commas, spaces or 원 allowed."""
    cleaned = re.sub(r"[,\s원₩]", "", text or "")
    if not ascii_number(cleaned):
        raise BadInput(msg("단말기 합계"), msg("숫자로 입력하세요 (지금: {text!r}, 예: 125000)", text=text))
    return int(cleaned)


class CloseoutService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------ the report (CLS-1)

    def report(self, day: dt.date) -> DayReport:
        with self.ctx.store.uow() as uow:
            return self._report(uow, day)

    def _report(self, uow: UnitOfWork, day: dt.date) -> DayReport:
        v = uow.views
        sessions = []
        day_row = uow.days.get(day)
        planned = {x.no: f"{x.start}~{x.end}" for x in day_row.sessions} if day_row else {}
        for slot in cal.day_plan(self.ctx.profile, day).sessions:
            planned.setdefault(slot.no, f"{slot.start:%H:%M}~{slot.end:%H:%M}")
        booking_counts = v.booking_counts(day)
        people = {(no, role, care): n for _, no, role, care, n in v.people_counts(day, day)}
        refused = v.refused_counts(day)
        nos = sorted({k[0] for k in booking_counts} | {k[0] for k in people} | set(refused) | set(planned))
        for no in nos:

            def bookings(status: str | None = None, ahead: bool = True, no: int = no) -> int:
                return sum(
                    n
                    for (sn, src, st), n in booking_counts.items()
                    if sn == no and (src != "walkin") == ahead and (status is None or st == status)
                )

            def persons(role: str, care: bool | None = None, no: int = no) -> int:
                return sum(
                    n for (sn, r, c), n in people.items() if sn == no and r == role and (care is None or c == care)
                )

            sessions.append(
                SessionLine(
                    no=no,
                    time=planned.get(no, ""),
                    booked=bookings(),
                    arrived=bookings(BookingState.CHECKED_IN),
                    walkins=bookings(BookingState.CHECKED_IN, ahead=False),
                    no_shows=bookings(BookingState.NO_SHOW),
                    cancelled=bookings(BookingState.CANCELLED),
                    refused=int(refused.get(no, 0)),
                    children=persons("child"),
                    adults=persons("guardian"),
                    teachers=persons("teacher"),
                    care=persons("child", True),
                )
            )

        def lines(rows: dict[str, tuple[int, int]]) -> tuple[MethodLine, ...]:
            return tuple(
                MethodLine(m, METHOD_KO[m], int(rows.get(m, (0, 0))[0]), int(rows.get(m, (0, 0))[1])) for m in METHODS
            )

        taken, reversed_ = lines(v.taken_by_method(day, day)), lines(v.reversed_by_method(day, day))
        net = tuple(
            MethodLine(t.method, t.label, t.count - r.count, t.amount - r.amount)
            for t, r in zip(taken, reversed_, strict=True)
        )
        rules = self.ctx.profile.rules_on(day)
        reduction_rows = v.reductions(day, day)  # visits that stand: a voided one's KT leaves KT's total
        reductions = tuple(
            ReductionLine(r, reason_label(rules, r) or r, int(n), int(w)) for r, n, w in reduction_rows if r != KT
        )
        kt = next(((int(n), int(w)) for r, n, w in reduction_rows if r == KT), (0, 0))
        reversals = [
            ReversalLine(
                pay.receipt_no,
                rev.kind,
                pay.method,
                rev.amount,
                rev.reason,
                f"{rev.created_at:%H:%M}",
                name or "-",
                pay.day.isoformat(),
            )
            for rev, pay, name in v.reversals_on(day)
        ]
        card = next(x for x in net if x.method == "card")
        closing = v.closeout(day)
        incidents = uow.incidents.on(day)
        damages = tuple(
            DamageLine(
                f"{i.created_at:%H:%M}",
                visit.code if visit is not None else "-",
                i.what or "",
                str(ops.REMEDIES.get(i.remedy or "", i.remedy or "")),
                int(i.amount),
                str(ops.SETTLEMENTS.get(i.settled or "", i.settled or "")),
                name or "-",
                i.settled or "",
            )
            for i, visit, name in incidents
            if i.kind == IncidentKind.DAMAGE
        )
        total_taken = sum(x.amount for x in taken)
        total_reversed = sum(x.amount for x in reversed_)
        return DayReport(
            day=day,
            sessions=tuple(sessions),
            taken=taken,
            reversed=reversed_,
            net=net,
            total_taken=total_taken,
            total_reversed=total_reversed,
            net_total=total_taken - total_reversed,
            card_net=card.amount,
            reductions=reductions,
            kt_count=kt[0],
            kt_won=kt[1],
            reversals=tuple(reversals),
            closed_at=f"{closing[0].closed_at:%Y-%m-%d %H:%M}" if closing else None,
            closed_by=closing[1] if closing else None,
            terminal_total=closing[0].terminal_total if closing else None,
            difference=closing[0].difference if closing else None,
            journal_head=self._head(uow, closing[0].report_json) if closing else None,
            warnings=sum(1 for i, _, _ in incidents if i.kind == IncidentKind.WARNING),
            removals=sum(1 for i, _, _ in incidents if i.kind == IncidentKind.REMOVAL),
            damages=damages,
        )

    @staticmethod
    def _head(uow: UnitOfWork, report_json: str) -> tuple[int, str, str | None] | None:
        head = json.loads(report_json).get("journal_head")
        if not head:
            return None
        entry = uow.journal.get(int(head["id"]))
        return int(head["id"]), str(head["hash"]), entry.signature if entry is not None else None

    # ------------------------------------------------------------ closing (CLS-1, CLS-2)

    def close(
        self, day: dt.date, terminal_total: str | None, staff: StaffMember | None, backup: bool = True
    ) -> DayReport:
        """A manager closes the day: the card terminal's own total is compared with ours and
        the difference kept; the day is locked from then on. The backup made at every close
        runs here, or — with ``backup=False`` — by the caller off the event loop
        (``backup_closed``), since it copies the whole database."""
        require_manager(staff is not None and staff.is_manager, msg("마감"))
        assert staff is not None
        terminal = parse_won(terminal_total) if terminal_total not in (None, "") else None
        now = self.ctx.clock.now()
        from desk_app.services.bookings import NoShowService

        NoShowService(self.ctx).sweep(staff.id)  # no-shows of ended sessions first, so the counts are final
        with self.ctx.store.uow() as uow:
            uow.days.lock(day)  # a desk still paying finishes first, or finds the day closed (issue 15)
            done = uow.days.closeout(day)
            if done is not None:
                states.close_day(0, done.closed_at, day)
            if day > now.date():
                raise Conflict("CLS-1", msg("오지 않은 날은 마감할 수 없습니다"))
            plan = cal.day_plan(self.ctx.profile, day, uow.days.closures_on(day))
            if plan.sessions and day == now.date():
                last = max(dt.datetime.combine(day, x.end) for x in plan.sessions)
                if now < last:
                    raise Conflict(
                        "CLS-1", msg("아직 운영 중인 회차가 있습니다 ({last:%H:%M} 종료 후 마감하세요)", last=last)
                    )
            states.close_day(uow.bookings.count(day, BookingState.BOOKED), None, day)
            report = self._report(uow, day)
            # the terminal's own total holds damage paid by card too (OPS-2), never admission money
            difference = None if terminal is None else terminal - report.terminal_expected
            entry = uow.journal.append(
                now,
                staff.id,
                "day.close",
                day.isoformat(),
                {
                    "net_total": report.net_total,
                    "card": report.card_net,
                    "terminal": terminal,
                    "difference": difference,
                },
            )
            # the journal's head at the close: a journal cut back behind it is detected (verify-journal)
            snapshot = json.loads(report.to_json()) | {"journal_head": {"id": entry.id, "hash": entry.hash}}
            uow.days.add_closeout(
                day, now, staff.id, report.card_net, terminal, difference, json.dumps(snapshot, ensure_ascii=False)
            )
            uow.commit()
        log.info(
            "day %s closed by %s: net %s, card %s, terminal %s",
            day,
            staff.name,
            report.net_total,
            report.card_net,
            terminal,
        )
        closed = self.report(day)
        self.anchor(closed)
        if backup:
            self.backup_closed(day)
        return closed

    def anchor(self, report: DayReport) -> Path | None:
        """Issue 12: the day's journal head, appended to an append-only file beside the backups
        (it leaves the machine with them). A recomputed chain or a cut behind it is caught by
        ``desk-app verify-journal --anchors``."""
        path = self.ctx.store.sqlite_path
        if report.journal_head is None:
            return None
        if path is not None:
            from desk_app.db.migrate import backups_dir_for

            target = backups_dir_for(path) / "journal-anchors.txt"
        else:  # a server database (issue 15): the closing desk keeps the heads, off the server
            from desk_app.paths import data_dir

            name = self.ctx.store.engine.url.database or "server"
            target = data_dir() / "journal-anchors" / f"{name}.txt"
        entry_id, head, signature = report.journal_head
        line = f"journal-head,{entry_id},{head},{signature or ''},{report.day.isoformat()},{report.closed_at}\n"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "a", encoding="utf-8") as f:
                f.write(line)
                f.flush()
                os.fsync(f.fileno())
        except OSError as e:  # the close stands; the anchor is logged as missing
            log.error("journal anchor for %s not written: %s", report.day, e)
            return None
        return target

    def backup_closed(self, day: dt.date) -> None:
        """A rotated copy of the records at every close."""
        path = self.ctx.store.sqlite_path
        if path is None:
            return
        from desk_app.services.backup import backup_file

        try:
            target = backup_file(path, f"closed{day:%Y%m%d}", now=self.ctx.clock.now())
        except DeskError as e:  # the close stands; the failed copy is logged
            log.error("backup after closing %s failed: %s", day, e)
            return
        with self.ctx.store.uow() as uow:
            uow.journal.append(self.ctx.clock.now(), None, "backup", target.name, {"reason": "close", "day": day})
            uow.commit()

    def is_closed(self, day: dt.date) -> bool:
        with self.ctx.store.uow() as uow:
            return uow.days.closeout(day) is not None


# ------------------------------------------------------------------ voids and refunds (FEE-6)


@dataclass(frozen=True)
class ReversalDone:
    receipt_no: str
    visit_code: str
    kind: str
    amount: int
    day: dt.date


@dataclass(frozen=True)
class ReversalPreview:
    """What the manager sees before a void or refund: the family, the session, the amount and how
    it was paid (issue 13), and what would happen."""

    receipt_no: str
    visit_code: str
    booker_name: str | None
    day: dt.date
    session_no: int
    amount: int
    method: str
    approval_no: str | None
    sender: str | None
    kind: str  # void | refund
    reversed_at: dt.datetime | None  # already reversed: nothing more can be done


def check_reason(reason: str) -> str:
    """FEE-6: a reversal needs a reason, asked before the manager's PIN."""
    why = reason.strip()
    if not why:
        raise BadInput(msg("사유"), msg("취소·환불 사유를 적어 주세요 (예: 직원 착오, 센터 사정으로 휴관)"))
    if len(why) > 200:
        raise BadInput(msg("사유"), msg("사유는 200자까지입니다"))
    check_no_rrn(msg("사유"), why)  # ELG-4, said before the manager's PIN is asked
    return why


class ReversalService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def lookup(self, receipt_no: str) -> ReversalPreview:
        today = self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            payment = uow.payments.by_receipt(receipt_no.strip().upper())
            if payment is None:
                raise BadInput(msg("영수증 번호"), msg("영수증을 찾을 수 없습니다: {strip}", strip=receipt_no.strip()))
            visit = uow.visits.get(payment.visit_id)
            assert visit is not None
            booking = uow.bookings.get(visit.booking_id) if visit.booking_id else None
            done = uow.payments.reversal(payment.id)
            return ReversalPreview(
                receipt_no=payment.receipt_no,
                visit_code=visit.code,
                booker_name=booking.booker.name if booking is not None else None,
                day=visit.day,
                session_no=visit.session_no,
                amount=payment.amount,
                method=payment.method,
                approval_no=payment.approval_no,
                sender=payment.transfer_sender,
                kind=ReversalKind.VOID.value if payment.day == today else ReversalKind.REFUND.value,
                reversed_at=done.created_at if done is not None else None,
            )

    def reverse(self, receipt_no: str, reason: str, staff: StaffMember | None) -> ReversalDone:
        """A whole payment, voided (the same day) or refunded (a later day), by a manager, with a
        reason. It is booked on today's open day, so a closed day stays as it was (CLS-2).

        The visit ends (FEE-6 × CHK-4): its slip is refused from now on, its people leave the
        arrived counts and its places are free. The booking waits again while its session
        runs, so the party may be checked in and charged once more; after the session, or for
        a walk-in, it is cancelled at the desk. A visit of a day already closed stays as the
        closed day recorded it; the reversal entry is the record, and the slip is refused by
        the payment's state."""
        why = check_reason(reason)
        require_manager(staff is not None and staff.is_manager, msg("결제 취소·환불"))
        assert staff is not None
        now = self.ctx.clock.now()
        today = now.date()
        with self.ctx.store.uow() as uow:
            payment = uow.payments.by_receipt(receipt_no.strip().upper())
            if payment is None:
                raise BadInput(
                    msg("영수증 번호"), msg("영수증을 찾을 수 없습니다: {receipt_no}", receipt_no=receipt_no)
                )
            uow.days.lock(payment.day, now.date())  # the paid day and the day it is booked on
            done = uow.payments.reversal(payment.id)
            if done is not None:
                raise Conflict(
                    "FEE-6",
                    msg(
                        "이미 {created_at:%Y-%m-%d %H:%M}에 {REVERSAL_KO}된 결제입니다",
                        created_at=done.created_at,
                        REVERSAL_KO=REVERSAL_KO[ReversalKind(done.kind)],
                    ),
                )
            if uow.days.is_closed(today):
                raise Conflict(
                    "CLS-2", msg("오늘({today:%Y-%m-%d})은 이미 마감되었습니다. 다음 운영일에 처리하세요", today=today)
                )
            visit = uow.visits.get(payment.visit_id)
            assert visit is not None
            kind, visit_state = states.reverse(
                VisitState(visit.status), uow.payments.state(payment), payment.day == today
            )
            uow.payments.add_reversal(payment, kind, today, why, staff.id, now)
            if not uow.days.is_closed(visit.day):
                uow.visits.set_state(visit, visit_state)
                booking = uow.bookings.get(visit.booking_id) if visit.booking_id else None
                if booking is not None and booking.status == BookingState.CHECKED_IN:
                    _, end = cal.session_bounds(self.ctx.profile, booking.day, booking.session_no)
                    walkin = booking.source == Source.WALKIN
                    change = states.after_reversal(BookingState.CHECKED_IN, walkin, now >= end, kind)
                    if isinstance(change, BookingState):
                        uow.bookings.set_state(booking, change)  # waits again: may be checked in once more
                    else:
                        uow.bookings.cancel(booking, change, now, staff.id)
            uow.journal.append(
                now,
                staff.id,
                f"payment.{kind.value}",
                payment.receipt_no,
                {"amount": payment.amount, "reason": why, "paid_on": payment.day, "visit": visit.code},
            )
            uow.commit()
            return ReversalDone(payment.receipt_no, visit.code, kind.value, payment.amount, today)


# ------------------------------------------------------------------ the month, for the district office


@dataclass(frozen=True)
class VisitorLine:
    day: dt.date
    session_no: int
    children: int
    adults: int
    teachers: int
    care: int
    walkins: int
    no_shows: int


@dataclass(frozen=True)
class RevenueLine:
    method: str
    label: str
    count: int
    taken: int
    reversed: int


@dataclass(frozen=True)
class MonthSummary:
    year: int
    month: int
    open_days: int
    closed_days: int
    visitors: tuple[VisitorLine, ...]
    reductions: tuple[ReductionLine, ...]
    revenue: tuple[RevenueLine, ...]
    revenue_total: int
    kt_count: int
    kt_won: int
    journal_heads: tuple[tuple[int, str, str, str], ...] = ()  # (id, hash, signature, day) of each close


def month_summary(ctx: DeskContext, year: int, month: int) -> MonthSummary:
    """Visitors by day and session, reductions by category, revenue by method and KT totals."""
    import calendar as _calendar

    first = dt.date(year, month, 1)
    last = dt.date(year, month, _calendar.monthrange(year, month)[1])
    rules = ctx.profile.rules_on(last)
    with ctx.store.uow() as uow:
        v = uow.views
        people = v.people_counts(first, last)
        bookings = v.month_bookings(first, last)
        cells: dict[tuple[dt.date, int], dict[str, int]] = {}
        for day, no, role, care, n in people:
            c = cells.setdefault((day, no), {})
            key = {"child": "children", "guardian": "adults", "teacher": "teachers"}[role]
            c[key] = c.get(key, 0) + n
            if care:
                c["care"] = c.get("care", 0) + n
        for day, no, source, status, n in bookings:
            c = cells.setdefault((day, no), {})
            if status == BookingState.NO_SHOW:
                c["no_shows"] = c.get("no_shows", 0) + n
            elif source == "walkin":
                c["walkins"] = c.get("walkins", 0) + n
        visitors = tuple(
            VisitorLine(
                day,
                no,
                c.get("children", 0),
                c.get("adults", 0),
                c.get("teachers", 0),
                c.get("care", 0),
                c.get("walkins", 0),
                c.get("no_shows", 0),
            )
            for (day, no), c in sorted(cells.items())
        )
        red_rows = v.reductions(first, last)
        reductions = tuple(
            ReductionLine(r, reason_label(rules, r) or r, int(n), int(w)) for r, n, w in red_rows if r != KT
        )
        kt = next(((int(n), int(w)) for r, n, w in red_rows if r == KT), (0, 0))
        taken = v.taken_by_method(first, last)
        back = {m: a for m, (_, a) in v.reversed_by_method(first, last).items()}
        revenue = tuple(
            RevenueLine(m, METHOD_KO[m], taken.get(m, (0, 0))[0], taken.get(m, (0, 0))[1], back.get(m, 0))
            for m in METHODS
        )
        closed = v.closed_days(first, last)
        heads = []
        for i in range((last - first).days + 1):  # issue 12: each close's head goes to the district
            day_i = first + dt.timedelta(days=i)
            closing = v.closeout(day_i)
            head = CloseoutService._head(uow, closing[0].report_json) if closing else None
            if head is not None:
                heads.append((head[0], head[1], head[2] or "", day_i.isoformat()))
    open_days = sum(
        1 for i in range((last - first).days + 1) if cal.day_plan(ctx.profile, first + dt.timedelta(days=i)).open
    )
    return MonthSummary(
        year,
        month,
        open_days,
        int(closed),
        visitors,
        reductions,
        revenue,
        sum(x.taken - x.reversed for x in revenue),
        kt[0],
        kt[1],
        tuple(heads),
    )

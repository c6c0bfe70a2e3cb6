"""Finding a family at the desk (CHK-1) and a slip scanned again (CHK-4): one field for the
scanner and the keyboard — a slip's visit code, a booking code or portal number, the last four
phone digits, or a name. Reads only."""

from __future__ import annotations

from desk_app.db.uow import UnitOfWork
from desk_app.domain import calendar as cal
from desk_app.domain import states
from desk_app.domain.errors import BadInput
from desk_app.domain.messages import msg
from desk_app.domain.states import VisitState
from desk_app.domain.words import mask_phone
from desk_app.services import codes
from desk_app.services.context import DeskContext
from desk_app.services.data import BookingView, PenaltyView, PersonView, Reentry, ScanResult


def booking_view(uow: UnitOfWork, b) -> BookingView:  # type: ignore[no-untyped-def]
    """A booking as the screens show it, with its penalty (RSV-6, in red) and the late pick-up
    flag of its booker (ELG-5)."""
    penalty = uow.penalties.active_for(b.booker_id, b.day)
    visit = uow.visits.for_booking(b.id)
    # ELG-5: the flag matters to a care application; the door's own application sees it in the preview
    flag = uow.late_pickups.open_for(b.booker_id) if any(p.care for p in b.people) else None
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
        visit_code=visit.code if visit is not None and visit.status == VisitState.PAID else None,
        late_pickup=flag.noted_at.date() if flag else None,
    )


def visit_by_code(uow: UnitOfWork, code: str):  # type: ignore[no-untyped-def]
    """The visit of a slip's code, or the refusal that names the code."""
    visit = uow.visits.by_code(code or "")
    if visit is None:
        raise BadInput(msg("입장권"), msg("입장 기록을 찾을 수 없습니다: {visit_code}", visit_code=code))
    return visit


class FindService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def scan(self, text: str) -> ScanResult:
        query = codes.normalise_scan(text)
        if not query:
            return ScanResult("none", message=msg("검색어를 입력하세요"))
        today = self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            if query.startswith("V"):
                visit = uow.visits.by_code(query)
                if visit is not None:
                    return ScanResult("reentry", reentry=self._reentry(uow, visit))
            booking = uow.bookings.by_code(query) or uow.bookings.by_portal_no(text.strip())
            if booking is not None:
                if booking.day != today:
                    return ScanResult(
                        "none",
                        message=msg(
                            "{day:%Y-%m-%d} {session_no}회차 예약입니다. 오늘({today:%m-%d}) 예약이 아닙니다.",
                            day=booking.day,
                            session_no=booking.session_no,
                            today=today,
                        ),
                    )
                return ScanResult("booking", bookings=(booking_view(uow, booking),))
            found = uow.bookings.search(today, text)
            if not found:
                what = msg("전화번호 뒷자리") if query.isdigit() and len(query) == 4 else msg("코드나 이름")
                return ScanResult(
                    "none",
                    message=msg(
                        "오늘 예약 중에 '{strip}'({what})와 맞는 것이 없습니다.", strip=text.strip(), what=what
                    ),
                )
            views = tuple(booking_view(uow, b) for b in found)
            return ScanResult("booking" if len(views) == 1 else "bookings", bookings=views)

    def _reentry(self, uow: UnitOfWork, visit) -> Reentry:  # type: ignore[no-untyped-def]
        """CHK-4, decided by the domain over the visit, its payment and the day's plan."""
        now = self.ctx.clock.now()
        payments = uow.payments.for_visit(visit.id)
        payment_state = uow.payments.state(payments[0] if payments else None)
        slot = cal.day_plan(self.ctx.profile, visit.day).session(visit.session_no)
        closed = cal.closed_reason(self.ctx.profile, visit.day, visit.session_no, uow.days.closures_on(visit.day))
        _, removal = uow.incidents.conduct(visit.id)  # OPS-2: removed, and not kept in for the day
        decision = states.reenter(
            VisitState(visit.status),
            payment_state,
            visit.day,
            visit.session_no,
            slot.start if slot else None,
            slot.end if slot else None,
            closed,
            now,
            removed_at=removal.created_at if removal is not None and not removal.may_return else None,
        )
        return Reentry(decision.ok, decision.message, visit.code, decision.valid_until)

"""Play care's late pick-up flag (ELG-5): "the guardian takes the child back 10 minutes before
the session ends, and one who is late may be barred from the service next time (the desk keeps
a flag)". The staff set it on the visit; the booker's next care application shows it (through
the admission function's notes and the booking's view); a manager clears it with a reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.domain.errors import BadInput, Conflict, require_manager
from desk_app.domain.messages import msg
from desk_app.domain.states import VisitState
from desk_app.services.context import DeskContext
from desk_app.services.finding import visit_by_code
from desk_app.services.staff import StaffMember


@dataclass(frozen=True)
class LatePickupRow:
    id: int
    visit_code: str
    day: dt.date
    session_no: int
    booker_name: str
    minutes_late: int
    note: str | None
    noted_at: dt.datetime


class CareService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def flag_late_pickup(self, visit_code: str, minutes_late: int, note: str, staff: StaffMember | None) -> None:
        """Staff record that the guardian came back late for a child in play care."""
        if not 0 <= minutes_late <= 600:
            raise BadInput(msg("늦은 시간"), msg("늦은 시간(분)을 0~600 사이로 입력하세요"))
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            visit = visit_by_code(uow, visit_code)
            if visit.status != VisitState.PAID or not any(p.care for p in visit.people):
                raise Conflict("ELG-5", msg("놀이돌봄을 이용한 방문에만 늦은 픽업을 기록할 수 있습니다"))
            if visit.booking_id is None:
                raise Conflict("ELG-5", msg("예약자가 없는 방문입니다"))
            if uow.late_pickups.for_visit(visit.id) is not None:
                raise Conflict("ELG-5", msg("이 방문에는 이미 늦은 픽업이 기록되어 있습니다"))
            booking = uow.bookings.get(visit.booking_id)
            assert booking is not None
            uow.late_pickups.add(
                visit, booking.booker_id, minutes_late, note.strip() or None, staff.id if staff else None, now
            )
            uow.journal.append(
                now,
                staff.id if staff else None,
                "care.late_pickup",
                visit.code,
                {"minutes": minutes_late, "note": note.strip()},
            )
            uow.commit()

    def open_flags(self) -> list[LatePickupRow]:
        with self.ctx.store.uow() as uow:
            return [
                LatePickupRow(f.id, v.code, v.day, v.session_no, b.name, f.minutes_late, f.note, f.noted_at)
                for f, b, v in uow.views.late_pickups()
            ]

    def clear(self, flag_id: int, reason: str, staff: StaffMember | None) -> None:
        """A manager clears the flag with a written reason."""
        require_manager(staff is not None and staff.is_manager, msg("늦은 픽업 표시 해제"))
        assert staff is not None
        if not reason.strip():
            raise BadInput(msg("사유"), msg("해제 사유를 적어 주세요"))
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            flag = uow.late_pickups.get(flag_id)
            if flag is None:
                raise BadInput(msg("표시"), msg("늦은 픽업 기록을 찾을 수 없습니다: {flag_id}", flag_id=flag_id))
            if flag.cleared_at is not None:
                raise Conflict(
                    "ELG-5", msg("이미 {cleared_at:%Y-%m-%d %H:%M}에 해제되었습니다", cleared_at=flag.cleared_at)
                )
            uow.late_pickups.clear(flag, staff.id, reason.strip(), now)
            uow.journal.append(now, staff.id, "care.late_pickup.clear", str(flag.id), {"reason": reason.strip()})
            uow.commit()

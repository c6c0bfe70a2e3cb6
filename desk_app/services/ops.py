"""The desk's other records (issue 14): lost and found (OPS-1) and incidents (OPS-2).

Each action reads the records, asks ``domain.ops`` for the change and hands it to a repository,
with its journal entry, in one unit of work. Free text passes ELG-4 twice: in the domain
(named field) and at the store's last guard (``db.engine``)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from desk_app.db.uow import UnitOfWork, WriteConflict
from desk_app.domain import calendar as cal
from desk_app.domain import ops
from desk_app.domain.errors import BadInput, Conflict
from desk_app.domain.messages import msg
from desk_app.domain.ops import IncidentKind, LostState
from desk_app.domain.states import VisitState
from desk_app.domain.words import check_phone, mask_phone
from desk_app.services.context import DeskContext
from desk_app.services.finding import visit_by_code
from desk_app.services.staff import StaffMember

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ lost and found (OPS-1)


@dataclass(frozen=True)
class LostItemView:
    id: int
    found_at: dt.datetime
    session_no: int | None
    what: str
    place: str
    found_by: str | None
    contact: str | None  # name and masked phone, when given
    state: LostState
    due_on: dt.date
    closed_at: dt.datetime | None
    handed_to: str | None

    def due(self, today: dt.date) -> bool:
        return self.state is LostState.HELD and self.due_on <= today

    def as_json(self) -> dict[str, object]:
        """CLI.md-style row: ``desk-app lost-found``."""
        return {
            "id": self.id,
            "found_at": self.found_at.isoformat(timespec="minutes"),
            "what": self.what,
            "where": self.place,
            "state": self.state.value,
            "due_on": self.due_on.isoformat(),
        }


class LostFoundService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def record(
        self,
        what: str,
        place: str,
        staff: StaffMember | None,
        *,
        session_no: int | None = None,
        name: str = "",
        phone: str = "",
        found_at: dt.datetime | None = None,
    ) -> LostItemView:
        """Staff record an item found: what, where, when (now unless given), by whom; the
        finder's or owner's name and phone only when given (kept under OPS-3)."""
        now = self.ctx.clock.now()
        when = found_at or now
        if when > now + dt.timedelta(minutes=5):
            raise BadInput(msg("발견 시각"), msg("앞으로 올 시각은 적을 수 없습니다"))
        thing = ops.text(msg("물건"), what, 100)
        where = ops.text(msg("발견 장소"), place, 100)
        who = ops.text(msg("이름"), name, 50, required=False)
        digits = (phone or "").strip()
        if digits:
            check_phone(digits)
        if session_no is not None and cal.day_plan(self.ctx.profile, when.date()).session(session_no) is None:
            raise BadInput(msg("회차"), msg("회차 번호가 올바르지 않습니다: {session_no}", session_no=session_no))
        keep = self.ctx.profile.rules_on(when.date()).retention.lost_and_found_days
        with self.ctx.store.uow() as uow:
            item = uow.lost_items.add(
                found_at=when,
                day=when.date(),
                session_no=session_no,
                what=thing,
                place=where,
                found_by=staff.id if staff else None,
                name=who,
                phone=digits or None,
                due_on=ops.due_on(when.date(), keep),
                state=LostState.HELD.value,
                created_at=now,
            )
            uow.journal.append(
                now,
                staff.id if staff else None,
                "lost.found",
                str(item.id),
                {"what": thing, "where": where, "due_on": item.due_on.isoformat()},
            )
            uow.commit()
            return self._view(uow, item)

    def hand_back(self, item_id: int, to_whom: str, staff: StaffMember | None) -> LostItemView:
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            item = self._get(uow, item_id)
            change = ops.hand_back(LostState(item.state), to_whom)
            uow.lost_items.close(item, change.state.value, change.handed_to, staff.id if staff else None, now)
            uow.journal.append(now, staff.id if staff else None, "lost.returned", str(item.id), {"what": item.what})
            uow.commit()
            return self._view(uow, item)

    def dispose(self, item_ids: list[int], staff: StaffMember | None) -> list[LostItemView]:
        """OPS-1: the items due are disposed of together; one not yet due refuses them all."""
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            done = []
            for item_id in item_ids:
                item = self._get(uow, item_id)
                change = ops.dispose(LostState(item.state), item.due_on, now.date())
                uow.lost_items.close(item, change.state.value, None, staff.id if staff else None, now)
                uow.journal.append(now, staff.id if staff else None, "lost.disposed", str(item.id), {"what": item.what})
                done.append(item)
            uow.commit()
            return [self._view(uow, i) for i in done]

    def items(self, *, held_only: bool = False, due: bool = False) -> list[LostItemView]:
        today = self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            rows = uow.lost_items.listed(held_only=held_only, due_by=today if due else None)
            return [self._view(uow, i) for i in rows]

    def due_today(self) -> list[LostItemView]:
        return self.items(due=True)

    @staticmethod
    def _get(uow: UnitOfWork, item_id: int):  # type: ignore[no-untyped-def]
        item = uow.lost_items.get(item_id)
        if item is None:
            raise BadInput(msg("분실물"), msg("분실물 {item_id}번을 찾을 수 없습니다", item_id=item_id))
        return item

    @staticmethod
    def _view(uow: UnitOfWork, item) -> LostItemView:  # type: ignore[no-untyped-def]
        contact = " ".join(x for x in (item.name, mask_phone(item.phone) if item.phone else None) if x) or None
        return LostItemView(
            id=item.id,
            found_at=item.found_at,
            session_no=item.session_no,
            what=item.what,
            place=item.place,
            found_by=uow.staff.name_of(item.found_by),
            contact=contact,
            state=LostState(item.state),
            due_on=item.due_on,
            closed_at=item.closed_at,
            handed_to=item.handed_to,
        )


# ------------------------------------------------------------------ incidents (OPS-2)


@dataclass(frozen=True)
class IncidentView:
    id: int
    at: dt.datetime
    kind: IncidentKind
    visit_code: str | None
    session_no: int | None
    category: str | None
    note: str | None
    may_return: bool
    what: str | None
    remedy: str | None
    amount: int
    settled: str | None
    staff: str | None

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "at": self.at.isoformat(timespec="minutes"),
            "kind": self.kind.value,
            "visit": self.visit_code,
            "session": self.session_no,
            "category": self.category,
            "note": self.note,
            "may_return": self.may_return if self.kind is IncidentKind.REMOVAL else None,
            "what": self.what,
            "remedy": self.remedy,
            "amount": self.amount,
            "settled": self.settled,
            "staff": self.staff,
        }


@dataclass(frozen=True)
class VisitConduct:
    """What the desk shows about a visit before a warning: its warnings and whether the
    second one offers 퇴실 조치 (OPS-2)."""

    visit_code: str
    session_no: int
    warnings: int
    removed: bool
    removal_offered: bool


class IncidentService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def conduct(self, visit_code: str) -> VisitConduct:
        with self.ctx.store.uow() as uow:
            visit = visit_by_code(uow, visit_code)
            warnings, removal = uow.incidents.conduct(visit.id)
            removed = removal is not None
            return VisitConduct(
                visit.code, visit.session_no, warnings, removed, ops.removal_offered(warnings) and not removed
            )

    def warn(self, key: str, visit_code: str, category: str, note: str, staff: StaffMember | None) -> VisitConduct:
        """OPS-2: a warning by the safety staff. The second in the same visit offers 퇴실 조치
        (returned in ``removal_offered``); it is recorded only by ``remove``."""
        if category not in ops.WARNING_CATEGORIES:
            raise BadInput(msg("경고 사유"), msg("다른 이용자에게 피해 또는 위험한 놀이 중 하나를 고르세요"))
        text = ops.text(msg("메모"), note, 200, required=False)
        self._write(key, IncidentKind.WARNING, visit_code, staff, category=category, note=text)
        return self.conduct(visit_code)

    def remove(self, key: str, visit_code: str, may_return: bool, note: str, staff: StaffMember | None) -> VisitConduct:
        """OPS-2: 퇴실 조치 after the second warning. The party keeps its entry for the rest of
        the day only when the staff says so (``may_return``); otherwise its slip no longer
        admits (CHK-4)."""
        text = ops.text(msg("메모"), note, 200, required=False)
        self._write(key, IncidentKind.REMOVAL, visit_code, staff, note=text, may_return=may_return)
        return self.conduct(visit_code)

    def record_damage(
        self,
        key: str,
        visit_code: str | None,
        what: str,
        remedy: str,
        amount: int,
        settled: str,
        note: str,
        staff: StaffMember | None,
    ) -> IncidentView:
        """OPS-2: damage to a toy or equipment, repaired at the visitor's cost or replaced. The
        amount is kept apart from admission money (close-out's own section)."""
        d = ops.damage(what, remedy, amount, settled, note)
        return self._write(  # type: ignore[no-any-return]
            key,
            IncidentKind.DAMAGE,
            visit_code or None,
            staff,
            note=d.note,
            what=d.what,
            remedy=d.remedy,
            amount=d.amount,
            settled=d.settled,
        )

    def on(self, day: dt.date) -> list[IncidentView]:
        with self.ctx.store.uow() as uow:
            return [self._view(i, v, n) for i, v, n in uow.incidents.on(day)]

    # ------------------------------------------------------------------ the one writer

    def _write(self, key: str, kind: IncidentKind, visit_code: str | None, staff: StaffMember | None, **values):  # type: ignore[no-untyped-def]
        if not key or len(key) > 64:
            raise BadInput(msg("기록 키"), msg("기록 키가 올바르지 않습니다"))
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            uow.days.lock(now.date())  # damage money belongs to the day's close-out (issue 15)
            done = uow.incidents.by_key(key)
            if done is not None:  # a second click or Enter: the first one stands, nothing is added
                return self._one(uow, done)
            if uow.days.is_closed(now.date()):
                raise Conflict("CLS-2", msg("{day:%Y-%m-%d}은(는) 마감된 날입니다", day=now.date()))
            visit = None
            if visit_code is not None:
                visit = visit_by_code(uow, visit_code)
                if visit.day != now.date():
                    raise Conflict(
                        "OPS-2", msg("오늘 입장한 방문에만 기록합니다 ({day:%Y-%m-%d} 입장권)", day=visit.day)
                    )
                if visit.status != VisitState.PAID:
                    raise Conflict("OPS-2", msg("입장 중인 방문이 아닙니다"))
            elif kind is not IncidentKind.DAMAGE:
                raise BadInput(msg("입장권"), msg("경고와 퇴실 조치는 방문(입장권)을 골라야 합니다"))
            if kind is IncidentKind.REMOVAL:
                assert visit is not None
                warnings, removal = uow.incidents.conduct(visit.id)
                ops.check_removal(warnings, removal is not None)
            incident = uow.incidents.add(
                key=key,
                day=now.date(),
                created_at=now,
                kind=kind.value,
                visit_id=visit.id if visit else None,
                staff_id=staff.id if staff else None,
                **values,
            )
            detail = {k: v for k, v in values.items() if v not in (None, "")}
            uow.journal.append(
                now,
                staff.id if staff else None,
                f"incident.{kind.value}",
                visit.code if visit else str(incident.id),
                detail,
            )
            try:
                uow.commit()
            except WriteConflict:
                done = uow.incidents.by_key(key)
                if done is None:
                    raise
                return self._one(uow, done)
            log.info("incident %s (%s) recorded", incident.id, kind.value)
            return self._one(uow, incident)

    def _one(self, uow: UnitOfWork, incident) -> IncidentView:  # type: ignore[no-untyped-def]
        visit = uow.visits.get(incident.visit_id) if incident.visit_id else None
        return self._view(incident, visit, uow.staff.name_of(incident.staff_id))

    @staticmethod
    def _view(i, visit, staff_name: str | None) -> IncidentView:  # type: ignore[no-untyped-def]
        return IncidentView(
            id=i.id,
            at=i.created_at,
            kind=IncidentKind(i.kind),
            visit_code=visit.code if visit is not None else None,
            session_no=visit.session_no if visit is not None else None,
            category=i.category,
            note=i.note,
            may_return=bool(i.may_return),
            what=i.what,
            remedy=i.remedy,
            amount=int(i.amount or 0),
            settled=i.settled,
            staff=staff_name,
        )

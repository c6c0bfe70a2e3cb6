"""The desk's other records (OPS): lost and found (OPS-1) and incidents (OPS-2).

Pure rules, like ``domain.states``: each change is a function that returns what the records
keep or raises a typed refusal with its rule ID. Services read, call these, and hand the result
to a repository.

    lost item:  HELD ──hand_back──▶ RETURNED
                  └──dispose (on or after its due day)──▶ DISPOSED
    incident:   warning, warning ──▶ removal offered (퇴실 조치), recorded when the staff says so
                damage: what, repair or replacement, the amount agreed (int won), how settled
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.errors import BadInput, Conflict
from desk_app.domain.messages import Msg, msg


class LostState(StrEnum):
    HELD = "held"
    RETURNED = "returned"
    DISPOSED = "disposed"


LOST_STATE_KO = {
    LostState.HELD: msg("보관 중"),
    LostState.RETURNED: msg("돌려줌"),
    LostState.DISPOSED: msg("폐기"),
}


class IncidentKind(StrEnum):
    WARNING = "warning"
    REMOVAL = "removal"
    DAMAGE = "damage"


INCIDENT_KIND_KO = {
    IncidentKind.WARNING: msg("경고"),
    IncidentKind.REMOVAL: msg("퇴실 조치"),
    IncidentKind.DAMAGE: msg("파손"),
}

# OPS-2: why the safety staff warned
WARNING_CATEGORIES = {
    "disturbing": msg("다른 이용자에게 피해"),
    "dangerous": msg("위험한 놀이"),
}
REMEDIES = {"repair": msg("수리 (이용자 부담)"), "replace": msg("교체 (이용자 부담)")}
# how the damage money was settled: never cash at the desk (FEE)
SETTLEMENTS = {
    "card": msg("카드 (단말기)"),
    "transfer": msg("계좌이체"),
    "in_kind": msg("같은 물건으로 교체 (금액 없음)"),
    "pending": msg("미정산"),
}
WARNINGS_BEFORE_REMOVAL = 2  # OPS-2: "warned twice … may be asked to leave"

MAX_DAMAGE_WON = 10_000_000


def text(field: Msg | str, value: str | None, limit: int, required: bool = True) -> str | None:
    """A short free text typed at the desk: trimmed and bounded. ELG-4 (no resident registration
    number) is the store's: its guard refuses one in every free-text column (``db.engine``)."""
    value = (value or "").strip()
    if not value:
        if required:
            raise BadInput(field, msg("비어 있으면 안 됩니다"))
        return None
    if len(value) > limit:
        raise BadInput(field, msg("{limit}자 이하로 적어 주세요 (지금 {n}자)", limit=limit, n=len(value)))
    return value


# ------------------------------------------------------------------ lost and found (OPS-1)


def due_on(found: dt.date, keep_days: int) -> dt.date:
    """OPS-1: "발생 일주일까지 보관 후 폐기" — kept ``keep_days`` days after the day it was found;
    disposed of from the day after that."""
    return found + dt.timedelta(days=keep_days)


@dataclass(frozen=True)
class LostChange:
    state: LostState
    handed_to: str | None


def hand_back(state: LostState, to_whom: str) -> LostChange:
    if state is not LostState.HELD:
        raise Conflict("OPS-1", msg("보관 중인 물건만 돌려줄 수 있습니다 (지금: {state})", state=LOST_STATE_KO[state]))
    who = text(msg("받은 사람"), to_whom, 50)
    return LostChange(LostState.RETURNED, who)


def dispose(state: LostState, due: dt.date, today: dt.date) -> LostChange:
    if state is not LostState.HELD:
        raise Conflict("OPS-1", msg("보관 중인 물건만 폐기할 수 있습니다 (지금: {state})", state=LOST_STATE_KO[state]))
    if today < due:
        raise Conflict("OPS-1", msg("{due:%Y-%m-%d}까지 보관해야 합니다. 그 전에는 폐기할 수 없습니다.", due=due))
    return LostChange(LostState.DISPOSED, None)


# ------------------------------------------------------------------ incidents (OPS-2)


def removal_offered(warnings_in_visit: int) -> bool:
    """OPS-2: a visitor warned twice may be asked to leave: the desk offers 퇴실 조치."""
    return warnings_in_visit >= WARNINGS_BEFORE_REMOVAL


def check_removal(warnings_in_visit: int, already_removed: bool) -> None:
    if already_removed:
        raise Conflict("OPS-2", msg("이 방문은 이미 퇴실 조치되었습니다"))
    if not removal_offered(warnings_in_visit):
        raise Conflict(
            "OPS-2",
            msg(
                "퇴실 조치는 경고 {need}회 뒤에 할 수 있습니다 (지금 {n}회)",
                need=WARNINGS_BEFORE_REMOVAL,
                n=warnings_in_visit,
            ),
        )


@dataclass(frozen=True)
class Damage:
    what: str
    remedy: str
    amount: int
    settled: str
    note: str | None


def damage(what: str, remedy: str, amount: int, settled: str, note: str | None) -> Damage:
    """OPS-2: damage is repaired at the visitor's cost or replaced; the amount agreed is won."""
    item = text(msg("파손 물품"), what, 100)
    assert item is not None
    if remedy not in REMEDIES:
        raise BadInput(msg("처리 방법"), msg("수리 또는 교체 중 하나를 고르세요"))
    if settled not in SETTLEMENTS:
        raise BadInput(msg("정산"), msg("카드, 계좌이체, 같은 물건으로 교체, 미정산 중 하나를 고르세요"))
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise BadInput(msg("금액"), msg("금액은 원 단위 정수입니다"))
    if not 0 <= amount <= MAX_DAMAGE_WON:
        raise BadInput(msg("금액"), msg("금액은 0원에서 {max:,}원 사이여야 합니다", max=MAX_DAMAGE_WON))
    if settled == "in_kind" and amount:
        raise BadInput(msg("금액"), msg("같은 물건으로 교체하면 받은 금액은 0원입니다"))
    if settled in ("card", "transfer") and not amount:
        raise BadInput(msg("금액"), msg("카드나 계좌이체로 받았다면 금액을 적어 주세요"))
    return Damage(item, remedy, amount, settled, text(msg("메모"), note, 200, required=False))

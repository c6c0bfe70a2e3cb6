"""Staff and their PINs. A PIN is stored only as a scrypt hash; repeated failures lock the
account for a while. Roles: staff and manager."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from desk_app.domain.errors import BadInput, Conflict, require_manager
from desk_app.domain.messages import msg
from desk_app.domain.words import ascii_number
from desk_app.services.context import DeskContext

ROLES = ("staff", "manager")
MAX_FAILURES = 5
LOCK_MINUTES = 5
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32)
    return hmac.compare_digest(got.hex(), digest)


def check_pin_shape(pin: str) -> None:
    if not ascii_number(pin) or not 4 <= len(pin) <= 12:
        raise BadInput("PIN", msg("PIN은 숫자 4~12자리여야 합니다"))


@dataclass(frozen=True)
class StaffRow:
    """One account as the manager's list shows it."""

    name: str
    role: str
    active: bool
    locked_until: dt.datetime | None


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


class StaffService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def any_staff(self) -> bool:
        with self.ctx.store.uow() as uow:
            return uow.staff.count() > 0

    def names(self) -> list[str]:
        with self.ctx.store.uow() as uow:
            return [s.name for s in uow.staff.all() if s.active]

    def managers(self) -> list[str]:
        """Who can approve a manager action: active managers, by name (issue 13: picked from a list)."""
        with self.ctx.store.uow() as uow:
            return [s.name for s in uow.staff.all() if s.active and s.role == "manager"]

    def members(self) -> list[StaffRow]:
        with self.ctx.store.uow() as uow:
            return [StaffRow(s.name, s.role, s.active, s.locked_until) for s in uow.staff.all()]

    def set_active(self, name: str, active: bool, by: StaffMember | None) -> None:
        """A manager disables an account (a worker who left) or enables it again. The last active
        manager cannot be disabled: nobody could approve anything after."""
        require_manager(by is not None and by.is_manager, msg("직원 계정 사용 중지"))
        assert by is not None
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            row = uow.staff.by_name(name.strip())
            if row is None:
                raise BadInput(msg("이름"), msg("등록된 직원이 아닙니다"))
            if not active and row.role == "manager":
                others = [s for s in uow.staff.all() if s.active and s.role == "manager" and s.id != row.id]
                if not others:
                    raise Conflict("STAFF", msg("마지막 관리자 계정은 사용 중지할 수 없습니다"))
            uow.staff.set_active(row, active)
            uow.journal.append(now, by.id, "staff.enable" if active else "staff.disable", row.name, {})
            uow.commit()

    def reset_pin(self, name: str, pin: str, by: StaffMember | None) -> None:
        """A manager sets a new PIN for someone who forgot theirs or is locked out."""
        require_manager(by is not None and by.is_manager, msg("PIN 재설정"))
        assert by is not None
        check_pin_shape(pin)
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            row = uow.staff.by_name(name.strip())
            if row is None:
                raise BadInput(msg("이름"), msg("등록된 직원이 아닙니다"))
            uow.staff.set_pin(row, hash_pin(pin))
            uow.journal.append(now, by.id, "staff.reset_pin", row.name, {})
            uow.commit()

    def sign_out(self, member: StaffMember) -> None:
        """Shift change: journalled, so the records show who was at the desk when."""
        with self.ctx.store.uow() as uow:
            uow.journal.append(self.ctx.clock.now(), member.id, "staff.sign_out", member.name, {})
            uow.commit()

    def create(self, name: str, role: str, pin: str, by: StaffMember | None = None) -> StaffMember:
        """The first account must be a manager (made at first start); later ones by a manager."""
        name = name.strip()
        if not name or len(name) > 50:
            raise BadInput(msg("이름"), msg("이름을 1~50자로 입력하세요"))
        if role not in ROLES:
            raise BadInput(msg("역할"), msg("역할은 {join} 중 하나입니다", join=", ".join(ROLES)))
        check_pin_shape(pin)
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            first = uow.staff.count() == 0
            if first and role != "manager":
                raise BadInput(msg("역할"), msg("첫 계정은 센터장(관리자)이어야 합니다"))
            if not first:
                require_manager(by is not None and by.is_manager, msg("직원 계정 만들기"))
            if uow.staff.by_name(name) is not None:
                raise Conflict("STAFF", msg("같은 이름의 계정이 이미 있습니다: {name}", name=name))
            row = uow.staff.add(name, role, hash_pin(pin), now)
            uow.journal.append(now, by.id if by else row.id, "staff.create", name, {"role": role})
            uow.commit()
            return StaffMember(row.id, row.name, row.role)

    def login(self, name: str, pin: str) -> StaffMember:
        now = self.ctx.clock.now()
        with self.ctx.store.uow() as uow:
            row = uow.staff.by_name(name.strip())
            if row is None or not row.active:
                raise BadInput(msg("이름"), msg("등록된 직원이 아닙니다"))
            if row.locked_until is not None and row.locked_until > now:
                raise Conflict(
                    "STAFF",
                    msg("PIN을 여러 번 틀려 {locked_until:%H:%M}까지 잠겼습니다", locked_until=row.locked_until),
                )
            if not pin_matches(pin, row.pin_hash):
                left = MAX_FAILURES - row.failed_attempts - 1
                if left <= 0:
                    uow.staff.failed(row, now + dt.timedelta(minutes=LOCK_MINUTES))
                    uow.journal.append(now, row.id, "staff.locked", row.name, {})
                    uow.commit()
                    raise Conflict(
                        "STAFF",
                        msg(
                            "PIN을 {MAX_FAILURES}번 틀려 {LOCK_MINUTES}분 동안 잠겼습니다",
                            MAX_FAILURES=MAX_FAILURES,
                            LOCK_MINUTES=LOCK_MINUTES,
                        ),
                    )
                uow.staff.failed(row, None)
                uow.commit()
                raise BadInput("PIN", msg("PIN이 맞지 않습니다 (남은 시도 {left}번)", left=left))
            uow.staff.signed_in(row)
            uow.commit()
            return StaffMember(row.id, row.name, row.role)

"""A party asking to enter for one visit, and its reading from plain data (the quote JSON)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desk_app.domain.errors import BadInput
from desk_app.domain.messages import msg
from desk_app.domain.profile import Rules

INDIVIDUAL = "individual"
GROUP = "group"
KINDS = (INDIVIDUAL, GROUP)

CHILD = "child"
GUARDIAN = "guardian"
TEACHER = "teacher"
ROLES = (CHILD, GUARDIAN, TEACHER)
ADULT_ROLE = {INDIVIDUAL: GUARDIAN, GROUP: TEACHER}
ROLE_KO = {CHILD: msg("아동"), GUARDIAN: msg("보호자"), TEACHER: msg("인솔교사")}
GROUP_LEADER = "group_leader"


@dataclass(frozen=True)
class Person:
    role: str
    birth_date: dt.date | None = None
    care: bool = False
    reduction: str | None = None
    proof: bool = False
    name: str | None = None  # RSV-2: a child is known by name and birth date at the desk


@dataclass(frozen=True)
class Party:
    visit_date: dt.date
    session: int | None
    kind: str
    kt_member: bool
    people: tuple[Person, ...]

    def children(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.role == CHILD)

    def adults(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.role != CHILD)


def yeon_age(birth: dt.date, on: dt.date) -> int:
    """연나이 (ELG-1): the visit year minus the birth year."""
    return on.year - birth.year


def full_years(birth: dt.date, on: dt.date) -> int:
    """만 나이: whole years lived on ``on`` (FEE-3 senior)."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def months_old(birth: dt.date, on: dt.date) -> int:
    """Whole months lived on ``on`` (ELG-5), counted from the birth date.

    A month is complete on the same day of the month, or on the last day of a shorter month
    (born Jan 31: one month on Feb 28)."""
    months = (on.year - birth.year) * 12 + (on.month - birth.month)
    if on.day < birth.day:
        next_day = on + dt.timedelta(days=1)
        if next_day.month == on.month:  # not the month's last day
            months -= 1
    return months


def check_people(party: Party, rules: Rules) -> None:
    """Shape checks that make an input malformed (CLI exit 2), before any rule is applied."""
    if not party.people:
        raise BadInput("people", msg("인원이 한 명도 없습니다"))
    check_year("visit_date", party.visit_date)
    for i, p in enumerate(party.people):
        field = f"people[{i}]"
        if p.birth_date is not None:
            check_year(f"{field}.birth_date", p.birth_date)
        if p.role not in ROLES:
            raise BadInput(
                f"{field}.role", msg("child, guardian, teacher 중 하나여야 합니다 (지금: {role!r})", role=p.role)
            )
        if p.role != CHILD and p.role != ADULT_ROLE[party.kind]:
            want = ADULT_ROLE[party.kind]
            raise BadInput(
                f"{field}.role",
                msg("{kind} 이용에서 성인은 {want!r}입니다 (지금: {role!r})", kind=party.kind, want=want, role=p.role),
            )
        if p.role == CHILD and p.birth_date is None:
            raise BadInput(f"{field}.birth_date", msg("아동은 생년월일이 필요합니다"))
        if p.birth_date is not None and p.birth_date > party.visit_date:
            raise BadInput(
                f"{field}.birth_date",
                msg("이용일({isoformat}) 뒤의 생년월일입니다", isoformat=party.visit_date.isoformat()),
            )
        if p.care and p.role != CHILD:
            raise BadInput(f"{field}.care", msg("놀이돌봄은 아동만 신청할 수 있습니다"))
        if p.reduction is not None:
            if rules.reduction(p.reduction) is None:
                known = ", ".join(r.id for r in rules.reductions)
                raise BadInput(
                    f"{field}.reduction",
                    msg(
                        "알 수 없는 감면 유형입니다: {reduction!r} (가능: {known})", reduction=p.reduction, known=known
                    ),
                )
            if p.reduction == GROUP_LEADER and not (party.kind == GROUP and p.role == TEACHER):
                raise BadInput(f"{field}.reduction", msg("group_leader는 단체의 인솔교사에게만 해당합니다"))
            if p.reduction == "senior" and p.birth_date is None:
                raise BadInput(f"{field}.birth_date", msg("65세 이상 감면(senior)은 생년월일이 필요합니다"))


# ----------------------------------------------------------------- reading plain data

_PARTY_KEYS = {"visit_date", "session", "kind", "kt_member", "people"}
_PERSON_KEYS = {"role", "birth_date", "care", "reduction", "proof"}


def _date(value: Any, field: str) -> dt.date:
    if not isinstance(value, str):
        raise BadInput(field, msg('날짜는 "YYYY-MM-DD" 문자열이어야 합니다 (지금: {value!r})', value=value))
    try:
        if len(value) != 10 or not value.isascii():
            raise ValueError
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise BadInput(field, msg("올바른 날짜가 아닙니다: {value!r} (예: 2025-06-10)", value=value)) from None
    check_year(field, day)
    return day


FIRST_YEAR, LAST_YEAR = 1900, 2100  # a birth date or a visit day outside these is a typo


def check_year(field: str, day: dt.date) -> None:
    """Year 1 or 9999 is a typo, not a date to compute with (issue 12)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadInput(
            field,
            msg(
                "날짜 {day:%Y-%m-%d}은(는) 쓸 수 없습니다 ({first}~{last}년 사이여야 합니다)",
                day=day,
                first=FIRST_YEAR,
                last=LAST_YEAR,
            ),
        )


def _bool(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise BadInput(field, msg("true 또는 false여야 합니다 (지금: {value!r})", value=value))
    return value


def party_from_data(data: Any) -> Party:
    """Read a party from decoded JSON (CLI.md `desk-app quote`). Unknown keys are refused."""
    if not isinstance(data, dict):
        raise BadInput("", msg("입력은 JSON 객체여야 합니다"))
    unknown = sorted(set(data) - _PARTY_KEYS)
    if unknown:
        raise BadInput(unknown[0], msg("알 수 없는 항목입니다"))
    if "visit_date" not in data:
        raise BadInput("visit_date", msg("필수 항목이 없습니다"))
    if "people" not in data:
        raise BadInput("people", msg("필수 항목이 없습니다"))
    visit = _date(data["visit_date"], "visit_date")
    session = data.get("session")
    if session is not None and (isinstance(session, bool) or not isinstance(session, int) or session < 1):
        raise BadInput("session", msg("1 이상의 회차 번호여야 합니다 (지금: {session!r})", session=session))
    kind = data.get("kind", INDIVIDUAL)
    if kind not in KINDS:
        raise BadInput("kind", msg('"individual" 또는 "group"이어야 합니다 (지금: {kind!r})', kind=kind))
    kt = _bool(data.get("kt_member", False), "kt_member")
    raw_people = data["people"]
    if not isinstance(raw_people, list):
        raise BadInput("people", msg("목록이어야 합니다"))
    people: list[Person] = []
    for i, raw in enumerate(raw_people):
        field = f"people[{i}]"
        if not isinstance(raw, dict):
            raise BadInput(field, msg("객체여야 합니다"))
        unknown = sorted(set(raw) - _PERSON_KEYS)
        if unknown:
            raise BadInput(f"{field}.{unknown[0]}", msg("알 수 없는 항목입니다"))
        if "role" not in raw:
            raise BadInput(f"{field}.role", msg("필수 항목이 없습니다"))
        birth = raw.get("birth_date")
        reduction = raw.get("reduction")
        if reduction is not None and not isinstance(reduction, str):
            raise BadInput(f"{field}.reduction", msg("감면 유형 ID 문자열이어야 합니다"))
        people.append(
            Person(
                role=raw["role"] if isinstance(raw["role"], str) else repr(raw["role"]),
                birth_date=None if birth is None else _date(birth, f"{field}.birth_date"),
                care=_bool(raw.get("care", False), f"{field}.care"),
                reduction=reduction,
                proof=_bool(raw.get("proof", False), f"{field}.proof"),
            )
        )
    return Party(visit, session, kind, kt, tuple(people))

"""The desk's shared vocabulary, said once: the Korean labels of states, sources, payment
methods, weekdays and people, and the shape of a phone number. Services, printing and screens
take their words from here (the glossary is docs/glossary.md)."""

from __future__ import annotations

import re

from desk_app.domain import calendar as cal
from desk_app.domain.errors import BadInput
from desk_app.domain.fees import GROUP_50, KT
from desk_app.domain.messages import msg
from desk_app.domain.party import ROLE_KO
from desk_app.domain.profile import Rules
from desk_app.domain.states import BOOKING_STATE_KO as BOOKING_STATE_KO  # said in states.py, for its refusals
from desk_app.domain.states import ReversalKind, Source

WEEKDAY_KO = msg("월화수목금토일")  # one syllable a day, Monday first
REVERSAL_KO = {ReversalKind.VOID: msg("결제 취소"), ReversalKind.REFUND: msg("환불")}
SOURCE_KO = {Source.PORTAL: msg("온라인"), Source.PHONE: msg("전화"), Source.WALKIN: msg("현장접수")}
SESSION_STATE_KO = {
    cal.NOT_OPEN: msg("입장 전"),
    cal.OPEN: msg("운영 중"),
    cal.WALKINS_OPEN: msg("현장접수 가능"),
    cal.TIDY_UP: msg("정리 시간"),
    cal.ENDED: msg("종료"),
}
METHOD_KO = {"card": msg("카드"), "transfer": msg("계좌이체"), "none": msg("결제 없음 (0원)")}


def person_labels(roles: list[str]) -> list[str]:
    """아동 1, 아동 2, 보호자 1 … in the party's order (no names on paper)."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for role in roles:
        seen[role] = seen.get(role, 0) + 1
        out.append(msg("{role} {n}", role=ROLE_KO.get(role, role), n=seen[role]))
    return out


def reason_label(rules: Rules, reason: str | None) -> str | None:
    """The words for a reduction's reason (FEE-2, FEE-3, FEE-4)."""
    if reason is None:
        return None
    if reason == GROUP_50:
        return msg("단체 {discount_percent}% 감면", discount_percent=rules.group.discount_percent)
    if reason == KT:
        return msg("KT 멤버십 {percent}%", percent=rules.kt.percent)
    red = rules.reduction(reason)
    return red.label if red else reason


# ------------------------------------------------------------------ phone numbers

PHONE_RE = re.compile(r"^0\d{1,2}-?\d{3,4}-?\d{4}$", re.ASCII)  # ASCII digits only: "٢" is not 2


def ascii_number(text: str) -> bool:
    """Digits 0–9 only: Python's isdigit() also takes "٢", "２" and "²" (issue 12)."""
    return bool(text) and text.isascii() and text.isdigit()


def phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def check_phone(phone: str) -> str:
    phone = phone.strip()
    if not PHONE_RE.match(phone):
        raise BadInput(msg("연락처"), msg("전화번호 형식이 아닙니다: {phone!r} (예: 010-1234-5678)", phone=phone))
    return phone


def mask_phone(phone: str) -> str:
    digits = phone_digits(phone)
    if len(digits) < 8:
        return phone
    return f"{digits[:3]}-****-{digits[-4:]}"

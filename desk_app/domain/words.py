"""The desk's shared vocabulary, said once: the Korean labels of states, sources, payment
methods, weekdays and people, and the shape of a phone number. Services, printing and screens
take their words from here (the glossary is docs/glossary.md)."""

from __future__ import annotations

import datetime as dt
import re

from desk_app.domain import calendar as cal
from desk_app.domain.errors import BadInput
from desk_app.domain.fees import GROUP_50, KT
from desk_app.domain.party import ROLE_KO
from desk_app.domain.profile import Rules
from desk_app.domain.states import BookingState, PaymentState, ReversalKind, Source, VisitState

WEEKDAY_KO = "월화수목금토일"  # one syllable a day, Monday first
WEEKDAY_NAMES_KO = cal.WEEKDAY_NAMES_KO

BOOKING_STATE_KO = {
    BookingState.BOOKED: "예약",
    BookingState.CHECKED_IN: "입장 완료",
    BookingState.CANCELLED: "취소",
    BookingState.NO_SHOW: "노쇼",
}
VISIT_STATE_KO = {
    VisitState.PAID: "결제 완료",
    VisitState.REFUSED: "입장 거절",
    VisitState.VOIDED: "결제 취소",
    VisitState.REFUNDED: "환불",
}
PAYMENT_STATE_KO = {PaymentState.TAKEN: "결제", PaymentState.VOIDED: "결제 취소", PaymentState.REFUNDED: "환불"}
REVERSAL_KO = {ReversalKind.VOID: "결제 취소", ReversalKind.REFUND: "환불"}
SOURCE_KO = {Source.PORTAL: "온라인", Source.PHONE: "전화", Source.WALKIN: "현장접수"}
SESSION_STATE_KO = {
    cal.NOT_OPEN: "입장 전",
    cal.OPEN: "운영 중",
    cal.WALKINS_OPEN: "현장접수 가능",
    cal.TIDY_UP: "정리 시간",
    cal.ENDED: "종료",
}
METHOD_KO = {"card": "카드", "transfer": "계좌이체", "none": "결제 없음 (0원)"}
KIND_KO = {"individual": "개인", "group": "단체"}


def weekday(day: dt.date) -> str:
    return WEEKDAY_KO[day.weekday()]


def session_label(no: int, start: dt.time | None = None, end: dt.time | None = None) -> str:
    if start is None or end is None:
        return f"{no}회차"
    return f"{no}회차({start:%H:%M}~{end:%H:%M})"


def person_labels(roles: list[str]) -> list[str]:
    """아동 1, 아동 2, 보호자 1 … in the party's order (no names on paper)."""
    seen: dict[str, int] = {}
    out = []
    for role in roles:
        seen[role] = seen.get(role, 0) + 1
        out.append(f"{ROLE_KO.get(role, role)} {seen[role]}")
    return out


def reason_label(rules: Rules, reason: str | None) -> str | None:
    """The words for a reduction's reason (FEE-2, FEE-3, FEE-4)."""
    if reason is None:
        return None
    if reason == GROUP_50:
        return f"단체 {rules.group.discount_percent}% 감면"
    if reason == KT:
        return f"KT 멤버십 {rules.kt.percent}%"
    red = rules.reduction(reason)
    return red.label if red else reason


# ------------------------------------------------------------------ phone numbers

PHONE_RE = re.compile(r"^0\d{1,2}-?\d{3,4}-?\d{4}$")


def phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def check_phone(phone: str) -> str:
    phone = phone.strip()
    if not PHONE_RE.match(phone):
        raise BadInput("연락처", f"전화번호 형식이 아닙니다: {phone!r} (예: 010-1234-5678)")
    return phone


def mask_phone(phone: str) -> str:
    digits = phone_digits(phone)
    if len(digits) < 8:
        return phone
    return f"{digits[:3]}-****-{digits[-4:]}"

"""The states of a booking, a visit and a payment, and every change between them.

The domain is the one owner of state: each transition here is a pure function that returns the
new state (with what the records keep about the change) or raises a typed refusal with its rule
ID. Services read the records, call a transition and hand the result to a repository; no
service sets a status itself.

    booking:  BOOKED ──check_in──▶ CHECKED_IN ──after_reversal (session not over)──▶ BOOKED
                │  ╲                    └──────reversal (session over)────▶ CANCELLED
                │   ╲─cancel / force_cancel──▶ CANCELLED
                └──session_ended──▶ NO_SHOW  (or CANCELLED when the center closed it, CAL-6,
                                              or when the party was at the desk, FEE-6)
    visit:    PAID ──void──▶ VOIDED   PAID ──refund──▶ REFUNDED   (REFUSED: ELG-6, final)
    payment:  TAKEN ──void──▶ VOIDED  TAKEN ──refund──▶ REFUNDED  (a reversal entry, FEE-6)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.errors import Conflict, NotAdmissible
from desk_app.domain.messages import msg


class BookingState(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class VisitState(StrEnum):
    PAID = "paid"
    REFUSED = "refused"  # ELG-6: turned away at the door, nothing charged
    VOIDED = "voided"  # FEE-6: the payment voided the same day; the visit ended
    REFUNDED = "refunded"  # FEE-6: the payment refunded on a later day; the visit ended


class PaymentState(StrEnum):
    TAKEN = "taken"
    VOIDED = "voided"
    REFUNDED = "refunded"


class Channel(StrEnum):
    """How a booking came to be cancelled."""

    ONLINE = "online"  # RSV-5: by the booker on the portal
    PHONE = "phone"  # RSV-5: by phone, recorded at the desk
    DESK = "desk"  # at the desk: an ELG-6 refusal, or a reversal that ended the visit (FEE-6)
    FORCED = "forced"  # by the rules: a no-show ban (RSV-6) or a center closure (CAL-6)


class Source(StrEnum):
    PORTAL = "portal"
    PHONE = "phone"
    WALKIN = "walkin"


class ReversalKind(StrEnum):
    VOID = "void"
    REFUND = "refund"


ENDED_VISITS = frozenset({VisitState.VOIDED, VisitState.REFUNDED})


@dataclass(frozen=True)
class Cancellation:
    """What a cancellation records on the booking."""

    state: BookingState
    channel: Channel
    reason: str | None
    rule: str | None = None  # the rule that forced it (RSV-6, CAL-6, ELG-6, FEE-6)


# The words the refusals below use; desk_app.domain.words re-exports them for the screens.
BOOKING_STATE_KO = {
    BookingState.BOOKED: msg("예약"),
    BookingState.CHECKED_IN: msg("입장 완료"),
    BookingState.CANCELLED: msg("취소"),
    BookingState.NO_SHOW: msg("노쇼"),
}


# ------------------------------------------------------------------ booking


def _status_ko(state: BookingState) -> str:
    return BOOKING_STATE_KO[state]


def cancel(
    state: BookingState,
    channel: Channel,
    now: dt.datetime,
    session_start: dt.datetime,
    session_end: dt.datetime,
    reason: str | None,
) -> Cancellation:
    """RSV-5: online until the session starts on the day; by phone (recorded at the desk) until
    the booked session ends on the day."""
    if state is not BookingState.BOOKED:
        raise Conflict("RSV-5", msg("{status_ko} 상태의 예약은 취소할 수 없습니다", status_ko=_status_ko(state)))
    if channel not in (Channel.ONLINE, Channel.PHONE):
        raise ValueError(channel)
    limit = session_start if channel is Channel.ONLINE else session_end
    if now >= limit:
        what = msg("온라인 취소는 회차 시작") if channel is Channel.ONLINE else msg("전화 취소는 회차 종료")
        raise NotAdmissible("RSV-5", msg("{what}({limit:%m-%d %H:%M})까지만 가능합니다", what=what, limit=limit))
    return Cancellation(BookingState.CANCELLED, channel, (reason or "").strip() or None)


def cancel_online(state: BookingState) -> Cancellation | None:
    """RSV-1: the portal's newer file says the booker cancelled. A booking already settled at
    the desk (checked in, no-show, cancelled) stays as it is: returns None."""
    if state is not BookingState.BOOKED:
        return None
    return Cancellation(BookingState.CANCELLED, Channel.ONLINE, msg("포털 취소"))


def force_cancel(state: BookingState, rule: str, reason: str) -> Cancellation:
    """RSV-6 (a no-show's other bookings inside the ban), CAL-6 (a session the center closed),
    ELG-6 (refused at the door): cancelled by force, listed for the staff to call."""
    if state is not BookingState.BOOKED:
        raise Conflict(rule, msg("{status_ko} 상태의 예약은 강제 취소할 수 없습니다", status_ko=_status_ko(state)))
    channel = Channel.DESK if rule in ("ELG-6", "FEE-6") else Channel.FORCED
    return Cancellation(BookingState.CANCELLED, channel, f"{rule} {reason}", rule)


def check_in(state: BookingState, visit_code: str | None = None) -> BookingState:
    """CHK-3: a waiting booking is checked in when its party pays. Checked in already is CHK-4;
    cancelled or no-show cannot enter."""
    if state is BookingState.CHECKED_IN:
        raise Conflict("CHK-4", msg("이미 입장 처리된 예약입니다 (입장권 {value})", value=visit_code or "-"))
    if state is BookingState.CANCELLED:
        raise NotAdmissible("RSV-5", msg("취소된 예약입니다. 입장 처리할 수 없습니다"))
    if state is BookingState.NO_SHOW:
        raise NotAdmissible("RSV-6", msg("노쇼 처리된 예약입니다. 입장 처리할 수 없습니다"))
    return BookingState.CHECKED_IN


def session_ended(
    state: BookingState, closed_by_center: str | None, visit_reversed: bool, recorded_after_end: bool = False
) -> Cancellation | None:
    """RSV-6: a booking neither cancelled nor checked in when its session ends is a no-show —
    returns None, and the 30-day ban starts — except where the center itself closed the
    session (CAL-6: the staff call, nobody is banned), where the party was at the desk and
    its payment was voided (FEE-6: they came), and where the desk only learnt of the booking
    after its session had ended (a late portal file, RSV-1: nobody could have checked it in).
    Those are cancelled instead."""
    if state is not BookingState.BOOKED:
        raise Conflict("RSV-6", msg("{status_ko} 상태의 예약은 노쇼가 될 수 없습니다", status_ko=_status_ko(state)))
    if recorded_after_end:
        return force_cancel(state, "RSV-1", msg("회차가 끝난 뒤 가져온 예약 (노쇼 아님)"))
    if closed_by_center is not None:
        return force_cancel(state, "CAL-6", closed_by_center)  # "센터 일정: …" as the calendar says it
    if visit_reversed:
        return force_cancel(state, "FEE-6", msg("결제 취소 후 다시 입장하지 않음"))
    return None


def after_reversal(
    state: BookingState, walkin: bool, session_over: bool, kind: ReversalKind
) -> BookingState | Cancellation:
    """FEE-6: a reversed payment ends the visit, so the booking stops counting as arrived.
    While its session runs, a booked party waits again (BOOKED: it may be checked in and
    charged once more); once it is over, or for a walk-in (whose booking existed only for that
    visit), the booking is cancelled at the desk."""
    if state is not BookingState.CHECKED_IN:
        raise Conflict("FEE-6", msg("{status_ko} 상태의 예약입니다 (입장 완료가 아님)", status_ko=_status_ko(state)))
    if walkin or session_over:
        what = msg("결제 취소") if kind is ReversalKind.VOID else msg("환불")
        return Cancellation(BookingState.CANCELLED, Channel.DESK, f"FEE-6 {what}", "FEE-6")
    return BookingState.BOOKED


# ------------------------------------------------------------------ visit and payment


def reverse(visit: VisitState, payment: PaymentState, same_day: bool) -> tuple[ReversalKind, VisitState]:
    """FEE-6: a whole payment is voided (the day it was taken) or refunded (a later day); its
    visit ends either way. A payment is reversed once."""
    if payment is not PaymentState.TAKEN:
        what = msg("결제 취소") if payment is PaymentState.VOIDED else msg("환불")
        raise Conflict("FEE-6", msg("이미 {what}된 결제입니다", what=what))
    if visit is not VisitState.PAID:
        raise Conflict("FEE-6", msg("결제된 입장 기록이 아닙니다"))
    if same_day:
        return ReversalKind.VOID, VisitState.VOIDED
    return ReversalKind.REFUND, VisitState.REFUNDED


@dataclass(frozen=True)
class Reentry:
    ok: bool
    message: str
    valid_until: dt.time | None = None


def reenter(
    visit: VisitState,
    payment: PaymentState,
    visit_day: dt.date,
    session_no: int,
    start: dt.time | None,
    end: dt.time | None,
    closed_reason: str | None,
    now: dt.datetime,
    removed_at: dt.datetime | None = None,
) -> Reentry:
    """CHK-4: a slip scanned again inside its session shows how long it is valid and counts
    nobody twice. A slip whose payment was voided or refunded, for another day or session, or
    for a session the center closed, is refused with the reason."""
    if visit is VisitState.VOIDED or payment is PaymentState.VOIDED:
        return Reentry(False, msg("결제가 취소된 입장권입니다 (FEE-6). 다시 입장 처리하세요."))
    if visit is VisitState.REFUNDED or payment is PaymentState.REFUNDED:
        return Reentry(False, msg("환불된 입장권입니다 (FEE-6). 입장할 수 없습니다."))
    if visit is not VisitState.PAID:
        return Reentry(False, msg("결제되지 않은 입장권입니다."))
    if visit_day != now.date():
        return Reentry(False, msg("{visit_day:%Y-%m-%d} 입장권입니다. 오늘 입장권이 아닙니다.", visit_day=visit_day))
    if removed_at is not None:  # OPS-2: removed, and the staff did not keep the entry for the day
        return Reentry(
            False, msg("{at:%H:%M}에 퇴실 조치된 입장권입니다 (OPS-2). 오늘은 다시 입장할 수 없습니다.", at=removed_at)
        )
    if closed_reason is not None:
        return Reentry(
            False,
            msg(
                "{session_no}회차는 운영하지 않습니다 ({closed_reason}) (CAL-6)",
                session_no=session_no,
                closed_reason=closed_reason,
            ),
        )
    if start is None or end is None:
        return Reentry(False, msg("{session_no}회차는 오늘 운영하지 않습니다.", session_no=session_no))
    if now < dt.datetime.combine(visit_day, start):
        return Reentry(
            False,
            msg(
                "{session_no}회차({start:%H:%M}~{end:%H:%M}) 입장권입니다. {start2:%H:%M}부터 입장할 수 있습니다.",
                session_no=session_no,
                start=start,
                end=end,
                start2=start,
            ),
        )
    if now >= dt.datetime.combine(visit_day, end):
        return Reentry(
            False,
            msg(
                "{session_no}회차({start:%H:%M}~{end:%H:%M})는 끝났습니다. 재입장할 수 없습니다.",
                session_no=session_no,
                start=start,
                end=end,
            ),
        )
    return Reentry(
        True, msg("재입장 가능 · {end:%H:%M}까지 유효 ({session_no}회차)", end=end, session_no=session_no), end
    )


def printable(visit: VisitState, payment: PaymentState, document: str) -> None:
    """CHK-3: a slip is printed only for a visit that stands; the receipt of a reversed payment
    is printed with its reversal marked (FEE-6)."""
    if visit is VisitState.REFUSED:
        raise Conflict("CHK-3", msg("입장 거절된 기록에는 입장권·영수증이 없습니다"))
    if document == "slip" and (visit in ENDED_VISITS or payment is not PaymentState.TAKEN):
        raise Conflict("FEE-6", msg("결제가 취소·환불된 방문입니다. 입장권을 인쇄하지 않습니다"))


def close_day(waiting: int, day_closed_at: dt.datetime | None, day: dt.date) -> None:
    """CLS-1/CLS-2: a day closes once, and only when no booking is still waiting."""
    if day_closed_at is not None:
        raise Conflict(
            "CLS-2",
            msg(
                "{day:%Y-%m-%d}은(는) 이미 {day_closed_at:%Y-%m-%d %H:%M}에 마감되었습니다",
                day=day,
                day_closed_at=day_closed_at,
            ),
        )
    if waiting:
        raise Conflict("CLS-1", msg("입장도 취소도 노쇼도 아닌 예약이 {waiting}건 남아 있습니다", waiting=waiting))

"""The entry slip (CHK-5) and the receipt (CHK-6), built from plain data the service reads
from the records: a reprint shows what was charged then, never a re-computation (PRF-2)."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.words import WEEKDAY_KO
from desk_app.printing.data import ReceiptData, SlipData
from desk_app.printing.roll import Roll, won


def _day(d: dt.date) -> str:
    return f"{d.year}년 {d.month}월 {d.day}일 ({WEEKDAY_KO[d.weekday()]})"


def build_slip(s: SlipData) -> bytes:
    """CHK-5: center, date, session and times, headcount, play care with pick-up time, a QR
    code of the visit code and the house rules in short."""
    r = Roll(f"입장권 {s.visit_code}")
    r.text(s.center_name, size=11, bold=True, align="center")
    r.text("입 장 권 (재발행)" if s.reprinted_at else "입 장 권", size=14, bold=True, align="center")
    if s.reprinted_at is not None:
        r.text(f"재발행 {s.reprinted_at:%Y-%m-%d %H:%M}", size=8.5, align="center")
    r.rule()
    r.pair("이용일", _day(s.day), size=9.5)
    r.pair("회차", f"{s.session_no}회차  {s.start:%H:%M} ~ {s.end:%H:%M}", size=10.5, bold=True)
    r.pair("구분", s.kind_label)
    r.pair("인원", "  ".join(f"{label} {n}명" for label, n in s.headcount if n))
    if s.care_children and s.care_pickup_at is not None:
        r.pair("놀이돌봄", f"{s.care_children}명 · {s.care_pickup_at:%H:%M}까지 인계", bold=True)
    r.space(2)
    r.qr(s.visit_code, size_mm=34)
    r.text(s.visit_code, size=10, bold=True, align="center")
    r.text(f"회차 시간 안에서 자유롭게 재입장 ({s.end:%H:%M}까지 유효)", size=8, align="center")
    r.rule(dashed=True)
    r.text("이용 안내", size=9, bold=True)
    r.text(f"· 놀이는 {s.tidy_up_at:%H:%M}에 끝나고 다 함께 정리합니다 (종료 {s.tidy_up_minutes}분 전).", size=8)
    r.text("· 아동은 미끄럼방지 양말, 보호자도 양말을 꼭 신어 주세요.", size=8)
    r.text("· 물 이외의 음식물은 반입할 수 없습니다.", size=8)
    r.text("· 아이의 안전은 보호자가 함께 지켜 주세요.", size=8)
    return r.pdf()


def build_receipt(d: ReceiptData) -> bytes:
    """CHK-6: the center's business details, receipt number and time, each line with its
    reduction and reason, the total, the payment, the staff member and "부분환불 불가"."""
    r = Roll(f"영수증 {d.receipt_no}")
    r.text(d.center_name, size=11, bold=True, align="center")
    title = "영 수 증 (재발행)" if d.reprint else "영 수 증"
    r.text(title, size=13, bold=True, align="center")
    if d.reversal:
        r.text(d.reversal, size=9.5, bold=True, align="center")
    r.rule()
    r.pair("사업자등록번호", d.business_no, size=8)
    r.pair("대표자", d.representative, size=8)
    r.text(f"주소 {d.address}", size=8)
    r.pair("전화", d.phone, size=8)
    r.rule(dashed=True)
    r.pair("영수증 번호", d.receipt_no, size=8.5)
    r.pair("일시", f"{d.issued_at:%Y-%m-%d %H:%M}", size=8.5)
    r.pair("이용", f"{d.day:%Y-%m-%d} {d.session_no}회차 ({d.visit_code})", size=8.5)
    r.rule(dashed=True)
    for line in d.lines:
        r.pair(line.label, won(line.price), size=9)
        if line.reduction:
            r.pair(f"   감면 ({line.reason_label})", f"-{won(line.reduction)}", size=8)
    r.rule()
    r.pair("합계", won(d.total), size=12, bold=True)
    r.text("부분환불 불가", size=9, bold=True, align="right")
    r.rule(dashed=True)
    r.pair("결제", d.method_label, size=9)
    if d.method_detail:
        r.pair("", d.method_detail, size=9)
    r.pair("담당", d.staff_name, size=9)
    r.space(1)
    r.text("이용해 주셔서 감사합니다.", size=8, align="center")
    return r.pdf()

"""What the entry slip and the receipt show, as plain data (no ReportLab import)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SlipData:
    center_name: str
    visit_code: str
    day: dt.date
    session_no: int
    start: dt.time
    end: dt.time
    tidy_up_at: dt.time
    headcount: tuple[tuple[str, int], ...]  # ("아동", 2), ("보호자", 1)
    care_children: int
    care_pickup_at: dt.time | None
    kind_label: str  # 개인 / 단체
    tidy_up_minutes: int = 10
    reprinted_at: dt.datetime | None = None  # a reprint says so on the slip (issue 13)


@dataclass(frozen=True)
class ReceiptLine:
    label: str  # "아동 1 입장료"
    price: int
    reduction: int
    reason_label: str | None
    charge: int


@dataclass(frozen=True)
class ReceiptData:
    center_name: str
    business_no: str
    representative: str
    address: str
    phone: str
    receipt_no: str
    issued_at: dt.datetime
    visit_code: str
    day: dt.date
    session_no: int
    lines: tuple[ReceiptLine, ...]
    total: int
    method_label: str  # 카드 / 계좌이체 / 결제 없음
    method_detail: str | None  # 승인번호 12345678 / 입금자명 김하늘
    staff_name: str
    reversal: str | None = None  # FEE-6: "취소(void) 2025-06-10 14:02 사유: ..."
    reprint: bool = False

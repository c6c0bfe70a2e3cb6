"""CHK-5 and CHK-6 on paper: the Korean text reads back (pypdf) and the QR code decodes
(pypdfium2 + zxing-cpp) to the visit code."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pypdfium2 as pdfium
import zxingcpp
from pypdf import PdfReader

from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.documents import DocumentService
from tests.conftest import DAY, adult, book, kid


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def qr_of(path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    try:
        image = pdf[0].render(scale=3).to_pil()
    finally:
        pdf.close()
    return [r.text for r in zxingcpp.read_barcodes(image)]


def paid_visit(ctx, manager, clock, **changes):
    clock.set(dt.datetime.combine(DAY, dt.time(13, 5)))
    svc = CheckinService(ctx)
    code = book(ctx, kid("2022-01-10", care=True), adult(), session=2)
    req = dataclasses.replace(svc.request_for(code), residency_doc="resident_register", **changes)
    people = (dataclasses.replace(req.people[0], reduction="single_parent", proof=True), req.people[1])
    return svc.pay(dataclasses.replace(req, people=people), PaymentIn("card", approval_no="77001234"), "k", manager.id)


def test_entry_slip_carries_chk5(ctx, manager, clock, tmp_path):
    paid = paid_visit(ctx, manager, clock)
    path = DocumentService(ctx, tmp_path).render(paid.visit_code, "slip").path
    text = text_of(path)
    for expected in (
        ctx.profile.center.name,
        "입 장 권",
        "2025년 6월 11일 (수)",
        "2회차",
        "13:00 ~ 15:00",
        "아동 1명",
        "보호자 1명",
        "놀이돌봄",
        "14:50까지 인계",
        "양말",
        "물 이외의 음식물",
        "14:50에 끝나고",
        paid.visit_code,
        "15:00까지 유효",
    ):
        assert expected in text, expected
    assert qr_of(path) == [paid.visit_code]
    assert abs(float(PdfReader(path).pages[0].mediabox.width) - 80 / 25.4 * 72) < 0.01  # 80 mm paper


def test_receipt_carries_chk6(ctx, manager, clock, tmp_path):
    paid = paid_visit(ctx, manager, clock)
    assert paid.total == 2000  # SPEC E4 at the desk
    text = text_of(DocumentService(ctx, tmp_path).render(paid.visit_code, "receipt").path)
    center = ctx.profile.center
    for expected in (
        center.name,
        center.business_no,
        center.representative,
        center.address,
        center.phone,
        paid.receipt_no,
        "2025-06-11 13:05",
        "아동 1 입장료",
        "감면 (한부모가족)",
        "-2,000원",
        "아동 1 놀이돌봄",
        "보호자 1 입장료",
        "합계",
        "2,000원",
        "부분환불 불가",
        "카드",
        "승인번호 77001234",
        manager.name,
    ):
        assert expected in text, expected
    assert not re.search(r"\d{6}-[1-4]\d{6}", text)  # ELG-4


def test_reprint_says_so_and_shows_what_was_charged_then(ctx, manager, clock, tmp_path):
    paid = paid_visit(ctx, manager, clock)
    text = text_of(DocumentService(ctx, tmp_path).render(paid.visit_code, "receipt", reprint=True).path)
    assert "재발행" in text and "2,000원" in text

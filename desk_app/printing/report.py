"""The close-out report (CLS-1) and the monthly summary for the district office, as A4 PDF
(ReportLab, the bundled Korean font) and as CSV (UTF-8 with BOM, so Korean Excel opens it)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.domain.words import WEEKDAY_KO
from desk_app.printing.fonts import BOLD, REGULAR, register_fonts


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=22, spaceAfter=4),
        "h": ParagraphStyle("h", fontName=BOLD, fontSize=11.5, leading=16, spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=REGULAR, fontSize=9.5, leading=13),
        "warn": ParagraphStyle("warn", fontName=BOLD, fontSize=10, leading=14, textColor=colors.HexColor("#c62828")),
    }


def _table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None, right_from: int = 1, left: Sequence[int] = ()
) -> Table:
    t = Table([[str(c) for c in r] for r in rows], colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
                ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("ALIGN", (right_from, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                *[("ALIGN", (c, 1), (c, -1), "LEFT") for c in left],
            ]
        )
    )
    return t


def _a4(buf: io.BytesIO, title: str, center: Any) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=title,
        author=center.name,
    )


def won(n: int) -> str:
    return f"{n:,}"


# ------------------------------------------------------------------ one day


def day_sections(r: Any) -> list[tuple[str, list[list[Any]]]]:
    """The report's tables as (title, rows with a header row): shared by the PDF and the CSV."""
    sessions = [
        [
            "회차",
            "시간",
            "예약",
            "입장(예약)",
            "현장접수",
            "노쇼",
            "취소",
            "입장 거절",
            "아동",
            "보호자",
            "인솔교사",
            "놀이돌봄",
        ]
    ]
    for s in r.sessions:
        sessions.append(
            [
                f"{s.no}회차",
                s.time,
                s.booked,
                s.arrived,
                s.walkins,
                s.no_shows,
                s.cancelled,
                s.refused,
                s.children,
                s.adults,
                s.teachers,
                s.care,
            ]
        )
    total = ["합계", ""] + [
        sum(getattr(s, f) for s in r.sessions)
        for f in (
            "booked",
            "arrived",
            "walkins",
            "no_shows",
            "cancelled",
            "refused",
            "children",
            "adults",
            "teachers",
            "care",
        )
    ]
    sessions.append(total)
    money = [["결제수단", "결제 건수", "결제 금액", "취소·환불 건수", "취소·환불 금액", "순 건수", "순 금액"]]
    for t, rv, n in zip(r.taken, r.reversed, r.net, strict=True):
        money.append([t.label, t.count, won(t.amount), rv.count, won(rv.amount), n.count, won(n.amount)])
    money.append(
        [
            "합계",
            sum(x.count for x in r.taken),
            won(r.total_taken),
            sum(x.count for x in r.reversed),
            won(r.total_reversed),
            sum(x.count for x in r.net),
            won(r.net_total),
        ]
    )
    terminal = [
        ["항목", "금액"],
        ["카드 순액 (기록)", won(r.card_net)],
        *(
            [
                ["파손 배상 카드 (따로 집계)", won(r.damage_card)],
                ["단말기에 있어야 할 합계", won(r.terminal_expected)],
            ]
            if r.damage_card
            else []
        ),
        ["카드 단말기 합계 (입력)", "-" if r.terminal_total is None else won(r.terminal_total)],
        ["차이 (단말기 - 기록)", "-" if r.difference is None else won(r.difference)],
    ]
    reductions = [["감면 사유", "인원", "감면액"]] + [[x.label, x.persons, won(x.won)] for x in r.reductions]
    reductions.append(["합계", sum(x.persons for x in r.reductions), won(sum(x.won for x in r.reductions))])
    kt = [["KT 멤버십 할인", "건수", "할인액"], ["KT 정산분", r.kt_count, won(r.kt_won)]]
    reversals = [["영수증", "구분", "결제수단", "금액", "결제일", "시각", "담당", "사유"]]
    for x in r.reversals:
        method = {"card": "카드", "transfer": "계좌이체", "none": "0원"}.get(x.method, x.method)
        reversals.append(
            [
                x.receipt_no,
                "결제 취소" if x.kind == "void" else "환불",
                method,
                won(x.amount),
                x.paid_on,
                x.at,
                x.staff,
                x.reason,
            ]
        )
    # OPS-2 (issue 14): the day's incidents, and damage money apart from admission money
    damages = r.damages
    incidents = [["경고", "퇴실 조치", "파손 기록"], [r.warnings, r.removals, len(damages)]]
    damage = [["시각", "입장권", "물품", "처리", "금액", "정산", "담당"]]
    for x in damages:
        damage.append([x.at, x.visit, x.what, x.remedy, won(x.amount), x.settled, x.staff])
    if damages:
        damage.append(["합계", "", "", "", won(sum(x.amount for x in damages)), "", ""])
    return [
        ("회차별 이용", sessions),
        ("결제", money),
        ("카드 단말기 대사", terminal),
        ("감면", reductions),
        ("KT 멤버십", kt),
        ("결제 취소·환불", reversals),
        ("안전 사고 (경고·퇴실·파손)", incidents),
        ("파손 배상 (입장료와 별도, KT 정산 제외)", damage),
    ]


def _header(r: Any, center: Any) -> str:
    state = f"마감 {r.closed_at} · {r.closed_by}" if r.closed_at else "마감 전 (미확정)"
    return f"{r.day:%Y-%m-%d} ({WEEKDAY_KO[r.day.weekday()]}) · {state}"


def day_pdf(r: Any, center: Any) -> bytes:
    st = _styles()
    buf = io.BytesIO()
    doc = _a4(buf, f"일일 정산 {r.day:%Y-%m-%d}", center)
    story: list[Any] = [
        Paragraph(f"{center.name} 일일 정산 보고서", st["title"]),
        Paragraph(_header(r, center), st["p"]),
        Paragraph(f"사업자등록번호 {center.business_no} · {center.address} · {center.phone}", st["p"]),
    ]
    if r.empty:
        story.append(Spacer(1, 8 * mm))
        story.append(Paragraph("이 날의 예약·입장·결제 기록이 없습니다.", st["h"]))
    if r.difference:
        story.append(
            Paragraph(f"카드 단말기 합계와 기록이 {won(r.difference)}원 다릅니다. 확인이 필요합니다.", st["warn"])
        )
    for title, rows in day_sections(r):
        if r.empty and title != "결제":
            continue
        story.append(Paragraph(title, st["h"]))
        if len(rows) == 1:
            story.append(Paragraph("없음", st["p"]))
            continue
        widths = None
        if title == "결제 취소·환불":
            widths = [32 * mm, 16 * mm, 16 * mm, 17 * mm, 20 * mm, 12 * mm, 20 * mm, 49 * mm]
        left = {"결제 취소": (1, 2, 4, 5, 6, 7), "파손 배상": (1, 2, 3, 5, 6)}.get(title[:5], ())  # words read left
        story.append(_table(rows, widths, right_from=2 if title == "회차별 이용" else 1, left=left))
    story.append(Spacer(1, 6 * mm))
    story.append(
        Paragraph(
            f"순 결제 합계 {won(r.net_total)}원 = 결제 {won(r.total_taken)}원 - 취소·환불 {won(r.total_reversed)}원. "
            "취소·환불은 처리한 날의 보고서에 잡힙니다.",
            st["p"],
        )
    )
    if getattr(r, "journal_head", None):  # issue 12: the head leaves the machine on paper too
        entry_id, head, signature = r.journal_head
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(f"감사 기록 머리 journal-head {entry_id} {head}", st["p"]))
        if signature:
            story.append(Paragraph(f"서명 {signature[:64]}<br/>{signature[64:]}", st["p"]))
    doc.build(story)
    return buf.getvalue()


_NUMBER = re.compile(r"-?[0-9][0-9,]*", re.ASCII)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A cell as the district's spreadsheet should read it: a number stays a number (without its
    thousands commas); text that a spreadsheet would run as a formula (starting with =, +, -, @,
    a tab or a carriage return) gets a leading apostrophe, so Excel shows it as text."""
    if not isinstance(value, str):
        return value
    if _NUMBER.fullmatch(value):
        return value.replace(",", "")
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value


def sections_csv(title: str, sections: list[tuple[str, list[list[Any]]]]) -> bytes:
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([csv_cell(title)])
    for name, rows in sections:
        w.writerow([])
        w.writerow([f"[{name}]"])
        for row in rows:
            w.writerow([csv_cell(c) for c in row])
    return out.getvalue().encode("utf-8-sig")


def head_rows(heads: list[tuple[Any, ...]]) -> list[list[Any]]:
    """Issue 12: journal heads as they leave the machine: `journal-head, id, hash, signature, day`
    (``desk-app verify-journal --anchors`` reads them back)."""
    return [["구분", "번호", "해시", "서명", "날짜"]] + [["journal-head", *h] for h in heads]


def day_csv(r: Any, center: Any) -> bytes:
    sections = day_sections(r)
    if getattr(r, "journal_head", None):
        entry_id, head, signature = r.journal_head
        sections.append(("감사 기록 머리", head_rows([(entry_id, head, signature or "", r.day.isoformat())])))
    return sections_csv(f"{center.name} 일일 정산 {_header(r, center)}", sections)


# ------------------------------------------------------------------ one month


def month_sections(m: Any) -> list[tuple[str, list[list[Any]]]]:
    visitors = [["날짜", "회차", "아동", "보호자", "인솔교사", "놀이돌봄", "현장접수", "노쇼"]]
    for v in m.visitors:
        visitors.append(
            [v.day.isoformat(), f"{v.session_no}회차", v.children, v.adults, v.teachers, v.care, v.walkins, v.no_shows]
        )
    visitors.append(
        [
            "합계",
            "",
            sum(v.children for v in m.visitors),
            sum(v.adults for v in m.visitors),
            sum(v.teachers for v in m.visitors),
            sum(v.care for v in m.visitors),
            sum(v.walkins for v in m.visitors),
            sum(v.no_shows for v in m.visitors),
        ]
    )
    reductions = [["감면 사유", "인원", "감면액"]] + [[x.label, x.persons, won(x.won)] for x in m.reductions]
    revenue = [["결제수단", "결제 건수", "결제 금액", "취소·환불 금액", "순 금액"]]
    for x in m.revenue:
        revenue.append([x.label, x.count, won(x.taken), won(x.reversed), won(x.taken - x.reversed)])
    revenue.append(
        [
            "합계",
            sum(x.count for x in m.revenue),
            won(sum(x.taken for x in m.revenue)),
            won(sum(x.reversed for x in m.revenue)),
            won(sum(x.taken - x.reversed for x in m.revenue)),
        ]
    )
    kt = [["KT 멤버십 할인", "건수", "할인액"], ["월 합계", m.kt_count, won(m.kt_won)]]
    return [("일자·회차별 이용객", visitors), ("감면", reductions), ("결제수단별 수입", revenue), ("KT 정산", kt)]


def month_pdf(m: Any, center: Any) -> bytes:
    st = _styles()
    buf = io.BytesIO()
    doc = _a4(buf, f"월간 운영 보고 {m.year}-{m.month:02d}", center)
    story: list[Any] = [
        Paragraph(f"{center.name} 월간 운영 보고 ({m.year}년 {m.month}월)", st["title"]),
        Paragraph(f"운영일 {m.open_days}일 · 마감된 날 {m.closed_days}일 · 구청 제출용", st["p"]),
    ]
    if not m.visitors and not m.revenue_total:
        story.append(Paragraph("이 달의 기록이 없습니다.", st["h"]))
    for title, rows in month_sections(m):
        story.append(Paragraph(title, st["h"]))
        story.append(
            _table(rows, right_from=2 if title.startswith("일자") else 1)
            if len(rows) > 1
            else Paragraph("없음", st["p"])
        )
    doc.build(story)
    return buf.getvalue()


def month_csv(m: Any, center: Any) -> bytes:
    sections = month_sections(m)
    if getattr(m, "journal_heads", ()):  # issue 12: every close's head, for the district to keep
        sections.append(("감사 기록 머리", head_rows(list(m.journal_heads))))
    return sections_csv(f"{center.name} 월간 운영 보고 {m.year}-{m.month:02d}", sections)


# ------------------------------------------------------------------ lost and found (OPS-1)


def lost_found_pdf(items: Sequence[Any], center: Any, today: Any) -> bytes:
    """OPS-1 on A4: what is due for disposal today (to be signed off), then what is still held."""
    from xml.sax.saxutils import escape

    st = _styles()
    buf = io.BytesIO()
    doc = _a4(buf, f"분실물 {today:%Y-%m-%d}", center)
    story: list[Any] = [
        Paragraph(f"{escape(center.name)} 분실물 목록", st["title"]),
        Paragraph(
            f"{today:%Y-%m-%d} ({WEEKDAY_KO[today.weekday()]}) 기준 · 발견일로부터 보관 후 폐기 (OPS-1)", st["p"]
        ),
    ]
    header = ["번호", "발견", "물건", "장소", "회차", "연락처", "폐기일"]
    widths = [12 * mm, 26 * mm, 42 * mm, 34 * mm, 12 * mm, 30 * mm, 26 * mm]

    def rows(chosen: Sequence[Any]) -> list[list[Any]]:
        return [header] + [
            [
                i.id,
                f"{i.found_at:%m-%d %H:%M}",
                i.what,
                i.place,
                f"{i.session_no}회차" if i.session_no else "-",
                i.contact or "-",
                f"{i.due_on:%Y-%m-%d}",
            ]
            for i in chosen
        ]

    due = [i for i in items if i.due(today)]
    held = [i for i in items if i.state == "held" and not i.due(today)]
    for title, chosen in ((f"오늘 폐기할 물건 ({len(due)}건)", due), (f"보관 중 ({len(held)}건)", held)):
        story.append(Paragraph(title, st["h"]))
        if not chosen:
            story.append(Paragraph("없음", st["p"]))
            continue
        story.append(_table(rows(chosen), widths, right_from=7, left=(1, 2, 3, 4, 5, 6)))
    if due:
        story.append(Spacer(1, 10 * mm))
        story.append(Paragraph("폐기 확인: ____________________ (서명)      일시: ____________________", st["p"]))
    doc.build(story)
    return buf.getvalue()

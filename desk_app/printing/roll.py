"""A tiny layout engine for 80 mm receipt-roll documents: rows of text, rules and a QR code,
measured first so the page is exactly as tall as its content."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.fonts import BOLD, REGULAR, register_fonts

PAPER_WIDTH = 80 * mm
MARGIN = 4 * mm
CONTENT = PAPER_WIDTH - 2 * MARGIN


@dataclass
class _Row:
    kind: str  # text | pair | rule | qr | space
    left: str = ""
    right: str = ""
    size: float = 9
    bold: bool = False
    align: str = "left"
    height: float = 0


@dataclass
class Roll:
    """Rows added top to bottom; ``pdf()`` lays them out on one 80 mm wide page."""

    title: str
    rows: list[_Row] = field(default_factory=list)

    def text(self, text: str, size: float = 9, bold: bool = False, align: str = "left") -> None:
        for line in _wrap(text, BOLD if bold else REGULAR, size, CONTENT):
            self.rows.append(_Row("text", line, size=size, bold=bold, align=align, height=size * 1.45))

    def pair(self, left: str, right: str, size: float = 9, bold: bool = False) -> None:
        self.rows.append(_Row("pair", left, right, size=size, bold=bold, height=size * 1.45))

    def rule(self, dashed: bool = False) -> None:
        self.rows.append(_Row("rule", "dashed" if dashed else "", height=3 * mm))

    def space(self, height_mm: float = 2) -> None:
        self.rows.append(_Row("space", height=height_mm * mm))

    def qr(self, value: str, size_mm: float = 36) -> None:
        self.rows.append(_Row("qr", value, height=size_mm * mm))

    def pdf(self) -> bytes:
        register_fonts()
        height = sum(r.height for r in self.rows) + 2 * MARGIN
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=(PAPER_WIDTH, height), pageCompression=1)
        c.setTitle(self.title)
        c.setAuthor("desk-app")
        y = height - MARGIN
        for r in self.rows:
            y -= r.height
            font = BOLD if r.bold else REGULAR
            base = y + r.height * 0.28
            if r.kind == "text":
                c.setFont(font, r.size)
                if r.align == "center":
                    c.drawCentredString(PAPER_WIDTH / 2, base, r.left)
                elif r.align == "right":
                    c.drawRightString(PAPER_WIDTH - MARGIN, base, r.left)
                else:
                    c.drawString(MARGIN, base, r.left)
            elif r.kind == "pair":
                c.setFont(font, r.size)
                c.drawString(MARGIN, base, r.left)
                c.drawRightString(PAPER_WIDTH - MARGIN, base, r.right)
            elif r.kind == "rule":
                c.setLineWidth(0.6)
                c.setDash(2, 2) if r.left == "dashed" else c.setDash()
                c.line(MARGIN, y + r.height / 2, PAPER_WIDTH - MARGIN, y + r.height / 2)
                c.setDash()
            elif r.kind == "qr":
                widget = QrCodeWidget(r.left, barLevel="M")
                x0, y0, x1, y1 = widget.getBounds()
                side = r.height
                d = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
                d.add(widget)
                renderPDF.draw(d, c, (PAPER_WIDTH - side) / 2, y)
        c.showPage()
        c.save()
        return buf.getvalue()


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap by words, and inside a word when a Korean run is longer than the line."""
    register_fonts()
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        for ch in word:
            if stringWidth(current + ch, font, size) > width:
                lines.append(current)
                current = ch
            else:
                current += ch
    lines.append(current)
    return lines


def won(amount: int) -> str:
    return f"{amount:,}원"

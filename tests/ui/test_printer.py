"""Printing through Qt's print system (QtPdf onto a QPrinter). Without CUPS there is no printer,
so the QPrinter writes a PDF file: the real render path, checked page size and content."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desk_app.printing.data import SlipData
from desk_app.printing.documents import build_slip
from ui.printer import SAVE_AS_PDF, print_pdf, render_to


def slip(tmp_path):
    path = tmp_path / "slip.pdf"
    path.write_bytes(
        build_slip(
            SlipData(
                "센터",
                "V250611-ABCDE",
                dt.date(2025, 6, 11),
                1,
                dt.time(10),
                dt.time(12),
                dt.time(11, 50),
                (("아동", 1), ("보호자", 1)),
                0,
                None,
                "개인",
            )
        )
    )
    return path


def test_render_to_a_qprinter_keeps_the_80mm_page(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    outcome = render_to(printer, slip(tmp_path), "ok")
    assert outcome.ok
    page = PdfReader(tmp_path / "printed.pdf").pages[0]
    assert abs(float(page.mediabox.width) / 72 * 25.4 - 80) < 1


def test_no_printer_saves_as_pdf_and_a_missing_printer_fails_calmly(qapp, tmp_path):
    path = slip(tmp_path)
    assert print_pdf(path, SAVE_AS_PDF).ok
    outcome = print_pdf(path, "없는 프린터")
    assert not outcome.ok and "찾을 수 없습니다" in outcome.message

"""Sending our PDFs to the printer chosen in settings, through Qt's print system (QtPdf renders
each page onto a QPrinter). With no printer chosen or none installed, the PDF saved in the
output folder is the printout ("PDF로 저장")."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSettings, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("printer", text)


SAVE_AS_PDF = ""


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    message: str
    saved: Path | None = None  # "PDF로 저장": the file, for "PDF 열기"


def available_printers() -> list[str]:
    return [p.printerName() for p in QPrinterInfo.availablePrinters()]


def chosen_printer() -> str:
    return str(QSettings().value("printing/printer", SAVE_AS_PDF) or SAVE_AS_PDF)


def choose_printer(name: str) -> None:
    QSettings().setValue("printing/printer", name)


def print_pdf(path: Path, printer_name: str | None = None) -> PrintOutcome:
    """Print every page of ``path`` at its own size with no margins. Never raises."""
    name = chosen_printer() if printer_name is None else printer_name
    if name == SAVE_AS_PDF:
        return PrintOutcome(True, _t("PDF로 저장했습니다: {0}").format(path), saved=path)
    if name not in available_printers():
        return PrintOutcome(False, _t("프린터를 찾을 수 없습니다: {0}").format(name))
    try:
        printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
        return render_to(printer, path, _t("{0}(으)로 인쇄했습니다").format(name))
    except Exception as e:  # noqa: BLE001 - a printer problem must never undo a payment
        log.exception("printing %s failed", path)
        return PrintOutcome(False, _t("인쇄 실패: {0}").format(e))


def render_to(printer: QPrinter, path: Path, done: str) -> PrintOutcome:
    """Render each page of the PDF at its own size, no margins, onto ``printer``."""
    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_:
            return PrintOutcome(False, _t("PDF를 열 수 없습니다: {0}").format(path.name))
        first = doc.pagePointSize(0)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        printer.setFullPage(True)
        printer.setDocName(path.stem)
        painter = QPainter()
        if not painter.begin(printer):
            return PrintOutcome(
                False, _t("프린터를 시작할 수 없습니다: {0}").format(printer.printerName() or path.name)
            )
        try:
            for page in range(doc.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                painter.drawImage(rect, doc.render(page, rect.size()))
        finally:
            painter.end()
        return PrintOutcome(True, done)
    finally:
        doc.close()

"""Closing the day (CLS-1, CLS-2) and voids and refunds (FEE-6), for the manager."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.services.closeout import CloseoutService, DayReport, ReversalService
from desk_app.services.context import DeskContext
from desk_app.services.staff import StaffMember
from ui.booking_dialogs import GREEN, RED, _fill, _table, ask_manager
from ui.errors import message_for
from ui.workers import run_op

log = logging.getLogger(__name__)


class CloseoutDialog(QDialog):
    """The day's report from the records; the card terminal's own total typed in and compared;
    closing locks the day. PDF and CSV for the district office."""

    def __init__(self, ctx: DeskContext, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("일일 정산·마감"))
        self.resize(1000, 760)
        self.ctx = ctx
        self.staff = staff
        self.service = CloseoutService(ctx)
        self.report: DayReport | None = None
        today = ctx.clock.now().date()
        top = QHBoxLayout()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(self.load)
        top.addWidget(QLabel(self.tr("정산일")))
        top.addWidget(self.day)
        top.addStretch(1)
        self.pdf_button = QPushButton(self.tr("PDF 저장…"))
        self.csv_button = QPushButton(self.tr("CSV 저장…"))
        self.pdf_button.clicked.connect(lambda: self._save("pdf"))
        self.csv_button.clicked.connect(lambda: self._save("csv"))
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        self.state = QLabel()
        self.state.setObjectName("closeState")
        self.state.setWordWrap(True)
        self.sections = QWidget()
        self.sections_layout = QVBoxLayout(self.sections)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections)
        form = QFormLayout()
        self.terminal = QLineEdit(placeholderText=self.tr("카드 단말기의 오늘 합계 (예: 125000)"))
        self.close_button = QPushButton(self.tr("마감 (관리자)"))
        self.close_button.clicked.connect(self.close_day)
        row = QHBoxLayout()
        row.addWidget(self.terminal, 1)
        row.addWidget(self.close_button)
        form.addRow(self.tr("카드 단말기 합계"), row)
        self.message = QLabel()
        self.message.setObjectName("closeMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.load()

    def load(self) -> None:
        from desk_app.printing.report import day_sections

        self.report = self.service.report(self.day.date().toPython())
        r = self.report
        while self.sections_layout.count():
            item = self.sections_layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # not painted again while it waits to be deleted
                item.widget().deleteLater()
        self.tables = {}
        if r.empty:
            self.sections_layout.addWidget(QLabel(self.tr("이 날의 예약·입장·결제 기록이 없습니다.")))
        for title, rows in day_sections(r):
            self.sections_layout.addWidget(QLabel(f"<b>{title}</b>"))
            table = _table([str(h) for h in rows[0]])
            _fill(table, [[str(c) for c in row] for row in rows[1:]])
            for row_no in range(table.rowCount()):
                table.setRowHeight(row_no, 24)
                for c in range(1, table.columnCount()):
                    item = table.item(row_no, c)
                    if item is not None and item.text().replace(",", "").lstrip("-").isdigit():
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.setFixedHeight(
                table.horizontalHeader().sizeHint().height()
                + 24 * max(table.rowCount(), 1)
                + 2 * table.frameWidth()
                + 16
            )
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.tables[title] = table
            self.sections_layout.addWidget(table)
        # the scroll area must not squeeze the fixed-height tables into each other
        needed = sum(t.height() + 34 for t in self.tables.values()) + 40
        self.sections.setMinimumHeight(needed)
        closed = r.closed_at is not None
        if closed:
            diff = "" if r.difference is None else self.tr(" · 단말기 차이 {0}원").format(f"{r.difference:,}")
            self.state.setText(
                self.tr("마감됨: {0} · {1}{2} — 이 날의 기록은 바꿀 수 없습니다 (CLS-2)").format(
                    r.closed_at, r.closed_by, diff
                )
            )
            self.state.setStyleSheet(GREEN)
        else:
            self.state.setText(
                self.tr("마감 전 · 순 결제 {0}원 (카드 {1}원)").format(f"{r.net_total:,}", f"{r.card_net:,}")
            )
            self.state.setStyleSheet("")
        self.terminal.setEnabled(not closed)
        self.close_button.setEnabled(not closed)

    def close_day(self) -> None:
        manager = ask_manager(self, self.ctx, self.staff)
        try:
            self.report = self.service.close(
                self.day.date().toPython(), self.terminal.text().strip() or None, manager, backup=False
            )
        except DeskError as e:
            self.message.setText(message_for(e))
            self.message.setStyleSheet(RED)
            return
        r = self.report
        day = r.day
        run_op(
            lambda: self.service.backup_closed(day),
            lambda _: None,
            lambda e: log.error("backup after close failed", exc_info=e),
        )
        if r.difference:
            self.message.setText(
                self.tr("마감했습니다. 카드 단말기와 {0}원 차이가 있어 기록해 두었습니다.").format(f"{r.difference:,}")
            )
            self.message.setStyleSheet(RED)
        else:
            self.message.setText(self.tr("마감했습니다."))
            self.message.setStyleSheet(GREEN)
        self.load()

    def _save(self, kind: str) -> None:
        day = self.day.date().toPython()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("저장"), f"정산-{day:%Y%m%d}.{kind}", f"*.{kind}")
        if name:
            self.save(kind, Path(name))

    def save(self, kind: str, path: Path) -> None:
        from desk_app.printing.report import day_csv, day_pdf

        assert self.report is not None
        center = self.ctx.profile.center
        try:
            path.write_bytes(day_pdf(self.report, center) if kind == "pdf" else day_csv(self.report, center))
        except OSError as e:
            self.message.setText(self.tr("저장하지 못했습니다: {0}").format(e.strerror))
            self.message.setStyleSheet(RED)
            return
        self.message.setText(self.tr("저장했습니다: {0}").format(str(path)))
        self.message.setStyleSheet(GREEN)


class ReversalDialog(QDialog):
    """FEE-6: a whole payment voided (same day) or refunded (later), by a manager, with a reason."""

    def __init__(
        self, ctx: DeskContext, staff: StaffMember, receipt_no: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("결제 취소·환불"))
        self.ctx = ctx
        self.staff = staff
        self.done_code: str | None = None
        form = QFormLayout(self)
        self.receipt = QLineEdit(receipt_no)
        self.receipt.setPlaceholderText("R20250611-0001")
        self.reason = QLineEdit(placeholderText=self.tr("예: 직원 착오, 센터 사정으로 휴관 (부분환불은 없습니다)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        go = QPushButton(self.tr("전액 취소·환불 (관리자)"))
        go.clicked.connect(self.reverse)
        form.addRow(self.tr("영수증 번호"), self.receipt)
        form.addRow(self.tr("사유"), self.reason)
        form.addRow(go)
        form.addRow(self.message)

    def reverse(self) -> None:
        manager = ask_manager(self, self.ctx, self.staff)
        try:
            done = ReversalService(self.ctx).reverse(self.receipt.text(), self.reason.text(), manager)
        except DeskError as e:
            self.message.setText(message_for(e))
            self.message.setStyleSheet(RED)
            return
        self.done_code = done.visit_code
        kind = self.tr("결제 취소") if done.kind == "void" else self.tr("환불")
        self.message.setText(
            self.tr("{0} 처리했습니다: {1} · {2}원 — 취소 영수증을 인쇄합니다").format(
                kind, done.receipt_no, f"{done.amount:,}"
            )
        )
        self.message.setStyleSheet(GREEN)

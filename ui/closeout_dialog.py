"""Closing the day (CLS-1, CLS-2) and voids and refunds (FEE-6), for the manager."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.messages import Msg
from desk_app.domain.words import METHOD_KO
from desk_app.services.closeout import CloseoutService, DayReport, ReversalPreview, ReversalService, check_reason
from desk_app.services.context import DeskContext
from desk_app.services.staff import StaffMember
from ui.booking_dialogs import GREEN, RED, _fill, _table, ask_manager
from ui.errors import message_for
from ui.screen import fit
from ui.words import say
from ui.workers import run_op

log = logging.getLogger(__name__)


def report_words(value: object) -> str:
    """The A4 report's words on the screen, in the staff's language (the PDF stays Korean, for
    the district office)."""
    if isinstance(value, Msg):
        return say(value)
    if isinstance(value, str):
        session = re.fullmatch(r"(\d+)회차", value)
        if session:
            return QCoreApplication.translate("words", "{0}회차").format(session.group(1))
        return QCoreApplication.translate("report", value)
    return str(value)


class CloseoutDialog(QDialog):
    """The day's report from the records; the card terminal's own total typed in and compared;
    closing locks the day. PDF and CSV for the district office."""

    def __init__(self, ctx: DeskContext, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("일일 정산·마감"))
        fit(self, 1000, 690)
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
        self.open_button = QPushButton(self.tr("열기"))
        self.open_button.setObjectName("openSaved")
        self.open_button.setToolTip(self.tr("방금 저장한 파일을 엽니다"))
        self.open_button.hide()
        self.saved: Path | None = None
        self.open_button.clicked.connect(self.open_saved)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        top.addWidget(self.open_button)
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
            self.sections_layout.addWidget(QLabel(f"<b>{report_words(title)}</b>"))
            table = _table([report_words(h) for h in rows[0]])
            _fill(table, [[report_words(c) for c in row] for row in rows[1:]])
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
                self.tr("마감됨: {0} · {1}{2} — 이 날의 기록은 바꿀 수 없습니다").format(r.closed_at, r.closed_by, diff)
            )
            self.state.setStyleSheet(GREEN)
        else:
            text = self.tr("마감 전 · 순 결제 {0}원 (카드 {1}원)").format(f"{r.net_total:,}", f"{r.card_net:,}")
            if r.damage_card:  # OPS-2: taken on the same terminal, counted apart
                text += self.tr(" · 파손 배상 카드 {0}원 별도 — 단말기 합계는 {1}원이어야 합니다").format(
                    f"{r.damage_card:,}", f"{r.terminal_expected:,}"
                )
            self.state.setText(text)
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
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("저장"), self.tr("정산-{0}.{1}").format(f"{day:%Y%m%d}", kind), f"*.{kind}"
        )
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
        self.saved = path
        self.open_button.show()

    def open_saved(self) -> None:
        from ui.preview import open_pdf

        if self.saved is not None:
            open_pdf(self.saved)


class ReversalDialog(QDialog):
    """FEE-6: a whole payment voided (same day) or refunded (later), by a manager, with a reason.
    Safe by design (issue 13): the receipt is looked up first and the family, session, amount,
    method and approval number are shown; the reason is asked before the PIN; the button needs an
    explicit tick, and Enter alone never fires it."""

    def __init__(
        self, ctx: DeskContext, staff: StaffMember, receipt_no: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("결제 취소·환불"))
        self.setMinimumWidth(520)
        self.ctx = ctx
        self.staff = staff
        self.service = ReversalService(ctx)
        self.found: ReversalPreview | None = None
        self.done_code: str | None = None
        form = QFormLayout(self)
        self.receipt = QLineEdit(receipt_no)
        self.receipt.setObjectName("receiptNo")
        self.receipt.setMaxLength(30)
        self.receipt.setPlaceholderText("R20250611-0001")
        self.lookup_button = QPushButton(self.tr("조회"))
        self.lookup_button.setObjectName("lookup")
        self.lookup_button.clicked.connect(self.lookup)
        self.receipt.returnPressed.connect(self.lookup)  # Enter in the receipt field only looks it up
        self.receipt.textEdited.connect(self._forget)
        row = QHBoxLayout()
        row.addWidget(self.receipt, 1)
        row.addWidget(self.lookup_button)
        self.details = QLabel()
        self.details.setObjectName("reversalDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.reason = QLineEdit(placeholderText=self.tr("예: 직원 착오, 센터 사정으로 휴관 (부분환불은 없습니다)"))
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(200)
        self.reason.textChanged.connect(self._update)
        self.confirm = QCheckBox(self.tr("위 가족·금액이 맞습니다. 전액을 취소·환불합니다."))
        self.confirm.setObjectName("confirm")
        self.confirm.toggled.connect(self._update)
        self.go = QPushButton(self.tr("전액 취소·환불 (관리자)"))
        self.go.setObjectName("reverse")
        self.go.clicked.connect(self.reverse)
        for b in (self.lookup_button, self.go):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.message = QLabel()
        self.message.setObjectName("reversalMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        form.addRow(self.tr("영수증 번호"), row)
        form.addRow(self.details)
        form.addRow(self.tr("사유"), self.reason)
        form.addRow(self.confirm)
        form.addRow(self.go)
        form.addRow(self.message)
        self._update()
        if receipt_no:
            self.lookup()

    def _forget(self) -> None:
        self.found = None
        self.details.clear()
        self.confirm.setChecked(False)
        self._update()

    def _update(self) -> None:
        ready = self.found is not None and self.found.reversed_at is None
        self.confirm.setEnabled(ready)
        self.go.setEnabled(ready and self.confirm.isChecked() and bool(self.reason.text().strip()))

    def lookup(self) -> None:
        self.confirm.setChecked(False)
        try:
            found = self.service.lookup(self.receipt.text())
        except DeskError as e:
            self.found = None
            self.details.clear()
            self._say(message_for(e), RED)
            self._update()
            return
        self.found = found
        how = say(METHOD_KO.get(found.method, found.method))
        if found.approval_no:
            how += self.tr(" · 승인번호 {0}").format(found.approval_no)
        if found.sender:
            how += self.tr(" · 입금자 {0}").format(found.sender)
        kind = self.tr("결제 취소 (당일)") if found.kind == "void" else self.tr("환불 (지난 날짜)")
        session = self.tr("{0}회차").format(found.session_no)
        amount = self.tr("{0}원").format(f"{found.amount:,}")
        rows = [
            (self.tr("예약자"), f"<b>{found.booker_name or '-'}</b>"),
            (self.tr("이용일·회차"), f"{found.day:%Y-%m-%d} {session} · {found.visit_code}"),
            (self.tr("금액"), f"<b style='font-size:14pt'>{amount}</b>"),
            (self.tr("결제"), how),
            (self.tr("처리"), kind),
        ]
        self.details.setText(
            "<table cellpadding='2'>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        )
        if found.reversed_at is not None:
            self._say(self.tr("이미 {0}에 취소·환불된 결제입니다.").format(f"{found.reversed_at:%Y-%m-%d %H:%M}"), RED)
        else:
            self._say(self.tr("가족과 금액을 확인하고, 사유를 적고, 확인란에 체크하세요."), "")
            self.reason.setFocus()
        self._update()

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def reverse(self) -> None:
        if self.found is None or not self.confirm.isChecked():
            return
        try:
            check_reason(self.reason.text())  # the reason before the PIN
        except DeskError as e:
            self._say(message_for(e), RED)
            return
        manager = ask_manager(self, self.ctx, self.staff, self.tr("결제 취소·환불"))
        if manager is None:
            return
        try:
            done = self.service.reverse(self.found.receipt_no, self.reason.text(), manager)
        except DeskError as e:
            self._say(message_for(e), RED)
            return
        self.done_code = done.visit_code
        self.go.setEnabled(False)
        self.confirm.setEnabled(False)
        kind = self.tr("결제 취소") if done.kind == "void" else self.tr("환불")
        self._say(
            self.tr("{0} 처리했습니다: {1} · {2}원 — 취소 영수증을 인쇄합니다").format(
                kind, done.receipt_no, f"{done.amount:,}"
            ),
            GREEN,
        )

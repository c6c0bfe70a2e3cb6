"""The desk window: today's board, one scan-and-search field that keeps focus for the USB
scanner, the check-in panel, and today's list with reprints (CHK-1 to CHK-4, RSV-4)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.bootstrap import Desk
from desk_app.domain import calendar as cal
from desk_app.domain.errors import DeskError
from desk_app.domain.words import METHOD_KO, WEEKDAY_KO
from desk_app.services.data import BookingView, PaidVisit, SessionBoard
from desk_app.services.documents import DocumentService
from desk_app.services.staff import StaffMember
from ui.checkin_panel import CheckinPanel
from ui.errors import message_for
from ui.workers import run_op

log = logging.getLogger(__name__)


def print_pdf(path):  # type: ignore[no-untyped-def]
    """QtPdf and QtPrintSupport load at the first print, not at start-up."""
    from ui.printer import print_pdf as send

    return send(path)


GOOD = "color: #1b5e20; font-weight: bold;"
BAD = "color: #c62828; font-weight: bold;"
PLAIN = "color: #333;"


class SessionCard(QFrame):
    def __init__(self, row: SessionBoard, on_walkin: Callable[[int], None]) -> None:
        super().__init__()
        self.setObjectName(f"session{row.no}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        active = row.state in (cal.OPEN, cal.WALKINS_OPEN, cal.TIDY_UP)
        background = "#e8f5e9" if active else "#f5f5f5"
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {background}; border-radius: 6px; }}")
        layout = QVBoxLayout(self)
        audience = self.tr("단체·개인 공용") if row.audience == cal.SHARED else self.tr("개인")
        title = QLabel(f"<b style='font-size:13pt'>{row.no}회차</b> {row.start:%H:%M}~{row.end:%H:%M} · {audience}")
        state = QLabel(f"<b>{row.state_label}</b>")
        left_style = "color:#c62828" if row.left <= 0 else "color:#1b5e20"
        counts = QLabel(
            f"정원 {row.capacity} · 예약 {row.booked} · 입장 {row.arrived} · "
            f"<b style='{left_style}'>남은 자리 {row.left}</b> · 놀이돌봄 {row.care_taken}"
        )
        counts.setObjectName("counts")
        self.walkin = QPushButton(
            self.tr("현장접수") + (f" ({row.walkin_opens:%H:%M}부터)" if row.state in (cal.NOT_OPEN, cal.OPEN) else "")
        )
        self.walkin.setObjectName(f"walkin{row.no}")
        self.walkin.setEnabled(row.state != cal.ENDED)
        self.walkin.clicked.connect(lambda: on_walkin(row.no))
        for w in (title, state, counts, self.walkin):
            layout.addWidget(w)


class SettingsDialog(QDialog):
    """The printer for slips and receipts; "PDF로 저장" when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from ui.printer import available_printers, chosen_printer

        super().__init__(parent)
        self.setWindowTitle(self.tr("설정"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("영수증·입장권 프린터")))
        self.printers = QComboBox()
        self.printers.addItem(self.tr("프린터 없음 — PDF로 저장"), "")
        for name in available_printers():
            self.printers.addItem(name, name)
        index = self.printers.findData(chosen_printer())
        self.printers.setCurrentIndex(max(index, 0))
        layout.addWidget(self.printers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from ui.printer import choose_printer

        choose_printer(self.printers.currentData() or "")
        super().accept()


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, staff: StaffMember, demo: bool = False, docs: DocumentService | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.ctx = ctx = desk.ctx
        self.staff = staff
        self.demo = demo
        self.service = desk.checkin
        self.docs = docs or desk.documents
        self.last_paid: PaidVisit | None = None
        center = ctx.profile.center.name
        self.setWindowTitle(f"{center} — 안내데스크" + (" [데모]" if demo else ""))
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()
        self.show_expected()
        self.warn_unprinted()
        self.scan.setFocus()
        # after the board is up: load the printing stack so the first payment prints at once
        QTimer.singleShot(
            300, lambda: run_op(self.docs.warm_up, lambda _: None, lambda e: log.error("warm-up failed", exc_info=e))
        )

    def warn_unprinted(self) -> None:
        """After a crash or a printer fault: paid visits whose documents did not print."""
        left = self.docs.unprinted(self.ctx.clock.now().date())
        if left:
            visits = sorted({code for code, _ in left})
            self.show_message(
                self.tr(
                    "인쇄되지 않은 입장권·영수증이 있습니다 ({0}건): {1} — [오늘 입장 목록]에서 재발행하세요."
                ).format(len(visits), ", ".join(visits[:5])),
                BAD,
            )

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        root = QWidget()
        outer = QVBoxLayout(root)
        top = QHBoxLayout()
        self.title = QLabel(
            f"<b style='font-size:15pt'>{self.ctx.profile.center.name}</b>"
            + (" <span style='color:#c62828'>[데모]</span>" if self.demo else "")
        )
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        self.staff_label = QLabel(self.tr("담당: {0}").format(self.staff.name))
        settings = QPushButton(self.tr("설정"))
        settings.clicked.connect(lambda: SettingsDialog(self).exec())
        self.kiosk_button = QPushButton(self.tr("전체화면 (F11)"))
        self.kiosk_button.clicked.connect(self.toggle_kiosk)
        top.addWidget(self.title)
        actions = QHBoxLayout()
        for label, name, slot in (
            (self.tr("예약 가져오기"), "importButton", self.open_import),
            (self.tr("단체 예약"), "groupButton", self.open_group),
            (self.tr("노쇼·제한"), "noShowButton", self.open_no_shows),
            (self.tr("휴관 지정"), "closureButton", self.open_closures),
            (self.tr("취소·환불"), "reversalButton", lambda: self.open_reversal("")),
            (self.tr("정산·마감"), "closeoutButton", self.open_closeout),
            (self.tr("직원"), "staffButton", self.open_staff),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        top.addStretch(1)
        for w in (self.clock_label, self.staff_label, settings, self.kiosk_button):
            top.addWidget(w)
        outer.addLayout(top)
        outer.addLayout(actions)

        split = QSplitter()
        board_box = QWidget()
        self.board_layout = QVBoxLayout(board_box)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        self.board_layout.addWidget(self.day_label)
        self.cards = QVBoxLayout()
        self.board_layout.addLayout(self.cards)
        self.board_layout.addStretch(1)
        board_box.setMinimumWidth(330)
        split.addWidget(board_box)

        center = QWidget()
        cl = QVBoxLayout(center)
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("바코드 스캔 · 예약코드 · 전화번호 뒤 4자리 · 이름  (Enter)"))
        self.scan.setStyleSheet("font-size: 15pt; padding: 6px;")
        self.scan.returnPressed.connect(self.on_scan)
        cl.addWidget(self.scan)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 12pt;")
        cl.addWidget(self.message)

        self.tabs = QTabWidget()
        self.stack = QStackedWidget()
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results.itemActivated.connect(self._open_item)
        self.panel = CheckinPanel(self.ctx, lambda: self.staff.id)
        self.panel.paid.connect(self.on_paid)
        self.panel.closed.connect(self.back_to_scan)
        self.panel.refused.connect(self._refused)
        self.panel.cancel_requested.connect(self.cancel_current)
        self.done_page = self._build_done_page()
        for page in (self.results, self.panel, self.done_page):
            self.stack.addWidget(page)
        self.tabs.addTab(self.stack, self.tr("입장 처리"))
        self.today = QTableWidget(0, 10)
        self.today.setObjectName("today")
        self.today.setHorizontalHeaderLabels(
            [self.tr(h) for h in ("입장권", "회차", "예약자", "인원", "합계", "결제", "인쇄", "", "", "놀이돌봄")]
        )
        self.today.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.today.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.today.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.today.verticalHeader().setVisible(False)
        self.tabs.addTab(self.today, self.tr("오늘 입장 목록"))
        cl.addWidget(self.tabs, 1)
        split.addWidget(center)
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)
        self.setCentralWidget(root)

        kiosk = QAction(self)
        kiosk.setShortcut(QKeySequence(Qt.Key.Key_F11))
        kiosk.triggered.connect(self.toggle_kiosk)
        self.addAction(kiosk)
        back = QAction(self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.triggered.connect(self.back_to_scan)
        self.addAction(back)
        self.resize(1280, 800)

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_title = QLabel()
        self.done_title.setObjectName("doneTitle")
        self.done_title.setStyleSheet("font-size: 16pt; " + GOOD)
        self.print_state = QLabel()
        self.print_state.setObjectName("printState")
        self.print_state.setWordWrap(True)
        self.screen_qr = QLabel()  # the slip's QR on screen when the printer fails
        self.screen_qr.setObjectName("screenQr")
        self.screen_qr.hide()
        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("다시 인쇄"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(
            lambda: self.last_paid and self.print_visit(self.last_paid.visit_code, reprint=True)
        )
        self.next_button = QPushButton(self.tr("다음 손님 (Esc)"))
        self.next_button.clicked.connect(self.back_to_scan)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        layout.addWidget(self.done_title)
        layout.addWidget(self.print_state)
        layout.addWidget(self.screen_qr)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------ board

    # ------------------------------------------------------------ booking screens

    def open_import(self) -> None:
        from ui.booking_dialogs import ImportDialog

        ImportDialog(self.ctx, self.staff, parent=self).exec()
        self.refresh()

    def open_group(self) -> None:
        from ui.booking_dialogs import GroupDialog

        GroupDialog(self.ctx, self.staff, parent=self).exec()
        self.refresh()

    def open_no_shows(self) -> None:
        from ui.booking_dialogs import NoShowDialog

        NoShowDialog(self.ctx, self.staff, parent=self).exec()
        self.refresh()

    def open_closures(self) -> None:
        from ui.booking_dialogs import ClosureDialog

        ClosureDialog(self.ctx, self.staff, parent=self).exec()
        self.refresh()

    def open_staff(self) -> None:
        from ui.staff_dialog import StaffDialog

        StaffDialog(self.ctx, self.staff, parent=self).exec()

    def open_closeout(self) -> None:
        from ui.closeout_dialog import CloseoutDialog

        CloseoutDialog(self.ctx, self.staff, parent=self).exec()
        self.refresh()

    def open_reversal(self, receipt_no: str) -> None:
        from ui.closeout_dialog import ReversalDialog

        dialog = ReversalDialog(self.ctx, self.staff, receipt_no, parent=self)
        dialog.exec()
        if dialog.done_code:
            if self.last_paid is not None and self.last_paid.visit_code == dialog.done_code:
                self.last_paid = None  # its page offered a reprint of a slip that no longer stands
                self.back_to_scan()
            # FEE-6: only the receipt, marked 결제 취소 / 환불; a reversed visit gets no new slip
            self.print_visit(dialog.done_code, reprint=True, documents=("receipt",))
        self.refresh()

    def cancel_current(self) -> None:
        from ui.booking_dialogs import cancel_booking

        booking = self.panel.booking
        if booking is None:
            return
        message = cancel_booking(self, self.ctx, self.staff, booking.code)
        if message:
            self.show_message(message, BAD if message.startswith("RSV") or "할 수 없" in message else GOOD)
            self.back_to_scan()
            self.refresh()

    def sweep_no_shows(self) -> None:
        """RSV-6: bookings of ended sessions become no-shows as the day goes on."""
        try:
            result = self.desk.no_shows.sweep(self.staff.id)
        except DeskError as e:
            log.error("no-show sweep failed: %s", e)
            return
        if result.no_shows:
            self.show_message(
                self.tr(
                    "노쇼 {0}건을 처리했습니다 (강제 취소 {1}건) — [노쇼·제한]에서 포털 입력·전화 목록을 확인하세요."
                ).format(len(result.no_shows), len(result.to_call)),
                BAD,
            )

    def refresh(self) -> None:
        now = self.ctx.clock.now()
        self.sweep_no_shows()
        self.clock_label.setText(f"{now:%Y-%m-%d} ({WEEKDAY_KO[now.weekday()]}) {now:%H:%M}")
        try:
            board = self.desk.board.board()
        except DeskError as e:
            self.show_message(message_for(e), BAD)
            return
        while self.cards.count():
            item = self.cards.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not board.open:
            closed = self.tr("오늘은 휴관입니다")
            self.day_label.setText(f"<b>{closed}</b><br>{board.reason}")
        else:
            sessions = self.tr("오늘의 회차")
            self.day_label.setText(f"<b>{sessions}</b>")
        self.session_cards: dict[int, SessionCard] = {}
        for row in board.sessions:
            card = SessionCard(row, self.start_walkin)
            self.session_cards[row.no] = card
            self.cards.addWidget(card)
        for closed in board.closed_sessions:
            self.cards.addWidget(QLabel(f"{closed.no}회차 운영 안 함 — {closed.reason}"))
        self.refresh_today()

    def refresh_today(self) -> None:
        rows = self.desk.board.visits_on()
        self.today.setRowCount(0)  # drops the last list's buttons with its rows: a row's buttons follow its state
        self.today.setRowCount(len(rows))
        for r, v in enumerate(rows):
            state = {"printed": "인쇄됨", "failed": "인쇄 안 됨", "pending": "인쇄 대기", "-": "-"}[v.print_state]
            if v.status == "refused":
                state = "입장 거절"
            elif v.status in ("voided", "refunded"):
                state = v.reversed or "결제 취소"
            elif v.reversed:  # a closed day's visit keeps its record; the reversal is beside it
                state = f"{state} · {v.reversed}"
            values = (
                v.code,
                f"{v.session_no}회차",
                v.booker_name,
                str(v.people),
                f"{v.total:,}원",
                METHOD_KO.get(v.method, v.method),
                state,
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 6 and v.print_state == "failed":
                    item.setForeground(Qt.GlobalColor.red)
                self.today.setItem(r, c, item)
            if v.status == "paid":
                button = QPushButton(self.tr("재발행"))
                button.clicked.connect(lambda _=False, code=v.code: self.print_visit(code, reprint=True))
                self.today.setCellWidget(r, 7, button)
                if v.receipt_no and not v.reversed:
                    reverse = QPushButton(self.tr("취소·환불"))
                    reverse.clicked.connect(lambda _=False, no=v.receipt_no: self.open_reversal(no))
                    self.today.setCellWidget(r, 8, reverse)
                if v.care and not v.late_pickup:
                    late = QPushButton(self.tr("늦은 픽업"))
                    late.setToolTip(self.tr("보호자가 늦게 데리러 왔을 때 기록합니다 (ELG-5)"))
                    late.clicked.connect(lambda _=False, code=v.code: self.note_late_pickup(code))
                    self.today.setCellWidget(r, 9, late)
                elif v.late_pickup:
                    self.today.setItem(r, 9, QTableWidgetItem(self.tr("늦은 픽업 기록됨")))
            elif v.status in ("voided", "refunded"):
                receipt = QPushButton(self.tr("영수증"))
                receipt.setToolTip(self.tr("취소·환불이 표시된 영수증만 인쇄합니다 (입장권 없음)"))
                receipt.clicked.connect(
                    lambda _=False, code=v.code: self.print_visit(code, reprint=True, documents=("receipt",))
                )
                self.today.setCellWidget(r, 7, receipt)

    def note_late_pickup(self, code: str) -> None:
        """ELG-5: the guardian came back late for a child in play care; the desk keeps the flag."""
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self, self.tr("늦은 픽업"), self.tr("몇 분 늦었나요? (정리 시간 기준)"), 10, 0, 600
        )
        if not ok:
            return
        note, ok = QInputDialog.getText(self, self.tr("늦은 픽업"), self.tr("메모 (선택)"))
        if not ok:
            return
        try:
            self.desk.care.flag_late_pickup(code, minutes, note, self.staff)
        except DeskError as e:
            self.show_message(message_for(e), BAD)
            return
        self.show_message(
            self.tr("늦은 픽업을 기록했습니다: {0} — 다음 놀이돌봄 신청 때 표시됩니다").format(code), GOOD
        )
        self.refresh_today()

    # ------------------------------------------------------------ scan and search

    def show_message(self, text: str, style: str = PLAIN) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("font-size: 12pt; " + style)

    def on_scan(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        try:
            result = self.desk.find.scan(text)
        except DeskError as e:
            self.show_message(message_for(e), BAD)
            return
        if result.kind == "reentry":
            assert result.reentry is not None
            self.show_message(result.reentry.message, GOOD if result.reentry.ok else BAD)
            return
        if result.kind == "none":
            self.show_message(result.message, BAD)
            return
        if result.kind == "booking":
            self.open_booking(result.bookings[0])
            return
        self.show_message(self.tr("{0}건을 찾았습니다. 골라서 Enter를 누르세요.").format(len(result.bookings)))
        self.results.clear()
        self._add_bookings(result.bookings)
        self.stack.setCurrentWidget(self.results)
        self.tabs.setCurrentIndex(0)
        self.results.setCurrentRow(0)
        self.results.setFocus()

    @staticmethod
    def _describe(b: BookingView) -> str:
        penalty = f"  ※ 노쇼 제한 {b.penalty.ends:%m-%d}까지" if b.penalty else ""
        return (
            f"{b.session_no}회차 · {b.booker_name} ({b.phone_masked}) · 아동 {b.children} · 성인 {b.adults} · "
            f"{b.status_label} · {b.code}{penalty}"
        )

    def _open_item(self, item: QListWidgetItem) -> None:
        booking = item.data(Qt.ItemDataRole.UserRole)
        if booking is not None:
            self.open_booking(booking)

    def open_booking(self, booking: BookingView) -> None:
        if booking.status == "checked_in":
            self.show_message(
                self.tr("이미 입장 처리된 예약입니다 (입장권 {0}). 재입장은 입장권을 스캔하세요.").format(
                    booking.visit_code
                ),
                BAD,
            )
            return
        if booking.status in ("cancelled", "no_show"):
            self.show_message(self.tr("{0} 상태의 예약입니다: {1}").format(booking.status_label, booking.code), BAD)
            return
        if booking.penalty is not None:
            self.show_message(
                self.tr("노쇼 이용 제한: {0}까지 (RSV-6)").format(f"{booking.penalty.ends:%Y-%m-%d}"), BAD
            )
        else:
            self.show_message("")
        self.panel.load(self.service.request_for(booking.code), booking)
        self.stack.setCurrentWidget(self.panel)
        self.tabs.setCurrentIndex(0)

    def start_walkin(self, session_no: int) -> None:
        try:
            request = self.service.walkin_request(session_no)
        except DeskError as e:
            self.show_message(message_for(e), BAD)
            self.scan.setFocus()
            return
        self.show_message(self.tr("{0}회차 현장접수").format(session_no))
        self.panel.load(request, None)
        self.stack.setCurrentWidget(self.panel)
        self.tabs.setCurrentIndex(0)

    def back_to_scan(self) -> None:
        self.stack.setCurrentWidget(self.results)
        self.show_expected()
        self.scan.setFocus()

    def show_expected(self) -> None:
        """Idle page: who is still expected in the session running now (or the next one)."""
        self.results.clear()
        session_no, bookings = self.desk.board.expected()
        if session_no is None:
            self.results.addItem(QListWidgetItem(self.tr("오늘 남은 회차가 없습니다.")))
            return
        head = QListWidgetItem(
            self.tr("{0}회차 도착 예정 {1}건 — 골라서 Enter, 또는 스캔").format(session_no, len(bookings))
        )
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(head)
        self._add_bookings(bookings)

    def _add_bookings(self, bookings) -> None:  # type: ignore[no-untyped-def]
        for b in bookings:
            item = QListWidgetItem(self._describe(b))
            item.setData(Qt.ItemDataRole.UserRole, b)
            if b.penalty is not None:
                item.setForeground(Qt.GlobalColor.red)
            self.results.addItem(item)

    def _refused(self, message: str) -> None:
        self.show_message(message, BAD)
        self.back_to_scan()
        self.refresh()

    # ------------------------------------------------------------ after payment: printing

    def on_paid(self, paid: PaidVisit) -> None:
        """The payment is committed; now print. A print failure never touches the payment."""
        self.last_paid = paid
        note = self.tr(" (이미 결제된 건 — 추가 결제 없음)") if paid.replayed else ""
        self.done_title.setText(
            self.tr("결제 완료 · {0}원 · 입장권 {1} · 영수증 {2}").format(
                f"{paid.total:,}", paid.visit_code, paid.receipt_no
            )
            + note
        )
        self.stack.setCurrentWidget(self.done_page)
        self.show_message("")
        self.print_visit(paid.visit_code)  # printing starts first; the board catches up after
        self.refresh()
        self.scan.setFocus()  # the next family's scan goes straight into the field (CHK-1)

    def print_visit(self, code: str, reprint: bool = False, documents: tuple[str, ...] = ("slip", "receipt")) -> None:
        self.print_state.setText(self.tr("인쇄 준비 중…"))
        self.print_state.setStyleSheet(PLAIN)

        def build() -> list:
            return [self.docs.render(code, document, reprint) for document in documents]

        run_op(build, lambda printed: self._send(printed), self._print_failed)

    def _send(self, printed: list) -> None:
        messages, failed = [], False
        for doc in printed:
            outcome = print_pdf(doc.path)
            self.docs.mark(doc.visit_code, doc.document, outcome.ok, None if outcome.ok else outcome.message)
            label = "입장권" if doc.document == "slip" else "영수증"
            messages.append(f"{label}: {outcome.message}")
            failed = failed or not outcome.ok
        if failed:
            messages.insert(0, self.tr("인쇄되지 않았습니다. 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요."))
            messages.append(self.tr("재입장용 QR은 화면의 코드를 휴대전화로 찍어 가도 됩니다."))
            self._show_qr(printed[0].visit_code)
        else:
            self.screen_qr.hide()
        self.print_state.setText("\n".join(messages))
        self.print_state.setStyleSheet(BAD if failed else GOOD)
        self.refresh_today()

    def _show_qr(self, code: str) -> None:
        import qrcode
        from PySide6.QtGui import QImage, QPixmap

        image = qrcode.make(code, box_size=6, border=2).get_image().convert("RGB")
        data = image.tobytes()
        qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()
        self.screen_qr.setPixmap(QPixmap.fromImage(qimage))
        self.screen_qr.setToolTip(code)
        self.screen_qr.show()

    def _print_failed(self, error: BaseException) -> None:
        log.error("building documents failed", exc_info=error)
        self.print_state.setText(
            self.tr("인쇄되지 않았습니다 ({0}). 결제는 저장되어 있습니다 — [다시 인쇄]를 누르세요.").format(
                message_for(error)
            )
        )
        self.print_state.setStyleSheet(BAD)
        self.refresh_today()

    # ------------------------------------------------------------ kiosk

    def toggle_kiosk(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

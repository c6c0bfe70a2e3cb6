"""The desk window: today's board, one scan-and-search field that keeps focus for the USB
scanner, the check-in panel, and today's list with reprints (CHK-1 to CHK-4, RSV-4)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
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
    QScrollArea,
    QSizePolicy,
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
from desk_app.domain.words import METHOD_KO
from desk_app.services.data import BookingView, PaidVisit, SessionBoard
from desk_app.services.documents import DocumentService
from desk_app.services.staff import StaffMember
from ui.checkin_panel import CheckinPanel
from ui.errors import message_for, staff_words
from ui.screen import fit
from ui.words import say
from ui.workers import run_op

log = logging.getLogger(__name__)


def print_pdf(path):  # type: ignore[no-untyped-def]
    """QtPdf and QtPrintSupport load at the first print, not at start-up."""
    from ui.printer import print_pdf as send

    return send(path)


GOOD = "color: #1b5e20; font-weight: bold;"
BAD = "color: #c62828; font-weight: bold;"
PLAIN = "color: #333;"


def walkin_order(sessions) -> list[int]:  # type: ignore[no-untyped-def]
    """The sessions F3 would open a walk-in for: those taking walk-ins now, then those running."""
    return [r.no for r in sessions if r.state == cal.WALKINS_OPEN] + [r.no for r in sessions if r.state == cal.OPEN]


class SessionCard(QFrame):
    def __init__(self, row: SessionBoard, on_walkin: Callable[[int], None], walkin_key: bool = False) -> None:
        super().__init__()
        self.setObjectName(f"session{row.no}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        active = row.state in (cal.OPEN, cal.WALKINS_OPEN, cal.TIDY_UP)
        background = "#e8f5e9" if active else "#f5f5f5"
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {background}; border-radius: 6px; }}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        audience = self.tr("단체·개인 공용") if row.audience == cal.SHARED else self.tr("개인")
        session = self.tr("{0}회차").format(row.no)
        title = QLabel(f"<b style='font-size:12pt'>{session}</b> {row.start:%H:%M}~{row.end:%H:%M} · {audience}")
        title.setWordWrap(True)
        state = QLabel(f"<b>{say(row.state_label)}</b>")
        left_style = "color:#c62828" if row.left <= 0 else "color:#1b5e20"
        counts = QLabel(
            self.tr("정원 {0} · 예약 {1} · 입장 {2}").format(row.capacity, row.booked, row.arrived)
            + f"<br><b style='{left_style}'>"
            + self.tr("남은 자리 {0}").format(row.left)
            + "</b> · "
            + self.tr("놀이돌봄 {0}").format(row.care_taken)
        )
        counts.setObjectName("counts")
        counts.setWordWrap(True)
        label = self.tr("현장접수")
        if row.state in (cal.NOT_OPEN, cal.OPEN):
            label += f" ({row.walkin_opens:%H:%M}~)"
        if walkin_key:
            label += " (F3)"
        self.walkin = QPushButton(label)
        self.walkin.setObjectName(f"walkin{row.no}")
        self.walkin.setAutoDefault(False)
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
        self.setWindowTitle(self.tr("{0} — 안내데스크").format(center) + (self.tr(" [데모]") if demo else ""))
        self.unclosed: tuple = ()
        self.pending_scan: str | None = None
        self.saved_pdfs: list[Path] = []
        self.preview_dialog = None
        self._build()
        self._show_staff()
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.timeout.connect(self.update_status)  # a day closed on another desk shows here (issue 15)
        self.timer.start()
        # several desks on a server (issue 15): the server is looked at every few seconds, off the
        # event loop; a desk that lost it says so at once and takes no money until it is back
        self.server_ok = True
        self._checking_server = False
        self.server_timer = QTimer(self)
        self.server_timer.setInterval(4_000)
        self.server_timer.timeout.connect(self.check_server)
        if self.desk.settings.shared:
            self.server_timer.start()
        self.refresh()
        self.show_expected()
        self.announce()
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
        """Fits 1366×768 and 1024×768 (issue 13): two short rows on top, the board in its own
        scroll area (folded away while a family is open), and messages that wrap instead of
        widening the window."""
        root = QWidget()
        outer = QVBoxLayout(root)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel()
        self._show_title()
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        self.staff_label = QLabel()
        self.staff_label.setObjectName("staffLabel")
        self.sign_out_button = QPushButton(self.tr("교대·로그아웃"))
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.clicked.connect(self.sign_out)
        settings = QPushButton(self.tr("설정"))
        settings.clicked.connect(lambda: SettingsDialog(self).exec())
        self.kiosk_button = QPushButton(self.tr("전체화면 (F11)"))
        self.kiosk_button.clicked.connect(self.toggle_kiosk)
        help_button = QPushButton(self.tr("도움말 (F1)"))
        help_button.setObjectName("helpButton")
        help_button.clicked.connect(self.open_help)
        top.addWidget(self.title, 1)
        for w in (self.clock_label, self.sign_out_button, settings, self.kiosk_button, help_button):
            top.addWidget(w)
        actions = QHBoxLayout()
        for label, name, slot in (
            (self.tr("예약 가져오기"), "importButton", self.open_import),
            (self.tr("단체 예약"), "groupButton", self.open_group),
            (self.tr("노쇼·제한"), "noShowButton", self.open_no_shows),
            (self.tr("휴관 지정"), "closureButton", self.open_closures),
            (self.tr("취소·환불"), "reversalButton", lambda: self.open_reversal("")),
            (self.tr("정산·마감"), "closeoutButton", self.open_closeout),
            (self.tr("분실물"), "lostButton", self.open_lost_found),
            (self.tr("사고·파손"), "incidentButton", self.open_incidents),
            (self.tr("직원"), "staffButton", self.open_staff),
            (self.tr("센터 설정"), "centerSettingsButton", self.open_center_settings),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.sign_out_button, settings, self.kiosk_button, help_button):
            button.setAutoDefault(False)
        outer.addLayout(top)
        outer.addLayout(actions)

        body = QHBoxLayout()
        self.board_box = QScrollArea()
        self.board_box.setObjectName("board")
        self.board_box.setWidgetResizable(True)
        self.board_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        board_inner = QWidget()
        self.board_layout = QVBoxLayout(board_inner)
        self.board_layout.setContentsMargins(0, 0, 4, 0)
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        self.day_label.setWordWrap(True)
        self.board_layout.addWidget(self.day_label)
        self.cards = QVBoxLayout()
        self.board_layout.addLayout(self.cards)
        self.board_layout.addStretch(1)
        self.board_box.setWidget(board_inner)
        self.board_box.setFixedWidth(290)
        body.addWidget(self.board_box)

        center = QWidget()
        cl = QVBoxLayout(center)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(4)
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setMaxLength(200)
        self.scan.setPlaceholderText(self.tr("스캔 · 예약코드 · 전화번호 뒤 4자리 · 이름 (F2, Enter)"))
        self.scan.setStyleSheet("font-size: 14pt; padding: 4px;")
        self.scan.returnPressed.connect(self.on_scan)
        cl.addWidget(self.scan)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setStyleSheet("font-size: 12pt;")
        cl.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open_item)
        self.panel = CheckinPanel(self.ctx, lambda: self.staff.id)
        self.panel.paid.connect(self.on_paid)
        self.panel.closed.connect(self.back_to_scan)
        self.panel.refused.connect(self._refused)
        self.panel.cancel_requested.connect(self.cancel_current)
        self.done_page = self._build_done_page()
        for page in (self.results, self.panel, self.done_page):
            self.stack.addWidget(page)
        self.stack.currentChanged.connect(self._page_changed)
        self._page_changed()
        self.tabs.addTab(self.stack, self.tr("입장 처리"))
        self.today = QTableWidget(0, 10)
        self.today.setObjectName("today")
        self.today.setHorizontalHeaderLabels(
            [
                self.tr("입장권"),
                self.tr("회차"),
                self.tr("예약자"),
                self.tr("인원"),
                self.tr("합계"),
                self.tr("결제"),
                self.tr("인쇄"),
                "",
                "",
                self.tr("놀이돌봄"),
            ]
        )
        self.today.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.today.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.today.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.today.verticalHeader().setVisible(False)
        self.tabs.addTab(self.today, self.tr("오늘 입장 목록 (F4)"))
        cl.addWidget(self.tabs, 1)
        body.addWidget(center, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(root)
        self._build_status_bar()
        from PySide6.QtWidgets import QApplication

        from ui.scanner import ScanCatcher

        self.catcher = ScanCatcher(self, self.scan)
        self.catcher.scanned.connect(self.scanned)
        QApplication.instance().installEventFilter(self.catcher)

        for key, slot in (
            (Qt.Key.Key_F11, self.toggle_kiosk),
            (Qt.Key.Key_Escape, self.back_to_scan),
            (Qt.Key.Key_F1, self.open_help),
            (Qt.Key.Key_F2, self.focus_scan),
            (Qt.Key.Key_F3, self.walkin_now),
            (Qt.Key.Key_F4, self.toggle_today),
            (Qt.Key.Key_F5, self.reprint_last),
            (Qt.Key.Key_F9, self.pay_now),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        fit(self, 1366, 698)

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_title = QLabel()
        self.done_title.setObjectName("doneTitle")
        self.done_title.setStyleSheet("font-size: 16pt; " + GOOD)
        self.print_state = QLabel()
        self.print_state.setObjectName("printState")
        self.print_state.setWordWrap(True)
        # a saved PDF's long path must not widen the window (issue 13)
        self.print_state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.done_title.setWordWrap(True)
        self.done_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.screen_qr = QLabel()  # the slip's QR on screen when the printer fails
        self.screen_qr.setObjectName("screenQr")
        self.screen_qr.hide()
        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("다시 인쇄 (F5)"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(self.reprint_last)
        self.open_button = QPushButton(self.tr("PDF 열기"))
        self.open_button.setObjectName("openPdf")
        self.open_button.clicked.connect(self.open_saved)
        self.open_button.hide()
        self.next_button = QPushButton(self.tr("다음 손님 (Esc)"))
        self.next_button.clicked.connect(self.back_to_scan)
        for b in (self.reprint_button, self.open_button, self.next_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
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

    def open_lost_found(self) -> None:
        from ui.ops_dialogs import LostFoundDialog

        LostFoundDialog(self.desk, self.staff, parent=self).exec()

    def open_incidents(self, visit_code: str = "") -> None:
        from ui.ops_dialogs import IncidentDialog

        IncidentDialog(self.desk, self.staff, visit_code or "", parent=self).exec()

    def open_center_settings(self) -> None:
        """Issue 14: managers only; a staff member is asked for a manager first."""
        from ui.booking_dialogs import ask_manager
        from ui.center_settings import CenterSettingsDialog

        manager = ask_manager(self, self.ctx, self.staff, self.tr("센터 설정"))
        if manager is None:
            return
        CenterSettingsDialog(self.desk, manager, parent=self).exec()
        self._show_title()  # the center's name may have changed
        self.refresh()

    def _show_title(self) -> None:
        self.title.setText(
            f"<b style='font-size:14pt'>{self.ctx.profile.center.name}</b>"
            + (" <span style='color:#c62828'>" + self.tr("[데모]") + "</span>" if self.demo else "")
        )

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
        done, message = cancel_booking(self, self.ctx, self.staff, booking.code)
        if message:
            self.show_message(message, GOOD if done else BAD)
            if done:
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
        day = QLocale().dayName(now.isoweekday(), QLocale.FormatType.ShortFormat)
        self.clock_label.setText(f"{now:%Y-%m-%d} ({day}) {now:%H:%M}")
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
            self.day_label.setText(f"<b>{closed}</b><br>{say(board.reason)}")
        else:
            sessions = self.tr("오늘의 회차")
            self.day_label.setText(f"<b>{sessions}</b>")
        self.session_cards: dict[int, SessionCard] = {}
        taking = walkin_order(board.sessions)
        for row in board.sessions:
            card = SessionCard(row, self.start_walkin, walkin_key=bool(taking) and row.no == taking[0])
            self.session_cards[row.no] = card
            self.cards.addWidget(card)
        for closed in board.closed_sessions:
            self.cards.addWidget(QLabel(self.tr("{0}회차 운영 안 함 — {1}").format(closed.no, say(closed.reason))))
        self.refresh_today()

    def refresh_today(self) -> None:
        rows = self.desk.board.visits_on()
        self.today.setRowCount(0)  # drops the last list's buttons with its rows: a row's buttons follow its state
        self.today.setRowCount(len(rows))
        for r, v in enumerate(rows):
            state = {
                "printed": self.tr("인쇄됨"),
                "failed": self.tr("인쇄 안 됨"),
                "pending": self.tr("인쇄 대기"),
                "-": "-",
            }[v.print_state]
            if v.status == "refused":
                state = self.tr("입장 거절")
            elif v.status in ("voided", "refunded"):
                state = say(v.reversed) or self.tr("결제 취소")
            elif v.reversed:  # a closed day's visit keeps its record; the reversal is beside it
                state = f"{state} · {say(v.reversed)}"
            values = (
                v.code,
                self.tr("{0}회차").format(v.session_no),
                v.booker_name,
                str(v.people),
                self.tr("{0}원").format(f"{v.total:,}"),
                say(METHOD_KO.get(v.method, v.method)),
                state,
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 6 and v.print_state == "failed":
                    item.setForeground(Qt.GlobalColor.red)
                self.today.setItem(r, c, item)
            if v.status == "paid":
                button = QPushButton(self.tr("재발행"))
                button.clicked.connect(lambda _=False, code=v.code: self.print_visit(code, reprint=True, preview=True))
                self.today.setCellWidget(r, 7, button)
                if v.receipt_no and not v.reversed:
                    reverse = QPushButton(self.tr("취소·환불"))
                    reverse.clicked.connect(lambda _=False, no=v.receipt_no: self.open_reversal(no))
                    self.today.setCellWidget(r, 8, reverse)
                if v.care and not v.late_pickup:
                    late = QPushButton(self.tr("늦은 픽업"))
                    late.setToolTip(self.tr("보호자가 늦게 데리러 왔을 때 기록합니다"))
                    late.clicked.connect(lambda _=False, code=v.code: self.note_late_pickup(code))
                    self.today.setCellWidget(r, 9, late)
                elif v.late_pickup:
                    self.today.setItem(r, 9, QTableWidgetItem(self.tr("늦은 픽업 기록됨")))
            elif v.status in ("voided", "refunded"):
                receipt = QPushButton(self.tr("영수증"))
                receipt.setToolTip(self.tr("취소·환불이 표시된 영수증만 인쇄합니다 (입장권 없음)"))
                receipt.clicked.connect(
                    lambda _=False, code=v.code: self.print_visit(
                        code, reprint=True, documents=("receipt",), preview=True
                    )
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
        self.message.setText(staff_words(say(text)))  # in the staff's language; rule IDs stay in the log
        self.message.setStyleSheet("font-size: 12pt; " + style)

    def scanned(self, code: str) -> None:
        """A scan caught in another field: handled as if typed in the scan field."""
        self.scan.setText(code)
        self.on_scan()

    def on_scan(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if self.stack.currentWidget() is self.panel and self.tabs.currentIndex() == 0 and text.strip():
            self.hold_scan(text)
            return
        self.resolve_scan(text)

    def _find(self, text: str):  # type: ignore[no-untyped-def]
        """The scan answered: a slip's re-entry and "not found" are said at once (returns None);
        bookings come back to be opened or held."""
        try:
            result = self.desk.find.scan(text)
        except DeskError as e:
            self.show_message(message_for(e), BAD)
            return None
        if result.kind == "reentry":
            assert result.reentry is not None
            self.show_message(result.reentry.message, GOOD if result.reentry.ok else BAD)
            return None
        if result.kind == "none":
            self.show_message(result.message, BAD)
            return None
        return result

    def hold_scan(self, text: str) -> None:
        """A family is open: a slip's re-entry is answered at once; a booking waits until this
        family is paid or closed, and the panel says so (the scanner wins, issue 13)."""
        result = self._find(text)
        if result is None:
            return
        self.pending_scan = text
        who = (
            result.bookings[0].booker_name
            if result.kind == "booking"
            else self.tr("검색 결과 {0}건").format(len(result.bookings))
        )
        self.panel.show_pending(
            self.tr("다음 손님 대기: {0} — 지금 손님을 결제하거나 닫으면(Esc) 바로 열립니다.").format(who)
        )  # the focus stays where the worker was typing

    def resolve_scan(self, text: str) -> None:
        result = self._find(text)
        if result is None:
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

    def _describe(self, b: BookingView) -> str:
        penalty = self.tr("  ※ 노쇼 제한 {0}까지").format(f"{b.penalty.ends:%m-%d}") if b.penalty else ""
        return (
            self.tr("{0}회차 · {1} ({2}) · 아동 {3} · 성인 {4}").format(
                b.session_no, b.booker_name, b.phone_masked, b.children, b.adults
            )
            + f" · {say(b.status_label)} · {b.code}{penalty}"
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
            self.show_message(self.tr("노쇼 이용 제한: {0}까지").format(f"{booking.penalty.ends:%Y-%m-%d}"), BAD)
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
        self.show_message("")
        self.panel.load(request, None)
        self.stack.setCurrentWidget(self.panel)
        self.tabs.setCurrentIndex(0)

    def back_to_scan(self) -> None:
        self.stack.setCurrentWidget(self.results)
        self.show_expected()
        self.scan.setFocus()
        if self.pending_scan:  # the family scanned while the last one was open
            text, self.pending_scan = self.pending_scan, None
            self.resolve_scan(text)

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
        if self.pending_scan:
            self.next_button.setText(self.tr("대기 중인 다음 손님 열기 (Esc)"))
            self.show_message(self.tr("다음 손님이 대기 중입니다 — Esc를 누르면 열립니다."), GOOD)
        else:
            self.next_button.setText(self.tr("다음 손님 (Esc)"))
        self.print_visit(paid.visit_code)  # printing starts first; the board catches up after
        self.refresh()
        self.scan.setFocus()  # the next family's scan goes straight into the field (CHK-1)

    def print_visit(
        self,
        code: str,
        reprint: bool = False,
        documents: tuple[str, ...] = ("slip", "receipt"),
        preview: bool = False,
    ) -> None:
        """Build the documents off the event loop, then send them; a reprint the staff asked for
        is shown first (print preview, issue 13) and sent only on 인쇄."""
        self.print_state.setText(self.tr("인쇄 준비 중…"))
        self.print_state.setStyleSheet(PLAIN)

        def build() -> list:
            return [self.docs.render(code, document, reprint) for document in documents]

        run_op(build, lambda printed: self._preview(printed) if preview else self._send(printed), self._print_failed)

    def _preview(self, printed: list) -> None:
        from ui.preview import PrintPreview

        dialog = PrintPreview(
            [doc.path for doc in printed], self.tr("재발행 미리 보기 — {0}").format(printed[0].visit_code), self
        )
        dialog.accepted.connect(lambda: self._send(printed))
        dialog.rejected.connect(lambda: self.print_state.setText(self.tr("재발행하지 않았습니다.")))
        self.preview_dialog = dialog
        dialog.open()

    def open_saved(self) -> None:
        from ui.preview import open_pdf

        for path in self.saved_pdfs:
            open_pdf(path)

    def _send(self, printed: list) -> None:
        messages, failed = [], False
        self.saved_pdfs = []
        for doc in printed:
            outcome = print_pdf(doc.path)
            self.docs.mark(doc.visit_code, doc.document, outcome.ok, None if outcome.ok else outcome.message)
            label = self.tr("입장권") if doc.document == "slip" else self.tr("영수증")
            messages.append(f"{label}: {outcome.message}")
            failed = failed or not outcome.ok
            if outcome.saved is not None:
                self.saved_pdfs.append(outcome.saved)
        self.open_button.setVisible(bool(self.saved_pdfs))
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

    # ------------------------------------------------------------ status bar, shift change, help

    def _build_status_bar(self) -> None:
        """The printer, the database file, the last backup and any earlier day still open."""
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.printer_status = QLabel()
        self.printer_status.setObjectName("printerStatus")
        self.db_status = QLabel()
        self.db_status.setObjectName("dbStatus")
        self.backup_status = QLabel()
        self.backup_status.setObjectName("backupStatus")
        self.day_status = QLabel()
        self.day_status.setObjectName("dayStatus")
        for w in (self.printer_status, self.db_status, self.backup_status):
            w.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            bar.addWidget(w, 1)
        bar.addPermanentWidget(self.day_status)
        bar.addPermanentWidget(self.staff_label)  # who is at the desk, beside the day's state

    def update_status(self) -> None:
        from PySide6.QtCore import QSettings

        printer = str(QSettings().value("printing/printer", "") or "")
        self.printer_status.setText(
            self.tr("프린터: {0}").format(printer) if printer else self.tr("프린터 없음 — PDF로 저장")
        )
        try:
            status = self.desk.status.status()
        except DeskError as e:
            self.db_status.setText(message_for(e))
            return
        self.db_status.setText(self.tr("데이터: {0}").format(status.label or Path(status.database).name))
        self.db_status.setToolTip(status.database)
        self.backup_status.setText(
            self.tr("마지막 백업: {0}").format(f"{status.last_backup:%m-%d %H:%M}")
            if status.last_backup
            else self.tr("백업 없음")
        )
        self.unclosed = status.unclosed
        if status.today_closed:  # issue 15: perhaps on another desk
            self.day_status.setText(self.tr("오늘은 마감되었습니다 — 더 결제할 수 없습니다"))
            self.day_status.setStyleSheet(BAD)
        elif status.unclosed:
            self.day_status.setText(
                self.tr("마감 안 된 날 {0}일: {1}").format(
                    len(status.unclosed), ", ".join(f"{d:%m-%d}" for d in status.unclosed[-3:])
                )
            )
            self.day_status.setStyleSheet(BAD)
        else:
            self.day_status.setText(self.tr("이전 날짜 모두 마감됨"))
            self.day_status.setStyleSheet(PLAIN)

    def check_server(self) -> None:
        if self._checking_server:
            return
        self._checking_server = True

        def done(ok: object) -> None:
            self._checking_server = False
            self.server_state(bool(ok))

        def failed(_: BaseException) -> None:
            self._checking_server = False
            self.server_state(False)

        run_op(self.desk.status.server_reachable, done, failed)

    def server_state(self, ok: bool) -> None:
        """Shown at once in the status area; the panel refuses to take money while it is away."""
        was, self.server_ok = self.server_ok, ok
        self.panel.set_server(ok)
        if ok:
            self.db_status.setStyleSheet(PLAIN)
            if not was:
                self.update_status()
                self.show_message(self.tr("데이터베이스 서버에 다시 연결되었습니다. 계속하세요."), GOOD)
                self.refresh()
            return
        self.db_status.setText(self.tr("서버 연결 끊김 — 결제 받지 마세요"))
        self.db_status.setStyleSheet(BAD)
        if was:
            self.show_message(
                self.tr(
                    "데이터베이스 서버와 연결이 끊겼습니다. 돌아올 때까지 결제를 받지 마세요 (카드 단말기도 쓰지 마세요)."
                ),
                BAD,
            )

    def announce(self) -> None:
        """At sign-in: an earlier day never closed (CLS-1), lost property due for disposal
        (OPS-1) and center details still holding placeholders (issue 14), said at once."""
        from desk_app.services.settings import placeholder_notice

        self.update_status()
        notes = []
        if self.unclosed:
            notes.append(
                self.tr("마감하지 않은 날이 있습니다: {0} — [정산·마감]에서 그 날을 골라 마감하세요.").format(
                    ", ".join(f"{d:%Y-%m-%d}" for d in self.unclosed)
                )
            )
        due = self.desk.lost_found.due_today()
        if due:
            notes.append(
                self.tr("오늘 폐기할 분실물이 {0}건 있습니다: {1} — [분실물]에서 확인하세요.").format(
                    len(due), ", ".join(i.what for i in due[:3]) + (" …" if len(due) > 3 else "")
                )
            )
        placeholders = placeholder_notice(self.ctx)
        if placeholders is not None:
            notes.append(say(placeholders))
        if notes:
            self.show_message("\n".join(notes), BAD)

    def _show_staff(self) -> None:
        role = self.tr("관리자") if self.staff.is_manager else self.tr("직원")
        self.staff_label.setText(self.tr("담당: {0} ({1})").format(self.staff.name, role))

    def sign_out(self) -> None:
        """Shift change: the desk stays open, the records stay as they are, the next person signs in."""
        from ui.login import LoginDialog

        self.back_to_scan()
        self.desk.staff.sign_out(self.staff)
        self.centralWidget().setVisible(False)  # nothing of the last family stays on show
        self.login = LoginDialog(self.desk.staff, self)
        self.login.setWindowTitle(self.tr("교대 — 로그인"))
        self.login.accepted.connect(self._signed_in)
        self.login.rejected.connect(self.close)
        self.login.open()

    def _signed_in(self) -> None:
        member = self.login.member
        if member is None:
            self.close()
            return
        self.staff = member
        self._show_staff()
        self.centralWidget().setVisible(True)
        self.show_message(self.tr("{0}님이 로그인했습니다.").format(member.name), GOOD)
        self.announce()
        self.refresh()
        self.scan.setFocus()

    def open_help(self) -> None:
        from ui.help import HelpDialog

        HelpDialog(self).exec()

    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def walkin_now(self) -> None:
        """F3: a walk-in for the session that takes walk-ins now."""
        try:
            board = self.desk.board.board()
        except DeskError as e:
            self.show_message(message_for(e), BAD)
            return
        taking = walkin_order(board.sessions)
        if not taking:
            self.show_message(self.tr("지금 현장접수를 받는 회차가 없습니다."), BAD)
            return
        self.start_walkin(taking[0])

    def toggle_today(self) -> None:
        self.tabs.setCurrentIndex(1 - self.tabs.currentIndex())

    def reprint_last(self) -> None:
        if self.stack.currentWidget() is self.done_page and self.last_paid is not None:
            self.print_visit(self.last_paid.visit_code, reprint=True, preview=True)
        else:
            self.tabs.setCurrentIndex(1)
            self.show_message(self.tr("재발행할 입장권을 [오늘 입장 목록]에서 고르세요."))

    def pay_now(self) -> None:
        if self.stack.currentWidget() is self.panel and self.tabs.currentIndex() == 0:
            self.panel.pay()

    def _page_changed(self) -> None:
        # the board folds away while a family is open, so the panel has the width it needs; the
        # pages not on show claim no size, or the panel's width would hold the board's page too
        current = self.stack.currentWidget()
        for i in range(self.stack.count()):
            page = self.stack.widget(i)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        # the layouts above the stack forget the sizes they cached for the last page; else the
        # board's width is added to the panel's for a moment and the window grows for good
        widget = self.stack
        while widget is not None:
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget = widget.parentWidget()
        before = self.size()
        self.board_box.setVisible(current is not self.panel)
        if self.width() > before.width() and not (self.isFullScreen() or self.isMaximized()):
            QTimer.singleShot(0, lambda: self.resize(before))  # once the layouts have settled

    # ------------------------------------------------------------ kiosk

    def toggle_kiosk(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

"""Staff accounts: the manager sees every account, adds staff or managers with a personal PIN,
disables an account and resets a PIN (issue 13)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.services.context import DeskContext
from desk_app.services.staff import StaffMember, StaffService
from ui.booking_dialogs import GREEN, RED, ask_manager
from ui.errors import message_for
from ui.screen import fit


class StaffDialog(QDialog):
    def __init__(self, ctx: DeskContext, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("직원 계정"))
        fit(self, 640, 520)
        self.ctx = ctx
        self.staff = staff
        self.service = StaffService(ctx)
        layout = QVBoxLayout(self)
        self.list = QTableWidget(0, 3)
        self.list.setObjectName("staffList")
        self.list.setHorizontalHeaderLabels([self.tr("이름"), self.tr("역할"), self.tr("상태")])
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list.verticalHeader().setVisible(False)
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.toggle_button = QPushButton(self.tr("사용 중지 / 다시 사용 (관리자)"))
        self.toggle_button.setObjectName("toggleActive")
        self.toggle_button.clicked.connect(self.toggle_active)
        self.new_pin = QLineEdit(placeholderText=self.tr("새 PIN (숫자 4~12자리)"))
        self.new_pin.setObjectName("newPin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setMaxLength(12)
        self.reset_button = QPushButton(self.tr("PIN 재설정 (관리자)"))
        self.reset_button.setObjectName("resetPin")
        self.reset_button.clicked.connect(self.reset_pin)
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        row.addWidget(self.new_pin)
        row.addWidget(self.reset_button)
        layout.addLayout(row)

        box = QGroupBox(self.tr("새 계정"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.name.setMaxLength(50)
        self.role = QComboBox()
        self.role.addItem(self.tr("직원"), "staff")
        self.role.addItem(self.tr("관리자(센터장)"), "manager")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        add = QPushButton(self.tr("계정 만들기 (관리자)"))
        add.clicked.connect(self.add)
        form.addRow(self.tr("이름"), self.name)
        form.addRow(self.tr("역할"), self.role)
        form.addRow(self.tr("PIN (숫자 4~12자리)"), self.pin)
        form.addRow(add)
        layout.addWidget(box)
        self.message = QLabel()
        self.message.setObjectName("staffMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        for b in (self.toggle_button, self.reset_button, add):
            b.setAutoDefault(False)
        self.load()

    def load(self) -> None:
        rows = self.service.members()
        self.list.setRowCount(len(rows))
        now = self.ctx.clock.now()
        for r, m in enumerate(rows):
            role = self.tr("관리자") if m.role == "manager" else self.tr("직원")
            if not m.active:
                state = self.tr("사용 중지")
            elif m.locked_until is not None and m.locked_until > now:
                state = self.tr("잠김 ({0}까지)").format(f"{m.locked_until:%H:%M}")
            else:
                state = self.tr("사용 중")
            for c, text in enumerate((m.name, role, state)):
                self.list.setItem(r, c, QTableWidgetItem(text))
        self.rows = rows

    def _chosen(self) -> str | None:
        r = self.list.currentRow()
        if r < 0 or r >= len(self.rows):
            self._say(self.tr("목록에서 직원을 고르세요"), RED)
            return None
        return self.rows[r].name

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    def toggle_active(self) -> None:
        name = self._chosen()
        if name is None:
            return
        active = not next(m.active for m in self.rows if m.name == name)
        manager = ask_manager(self, self.ctx, self.staff, self.tr("직원 계정 사용 중지"))
        try:
            self.service.set_active(name, active, manager)
        except DeskError as e:
            self._say(message_for(e), RED)
            return
        self.load()
        self._say(
            (self.tr("다시 사용합니다: {0}") if active else self.tr("사용 중지했습니다: {0}")).format(name), GREEN
        )

    def reset_pin(self) -> None:
        name = self._chosen()
        if name is None:
            return
        manager = ask_manager(self, self.ctx, self.staff, self.tr("PIN 재설정"))
        try:
            self.service.reset_pin(name, self.new_pin.text(), manager)
        except DeskError as e:
            self._say(message_for(e), RED)
            return
        self.new_pin.clear()
        self.load()
        self._say(self.tr("PIN을 새로 정했습니다: {0}").format(name), GREEN)

    def add(self) -> None:
        manager = ask_manager(self, self.ctx, self.staff, self.tr("직원 계정 만들기"))
        try:
            member = self.service.create(self.name.text(), self.role.currentData(), self.pin.text(), by=manager)
        except DeskError as e:
            self._say(message_for(e), RED)
            return
        self.pin.clear()
        self.load()
        self._say(self.tr("계정을 만들었습니다: {0}").format(member.name), GREEN)

"""Staff accounts: a manager adds staff or managers, each with a personal PIN."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from desk_app.domain.errors import DeskError
from desk_app.services.context import DeskContext
from desk_app.services.staff import StaffMember, StaffService
from ui.booking_dialogs import GREEN, RED, ask_manager
from ui.errors import message_for


class StaffDialog(QDialog):
    def __init__(self, ctx: DeskContext, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("직원 계정"))
        self.ctx = ctx
        self.staff = staff
        self.service = StaffService(ctx)
        form = QFormLayout(self)
        self.names = QLabel(", ".join(self.service.names()))
        self.names.setWordWrap(True)
        self.name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("직원"), "staff")
        self.role.addItem(self.tr("관리자(센터장)"), "manager")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        add = QPushButton(self.tr("계정 만들기 (관리자)"))
        add.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow(self.tr("지금 계정"), self.names)
        form.addRow(self.tr("이름"), self.name)
        form.addRow(self.tr("역할"), self.role)
        form.addRow(self.tr("PIN (숫자 4~12자리)"), self.pin)
        form.addRow(add)
        form.addRow(self.message)

    def add(self) -> None:
        manager = ask_manager(self, self.ctx, self.staff)
        try:
            member = self.service.create(self.name.text(), self.role.currentData(), self.pin.text(), by=manager)
        except DeskError as e:
            self.message.setText(message_for(e))
            self.message.setStyleSheet(RED)
            return
        self.pin.clear()
        self.names.setText(", ".join(self.service.names()))
        self.message.setText(self.tr("계정을 만들었습니다: {0}").format(member.name))
        self.message.setStyleSheet(GREEN)

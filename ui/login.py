"""First start: create the first manager (no default password). Every start: log in."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.domain.errors import DeskError
from desk_app.services.staff import StaffMember, StaffService
from ui.errors import message_for


class _PinDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.member: StaffMember | None = None

    @staticmethod
    def pin_field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(12)
        return field

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SetupDialog(_PinDialog):
    """The first manager (센터장) account, made at first start."""

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("처음 설정 — 관리자 계정 만들기"), parent)
        self.staff = staff
        self.name = QLineEdit()
        self.pin = self.pin_field()
        self.pin2 = self.pin_field()
        self.form.addRow(QLabel(self.tr("이 데스크의 첫 관리자(센터장) 계정을 만듭니다. 기본 비밀번호는 없습니다.")))
        self.form.addRow(self.tr("이름"), self.name)
        self.form.addRow(self.tr("PIN (숫자 4~12자리)"), self.pin)
        self.form.addRow(self.tr("PIN 확인"), self.pin2)

    def submit(self) -> None:
        if self.pin.text() != self.pin2.text():
            self.error.setText(self.tr("두 PIN이 같지 않습니다"))
            return
        try:
            self.member = self.staff.create(self.name.text(), "manager", self.pin.text())
        except DeskError as e:
            self.error.setText(message_for(e))
            return
        self.accept()


class LoginDialog(_PinDialog):
    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("안내데스크 로그인"), parent)
        self.staff = staff
        self.name = QComboBox()
        self.name.addItems(staff.names())
        self.pin = self.pin_field()
        self.form.addRow(self.tr("담당자"), self.name)
        self.form.addRow(self.tr("PIN"), self.pin)
        self.pin.setFocus()

    def submit(self) -> None:
        try:
            self.member = self.staff.login(self.name.currentText(), self.pin.text())
        except DeskError as e:
            self.error.setText(message_for(e))
            self.pin.clear()
            return
        self.accept()


class ManagerDialog(_PinDialog):
    """A manager's approval at a staff member's desk: the manager is picked from the list of
    managers (never typed as free text), then gives the PIN (issue 13)."""

    def __init__(self, staff: StaffService, what: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("관리자 확인"), parent)
        self.staff = staff
        self.name = QComboBox()
        self.name.setObjectName("managerName")
        self.name.addItems(staff.managers())
        self.pin = self.pin_field()
        self.pin.setObjectName("managerPin")
        if what:
            self.form.addRow(QLabel(self.tr("관리자 승인이 필요합니다: {0}").format(what)))
        self.form.addRow(self.tr("관리자"), self.name)
        self.form.addRow(self.tr("PIN"), self.pin)
        self.pin.setFocus()

    def submit(self) -> None:
        try:
            member = self.staff.login(self.name.currentText(), self.pin.text())
        except DeskError as e:
            self.error.setText(message_for(e))
            self.pin.clear()
            return
        if not member.is_manager:  # the list holds managers; the role may have changed since
            self.error.setText(self.tr("{0}님은 관리자가 아닙니다").format(member.name))
            return
        self.member = member
        self.accept()

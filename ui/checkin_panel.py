"""The check-in panel (CHK-2, CHK-3): verify each person, the residency document, reductions
with proof, KT and play care; see the fee line by line; take payment by card or transfer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain.party import CHILD, GROUP, ROLE_KO, yeon_age
from desk_app.domain.words import SOURCE_KO
from desk_app.services import codes
from desk_app.services.checkin import ORGANISATION_DOC, CheckinService
from desk_app.services.context import DeskContext
from desk_app.services.data import BookingView, CheckinRequest, PaidVisit, PaymentIn, PersonIn, Preview
from ui.errors import message_for
from ui.workers import run_op

log = logging.getLogger(__name__)


def parse_birth(text: str) -> dt.date | None:
    digits = re.sub(r"\D", "", text)
    if len(digits) != 8:
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


@dataclass
class PersonRow:
    role: str
    name: QLineEdit
    birth: QLineEdit
    age: QLabel
    care: QCheckBox
    reduction: QComboBox
    proof: QCheckBox


class CheckinPanel(QWidget):
    paid = Signal(object)  # PaidVisit
    closed = Signal()
    refused = Signal(str)
    cancel_requested = Signal()

    COLUMNS = ("구분", "이름", "생년월일", "연나이", "놀이돌봄", "감면 유형", "증빙 확인")

    def __init__(self, ctx: DeskContext, staff_id: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = CheckinService(ctx)
        self.staff_id = staff_id
        self.request: CheckinRequest | None = None
        self.booking: BookingView | None = None
        self.rows: list[PersonRow] = []
        self.key = ""
        self.last_preview: Preview | None = None
        self._loading = False
        self._build()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("panelHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.penalty = QLabel()
        self.penalty.setObjectName("penalty")
        self.penalty.setStyleSheet("color: #c62828; font-weight: bold;")
        self.penalty.hide()
        outer.addWidget(self.header)
        outer.addWidget(self.penalty)

        self.walkin_box = QWidget()
        wl = QHBoxLayout(self.walkin_box)
        wl.setContentsMargins(0, 0, 0, 0)
        self.booker_name = QLineEdit(placeholderText=self.tr("보호자 이름"))
        self.booker_phone = QLineEdit(placeholderText=self.tr("연락처 010-0000-0000"))
        wl.addWidget(QLabel(self.tr("현장접수 보호자")))
        wl.addWidget(self.booker_name)
        wl.addWidget(self.booker_phone)
        outer.addWidget(self.walkin_box)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((70, 130, 130, 60, 70, 250, 80)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setMinimumHeight(34 * 5 + 30)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        outer.addWidget(self.table, 3)

        people_buttons = QHBoxLayout()
        self.add_child = QPushButton(self.tr("+ 아동"))
        self.add_adult = QPushButton(self.tr("+ 보호자"))
        self.remove_person = QPushButton(self.tr("- 마지막 사람 빼기"))
        self.add_child.clicked.connect(lambda: self._add_row(PersonIn(CHILD)))
        self.add_adult.clicked.connect(lambda: self._add_row(PersonIn(self._adult_role())))
        self.remove_person.clicked.connect(self._remove_last)
        for b in (self.add_child, self.add_adult, self.remove_person):
            people_buttons.addWidget(b)
        people_buttons.addStretch(1)
        outer.addLayout(people_buttons)

        checks = QGridLayout()
        self.residency = QComboBox()
        self.residency.addItem(self.tr("— 거주 확인 서류 선택 —"), None)
        for doc in self.ctx.profile.residency_documents:
            self.residency.addItem(doc.label, doc.id)
        self.org_check = QCheckBox(self.tr("서울 소재 기관 확인"))
        self.organisation = QLineEdit(placeholderText=self.tr("기관명 (어린이집·유치원 등)"))
        self.kt = QCheckBox(self.tr("KT 멤버십 (바코드 확인, 1인 1회 20%)"))
        checks.addWidget(QLabel(self.tr("서울 거주 확인 (번호는 적지 않습니다)")), 0, 0)
        checks.addWidget(self.residency, 0, 1)
        checks.addWidget(self.org_check, 1, 0)
        checks.addWidget(self.organisation, 1, 1)
        checks.addWidget(self.kt, 2, 0, 1, 2)
        outer.addLayout(checks)

        fee_box = QGroupBox(self.tr("이용료"))
        fl = QVBoxLayout(fee_box)
        self.fees = QTableWidget(0, 5)
        self.fees.setHorizontalHeaderLabels(
            [self.tr("대상"), self.tr("항목"), self.tr("금액"), self.tr("감면"), self.tr("청구")]
        )
        self.fees.verticalHeader().setVisible(False)
        self.fees.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fees.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fees.verticalHeader().setDefaultSectionSize(26)
        fl.addWidget(self.fees, 1)
        self.total = QLabel()
        self.total.setObjectName("total")
        big = QFont()
        big.setPointSize(18)
        big.setBold(True)
        self.total.setFont(big)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        fl.addWidget(self.total)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a6d00;")
        fl.addWidget(self.notes)
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #c62828; font-weight: bold;")
        fl.addWidget(self.refusal)
        outer.addWidget(fee_box, 2)

        pay = QFrame()
        pl = QHBoxLayout(pay)
        self.card = QRadioButton(self.tr("카드"))
        self.transfer = QRadioButton(self.tr("계좌이체"))
        self.card.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.card)
        group.addButton(self.transfer)
        self.pay_detail = QLineEdit()
        self.pay_button = QPushButton(self.tr("결제 후 인쇄"))
        self.pay_button.setObjectName("payButton")
        self.pay_button.setDefault(True)
        self.refuse_button = QPushButton(self.tr("입장 거절 (질병·발열)…"))
        self.close_button = QPushButton(self.tr("닫기"))
        self.cancel_button = QPushButton(self.tr("예약 취소 (전화)…"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        for w in (
            self.card,
            self.transfer,
            self.pay_detail,
            self.pay_button,
            self.refuse_button,
            self.cancel_button,
            self.close_button,
        ):
            pl.addWidget(w)
        outer.addWidget(pay)
        self.status = QLabel()
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

        for w in (self.residency,):
            w.currentIndexChanged.connect(self.refresh)
        for cb in (self.kt, self.org_check):
            cb.toggled.connect(self.refresh)
        for le in (self.booker_name, self.booker_phone, self.organisation):
            le.textChanged.connect(self.refresh)
        self.card.toggled.connect(self._method_changed)
        self.pay_detail.returnPressed.connect(self.pay)
        self.pay_button.clicked.connect(self.pay)
        self.refuse_button.clicked.connect(self._ask_refusal)
        self.close_button.clicked.connect(self.closed.emit)
        self._method_changed()

    def _adult_role(self) -> str:
        return "teacher" if self.request is not None and self.request.kind == GROUP else "guardian"

    def _method_changed(self) -> None:
        if self.card.isChecked():
            self.pay_detail.setPlaceholderText(self.tr("카드 단말기 승인번호"))
        else:
            self.pay_detail.setPlaceholderText(self.tr("입금자명"))
        self.refresh()

    # ------------------------------------------------------------ loading a request

    def load(self, request: CheckinRequest, booking: BookingView | None) -> None:
        self._loading = True
        self.request = request
        self.booking = booking
        self.key = codes.idempotency_key()  # one key per payment attempt (CHK-3)
        self.rows = []
        self.table.setRowCount(0)
        for person in request.people:
            self._add_row(person)
        self.residency.setCurrentIndex(0)
        self.kt.setChecked(False)
        self.pay_detail.clear()
        self.card.setChecked(True)
        self.status.clear()
        group = request.kind == GROUP
        self.org_check.setVisible(group)
        self.organisation.setVisible(group)
        self.organisation.setText(request.organisation or "")
        self.org_check.setChecked(False)
        self.residency.setEnabled(not group)
        self.kt.setEnabled(not group)
        self.walkin_box.setVisible(booking is None)
        self.cancel_button.setVisible(booking is not None)
        self.booker_name.clear()
        self.booker_phone.clear()
        self.pay_button.setEnabled(True)
        self.add_adult.setText(self.tr("+ 인솔교사") if group else self.tr("+ 보호자"))
        slot = cal.day_plan(self.ctx.profile, request.day).session(request.session_no)
        slot_time = f" {slot.start:%H:%M}~{slot.end:%H:%M}" if slot is not None else ""
        if booking is not None:
            kind = self.tr("단체") if group else self.tr("개인")
            org = f" · {booking.organisation}" if booking.organisation else ""
            self.header.setText(
                f"<b style='font-size:15pt'>{booking.booker_name}</b> · {booking.phone_masked} · "
                f"<b>{request.session_no}회차{slot_time}</b> · {kind}{org} · {SOURCE_KO.get(booking.source, '')} 예약 "
                f"<span style='color:#555'>({booking.code})</span>"
            )
            warnings = []
            if booking.penalty is not None:
                warnings.append(
                    self.tr("노쇼 이용 제한: {0}까지 — {1}").format(
                        f"{booking.penalty.ends:%Y-%m-%d}", booking.penalty.reason
                    )
                )
            if booking.late_pickup is not None:  # ELG-5: the desk's flag, cleared by a manager
                warnings.append(
                    self.tr("놀이돌봄 늦은 픽업 기록: {0} — 놀이돌봄 신청은 판단해서 받으세요").format(
                        f"{booking.late_pickup:%Y-%m-%d}"
                    )
                )
            self.penalty.setText("\n".join(warnings))
            self.penalty.setVisible(bool(warnings))
        else:
            self.header.setText(
                f"<b style='font-size:15pt'>{self.tr('현장접수')}</b> · <b>{request.session_no}회차{slot_time}</b>"
            )
            self.penalty.hide()
        self._loading = False
        self.refresh()
        (self.booker_name if booking is None else self.residency).setFocus()

    def _add_row(self, person: PersonIn) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        role = QTableWidgetItem(ROLE_KO.get(person.role, person.role))
        role.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(r, 0, role)
        name = QLineEdit(person.name or "")
        birth = QLineEdit(person.birth_date.isoformat() if person.birth_date else "")
        birth.setPlaceholderText("YYYY-MM-DD")
        age = QLabel()
        care = QCheckBox()
        care.setChecked(person.care)
        care.setEnabled(person.role == CHILD)
        reduction = QComboBox()
        reduction.addItem(self.tr("없음"), None)
        rules = self.ctx.profile.rules_on(self.request.day if self.request else dt.date.today())
        for red in rules.reductions:
            if red.id != "group_leader":
                reduction.addItem(red.label, red.id)
        proof = QCheckBox()
        for col, w in ((1, name), (2, birth), (3, age), (4, care), (5, reduction), (6, proof)):
            self.table.setCellWidget(r, col, w)
        row = PersonRow(person.role, name, birth, age, care, reduction, proof)
        self.rows.append(row)
        name.textChanged.connect(self.refresh)
        birth.textChanged.connect(self.refresh)
        care.toggled.connect(self.refresh)
        reduction.currentIndexChanged.connect(self.refresh)
        proof.toggled.connect(self.refresh)
        self.refresh()

    def _remove_last(self) -> None:
        if len(self.rows) > 1:
            self.rows.pop()
            self.table.removeRow(self.table.rowCount() - 1)
            self.refresh()

    # ------------------------------------------------------------ the live fee

    def current_request(self) -> CheckinRequest | None:
        if self.request is None:
            return None
        people = []
        for row in self.rows:
            birth = parse_birth(row.birth.text())
            people.append(
                PersonIn(
                    row.role,
                    row.name.text().strip() or None,
                    birth,
                    row.care.isChecked(),
                    row.reduction.currentData(),
                    row.proof.isChecked(),
                )
            )
        group = self.request.kind == GROUP
        doc = (ORGANISATION_DOC if self.org_check.isChecked() else None) if group else self.residency.currentData()
        return dataclasses.replace(
            self.request,
            people=tuple(people),
            kt_member=self.kt.isChecked(),
            residency_doc=doc,
            booker_name=self.booker_name.text(),
            booker_phone=self.booker_phone.text(),
            organisation=self.organisation.text().strip() or self.request.organisation,
        )

    def refresh(self) -> None:
        if self._loading or self.request is None:
            return
        req = self.current_request()
        assert req is not None
        problems = []
        for i, (row, person) in enumerate(zip(self.rows, req.people, strict=True)):
            if person.birth_date is not None:
                row.age.setText(f"{yeon_age(person.birth_date, req.day)}세")
            else:
                row.age.setText("")
                if row.role == CHILD or row.birth.text().strip():
                    problems.append(self.tr("{0}번째 사람의 생년월일을 YYYY-MM-DD로 입력하세요").format(i + 1))
        if problems:
            preview = Preview((), 0, problems[0])
        else:
            preview = self.service.preview(req)
        self.last_preview = preview
        self.fees.setRowCount(len(preview.lines))
        for r, line in enumerate(preview.lines):
            cut = f"-{line.reduction:,} ({line.reason_label})" if line.reduction else ""
            for c, text in enumerate((line.person_label, line.item_label, f"{line.price:,}", cut, f"{line.charge:,}")):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.fees.setItem(r, c, item)
        self.total.setText(self.tr("합계 {0}원").format(f"{preview.total:,}") if preview.payable else "")
        self.refusal.setText(preview.refusal or "")
        self.notes.setText("\n".join(preview.notes))
        needs_detail = preview.payable and preview.total > 0
        self.card.setEnabled(needs_detail)
        self.transfer.setEnabled(needs_detail)
        self.pay_detail.setEnabled(needs_detail)
        self.pay_button.setText(
            self.tr("결제 후 인쇄") if needs_detail or not preview.payable else self.tr("0원 — 입장권 인쇄")
        )

    # ------------------------------------------------------------ payment

    def pay(self) -> None:
        """Pay once: the button is off while the payment runs, and the panel's key makes a
        second click or Enter a replay of the first (CHK-3, never negotiable #1)."""
        req = self.current_request()
        if req is None or not self.pay_button.isEnabled():
            return
        preview = self.last_preview
        if preview is not None and not preview.payable:
            self.status.setText(preview.refusal or "")
            return
        method = "card" if self.card.isChecked() else "transfer"
        detail = self.pay_detail.text()
        payment = PaymentIn(
            method, approval_no=detail if method == "card" else "", sender=detail if method == "transfer" else ""
        )
        self.pay_button.setEnabled(False)
        self.status.setText(self.tr("결제 기록 중…"))
        key = self.key
        staff = self.staff_id()
        run_op(lambda: self.service.pay(req, payment, key, staff), self._paid, self._pay_failed)

    def _paid(self, result: PaidVisit) -> None:
        self.status.setText("")
        self.paid.emit(result)

    def _pay_failed(self, error: BaseException) -> None:
        self.pay_button.setEnabled(True)
        self.status.setText(message_for(error))
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        log.info("payment refused: %s", error)

    def _ask_refusal(self) -> None:
        reasons = list(self.ctx.profile.health_reasons)
        reason, ok = QInputDialog.getItem(self, self.tr("입장 거절"), self.tr("증상 (ELG-6)"), reasons, 0, True)
        if ok and reason.strip():
            self.refuse_with(reason)

    def refuse_with(self, reason: str) -> None:
        req = self.current_request()
        if req is None:
            return
        try:
            message = self.service.refuse(req, reason, self.staff_id())
        except Exception as e:  # noqa: BLE001 - shown, nothing changed
            self.status.setText(message_for(e))
            return
        self.refused.emit(message)

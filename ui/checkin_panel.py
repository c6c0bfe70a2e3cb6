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
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import calendar as cal
from desk_app.domain.errors import DuplicateApproval
from desk_app.domain.party import CHILD, FIRST_YEAR, GROUP, LAST_YEAR, ROLE_KO, yeon_age
from desk_app.domain.words import SOURCE_KO
from desk_app.services import codes
from desk_app.services.checkin import ORGANISATION_DOC, CheckinService
from desk_app.services.context import DeskContext
from desk_app.services.data import BookingView, CheckinRequest, PaidVisit, PaymentIn, PersonIn, Preview
from ui.errors import message_for, staff_words
from ui.words import say
from ui.workers import run_op

log = logging.getLogger(__name__)


def parse_birth(text: str) -> dt.date | None:
    """YYYY-MM-DD (or YYYYMMDD) in ASCII digits, from 1900 to 2100; anything else is not a date
    yet and the panel says so."""
    digits = re.sub(r"[^0-9]", "", text)
    if len(digits) != 8 or not text.isascii():
        return None
    try:
        day = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None
    return day if FIRST_YEAR <= day.year <= LAST_YEAR else None


def wrapped_label(name: str, style: str) -> QLabel:
    """A message line that wraps and never widens the window, however long its text (issue 13)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if style:
        label.setStyleSheet(style)
    return label


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
    refused = Signal(object)  # a Msg: the screen says it in the staff's language
    cancel_requested = Signal()

    def __init__(self, ctx: DeskContext, staff_id: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = CheckinService(ctx)
        self.staff_id = staff_id
        self.server_ok = True  # issue 15: false while the database server cannot be reached
        self.request: CheckinRequest | None = None
        self.booking: BookingView | None = None
        self.rows: list[PersonRow] = []
        self.key = ""
        self.last_preview: Preview | None = None
        self._loading = False
        self.duplicate_box: QMessageBox | None = None
        self._build()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        """Fits 1366×768 and 1024×768 (issue 13): people on the left, the fee lines on the right,
        and one bottom bar with the total and the pay button that never leaves the screen."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.header = QLabel()
        self.header.setObjectName("panelHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.refuse_button = QPushButton(self.tr("입장 거절…"))
        self.refuse_button.setToolTip(self.tr("질병·발열 등으로 입장을 거절합니다"))
        self.cancel_button = QPushButton(self.tr("예약 취소…"))
        self.cancel_button.setToolTip(self.tr("전화로 받은 예약 취소"))
        self.close_button = QPushButton(self.tr("닫기 (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        for b in (self.refuse_button, self.cancel_button, self.close_button):
            b.setAutoDefault(False)
            head.addWidget(b)
        outer.addLayout(head)
        self.penalty = wrapped_label("penalty", "color: #c62828; font-weight: bold;")
        self.penalty.hide()
        outer.addWidget(self.penalty)
        # a scan that came in while this family is open waits here (the scanner wins, issue 13)
        self.pending = wrapped_label("pending", "background: #fff3e0; color: #e65100; font-weight: bold; padding: 4px;")
        self.pending.hide()
        outer.addWidget(self.pending)

        self.walkin_box = QWidget()
        wl = QHBoxLayout(self.walkin_box)
        wl.setContentsMargins(0, 0, 0, 0)
        self.booker_name = QLineEdit(placeholderText=self.tr("보호자 이름"))
        self.booker_phone = QLineEdit(placeholderText=self.tr("연락처 010-0000-0000"))
        for field in (self.booker_name, self.booker_phone):
            field.setMaxLength(50)
        wl.addWidget(QLabel(self.tr("현장접수 보호자")))
        wl.addWidget(self.booker_name, 1)
        wl.addWidget(self.booker_phone, 1)
        outer.addWidget(self.walkin_box)

        body = QHBoxLayout()
        left = QVBoxLayout()
        columns = [
            self.tr("구분"),
            self.tr("이름"),
            self.tr("생년월일"),
            self.tr("연나이"),
            self.tr("돌봄"),
            self.tr("감면 유형"),
            self.tr("증빙"),
        ]
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("people")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().setVisible(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields, not the cells
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(36)
        for col, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Fixed,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(2, 104)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setMinimumHeight(30 * 3 + 28)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        left.addWidget(self.table, 1)

        people_buttons = QHBoxLayout()
        self.add_child = QPushButton(self.tr("+ 아동"))
        self.add_adult = QPushButton(self.tr("+ 보호자"))
        self.remove_person = QPushButton(self.tr("- 마지막 사람"))
        self.add_child.clicked.connect(lambda: self._add_row(PersonIn(CHILD)))
        self.add_adult.clicked.connect(lambda: self._add_row(PersonIn(self._adult_role())))
        self.remove_person.clicked.connect(self._remove_last)
        for b in (self.add_child, self.add_adult, self.remove_person):
            b.setAutoDefault(False)
            people_buttons.addWidget(b)
        people_buttons.addStretch(1)
        left.addLayout(people_buttons)

        checks = QGridLayout()
        self.residency = QComboBox()
        self.residency.setObjectName("residency")
        self.residency.addItem(self.tr("— 본 서류 선택 (번호는 적지 않음) —"), None)
        for doc in self.ctx.profile.residency_documents:
            self.residency.addItem(doc.label, doc.id)
        self.residency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.residency.setMinimumContentsLength(14)
        self.org_check = QCheckBox(self.tr("서울 소재 기관 확인"))
        self.organisation = QLineEdit(placeholderText=self.tr("기관명 (어린이집·유치원 등)"))
        self.organisation.setMaxLength(100)
        self.kt = QCheckBox(self.tr("KT 멤버십 (바코드 확인, 1인 1회 20%)"))
        residency_label = QLabel(self.tr("서울 거주 확인"))
        residency_label.setToolTip(self.tr("서류의 종류만 고릅니다. 주민등록번호는 적지 않습니다 (ELG-4)"))
        checks.addWidget(residency_label, 0, 0)
        checks.addWidget(self.residency, 0, 1)
        checks.addWidget(self.org_check, 1, 0)
        checks.addWidget(self.organisation, 1, 1)
        checks.addWidget(self.kt, 2, 0, 1, 2)
        checks.setColumnStretch(1, 1)
        left.addLayout(checks)
        body.addLayout(left, 3)

        fee_box = QGroupBox(self.tr("이용료"))
        fee_box.setObjectName("feeBox")
        fl = QVBoxLayout(fee_box)
        fl.setContentsMargins(6, 6, 6, 6)
        self.fees = QTableWidget(0, 3)
        self.fees.setObjectName("fees")
        self.fees.setHorizontalHeaderLabels([self.tr("대상"), self.tr("항목"), self.tr("청구")])
        self.fees.verticalHeader().setVisible(False)
        self.fees.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: no Tab stops (issue 13)
        self.fees.setTabKeyNavigation(False)
        self.fees.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.fees.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fees.setWordWrap(True)
        fh = self.fees.horizontalHeader()
        fh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.fees.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fl.addWidget(self.fees, 1)
        self.household = wrapped_label("household", "color: #0d47a1; font-weight: bold;")
        self.household.hide()
        fl.addWidget(self.household)
        self.notes = wrapped_label("notes", "color: #8a6d00;")
        fl.addWidget(self.notes)
        fee_box.setMinimumWidth(290)
        body.addWidget(fee_box, 2)
        outer.addLayout(body, 1)

        self.refusal = wrapped_label("refusal", "color: #c62828; font-weight: bold;")
        outer.addWidget(self.refusal)
        pay = QFrame()
        pay.setObjectName("payBar")
        pay.setStyleSheet("QFrame#payBar { background: #f1f8e9; border-radius: 4px; }")
        pl = QHBoxLayout(pay)
        pl.setContentsMargins(6, 4, 6, 4)
        self.total = QLabel()
        self.total.setObjectName("total")
        big = QFont()
        big.setPointSize(17)
        big.setBold(True)
        self.total.setFont(big)
        self.total.setMinimumWidth(140)
        self.card = QRadioButton(self.tr("카드"))
        self.transfer = QRadioButton(self.tr("계좌이체"))
        self.card.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.card)
        group.addButton(self.transfer)
        self.pay_detail = QLineEdit()
        self.pay_detail.setObjectName("payDetail")
        self.pay_detail.setMaxLength(40)
        self.pay_detail.setMinimumWidth(150)
        self.pay_button = QPushButton(self.tr("결제 후 인쇄 (F9)"))
        self.pay_button.setObjectName("payButton")
        self.pay_button.setDefault(True)
        self.pay_button.setMinimumHeight(36)
        pl.addWidget(self.total, 1)
        for w in (self.card, self.transfer, self.pay_detail, self.pay_button):
            pl.addWidget(w)
        outer.addWidget(pay)
        self.status = wrapped_label("payStatus", "")
        outer.addWidget(self.status)

        for w in (self.residency,):
            w.currentIndexChanged.connect(self.refresh)
        for cb in (self.kt, self.org_check):
            cb.toggled.connect(self.refresh)
        for le in (self.booker_name, self.booker_phone, self.organisation):
            le.textChanged.connect(self.refresh)
        self.card.toggled.connect(self._method_changed)
        self.pay_detail.returnPressed.connect(self.pay)
        self.pay_button.clicked.connect(lambda: self.pay())  # clicked carries a bool: never allow_duplicate
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
        self.fees.setRowCount(0)
        self.refusal.clear()
        self.status.clear()
        self.status.setStyleSheet("")
        self.pending.hide()
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
        self.pay_button.setEnabled(self.server_ok)
        self.add_adult.setText(self.tr("+ 인솔교사") if group else self.tr("+ 보호자"))
        slot = cal.day_plan(self.ctx.profile, request.day).session(request.session_no)
        slot_time = f" {slot.start:%H:%M}~{slot.end:%H:%M}" if slot is not None else ""
        if booking is not None:
            kind = self.tr("단체") if group else self.tr("개인")
            org = f" · {booking.organisation}" if booking.organisation else ""
            session = self.tr("{0}회차").format(request.session_no)
            source = self.tr("{0} 예약").format(say(SOURCE_KO.get(booking.source, "")))
            self.header.setText(
                f"<b style='font-size:15pt'>{booking.booker_name}</b> · {booking.phone_masked} · "
                f"<b>{session}{slot_time}</b> · {kind}{org} · {source} "
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
            session = self.tr("{0}회차").format(request.session_no)
            walkin = self.tr("현장접수")
            self.header.setText(f"<b style='font-size:15pt'>{walkin}</b> · <b>{session}{slot_time}</b>")
            self.penalty.hide()
        self._loading = False
        self.refresh()
        self.table.scrollToTop()  # never the previous family's scroll position
        self.fees.scrollToTop()
        (self.booker_name if booking is None else self.residency).setFocus()

    def show_pending(self, text: str) -> None:
        self.pending.setText(text)
        self.pending.show()

    def _add_row(self, person: PersonIn) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        role = QTableWidgetItem(say(ROLE_KO.get(person.role, person.role)))
        role.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(r, 0, role)
        name = QLineEdit(person.name or "")
        name.setMaxLength(50)
        birth = QLineEdit(person.birth_date.isoformat() if person.birth_date else "")
        birth.setMaxLength(10)
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
        reduction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        reduction.setMinimumContentsLength(8)
        for i in range(1, reduction.count()):
            red = next(r for r in rules.reductions if r.id == reduction.itemData(i))
            reduction.setItemData(
                i, red.label + "\n" + self.tr("증빙: {0}").format(", ".join(red.proofs)), Qt.ItemDataRole.ToolTipRole
            )
        proof = QCheckBox()
        proof.setToolTip(self.tr("감면 증빙서류를 눈으로 확인했으면 체크하세요 (번호는 적지 않습니다)"))
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
        if self.pay_button.isEnabled():  # an old message goes once the input changes (issue 13)
            self.status.clear()
        problems = []
        for i, (row, person) in enumerate(zip(self.rows, req.people, strict=True)):
            if person.birth_date is not None:
                row.age.setText(self.tr("{0}세").format(yeon_age(person.birth_date, req.day)))
            else:
                row.age.setText("")
                if row.role == CHILD or row.birth.text().strip():
                    problems.append(self.tr("{0}번째 사람의 생년월일을 YYYY-MM-DD로 입력하세요").format(i + 1))
        if problems:
            preview = Preview((), 0, problems[0])
        else:
            preview = self.service.preview(req)
        self.last_preview = preview
        self._fill_fees(req, preview)
        self.total.setText(self.tr("합계 {0}원").format(f"{preview.total:,}") if preview.payable else "")
        self.refusal.setText(staff_words(say(preview.refusal), self._names()))
        self.notes.setText("\n".join(staff_words(say(n), self._names()) for n in preview.notes))
        needs_detail = preview.payable and preview.total > 0
        self.card.setEnabled(needs_detail)
        self.transfer.setEnabled(needs_detail)
        self.pay_detail.setEnabled(needs_detail)
        self.pay_button.setText(
            self.tr("결제 후 인쇄 (F9)") if needs_detail or not preview.payable else self.tr("0원 — 입장권 인쇄 (F9)")
        )

    def _fill_fees(self, req: CheckinRequest, preview: Preview) -> None:
        """Every line of the fee, with the person's name and the whole reduction reason; the
        table grows row by row with the text, never sideways."""
        names = [p.name for p in req.people]
        self.fees.setRowCount(len(preview.lines))
        for r, line in enumerate(preview.lines):
            who = names[line.person] if line.person < len(names) and names[line.person] else say(line.person_label)
            item = self.tr("{0} {1}원").format(say(line.item_label), f"{line.price:,}")
            if line.reduction:
                item += "\n" + self.tr("감면 -{0}원 ({1})").format(f"{line.reduction:,}", say(line.reason_label))
            for c, text in enumerate((who, item, f"{line.charge:,}")):
                cell = QTableWidgetItem(text)
                if c == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.fees.setItem(r, c, cell)
        self.fees.resizeRowsToContents()
        self._household_notice(req)

    def _household_notice(self, req: CheckinRequest) -> None:
        """A household reduction covers the whole family (FEE-3): say so, and name the proof."""
        if self.request is None:
            return
        rules = self.ctx.profile.rules_on(self.request.day)
        lines = []
        for reduction_id in dict.fromkeys(p.reduction for p in req.people if p.reduction):
            red = next((r for r in rules.reductions if r.id == reduction_id), None)
            if red is None:
                continue
            proofs = self.tr(" 또는 ").join(red.proofs) if red.proofs else self.tr("증빙서류")
            if red.scope == "household":
                lines.append(self.tr("{0}: 가족 전체가 감면됩니다 — 확인할 서류: {1}").format(red.label, proofs))
            else:
                lines.append(self.tr("{0}: 확인할 서류: {1}").format(red.label, proofs))
        self.household.setText("\n".join(lines))
        self.household.setVisible(bool(lines))

    # ------------------------------------------------------------ payment

    def set_server(self, ok: bool) -> None:
        """Issue 15: no payment while the desk cannot reach its database server. A payment that
        was in flight when it came back is safe to press again: its key replays it."""
        was, self.server_ok = self.server_ok, ok
        if not ok:
            self.pay_button.setEnabled(False)
            self.status.setStyleSheet("color: #c62828; font-weight: bold;")
            self.status.setText(self.tr("서버 연결 끊김: 결제할 수 없습니다. 카드 단말기에 결제하지 마세요."))
        elif not was:
            self.pay_button.setEnabled(self.current_request() is not None)
            self.status.clear()

    def pay(self, allow_duplicate: bool = False) -> None:
        """Pay once: the button is off while the payment runs, and the panel's key makes a
        second click or Enter a replay of the first (CHK-3, never negotiable #1)."""
        req = self.current_request()
        if req is None or (not self.pay_button.isEnabled() and not allow_duplicate):
            return
        if not self.server_ok:
            return
        preview = self.last_preview
        if preview is not None and not preview.payable:
            self._say_refusal(preview.refusal or "")
            return
        method = "card" if self.card.isChecked() else "transfer"
        detail = self.pay_detail.text()
        payment = PaymentIn(
            method,
            approval_no=detail if method == "card" else "",
            sender=detail if method == "transfer" else "",
            allow_duplicate=allow_duplicate,
        )
        self.pay_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("결제 기록 중…"))
        key = self.key
        staff = self.staff_id()
        run_op(lambda: self.service.pay(req, payment, key, staff), self._paid, self._pay_failed)

    def _paid(self, result: PaidVisit) -> None:
        self.status.setText("")
        self.paid.emit(result)

    def _say_refusal(self, text: str) -> None:
        self.status.setText(staff_words(say(text), self._names()))
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")

    def _names(self) -> list[str | None]:
        return [row.name.text().strip() or None for row in self.rows]

    def _pay_failed(self, error: BaseException) -> None:
        log.info("payment refused: %s", error)
        if isinstance(error, DuplicateApproval):
            self._ask_duplicate(error)
            return
        self.pay_button.setEnabled(self.server_ok)
        self.status.setText(message_for(error, self._names()))
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")

    def _ask_duplicate(self, error: DuplicateApproval) -> None:
        """The same card approval number twice in a day: asked, never silently taken (issue 13)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("같은 승인번호"),
            self.tr(
                "승인번호 {0}은(는) 오늘 이미 영수증 {1}에 쓰였습니다.\n"
                "카드 단말기에서 이 손님의 새 승인번호인지 확인하세요.\n\n그래도 이 승인번호로 기록할까요?"
            ).format(error.approval_no, error.receipt_no),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter alone does not record it twice
        box.setObjectName("duplicateApproval")
        box.finished.connect(lambda _: self._duplicate_answered(box))
        self.duplicate_box = box
        box.open()

    def _duplicate_answered(self, box: QMessageBox) -> None:
        self.duplicate_box = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self.pay(allow_duplicate=True)
            return
        self.pay_button.setEnabled(self.server_ok)
        self.status.setText(self.tr("승인번호를 확인해 다시 입력하세요. 결제는 기록되지 않았습니다."))
        self.status.setStyleSheet("color: #c62828; font-weight: bold;")
        self.pay_detail.setFocus()
        self.pay_detail.selectAll()

    def _ask_refusal(self) -> None:
        reasons = list(self.ctx.profile.health_reasons)
        reason, ok = QInputDialog.getItem(self, self.tr("입장 거절"), self.tr("증상"), reasons, 0, True)
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

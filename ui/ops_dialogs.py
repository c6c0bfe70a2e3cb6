"""The desk's other records (issue 14): lost and found (OPS-1) and incidents (OPS-2)."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.bootstrap import Desk
from desk_app.domain.calendar import day_plan
from desk_app.domain.errors import DeskError
from desk_app.domain.ops import INCIDENT_KIND_KO, LOST_STATE_KO, REMEDIES, SETTLEMENTS, WARNING_CATEGORIES
from desk_app.services.ops import IncidentView, LostItemView
from desk_app.services.staff import StaffMember
from ui.booking_dialogs import GREEN, RED, _fill, _table
from ui.errors import message_for
from ui.screen import fit
from ui.words import say

# ------------------------------------------------------------------ OPS-1


class LostFoundDialog(QDialog):
    """Record an item found, hand one back, dispose of those due, print the list on A4."""

    def __init__(self, desk: Desk, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("분실물 (OPS-1)"))
        fit(self, 1000, 640)
        self.desk, self.staff = desk, staff
        self.items: list[LostItemView] = []
        self.saved: Path | None = None

        box = QGroupBox(self.tr("주운 물건 기록"))
        form = QFormLayout(box)
        self.what = QLineEdit(placeholderText=self.tr("예: 물병 (파란 뚜껑), 어린이 모자"))
        self.what.setObjectName("lostWhat")
        self.place = QLineEdit(placeholderText=self.tr("예: 볼풀 옆 의자, 신발장"))
        self.place.setObjectName("lostPlace")
        self.session = QComboBox()
        self.session.addItem(self.tr("모름"), None)
        for slot in day_plan(desk.profile, desk.today()).sessions:
            self.session.addItem(self.tr("{0}회차").format(slot.no), slot.no)
        self.name = QLineEdit(placeholderText=self.tr("말해 준 경우에만 (찾은 사람·주인)"))
        self.phone = QLineEdit(placeholderText=self.tr("말해 준 경우에만 (010-1234-5678)"))
        row = QHBoxLayout()
        row.addWidget(self.name)
        row.addWidget(self.phone)
        form.addRow(self.tr("물건"), self.what)
        form.addRow(self.tr("발견 장소"), self.place)
        form.addRow(self.tr("회차"), self.session)
        form.addRow(self.tr("이름·연락처 (선택)"), row)
        record = QPushButton(self.tr("기록"))
        record.setObjectName("lostRecord")
        record.setAutoDefault(False)
        record.clicked.connect(self.record)
        form.addRow("", record)

        self.show_all = QCheckBox(self.tr("돌려준 것·폐기한 것도 보기"))
        self.show_all.toggled.connect(self.refresh)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.table = _table(
            [
                self.tr("번호"),
                self.tr("발견"),
                self.tr("물건"),
                self.tr("장소"),
                self.tr("회차"),
                self.tr("연락처"),
                self.tr("상태"),
                self.tr("폐기일"),
            ]
        )
        self.table.setObjectName("lostTable")
        head = self.table.horizontalHeader()
        for c in range(8):
            head.setSectionResizeMode(
                c, QHeaderView.ResizeMode.Stretch if c in (2, 3) else QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        hand = QPushButton(self.tr("돌려줌…"))
        hand.setObjectName("lostHandBack")
        hand.clicked.connect(self.hand_back)
        dispose = QPushButton(self.tr("기한 지난 것 폐기"))
        dispose.setObjectName("lostDispose")
        dispose.clicked.connect(self.dispose_due)
        pdf = QPushButton(self.tr("A4 인쇄용 PDF…"))
        pdf.clicked.connect(self._save_pdf)
        for b in (hand, dispose, pdf):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_all)
        buttons.addStretch(1)
        for b in (hand, dispose, pdf):
            buttons.addWidget(b)
        self.message = QLabel()
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.due_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()
        self.what.setFocus()

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(GREEN if ok else RED)

    def refresh(self) -> None:
        today = self.desk.today()
        self.items = self.desk.lost_found.items(held_only=not self.show_all.isChecked())
        due = [i for i in self.items if i.due(today)]
        rows = [
            [
                str(i.id),
                f"{i.found_at:%m-%d %H:%M}",
                i.what,
                i.place,
                self.tr("{0}회차").format(i.session_no) if i.session_no else "-",
                i.contact or "-",
                say(LOST_STATE_KO[i.state]) + (f" ({i.handed_to})" if i.handed_to else ""),
                f"{i.due_on:%Y-%m-%d}",
            ]
            for i in self.items
        ]
        _fill(self.table, rows, red={n for n, i in enumerate(self.items) if i.due(today)})
        if due:
            self.due_label.setText(self.tr("오늘 폐기할 때가 된 물건이 {0}건 있습니다 (빨간 줄).").format(len(due)))
            self.due_label.setStyleSheet(RED)
        else:
            self.due_label.setText(self.tr("오늘 폐기할 물건은 없습니다."))
            self.due_label.setStyleSheet("")

    def record(self) -> None:
        try:
            item = self.desk.lost_found.record(
                self.what.text(),
                self.place.text(),
                self.staff,
                session_no=self.session.currentData(),
                name=self.name.text(),
                phone=self.phone.text(),
            )
        except DeskError as e:
            self._say(message_for(e), False)
            return
        for field in (self.what, self.place, self.name, self.phone):
            field.clear()
        self._say(
            self.tr("{0}번으로 기록했습니다: {1} — {2}까지 보관").format(item.id, item.what, f"{item.due_on:%Y-%m-%d}"),
            True,
        )
        self.refresh()
        self.what.setFocus()

    def selected(self) -> LostItemView | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def hand_back(self) -> None:
        item = self.selected()
        if item is None:
            self._say(self.tr("목록에서 돌려줄 물건을 고르세요."), False)
            return
        who, ok = QInputDialog.getText(self, self.tr("돌려줌"), self.tr("{0} — 받아 간 사람").format(item.what))
        if not ok:
            return
        self.hand_back_to(item.id, who)

    def hand_back_to(self, item_id: int, who: str) -> None:
        try:
            item = self.desk.lost_found.hand_back(item_id, who, self.staff)
        except DeskError as e:
            self._say(message_for(e), False)
            return
        self._say(self.tr("돌려준 것으로 기록했습니다: {0}").format(item.what), True)
        self.refresh()

    def dispose_due(self) -> None:
        today = self.desk.today()
        due = [i for i in self.items if i.due(today)]
        if not due:
            self._say(self.tr("폐기할 때가 된 물건이 없습니다."), False)
            return
        answer = QMessageBox.question(
            self,
            self.tr("폐기"),
            self.tr("{0}건을 폐기한 것으로 기록합니다:\n{1}").format(len(due), "\n".join(f"· {i.what}" for i in due)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.dispose([i.id for i in due])

    def dispose(self, ids: list[int]) -> None:
        try:
            done = self.desk.lost_found.dispose(ids, self.staff)
        except DeskError as e:
            self._say(message_for(e), False)
            return
        self._say(self.tr("{0}건을 폐기한 것으로 기록했습니다.").format(len(done)), True)
        self.refresh()

    def _save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("저장"), self.tr("분실물-{0}.pdf").format(f"{self.desk.today():%Y%m%d}"), "*.pdf"
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        from desk_app.printing.report import lost_found_pdf

        items = self.desk.lost_found.items(held_only=True)
        try:
            path.write_bytes(lost_found_pdf(items, self.desk.profile.center, self.desk.today()))
        except OSError as e:
            self._say(self.tr("저장하지 못했습니다: {0}").format(e.strerror), False)
            return
        self.saved = path
        self._say(self.tr("저장했습니다: {0}").format(str(path)), True)


# ------------------------------------------------------------------ OPS-2


class IncidentDialog(QDialog):
    """A warning (and 퇴실 조치 at the second), or damage with the amount agreed. Each record
    carries a key made when the form is filled: a second click or Enter adds nothing."""

    def __init__(self, desk: Desk, staff: StaffMember, visit_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("안전 사고·파손 (OPS-2)"))
        fit(self, 1000, 660)
        self.desk, self.staff = desk, staff
        self.key = secrets.token_hex(16)
        # tests and the screenshot script answer the removal question here instead of a modal box
        self.removal_answer: tuple[bool, bool] | None = None

        self.visit = QComboBox()
        self.visit.setObjectName("incidentVisit")
        self.visit.setEditable(True)
        self.visit.addItem(self.tr("방문 고르기 (입장권 코드)"), "")
        for v in desk.board.visits_on():
            if v.status == "paid":
                session = self.tr("{0}회차").format(v.session_no)
                self.visit.addItem(f"{v.code} · {session} · {v.booker_name}", v.code)
        if visit_code:
            index = self.visit.findData(visit_code)
            self.visit.setCurrentIndex(max(index, 0))
        self.visit.currentIndexChanged.connect(self.show_conduct)
        self.conduct = QLabel()
        self.conduct.setWordWrap(True)

        warn_box = QGroupBox(self.tr("경고 (안전요원)"))
        wf = QFormLayout(warn_box)
        self.category = QComboBox()
        self.category.setObjectName("incidentCategory")
        for key, label in WARNING_CATEGORIES.items():
            self.category.addItem(say(label), key)
        self.warn_note = QLineEdit(placeholderText=self.tr("짧은 메모 (예: 미끄럼틀 거꾸로 오르기)"))
        warn = QPushButton(self.tr("경고 기록"))
        warn.setObjectName("incidentWarn")
        warn.setAutoDefault(False)
        warn.clicked.connect(self.warn)
        wf.addRow(self.tr("사유"), self.category)
        wf.addRow(self.tr("메모"), self.warn_note)
        wf.addRow("", warn)

        damage_box = QGroupBox(self.tr("파손 (장난감·시설)"))
        df = QFormLayout(damage_box)
        self.what = QLineEdit(placeholderText=self.tr("예: 자석 블록 세트"))
        self.what.setObjectName("damageWhat")
        self.remedy = QComboBox()
        for key, label in REMEDIES.items():
            self.remedy.addItem(say(label), key)
        self.amount = QSpinBox()
        self.amount.setObjectName("damageAmount")
        self.amount.setRange(0, 10_000_000)
        self.amount.setSingleStep(1000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setSuffix(self.tr(" 원"))
        self.settled = QComboBox()
        self.settled.setObjectName("damageSettled")
        for key, label in SETTLEMENTS.items():
            self.settled.addItem(say(label), key)
        self.damage_note = QLineEdit()
        damage = QPushButton(self.tr("파손 기록"))
        damage.setObjectName("damageRecord")
        damage.setAutoDefault(False)
        damage.clicked.connect(self.record_damage)
        df.addRow(self.tr("물품"), self.what)
        df.addRow(self.tr("처리"), self.remedy)
        df.addRow(self.tr("합의 금액"), self.amount)
        df.addRow(self.tr("정산"), self.settled)
        df.addRow(self.tr("메모"), self.damage_note)
        df.addRow(QLabel(self.tr("파손 배상금은 입장료와 따로 집계됩니다 (KT 정산 제외).")))
        df.addRow("", damage)

        boxes = QHBoxLayout()
        boxes.addWidget(warn_box, 1)
        boxes.addWidget(damage_box, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = _table(
            [self.tr("시각"), self.tr("구분"), self.tr("입장권"), self.tr("내용"), self.tr("금액"), self.tr("담당")]
        )
        self.table.setObjectName("incidentTable")
        head = self.table.horizontalHeader()
        for c in range(6):
            head.setSectionResizeMode(
                c, QHeaderView.ResizeMode.Stretch if c == 3 else QHeaderView.ResizeMode.ResizeToContents
            )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("방문")))
        top.addWidget(self.visit, 1)
        layout.addLayout(top)
        layout.addWidget(self.conduct)
        layout.addLayout(boxes)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("오늘 기록")))
        layout.addWidget(self.table, 1)
        self.show_conduct()
        self.refresh()

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(GREEN if ok else RED)

    def code(self) -> str:
        data = self.visit.currentData()
        if data:
            return str(data)
        typed = self.visit.currentText().strip()
        return "" if typed == self.visit.itemText(0) else typed.split(" ")[0]

    def show_conduct(self) -> None:
        code = self.code()
        if not code:
            self.conduct.setText(
                self.tr("경고와 퇴실 조치는 방문을 골라야 합니다. 파손은 방문 없이도 기록할 수 있습니다.")
            )
            self.conduct.setStyleSheet("")
            return
        try:
            c = self.desk.incidents.conduct(code)
        except DeskError as e:
            self.conduct.setText(message_for(e))
            self.conduct.setStyleSheet(RED)
            return
        text = self.tr("{0} · 오늘 경고 {1}회").format(c.visit_code, c.warnings)
        if c.removed:
            text += self.tr(" · 퇴실 조치됨")
        self.conduct.setText(text)
        self.conduct.setStyleSheet(RED if c.warnings else "")

    def refresh(self) -> None:
        rows = []
        for i in self.desk.incidents.on(self.desk.today()):
            rows.append(
                [
                    f"{i.at:%H:%M}",
                    say(INCIDENT_KIND_KO[i.kind]),
                    i.visit_code or "-",
                    self._content(i),
                    self.tr("{0}원").format(f"{i.amount:,}") if i.kind == "damage" else "",
                    i.staff or "-",
                ]
            )
        _fill(self.table, rows)

    def _content(self, i: IncidentView) -> str:
        if i.kind == "warning":
            return " · ".join(x for x in (say(WARNING_CATEGORIES.get(i.category or "", "")), i.note or "") if x)
        if i.kind == "removal":
            back = self.tr("오늘 재입장 허용") if i.may_return else self.tr("오늘 재입장 불가")
            return " · ".join(x for x in (back, i.note or "") if x)
        return " · ".join(
            x
            for x in (i.what or "", say(REMEDIES.get(i.remedy or "", "")), say(SETTLEMENTS.get(i.settled or "", "")))
            if x
        )

    def warn(self) -> None:
        code = self.code()
        try:
            conduct = self.desk.incidents.warn(
                self.key, code, self.category.currentData(), self.warn_note.text(), self.staff
            )
        except DeskError as e:
            self._say(message_for(e), False)
            return
        self.key = secrets.token_hex(16)
        self.warn_note.clear()
        self._say(self.tr("경고를 기록했습니다 ({0}회째).").format(conduct.warnings), True)
        self.show_conduct()
        self.refresh()
        if conduct.removal_offered:
            if self.removal_answer is not None:
                self.offer_removal(code, *self.removal_answer)
            else:
                self.offer_removal(code)

    def offer_removal(self, code: str, answer: bool | None = None, may_return: bool | None = None) -> None:
        """OPS-2: the second warning offers 퇴실 조치; the staff decide, and whether the party
        keeps its entry for the rest of the day."""
        if answer is None:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("퇴실 조치"))
            box.setText(self.tr("두 번째 경고입니다. 퇴실 조치하시겠습니까?"))
            keep = QCheckBox(self.tr("오늘 남은 시간에는 다시 들어올 수 있음"))
            box.setCheckBox(keep)
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            answer = box.exec() == QMessageBox.StandardButton.Yes
            may_return = keep.isChecked()
        if not answer:
            return
        try:
            self.desk.incidents.remove(self.key, code, bool(may_return), "", self.staff)
        except DeskError as e:
            self._say(message_for(e), False)
            return
        self.key = secrets.token_hex(16)
        self._say(
            self.tr("퇴실 조치를 기록했습니다.")
            + " "
            + (
                self.tr("오늘 다시 입장할 수 있습니다.")
                if may_return
                else self.tr("입장권으로 다시 들어올 수 없습니다.")
            ),
            True,
        )
        self.show_conduct()
        self.refresh()

    def record_damage(self) -> None:
        try:
            done = self.desk.incidents.record_damage(
                self.key,
                self.code() or None,
                self.what.text(),
                self.remedy.currentData(),
                self.amount.value(),
                self.settled.currentData(),
                self.damage_note.text(),
                self.staff,
            )
        except DeskError as e:
            self._say(message_for(e), False)
            return
        self.key = secrets.token_hex(16)
        self.what.clear()
        self.amount.setValue(0)
        self.damage_note.clear()
        self._say(self.tr("파손을 기록했습니다: {0} {1}원").format(done.what, f"{done.amount:,}"), True)
        self.refresh()

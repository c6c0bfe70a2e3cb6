"""The center profile from the desk (issue 14): a manager edits what a center changes, picks the
date a priced or counted rule takes effect, sees what changes on which date, and saves. The
file is checked whole by the start-up validator and written with the previous version kept."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.bootstrap import Desk
from desk_app.domain.errors import DeskError
from desk_app.domain.profile import CENTER_DETAILS, WEEKDAYS
from desk_app.domain.profile_edit import CENTER_LABELS, RULE_LABELS, ProfileEdit
from desk_app.services.staff import StaffMember
from ui.booking_dialogs import GREEN, RED, _table
from ui.errors import message_for
from ui.screen import fit
from ui.words import say


def _get(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data.setdefault(key, {})
    data[path[-1]] = value


class CenterSettingsDialog(QDialog):
    def __init__(self, desk: Desk, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("센터 설정 (관리자)"))
        fit(self, 1100, 700)
        self.desk, self.staff = desk, staff
        self.service = desk.center_settings
        self.earliest = self.service.earliest()
        today = desk.today()
        first_of_next = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        start = max(first_of_next, self.earliest)
        self.loaded = self.service.rules_on(start)
        self.spins: dict[tuple[str, ...], QSpinBox] = {}

        self.tabs = QTabWidget()
        self.tabs.addTab(self._center_tab(), self.tr("센터 정보"))
        self.tabs.addTab(self._fees_tab(), self.tr("이용료·감면"))
        self.tabs.addTab(self._sessions_tab(), self.tr("회차"))
        self.tabs.addTab(self._rules_tab(), self.tr("운영 규칙"))
        self.tabs.addTab(self._closures_tab(), self.tr("휴관"))

        self.when = QDateEdit(QDate(start.year, start.month, start.day))
        self.when.setObjectName("effectiveFrom")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.when.setMinimumDate(QDate(self.earliest.year, self.earliest.month, self.earliest.day))
        preview = QPushButton(self.tr("변경 내용 보기"))
        preview.setObjectName("settingsPreview")
        preview.setAutoDefault(False)
        preview.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("저장"))
        self.save_button.setObjectName("settingsSave")
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save())  # not save(checked): clicked carries a bool
        close = QPushButton(self.tr("닫기"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("요금·규칙·회차 시행일")))
        bottom.addWidget(self.when)
        hint = QLabel(self.tr("(센터 정보는 저장하는 즉시 바뀝니다. 지난 방문은 그때의 규칙으로 남습니다)"))
        hint.setWordWrap(True)
        bottom.addWidget(hint, 1)
        bottom.addWidget(preview)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        self.changes = QListWidget()
        self.changes.setObjectName("settingsChanges")
        self.changes.setMaximumHeight(120)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(QLabel(self.tr("바뀌는 것")))
        layout.addWidget(self.changes)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        for w in self.findChildren(QAbstractSpinBox):
            w.editingFinished.connect(self._edited)
        self.when.dateChanged.connect(self._edited)

    # ------------------------------------------------------------------ tabs

    def _center_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        center = self.desk.profile.center
        self.center_fields: dict[str, QLineEdit] = {}
        self.confirm: dict[str, QCheckBox] = {}  # a placeholder that is right after all
        for key in CENTER_DETAILS:
            field = QLineEdit(getattr(center, key))
            field.setObjectName(f"center_{key}")
            field.textEdited.connect(self._edited)
            self.center_fields[key] = field
            row: QWidget = field
            if key in center.placeholders:
                box = QWidget()
                h = QHBoxLayout(box)
                h.setContentsMargins(0, 0, 0, 0)
                h.addWidget(field, 1)
                flag = QLabel(self.tr("임시값 — 채워 주세요 (영수증에 인쇄됨)"))
                flag.setStyleSheet(RED)
                h.addWidget(flag)
                confirm = QCheckBox(self.tr("이 값이 맞음"))
                confirm.setObjectName(f"confirm_{key}")
                confirm.toggled.connect(self._edited)
                self.confirm[key] = confirm
                h.addWidget(confirm)
                row = box
            form.addRow(say(CENTER_LABELS[key]), row)
        form.addRow(QLabel(self.tr("센터 ID: {0} (바꿀 수 없음)").format(center.id)))
        return page

    @staticmethod
    def _label(path: tuple[str, ...]) -> str:
        return say(RULE_LABELS[".".join(path)])

    def _spin(self, path: tuple[str, ...], low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(True)
        spin.setValue(int(_get(self.loaded, path)))
        spin.setObjectName("rule_" + "_".join(path))
        self.spins[path] = spin
        return spin

    def _fee_fields(self) -> tuple[tuple[tuple[str, ...], int, int], ...]:
        return (
            (("fees", "child"), 0, 100_000),
            (("fees", "guardian"), 0, 100_000),
            (("fees", "teacher"), 0, 100_000),
            (("fees", "care"), 0, 100_000),
        )

    def _rule_fields(self) -> tuple[tuple[str, str, tuple[tuple[tuple[str, ...], int, int], ...]], ...]:
        """(key, title, fields): the path in the rule version, the minimum and maximum. The label is the
        one the change list uses (``profile_edit.RULE_LABELS``), said in the staff's language."""
        return (
            ("capacity", self.tr("정원"), ((("capacity",), 1, 500),)),
            (
                "care",
                self.tr("놀이돌봄"),
                (
                    (("care", "min_months"), 0, 120),
                    (("care", "max_per_session"), 0, 50),
                    (("care", "max_per_application"), 0, 10),
                    (("care", "handover_minutes_before_end"), 0, 60),
                ),
            ),
            (
                "group",
                self.tr("단체"),
                (
                    (("group", "min_people"), 1, 200),
                    (("group", "discount_min_children"), 1, 200),
                    (("group", "discount_percent"), 0, 100),
                    (("group", "free_teacher_per_children"), 1, 100),
                    (("group", "book_days_ahead"), 0, 365),
                ),
            ),
            (
                "booking",
                self.tr("예약·제한"),
                (
                    (("booking", "max_children_per_booker"), 1, 20),
                    (("booking", "walkin_after_minutes"), 0, 120),
                    (("booking", "penalty_days"), 0, 365),
                ),
            ),
            (
                "age",
                self.tr("나이·보관"),
                (
                    (("age", "max_child_age"), 0, 18),
                    (("age", "max_sibling_age"), 0, 18),
                    (("age", "senior_age"), 1, 150),
                    (("retention", "personal_data_days"), 1, 3650),
                    (("retention", "lost_and_found_days"), 1, 365),
                ),
            ),
        )

    def _fees_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        fees = QGroupBox(self.tr("이용료 (FEE-1, FEE-2)"))
        ff = QFormLayout(fees)
        for path, low, high in self._fee_fields():
            ff.addRow(self._label(path), self._spin(path, low, high))
        kt = QGroupBox(self.tr("KT 멤버십 (FEE-4)"))
        kf = QFormLayout(kt)
        self.kt_enabled = QCheckBox(self.tr("할인함"))
        self.kt_enabled.setChecked(bool(self.loaded["kt"]["enabled"]))
        self.kt_enabled.toggled.connect(self._edited)
        kf.addRow(self.kt_enabled)
        kf.addRow(self._label(("kt", "percent")), self._spin(("kt", "percent"), 0, 100))
        row.addWidget(fees, 1)
        row.addWidget(kt, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("감면 유형과 증빙 (FEE-3) — 증빙은 쉼표로 나눕니다")))
        self.reductions = _table([self.tr("유형"), self.tr("이름"), self.tr("증빙 서류")], editable=True)
        self.reductions.setObjectName("reductions")
        items = self.loaded["reductions"]
        self.reductions.setRowCount(len(items))
        for r, red in enumerate(items):
            ident = QTableWidgetItem(red["id"])
            ident.setFlags(ident.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.reductions.setItem(r, 0, ident)
            self.reductions.setItem(r, 1, QTableWidgetItem(red["label"]))
            self.reductions.setItem(r, 2, QTableWidgetItem(", ".join(red["proofs"])))
        self.reductions.itemChanged.connect(self._edited)
        layout.addWidget(self.reductions, 1)
        return page

    def _sessions_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.session_tables: dict[str, QTableWidget] = {}
        for kind, title in (("weekday", self.tr("평일 (CAL-2)")), ("weekend", self.tr("주말"))):
            box = QGroupBox(title)
            v = QVBoxLayout(box)
            table = _table([self.tr("회차"), self.tr("시작 (HH:MM)"), self.tr("끝 (HH:MM)")], editable=True)
            table.setObjectName(f"sessions_{kind}")
            rows = self.loaded["sessions"][kind]
            table.setRowCount(len(rows))
            for r, s in enumerate(rows):
                for c, value in enumerate((str(s["no"]), s["start"], s["end"])):
                    table.setItem(r, c, QTableWidgetItem(value))
            table.itemChanged.connect(self._edited)
            add = QPushButton(self.tr("회차 추가"))
            add.setAutoDefault(False)
            add.clicked.connect(lambda _=False, t=table: self._add_session(t))
            drop = QPushButton(self.tr("마지막 회차 빼기"))
            drop.setAutoDefault(False)
            drop.clicked.connect(lambda _=False, t=table: (t.setRowCount(max(t.rowCount() - 1, 0)), self._edited()))
            buttons = QHBoxLayout()
            buttons.addWidget(add)
            buttons.addWidget(drop)
            v.addWidget(table, 1)
            v.addLayout(buttons)
            self.session_tables[kind] = table
            layout.addWidget(box, 1)
        return page

    def _add_session(self, table: QTableWidget) -> None:
        r = table.rowCount()
        table.setRowCount(r + 1)
        for c, value in enumerate((str(r + 1), "", "")):
            table.setItem(r, c, QTableWidgetItem(value))
        self._edited()

    def _rules_tab(self) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        for n, (key, title, fields) in enumerate(self._rule_fields()):
            box = QGroupBox(title)
            form = QFormLayout(box)
            for path, low, high in fields:
                form.addRow(self._label(path), self._spin(path, low, high))
            if key == "capacity":
                self.counts = QComboBox()
                self.counts.addItem(self.tr("모든 입장객 (아동·어른)"), "everyone")
                self.counts.addItem(self.tr("아동만"), "children")
                self.counts.setCurrentIndex(max(self.counts.findData(self.loaded["capacity_counts"]), 0))
                self.counts.currentIndexChanged.connect(self._edited)
                form.addRow(self._label(("capacity_counts",)), self.counts)
            if key == "booking":
                self.window_day = QComboBox()
                names = (
                    self.tr("월"),
                    self.tr("화"),
                    self.tr("수"),
                    self.tr("목"),
                    self.tr("금"),
                    self.tr("토"),
                    self.tr("일"),
                )
                for name, day in zip(names, WEEKDAYS, strict=True):
                    self.window_day.addItem(name, day)
                self.window_day.setCurrentIndex(
                    max(self.window_day.findData(self.loaded["booking"]["window_opens_weekday"]), 0)
                )
                self.window_day.currentIndexChanged.connect(self._edited)
                self.window_time = QLineEdit(self.loaded["booking"]["window_opens_time"])
                self.window_time.textEdited.connect(self._edited)
                form.addRow(self._label(("booking", "window_opens_weekday")), self.window_day)
                form.addRow(self._label(("booking", "window_opens_time")), self.window_time)
            grid.addWidget(box, n // 3, n % 3)
        ratio_box = QGroupBox(self.tr("단체 인솔 비율 (RSV-3)"))
        rv = QVBoxLayout(ratio_box)
        self.ratio = _table([self.tr("최저 연나이"), self.tr("교사 1명당 아동")], editable=True)
        self.ratio.setObjectName("ratio")
        rows = self.loaded["group"]["ratio"]
        self.ratio.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.ratio.setItem(r, 0, QTableWidgetItem(str(row["min_age"])))
            self.ratio.setItem(r, 1, QTableWidgetItem(str(row["children_per_teacher"])))
        self.ratio.itemChanged.connect(self._edited)
        rv.addWidget(self.ratio)
        grid.addWidget(ratio_box, 1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _closures_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("앞으로의 휴관 (CAL-6). 새 휴관은 예약을 취소하고 전화 목록을 만듭니다.")))
        self.closure_list = QListWidget()
        layout.addWidget(self.closure_list, 1)
        add = QPushButton(self.tr("휴관 지정…"))
        add.setAutoDefault(False)
        add.clicked.connect(self._open_closures)
        layout.addWidget(add)
        self._fill_closures()
        return page

    def _fill_closures(self) -> None:
        self.closure_list.clear()
        for c in self.service.closures():
            when = self.tr("하루 전체") if c.session is None else self.tr("{0}회차").format(c.session)
            self.closure_list.addItem(f"{c.date:%Y-%m-%d} · {when} · {c.reason}")
        if not self.closure_list.count():
            self.closure_list.addItem(self.tr("앞으로 지정된 휴관이 없습니다"))

    def _open_closures(self) -> None:
        from ui.booking_dialogs import ClosureDialog

        ClosureDialog(self.desk.ctx, self.staff, parent=self).exec()
        self._fill_closures()

    # ------------------------------------------------------------------ the change

    def _edited(self, *_: object) -> None:
        self.save_button.setEnabled(False)  # a new preview before saving what changed since

    def edit(self) -> ProfileEdit:
        center = self.desk.profile.center
        changed = {
            k: f.text()
            for k, f in self.center_fields.items()
            if f.text().strip() != getattr(center, k) or (k in self.confirm and self.confirm[k].isChecked())
        }
        rules = copy.deepcopy(self.loaded)
        for path, spin in self.spins.items():
            _set(rules, path, spin.value())
        rules["kt"]["enabled"] = self.kt_enabled.isChecked()
        rules["capacity_counts"] = self.counts.currentData()
        rules["booking"]["window_opens_weekday"] = self.window_day.currentData()
        rules["booking"]["window_opens_time"] = self.window_time.text().strip()
        reductions = []
        for r, red in enumerate(self.loaded["reductions"]):
            label = self._cell(self.reductions, r, 1) or red["label"]
            proofs = [p.strip() for p in self._cell(self.reductions, r, 2).split(",") if p.strip()]
            reductions.append({**red, "label": label, "proofs": proofs})
        rules["reductions"] = reductions
        for kind, table in self.session_tables.items():
            rows = []
            for r in range(table.rowCount()):
                no = self._cell(table, r, 0)
                rows.append(
                    {
                        "no": int(no) if no.isascii() and no.isdigit() else 0,
                        "start": self._cell(table, r, 1),
                        "end": self._cell(table, r, 2),
                    }
                )
            rules["sessions"][kind] = rows
        ratio = []
        for r in range(self.ratio.rowCount()):
            a, b = self._cell(self.ratio, r, 0), self._cell(self.ratio, r, 1)
            ratio.append(
                {
                    "min_age": int(a) if a.isascii() and a.isdigit() else -1,
                    "children_per_teacher": int(b) if b.isascii() and b.isdigit() else 0,
                }
            )
        rules["group"]["ratio"] = ratio
        priced = rules != self.loaded
        return ProfileEdit(
            center=changed,
            effective_from=self.when.date().toPython() if priced else None,
            rules=rules if priced else {},
        )

    @staticmethod
    def _cell(table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text().strip() if item is not None else ""

    def preview(self) -> bool:
        self.changes.clear()
        try:
            result = self.service.preview(self.edit())
        except DeskError as e:
            self._say(message_for(e), False)
            self.save_button.setEnabled(False)
            return False
        for change in result.changes:
            self.changes.addItem(say(change))
        self._say(self.tr("바뀌는 것을 확인하고 [저장]을 누르세요."), True)
        self.save_button.setEnabled(True)
        return True

    def save(self, confirmed: bool | None = None) -> bool:
        from ui.booking_dialogs import ask_manager

        if not self.preview():
            return False
        if confirmed is None:
            answer = QMessageBox.question(
                self,
                self.tr("센터 설정 저장"),
                self.tr("다음을 저장합니다:\n{0}").format(
                    "\n".join(self.changes.item(i).text() for i in range(self.changes.count()))
                ),
            )
            confirmed = answer == QMessageBox.StandardButton.Yes
        if not confirmed:
            return False
        manager = ask_manager(self, self.desk.ctx, self.staff, self.tr("센터 설정 변경"))
        if manager is None:
            return False
        try:
            saved = self.desk.save_settings(self.edit(), manager)
        except DeskError as e:
            self._say(message_for(e), False)
            return False
        self.loaded = self.service.rules_on(self.when.date().toPython())
        self.service = self.desk.center_settings
        self.save_button.setEnabled(False)
        self._say(
            self.tr("저장했습니다 ({0}). 이전 설정은 {1}에 보관했습니다.").format(str(saved.path), saved.previous.name),
            True,
        )
        return True

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(GREEN if ok else RED)

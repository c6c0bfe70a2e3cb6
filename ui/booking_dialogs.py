"""Booking screens (RSV-1, RSV-3, RSV-5, RSV-6, CAL-6): the import preview, the group form,
the no-show review with penalties, closures and cancellations."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.services.bookings import CancellationService, ClosureService, GroupBooking, GroupService, NoShowService
from desk_app.services.care import CareService
from desk_app.services.context import DeskContext
from desk_app.services.portal_import import CallItem, ImportSummary, PortalImportService
from desk_app.services.staff import StaffMember, StaffService
from ui.errors import message_for, staff_words
from ui.screen import fit
from ui.words import say
from ui.workers import run_op

log = logging.getLogger(__name__)
RED = "color: #c62828; font-weight: bold;"
GREEN = "color: #1b5e20; font-weight: bold;"


def _table(headers: list[str], editable: bool = False) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.verticalHeader().setVisible(False)
    if not editable:
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return t


def _fill(table: QTableWidget, rows: list[list[str]], red: set[int] | None = None) -> None:
    """The rows as text; those numbered in ``red`` in red (something due or wrong)."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            if red and r in red:
                item.setForeground(QColor("#c62828"))
            table.setItem(r, c, item)


def session_text(day: dt.date | None, session_no: int) -> str:
    """ "06-11 1회차" in the staff's language."""
    said = QCoreApplication.translate("words", "{0}회차").format(session_no)
    return f"{day:%m-%d} {said}" if day is not None else said


def call_rows(calls: tuple[CallItem, ...] | list[CallItem]) -> list[list[str]]:
    return [
        [session_text(c.day, c.session_no), c.booker_name, c.phone, c.portal_no or c.code, staff_words(say(c.reason))]
        for c in calls
    ]


def ask_manager(parent: QWidget, ctx: DeskContext, current: StaffMember, what: str = "") -> StaffMember | None:
    """Manager actions: the logged-in manager, or a manager picked from the list with a PIN."""
    if current.is_manager:
        return current
    from ui.login import ManagerDialog

    dialog = ManagerDialog(StaffService(ctx), what, parent)
    if not dialog.exec():
        return None
    return dialog.member


class ImportDialog(QDialog):
    """RSV-1: choose a file, preview what it would change (nothing saved), then import."""

    def __init__(
        self, ctx: DeskContext, staff: StaffMember, path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("포털 예약 목록 가져오기"))
        fit(self, 900, 600)
        self.ctx = ctx
        self.staff = staff
        self.service = PortalImportService(ctx)
        self.summary: ImportSummary | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(path or "")
        self.path.setPlaceholderText(self.tr("우리동네키움포털에서 내려받은 CSV 또는 XLSX"))
        browse = QPushButton(self.tr("파일 선택…"))
        browse.clicked.connect(self.browse)
        self.preview_button = QPushButton(self.tr("미리 보기"))
        self.preview_button.clicked.connect(self.preview)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.preview_button)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        # the file's bookings by session, each with its own warnings (issue 13)
        self.rows_table = _table(
            [
                self.tr("날짜·회차"),
                self.tr("예약번호"),
                self.tr("예약자"),
                self.tr("아동 수"),
                self.tr("성인 수"),
                self.tr("결과"),
                self.tr("확인할 점"),
            ]
        )
        self.rows_table.setObjectName("importRows")
        header = self.rows_table.horizontalHeader()
        for col in range(6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.rows_table.setWordWrap(True)
        layout.addWidget(self.rows_table, 3)
        self.rejects = _table([self.tr("행"), self.tr("거부 사유")])
        self.rejects.setObjectName("importRejects")
        self.rejects.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rejects.hide()
        layout.addWidget(self.rejects, 3)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a6d00;")
        layout.addWidget(self.warnings)
        self.calls = _table(
            [self.tr("회차"), self.tr("예약자"), self.tr("연락처"), self.tr("예약번호"), self.tr("사유")]
        )
        layout.addWidget(QLabel(self.tr("전화할 사람 (강제 취소)")))
        layout.addWidget(self.calls, 1)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("가져오기"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        close = QPushButton(self.tr("닫기"))
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("예약 목록 파일"), "", self.tr("예약 목록 (*.csv *.xlsx)"))
        if name:
            self.path.setText(name)
            self.preview()

    def preview(self) -> None:
        self._run(commit=False)

    def commit(self) -> None:
        allow_past, manager = False, None
        if self.summary is not None and self.summary.all_past:
            # an old file, most likely: only a manager imports it, knowingly
            manager = ask_manager(self, self.ctx, self.staff, self.tr("지난 회차뿐인 파일 가져오기"))
            if manager is None:
                return
            allow_past = True
        self.import_button.setEnabled(False)
        self._run(commit=True, allow_past=allow_past, manager=manager)

    def _clear(self) -> None:
        """Nothing of the last file stays on show (issue 13)."""
        self.summary = None
        for table in (self.rows_table, self.rejects, self.calls):
            table.setRowCount(0)
        self.warnings.clear()
        self.import_button.setEnabled(False)

    def _run(self, commit: bool, allow_past: bool = False, manager: StaffMember | None = None) -> None:
        path = Path(self.path.text().strip())
        self._clear()
        self.result.setText(self.tr("읽는 중…"))
        self.result.setStyleSheet("")
        run_op(
            lambda: self.service.run(path, self.staff.id, commit=commit, allow_past=allow_past, manager=manager),
            self._show,
            self._failed,
        )

    def _show(self, s: ImportSummary) -> None:
        self.summary = s
        outcome = {
            "added": self.tr("새 예약"),
            "updated": self.tr("변경"),
            "cancelled": self.tr("취소"),
            "unchanged": self.tr("그대로"),
        }
        _fill(
            self.rows_table,
            [
                [
                    session_text(b.day, b.session_no),
                    b.booking_no,
                    b.booker_name,
                    str(b.children),
                    str(b.adults),
                    outcome.get(b.outcome, b.outcome),
                    staff_words(" · ".join(say(n) for n in b.notes)),
                ]
                for b in s.bookings
            ],
        )
        for r, b in enumerate(s.bookings):
            if b.notes:
                for c in range(self.rows_table.columnCount()):
                    self.rows_table.item(r, c).setForeground(Qt.GlobalColor.darkRed)
        self.rows_table.resizeRowsToContents()
        _fill(self.rejects, [[str(r.line), r.reason] for r in s.rejected])
        self.rejects.setVisible(bool(s.rejected))
        self.rows_table.setVisible(not s.rejected)
        self.warnings.setText("\n".join(staff_words(say(w)) for w in s.warnings))
        _fill(self.calls, call_rows(s.to_call))
        counts = self.tr("{0}행 · 새 예약 {1} · 변경 {2} · 취소 {3} · 그대로 {4}").format(
            s.rows, s.added, s.updated, s.cancelled, s.unchanged
        )
        if s.past:
            counts += self.tr(" · 지난 회차 {0}").format(s.past)
        if s.rejected:
            self.result.setText(
                self.tr("잘못된 행이 {0}개 있어 아무것도 가져오지 않습니다. 포털 파일을 확인하세요.").format(
                    len(s.rejected)
                )
            )
            self.result.setStyleSheet(RED)
            self.import_button.setEnabled(False)
        elif s.committed:
            self.result.setText(self.tr("가져왔습니다: ") + counts)
            self.result.setStyleSheet(GREEN)
        elif s.all_past:
            self.result.setText(
                self.tr(
                    "미리 보기: 파일의 예약이 모두 이미 끝난 회차입니다. 오래된 파일이 아닌지 확인하세요 — {0}"
                ).format(counts)
            )
            self.result.setStyleSheet(RED)
            self.import_button.setText(self.tr("그래도 가져오기 (관리자)"))
            self.import_button.setEnabled(True)
        else:
            self.result.setText(self.tr("미리 보기 (아직 저장하지 않음): ") + counts)
            self.import_button.setText(self.tr("가져오기"))
            self.import_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._clear()
        self.result.setText(message_for(error))
        self.result.setStyleSheet(RED)


class GroupDialog(QDialog):
    """RSV-3: a group booked by phone — organisation, contact, children by birth year, teachers."""

    def __init__(self, ctx: DeskContext, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("단체 예약 (전화)"))
        self.ctx = ctx
        self.staff = staff
        self.service = GroupService(ctx)
        self.code: str | None = None
        today = ctx.clock.now().date()
        form = QFormLayout()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.session = QSpinBox()
        self.session.setRange(1, 9)
        self.organisation = QLineEdit(placeholderText=self.tr("서울 소재 어린이집·유치원·사회복지시설·학원 등"))
        self.contact = QLineEdit()
        self.phone = QLineEdit(placeholderText="02-000-0000")
        self.teachers = QSpinBox()
        self.teachers.setRange(0, 30)
        for label, w in (
            (self.tr("이용일"), self.day),
            (self.tr("회차"), self.session),
            (self.tr("기관명"), self.organisation),
            (self.tr("담당 교사"), self.contact),
            (self.tr("연락처"), self.phone),
            (self.tr("인솔교사 수"), self.teachers),
        ):
            form.addRow(label, w)
        grid = QGridLayout()
        self.by_year: dict[int, QSpinBox] = {}
        rules = ctx.profile.rules_on(today)
        for i, age in enumerate(range(rules.age.max_child_age + 1)):
            spin = QSpinBox()
            spin.setRange(0, 40)
            self.by_year[age] = spin
            grid.addWidget(QLabel(self.tr("{0}세").format(age)), i // 4 * 2, i % 4)
            grid.addWidget(spin, i // 4 * 2 + 1, i % 4)
        self.message = QLabel()
        self.message.setWordWrap(True)
        book = QPushButton(self.tr("예약하기"))
        book.clicked.connect(self.book)
        close = QPushButton(self.tr("닫기"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("아동 수 (연나이별)")))
        layout.addLayout(grid)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(book)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def request(self) -> GroupBooking:
        day = self.day.date().toPython()
        births: list[dt.date] = []
        for age, spin in self.by_year.items():
            births += [dt.date(day.year - age, 1, 1)] * spin.value()  # 연나이 depends on the year only
        return GroupBooking(
            day,
            self.session.value(),
            self.organisation.text(),
            self.contact.text(),
            self.phone.text(),
            tuple(births),
            self.teachers.value(),
        )

    def book(self) -> None:
        try:
            self.code = self.service.book(self.request(), self.staff)
        except DeskError as e:
            self.message.setText(message_for(e))
            self.message.setStyleSheet(RED)
            return
        g = self.request()
        self.message.setText(
            self.tr("예약했습니다: {0} · {1} {2}회차 · 아동 {3}명, 교사 {4}명").format(
                self.code, g.day.isoformat(), g.session_no, len(g.child_births), g.teachers
            )
        )
        self.message.setStyleSheet(GREEN)


class NoShowDialog(QDialog):
    """RSV-6: mark no-shows, the list to enter into the portal, the people to call, and the
    penalties in force (a manager may lift one with a reason)."""

    def __init__(self, ctx: DeskContext, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("노쇼와 이용 제한"))
        fit(self, 900, 640)
        self.ctx = ctx
        self.staff = staff
        self.service = NoShowService(ctx)
        layout = QVBoxLayout(self)
        sweep = QPushButton(self.tr("끝난 회차 노쇼 처리"))
        sweep.clicked.connect(self.sweep)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(sweep)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("오늘 노쇼 — 포털에 입력할 목록")))
        self.no_shows = _table(
            [self.tr("회차"), self.tr("예약자"), self.tr("연락처"), self.tr("예약번호"), self.tr("제한 종료")]
        )
        layout.addWidget(self.no_shows, 1)
        layout.addWidget(QLabel(self.tr("전화할 사람 — 강제 취소된 예약")))
        self.calls = _table(
            [self.tr("회차"), self.tr("예약자"), self.tr("연락처"), self.tr("예약번호"), self.tr("사유")]
        )
        layout.addWidget(self.calls, 1)
        layout.addWidget(QLabel(self.tr("이용 제한 중")))
        self.penalties = _table(
            [self.tr("예약자"), self.tr("연락처"), self.tr("기간"), self.tr("사유"), self.tr("상태")]
        )
        layout.addWidget(self.penalties, 1)
        lift = QPushButton(self.tr("선택한 제한 해제 (관리자)…"))
        lift.clicked.connect(self.lift_selected)
        layout.addWidget(lift)
        layout.addWidget(QLabel(self.tr("놀이돌봄 늦은 픽업 기록 — 다음 신청 때 표시됩니다")))
        self.late = _table([self.tr("날짜"), self.tr("회차"), self.tr("예약자"), self.tr("늦은 시간"), self.tr("메모")])
        layout.addWidget(self.late, 1)
        clear = QPushButton(self.tr("선택한 늦은 픽업 표시 해제 (관리자)…"))
        clear.clicked.connect(self.clear_selected)
        layout.addWidget(clear)
        self.refresh()

    def sweep(self) -> None:
        try:
            result = self.service.sweep(self.staff.id)
        except DeskError as e:
            self.message.setText(message_for(e))
            return
        _fill(self.calls, call_rows(result.to_call))
        self.message.setText(
            self.tr("새 노쇼 {0}건, 강제 취소 {1}건").format(len(result.no_shows), len(result.to_call))
        )
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.clock.now().date()
        _fill(
            self.no_shows,
            [
                [
                    session_text(None, n.session_no),
                    n.booker_name,
                    n.phone,
                    n.portal_no or n.code,
                    f"{n.penalty_until:%Y-%m-%d}",
                ]
                for n in self.service.no_shows_on(today)
            ],
        )
        self.penalty_rows = self.service.penalties(today)
        _fill(
            self.penalties,
            [
                [
                    p.booker_name,
                    p.phone,
                    f"{p.starts:%m-%d}~{p.ends:%m-%d}",
                    say(p.reason),
                    self.tr("해제됨") if p.lifted else self.tr("제한 중"),
                ]
                for p in self.penalty_rows
            ],
        )
        self.late_rows = CareService(self.ctx).open_flags()
        _fill(
            self.late,
            [
                [
                    f"{f.day:%m-%d}",
                    session_text(None, f.session_no),
                    f.booker_name,
                    self.tr("{0}분").format(f.minutes_late),
                    f.note or "",
                ]
                for f in self.late_rows
            ],
        )

    def clear_selected(self) -> None:
        row = self.late.currentRow()
        if row < 0:
            self.message.setText(self.tr("해제할 늦은 픽업 기록을 고르세요"))
            return
        reason, ok = QInputDialog.getText(self, self.tr("늦은 픽업 표시 해제"), self.tr("해제 사유 (기록에 남습니다)"))
        if not ok:
            return
        manager = ask_manager(self, self.ctx, self.staff)
        try:
            CareService(self.ctx).clear(self.late_rows[row].id, reason, manager)
        except DeskError as e:
            self.message.setText(message_for(e))
            self.message.setStyleSheet(RED)
            return
        self.message.setText(self.tr("늦은 픽업 표시를 해제했습니다"))
        self.message.setStyleSheet(GREEN)
        self.refresh()

    def lift_selected(self) -> None:
        row = self.penalties.currentRow()
        if row < 0:
            self.message.setText(self.tr("해제할 제한을 고르세요"))
            return
        reason, ok = QInputDialog.getText(self, self.tr("제한 해제"), self.tr("해제 사유 (기록에 남습니다)"))
        if ok:
            self.lift(self.penalty_rows[row].id, reason)

    def lift(self, penalty_id: int, reason: str) -> None:
        manager = ask_manager(self, self.ctx, self.staff)
        try:
            self.service.lift(penalty_id, reason, manager)
        except DeskError as e:
            self.message.setText(message_for(e))
            self.message.setStyleSheet(RED)
            return
        self.message.setText(self.tr("제한을 해제했습니다"))
        self.message.setStyleSheet(GREEN)
        self.refresh()


class ClosureDialog(QDialog):
    """CAL-6: a manager closes a day or a session; its bookings are listed for calls."""

    def __init__(self, ctx: DeskContext, staff: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("휴관 지정 (행사·소독·교육)"))
        fit(self, 820, 480)
        self.ctx = ctx
        self.staff = staff
        today = ctx.clock.now().date()
        form = QFormLayout()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.session = QComboBox()
        self.session.addItem(self.tr("하루 전체"), None)
        for no in range(1, 4):
            self.session.addItem(self.tr("{0}회차").format(no), no)
        self.reason = QLineEdit(placeholderText=self.tr("예: 정기 소독, 종사자 교육, 센터 행사"))
        form.addRow(self.tr("날짜"), self.day)
        form.addRow(self.tr("회차"), self.session)
        form.addRow(self.tr("사유"), self.reason)
        block = QPushButton(self.tr("휴관 지정"))
        block.clicked.connect(self.block)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.calls = _table(
            [self.tr("회차"), self.tr("예약자"), self.tr("연락처"), self.tr("예약번호"), self.tr("사유")]
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(block)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("전화할 사람")))
        layout.addWidget(self.calls)

    def block(self) -> None:
        manager = ask_manager(self, self.ctx, self.staff)
        try:
            calls = ClosureService(self.ctx).block(
                self.day.date().toPython(), self.session.currentData(), self.reason.text(), manager
            )
        except DeskError as e:
            self.message.setText(message_for(e))
            self.message.setStyleSheet(RED)
            return
        _fill(self.calls, call_rows(calls))
        self.message.setText(
            self.tr("휴관으로 지정했습니다. 취소된 예약 {0}건 — 전화로 알려 주세요.").format(len(calls))
        )
        self.message.setStyleSheet(GREEN)


def cancel_booking(
    parent: QWidget, ctx: DeskContext, staff: StaffMember, code: str, reason: str | None = None
) -> tuple[bool, str]:
    """RSV-5: a cancellation by phone, recorded at the desk. Returns (done, the message to show)."""
    if reason is None:
        reason, ok = QInputDialog.getText(parent, parent.tr("예약 취소 (전화)"), parent.tr("취소 사유"))
        if not ok:
            return False, ""
    try:
        CancellationService(ctx).cancel(code, "phone", reason, staff)
    except DeskError as e:
        return False, message_for(e)
    return True, parent.tr("예약을 취소했습니다: {0}").format(code)

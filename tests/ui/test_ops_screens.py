"""Issue 14 on the screens: lost and found (OPS-1), incidents (OPS-2), the center settings and
the notices at sign-in, driven as the staff would with pytest-qt."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desk_app.bootstrap import desk_for
from desk_app.config import load_profile
from desk_app.paths import default_profile_path, user_profile_path
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.ops import LostFoundService
from tests.conftest import DAY, adult, book, kid
from tests.rrn_samples import sample as rrn_sample


@pytest.fixture
def desk(ctx):
    return desk_for(ctx.store, ctx.profile, ctx.clock)


def paid(ctx, manager):
    code = book(ctx, kid(), adult())
    svc = CheckinService(ctx)
    req = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
    return svc.pay(req, PaymentIn("card", approval_no="12345678"), f"key-{code}", manager.id)


def test_lost_and_found_from_found_to_due_to_disposed(qtbot, desk, clock, manager, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from ui.ops_dialogs import LostFoundDialog

    clock.set(dt.datetime(2025, 6, 11, 11, 0))
    d = LostFoundDialog(desk, manager)
    qtbot.addWidget(d)
    qtbot.keyClicks(d.what, "water bottle")  # keyClicks types ASCII only; the Korean goes in by setText
    d.what.setText("물병 (파란 뚜껑)")
    d.place.setText("볼풀 옆")
    qtbot.mouseClick(d.findChild(QPushButton, "lostRecord"), Qt.MouseButton.LeftButton)
    assert d.table.rowCount() == 1 and d.table.item(0, 2).text() == "물병 (파란 뚜껑)"
    assert "2025-06-18까지 보관" in d.message.text()
    assert d.what.text() == "" and "없습니다" in d.due_label.text()
    # a week later it is due: red on the list, and disposed of after a yes
    clock.set(dt.datetime(2025, 6, 18, 9, 50))
    d.refresh()
    assert "1건" in d.due_label.text()
    assert d.table.item(0, 0).foreground().color().name() == "#c62828"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    d.dispose_due()
    assert "폐기한 것으로 기록했습니다" in d.message.text() and d.table.rowCount() == 0
    d.show_all.setChecked(True)
    assert d.table.item(0, 6).text() == "폐기"
    # the A4 list reads back
    LostFoundService(desk.ctx).record("모자", "신발장", manager)
    path = tmp_path / "lost.pdf"
    d.save_pdf(path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "분실물 목록" in text and "모자" in text and "보관 중 (1건)" in text


def test_lost_and_found_refuses_a_resident_number_with_a_clear_message(qtbot, desk, manager):
    from ui.ops_dialogs import LostFoundDialog

    d = LostFoundDialog(desk, manager)
    qtbot.addWidget(d)
    d.what.setText("지갑")
    d.place.setText("입구")
    d.name.setText(rrn_sample())
    d.record()
    assert "주민등록번호" in d.message.text() and d.table.rowCount() == 0
    assert rrn_sample() not in d.message.text()


def test_a_second_warning_offers_removal_on_the_screen(qtbot, desk, ctx, clock, manager):
    from ui.ops_dialogs import IncidentDialog

    visit = paid(ctx, manager)
    clock.set(dt.datetime(2025, 6, 11, 10, 30))
    d = IncidentDialog(desk, manager, visit.visit_code)
    qtbot.addWidget(d)
    d.removal_answer = (True, False)
    assert d.code() == visit.visit_code
    first_key = d.key
    d.warn_note.setText("미끄럼틀 거꾸로 오르기")
    d.warn()
    assert "1회째" in d.message.text() and d.key != first_key  # a new key for the next record
    d.warn()
    assert "퇴실 조치를 기록했습니다" in d.message.text()
    assert "퇴실 조치됨" in d.conduct.text()
    kinds = [d.table.item(r, 1).text() for r in range(d.table.rowCount())]
    assert kinds == ["경고", "경고", "퇴실 조치"]
    assert not desk.find.scan(visit.visit_code).reentry.ok


def test_damage_on_the_screen_goes_to_its_own_closeout_section(qtbot, desk, ctx, clock, manager):
    from ui.closeout_dialog import CloseoutDialog
    from ui.ops_dialogs import IncidentDialog

    visit = paid(ctx, manager)
    d = IncidentDialog(desk, manager, visit.visit_code)
    qtbot.addWidget(d)
    d.what.setText("자석 블록")
    d.amount.setValue(15000)
    d.settled.setCurrentIndex(d.settled.findData("card"))
    key = d.key
    d.record_damage()
    assert "15,000원" in d.message.text()
    desk.incidents.record_damage(key, visit.visit_code, "자석 블록", "repair", 15000, "card", "", manager)  # replay
    assert len(desk.incidents.on(DAY)) == 1
    clock.set(dt.datetime(2025, 6, 11, 18, 0))
    co = CloseoutDialog(ctx, manager)
    qtbot.addWidget(co)
    assert "파손 배상 카드 15,000원 별도" in co.state.text()
    titles = list(co.tables)
    assert "파손 배상 (입장료와 별도, KT 정산 제외)" in titles
    assert co.report.net_total == visit.total and co.report.damage_total == 15000


def test_center_settings_preview_then_save_with_a_manager(qtbot, desk, clock, manager, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.center_settings import CenterSettingsDialog

    d = CenterSettingsDialog(desk, manager)
    qtbot.addWidget(d)
    assert d.when.date().toPython() == dt.date(2025, 7, 1)  # the first of next month by default
    d.spins[("fees", "child")].setValue(2500)
    d.center_fields["business_no"].setText("210-83-00123")
    assert not d.save_button.isEnabled()
    assert d.preview()
    shown = [d.changes.item(i).text() for i in range(d.changes.count())]
    assert "이용료 (아동): 2,000 → 2,500 (2025-07-01부터)" in shown
    assert any(s.startswith("사업자등록번호: 000-00-00000 → 210-83-00123") for s in shown)
    assert d.save_button.isEnabled()
    d.spins[("fees", "child")].setValue(2600)
    d.spins[("fees", "child")].editingFinished.emit()
    assert not d.save_button.isEnabled()  # changed since the preview: preview again
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert d.save()
    assert "저장했습니다" in d.message.text()
    saved = load_profile(default_profile_path())
    assert default_profile_path() == user_profile_path()
    assert saved.rules_on(dt.date(2025, 7, 1)).fees.child == 2600 and saved.rules_on(DAY).fees.child == 2000
    assert saved.center.business_no == "210-83-00123" and "business_no" not in saved.center.placeholders


def test_center_settings_name_an_invalid_value_and_write_nothing(qtbot, desk, manager):
    from ui.center_settings import CenterSettingsDialog

    d = CenterSettingsDialog(desk, manager)
    qtbot.addWidget(d)
    table = d.session_tables["weekday"]
    table.item(0, 2).setText("09:00")  # ends before it starts
    assert not d.preview()
    assert "끝나는 시각" in d.message.text() and "weekday" in d.message.text()
    assert not d.save_button.isEnabled() and not user_profile_path().exists()


def test_sign_in_flags_due_lost_property_and_placeholders(qtbot, ctx, clock, manager, tmp_path):
    from desk_app.services.documents import DocumentService
    from ui.main_window import MainWindow

    clock.set(dt.datetime(2025, 6, 1, 11, 0))
    LostFoundService(ctx).record("우산", "입구", manager)
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    w = MainWindow(desk_for(ctx.store, ctx.profile, ctx.clock), manager, docs=DocumentService(ctx, tmp_path / "p"))
    qtbot.addWidget(w)
    text = w.message.text()
    assert "오늘 폐기할 분실물이 1건 있습니다: 우산" in text
    assert "센터 정보가 아직 임시값입니다" in text and "사업자등록번호" in text
    for name in ("lostButton", "incidentButton", "centerSettingsButton"):
        assert w.findChild(type(w.sign_out_button), name) is not None


def test_a_placeholder_that_is_right_is_confirmed_with_its_box(qtbot, desk, manager, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.center_settings import CenterSettingsDialog

    d = CenterSettingsDialog(desk, manager)
    qtbot.addWidget(d)
    d.confirm["representative"].setChecked(True)
    d.center_fields["address"].setText("서울특별시 도봉구 마들로 656")
    assert d.preview()
    shown = [d.changes.item(i).text() for i in range(d.changes.count())]
    assert "대표자: 도봉구청장 — 임시값이 아니라고 확인 (저장하는 즉시)" in shown
    assert not any(s.startswith("사업자등록번호") for s in shown)  # untouched: still a placeholder
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert d.save()
    assert desk.profile.center.placeholders == ("business_no",)


def test_the_save_button_itself_saves(qtbot, desk, manager, monkeypatch):
    """Found by hand: Qt passed the button's `checked` (False) as save()'s `confirmed`, so a click
    on 저장 saved nothing. The click, not the method, is what the manager uses."""
    from PySide6.QtWidgets import QMessageBox

    from ui.center_settings import CenterSettingsDialog

    d = CenterSettingsDialog(desk, manager)
    qtbot.addWidget(d)
    d.spins[("fees", "guardian")].setValue(1500)
    qtbot.mouseClick(d.findChild(QPushButton, "settingsPreview"), Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "저장했습니다" in d.message.text()
    assert load_profile(default_profile_path()).rules_on(dt.date(2025, 7, 1)).fees.guardian == 1500

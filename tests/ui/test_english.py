"""Issue 13: the English screen is English. Every screen and dialog, driven through its real
widgets with the English translation loaded, shows no Korean except names and the center's own
profile text (its name, address, reduction categories and proofs, documents, symptoms)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from tests.conftest import DAY, ROOT, adult, book, kid
from tests.ui.test_desk import choose, scan

HANGUL = re.compile(r"[\uac00-\ud7a3]")
NAMES = ["김하늘", "박다음", "하늘", "서준", "아이", "김센터장", "박직원", "해님어린이집", "박선생", "김서준", "김현장"]


@pytest.fixture
def english(qapp):
    translator = QTranslator()
    assert translator.load("desk_en", str(ROOT / "resources" / "translations"))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Korean))


def profile_texts(profile) -> list[str]:
    c = profile.center
    texts = [c.name, c.address, c.representative, *profile.health_reasons]
    texts += [d.label for d in profile.residency_documents]
    texts += list(profile.group_organisations)
    for rules in profile.rule_versions:
        for r in rules.reductions:
            texts += [r.label, *r.proofs]
    return [t for t in texts if t]


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person sees on ``root`` and its visible children."""
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTextBrowser):
            out.append(w.toPlainText())
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                out.append(header.text() if header else "")
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    out.append(item.text() if item else "")
    return [t for t in out if t]


def korean_left(root: QWidget, allowed: list[str]) -> list[str]:
    left = []
    for text in shown_texts(root):
        plain = re.sub(r"<[^>]+>", "", text)
        for a in sorted(allowed, key=len, reverse=True):
            plain = plain.replace(a, "")
        if HANGUL.search(plain):
            left.append(text)
    return left


def test_the_desk_window_in_english(english, qtbot, ctx, manager, clock, tmp_path):
    from desk_app.bootstrap import desk_for
    from desk_app.services.documents import DocumentService
    from ui.main_window import MainWindow

    allowed = profile_texts(ctx.profile) + NAMES
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    w = MainWindow(desk_for(ctx.store, ctx.profile, ctx.clock), manager, docs=DocumentService(ctx, tmp_path / "p"))
    qtbot.addWidget(w)
    w.show()
    assert korean_left(w, allowed) == [], "board"
    assert "Session 1" in w.session_cards[1].findChild(QLabel).text()

    code = book(ctx, kid("2020-04-01", name="서준"), kid("2022-09-15"), adult())
    scan(qtbot, w, code)
    choose(w.panel.residency, "resident_card")
    choose(w.panel.rows[0].reduction, "multi_child")
    assert korean_left(w, allowed) == [], "check-in with a reduction and no proof"
    assert "proof not seen" in w.panel.notes.text()
    w.panel.rows[0].proof.setChecked(True)
    assert "whole family is exempt" in w.panel.household.text()
    assert korean_left(w, allowed) == [], "household reduction"
    w.panel.rows[1].birth.setText("2016-01-01")  # too old
    assert w.panel.refusal.text() and korean_left(w, allowed) == [], "a refusal"
    w.panel.rows[1].birth.setText("2022-09-15")
    w.panel.pay_detail.setText("12345678")
    w.panel.pay()
    qtbot.waitUntil(lambda: "Recording" not in w.panel.status.text(), timeout=10000)
    assert w.stack.currentWidget() is w.done_page, (w.panel.status.text(), w.panel.refusal.text())
    qtbot.waitUntil(lambda: "Slip:" in w.print_state.text(), timeout=10_000)
    assert korean_left(w, allowed) == [], "paid and printed"
    w.tabs.setCurrentIndex(1)
    assert korean_left(w, allowed) == [], "today's visits"
    w.tabs.setCurrentIndex(0)
    w.back_to_scan()
    scan(qtbot, w, w.last_paid.visit_code)
    assert "Re-entry OK" in w.message.text() and korean_left(w, allowed) == [], "re-entry"
    scan(qtbot, w, "9999")
    assert korean_left(w, allowed) == [], "nothing found"
    clock.set(dt.datetime.combine(DAY, dt.time(10, 40)))
    w.refresh()
    w.start_walkin(1)
    assert korean_left(w, allowed) == [], "walk-in"


def test_every_dialog_in_english(english, qtbot, ctx, manager, clock, tmp_path):
    from desk_app.services.checkin import CheckinService
    from desk_app.services.data import PaymentIn
    from desk_app.services.staff import StaffService
    from tests.services.test_portal_import import row, write_csv
    from ui.booking_dialogs import ClosureDialog, GroupDialog, ImportDialog, NoShowDialog
    from ui.closeout_dialog import CloseoutDialog, ReversalDialog
    from ui.help import HelpDialog
    from ui.login import LoginDialog, ManagerDialog
    from ui.main_window import SettingsDialog
    from ui.staff_dialog import StaffDialog

    allowed = profile_texts(ctx.profile) + NAMES
    code = book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    svc = CheckinService(ctx)
    import dataclasses

    paid = svc.pay(
        dataclasses.replace(svc.request_for(code), residency_doc="resident_card", kt_member=True),
        PaymentIn("card", approval_no="11112222"),
        "k",
        manager.id,
    )
    StaffService(ctx).create("박직원", "staff", "1357", by=manager)
    clock.set(dt.datetime(2025, 6, 18, 9, 0))
    old = write_csv(tmp_path / "old.csv", [row(no="R1", child="김서준"), row(no="R2", session="2", child="김서준")])
    imp = ImportDialog(ctx, manager, str(old))
    qtbot.addWidget(imp)
    imp.show()
    imp.preview()
    qtbot.waitUntil(lambda: imp.summary is not None)
    assert korean_left(imp, allowed) == [], "import preview"
    clock.set(dt.datetime.combine(DAY, dt.time(17, 45)))
    rev = ReversalDialog(ctx, manager, paid.receipt_no)
    dialogs = [
        GroupDialog(ctx, manager),
        NoShowDialog(ctx, manager),
        ClosureDialog(ctx, manager),
        CloseoutDialog(ctx, manager),
        rev,
        StaffDialog(ctx, manager),
        HelpDialog(),
        SettingsDialog(),
        LoginDialog(StaffService(ctx)),
        ManagerDialog(StaffService(ctx), "void"),
    ]
    # issue 14: lost and found, incidents (with records on them), the center settings
    from desk_app.bootstrap import desk_for
    from ui.center_settings import CenterSettingsDialog
    from ui.ops_dialogs import IncidentDialog, LostFoundDialog

    desk = desk_for(ctx.store, ctx.profile, ctx.clock)
    clock.set(dt.datetime.combine(DAY, dt.time(11, 0)))
    desk.lost_found.record("우산", "입구", manager)
    desk.incidents.warn("w1", paid.visit_code, "dangerous", "", manager)
    desk.incidents.record_damage("d1", paid.visit_code, "공", "repair", 3000, "card", "", manager)
    settings = CenterSettingsDialog(desk, manager)
    settings.spins[("fees", "child")].setValue(2500)
    settings.preview()
    dialogs += [LostFoundDialog(desk, manager), IncidentDialog(desk, manager, paid.visit_code), settings]
    allowed += ["우산", "입구", "공"]
    for d in dialogs:
        qtbot.addWidget(d)
        d.show()
        assert korean_left(d, allowed) == [], type(d).__name__
    assert "Card" in rev.details.text() and "Void" in rev.details.text()

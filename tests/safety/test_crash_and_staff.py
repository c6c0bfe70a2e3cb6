"""Crash safety (SIGKILL during booking, payment and printing) and staff PINs and roles."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from sqlalchemy import select

from desk_app.db.models import Staff
from desk_app.domain.errors import BadInput, Conflict, ManagerOnly
from desk_app.services.staff import StaffService
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT))


def test_records_stay_whole_after_repeated_sigkill(tmp_path):
    """A short version of bench/crash_loop.py (1,000 kills): paying, then close-outs with their
    backups and anchors, imports and backups mixed in, then the schema upgrade at start."""
    import sqlite3

    from bench.crash_loop import run

    result = run(8, tmp_path / "pay" / "desk.sqlite3", seed=7)
    assert result["kills"] == 8 and result["payments"] > 0
    mixed = tmp_path / "mixed" / "desk.sqlite3"
    assert run(10, mixed, seed=7, mode="mixed")["kills"] == 10
    with sqlite3.connect(mixed) as con:  # the work was done, not only started
        assert con.execute("SELECT count(*) FROM audit_entry WHERE action LIKE 'row.%'").fetchone()[0] > 0
    assert run(4, tmp_path / "upgrade" / "desk.sqlite3", seed=7, mode="upgrade")["kills"] == 4


def test_records_stay_whole_after_sigkill_on_postgresql(pg_cluster, tmp_path):
    """Issue 15: the desk killed anywhere while paying on a PostgreSQL database (the server keeps
    running): no half payment, the chain and the rows verify (bench: --mode postgres)."""
    from bench.crash_loop import run

    url = pg_cluster.create_database("crashes")
    try:
        result = run(4, tmp_path / "unused" / "x", seed=7, mode="pay", url=url)
        assert result["kills"] == 4 and result["payments"] > 0
    finally:
        pg_cluster.drop_database("crashes")


def test_pins_are_hashed_and_repeated_failures_lock(ctx, clock):
    staff = StaffService(ctx)
    with pytest.raises(BadInput, match="첫 계정은"):
        staff.create("김직원", "staff", "1234")
    boss = staff.create("김센터장", "manager", "2468")
    with ctx.store.uow() as uow:
        stored = uow.session.scalars(select(Staff.pin_hash)).one()
    assert "2468" not in stored and stored.startswith("scrypt$")
    with pytest.raises(ManagerOnly, match="관리자"):
        staff.create("박", "staff", "1111", by=None)
    worker = staff.create("김직원", "staff", "1357", by=boss)
    with pytest.raises(BadInput, match="숫자 4~12자리"):
        staff.create("이", "staff", "12a4", by=boss)
    for left in (4, 3, 2, 1):
        with pytest.raises(BadInput, match=f"남은 시도 {left}번"):
            staff.login("김직원", "0000")
    with pytest.raises(Conflict, match="잠겼습니다"):
        staff.login("김직원", "0000")
    with pytest.raises(Conflict, match="까지 잠겼습니다"):
        staff.login("김직원", "1357")  # even the right PIN, while locked
    clock.advance(6)
    assert staff.login("김직원", "1357") == worker
    assert not worker.is_manager and boss.is_manager


def test_first_start_dialog_creates_the_manager(qtbot, ctx):
    from ui.login import LoginDialog, SetupDialog

    d = SetupDialog(StaffService(ctx))
    qtbot.addWidget(d)
    d.name.insert("김센터장")
    qtbot.keyClicks(d.pin, "2468")
    qtbot.keyClicks(d.pin2, "2469")
    d.submit()
    assert "같지 않습니다" in d.error.text() and d.member is None
    d.pin2.clear()
    qtbot.keyClicks(d.pin2, "2468")
    d.submit()
    assert d.member is not None and d.member.is_manager
    login = LoginDialog(StaffService(ctx))
    qtbot.addWidget(login)
    qtbot.keyClicks(login.pin, "1111")
    login.submit()
    assert "맞지 않습니다" in login.error.text() and login.pin.text() == ""
    qtbot.keyClicks(login.pin, "2468")
    login.submit()
    assert login.member == d.member
    _ = dt


def test_staff_dialog_adds_an_account_and_the_profile_is_journalled(qtbot, ctx, manager, profile_text, tmp_path):
    from desk_app.services.journal import note_profile
    from ui.staff_dialog import StaffDialog

    d = StaffDialog(ctx, manager)
    qtbot.addWidget(d)
    d.name.insert("박직원")
    qtbot.keyClicks(d.pin, "1357")
    d.add()
    assert "박직원" in d.message.text() and "박직원" in [d.list.item(r, 0).text() for r in range(d.list.rowCount())]
    assert note_profile(ctx, "p.toml", profile_text.encode()) is False  # first sight: loaded
    assert note_profile(ctx, "p.toml", profile_text.encode()) is False  # unchanged
    assert note_profile(ctx, "p.toml", (profile_text + "\n# 수정\n").encode()) is True
    with ctx.store.uow() as uow:
        assert [e.action for e in uow.journal.all()][-2:] == ["profile.loaded", "profile.change"]

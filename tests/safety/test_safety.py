"""The safety layer (issue 6): the journal detects tampering, backups restore only sound files,
the purge erases personal data and keeps the money, and faults at the edges end calmly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import func, select, text

from desk_app.cli import main
from desk_app.db.migrate import SCHEMA_HEAD
from desk_app.db.models import AuditEntry, Booker, Payment
from desk_app.db.store import open_store
from desk_app.db.uow import StorageProblem
from desk_app.domain.errors import BadInput
from desk_app.services.backup import backup_file, check_backup, latest_backup, rotate
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.clock import FixedClock
from desk_app.services.context import DeskContext
from desk_app.services.demo import fill
from desk_app.services.journal import JournalService
from desk_app.services.privacy import PrivacyService
from tests.conftest import DAY, ROOT, adult, book, kid

RRN = re.compile(rb"\d{6}-[1-4]\d{6}")


_children = iter(range(10_000))


def pay_one(ctx, manager, clock, **kw):
    code = book(ctx, kid(name=f"아이{next(_children)}"), adult(), **kw)
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    desk = CheckinService(ctx)
    return desk.pay(
        dataclasses.replace(desk.request_for(code), residency_doc="resident_card"),
        PaymentIn("card", approval_no="12345678", allow_duplicate=True),
        f"k-{code}",
        manager.id,
    )


# ------------------------------------------------------------------ the journal


@pytest.fixture
def journal(ctx, manager, clock):
    pay_one(ctx, manager, clock)
    pay_one(ctx, manager, clock, name="이바다", phone="010-2222-3333")
    assert JournalService(ctx).verify().ok
    return JournalService(ctx)


def raw(ctx, sql, **params):
    with ctx.store.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_journal_detects_a_changed_row(ctx, journal, capsys):
    with ctx.store.uow() as uow:
        paid = min(e.id for e in uow.views.journal() if e.action == "visit.paid")
    raw(ctx, "UPDATE audit_entry SET detail = replace(detail, '3000', '0') WHERE id = :id", id=paid)
    check = journal.verify()
    assert not check.ok and check.first_broken == paid and "바뀌었습니다" in check.problem
    assert main(["verify-journal", "--db", str(ctx.store.sqlite_path)]) == 1
    assert f"{paid}번 항목" in capsys.readouterr().out


def test_journal_detects_a_deleted_row(ctx, journal):
    raw(ctx, "DELETE FROM audit_entry WHERE id = 2")
    check = journal.verify()
    assert not check.ok and check.first_broken == 3 and "없습니다" in check.problem


def test_journal_detects_an_inserted_row(ctx, journal):
    with ctx.store.uow() as uow:
        last = uow.journal.last()
        last_id, last_hash = last.id, last.hash
    raw(
        ctx,
        "INSERT INTO audit_entry (id, at, action, detail, prev_hash, hash) VALUES (:id, :at, 'payment.void', '{}', :prev, :h)",
        id=last_id + 1,
        at=dt.datetime(2025, 6, 11, 11),
        prev=last_hash,
        h="f" * 64,
    )
    check = journal.verify()
    assert not check.ok and check.first_broken == last_id + 1
    raw(ctx, "DELETE FROM audit_entry WHERE id = :id", id=last_id + 1)
    assert journal.verify().ok
    # slipped in between two entries, with a correct-looking hash of its own
    from desk_app.db.repositories import entry_hash

    with ctx.store.uow() as uow:
        first = uow.session.get(AuditEntry, 1)
        first_hash, first_at = first.hash, first.at
    forged = entry_hash(first_hash, first_at, None, "payment.void", None, "{}")
    raw(ctx, "UPDATE audit_entry SET id = id + 100 WHERE id > 1")
    raw(
        ctx,
        "INSERT INTO audit_entry (id, at, action, detail, prev_hash, hash) VALUES (2, :at, 'payment.void', '{}', :prev, :h)",
        at=first_at,
        prev=first_hash,
        h=forged,
    )
    assert not journal.verify().ok


def test_journal_cut_back_behind_a_close_out_is_detected(ctx, manager, clock):
    from desk_app.services.closeout import CloseoutService

    pay_one(ctx, manager, clock)
    clock.set(dt.datetime.combine(DAY, dt.time(18)))
    CloseoutService(ctx).close(DAY, None, manager)
    with ctx.store.uow() as uow:
        close_id = max(e.id for e in uow.views.journal() if e.action == "day.close")
    raw(ctx, "DELETE FROM audit_entry WHERE id >= :id", id=close_id)  # the close and all after it
    check = JournalService(ctx).verify()
    assert not check.ok and "마감" in check.problem


# ------------------------------------------------------------------ backups


def test_backup_restore_round_trip_and_the_current_file_kept_aside(ctx, manager, clock, tmp_path, capsys):
    pay_one(ctx, manager, clock)
    db = ctx.store.sqlite_path
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "bk")]) == 0
    copy = next((tmp_path / "bk").glob("*.sqlite3"))
    assert check_backup(copy) == SCHEMA_HEAD
    pay_one(ctx, manager, clock, name="이바다", phone="010-2222-3333")
    ctx.store.close()
    import io

    assert main(["restore", str(copy), "--db", str(db)]) == 2  # a manager action: who?
    assert "--manager" in capsys.readouterr().err
    sys.stdin = io.StringIO("0000\n")
    assert main(["restore", str(copy), "--db", str(db), "--manager", manager.name]) == 2  # wrong PIN
    sys.stdin = io.StringIO("2468\n")
    try:
        assert main(["restore", str(copy), "--db", str(db), "--manager", manager.name]) == 0
    finally:
        sys.stdin = sys.__stdin__
    store = open_store(f"sqlite:///{db}", db)
    with store.uow() as uow:
        assert uow.session.scalar(select(func.count(Payment.id))) == 1  # back to the backup
        assert uow.journal.last().action == "restore"
    store.close()
    aside = list(db.parent.glob("backups/*before-restore*"))
    assert len(aside) == 1 and check_backup(aside[0]) == SCHEMA_HEAD
    assert JournalService(DeskContext(open_store(f"sqlite:///{db}", db), ctx.profile, clock)).verify().ok


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 100])
def test_restore_refuses_what_is_not_a_sound_backup(ctx, tmp_path, content):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before = ctx.store.sqlite_path.read_bytes()
    assert main(["restore", str(bad), "--db", str(ctx.store.sqlite_path)]) == 2
    assert ctx.store.sqlite_path.read_bytes() == before


def test_restore_refuses_another_programs_database(ctx, tmp_path):
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE recipes (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(BadInput, match="이 프로그램의 데이터베이스가 아닙니다"):
        check_backup(other)


def test_backups_rotate(ctx, monkeypatch):
    db = ctx.store.sqlite_path
    made = [backup_file(db, "manual", now=dt.datetime(2025, 6, 11, 10, i)) for i in range(5)]
    for i, path in enumerate(made):
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
    monkeypatch.setenv("DESK_APP_BACKUPS_KEEP", "3")
    rotate(made[0].parent, db.stem)
    left = sorted(made[0].parent.glob("*.sqlite3"))
    assert left == made[2:] and latest_backup(db) == made[-1]


# ------------------------------------------------------------------ privacy (ELG-4, OPS-3)


def test_purge_erases_names_and_phones_and_keeps_the_money(ctx, manager, clock):
    paid = pay_one(ctx, manager, clock)
    clock.set(dt.datetime(2026, 6, 12, 9))  # a year and a day later
    recent = book(ctx, kid(), adult(), name="최근", phone="010-7777-7777", day=dt.date(2026, 6, 16))
    result = PrivacyService(ctx).purge(manager.id)
    assert result.bookers == 1 and result.people >= 2
    with ctx.store.uow() as uow:
        names = {b.name for b in uow.session.scalars(select(Booker))}
        assert "김하늘" not in names and "최근" in names
        assert uow.session.scalar(select(func.sum(Payment.amount))) == 3000
        v = uow.visits.by_code(paid.visit_code)
        assert all(p.name is None for p in v.people) and v.total == 3000
        assert uow.bookings.by_code(recent).booker.phone == "010-7777-7777"
    assert PrivacyService(ctx).purge_if_due() is None  # once a day
    assert JournalService(ctx).verify().ok


def test_no_resident_registration_number_anywhere_after_a_demo_day(tmp_path, profile):
    """ELG-4: the database file, the logs and every printed PDF, after a full played day."""
    from desk_app.logsetup import setup_logging

    log_path = setup_logging()
    db = tmp_path / "demo.sqlite3"
    store = open_store(f"sqlite:///{db}", db)
    ctx = DeskContext(store, profile, FixedClock(dt.datetime(2025, 6, 12, 9)))
    summary = fill(ctx, DAY, out_dir=tmp_path / "printed")
    store.close()
    assert summary.paid > 10
    files = [db, log_path, *(tmp_path / "printed").rglob("*.pdf")]
    assert len(files) > 20
    for f in files:
        assert not RRN.search(f.read_bytes()), f
    import pypdf

    for pdf in (tmp_path / "printed").rglob("*.pdf"):
        assert not RRN.search("".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).encode()), pdf


# ------------------------------------------------------------------ faults at the edges


def test_a_full_disk_saves_nothing_and_says_so(ctx, manager, clock):
    code = book(ctx, kid(), adult())
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    desk = CheckinService(ctx)
    req = dataclasses.replace(desk.request_for(code), residency_doc="resident_card")

    from sqlalchemy import event

    def full(dbapi, _record):  # SQLite's own "database or disk is full" once the file must grow
        pages = dbapi.execute("PRAGMA page_count").fetchone()[0]
        dbapi.execute(f"PRAGMA max_page_count = {pages}")

    ctx.store.engine.dispose()
    event.listen(ctx.store.engine, "connect", full)
    with pytest.raises(StorageProblem, match="디스크가 가득"):
        for _ in range(500):  # use up the free pages; then the file must grow and cannot
            with ctx.store.uow() as uow:
                uow.journal.append(clock.now(), None, "filler", None, {"pad": "x" * 3000})
                uow.commit()
    try:  # the payment may still fit in a half-empty page; if it does not, nothing of it is saved
        desk.pay(req, PaymentIn("card", approval_no="12345678"), "full", manager.id)
        paid_while_full = True
    except StorageProblem as e:
        assert "디스크가 가득" in e.message
        paid_while_full = False
    event.remove(ctx.store.engine, "connect", full)
    ctx.store.engine.dispose()
    with ctx.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with ctx.store.uow() as uow:
        payments = uow.session.scalar(select(func.count(Payment.id)))
        status = uow.bookings.by_code(code).status
    assert (payments, status) == ((1, "checked_in") if paid_while_full else (0, "booked"))  # never half-saved
    assert JournalService(ctx).verify().ok
    again = desk.pay(req, PaymentIn("card", approval_no="12345678"), "full", manager.id)  # space back: it works
    assert again.replayed is paid_while_full


def test_a_read_only_database_saves_nothing_and_says_so(ctx, manager, clock, profile):
    code = book(ctx, kid(), adult())
    db = ctx.store.sqlite_path
    ctx.store.close()
    ro = open_store(f"sqlite:///file:{db}?mode=ro&uri=true", None)
    try:
        clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
        desk = CheckinService(DeskContext(ro, profile, clock))
        req = dataclasses.replace(desk.request_for(code), residency_doc="resident_card")
        with pytest.raises(StorageProblem, match="읽기 전용"):
            desk.pay(req, PaymentIn("card", approval_no="12345678"), "ro", manager.id)
    finally:
        ro.close()


def _start(tmp_path, *args, home=None):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_APP_SMOKE": "1",
        "DESK_APP_HOME": str(home or tmp_path / "home"),
    }
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


def test_a_second_copy_on_the_same_database_is_refused(tmp_path):
    from PySide6.QtCore import QLockFile

    db = tmp_path / "desk.sqlite3"
    lock = QLockFile(str(db) + ".lock")
    assert lock.tryLock(100)
    try:
        p = _start(tmp_path, "--db", str(db))
        assert p.returncode == 1 and "이미 다른 데스크 창에서 열려 있습니다" in p.stderr
    finally:
        lock.unlock()


def test_a_corrupt_database_offers_the_latest_backup(tmp_path, profile):
    db = tmp_path / "desk.sqlite3"
    store = open_store(f"sqlite:///{db}", db)
    store.close()
    good = backup_file(db, "closed-20250611")
    db.write_bytes(b"\x00garbage" * 5000)
    for extra in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        extra.unlink(missing_ok=True)
    p = _start(tmp_path, "--db", str(db))
    assert p.returncode == 1
    assert "손상" in p.stderr and "최근 백업으로 복구할까요" in p.stderr and good.name in p.stderr

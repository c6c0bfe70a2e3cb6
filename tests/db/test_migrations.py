"""STYLE rule 5: one chain of revisions; upgrading keeps the data; the file is copied aside."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desk_app.db.engine import make_engine
from desk_app.db.migrate import DatabaseProblem, alembic_config, current_revision, head_revision, upgrade
from desk_app.db.models import Base
from desk_app.db.store import open_store


def test_revisions_form_one_chain():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1 and len(script.get_bases()) == 1
    revs = list(script.walk_revisions())  # head first
    assert [r.revision for r in revs][::-1] == ["0001", "0002", "0003", "0004", "0005", "0006", "0007"]
    for newer, older in zip(revs, revs[1:], strict=False):
        assert newer.down_revision == older.revision


def test_schema_head_constant_is_the_chain_head():
    from desk_app.db.migrate import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def test_migrated_schema_equals_the_models(store):
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_sqlite_pragmas_are_set_on_every_connection(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_upgrading_from_the_first_revision_keeps_the_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    now = dt.datetime(2025, 6, 10, 9, 0)
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO booker (id, name, phone, created_at) VALUES (1, '김하늘', '010-1234-5678', :t)"),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO staff (id, name, role, pin_hash, failed_attempts, active, created_at) VALUES (1, '관리자', 'manager', 'x', 0, 1, :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO booking (id, code, source, kind, day, session_no, booker_id, guardians, status, created_at) "
                "VALUES (1, 'B0001', 'portal', 'individual', '2025-06-10', 1, 1, 1, 'booked', :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO visit (id, code, booking_id, day, session_no, kind, status, kt_member, total, created_at) "
                "VALUES (1, 'V0001', 1, '2025-06-10', 1, 'individual', 'paid', 0, 3000, :t)"
            ),
            {"t": now},
        )
        conn.execute(
            text(
                "INSERT INTO payment (id, visit_id, day, receipt_no, method, amount, approval_no, idempotency_key, created_at) "
                "VALUES (1, 1, '2025-06-10', 'R-20250610-0001', 'card', 3000, '12345678', 'k1', :t)"
            ),
            {"t": now},
        )
    engine.dispose()

    store = open_store(f"sqlite:///{path}", path)
    try:
        assert current_revision(store.engine) == head_revision()
        assert store.copied_aside is not None  # copied aside before the upgrade
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT name, phone, phone_last4 FROM booker")).one() == (
                "김하늘",
                "010-1234-5678",
                "5678",
            )
            assert conn.execute(text("SELECT amount, approval_no FROM payment")).one() == (3000, "12345678")
            assert conn.execute(text("SELECT status FROM booking")).scalar() == "booked"
        # the copy aside is a sound SQLite database at the old revision
        aside = sqlite3.connect(store.copied_aside)
        try:
            assert aside.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert aside.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
            assert aside.execute("SELECT count(*) FROM payment").fetchone()[0] == 1
        finally:
            aside.close()
    finally:
        store.close()


def test_opening_again_at_head_changes_nothing(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_store(f"sqlite:///{path}", path).close()
    again = open_store(f"sqlite:///{path}", path)
    assert again.copied_aside is None
    again.close()


def test_a_corrupt_file_is_refused_with_a_korean_message(tmp_path):
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"this is not a database, just some text " * 200)
    with pytest.raises(DatabaseProblem, match="손상"):
        open_store(f"sqlite:///{path}", path)
    assert path.read_bytes().startswith(b"this is not a database")  # untouched


def test_a_foreign_sqlite_file_is_not_written_to(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="이 프로그램의 데이터베이스가 아닙니다"):
        open_store(f"sqlite:///{path}", path)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["recipes"]
    con.close()


def test_a_database_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_store(f"sqlite:///{path}", path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem, match="더 새로운 버전"):
        open_store(f"sqlite:///{path}", path)


def test_an_upgrade_killed_after_its_ddl_runs_again(tmp_path):
    """SQLite commits ADD COLUMN by itself: a kill after it and before the version stamp leaves
    the column at the old revision (found by bench/crash_loop.py --mode upgrade)."""
    import sqlite3

    from desk_app.db.engine import make_engine
    from desk_app.db.store import open_store

    path = tmp_path / "half.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0004")
    engine.dispose()
    with sqlite3.connect(path) as con:
        con.execute("ALTER TABLE audit_entry ADD COLUMN signature VARCHAR(200)")  # the half-done 0005
    store = open_store(f"sqlite:///{path}", path)
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()

"""Bringing a database to the current schema at start-up (STYLE rule 5).

Before any upgrade of an existing SQLite file, the file is copied aside with SQLite's online
backup API, so a failed or unwanted upgrade can be undone by hand (`desk-app restore`)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError

from desk_app.domain.errors import DeskError
from desk_app.domain.messages import msg

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision. Start-up compares the database with this and imports Alembic (half a
# second) only when an upgrade is due; a test keeps it equal to the migration chain's head.
SCHEMA_HEAD = "0007"


class DatabaseProblem(DeskError):
    """The database cannot be opened or upgraded. The message says what and where."""


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The database's revision, read with plain SQL (no Alembic import on a normal start)."""
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
            if engine.dialect.name == "sqlite"
            else text("SELECT 1 FROM information_schema.tables WHERE table_name='alembic_version'")
        ).first()
        if has_table is None:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the revisions up to ``revision``. On SQLite, batch mode rebuilds tables, so foreign
    keys are switched off for the run (it cannot be done inside a transaction) and checked
    whole afterwards; a violation rolls the upgrade back."""
    from alembic import command

    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            if sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    conn.rollback()
                    raise DatabaseProblem(msg("업그레이드 후 외래 키 검사에 실패했습니다: {broken}", broken=broken[:3]))
            conn.commit()
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")


def sqlite_backup(src: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite file (the online backup API, not a file copy)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")  # a kill mid-copy never leaves a half backup under the name
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    with open(partial, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(partial, dest)
    return dest


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def prepare_database(engine: Engine, sqlite_path: Path | None) -> str | None:
    """Create or upgrade the database to head. Returns the path of the copy made aside before
    an upgrade, or None. Raises DatabaseProblem with a Korean message on a corrupt file, a
    file that is not ours, or a database made by a newer version of the program."""
    head = SCHEMA_HEAD
    try:
        current = current_revision(engine)
    except (DatabaseError, OperationalError) as e:
        where = f" ({sqlite_path})" if sqlite_path else ""
        raise DatabaseProblem(
            msg(
                "데이터베이스 파일을 열 수 없습니다{where}: 손상되었거나 데이터베이스 파일이 아닙니다. 최근 백업으로 복구하세요. [{orig}]",
                where=where,
                orig=e.orig,
            )
        ) from None
    if current == head:
        return None
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseProblem(
            msg(
                "이 데이터베이스는 더 새로운 버전의 프로그램으로 만들어졌습니다 (스키마 {current}). 프로그램을 업데이트하세요.",
                current=current,
            )
        )
    aside: Path | None = None
    if current is not None and sqlite_path is not None and sqlite_path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
        aside = sqlite_backup(
            sqlite_path, backups_dir_for(sqlite_path) / f"{sqlite_path.stem}-before-{head}-{stamp}.sqlite3"
        )
        log.info("database copied aside to %s before upgrading %s -> %s", aside, current, head)
    elif current is None and sqlite_path is not None:
        _refuse_foreign_tables(engine, sqlite_path)
    try:
        upgrade(engine)
    except (DatabaseError, OperationalError) as e:
        raise DatabaseProblem(
            msg(
                "데이터베이스를 새 버전으로 올리지 못했습니다. 원래 파일은 {value} 남아 있습니다. [{orig}]",
                value=aside or "그대로",
                orig=e.orig,
            )
        ) from None
    log.info("database at revision %s", head)
    return str(aside) if aside else None


def _refuse_foreign_tables(engine: Engine, path: Path) -> None:
    """A SQLite file with tables but no revision was not made by this program: never write to it."""
    with engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars().all()
    if tables:
        raise DatabaseProblem(
            msg(
                "{path}은(는) 이 프로그램의 데이터베이스가 아닙니다 (표 {len}개, 스키마 정보 없음). 다른 파일을 지정하세요.",
                path=path,
                len=len(tables),
            )
        )

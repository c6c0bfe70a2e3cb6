"""Backups with SQLite's online backup API, rotated; restore that refuses anything that is not a
sound backup of this application and keeps the current database aside first."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from desk_app.db.migrate import SCHEMA_HEAD, backups_dir_for, sqlite_backup
from desk_app.domain.errors import BadInput, DeskError
from desk_app.domain.messages import msg

log = logging.getLogger(__name__)
REQUIRED_TABLES = {"alembic_version", "booking", "visit", "payment", "audit_entry", "day_closeout", "staff"}
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")


def keep_count() -> int:
    """How many automatic backups to keep (DESK_APP_BACKUPS_KEEP, default 30)."""
    try:
        return max(1, int(os.environ.get("DESK_APP_BACKUPS_KEEP", "30")))
    except ValueError:
        return 30


def backup_file(db: Path, reason: str, to_dir: Path | None = None, now: dt.datetime | None = None) -> Path:
    """Copy a live database aside; rotate the folder to the newest `keep_count()` copies."""
    if not db.exists():
        raise BadInput(str(db), msg("백업할 데이터베이스 파일이 없습니다"))
    folder = to_dir or backups_dir_for(db)
    # no run of digits, a dash and more digits: nothing in a name may look like an RRN (ELG-4)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%dT%H%M%S")
    target = folder / f"{db.stem}-{reason}_at{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{db.stem}-{reason}-{stamp}n{n}.sqlite3"
    try:
        sqlite_backup(db, target)
    except (OSError, sqlite3.Error) as e:
        raise DeskError(msg("백업하지 못했습니다 ({folder}): {e}", folder=folder, e=e)) from None
    rotate(folder, db.stem)
    log.info("backup %s", target)
    return target


def rotate(folder: Path, stem: str) -> list[Path]:
    copies = sorted(folder.glob(f"{stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = copies[keep_count() :]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def backup_copies(db: Path) -> list[Path]:
    """The backups of ``db``, newest first (names only: a copy is complete once it has its name)."""
    folder = backups_dir_for(db)
    if not folder.exists():
        return []
    return sorted(folder.glob(f"{db.stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)


def latest_backup(db: Path) -> Path | None:
    """The newest backup that passes its integrity check (for a restore)."""
    for c in backup_copies(db):
        try:
            check_backup(c)
        except BadInput:
            continue
        return c
    return None


def check_backup(path: Path) -> str:
    """The revision of a sound backup, or BadInput saying why it is not one."""
    if not path.is_file():
        raise BadInput(str(path), msg("백업 파일을 찾을 수 없습니다"))
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise BadInput(path.name, msg("SQLite 데이터베이스 파일이 아닙니다"))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            if ok != "ok":
                raise BadInput(path.name, msg("손상된 파일입니다 (integrity_check: {ok})", ok=ok))
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = REQUIRED_TABLES - tables
            if missing:
                raise BadInput(
                    path.name,
                    msg("이 프로그램의 데이터베이스가 아닙니다 (없는 표: {join})", join=", ".join(sorted(missing))),
                )
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise BadInput(path.name, msg("데이터베이스로 열 수 없습니다 ({e})", e=e)) from None
    if revision is None or revision[0] not in KNOWN_REVISIONS:
        raise BadInput(
            path.name, msg("알 수 없는 스키마 버전입니다 ({value})", value=revision[0] if revision else "없음")
        )
    return str(revision[0])


def restore_file(source: Path, db: Path) -> Path | None:
    """Replace ``db`` by ``source`` after checking it; the current file is copied aside first.
    Returns the copy aside (None when there was no database)."""
    check_backup(source)
    aside = backup_file(db, "before-restore") if db.exists() else None
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(db)
        try:
            src.backup(target)  # page by page into the live file, under SQLite's own locks
        finally:
            target.close()
    finally:
        src.close()
    log.info("restored %s from %s (previous kept at %s)", db, source, aside)
    return aside


assert SCHEMA_HEAD in KNOWN_REVISIONS


def note_backup(ctx, target: Path, detail: dict) -> None:  # type: ignore[no-untyped-def]
    """Journal a backup made by hand or at a close."""
    with ctx.store.uow() as uow:
        uow.journal.append(ctx.clock.now(), None, "backup", target.name, detail)
        uow.commit()


def note_restore(ctx, name: str, manager_id: int | None, aside: Path | None) -> None:  # type: ignore[no-untyped-def]
    """Journal a restore, in the restored database."""
    with ctx.store.uow() as uow:
        uow.journal.append(ctx.clock.now(), manager_id, "restore", name, {"kept_aside": str(aside) if aside else None})
        uow.commit()

"""Opening the record store: engine, schema at head, and units of work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desk_app.db.engine import make_engine, make_session_factory
from desk_app.db.migrate import DatabaseProblem, prepare_database
from desk_app.db.uow import UnitOfWork
from desk_app.domain.messages import msg


@dataclass
class Store:
    engine: Engine
    session_factory: sessionmaker[Session]
    sqlite_path: Path | None
    copied_aside: str | None = None
    signer: Any = None  # the installation's journal key (services.signing), attached by the bootstrap

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory, self.signer)

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str, sqlite_path: Path | None = None) -> Store:
    """Open (and create or upgrade) the database at ``url``."""
    if sqlite_path is not None:
        try:
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DatabaseProblem(
                msg(
                    "데이터 폴더를 만들 수 없습니다: {parent} ({strerror})",
                    parent=sqlite_path.parent,
                    strerror=e.strerror,
                )
            ) from None
    engine = make_engine(url)
    try:
        aside = prepare_database(engine, sqlite_path)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, make_session_factory(engine), sqlite_path, aside)

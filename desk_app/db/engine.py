"""The engine factory. Never called at import time; the URL comes from settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from desk_app.domain.messages import msg
from desk_app.domain.rrn import check_no_rrn

SQLITE_PRAGMAS = (
    ("journal_mode", "WAL"),  # readers do not block the writer; survives power cuts
    ("foreign_keys", "ON"),
    ("synchronous", "FULL"),  # a committed payment is on disk before anything prints
    ("busy_timeout", "5000"),
)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for name, value in SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("postgresql"):
        # several desks on a server (issue 15): a connection lost while the server was away is
        # noticed before use and replaced, and a server that is away is said within seconds
        kwargs.setdefault("pool_pre_ping", True)
        kwargs.setdefault("connect_args", {"connect_timeout": 3})
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


# ELG-4: the free-text columns, with the words that name them to the staff
FREE_TEXT = {
    "name": msg("이름"),
    "phone": msg("연락처"),
    "reason": msg("사유"),
    "cancel_reason": msg("사유"),
    "refusal_reason": msg("사유"),
    "lift_reason": msg("사유"),
    "clear_reason": msg("사유"),
    "note": msg("메모"),
    "organisation": msg("기관명"),
    "approval_no": msg("승인번호"),
    "transfer_sender": msg("입금자명"),
    "portal_no": msg("예약번호"),
    "subject": msg("기록"),
    "last_error": msg("인쇄 오류"),
    "what": msg("물건"),
    "place": msg("장소"),
    "handed_to": msg("받은 사람"),
}


def _no_rrn_in_rows(session: Session, _context: Any, _instances: Any) -> None:
    """ELG-4, the last line before the disk: no row written or changed holds a string shaped
    like a resident registration number in a free-text column, whatever screen, import or
    command it came from. The whole unit of work is refused."""
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for column, label in FREE_TEXT.items():
            if column not in state.attrs:
                continue
            if obj not in session.new and not state.attrs[column].history.has_changes():
                continue  # only what this unit of work writes
            value = getattr(obj, column, None)
            if isinstance(value, str):
                check_no_rrn(label, value)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False, autoflush=True)
    event.listen(factory, "before_flush", _no_rrn_in_rows)
    from desk_app.db.bound import bind

    bind(factory)  # issue 12: the rows that matter get their journal entry in the same transaction
    return factory

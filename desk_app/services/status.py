"""What the status bar shows (issue 13): the database, the last backup and any earlier day
that was never closed (CLS-1). Values only; the screen makes the words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desk_app.services.backup import backup_copies
from desk_app.services.context import DeskContext


@dataclass(frozen=True)
class DeskStatus:
    database: str
    last_backup: dt.datetime | None
    unclosed: tuple[dt.date, ...]
    label: str = ""  # short: the file's name, or "PostgreSQL <database>" (issue 15)
    today_closed: bool = False  # closed here or on another desk: no more money today


class StatusService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def status(self) -> DeskStatus:
        store = self.ctx.store
        path = store.sqlite_path
        database = str(path) if path is not None else store.engine.url.render_as_string(hide_password=True)
        # the newest copy's time only: an integrity check of every backup has no place at start-up
        copies = backup_copies(path) if path is not None else []
        last = dt.datetime.fromtimestamp(copies[0].stat().st_mtime) if copies else None
        label = path.name if path is not None else f"PostgreSQL {store.engine.url.database}"
        today = self.ctx.clock.now().date()
        with store.uow() as uow:  # one read for both
            unclosed = tuple(uow.views.unclosed_days(today))
            closed = uow.days.is_closed(today)
        return DeskStatus(database, last, unclosed, label, closed)

    def server_reachable(self) -> bool:
        """Several desks on a server (issue 15): can this desk reach it now? A fresh connection
        and one round trip, within the connect timeout (3 s). Always true for the SQLite file."""
        if self.ctx.store.sqlite_path is not None:
            return True
        try:
            with self.ctx.store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            return True
        except Exception:  # noqa: BLE001 - any failure means the desk cannot record money now
            return False

    def unclosed_days(self) -> list[dt.date]:
        with self.ctx.store.uow() as uow:
            return uow.views.unclosed_days(self.ctx.clock.now().date())

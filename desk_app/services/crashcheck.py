"""Consistency of the records after a crash: what the SIGKILL loop checks after every kill
(issue 6). Returns a list of problems; empty when the records are whole."""

from __future__ import annotations

import json

from desk_app.services.context import DeskContext
from desk_app.services.journal import JournalService


def problems(ctx: DeskContext, whole_files: bool = False) -> list[str]:
    """``whole_files``: also the files beside the database (issue 12): every backup sound, the
    anchor file matching the journal, every import whole."""
    found = []
    with ctx.store.uow() as uow:
        results = uow.views.consistency()
    for name, rows in results:
        if name == "integrity":
            if rows != ["ok"]:
                found.append(f"{name}: {rows[:3]}")
        elif rows:
            found.append(f"{name}: {rows[:3]}")
    anchors = None
    path = ctx.store.sqlite_path
    if whole_files and path is not None:
        from desk_app.db.migrate import backups_dir_for
        from desk_app.domain.errors import BadInput
        from desk_app.services.backup import check_backup

        folder = backups_dir_for(path)
        for copy in sorted(folder.glob("*.sqlite3")) if folder.exists() else []:
            try:
                check_backup(copy)
            except BadInput as e:
                found.append(f"backup {copy.name}: {e.message}")
        anchor_file = folder / "journal-anchors.txt"
        anchors = [anchor_file] if anchor_file.exists() and anchor_file.stat().st_size else None
        with ctx.store.uow() as uow:
            added = sum(
                json.loads(e.detail).get("added", 0) for e in uow.views.journal() if e.action == "bookings.import"
            )
            portal = uow.views.portal_bookings()
        if added != portal:
            found.append(f"import: {portal} portal bookings, {added} in the import journal entries (a half import)")
    check = JournalService(ctx).verify(anchors)
    if not check.ok:
        found.append(f"journal: {check.first_broken} {check.problem}")
    return found

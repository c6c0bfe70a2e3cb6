"""Consistency of the records after a crash: what the SIGKILL loop checks after every kill
(issue 6). Returns a list of problems; empty when the records are whole."""

from __future__ import annotations

from desk_app.services.context import DeskContext
from desk_app.services.journal import JournalService


def problems(ctx: DeskContext) -> list[str]:
    found = []
    with ctx.store.uow() as uow:
        results = uow.views.consistency()
    for name, rows in results:
        if name == "integrity":
            if rows != ["ok"]:
                found.append(f"{name}: {rows[:3]}")
        elif rows:
            found.append(f"{name}: {rows[:3]}")
    check = JournalService(ctx).verify()
    if not check.ok:
        found.append(f"journal: {check.first_broken} {check.problem}")
    return found

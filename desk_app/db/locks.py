"""Several desks on one PostgreSQL database (issue 15): the locks that keep the rules true when
desks write at once. On SQLite (one desk, one writer) they are no-ops.

- **A lock per day**, taken first by every transaction that decides over a day's facts
  (check-in and payment, walk-in, phone and group booking, import, closure, close-out). The
  rules it guards are per day, not per session: capacity (CAL-4) and care places (ELG-5) per
  session, but one visit a day (RSV-2) across sessions, and the close-out over the whole day.
  A transaction-scoped advisory lock keyed on the day needs no row to exist first (the day's
  plan is written by the first check-in), is released by commit or rollback (a crashed desk
  holds nothing), and queues the second desk for the few milliseconds the first needs —
  SERIALIZABLE would instead abort it at the busiest moment and need a retry loop at every
  writer.
- **A lock on the journal**, taken before reading its last entry, so concurrent appends form
  one chain (each entry carries the hash of the one before it).

Order: a transaction takes its day locks (sorted, when several) before its first journal
append, so two transactions never wait on each other in opposite order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

DAY, JOURNAL = 0x4445534B, 0x4A524E4C  # "DESK", "JRNL": the first key of each advisory lock


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def lock_days(session: Session, days: Iterable[dt.date]) -> None:
    if not _postgres(session):
        return
    for day in sorted(set(days)):
        session.execute(text("SELECT pg_advisory_xact_lock(:space, :day)"), {"space": DAY, "day": day.toordinal()})


def lock_journal(session: Session) -> None:
    """Taken at every append (a lock already held is taken again at no cost, and all are let go
    at the end of the transaction)."""
    if _postgres(session):
        session.execute(text("SELECT pg_advisory_xact_lock(:space, 0)"), {"space": JOURNAL})

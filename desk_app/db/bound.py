"""Records bound to the journal (issue 12). Every payment, reversal, close-out, visit and
booking that a unit of work writes or changes gets a journal entry in the same transaction,
carrying a digest of the row's canonical content: the columns that matter, in a fixed order
(a visit's with its charge lines). ``desk-app verify-journal`` recomputes them both ways."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from desk_app.db.models import Booking, ChargeLine, DayCloseout, Incident, Payment, PaymentReversal, Visit

# the table, the columns that matter (in this order) and how a row is named in the journal
BOUND: dict[type, tuple[str, tuple[str, ...]]] = {
    Payment: (
        "payment",
        ("id", "visit_id", "day", "receipt_no", "method", "amount", "approval_no", "idempotency_key", "created_at"),
    ),
    PaymentReversal: ("payment_reversal", ("id", "payment_id", "kind", "day", "amount", "reason", "created_at")),
    DayCloseout: (
        "day_closeout",
        ("day", "closed_at", "closed_by", "card_total", "terminal_total", "difference", "report_json"),
    ),
    Visit: (
        "visit",
        ("id", "code", "booking_id", "day", "session_no", "kind", "status", "residency_doc", "kt_member", "total"),
    ),
    Booking: ("booking", ("id", "code", "source", "portal_no", "kind", "day", "session_no", "status")),
    # issue 14: damage money is money, so every incident is bound like a payment
    Incident: ("incident", ("id", "key", "day", "kind", "visit_id", "remedy", "amount", "settled")),
}
LINE_COLUMNS = ("person_idx", "item", "price", "reduction", "reason", "charge")
ACTION = "row"  # journal action "row.<table>"
TABLES = {table for table, _ in BOUND.values()}


def _value(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def row_key(obj: Any) -> str:
    table, _ = BOUND[type(obj)]
    key = obj.day.isoformat() if isinstance(obj, DayCloseout) else str(obj.id)
    return f"{table}:{key}"


def canonical(obj: Any, lines: list[ChargeLine] | None = None) -> list[Any]:
    _, columns = BOUND[type(obj)]
    content: list[Any] = [_value(getattr(obj, c)) for c in columns]
    if isinstance(obj, Visit):
        content.append([[_value(getattr(line, c)) for c in LINE_COLUMNS] for line in lines or []])
    return content


def digest(obj: Any, lines: list[ChargeLine] | None = None) -> str:
    text = json.dumps(canonical(obj, lines), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def visit_lines(session: Session, visit_id: int) -> list[ChargeLine]:
    return list(session.scalars(select(ChargeLine).where(ChargeLine.visit_id == visit_id).order_by(ChargeLine.id)))


def row_day(obj: Any) -> dt.date | None:
    return getattr(obj, "day", None)


def _track(session: Session, _context: Any) -> None:
    """After each flush: the bound rows this unit of work inserted or changed."""
    pending: dict[str, Any] = session.info.setdefault("bound", {})
    for obj in (*session.new, *session.dirty):
        if type(obj) in BOUND and (obj in session.new or session.is_modified(obj, include_collections=False)):
            pending[id(obj)] = obj
    for obj in session.new:
        if isinstance(obj, ChargeLine) and obj.visit is not None:
            pending[id(obj.visit)] = obj.visit


def _journal(session: Session) -> None:
    """Before the commit: one entry per bound row written, with its digest."""
    pending: dict[int, Any] = session.info.pop("bound", {})
    if not pending:
        return
    from desk_app.db.repositories import AuditRepository

    session.flush()
    journal = AuditRepository(session, session.info.get("signer"))
    last = journal.last()
    for obj in sorted(pending.values(), key=lambda o: (BOUND[type(o)][0], str(getattr(o, "id", None) or o.day))):
        lines = visit_lines(session, obj.id) if isinstance(obj, Visit) else None
        at = (
            getattr(obj, "created_at", None)
            or getattr(obj, "closed_at", None)
            or (last.at if last else dt.datetime.now())
        )
        day = row_day(obj)
        detail = {"digest": digest(obj, lines), "day": day.isoformat() if day else None}
        if isinstance(obj, (Booking, Visit)):
            detail["status"] = obj.status
        journal.append(at, None, f"{ACTION}.{BOUND[type(obj)][0]}", row_key(obj), detail)
    session.info.pop("bound", None)


def bind(session_factory: Any) -> None:
    event.listen(session_factory, "after_flush", _track)
    event.listen(session_factory, "before_commit", _journal)

"""Consistency of the records after a crash: what the SIGKILL loop checks after every kill
(issue 6). Returns a list of problems; empty when the records are whole."""

from __future__ import annotations

from sqlalchemy import text

from desk_app.services.context import DeskContext
from desk_app.services.journal import JournalService

CHECKS = {
    "integrity": "PRAGMA integrity_check",
    "foreign keys": "PRAGMA foreign_key_check",
    "payment without a paid visit": "SELECT p.receipt_no FROM payment p LEFT JOIN visit v ON v.id = p.visit_id WHERE v.id IS NULL OR v.status != 'paid'",
    "paid visit without exactly one payment": "SELECT v.code FROM visit v LEFT JOIN payment p ON p.visit_id = v.id WHERE v.status = 'paid' GROUP BY v.id HAVING count(p.id) != 1",
    "visit without its people or lines": "SELECT v.code FROM visit v WHERE v.status = 'paid' AND (NOT EXISTS (SELECT 1 FROM visit_person x WHERE x.visit_id = v.id) OR NOT EXISTS (SELECT 1 FROM charge_line c WHERE c.visit_id = v.id))",
    "visit total differs from its lines": "SELECT v.code FROM visit v JOIN charge_line c ON c.visit_id = v.id WHERE v.status = 'paid' GROUP BY v.id HAVING sum(c.charge) != v.total",
    "payment differs from its visit": "SELECT p.receipt_no FROM payment p JOIN visit v ON v.id = p.visit_id WHERE p.amount != v.total",
    "booking checked in without a paid visit": "SELECT b.code FROM booking b WHERE b.status = 'checked_in' AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.booking_id = b.id AND v.status = 'paid')",
    "paid visit whose booking is not checked in": "SELECT v.code FROM visit v JOIN booking b ON b.id = v.booking_id WHERE v.status = 'paid' AND b.status != 'checked_in'",
    "payment without its journal entry": "SELECT p.receipt_no FROM payment p JOIN visit v ON v.id = p.visit_id WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'visit.paid' AND a.subject = v.code)",
}


def problems(ctx: DeskContext) -> list[str]:
    found = []
    with ctx.store.engine.connect() as conn:
        for name, sql in CHECKS.items():
            rows = conn.execute(text(sql)).all()
            if name == "integrity":
                if [r[0] for r in rows] != ["ok"]:
                    found.append(f"{name}: {rows[:3]}")
            elif rows:
                found.append(f"{name}: {[r[0] for r in rows[:3]]}")
    check = JournalService(ctx).verify()
    if not check.ok:
        found.append(f"journal: {check.first_broken} {check.problem}")
    return found

"""Closed days are locked in the database itself (CLS-2, FEE-6).

Triggers refuse, whichever path tries: any change to a payment, a charged line, a reversal or a
close-out (they are only ever added); a change to the status, session, day or money of a
booking or visit of a closed day, and their deletion; a reversal booked on a closed day.
Erasing names and phone numbers (OPS-3) stays possible: those columns are not guarded.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CLOSED = "EXISTS (SELECT 1 FROM day_closeout WHERE day = {})"
TRIGGERS = {
    "lock_payment_update": "BEFORE UPDATE ON payment BEGIN SELECT RAISE(ABORT, 'CLS-2: a payment is never changed; record a void or refund'); END",
    "lock_payment_delete": "BEFORE DELETE ON payment BEGIN SELECT RAISE(ABORT, 'CLS-2: a payment is never deleted'); END",
    "lock_charge_line_update": "BEFORE UPDATE ON charge_line BEGIN SELECT RAISE(ABORT, 'CLS-2: a charged line is never changed'); END",
    "lock_charge_line_delete": "BEFORE DELETE ON charge_line BEGIN SELECT RAISE(ABORT, 'CLS-2: a charged line is never deleted'); END",
    "lock_reversal_update": "BEFORE UPDATE ON payment_reversal BEGIN SELECT RAISE(ABORT, 'CLS-2: a reversal is never changed'); END",
    "lock_reversal_delete": "BEFORE DELETE ON payment_reversal BEGIN SELECT RAISE(ABORT, 'CLS-2: a reversal is never deleted'); END",
    "lock_reversal_closed_day": f"BEFORE INSERT ON payment_reversal WHEN {CLOSED.format('NEW.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_closeout_update": "BEFORE UPDATE ON day_closeout BEGIN SELECT RAISE(ABORT, 'CLS-2: a close-out is never changed'); END",
    "lock_closeout_delete": "BEFORE DELETE ON day_closeout BEGIN SELECT RAISE(ABORT, 'CLS-2: a close-out is never deleted'); END",
    "lock_visit_update": f"BEFORE UPDATE OF day, session_no, status, total, kt_member, booking_id ON visit WHEN {CLOSED.format('OLD.day')} OR {CLOSED.format('NEW.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_visit_insert": f"BEFORE INSERT ON visit WHEN {CLOSED.format('NEW.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_visit_delete": f"BEFORE DELETE ON visit WHEN {CLOSED.format('OLD.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_booking_update": f"BEFORE UPDATE OF day, session_no, status, kind ON booking WHEN {CLOSED.format('OLD.day')} OR {CLOSED.format('NEW.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_booking_insert": f"BEFORE INSERT ON booking WHEN {CLOSED.format('NEW.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_booking_delete": f"BEFORE DELETE ON booking WHEN {CLOSED.format('OLD.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_visit_person_change": f"BEFORE UPDATE OF role, care, reduction, proof_seen ON visit_person WHEN {CLOSED.format('(SELECT day FROM visit WHERE id = OLD.visit_id)')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_visit_person_delete": f"BEFORE DELETE ON visit_person WHEN {CLOSED.format('(SELECT day FROM visit WHERE id = OLD.visit_id)')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases get their own guards when they are supported
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")

"""Closed days are locked in PostgreSQL too (issue 15, CLS-2, FEE-6): the same guards as
revisions 0003 and 0006 give SQLite, as PL/pgSQL trigger functions.

- payments, charged lines, reversals and close-outs are only ever added;
- a booking's or visit's day, session, status or money, a visit's people, and an incident,
  are not changed, added or deleted on a closed day; a reversal is not booked on one.
Erasing names and phone numbers (OPS-3) stays possible: those columns are not guarded.

The refusal is raised with SQLSTATE 23000 (integrity_constraint_violation), so the driver
reports it as an IntegrityError carrying "CLS-2", exactly as SQLite's RAISE(ABORT) is.
SQLite: nothing to do here (0003 and 0006 made its triggers).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FUNCTIONS = {
    # never changed, never deleted: the message is the trigger's argument
    "desk_refuse": """
        BEGIN
            RAISE EXCEPTION 'CLS-2: %', TG_ARGV[0] USING ERRCODE = '23000';
        END""",
    # a row of a closed day (its own ``day`` column)
    "desk_lock_closed_day": """
        BEGIN
            IF (TG_OP IN ('UPDATE', 'DELETE') AND EXISTS (SELECT 1 FROM day_closeout WHERE day = OLD.day))
               OR (TG_OP IN ('INSERT', 'UPDATE') AND EXISTS (SELECT 1 FROM day_closeout WHERE day = NEW.day)) THEN
                RAISE EXCEPTION 'CLS-2: that day is closed' USING ERRCODE = '23000';
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END""",
    # a visit's people: the day is the visit's
    "desk_lock_visit_person": """
        BEGIN
            IF EXISTS (SELECT 1 FROM day_closeout c JOIN visit v ON v.day = c.day WHERE v.id = OLD.visit_id) THEN
                RAISE EXCEPTION 'CLS-2: that day is closed' USING ERRCODE = '23000';
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END""",
}

REFUSE = "EXECUTE FUNCTION desk_refuse('{}')"
CLOSED = "EXECUTE FUNCTION desk_lock_closed_day()"
TRIGGERS = {
    "lock_payment_update": (
        "BEFORE UPDATE ON payment",
        REFUSE.format("a payment is never changed; record a void or refund"),
    ),
    "lock_payment_delete": ("BEFORE DELETE ON payment", REFUSE.format("a payment is never deleted")),
    "lock_charge_line_update": ("BEFORE UPDATE ON charge_line", REFUSE.format("a charged line is never changed")),
    "lock_charge_line_delete": ("BEFORE DELETE ON charge_line", REFUSE.format("a charged line is never deleted")),
    "lock_reversal_update": ("BEFORE UPDATE ON payment_reversal", REFUSE.format("a reversal is never changed")),
    "lock_reversal_delete": ("BEFORE DELETE ON payment_reversal", REFUSE.format("a reversal is never deleted")),
    "lock_reversal_closed_day": ("BEFORE INSERT ON payment_reversal", CLOSED),
    "lock_closeout_update": ("BEFORE UPDATE ON day_closeout", REFUSE.format("a close-out is never changed")),
    "lock_closeout_delete": ("BEFORE DELETE ON day_closeout", REFUSE.format("a close-out is never deleted")),
    "lock_visit_change": (
        "BEFORE INSERT OR DELETE OR UPDATE OF day, session_no, status, total, kt_member, booking_id ON visit",
        CLOSED,
    ),
    "lock_booking_change": ("BEFORE INSERT OR DELETE OR UPDATE OF day, session_no, status, kind ON booking", CLOSED),
    "lock_visit_person_change": (
        "BEFORE DELETE OR UPDATE OF role, care, reduction, proof_seen ON visit_person",
        "EXECUTE FUNCTION desk_lock_visit_person()",
    ),
    "lock_incident_change": ("BEFORE INSERT OR UPDATE OR DELETE ON incident", CLOSED),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, body in FUNCTIONS.items():
        op.execute(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$")
    for name, (when, action) in TRIGGERS.items():
        table = when.rsplit(" ON ", 1)[1]
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW {action}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, (when, _) in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {when.rsplit(' ON ', 1)[1]}")
    for name in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")

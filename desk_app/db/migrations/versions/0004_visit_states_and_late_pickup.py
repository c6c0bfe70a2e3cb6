"""Visit states owned by the domain, a second visit for a booking after a void, and the
late pick-up flag (issue 11).

- visit.status: 'in_progress' (never written) goes; 'voided' and 'refunded' come (FEE-6: a
  reversed payment ends its visit).
- visit.booking_id is no longer unique: after a void the same booking may be checked in and
  charged again the same day (FEE-6 × CHK-4); it keeps an index.
- late_pickup: ELG-5 "one who is late may be barred from the service next time (the desk
  keeps a flag)" — set by the staff on a visit, shown at the booker's next care application,
  cleared by a manager with a reason.

Rebuilding the visit table drops the triggers defined on it and breaks those that name it
(SQLite), so the closed-day locks of revision 0003 are dropped first and made again after.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 08:10:00
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _locks() -> dict[str, str]:
    """Revision 0003's triggers, read from its file beside this one (by path: the installer
    ships the revisions as data files, not as an importable package)."""
    path = Path(__file__).with_name("0003_closed_day_locks.py")
    spec = importlib.util.spec_from_file_location("_desk_revision_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.TRIGGERS)


def _rebuild_visit(statuses: str, unique_booking: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    locks = _locks()
    if sqlite:  # every lock that names the visit table, on it or on visit_person
        for name in locks:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("visit", schema=None, recreate="always" if sqlite else "auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_visit_status"), type_="check")
        batch_op.create_check_constraint("status", f"status IN ({statuses})")
        if unique_booking:
            batch_op.drop_index("ix_visit_booking_id")
            batch_op.create_unique_constraint(op.f("uq_visit_booking_id"), ["booking_id"])
        else:
            batch_op.drop_constraint(op.f("uq_visit_booking_id"), type_="unique")
            batch_op.create_index("ix_visit_booking_id", ["booking_id"], unique=False)
    if sqlite:
        for name, body in locks.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    _rebuild_visit("'paid', 'refused', 'voided', 'refunded'", unique_booking=False)
    op.create_table(
        "late_pickup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("booker_id", sa.Integer(), nullable=False),
        sa.Column("noted_at", sa.DateTime(), nullable=False),
        sa.Column("noted_by", sa.Integer(), nullable=True),
        sa.Column("minutes_late", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("cleared_at", sa.DateTime(), nullable=True),
        sa.Column("cleared_by", sa.Integer(), nullable=True),
        sa.Column("clear_reason", sa.String(length=200), nullable=True),
        sa.CheckConstraint("minutes_late >= 0", name=op.f("ck_late_pickup_minutes")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_late_pickup_visit_id_visit")),
        sa.ForeignKeyConstraint(["booker_id"], ["booker.id"], name=op.f("fk_late_pickup_booker_id_booker")),
        sa.ForeignKeyConstraint(["noted_by"], ["staff.id"], name=op.f("fk_late_pickup_noted_by_staff")),
        sa.ForeignKeyConstraint(["cleared_by"], ["staff.id"], name=op.f("fk_late_pickup_cleared_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_late_pickup")),
        sa.UniqueConstraint("visit_id", name=op.f("uq_late_pickup_visit_id")),
    )
    with op.batch_alter_table("late_pickup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_late_pickup_booker_id"), ["booker_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("late_pickup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_late_pickup_booker_id"))
    op.drop_table("late_pickup")
    _rebuild_visit("'in_progress', 'paid', 'refused'", unique_booking=True)

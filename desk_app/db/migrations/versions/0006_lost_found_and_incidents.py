"""Lost and found (OPS-1) and incidents (OPS-2) (issue 14).

- lost_item: what was found, where and when, by whom; held until its due day, then disposed
  of, or handed back. A finder's or owner's name and phone only when given (OPS-3 erases them).
- incident: a warning, a removal (퇴실 조치) or damage with the amount agreed. Damage money
  belongs to its day: once the day is closed, its incidents are locked like its payments
  (CLS-2), by triggers on SQLite as revision 0003 does.

New tables only: no existing table is rebuilt, so 0003's triggers stay as they are. A kill
between the two CREATE TABLEs and the version stamp is survived: each step checks first.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CLOSED = "EXISTS (SELECT 1 FROM day_closeout WHERE day = {})"
TRIGGERS = {
    "lock_incident_insert": f"BEFORE INSERT ON incident WHEN {CLOSED.format('NEW.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_incident_update": f"BEFORE UPDATE ON incident WHEN {CLOSED.format('OLD.day')} OR {CLOSED.format('NEW.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
    "lock_incident_delete": f"BEFORE DELETE ON incident WHEN {CLOSED.format('OLD.day')} BEGIN SELECT RAISE(ABORT, 'CLS-2: that day is closed'); END",
}


def upgrade() -> None:
    tables = set(sa.inspect(op.get_bind()).get_table_names())
    if "lost_item" not in tables:
        op.create_table(
            "lost_item",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("found_at", sa.DateTime(), nullable=False),
            sa.Column("day", sa.Date(), nullable=False),
            sa.Column("session_no", sa.Integer(), nullable=True),
            sa.Column("what", sa.String(length=100), nullable=False),
            sa.Column("place", sa.String(length=100), nullable=False),
            sa.Column("found_by", sa.Integer(), nullable=True),
            sa.Column("name", sa.String(length=50), nullable=True),
            sa.Column("phone", sa.String(length=20), nullable=True),
            sa.Column("due_on", sa.Date(), nullable=False),
            sa.Column("state", sa.String(length=10), nullable=False),
            sa.Column("closed_at", sa.DateTime(), nullable=True),
            sa.Column("closed_by", sa.Integer(), nullable=True),
            sa.Column("handed_to", sa.String(length=50), nullable=True),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.CheckConstraint("state IN ('held', 'returned', 'disposed')", name=op.f("ck_lost_item_state")),
            sa.ForeignKeyConstraint(["found_by"], ["staff.id"], name=op.f("fk_lost_item_found_by_staff")),
            sa.ForeignKeyConstraint(["closed_by"], ["staff.id"], name=op.f("fk_lost_item_closed_by_staff")),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_lost_item")),
        )
        with op.batch_alter_table("lost_item", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_lost_item_day"), ["day"], unique=False)
            batch_op.create_index(batch_op.f("ix_lost_item_due_on"), ["due_on"], unique=False)
    if "incident" not in tables:
        op.create_table(
            "incident",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("key", sa.String(length=64), nullable=False),
            sa.Column("day", sa.Date(), nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("kind", sa.String(length=10), nullable=False),
            sa.Column("visit_id", sa.Integer(), nullable=True),
            sa.Column("category", sa.String(length=20), nullable=True),
            sa.Column("note", sa.String(length=200), nullable=True),
            sa.Column("may_return", sa.Boolean(), nullable=False),
            sa.Column("what", sa.String(length=100), nullable=True),
            sa.Column("remedy", sa.String(length=10), nullable=True),
            sa.Column("amount", sa.Integer(), nullable=False),
            sa.Column("settled", sa.String(length=10), nullable=True),
            sa.Column("staff_id", sa.Integer(), nullable=True),
            sa.CheckConstraint("kind IN ('warning', 'removal', 'damage')", name=op.f("ck_incident_kind")),
            sa.CheckConstraint("amount >= 0", name=op.f("ck_incident_amount")),
            sa.CheckConstraint("remedy IS NULL OR remedy IN ('repair', 'replace')", name=op.f("ck_incident_remedy")),
            sa.CheckConstraint(
                "settled IS NULL OR settled IN ('card', 'transfer', 'in_kind', 'pending')",
                name=op.f("ck_incident_settled"),
            ),
            sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_incident_visit_id_visit")),
            sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_incident_staff_id_staff")),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
            sa.UniqueConstraint("key", name=op.f("uq_incident_key")),
        )
        with op.batch_alter_table("incident", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_incident_day"), ["day"], unique=False)
            batch_op.create_index(batch_op.f("ix_incident_visit_id"), ["visit_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for name, body in TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_visit_id"))
        batch_op.drop_index(batch_op.f("ix_incident_day"))
    op.drop_table("incident")
    with op.batch_alter_table("lost_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lost_item_due_on"))
        batch_op.drop_index(batch_op.f("ix_lost_item_day"))
    op.drop_table("lost_item")

"""Journal entries carry a signature by the installation's key (issue 12).

An Ed25519 signature of the entry's hash, made with a key kept outside the database (the
user config folder). ``ALTER TABLE … ADD COLUMN`` keeps the table, so 0003's triggers stay.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite commits the ADD COLUMN by itself: an upgrade killed after it and before the version
    # stamp finds the column there when it runs again (found by bench/crash_loop.py --mode upgrade)
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("audit_entry")}
    if "signature" not in columns:
        op.add_column("audit_entry", sa.Column("signature", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("signature")

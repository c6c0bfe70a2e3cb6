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
    op.add_column("audit_entry", sa.Column("signature", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("signature")

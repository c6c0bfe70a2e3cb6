"""Search by the last four phone digits (CHK-1) and a covering index for the close-out (CLS-1).

Adds booker.phone_last4, fills it from the stored phone numbers, and indexes it; adds the
covering index payment(day, method, amount) that the close-out and monthly queries read.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:00:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("booker", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone_last4", sa.String(length=4), nullable=False, server_default=""))
    bind = op.get_bind()
    booker = sa.table(
        "booker", sa.column("id", sa.Integer), sa.column("phone", sa.String), sa.column("phone_last4", sa.String)
    )
    rows = bind.execute(sa.select(booker.c.id, booker.c.phone)).all()
    for row_id, phone in rows:
        digits = re.sub(r"\D", "", phone or "")
        bind.execute(sa.update(booker).where(booker.c.id == row_id).values(phone_last4=digits[-4:]))
    with op.batch_alter_table("booker", schema=None) as batch_op:
        batch_op.alter_column("phone_last4", server_default=None)
        batch_op.create_index(batch_op.f("ix_booker_phone_last4"), ["phone_last4"], unique=False)
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_day_method_amount", ["day", "method", "amount"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_day_method_amount")
    with op.batch_alter_table("booker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booker_phone_last4"))
        batch_op.drop_column("phone_last4")

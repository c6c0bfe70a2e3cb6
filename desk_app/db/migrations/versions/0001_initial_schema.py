"""Initial schema: staff, days and sessions, closures, bookers, bookings, visits, charges,
payments, reversals, print jobs, penalties, the audit journal and close-outs.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 01:39:16.180468
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "booker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booker")),
        sa.UniqueConstraint("name", "phone", name="uq_booker_name_phone"),
    )
    op.create_table(
        "center_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_center_day")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('staff', 'manager')", name=op.f("ck_staff_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_name")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=60), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_audit_entry_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_entry_hash")),
    )
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("portal_no", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("session_no", sa.Integer(), nullable=False),
        sa.Column("booker_id", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=100), nullable=True),
        sa.Column("guardians", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("booked_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancel_channel", sa.String(length=10), nullable=True),
        sa.Column("cancel_reason", sa.String(length=200), nullable=True),
        sa.Column("cancelled_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("source IN ('portal', 'phone', 'walkin')", name=op.f("ck_booking_source")),
        sa.CheckConstraint(
            "status IN ('booked', 'checked_in', 'cancelled', 'no_show')",
            name=op.f("ck_booking_status"),
        ),
        sa.ForeignKeyConstraint(["booker_id"], ["booker.id"], name=op.f("fk_booking_booker_id_booker")),
        sa.ForeignKeyConstraint(["cancelled_by"], ["staff.id"], name=op.f("fk_booking_cancelled_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
        sa.UniqueConstraint("code", name=op.f("uq_booking_code")),
        sa.UniqueConstraint("portal_no", name=op.f("uq_booking_portal_no")),
    )
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_booking_booker_id"), ["booker_id"], unique=False)
        batch_op.create_index("ix_booking_day_session", ["day", "session_no", "status"], unique=False)

    op.create_table(
        "closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("session_no", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("lifted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["created_by"], ["staff.id"], name=op.f("fk_closure_created_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure")),
    )
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closure_day"), ["day"], unique=False)

    op.create_table(
        "day_closeout",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("card_total", sa.Integer(), nullable=False),
        sa.Column("terminal_total", sa.Integer(), nullable=True),
        sa.Column("difference", sa.Integer(), nullable=True),
        sa.Column("report_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["closed_by"], ["staff.id"], name=op.f("fk_day_closeout_closed_by_staff")),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_day_closeout")),
    )
    op.create_table(
        "day_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("no", sa.Integer(), nullable=False),
        sa.Column("start", sa.String(length=5), nullable=False),
        sa.Column("end", sa.String(length=5), nullable=False),
        sa.Column("audience", sa.String(length=10), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["day"], ["center_day.day"], name=op.f("fk_day_session_day_center_day")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_session")),
        sa.UniqueConstraint("day", "no", name="uq_day_session_day_no"),
    )
    op.create_table(
        "booking_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("care", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["booking_id"], ["booking.id"], name=op.f("fk_booking_person_booking_id_booking")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_person")),
    )
    with op.batch_alter_table("booking_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_booking_person_booking_id"), ["booking_id"], unique=False)

    op.create_table(
        "penalty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booker_id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("ends", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("lifted_at", sa.DateTime(), nullable=True),
        sa.Column("lifted_by", sa.Integer(), nullable=True),
        sa.Column("lift_reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["booker_id"], ["booker.id"], name=op.f("fk_penalty_booker_id_booker")),
        sa.ForeignKeyConstraint(["booking_id"], ["booking.id"], name=op.f("fk_penalty_booking_id_booking")),
        sa.ForeignKeyConstraint(["lifted_by"], ["staff.id"], name=op.f("fk_penalty_lifted_by_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_penalty")),
    )
    with op.batch_alter_table("penalty", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_penalty_booker_id"), ["booker_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("session_no", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("residency_doc", sa.String(length=40), nullable=True),
        sa.Column("kt_member", sa.Boolean(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("rules_version", sa.Date(), nullable=True),
        sa.Column("refusal_rule", sa.String(length=10), nullable=True),
        sa.Column("refusal_reason", sa.String(length=200), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("admitted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("status IN ('in_progress', 'paid', 'refused')", name=op.f("ck_visit_status")),
        sa.CheckConstraint("total >= 0", name=op.f("ck_visit_total")),
        sa.ForeignKeyConstraint(["booking_id"], ["booking.id"], name=op.f("fk_visit_booking_id_booking")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_visit_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("booking_id", name=op.f("uq_visit_booking_id")),
        sa.UniqueConstraint("code", name=op.f("uq_visit_code")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_day"), ["day"], unique=False)

    op.create_table(
        "charge_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("person_idx", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=10), nullable=False),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("reduction", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=True),
        sa.Column("charge", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "charge >= 0 AND reduction >= 0 AND charge = price - reduction",
            name=op.f("ck_charge_line_amounts"),
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_charge_line_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charge_line")),
    )
    with op.batch_alter_table("charge_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_charge_line_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("receipt_no", sa.String(length=30), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("approval_no", sa.String(length=30), nullable=True),
        sa.Column("transfer_sender", sa.String(length=50), nullable=True),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("method IN ('card', 'transfer', 'none')", name=op.f("ck_payment_method")),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_payment_amount")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_payment_staff_id_staff")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_payment_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_payment_idempotency_key")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_payment_receipt_no")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "print_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("document", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_print_job_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_job")),
    )
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_job_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "visit_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("care", sa.Boolean(), nullable=False),
        sa.Column("reduction", sa.String(length=30), nullable=True),
        sa.Column("proof_seen", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_visit_person_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_person")),
    )
    with op.batch_alter_table("visit_person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_person_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "payment_reversal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('void', 'refund')", name=op.f("ck_payment_reversal_kind")),
        sa.ForeignKeyConstraint(["payment_id"], ["payment.id"], name=op.f("fk_payment_reversal_payment_id_payment")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_payment_reversal_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_reversal")),
        sa.UniqueConstraint("payment_id", name=op.f("uq_payment_reversal_payment_id")),
    )
    with op.batch_alter_table("payment_reversal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_reversal_day"), ["day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payment_reversal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_reversal_day"))

    op.drop_table("payment_reversal")
    with op.batch_alter_table("visit_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_person_visit_id"))

    op.drop_table("visit_person")
    with op.batch_alter_table("print_job", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_job_visit_id"))

    op.drop_table("print_job")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_visit_id"))

    op.drop_table("payment")
    with op.batch_alter_table("charge_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charge_line_visit_id"))

    op.drop_table("charge_line")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_day"))

    op.drop_table("visit")
    with op.batch_alter_table("penalty", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_penalty_booker_id"))

    op.drop_table("penalty")
    with op.batch_alter_table("booking_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_person_booking_id"))

    op.drop_table("booking_person")
    op.drop_table("day_session")
    op.drop_table("day_closeout")
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closure_day"))

    op.drop_table("closure")
    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.drop_index("ix_booking_day_session")
        batch_op.drop_index(batch_op.f("ix_booking_booker_id"))

    op.drop_table("booking")
    op.drop_table("audit_entry")
    op.drop_table("staff")
    op.drop_table("center_day")
    op.drop_table("booker")

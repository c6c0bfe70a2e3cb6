"""Issue 15: the Alembic chain upgrades a PostgreSQL database as it does SQLite, and the
closed-day locks (revision 0003 on SQLite) exist there as triggers (revision 0007)."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desk_app.db.engine import make_engine
from desk_app.db.migrate import current_revision, head_revision, upgrade
from desk_app.db.models import Base
from desk_app.db.store import open_store


@pytest.fixture
def pg_url(pg_cluster):
    url = pg_cluster.create_database("migrations")
    yield url
    pg_cluster.drop_database("migrations")


def test_the_chain_upgrades_postgresql_step_by_step_to_the_models(pg_url):
    engine = make_engine(pg_url)
    try:
        for revision in ("0001", "0002", "0003", "0004", "0005", "0006"):
            upgrade(engine, revision)
            assert current_revision(engine) == revision
        store = open_store(pg_url)  # the rest at start, as a desk does
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            triggers = {
                r[0]
                for r in conn.execute(
                    text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'lock_%'")
                )
            }
        assert {"lock_payment_update", "lock_visit_change", "lock_incident_change"} <= triggers
        store.close()
        again = open_store(pg_url)  # opening again at head changes nothing
        again.close()
    finally:
        engine.dispose()


def test_closed_day_locks_refuse_whatever_path_on_postgresql(pg_url):
    store = open_store(pg_url)
    now = dt.datetime(2025, 6, 11, 18)
    try:
        with store.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO booker (id, name, phone, phone_last4, created_at) VALUES (1, '김', '010-1', '0001', :t)"
                ),
                {"t": now},
            )
            conn.execute(
                text(
                    "INSERT INTO visit (id, code, day, session_no, kind, status, kt_member, total, created_at) "
                    "VALUES (1, 'V1', '2025-06-11', 1, 'individual', 'paid', false, 3000, :t)"
                ),
                {"t": now},
            )
            conn.execute(
                text(
                    "INSERT INTO payment (id, visit_id, day, receipt_no, method, amount, idempotency_key, created_at) "
                    "VALUES (1, 1, '2025-06-11', 'R1', 'card', 3000, 'k1', :t)"
                ),
                {"t": now},
            )
            conn.execute(
                text(
                    "INSERT INTO day_closeout (day, closed_at, card_total, report_json) VALUES ('2025-06-11', :t, 3000, '{}')"
                ),
                {"t": now},
            )
        refused = [
            "UPDATE payment SET amount = 1 WHERE id = 1",
            "DELETE FROM payment WHERE id = 1",
            "UPDATE visit SET total = 1 WHERE id = 1",
            "DELETE FROM day_closeout",
            "INSERT INTO payment_reversal (payment_id, kind, day, amount, reason, created_at) "
            "VALUES (1, 'void', '2025-06-11', 3000, 'x', now())",
            "INSERT INTO incident (key, day, created_at, kind, may_return, amount) "
            "VALUES ('i', '2025-06-11', now(), 'damage', false, 100)",
        ]
        for statement in refused:
            with pytest.raises(IntegrityError, match="CLS-2"), store.engine.begin() as conn:
                conn.execute(text(statement))
        with store.engine.begin() as conn:  # OPS-3: names may still be erased on a closed day
            conn.execute(text("UPDATE booker SET name = '(삭제됨)' WHERE id = 1"))
    finally:
        store.close()

"""The service tests run on SQLite and on PostgreSQL (issue 15): the same tests, a
parametrised ``store``. Tests about the SQLite file itself (WAL, backups, raw sqlite3) are
marked ``sqlite_only``."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def db_kind(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about the SQLite file itself")
    return str(request.param)

"""Test setup: Qt offscreen, every user folder under a temporary home, the shipped profile."""

from __future__ import annotations

import os
from pathlib import Path

# Set before anything imports Qt (STACK-NOTES: without it pytest aborts with exit 134).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desk_app.config import load_profile  # noqa: E402
from desk_app.db.store import Store, open_store  # noqa: E402
from desk_app.domain.profile import Profile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROFILE = ROOT / "resources" / "profiles" / "default.toml"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DESK_APP_HOME", str(home))
    monkeypatch.delenv("DESK_APP_DB_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def profile() -> Profile:
    return load_profile(DEFAULT_PROFILE)


@pytest.fixture
def profile_text() -> str:
    return DEFAULT_PROFILE.read_text(encoding="utf-8")


@pytest.fixture
def db_kind() -> str:
    """Which database the ``store`` runs on; tests/services/ runs both (issue 15)."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_cluster():
    """One throwaway PostgreSQL cluster for the whole run, started on first use (issue 15).
    A machine without the server programs fails here: it is never a skip."""
    from tests.pgcluster import start_cluster

    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_services(pg_cluster) -> str:
    """One database at the newest revision for the service tests, emptied before each test
    (TRUNCATE is some ten times quicker than a new database per test)."""
    url = pg_cluster.create_database("desk_services")
    open_store(url).close()
    return url


def _empty(url: str) -> None:
    from sqlalchemy import text

    from desk_app.db.engine import make_engine
    from desk_app.db.models import Base

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE TABLE {tables} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()


def db_arg(store: Store) -> str:
    """What ``--db`` takes for this store: the SQLite file, or the PostgreSQL URL."""
    if store.sqlite_path is not None:
        return str(store.sqlite_path)
    return store.engine.url.render_as_string(hide_password=False)


@pytest.fixture
def store(tmp_path: Path, db_kind: str, request: pytest.FixtureRequest) -> Store:
    if db_kind == "postgresql":
        url = request.getfixturevalue("pg_services")
        _empty(url)
        s = open_store(url)
        yield s
        s.close()
        return
    path = tmp_path / "desk.sqlite3"
    s = open_store(f"sqlite:///{path}", path)
    yield s
    s.close()


# ------------------------------------------------------------------ desk services

import datetime as _dt  # noqa: E402

from desk_app.services.bookings import BookingService, NewBooking  # noqa: E402
from desk_app.services.clock import FixedClock  # noqa: E402
from desk_app.services.context import DeskContext  # noqa: E402
from desk_app.services.data import PersonIn  # noqa: E402
from desk_app.services.staff import StaffService  # noqa: E402

DAY = _dt.date(2025, 6, 11)  # a Wednesday: shared sessions


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(_dt.datetime(2025, 6, 11, 9, 55))


@pytest.fixture
def ctx(store: Store, profile: Profile, clock: FixedClock) -> DeskContext:
    return DeskContext(store, profile, clock)


@pytest.fixture
def manager(ctx: DeskContext):
    return StaffService(ctx).create("김센터장", "manager", "2468")


def book(
    ctx: DeskContext,
    *people: PersonIn,
    session: int = 1,
    name: str = "김하늘",
    phone: str = "010-1234-5678",
    kind: str = "individual",
    day: _dt.date = DAY,
    portal_no: str | None = None,
    organisation: str | None = None,
) -> str:
    return BookingService(ctx).add(
        NewBooking(day, session, name, phone, tuple(people), kind=kind, portal_no=portal_no, organisation=organisation)
    )


def kid(birth: str = "2021-03-03", **kw) -> PersonIn:
    return PersonIn("child", kw.pop("name", "아이"), _dt.date.fromisoformat(birth), **kw)


def adult(role: str = "guardian", birth: str | None = None, **kw) -> PersonIn:
    return PersonIn(role, kw.pop("name", None), _dt.date.fromisoformat(birth) if birth else None, **kw)

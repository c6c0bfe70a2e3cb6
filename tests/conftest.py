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
def store(tmp_path: Path) -> Store:
    path = tmp_path / "desk.sqlite3"
    s = open_store(f"sqlite:///{path}", path)
    yield s
    s.close()

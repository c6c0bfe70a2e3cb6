"""The one-folder bundle (build_installer.spec) builds and starts offscreen far enough to show
the board and exit 0; the frozen calendar still names Korean holidays (holidays' .mo files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.db.migrate import SCHEMA_HEAD
from tests.conftest import ROOT


@pytest.mark.slow
def test_bundle_builds_and_starts(tmp_path, pg_cluster):
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    build = subprocess.run(
        [
            str(pyinstaller),
            "build_installer.spec",
            "--noconfirm",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    exe = tmp_path / "dist" / "desk-app" / ("desk-app.exe" if os.name == "nt" else "desk-app")
    assert exe.exists()
    bundle = tmp_path / "dist" / "desk-app"
    assert (
        list(bundle.rglob("NanumSquareR.ttf"))
        and list(bundle.rglob("OFL.txt"))
        and list(bundle.rglob("0004_visit_states_and_late_pickup.py"))
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_APP_SMOKE": "1", "DESK_APP_HOME": str(tmp_path / "home")}
    started = subprocess.run([str(exe), "--demo"], env=env, capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr[-2000:]
    assert f"database at revision {SCHEMA_HEAD}" in (tmp_path / "home" / "logs" / "desk-app.log").read_text(
        encoding="utf-8"
    )
    calendar = subprocess.run([str(exe), "calendar", "2025-05"], env=env, capture_output=True, text=True, timeout=60)
    days = {d["date"]: d for d in json.loads(calendar.stdout)}
    assert "대체 휴일" in days["2025-05-06"]["reason"] and days["2025-05-05"]["open"]
    # several desks (issue 15): the bundle carries the PostgreSQL driver and upgrades a server database
    url = pg_cluster.create_database("bundle")
    found = subprocess.run([str(exe), "lost-found", "--db", url], env=env, capture_output=True, text=True, timeout=120)
    assert found.returncode == 0 and json.loads(found.stdout) == [], found.stderr[-2000:]
    pg_cluster.drop_database("bundle")

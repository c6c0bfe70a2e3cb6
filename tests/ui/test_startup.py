"""Starting the real program (`desk-app`) offscreen: the board shows and it exits 0; a broken
profile or a corrupt database ends with a clear Korean message and changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def start(tmp_path, *args, home=None):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_APP_SMOKE": "1",
        "DESK_APP_HOME": str(home or tmp_path / "home"),
    }
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )


def test_demo_starts_to_the_board_and_exits_0(tmp_path):
    p = start(tmp_path, "--demo")
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "home" / "data" / "demo.sqlite3").exists()
    log = (tmp_path / "home" / "logs" / "desk-app.log").read_text(encoding="utf-8")
    assert "database at revision" in log


def test_a_broken_profile_is_refused_at_start_naming_the_key(tmp_path, profile_text):
    bad = tmp_path / "bad.toml"
    bad.write_text(profile_text.replace("capacity = 22", "capacity = 0"), encoding="utf-8")
    p = start(tmp_path, "--profile", str(bad), "--db", str(tmp_path / "desk.sqlite3"))
    assert p.returncode == 2
    assert "센터 프로필" in p.stderr and "rules[0].capacity" in p.stderr
    assert not (tmp_path / "desk.sqlite3").exists()  # nothing was written


def test_a_corrupt_database_is_refused_at_start(tmp_path):
    db = tmp_path / "desk.sqlite3"
    db.write_bytes(b"garbage" * 1000)
    p = start(tmp_path, "--db", str(db))
    assert p.returncode == 1
    assert "손상" in p.stderr and "백업" in p.stderr
    assert db.read_bytes() == b"garbage" * 1000

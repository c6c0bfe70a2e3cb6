"""Issue 13: the launcher opens a first window before the heavy imports, and a Qt that cannot
start on Linux is explained in one line naming the package to install."""

from __future__ import annotations

import os
import subprocess
import sys

from desk_app import qtcheck
from desk_app.launch import opens_window
from tests.conftest import ROOT

LDD = """\tlinux-vdso.so.1 (0x00007ffd)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_window_or_verb():
    assert opens_window([]) and opens_window(["--demo"]) and opens_window(["--db", "x.sqlite3", "--kiosk"])
    assert not opens_window(["quote"]) and not opens_window(["--db", "x", "report", "2025-06"])
    assert not opens_window(["--help"]) and not opens_window(["--version"])


def test_missing_libraries_are_named_with_their_packages(monkeypatch):
    assert qtcheck.missing_libraries(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert qtcheck.package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert qtcheck.package_for("libxcb-xinput.so.0") == "libxcb-xinput0"  # Debian's naming rule
    assert qtcheck.package_for("libfoo2.so.1") == "libfoo2-1"

    class Done:
        stdout = LDD

    monkeypatch.setattr(qtcheck.sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(qtcheck.subprocess, "run", lambda *a, **k: Done())
    hint = qtcheck.check_linux_display()
    assert hint is not None and "\n" not in hint
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in hint and "시스템 라이브러리" in hint
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qtcheck.check_linux_display() is None


def test_first_window_comes_before_the_board(tmp_path):
    """`desk-app --demo` notes when its first window and its board were on screen."""
    marks = tmp_path / "timing.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_APP_SMOKE": "1",
        "DESK_APP_HOME": str(tmp_path / "home"),
        "DESK_APP_TIMING": str(marks),
    }
    done = subprocess.run([sys.executable, "-m", "desk_app", "--demo"], env=env, cwd=ROOT, capture_output=True)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-500:]
    noted = dict(line.split() for line in marks.read_text().splitlines())
    assert float(noted["first_window"]) < float(noted["board"])

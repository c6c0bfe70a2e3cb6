"""STYLE rule 1: importing desk_app (and running its verbs) loads no PySide6."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import sys, pkgutil, importlib
import desk_app
for m in pkgutil.walk_packages(desk_app.__path__, "desk_app."):
    if m.name in ("desk_app.__main__", "desk_app.db.migrations.env") or ".migrations.versions" in m.name:
        continue
    importlib.import_module(m.name)
from desk_app.cli import main
main(["calendar", "2025-05"])
print("QT" if any(k.startswith("PySide6") or k.startswith("shiboken6") for k in sys.modules) else "CLEAN", file=sys.stderr)
"""


def test_importing_desk_app_loads_no_pyside6():
    p = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stderr.strip().endswith("CLEAN")


def test_no_module_outside_ui_imports_pyside6():
    offenders = [
        str(f)
        for f in (ROOT / "desk_app").rglob("*.py")
        if re.search(r"^\s*(from|import)\s+PySide6", f.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []

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


# ------------------------------------------------------------------ the shape in STYLE.md (issue 11)

import ast  # noqa: E402


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for f in sorted((ROOT / folder).rglob("*.py")):
        if "migrations" in f.parts:
            continue
        bad = sorted(m for m in _imports(f) if any(m == x or m.startswith(x + ".") for x in forbidden))
        if bad:
            out.append(f"{f.relative_to(ROOT)}: {', '.join(bad)}")
    return out


def test_the_domain_imports_no_store_no_qt_no_printing():
    assert (
        _offenders(
            "desk_app/domain",
            ("sqlalchemy", "PySide6", "reportlab", "desk_app.db", "desk_app.services", "desk_app.printing", "ui"),
        )
        == []
    )


def test_services_write_through_repositories_only():
    """No service module imports SQLAlchemy or the models: writes go through repositories, reads
    through desk_app.db.views (issue 11)."""
    assert _offenders("desk_app/services", ("sqlalchemy", "desk_app.db.models", "PySide6", "ui")) == []


def test_printing_knows_no_store_and_the_screens_no_store():
    assert _offenders("desk_app/printing", ("desk_app.db", "sqlalchemy", "PySide6", "desk_app.services")) == []
    assert _offenders("ui", ("desk_app.db", "sqlalchemy")) == []


def test_no_service_sets_a_status_by_hand():
    """Every state change is a transition of desk_app.domain.states."""
    pattern = re.compile(r"""status\s*=\s*["']""")
    hits = [
        f"{f.relative_to(ROOT)}:{n}"
        for f in sorted((ROOT / "desk_app" / "services").rglob("*.py"))
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hits == []


def test_one_composition_root():
    """ui/app.py and cli.py open the desk through desk_app.bootstrap; nothing else opens a store."""
    openers = [
        str(f.relative_to(ROOT))
        for folder in ("desk_app", "ui")
        for f in sorted((ROOT / folder).rglob("*.py"))
        if "open_store(" in f.read_text(encoding="utf-8")
    ]
    assert sorted(openers) == ["desk_app/bootstrap.py", "desk_app/db/store.py"]
    assert "desk_app.bootstrap" in _imports(ROOT / "ui" / "app.py")
    assert "open_store" not in (ROOT / "desk_app" / "cli.py").read_text(encoding="utf-8")

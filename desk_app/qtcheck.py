"""Before Qt starts on Linux (issue 13): the system libraries Qt's X11 plugin needs, checked
with ``ldd``, so a missing one is named in one line with the Debian/Ubuntu package to install,
instead of Qt's abort that blames the wrong library. Imports no Qt."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

# Debian 12 / Ubuntu 24.04 packages for the sonames the xcb plugin loads (README lists them)
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def package_for(soname: str) -> str:
    """The package that ships ``soname``: the table above, else Debian's naming rule."""
    if soname in PACKAGES:
        return PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    return f"{name.lower()}{'-' if name[-1:].isdigit() else ''}{version.split('.')[0]}"


def missing_libraries(ldd_output: str) -> list[str]:
    return sorted(set(_NOT_FOUND.findall(ldd_output)))


def check_linux_display() -> str | None:
    """A one-line hint (Korean, then English) when Qt's X11 plugin cannot load here, else None."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, …: not the xcb plugin
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return None
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None  # no ldd: let Qt try
    missing = missing_libraries(out)
    if missing:
        packages = " ".join(sorted({package_for(m) for m in missing}))
        return (
            f"화면을 열 수 없습니다: Qt에 필요한 시스템 라이브러리가 없습니다 ({', '.join(missing)}) — "
            f"sudo apt-get install {packages} / Qt cannot start: install {packages}"
        )
    if not os.environ.get("DISPLAY") and not platform:
        return "화면(DISPLAY)이 없습니다: 데스크톱에서 실행하세요 / No display: run the desk from a desktop session"
    return None

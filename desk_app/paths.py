"""Where things live: the shipped resources and the user's data, log and backup folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "desk-app"
APP_AUTHOR = "SeoulKidsCafe"


def resources_dir() -> Path:
    """The shipped `resources/` folder: beside the package in a checkout, inside the bundle
    when frozen by PyInstaller, or where DESK_APP_RESOURCES points."""
    override = os.environ.get("DESK_APP_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def shipped_profile_path() -> Path:
    return resources_dir() / "profiles" / "default.toml"


def default_profile_path() -> Path:
    """The center's own profile once a manager saved it from the settings screen (issue 14),
    else the shipped one."""
    own = user_profile_path()
    return own if own.exists() else shipped_profile_path()


def user_profile_path() -> Path:
    return config_dir() / "center-profile.toml"


def _home() -> Path | None:
    """DESK_APP_HOME puts every user folder under one directory (tests, a USB stick)."""
    home = os.environ.get("DESK_APP_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "desk.sqlite3"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite3"

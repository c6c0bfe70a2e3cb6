"""Reading the center profile file and the settings the program starts with."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from desk_app.domain.errors import BadInput, ProfileError
from desk_app.domain.messages import msg
from desk_app.domain.profile import Profile, parse_profile
from desk_app.paths import default_db_path, default_profile_path


def load_profile(path: Path | str | None = None) -> Profile:
    """PRF-1: read and check the whole profile, or refuse it naming the key and the problem."""
    p = Path(path) if path is not None else default_profile_path()
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ProfileError(str(p), msg("센터 프로필 파일을 찾을 수 없습니다")) from None
    except OSError as e:
        raise ProfileError(
            str(p), msg("센터 프로필 파일을 읽을 수 없습니다 ({strerror})", strerror=e.strerror)
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError(str(p), msg("센터 프로필은 UTF-8 텍스트(TOML)여야 합니다")) from None
    return parse_profile(text, source=str(p))


@dataclass(frozen=True)
class Settings:
    """Where the records are: a SQLAlchemy URL, so another database needs no code change."""

    db_url: str
    profile_path: Path
    desk: str | None = None  # several desks on one database (issue 15): this one's mark

    @property
    def shared(self) -> bool:
        """A server database several desks may use at once (not the embedded SQLite file)."""
        return not self.db_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        prefix = "sqlite:///"
        if self.db_url.startswith(prefix):
            return Path(self.db_url[len(prefix) :])
        return None


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def check_desk(desk: str | None) -> str | None:
    """A desk's mark: one to three ASCII letters or digits (it goes into receipt numbers)."""
    if desk is None or desk == "":
        return None
    mark = desk.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,3}", mark):
        raise BadInput(
            "--desk", msg("데스크 번호는 영문자나 숫자 1~3자입니다 (지금: {desk!r}, 예: 1, 2, A)", desk=desk)
        )
    return mark


def make_settings(db: str | None = None, profile: str | None = None, desk: str | None = None) -> Settings:
    """--db wins, then DESK_APP_DB_URL, then the SQLite file in the user data folder. The desk's
    mark: --desk, then DESK_APP_DESK."""
    if db:
        url = db if "://" in db else sqlite_url(db)
    else:
        url = os.environ.get("DESK_APP_DB_URL") or sqlite_url(default_db_path())
    mark = check_desk(desk if desk is not None else os.environ.get("DESK_APP_DESK"))
    return Settings(db_url=url, profile_path=Path(profile) if profile else default_profile_path(), desk=mark)

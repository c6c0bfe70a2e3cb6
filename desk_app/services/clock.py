"""The desk's clock: the system clock in use, a settable one in tests and demos."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock that stands still until moved (tests, the demo's played-through day)."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def now(self) -> dt.datetime:
        return self.at

    def set(self, at: dt.datetime) -> None:
        self.at = at

    def advance(self, minutes: int) -> None:
        self.at += dt.timedelta(minutes=minutes)


class ShiftedClock:
    """The system clock moved by whole days (the demo on a closed day opens the next open day)."""

    def __init__(self, days: int) -> None:
        self.offset = dt.timedelta(days=days)

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0) + self.offset

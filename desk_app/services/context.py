"""What every service needs: the record store, the center profile and the clock."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.db.store import Store
from desk_app.domain.profile import Profile
from desk_app.services.clock import Clock


@dataclass
class DeskContext:
    store: Store
    profile: Profile
    clock: Clock
    desk: str | None = None  # several desks on one database (issue 15): its mark in receipt numbers

"""The one place that opens the desk: the center profile, the record store (created or upgraded,
with the offer of the newest sound backup when the file cannot be opened), the clock and the
services. The window (``ui.app``) and the command (``desk_app.cli``) both start here; neither
touches ``desk_app.db`` itself."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from desk_app.config import Settings, load_profile, sqlite_url
from desk_app.db.migrate import DatabaseProblem
from desk_app.db.store import Store, open_store
from desk_app.domain.messages import msg
from desk_app.domain.profile import Profile
from desk_app.domain.profile_edit import ProfileEdit
from desk_app.paths import default_profile_path
from desk_app.services.board import BoardService
from desk_app.services.bookings import (
    BookingService,
    CancellationService,
    ClosureService,
    GroupService,
    NoShowService,
)
from desk_app.services.care import CareService
from desk_app.services.checkin import CheckinService
from desk_app.services.clock import Clock, ShiftedClock, SystemClock
from desk_app.services.closeout import CloseoutService, ReversalService
from desk_app.services.context import DeskContext
from desk_app.services.documents import DocumentService
from desk_app.services.finding import FindService
from desk_app.services.journal import JournalService
from desk_app.services.ops import IncidentService, LostFoundService
from desk_app.services.portal_import import PortalImportService
from desk_app.services.privacy import PrivacyService
from desk_app.services.settings import Saved, SettingsService
from desk_app.services.staff import StaffMember, StaffService
from desk_app.services.status import StatusService

log = logging.getLogger(__name__)

# Asked when the database cannot be opened and a backup exists: (the problem, the backup) → restore?
RestoreOffer = Callable[[DatabaseProblem, Path], bool]


class RestoreDeclined(DatabaseProblem):
    """The database could not be opened and whoever was asked declined the backup offered:
    they have seen the problem already."""


@dataclass
class Desk:
    """The open desk: what every screen and verb works through."""

    ctx: DeskContext
    settings: Settings
    demo: bool = False
    _closed: bool = field(default=False, repr=False)

    @property
    def profile(self) -> Profile:
        return self.ctx.profile

    @property
    def clock(self) -> Clock:
        return self.ctx.clock

    def today(self) -> dt.date:
        return self.ctx.clock.now().date()

    @cached_property
    def board(self) -> BoardService:
        return BoardService(self.ctx)

    @cached_property
    def find(self) -> FindService:
        return FindService(self.ctx)

    @cached_property
    def checkin(self) -> CheckinService:
        return CheckinService(self.ctx)

    @cached_property
    def bookings(self) -> BookingService:
        return BookingService(self.ctx)

    @cached_property
    def groups(self) -> GroupService:
        return GroupService(self.ctx)

    @cached_property
    def cancellations(self) -> CancellationService:
        return CancellationService(self.ctx)

    @cached_property
    def no_shows(self) -> NoShowService:
        return NoShowService(self.ctx)

    @cached_property
    def closures(self) -> ClosureService:
        return ClosureService(self.ctx)

    @cached_property
    def imports(self) -> PortalImportService:
        return PortalImportService(self.ctx)

    @cached_property
    def closeout(self) -> CloseoutService:
        return CloseoutService(self.ctx)

    @cached_property
    def reversals(self) -> ReversalService:
        return ReversalService(self.ctx)

    @cached_property
    def documents(self) -> DocumentService:
        return DocumentService(self.ctx)

    @cached_property
    def staff(self) -> StaffService:
        return StaffService(self.ctx)

    @cached_property
    def care(self) -> CareService:
        return CareService(self.ctx)

    @cached_property
    def journal(self) -> JournalService:
        return JournalService(self.ctx)

    @cached_property
    def privacy(self) -> PrivacyService:
        return PrivacyService(self.ctx)

    @cached_property
    def lost_found(self) -> LostFoundService:
        return LostFoundService(self.ctx)

    @cached_property
    def incidents(self) -> IncidentService:
        return IncidentService(self.ctx)

    @cached_property
    def center_settings(self) -> SettingsService:
        return SettingsService(self.ctx, self.settings.profile_path)

    def save_settings(self, edit: ProfileEdit, staff: StaffMember | None) -> Saved:
        """Issue 14: a manager's change of the center profile; the desk reads the saved file
        from now on (and at the next start)."""
        saved = self.center_settings.save(edit, staff)
        self.settings = dataclasses.replace(self.settings, profile_path=saved.path)
        return saved

    @cached_property
    def status(self) -> StatusService:
        return StatusService(self.ctx)

    def with_clock(self, clock: Clock) -> Desk:
        """The same records on another clock (the demo on a closed day, tests)."""
        return Desk(DeskContext(self.ctx.store, self.ctx.profile, clock, self.ctx.desk), self.settings, self.demo)

    def start_of_day(self) -> None:
        """What the desk does once when it opens: OPS-3's purge when due, and a journal entry
        when the center profile changed since the last start."""
        from desk_app.services.journal import note_profile

        self.privacy.purge_if_due()
        note_profile(self.ctx, str(self.settings.profile_path), self.settings.profile_path.read_bytes())

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.ctx.store.close()


def attach_journal_key(store: Store, now: dt.datetime) -> None:
    """Issue 12: journal entries are signed with the installation's key (kept in the user config
    folder, never in the database). A key the journal does not know yet — the first start, or a
    new key after the file was lost — is written into the journal with its public half, so
    older signatures stay checkable. A lost key is reported (logged), never fatal."""
    from desk_app.services.signing import load_or_create_key

    try:
        key = load_or_create_key()
    except OSError as e:
        log.error("journal key cannot be made (%s): entries are written unsigned", e)
        return
    store.signer = key
    with store.uow() as uow:
        known = uow.views.journal_keys()
        if key.public_hex in known:
            return
        if known:
            log.warning("journal key file %s is new to this database: the old key was lost or replaced", key.path)
        uow.journal.append(
            now, None, "journal.key", key.public_hex[:16], {"public": key.public_hex, "before": len(known)}
        )
        uow.commit()


def desk_for(store: Store, profile: Profile, clock: Clock | None = None, settings: Settings | None = None) -> Desk:
    """A desk over a store already open (tests, benchmarks)."""
    path = store.sqlite_path
    settings = settings or Settings(sqlite_url(path) if path else str(store.engine.url), default_profile_path())
    return Desk(DeskContext(store, profile, clock or SystemClock()), settings)


def open_desk(
    settings: Settings,
    clock: Clock | None = None,
    *,
    demo: bool = False,
    offer_restore: RestoreOffer | None = None,
) -> Desk:
    """Open the desk: the profile (PRF-1, refused whole with a ProfileError naming the key),
    then the store at the current schema. A database that cannot be opened raises
    DatabaseProblem, unless ``offer_restore`` accepts the newest sound backup: then the broken
    file is kept aside and the backup restored. The demo works on its own database, on the
    next open day when today is closed."""
    profile = load_profile(settings.profile_path)
    if demo:
        from desk_app.paths import demo_db_path

        settings = Settings(sqlite_url(demo_db_path()), settings.profile_path)
    try:
        store = open_store(settings.db_url, settings.sqlite_path)
    except DatabaseProblem as problem:
        _restore_if_offered(problem, settings, offer_restore)
        store = open_store(settings.db_url, settings.sqlite_path)
    desk = Desk(DeskContext(store, profile, clock or SystemClock(), settings.desk), settings, demo)
    attach_journal_key(store, desk.clock.now())
    if demo:
        try:
            from desk_app.services.demo import ensure_demo_today, next_open_day

            today = desk.today()
            shift = (next_open_day(desk.ctx, today) - today).days
            if shift:
                desk = desk.with_clock(ShiftedClock(shift))
            ensure_demo_today(desk.ctx)
        except BaseException:
            desk.close()
            raise
    return desk


def _restore_if_offered(problem: DatabaseProblem, settings: Settings, offer: RestoreOffer | None) -> None:
    from desk_app.services.backup import latest_backup, restore_file

    if offer is None:
        raise problem
    path = settings.sqlite_path
    backup = latest_backup(path) if path is not None else None
    if backup is None:
        raise DatabaseProblem(problem.message + msg("\n\n복구할 백업이 없습니다.")) from None
    if not offer(problem, backup):
        raise RestoreDeclined(problem.message) from None
    assert path is not None
    broken = path.with_name(path.name + f".broken{dt.datetime.now():%Y%m%dT%H%M%S}")
    path.replace(broken)  # never overwrite the broken file: it may still be needed
    restore_file(backup, path)
    log.warning("restored %s from %s; the broken file is kept as %s", path, backup, broken)


@contextmanager
def desk_session(settings: Settings, clock: Clock | None = None) -> Iterator[Desk]:
    """A desk for one command: opened, used, closed."""
    desk = open_desk(settings, clock)
    try:
        yield desk
    finally:
        desk.close()

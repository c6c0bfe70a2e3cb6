"""Works on one database until it is killed (used by the SIGKILL loop, bench/crash_loop.py).

crash_worker.py DB pay       book and pay families, a double click each time
crash_worker.py DB mixed     pay, close past days (backup, rotation, anchor), import portal
                             files, make backups, record lost property and incidents, and save
                             the center profile from the settings (issue 14), at random
crash_worker.py DB upgrade   open a database made at an older revision: the schema upgrade
                             at start, killed wherever it is
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from desk_app.config import load_profile  # noqa: E402
from desk_app.db.models import Booking, DayCloseout  # noqa: E402
from desk_app.db.store import open_store  # noqa: E402
from desk_app.domain.calendar import day_plan  # noqa: E402
from desk_app.services.bookings import BookingService, NewBooking  # noqa: E402
from desk_app.services.checkin import CheckinService, PaymentIn, PersonIn  # noqa: E402
from desk_app.services.clock import FixedClock  # noqa: E402
from desk_app.services.context import DeskContext  # noqa: E402

target = sys.argv[1]  # a SQLite file, or a PostgreSQL URL (issue 15)
url = target if "://" in target else None
db = Path(target) if url is None else Path(".")
mode = sys.argv[2] if len(sys.argv) > 2 else "pay"
if mode == "upgrade":
    print("ready", flush=True)
    store = open_store(f"sqlite:///{db}", db)  # the upgrade runs here, and is killed somewhere
    store.close()
    while True:  # upgraded: wait for the kill
        pass

store = open_store(url, None) if url else open_store(f"sqlite:///{db}", db)
profile = load_profile()
clock = FixedClock(dt.datetime(2025, 6, 11, 9))
ctx = DeskContext(store, profile, clock)
rng = random.Random()
with store.uow() as uow:
    day = uow.session.scalar(select(func.max(Booking.day)).where(Booking.portal_no.is_(None))) or dt.date(2025, 6, 11)
    n = uow.session.scalar(select(func.count(Booking.id))) or 0
print("ready", flush=True)


def next_open(d: dt.date) -> dt.date:
    d += dt.timedelta(days=1)
    while not day_plan(profile, d).open:
        d += dt.timedelta(days=1)
    return d


def pay_one() -> None:
    global day, n
    with store.uow() as uow:
        taken = (
            uow.session.scalar(select(func.count(Booking.id)).where(Booking.day == day, Booking.portal_no.is_(None)))
            or 0
        )
    if taken >= 7:  # 7 families of 3 in session 1, then the next open day
        day = next_open(day)
    n += 1
    clock.set(dt.datetime.combine(day, dt.time(9)))
    code = BookingService(ctx).add(
        NewBooking(
            day,
            1,
            f"가족{n}",
            f"010-{n // 10000:04d}-{n % 10000:04d}",
            (
                PersonIn("child", f"아이{n}", dt.date(2021, 3, 3)),
                PersonIn("child", f"동생{n}", dt.date(2023, 5, 5)),
                PersonIn("guardian"),
            ),
        )
    )
    clock.set(dt.datetime.combine(day, dt.time(10, 5)))
    desk = CheckinService(ctx)
    req = dataclasses.replace(desk.request_for(code), residency_doc="resident_card", kt_member=n % 3 == 0)
    key = f"crash-{n}-{rng.random()}"
    paid = desk.pay(req, PaymentIn("card", approval_no=f"{n % 10**8:08d}", allow_duplicate=True), key, None)
    again = desk.pay(req, PaymentIn("card", approval_no=f"{n % 10**8:08d}", allow_duplicate=True), key, None)
    assert again.replayed and again.receipt_no == paid.receipt_no


def manager():  # type: ignore[no-untyped-def]
    from desk_app.services.staff import StaffMember, StaffService

    with store.uow() as uow:
        row = uow.staff.by_name("crash")
        if row is not None:
            return StaffMember(row.id, row.name, row.role)
    return StaffService(ctx).create("crash", "manager", "2468")


def close_past() -> None:
    """Close the oldest worked day not yet closed, with its backup, rotation and anchor."""
    from desk_app.services.closeout import CloseoutService

    with store.uow() as uow:
        closed = set(uow.session.scalars(select(DayCloseout.day)))
        days = sorted(d for d in uow.views.unclosed_days(day) if d not in closed)
    if not days:
        return
    clock.set(dt.datetime.combine(days[0], dt.time(18)))
    CloseoutService(ctx).close(days[0], None, manager(), backup=True)


def import_file() -> None:
    """A portal file of new bookings for a day ahead: imports whole or not at all."""
    from desk_app.services.portal_import import PortalImportService

    global n
    header = [h for _, h in profile.portal_import.columns]
    ahead = next_open(next_open(day))
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(header)
    for _ in range(rng.randint(2, 6)):
        n += 1
        w.writerow(
            [
                f"P{n:013d}",
                ahead.isoformat(),
                "2",
                f"포털{n}",
                f"010-9{n % 1000:03d}-{n % 10000:04d}",
                f"아이{n}",
                "2021-04-01",
                "1",
                "N",
                "예약완료",
                f"{ahead.isoformat()} 08:00:00",
            ]
        )
    path = db.parent / "imports" / f"p{n}.csv"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(buf.getvalue().encode("utf-8"))
    clock.set(dt.datetime.combine(day, dt.time(8)))
    PortalImportService(ctx).run(path)


def backup_now() -> None:
    from desk_app.services.backup import backup_file, rotate

    target = backup_file(db, "manual", now=dt.datetime.now())
    rotate(target.parent, db.stem)


def desk_records() -> None:
    """Issue 14: an item found (and those due disposed of), a warning and a damage by card with
    a second click, on the day being worked."""
    import secrets

    from desk_app.domain.errors import DeskError
    from desk_app.services.ops import IncidentService, LostFoundService

    clock.set(dt.datetime.combine(day, dt.time(11)))
    boss = manager()
    lost = LostFoundService(ctx)
    lost.record("물병", "볼풀 옆", boss, session_no=1)
    due = lost.due_today()
    if due:
        lost.dispose([i.id for i in due], boss)
    with store.uow() as uow:
        visits = [v.code for v in uow.visits.on_day(day) if v.status == "paid"]
    if not visits:
        return
    incidents = IncidentService(ctx)
    key = secrets.token_hex(16)
    try:
        incidents.warn(secrets.token_hex(16), rng.choice(visits), "dangerous", "", boss)
        incidents.record_damage(key, rng.choice(visits), "블록", "repair", 3000, "card", "", boss)
        incidents.record_damage(key, visits[0], "블록", "repair", 3000, "card", "", boss)  # a second click
    except DeskError:
        pass  # the day was closed meanwhile: refused, nothing written


def save_profile() -> None:
    """Issue 14: the center profile saved from the settings screen (temporary file, fsync,
    rename, the previous version kept, the journal entry)."""
    from desk_app.domain.errors import DeskError
    from desk_app.domain.profile_edit import ProfileEdit
    from desk_app.files import write_atomically
    from desk_app.paths import shipped_profile_path
    from desk_app.services.settings import SettingsService

    path = db.parent / "center-profile.toml"
    if not path.exists():
        write_atomically(path, shipped_profile_path().read_bytes())
    clock.set(dt.datetime.combine(day, dt.time(8)))
    settings = SettingsService(ctx, path)
    when = dt.date(2030, 1, 1)
    rules = settings.rules_on(when)
    rules["fees"]["child"] = rng.choice((2000, 2500, 3000))
    try:
        settings.save(ProfileEdit(effective_from=when, rules=rules), manager())
    except DeskError:
        pass  # the same fee again: nothing to save


actions = (
    [pay_one] if mode == "pay" else [pay_one, pay_one, close_past, import_file, backup_now, desk_records, save_profile]
)
while True:
    rng.choice(actions)()

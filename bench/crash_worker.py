"""Books and pays in a loop on one database until it is killed (used by the SIGKILL loop)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

from sqlalchemy import func, select

from desk_app.config import load_profile
from desk_app.db.models import Booking
from desk_app.db.store import open_store
from desk_app.domain.calendar import day_plan
from desk_app.services.bookings import BookingService, NewBooking
from desk_app.services.checkin import CheckinService, PaymentIn, PersonIn
from desk_app.services.clock import FixedClock
from desk_app.services.context import DeskContext
from desk_app.services.documents import DocumentService

db = Path(sys.argv[1])
store = open_store(f"sqlite:///{db}", db)
profile = load_profile()
clock = FixedClock(dt.datetime(2025, 6, 11, 9))
ctx = DeskContext(store, profile, clock)
docs = DocumentService(ctx, db.parent / "printed")
with store.uow() as uow:
    day = uow.session.scalar(select(func.max(Booking.day))) or dt.date(2025, 6, 11)
    n = uow.session.scalar(select(func.count(Booking.id))) or 0
print("ready", flush=True)
while True:
    with store.uow() as uow:
        taken = uow.session.scalar(select(func.count(Booking.id)).where(Booking.day == day)) or 0
    if taken >= 7:  # 7 families of 3 in session 1, then the next open day
        day += dt.timedelta(days=1)
        while not day_plan(profile, day).open:
            day += dt.timedelta(days=1)
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
    key = f"crash-{n}"
    paid = desk.pay(req, PaymentIn("card", approval_no=f"{n:08d}"), key, None)
    again = desk.pay(req, PaymentIn("card", approval_no=f"{n:08d}"), key, None)  # a double click
    assert again.replayed and again.receipt_no == paid.receipt_no
    docs.mark(paid.visit_code, "slip", docs.render(paid.visit_code, "slip").path.exists())

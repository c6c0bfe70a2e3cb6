"""Five years of a busy center, for the benchmarks: every open day, every session near capacity,
portal bookings and walk-ins, no-shows and cancellations, reductions, KT, play care, voids,
closures, each day closed. Priced by the real fee engine; written with Core inserts.

    python bench/make_five_years.py OUT.sqlite3 [--end YYYY-MM-DD] [--years 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from desk_app.config import load_profile  # noqa: E402
from desk_app.db import models as m  # noqa: E402
from desk_app.db.repositories import GENESIS  # noqa: E402
from desk_app.db.store import open_store  # noqa: E402
from desk_app.domain.calendar import day_plan  # noqa: E402
from desk_app.domain.fees import quote  # noqa: E402
from desk_app.domain.party import Party, Person  # noqa: E402
from desk_app.services.codes import receipt_no  # noqa: E402
from desk_app.services.demo import DEMO_MANAGER  # noqa: E402  (so `desk-app --demo` opens it for the cold-start bench)

HOUSEHOLD = ("multi_child", "single_parent", "basic_livelihood")
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
# insert order; close-outs last, since closed days are locked (CLS-2)
ORDER = (
    "staff",
    "booker",
    "center_day",
    "day_session",
    "booking",
    "booking_person",
    "visit",
    "visit_person",
    "charge_line",
    "payment",
    "payment_reversal",
    "audit_entry",
    "penalty",
    "day_closeout",
)
GIVEN = ("하늘", "바다", "서연", "민준", "지우", "서준", "하은", "도윤", "수아", "시우", "지아", "예준")


def generate(db: Path, end: dt.date, years: int = 5, seed: int = 5) -> dict[str, int]:
    rng = random.Random(seed)
    profile = load_profile()
    # synthetic history: the seed center's rules as if it had been open the whole time
    history_profile = dataclasses.replace(
        profile, center=dataclasses.replace(profile.center, opening_date=end.replace(year=end.year - years))
    )
    store = open_store(f"sqlite:///{db}", db)
    start = end.replace(year=end.year - years)
    now = dt.datetime.combine(start, dt.time(9))
    rows: dict[str, list[dict]] = {k: [] for k in ORDER}
    rows["staff"].append(
        dict(
            id=1,
            name=DEMO_MANAGER,
            role="manager",
            pin_hash="scrypt$16384$8$1$00$00",
            failed_attempts=0,
            active=True,
            created_at=now,
        )
    )
    ids = {k: 0 for k in rows}

    def nid(table: str) -> int:
        ids[table] += 1
        return ids[table]

    journal_prev = [GENESIS]

    def journal(at: dt.datetime, action: str, subject: str, detail: dict) -> int:
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str)
        h = hashlib.sha256(
            json.dumps([journal_prev[0], at.isoformat(), 1, action, subject, text], ensure_ascii=False).encode()
        ).hexdigest()
        entry = nid("audit_entry")
        rows["audit_entry"].append(
            dict(
                id=entry,
                at=at,
                staff_id=1,
                action=action,
                subject=subject,
                detail=text,
                prev_hash=journal_prev[0],
                hash=h,
            )
        )
        journal_prev[0] = h
        return entry

    bookers: list[int] = []
    day = start
    visits = people_total = 0
    while day < end:
        plan = day_plan(history_profile, day)
        if not plan.open:
            day += dt.timedelta(days=1)
            continue
        rules = profile.rules_on(day)
        rows["center_day"].append(dict(day=day, open=True, reason=None, created_at=now))
        day_totals = {"card": 0, "transfer": 0, "none": 0}
        seq = 0
        for slot in plan.sessions:
            rows["day_session"].append(
                dict(
                    id=nid("day_session"),
                    day=day,
                    no=slot.no,
                    start=f"{slot.start:%H:%M}",
                    end=f"{slot.end:%H:%M}",
                    audience=slot.audience,
                    capacity=slot.capacity,
                )
            )
            places, care_used = 0, 0
            while places < slot.capacity - 1:
                kids = rng.choice((1, 2, 2, 3))
                adults = rng.choice((1, 1, 2))
                if places + kids + adults > slot.capacity:
                    break
                walkin = rng.random() < 0.08
                fate = "checked_in" if rng.random() < 0.93 else rng.choice(("no_show", "cancelled"))
                if walkin:
                    fate = "checked_in"
                if len(bookers) < 20_000 or rng.random() < 0.3:
                    booker = nid("booker")
                    phone = f"010-{rng.randint(1000, 9999)}-{booker % 10000:04d}"
                    rows["booker"].append(
                        dict(
                            id=booker,
                            name=rng.choice(SURNAMES) + rng.choice(GIVEN) + str(booker),
                            phone=phone,
                            phone_last4=phone[-4:],
                            created_at=now,
                        )
                    )
                    bookers.append(booker)
                else:
                    booker = rng.choice(bookers)
                booking = nid("booking")
                rows["booking"].append(
                    dict(
                        id=booking,
                        code=f"B{booking:07d}",
                        source="walkin" if walkin else "portal",
                        portal_no=None if walkin else f"P{booking:09d}",
                        kind="individual",
                        day=day,
                        session_no=slot.no,
                        booker_id=booker,
                        organisation=None,
                        guardians=adults,
                        status=fate,
                        booked_at=now,
                        cancelled_at=None,
                        cancel_channel="online" if fate == "cancelled" else None,
                        cancel_reason=None,
                        cancelled_by=None,
                        created_at=now,
                    )
                )
                persons = []
                for k in range(kids):
                    birth = dt.date(day.year - rng.randint(0, 6), rng.randint(1, 12), rng.randint(1, 28))
                    birth = min(birth, day)
                    care = care_used < 2 and (day - birth).days > 1200 and rng.random() < 0.1
                    care_used += care
                    reduction = rng.choice(HOUSEHOLD) if k == 0 and rng.random() < 0.2 else None
                    persons.append(
                        Person("child", birth, care, reduction, reduction is not None and rng.random() < 0.9)
                    )
                persons += [Person("guardian") for _ in range(adults)]
                for i, p in enumerate(persons):
                    rows["booking_person"].append(
                        dict(
                            id=nid("booking_person"),
                            booking_id=booking,
                            idx=i,
                            role=p.role,
                            name=None if p.role != "child" else rng.choice(GIVEN),
                            birth_date=p.birth_date,
                            care=p.care,
                        )
                    )
                places += len(persons)
                if fate != "checked_in":
                    continue
                party = Party(day, slot.no, "individual", rng.random() < 0.15, tuple(persons))
                q = quote(rules, party)
                visit = nid("visit")
                at = dt.datetime.combine(day, slot.start) + dt.timedelta(minutes=rng.randint(0, 40))
                code = f"V{day:%y%m%d}-{visit:06d}"
                rows["visit"].append(
                    dict(
                        id=visit,
                        code=code,
                        booking_id=booking,
                        day=day,
                        session_no=slot.no,
                        kind="individual",
                        status="paid",
                        residency_doc="resident_card",
                        kt_member=party.kt_member,
                        total=q.total,
                        rules_version=rules.effective_from,
                        refusal_rule=None,
                        refusal_reason=None,
                        staff_id=1,
                        created_at=at,
                        admitted_at=at,
                    )
                )
                for i, p in enumerate(persons):
                    rows["visit_person"].append(
                        dict(
                            id=nid("visit_person"),
                            visit_id=visit,
                            idx=i,
                            role=p.role,
                            name=None,
                            birth_date=p.birth_date,
                            care=p.care,
                            reduction=p.reduction,
                            proof_seen=p.proof,
                        )
                    )
                for line in q.lines:
                    rows["charge_line"].append(
                        dict(
                            id=nid("charge_line"),
                            visit_id=visit,
                            person_idx=line.person,
                            item=line.item,
                            price=line.price,
                            reduction=line.reduction,
                            reason=line.reason,
                            charge=line.charge,
                        )
                    )
                method = "none" if q.total == 0 else ("card" if rng.random() < 0.75 else "transfer")
                seq += 1
                payment = nid("payment")
                rows["payment"].append(
                    dict(
                        id=payment,
                        visit_id=visit,
                        day=day,
                        receipt_no=receipt_no(day, seq),
                        method=method,
                        amount=q.total,
                        approval_no=f"{payment:08d}" if method == "card" else None,
                        transfer_sender="입금자" if method == "transfer" else None,
                        idempotency_key=f"k{payment}",
                        staff_id=1,
                        created_at=at,
                    )
                )
                journal(at, "visit.paid", code, {"total": q.total, "method": method})
                day_totals[method] += q.total
                if rng.random() < 0.004 and q.total:
                    rows["payment_reversal"].append(
                        dict(
                            id=nid("payment_reversal"),
                            payment_id=payment,
                            kind="void",
                            day=day,
                            amount=q.total,
                            reason="직원 착오",
                            staff_id=1,
                            created_at=at,
                        )
                    )
                    day_totals[method] -= q.total
                visits += 1
                people_total += len(persons)
        closed_at = dt.datetime.combine(day, dt.time(17, 50))
        entry = journal(closed_at, "day.close", day.isoformat(), {"card": day_totals["card"]})
        rows["day_closeout"].append(
            dict(
                day=day,
                closed_at=closed_at,
                closed_by=1,
                card_total=day_totals["card"],
                terminal_total=day_totals["card"],
                difference=0,
                report_json=json.dumps({"journal_head": {"id": entry, "hash": journal_prev[0]}}),
            )
        )
        day += dt.timedelta(days=1)

    tables = {t.name: t for t in m.Base.metadata.sorted_tables}
    with store.engine.begin() as conn:
        for name in ORDER:
            data = rows[name]
            for i in range(0, len(data), 20_000):
                conn.execute(insert(tables[name]), data[i : i + 20_000])
    store.close()
    return {
        "days": len(rows["center_day"]),
        "visits": visits,
        "people": people_total,
        "payments": len(rows["payment"]),
        "bookings": len(rows["booking"]),
        "journal": len(rows["audit_entry"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--end", default=dt.date.today().isoformat())
    parser.add_argument("--years", type=int, default=5)
    args = parser.parse_args()
    out = Path(args.out)
    if out.exists():
        sys.exit(f"{out} exists")
    t = time.perf_counter()
    result = generate(out, dt.date.fromisoformat(args.end), args.years)
    print(json.dumps(result), f"{time.perf_counter() - t:.0f} s, {out.stat().st_size / 1048576:.0f} MiB")


if __name__ == "__main__":
    main()

"""Several desks on PostgreSQL against one desk on SQLite (issue 15), and the city roll-up.

    python bench/multidesk.py [--payments 150] [--centers 400]

Each desk is a process of its own (as a desk PC is), with its own connections, taking walk-in
payments (check-in, charge lines, payment, journal, print jobs: the whole transaction) into the
same day at once, the busiest case: every payment takes that day's lock. The profile's
capacity is raised for the run so that the places never run out. A throwaway PostgreSQL
cluster is started here (tests/pgcluster.py) with fsync on, as a real server has it.
Prints throughput and latency (median, p95) per case, and the roll-up time of N centers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DAY = dt.date(2025, 6, 11)


def _profile():  # type: ignore[no-untyped-def]
    from desk_app.domain.profile import parse_profile

    text = (ROOT / "resources" / "profiles" / "default.toml").read_text(encoding="utf-8")
    return parse_profile(text.replace("capacity = 22 ", "capacity = 100000 "))


def desk_worker(url: str, desk: int, n: int, start: mp.synchronize.Barrier, out: mp.Queue) -> None:  # type: ignore[name-defined]
    from desk_app.db.store import open_store
    from desk_app.services.checkin import CheckinService, PaymentIn
    from desk_app.services.clock import FixedClock
    from desk_app.services.context import DeskContext
    from desk_app.services.data import CheckinRequest, PersonIn

    store = open_store(url, Path(url[len("sqlite:///") :]) if url.startswith("sqlite") else None)
    profile = _profile()
    clock = FixedClock(dt.datetime.combine(DAY, dt.time(10, 40)))  # session 1, walk-ins open
    checkin = CheckinService(
        DeskContext(store, profile, clock, desk=str(desk) if url.startswith("postgresql") else None)
    )
    rng = random.Random(desk)
    times = []
    start.wait()
    began = time.perf_counter()
    for i in range(n):
        people = (
            PersonIn("child", f"아이{desk}-{i}", dt.date(2021, 1 + rng.randint(0, 11), 1 + rng.randint(0, 27))),
            PersonIn("guardian"),
        )
        req = CheckinRequest(
            day=DAY,
            session_no=1,
            people=people,
            booker_name=f"현장{desk}-{i}",
            booker_phone=f"010-{1000 + desk:04d}-{i:04d}",
            residency_doc="resident_card",
        )
        t = time.perf_counter()
        checkin.pay(req, PaymentIn("card", approval_no=f"{desk}{i:07d}", allow_duplicate=True), f"b-{desk}-{i}", None)
        times.append(time.perf_counter() - t)
    out.put((desk, time.perf_counter() - began, times))
    store.close()


def run_case(url: str, desks: int, n: int) -> dict[str, float]:
    from desk_app.db.store import open_store

    open_store(url, Path(url[len("sqlite:///") :]) if url.startswith("sqlite") else None).close()  # schema first
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(desks)
    out = ctx.Queue()
    procs = [ctx.Process(target=desk_worker, args=(url, d + 1, n, barrier, out)) for d in range(desks)]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    wall = max(r[1] for r in results)
    lat = sorted(t for r in results for t in r[2])
    return {
        "desks": desks,
        "payments": len(lat),
        "per_second": len(lat) / wall,
        "median_ms": statistics.median(lat) * 1000,
        "p95_ms": lat[int(len(lat) * 0.95) - 1] * 1000,
    }


def synthetic_month(center: int, rng: random.Random) -> dict:  # type: ignore[type-arg]
    """One center's June 2025 as a desk would export it (unsigned), with figures at random."""
    from desk_app.services.citywide import FORMAT, VERSION, add_day, empty_totals

    days, totals = [], empty_totals()
    for d in range(1, 31):
        if dt.date(2025, 6, d).weekday() == 0:
            continue  # closed on Mondays
        children, adults = rng.randint(20, 60), rng.randint(10, 40)
        card, transfer = rng.randint(20, 90) * 1000, rng.randint(0, 20) * 1000
        row = {
            "day": f"2025-06-{d:02d}",
            "closed": True,
            "visitors": {"children": children, "adults": adults, "teachers": rng.randint(0, 3), "care": rng.randint(0, 6), "walkins": rng.randint(0, 5), "no_shows": rng.randint(0, 4)},
            "revenue": {"taken": card + transfer, "reversed": 0, "net": card + transfer, "card": card, "transfer": transfer},
            "reductions": {"multi_child": {"persons": rng.randint(0, 9), "won": rng.randint(0, 9) * 1000}},
            "kt": {"count": rng.randint(0, 4), "won": rng.randint(0, 4) * 400},
        }  # fmt: skip
        days.append(row)
        add_day(totals, row)
    return {
        "format": FORMAT,
        "version": VERSION,
        "center": {"id": f"c{center:03d}", "name": f"서울형 키즈카페 {center}호"},
        "month": "2025-06",
        "exported_at": "2025-07-01T09:00:00",
        "days": days,
        "totals": totals,
        "journal_heads": [{"id": 100 + center, "hash": "ab" * 32, "day": "2025-06-30"}],
    }


def rollup_time(centers: int, url: str) -> float:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desk_app.services.citywide import Rollup, sign_payload
    from desk_app.services.signing import JournalKey

    folder = Path(tempfile.mkdtemp(prefix="desk-rollup-"))
    rng = random.Random(1)
    files = []
    for c in range(centers):
        key = JournalKey(Ed25519PrivateKey.generate(), folder / "k")
        path = folder / f"c{c:03d}.json"
        path.write_text(json.dumps(sign_payload(synthetic_month(c, rng), key), ensure_ascii=False), encoding="utf-8")
        files.append(path)
    rollup = Rollup(url)
    t = time.perf_counter()
    rollup.load(files)
    month = rollup.month("2025-06")
    took = time.perf_counter() - t
    assert month.total["centers"] == centers
    rollup.close()
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--payments", type=int, default=150, help="payments per desk")
    parser.add_argument("--centers", type=int, default=400)
    args = parser.parse_args()
    from tests.pgcluster import start_cluster

    cluster = start_cluster(fsync=True)
    lines = [f"machine: {os.cpu_count()} cores; PostgreSQL {cluster.bin}; {args.payments} payments per desk, one day"]
    try:
        folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))
        cases = [("SQLite", f"sqlite:///{folder / 'one.sqlite3'}", 1)]
        for desks in (1, 2, 4):
            cases.append(("PostgreSQL", cluster.create_database(f"desks{desks}"), desks))
        for name, url, desks in cases:
            r = run_case(url, desks, args.payments)
            lines.append(
                f"{name:10s} {desks} desk(s): {r['payments']:4d} payments, {r['per_second']:6.1f}/s, "
                f"median {r['median_ms']:5.1f} ms, p95 {r['p95_ms']:5.1f} ms"
            )
            print(lines[-1], flush=True)
        took = rollup_time(args.centers, cluster.create_database("city"))
        lines.append(f"roll-up of {args.centers} centers (30 days each) into PostgreSQL: {took:.2f} s")
        print(lines[-1])
    finally:
        cluster.stop()
    (ROOT / "docs" / "performance-multidesk.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

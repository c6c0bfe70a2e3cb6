"""Kill the desk with SIGKILL at random points during booking, check-in, payment and printing,
many times over; after every kill the records must be whole (issue 6).

    python bench/crash_loop.py [--kills 200] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def run(kills: int, db: Path, seed: int = 1) -> dict[str, int]:
    from desk_app.config import load_profile
    from desk_app.db.store import open_store
    from desk_app.services.clock import FixedClock
    from desk_app.services.context import DeskContext
    from desk_app.services.crashcheck import problems

    rng = random.Random(seed)
    profile = load_profile()
    payments_seen = 0
    for i in range(kills):
        with subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "crash_worker.py"), str(db)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as worker:
            assert worker.stdout is not None and worker.stderr is not None
            if worker.stdout.readline().strip() != "ready":
                raise RuntimeError(f"worker did not start: {worker.stderr.read()}")
            time.sleep(rng.uniform(0.0, 0.6))  # somewhere in booking, paying, printing
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait()
            if worker.returncode != -signal.SIGKILL:
                raise RuntimeError(f"kill {i}: the worker ended by itself: {worker.stderr.read()}")
        store = open_store(f"sqlite:///{db}", db)
        try:
            ctx = DeskContext(store, profile, FixedClock(__import__("datetime").datetime(2025, 6, 11, 9)))
            found = problems(ctx)
            with store.engine.connect() as conn:
                payments_seen = conn.exec_driver_sql("SELECT count(*) FROM payment").scalar()
        finally:
            store.close()
        if found:
            raise AssertionError(f"after kill {i + 1}: {found}")
    return {"kills": kills, "payments": payments_seen}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--db")
    args = parser.parse_args()
    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="desk-crash-")) / "desk.sqlite3"
    started = time.perf_counter()
    result = run(args.kills, db)
    print(
        f"{result['kills']} kills survived, {result['payments']} payments committed in all; after each kill: "
        f"integrity_check, foreign keys, payment ⇔ paid visit (one each), visit lines and totals, booking state, "
        f"journal entry per payment, journal chain — all whole ({time.perf_counter() - started:.0f} s)"
    )


if __name__ == "__main__":
    main()

"""Kill the desk with SIGKILL at random points, many times over; after every kill the records
must be whole (issue 6, widened by issue 12).

    python bench/crash_loop.py [--kills 1000] [--mode pay|mixed|upgrade|postgres|all] [--db PATH]

pay: booking, check-in, payment (with a double click) and printing. mixed: the same plus
close-outs with their backup, rotation and anchor, portal imports and backups. upgrade: the
schema upgrade at start, on a database made at the revision before the head. postgres (issue
15): paying with a double click on a PostgreSQL database of a throwaway cluster, the desk
killed anywhere, the server left running. all: the kills shared out over the first three."""

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


def old_revision_database(path: Path) -> None:
    """A database at the revision before the head, for the upgrade to run on."""
    from desk_app.db.engine import make_engine
    from desk_app.db.migrate import upgrade

    path.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine, "0004")
    finally:
        engine.dispose()


def run(kills: int, db: Path, seed: int = 1, mode: str = "pay", url: str | None = None) -> dict[str, int]:
    """``url``: a PostgreSQL database instead of the SQLite file ``db`` (mode pay)."""
    from desk_app.config import load_profile
    from desk_app.db.store import open_store
    from desk_app.services.clock import FixedClock
    from desk_app.services.context import DeskContext
    from desk_app.services.crashcheck import problems

    rng = random.Random(seed)
    profile = load_profile()
    payments_seen = 0
    db.parent.mkdir(parents=True, exist_ok=True)
    for i in range(kills):
        if mode == "upgrade":
            old_revision_database(db)
        with subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "crash_worker.py"), url or str(db), mode],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as worker:
            assert worker.stdout is not None and worker.stderr is not None
            if worker.stdout.readline().strip() != "ready":
                raise RuntimeError(f"worker did not start: {worker.stderr.read()}")
            time.sleep(rng.uniform(0.0, 0.3 if mode == "upgrade" else 0.6))  # somewhere in the work
            os.kill(worker.pid, signal.SIGKILL)
            worker.wait()
            if worker.returncode != -signal.SIGKILL:
                raise RuntimeError(f"kill {i}: the worker ended by itself: {worker.stderr.read()}")
        store = open_store(url, None) if url else open_store(f"sqlite:///{db}", db)
        try:
            ctx = DeskContext(store, profile, FixedClock(__import__("datetime").datetime(2025, 6, 11, 9)))
            found = problems(ctx, whole_files=url is None)
            with store.engine.connect() as conn:
                payments_seen = conn.exec_driver_sql("SELECT count(*) FROM payment").scalar()
        finally:
            store.close()
        saved = db.parent / "center-profile.toml"
        if saved.exists():  # issue 14: the profile saved from the desk is always whole, old or new
            try:
                load_profile(saved)
            except Exception as e:  # noqa: BLE001 - any failure to read it is the finding
                found.append(f"center profile: {e}")
        if found:
            raise AssertionError(f"after kill {i + 1}: {found}")
    return {"kills": kills, "payments": payments_seen}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--mode", default="all", choices=["pay", "mixed", "upgrade", "postgres", "all"])
    parser.add_argument("--db")
    args = parser.parse_args()
    folder = Path(args.db).parent if args.db else Path(tempfile.mkdtemp(prefix="desk-crash-"))
    started = time.perf_counter()
    modes = ["pay", "mixed", "upgrade"] if args.mode == "all" else [args.mode]
    shares = {"pay": 0.3, "mixed": 0.5, "upgrade": 0.2} if args.mode == "all" else {args.mode: 1.0}
    for mode in modes:
        kills = round(args.kills * shares[mode])
        t = time.perf_counter()
        if mode == "postgres":
            from tests.pgcluster import start_cluster

            cluster = start_cluster(fsync=True)
            try:
                result = run(kills, folder / mode / "unused", mode="pay", url=cluster.create_database("crash"))
            finally:
                cluster.stop()
        else:
            result = run(kills, folder / mode / "desk.sqlite3", mode=mode)
        print(
            f"{mode}: {result['kills']} kills survived, {result['payments']} payments on its database "
            f"({time.perf_counter() - t:.0f} s)",
            flush=True,
        )
    print(
        f"all whole after every kill ({time.perf_counter() - started:.0f} s): integrity_check, foreign keys, "
        "payment ⇔ paid visit, visit lines and totals, booking state, the journal (chain, signatures, every "
        "bound row both ways, every closed day's close-out), imports whole, backups sound, anchors matching"
    )


if __name__ == "__main__":
    main()

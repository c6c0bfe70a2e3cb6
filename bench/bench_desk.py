"""Desk budgets (issue 3), measured on this machine; results go to docs/performance.md.

    python bench/bench_desk.py [--runs N]

- cold start → usable board: `desk-app --demo` offscreen with DESK_APP_SMOKE (shows the board,
  then leaves), side by side with bare_window.py in the same run; medians and the ratio;
- scan → verification screen shown: the scan field's Enter until the check-in panel holds the
  booking and its fee lines (the same call path as a USB scanner);
- pay → slip PDF ready: the payment committed (synchronous=FULL) and the slip PDF written.
Peak memory is the largest resident set of the cold-start processes.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed_process(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    pid = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).pid
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{cmd} exited {status}")
    return elapsed, usage.ru_maxrss


def cold_start(runs: int) -> dict[str, float]:
    home = tempfile.mkdtemp(prefix="desk-bench-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_APP_SMOKE": "1", "DESK_APP_HOME": home}
    desk = [sys.executable, "-m", "desk_app", "--demo"]
    bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
    timed_process(desk, env)  # the first run makes and fills the demo database; not counted
    desk_t, bare_t, rss = [], [], []
    for _ in range(runs):  # interleaved, so both see the same machine
        t, m = timed_process(bare, env)
        bare_t.append(t)
        t, m2 = timed_process(desk, env)
        desk_t.append(t)
        rss.append(m2)
    b, d = statistics.median(bare_t), statistics.median(desk_t)
    return {"bare_s": b, "desk_s": d, "ratio": d / b, "peak_rss_mib": max(rss) / 1024}


def desk_paths(runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desk_app.config import load_profile
    from desk_app.db.store import open_store
    from desk_app.services.checkin import CheckinService, PaymentIn
    from desk_app.services.clock import FixedClock
    from desk_app.services.context import DeskContext
    from desk_app.services.demo import demo_staff, fill
    from desk_app.services.documents import DocumentService
    from ui.app import make_app
    from ui.main_window import MainWindow

    make_app()
    home = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    db = home / "bench.sqlite3"
    store = open_store(f"sqlite:///{db}", db)
    profile = load_profile()
    day = dt.date(2025, 6, 11)
    clock = FixedClock(dt.datetime.combine(day, dt.time(9, 0)))
    ctx = DeskContext(store, profile, clock)
    for offset in range(0, 3):  # a few days, so the tables are not trivially small
        fill(ctx, day + dt.timedelta(days=offset), play=False)
    clock.set(dt.datetime.combine(day, dt.time(10, 5)))
    staff = demo_staff(ctx)
    window = MainWindow(ctx, staff, docs=DocumentService(ctx, home / "printed"))
    window.show()
    QApplication.processEvents()
    with store.uow() as uow:
        codes = [b.code for b in uow.bookings.on_session(day) if b.kind == "individual"]

    scan_ms = []
    for code in (codes * 10)[: max(runs * 6, 30)]:
        window.back_to_scan()
        window.scan.setText(code)
        t = time.perf_counter()
        window.on_scan()
        QApplication.processEvents()
        assert window.stack.currentWidget() is window.panel and window.panel.fees.rowCount() > 0
        scan_ms.append((time.perf_counter() - t) * 1000)

    svc = CheckinService(ctx)
    docs = DocumentService(ctx, home / "printed")
    docs.warm_up()  # as the window does right after the board shows
    pay_ms = []
    warm = True
    for code in codes:
        req = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
        t = time.perf_counter()
        paid = svc.pay(req, PaymentIn("card", approval_no="12345678"), f"bench-{code}", staff.id)
        docs.render(paid.visit_code, "slip")
        elapsed = (time.perf_counter() - t) * 1000
        if warm:  # the first print of the day loads the font files; reported apart
            first = elapsed
            warm = False
            continue
        pay_ms.append(elapsed)
    from ui.workers import wait_for_workers

    wait_for_workers()
    store.close()
    return {
        "scan_median_ms": statistics.median(scan_ms),
        "scan_max_ms": max(scan_ms),
        "scan_n": len(scan_ms),
        "pay_median_ms": statistics.median(pay_ms),
        "pay_p90_ms": statistics.quantiles(pay_ms, n=10)[-1],
        "pay_first_ms": first,
        "pay_n": len(pay_ms),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cs = cold_start(args.runs)
    paths = desk_paths(args.runs)
    lines = [
        f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        f"cold start: bare window {cs['bare_s'] * 1000:.0f} ms, desk {cs['desk_s'] * 1000:.0f} ms, "
        f"ratio {cs['ratio']:.2f} (budget 2.0); peak RSS {cs['peak_rss_mib']:.0f} MiB",
        f"scan -> verification shown: median {paths['scan_median_ms']:.1f} ms, max {paths['scan_max_ms']:.1f} ms "
        f"over {paths['scan_n']} scans (budget 50)",
        f"pay -> slip PDF ready: median {paths['pay_median_ms']:.1f} ms, p90 {paths['pay_p90_ms']:.1f} ms over "
        f"{paths['pay_n']} payments (budget 100); first of the day {paths['pay_first_ms']:.0f} ms",
    ]
    print("\n".join(lines))
    _ = resource


if __name__ == "__main__":
    main()

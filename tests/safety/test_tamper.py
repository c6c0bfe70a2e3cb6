"""Issue 12: records that prove themselves. A closed day is tampered with by plain sqlite3 (no
application code) in ten ways; `desk-app verify-journal --anchors` exits 1 for each and names
what changed, and exits 0 on the untouched records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import shutil
import sqlite3

import pytest

from desk_app.bootstrap import attach_journal_key
from desk_app.cli import main
from desk_app.db.migrate import backups_dir_for
from desk_app.printing.report import day_csv
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.closeout import CloseoutService, ReversalService
from tests.conftest import DAY, adult, book, kid


@pytest.fixture
def closed_day(ctx, manager, clock, tmp_path):
    """Two paid families and a void on DAY, the day closed (anchor file and day CSV written),
    and one family paid the next day."""
    attach_journal_key(ctx.store, dt.datetime.combine(DAY, dt.time(9)))
    svc = CheckinService(ctx)
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    paid = []
    for i, (name, phone) in enumerate(
        (("김하늘", "010-1111-2222"), ("이바다", "010-3333-4444"), ("박숲", "010-5555-6666"))
    ):
        code = book(ctx, kid(name=f"아이{i}"), adult(), name=name, phone=phone)
        req = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
        paid.append(svc.pay(req, PaymentIn("card", approval_no=f"3001234{i}"), f"k{i}", manager.id))
    ReversalService(ctx).reverse(paid[2].receipt_no, "직원 착오", manager)
    clock.set(dt.datetime.combine(DAY, dt.time(18)))
    report = CloseoutService(ctx).close(DAY, "16000", manager, backup=False)
    csv_path = tmp_path / "day.csv"
    csv_path.write_bytes(day_csv(report, ctx.profile.center))
    nxt = DAY + dt.timedelta(days=1)
    clock.set(dt.datetime.combine(nxt, dt.time(10, 5)))
    code = book(ctx, kid(name="다음날"), adult(), name="최다음", phone="010-7777-8888", day=nxt)
    svc.pay(
        dataclasses.replace(svc.request_for(code), residency_doc="resident_card"),
        PaymentIn("card", approval_no="40012345"),
        "k9",
        manager.id,
    )
    db = ctx.store.sqlite_path
    anchors = backups_dir_for(db) / "journal-anchors.txt"
    assert anchors.exists()
    ctx.store.close()
    return db, anchors, csv_path, paid


def verify(db, anchors, csv_path, capsys) -> tuple[int, str]:
    code = main(["verify-journal", "--db", str(db), "--anchors", str(anchors), str(csv_path)])
    return code, capsys.readouterr().out


def tamper(db, *sql, drop_triggers=True):
    """Plain sqlite3, as anyone with the file could: the closed-day triggers dropped and put
    back around the change."""
    con = sqlite3.connect(db)
    try:
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        if drop_triggers:
            for name, _ in triggers:
                con.execute(f"DROP TRIGGER {name}")
        for statement in sql:
            if callable(statement):
                statement(con)
            else:
                con.execute(statement)
        if drop_triggers:
            for _, create in triggers:
                con.execute(create)
        con.commit()
    finally:
        con.close()


def public_hash(prev, at, staff_id, action, subject, detail):
    """SHA-256 of the entry's public fields — what anyone can recompute (no application code)."""
    payload = json.dumps([prev, at, staff_id, action, subject, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def recompute_chain(con):
    """After a skim: every row digest and every hash recomputed; the signatures cannot be."""
    rows = con.execute("SELECT id, at, staff_id, action, subject, detail FROM audit_entry ORDER BY id").fetchall()
    amount = con.execute("SELECT id, amount FROM payment ORDER BY id LIMIT 1").fetchone()
    prev = "0" * 64
    for entry_id, at, staff_id, action, subject, detail in rows:
        if action == "row.payment" and subject == f"payment:{amount[0]}":
            d = json.loads(detail)
            p = con.execute(
                "SELECT id, visit_id, day, receipt_no, method, amount, approval_no, idempotency_key, created_at FROM payment WHERE id = ?",
                (amount[0],),
            ).fetchone()
            values = [p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], dt.datetime.fromisoformat(p[8]).isoformat()]
            d["digest"] = hashlib.sha256(
                json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()
            ).hexdigest()
            detail = json.dumps(d, ensure_ascii=False, sort_keys=True)
            con.execute("UPDATE audit_entry SET detail = ? WHERE id = ?", (detail, entry_id))
        h = public_hash(prev, dt.datetime.fromisoformat(at).isoformat(), staff_id, action, subject, detail)
        con.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, entry_id))
        prev = h
    for day, report in con.execute("SELECT day, report_json FROM day_closeout").fetchall():  # the heads kept inside
        data = json.loads(report)
        head = data["journal_head"]
        head["hash"] = con.execute("SELECT hash FROM audit_entry WHERE id = ?", (head["id"],)).fetchone()[0]
        con.execute(
            "UPDATE day_closeout SET report_json = ? WHERE day = ?", (json.dumps(data, ensure_ascii=False), day)
        )


KINDS = {
    "a payment's amount lowered (triggers dropped and put back)": (
        ["UPDATE payment SET amount = amount - 1000 WHERE id = 1"],
        "결제 1",
    ),
    "a consistent skim: payment, visit total and a charge line": (
        [
            "UPDATE payment SET amount = amount - 1000 WHERE id = 1",
            "UPDATE visit SET total = total - 1000 WHERE id = (SELECT visit_id FROM payment WHERE id = 1)",
            "UPDATE charge_line SET price = price - 1000, charge = charge - 1000 WHERE id = "
            "(SELECT min(id) FROM charge_line WHERE visit_id = (SELECT visit_id FROM payment WHERE id = 1))",
        ],
        "결제 1",
    ),
    "a closed day's payment deleted with its visit, lines and print jobs": (
        [
            "CREATE TEMP TABLE gone AS SELECT visit_id FROM payment WHERE id = 2",
            "DELETE FROM print_job WHERE visit_id IN (SELECT visit_id FROM gone)",
            "DELETE FROM charge_line WHERE visit_id IN (SELECT visit_id FROM gone)",
            "DELETE FROM visit_person WHERE visit_id IN (SELECT visit_id FROM gone)",
            "DELETE FROM payment WHERE id = 2",
            "DELETE FROM visit WHERE id IN (SELECT visit_id FROM gone)",
        ],
        "없습니다",
    ),
    "a day reopened by deleting its close-out row": (
        [f"DELETE FROM day_closeout WHERE day = '{DAY.isoformat()}'"],
        "마감",
    ),
    "the terminal total of a close-out changed": (
        [f"UPDATE day_closeout SET terminal_total = 20000, difference = 4000 WHERE day = '{DAY.isoformat()}'"],
        "마감",
    ),
    "the newest journal entry deleted": (
        ["DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)"],
        "감사 기록이 없습니다",
    ),
    "the whole chain recomputed after a skim": (
        ["UPDATE payment SET amount = amount - 1000 WHERE id = 1", recompute_chain],
        "머리",
    ),
    "the chain cut at the close with the close-out row that anchored it": (
        [
            "DELETE FROM audit_entry WHERE id >= (SELECT max(id) FROM audit_entry WHERE action = 'day.close')",
            f"DELETE FROM day_closeout WHERE day = '{DAY.isoformat()}'",
        ],
        "머리",
    ),
    "an edited journal row": (
        ["UPDATE audit_entry SET detail = replace(detail, '직원 착오', '센터 사정') WHERE action = 'payment.void'"],
        "바뀌었습니다",
    ),
    "entries anchored by a close deleted": (
        ["DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry WHERE action = 'day.close')"],
        "없습니다",
    ),
}


def test_untouched_records_verify(closed_day, capsys):
    db, anchors, csv_path, _ = closed_day
    code, out = verify(db, anchors, csv_path, capsys)
    assert code == 0, out


@pytest.mark.parametrize("kind", list(KINDS))
def test_tampering_is_detected_and_named(closed_day, capsys, tmp_path, kind):
    db, anchors, csv_path, _ = closed_day
    copy = tmp_path / "tampered.sqlite3"
    shutil.copy(db, copy)
    for suffix in ("-wal", "-shm"):
        if db.with_name(db.name + suffix).exists():
            shutil.copy(db.with_name(db.name + suffix), copy.with_name(copy.name + suffix))
    sql, words = KINDS[kind]
    tamper(copy, *sql)
    code, out = verify(copy, anchors, csv_path, capsys)
    assert code == 1, f"{kind}: {out}"
    assert "손상" in out and words in out, f"{kind}: {out}"
    print(f"TAMPER | {kind} | {out.strip()}")


def test_a_recomputed_chain_fails_its_signatures_even_without_anchors(closed_day, capsys, tmp_path):
    db, _, _, _ = closed_day
    tamper(db, "UPDATE payment SET amount = amount - 1000 WHERE id = 1", recompute_chain)
    assert main(["verify-journal", "--db", str(db)]) == 1
    assert "서명이 맞지 않습니다" in capsys.readouterr().out


def test_a_lost_key_is_reported_not_fatal_and_old_signatures_still_check(closed_day, capsys):
    from desk_app.services.signing import key_path

    db, anchors, csv_path, _ = closed_day
    key_path().unlink()  # the key file is lost
    assert main(["verify-journal", "--db", str(db)]) == 0  # a new key is made and written into the journal
    capsys.readouterr()
    assert key_path().exists()
    code, out = verify(db, anchors, csv_path, capsys)
    assert code == 0, out


def test_heads_leave_the_machine_on_the_a4_report_and_the_monthly_export(closed_day, tmp_path, capsys, profile):
    from pypdf import PdfReader

    from desk_app.db.store import open_store
    from desk_app.printing.report import day_pdf, month_csv
    from desk_app.services.clock import FixedClock
    from desk_app.services.closeout import CloseoutService, month_summary
    from desk_app.services.context import DeskContext

    db, anchors, _, _ = closed_day
    store = open_store(f"sqlite:///{db}", db)
    try:
        ctx = DeskContext(store, profile, FixedClock(dt.datetime(2025, 6, 30, 18)))
        report = CloseoutService(ctx).report(DAY)
        entry_id, head, signature = report.journal_head
        assert signature  # signed with the installation's key
        (tmp_path / "day.pdf").write_bytes(day_pdf(report, profile.center))
        text = "".join(p.extract_text() for p in PdfReader(tmp_path / "day.pdf").pages).replace("\n", " ")
        assert f"journal-head {entry_id} {head}" in text
        monthly = tmp_path / "month.csv"
        monthly.write_bytes(month_csv(month_summary(ctx, 2025, 6), profile.center))
        assert f"journal-head,{entry_id},{head}" in monthly.read_text(encoding="utf-8-sig")
    finally:
        store.close()
    assert main(["verify-journal", "--db", str(db), "--anchors", str(monthly), str(anchors)]) == 0

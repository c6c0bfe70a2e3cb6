"""Issue 15: a desk that loses its database server says so at once, refuses to take money it
cannot record, and continues when the server is back; nothing half-written remains."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desk_app.config import Settings, load_profile
from desk_app.db.store import open_store
from desk_app.db.uow import StorageProblem
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.clock import FixedClock
from desk_app.services.context import DeskContext
from desk_app.services.journal import JournalService
from desk_app.services.staff import StaffService
from desk_app.services.status import StatusService
from tests.conftest import DAY, adult, book, kid


@pytest.fixture
def own_cluster():
    """A cluster of its own: this test stops the server under the desk."""
    from tests.pgcluster import start_cluster

    cluster = start_cluster()
    yield cluster
    cluster.stop()


def pay(ctx, manager, code, key):
    svc = CheckinService(ctx)
    req = dataclasses.replace(svc.request_for(code), residency_doc="resident_card")
    return svc.pay(req, PaymentIn("card", approval_no="12345678", allow_duplicate=True), key, manager.id)


def test_a_lost_server_refuses_money_and_the_desk_continues_when_it_is_back(own_cluster, qtbot, tmp_path):
    url = own_cluster.create_database("desk")
    store = open_store(url)
    clock = FixedClock(dt.datetime.combine(DAY, dt.time(9, 55)))
    ctx = DeskContext(store, load_profile(), clock, desk="1")
    manager = StaffService(ctx).create("김센터장", "manager", "2468")
    first, second = (
        book(ctx, kid(name="가"), adult()),
        book(ctx, kid(name="나"), adult(), name="이바다", phone="010-2222-3333"),
    )
    clock.set(dt.datetime.combine(DAY, dt.time(10, 5)))
    assert pay(ctx, manager, first, "k1").receipt_no == "R20250611-1-0001"

    # the window over the same desk, as staff see it
    from desk_app.bootstrap import desk_for
    from desk_app.services.documents import DocumentService
    from ui.main_window import MainWindow

    desk = desk_for(store, ctx.profile, clock, Settings(url, ctx.profile and tmp_path / "p.toml", "1"))
    w = MainWindow(desk, manager, docs=DocumentService(ctx, tmp_path / "printed"))
    qtbot.addWidget(w)
    w.show()
    w.scan.setText(second)
    w.on_scan()
    assert w.panel.pay_button.isEnabled()

    own_cluster.halt()
    assert not StatusService(ctx).server_reachable()
    with pytest.raises(StorageProblem, match="데이터베이스 서버에 연결할 수 없습니다"):
        pay(ctx, manager, second, "k2")
    w.check_server()
    qtbot.waitUntil(lambda: not w.server_ok, timeout=10_000)
    assert "서버 연결 끊김" in w.db_status.text() and "결제를 받지 마세요" in w.message.text()
    assert not w.panel.pay_button.isEnabled() and "카드 단말기에 결제하지 마세요" in w.panel.status.text()
    w.panel.pay()  # F9 or a click: nothing is attempted
    assert "카드 단말기에 결제하지 마세요" in w.panel.status.text()

    own_cluster.resume()
    w.check_server()
    qtbot.waitUntil(lambda: w.server_ok, timeout=10_000)
    assert "다시 연결되었습니다" in w.message.text() and w.panel.pay_button.isEnabled()
    again = pay(ctx, manager, second, "k2")  # the same key: paid once, now
    assert not again.replayed and again.receipt_no == "R20250611-1-0002"
    assert pay(ctx, manager, second, "k2").replayed
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM payment").scalar() == 2
    assert JournalService(ctx).verify().ok  # nothing half-written
    w.close()
    store.close()


def test_a_close_on_postgresql_anchors_its_head_on_the_closing_desk(pg_cluster):
    """Issue 12 × 15: the anchor file leaves the server: the closing desk keeps it in its data
    folder, and verify-journal checks the server's journal against it."""
    from desk_app.paths import data_dir
    from desk_app.services.closeout import CloseoutService

    url = pg_cluster.create_database("anchors")
    store = open_store(url)
    try:
        clock = FixedClock(dt.datetime.combine(DAY, dt.time(10, 5)))
        ctx = DeskContext(store, load_profile(), clock, desk="1")
        manager = StaffService(ctx).create("김센터장", "manager", "2468")
        pay(ctx, manager, book(ctx, kid(), adult()), "k1")
        clock.set(dt.datetime.combine(DAY, dt.time(18)))
        CloseoutService(ctx).close(DAY, None, manager, backup=False)
        anchors = data_dir() / "journal-anchors" / "anchors.txt"
        assert "journal-head," in anchors.read_text(encoding="utf-8")
        assert JournalService(ctx).verify([anchors]).ok
    finally:
        store.close()
        pg_cluster.drop_database("anchors")

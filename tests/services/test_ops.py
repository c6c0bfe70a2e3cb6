"""Issue 14: lost and found (OPS-1) and incidents (OPS-2) through the desk's services, the
close-out's own damage section, the CLI verbs and ELG-4 in their free text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from desk_app.cli import main
from desk_app.domain.errors import BadInput, Conflict
from desk_app.domain.ops import LostState
from desk_app.printing.report import day_csv, day_pdf
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.closeout import CloseoutService
from desk_app.services.finding import FindService
from desk_app.services.journal import JournalService
from desk_app.services.ops import IncidentService, LostFoundService
from desk_app.services.privacy import PrivacyService
from tests.conftest import DAY, adult, book, kid
from tests.rrn_samples import sample as rrn_sample

CARD = PaymentIn("card", approval_no="12345678", allow_duplicate=True)


def paid_visit(ctx, manager, name="김하늘", phone="010-1234-5678", session=1, child="아이"):
    code = book(ctx, kid(name=child), adult(), name=name, phone=phone, session=session)
    desk = CheckinService(ctx)
    req = dataclasses.replace(desk.request_for(code), residency_doc="resident_card")
    return desk.pay(req, CARD, f"key-{code}", manager.id)


# ------------------------------------------------------------------ OPS-1


def test_an_item_goes_from_found_to_due_to_disposed(ctx, clock, manager):
    lost = LostFoundService(ctx)
    clock.set(dt.datetime(2025, 6, 11, 11, 40))
    item = lost.record("물병 (파란 뚜껑)", "볼풀 옆", manager, session_no=1)
    assert item.state is LostState.HELD
    assert item.due_on == dt.date(2025, 6, 18)  # OPS-1: one week after the day it was found
    assert item.found_by == "김센터장" and item.contact is None
    assert lost.due_today() == []
    # not yet due: refused, and nothing changes
    with pytest.raises(Conflict, match="2025-06-18까지 보관"):
        lost.dispose([item.id], manager)
    assert lost.items(held_only=True)[0].state is LostState.HELD
    clock.set(dt.datetime(2025, 6, 17, 10, 0))
    assert lost.due_today() == []
    clock.set(dt.datetime(2025, 6, 18, 9, 50))
    due = lost.due_today()
    assert [d.id for d in due] == [item.id] and due[0].due(dt.date(2025, 6, 18))
    done = lost.dispose([item.id], manager)
    assert done[0].state is LostState.DISPOSED and done[0].closed_at == dt.datetime(2025, 6, 18, 9, 50)
    assert lost.due_today() == [] and lost.items(held_only=True) == []
    with pytest.raises(Conflict, match="보관 중인 물건만"):
        lost.dispose([item.id], manager)
    with ctx.store.uow() as uow:
        actions = [e.action for e in uow.views.journal() if e.action.startswith("lost.")]
    assert actions == ["lost.found", "lost.disposed"]


def test_an_item_handed_back_leaves_the_due_list(ctx, clock, manager):
    lost = LostFoundService(ctx)
    item = lost.record("어린이 모자", "신발장", manager, name="이보호", phone="010-2222-3333")
    assert item.contact == "이보호 010-****-3333"
    back = lost.hand_back(item.id, "이보호 (어머니)", manager)
    assert back.state is LostState.RETURNED and back.handed_to == "이보호 (어머니)"
    clock.set(dt.datetime(2025, 6, 30, 10, 0))
    assert lost.due_today() == []
    with pytest.raises(Conflict):
        lost.hand_back(item.id, "누구", manager)


def test_the_keeping_days_come_from_the_profile(ctx, clock, manager, profile_text, tmp_path):
    from desk_app.domain.profile import parse_profile

    changed = profile_text.replace("lost_and_found_days = 7", "lost_and_found_days = 14")
    ctx.profile = parse_profile(changed)
    assert LostFoundService(ctx).record("우산", "입구", manager).due_on == DAY + dt.timedelta(days=14)


@pytest.mark.parametrize(
    "what, where, name, phone, field",
    [
        ("", "입구", "", "", "물건"),
        ("우산", "  ", "", "", "발견 장소"),
        ("우산" * 60, "입구", "", "", "물건"),
        ("우산", "입구", "", "02-12", "연락처"),
    ],
)
def test_bad_item_input_is_named_and_changes_nothing(ctx, manager, what, where, name, phone, field):
    with pytest.raises(BadInput) as e:
        LostFoundService(ctx).record(what, where, manager, name=name, phone=phone)
    assert field in e.value.message
    assert LostFoundService(ctx).items() == []


def test_no_resident_number_in_lost_and_found(ctx, manager):
    lost = LostFoundService(ctx)
    for kw in ({"what": f"지갑 {rrn_sample()}"}, {"name": rrn_sample()}):
        args = {"what": "지갑", "place": "입구"} | kw
        with pytest.raises(BadInput, match="주민등록번호"):
            lost.record(args["what"], args["place"], manager, name=args.get("name", ""))
    item = lost.record("지갑", "입구", manager)
    with pytest.raises(BadInput, match="주민등록번호"):
        lost.hand_back(item.id, rrn_sample(), manager)
    assert [i.state for i in lost.items()] == [LostState.HELD]


def test_the_purge_erases_finders_names_and_phones(ctx, clock, manager):
    lost = LostFoundService(ctx)
    item = lost.record("지갑", "입구", manager, name="박찾음", phone="010-3333-4444")
    lost.hand_back(item.id, "박주인", manager)
    clock.set(dt.datetime(2026, 7, 1, 9, 0))  # more than the profile's 365 days later
    PrivacyService(ctx).purge(manager.id)
    with ctx.store.uow() as uow:
        row = uow.session.execute(text("SELECT name, phone, handed_to, what FROM lost_item")).one()
    assert tuple(row) == (None, None, None, "지갑")


# ------------------------------------------------------------------ OPS-2


def test_a_second_warning_offers_removal_and_the_slip_stops_admitting(ctx, clock, manager):
    paid = paid_visit(ctx, manager)
    clock.set(dt.datetime(2025, 6, 11, 10, 20))
    inc = IncidentService(ctx)
    first = inc.warn("k1", paid.visit_code, "dangerous", "미끄럼틀 거꾸로 오르기", manager)
    assert first.warnings == 1 and not first.removal_offered
    with pytest.raises(Conflict, match="경고 2회 뒤"):
        inc.remove("k-early", paid.visit_code, False, "", manager)
    again = inc.warn("k1", paid.visit_code, "dangerous", "미끄럼틀 거꾸로 오르기", manager)  # a second Enter
    assert again.warnings == 1
    second = inc.warn("k2", paid.visit_code, "disturbing", "다른 아이를 밀침", manager)
    assert second.warnings == 2 and second.removal_offered
    assert FindService(ctx).scan(paid.visit_code).reentry.ok  # still in until the staff decides
    removed = inc.remove("k3", paid.visit_code, False, "보호자와 함께 퇴실", manager)
    assert removed.removed and not removed.removal_offered
    with pytest.raises(Conflict, match="이미 퇴실"):
        inc.remove("k4", paid.visit_code, True, "", manager)
    clock.set(dt.datetime(2025, 6, 11, 11, 0))
    again = FindService(ctx).scan(paid.visit_code).reentry
    assert not again.ok and "퇴실 조치" in again.message  # CHK-4 × OPS-2
    kinds = [(i.kind.value, i.may_return) for i in inc.on(DAY)]
    assert kinds == [("warning", False), ("warning", False), ("removal", False)]


def test_a_removal_may_keep_the_entry_for_the_day(ctx, clock, manager):
    paid = paid_visit(ctx, manager)
    clock.set(dt.datetime(2025, 6, 11, 10, 20))
    inc = IncidentService(ctx)
    inc.warn("a", paid.visit_code, "dangerous", "", manager)
    inc.warn("b", paid.visit_code, "dangerous", "", manager)
    inc.remove("c", paid.visit_code, True, "진정 후 재입장 허용", manager)
    assert FindService(ctx).scan(paid.visit_code).reentry.ok


def test_damage_is_kept_apart_on_the_closeout(ctx, clock, manager):
    first = paid_visit(ctx, manager)
    second = paid_visit(ctx, manager, name="이바다", phone="010-9999-8888", child="다른아이")
    clock.set(dt.datetime(2025, 6, 11, 10, 30))
    inc = IncidentService(ctx)
    before = CloseoutService(ctx).report(DAY)
    d1 = inc.record_damage("d1", first.visit_code, "자석 블록", "replace", 15000, "card", "떨어뜨림", manager)
    inc.record_damage(
        "d1", first.visit_code, "자석 블록", "replace", 15000, "card", "떨어뜨림", manager
    )  # double click
    inc.record_damage("d2", second.visit_code, "인형 옷", "repair", 7000, "transfer", "", manager)
    inc.record_damage("d3", None, "의자 다리", "repair", 0, "pending", "주인 모름", manager)
    assert d1.amount == 15000 and isinstance(d1.amount, int)
    r = CloseoutService(ctx).report(DAY)
    # admission money and KT untouched
    assert (r.net_total, r.card_net, r.kt_won, r.taken) == (
        before.net_total,
        before.card_net,
        before.kt_won,
        before.taken,
    )
    assert [d.amount for d in r.damages] == [15000, 7000, 0]
    assert (r.damage_card, r.damage_transfer, r.damage_total) == (15000, 7000, 22000)
    assert r.terminal_expected == r.card_net + 15000
    pdf = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(day_pdf(r, ctx.profile.center))).pages)
    assert "파손 배상" in pdf and "15,000" in pdf and "자석 블록" in pdf
    csv_text = day_csv(r, ctx.profile.center).decode("utf-8-sig")
    assert "파손 배상 (입장료와 별도, KT 정산 제외)" in csv_text
    # the close: the terminal holds admissions and damage by card; difference 0
    clock.set(dt.datetime(2025, 6, 11, 18, 0))
    closed = CloseoutService(ctx).close(DAY, str(r.card_net + 15000), manager, backup=False)
    assert closed.difference == 0
    assert JournalService(ctx).verify().ok
    # damage money of a closed day is locked like its payments (CLS-2)
    with pytest.raises(Conflict):
        inc.record_damage("d4", None, "공", "replace", 1000, "card", "", manager)
    with ctx.store.uow() as uow, pytest.raises(Exception, match="CLS-2"):
        uow.session.execute(text("UPDATE incident SET amount = 1 WHERE key = 'd1'"))


def test_the_closeout_counts_warnings_removals_and_damage(ctx, clock, manager):
    paid = paid_visit(ctx, manager)
    clock.set(dt.datetime(2025, 6, 11, 10, 30))
    inc = IncidentService(ctx)
    inc.warn("w1", paid.visit_code, "dangerous", "", manager)
    inc.warn("w2", paid.visit_code, "dangerous", "", manager)
    inc.remove("r1", paid.visit_code, False, "", manager)
    inc.record_damage("x", paid.visit_code, "공", "repair", 3000, "transfer", "", manager)
    r = CloseoutService(ctx).report(DAY)
    assert (r.warnings, r.removals, len(r.damages)) == (2, 1, 1)
    csv_text = day_csv(r, ctx.profile.center).decode("utf-8-sig")
    assert "안전 사고 (경고·퇴실·파손)" in csv_text and "2,1,1" in csv_text.replace(" ", "")


@pytest.mark.parametrize(
    "what, remedy, amount, settled, match",
    [
        ("", "repair", 1000, "card", "파손 물품"),
        ("공", "fix", 1000, "card", "수리 또는 교체"),
        ("공", "repair", -5, "card", "0원에서"),
        ("공", "repair", 1000, "cash", "카드, 계좌이체"),
        ("공", "repair", 0, "card", "금액을 적어"),
        ("공", "replace", 500, "in_kind", "0원"),
    ],
)
def test_bad_damage_input_is_refused_and_changes_nothing(ctx, clock, manager, what, remedy, amount, settled, match):
    with pytest.raises(BadInput, match=match):
        IncidentService(ctx).record_damage("k", None, what, remedy, amount, settled, "", manager)
    assert IncidentService(ctx).on(DAY) == []


def test_warnings_need_todays_paid_visit_and_no_resident_number(ctx, clock, manager):
    inc = IncidentService(ctx)
    with pytest.raises(BadInput, match="입장 기록을 찾을 수 없습니다"):
        inc.warn("k", "V000000-XXXXX", "dangerous", "", manager)
    paid = paid_visit(ctx, manager)
    with pytest.raises(BadInput, match="주민등록번호"):
        inc.warn("k", paid.visit_code, "dangerous", f"보호자 {rrn_sample()}", manager)
    with pytest.raises(BadInput, match="경고 사유"):
        inc.warn("k", paid.visit_code, "noise", "", manager)
    clock.set(dt.datetime(2025, 6, 12, 10, 30))
    with pytest.raises(Conflict, match="오늘 입장한 방문"):
        inc.warn("k", paid.visit_code, "dangerous", "", manager)
    assert inc.on(DAY) == [] and inc.on(dt.date(2025, 6, 12)) == []


# ------------------------------------------------------------------ the CLI, on a demo database


def test_cli_lost_found_and_incidents_on_a_demo_database(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    assert main(["demo", "--db", db, "--date", "2025-06-11"]) == 0
    capsys.readouterr()
    assert main(["lost-found", "--db", db]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 2 and set(items[0]) == {"id", "found_at", "what", "where", "state", "due_on"}
    assert main(["lost-found", "--db", db, "--due"]) == 0
    due = json.loads(capsys.readouterr().out)
    assert due and all(i["state"] == "held" and i["due_on"] <= dt.date.today().isoformat() for i in due)
    assert main(["incidents", "--db", db, "2025-06-11"]) == 0
    kinds = [i["kind"] for i in json.loads(capsys.readouterr().out)]
    assert kinds == ["warning", "warning", "removal", "damage"]
    assert main(["incidents", "--db", db, "2025-13-01"]) == 2
    assert "올바른 날짜가 아닙니다" in capsys.readouterr().err
    assert main(["verify-journal", "--db", db]) == 0


def test_a_damage_amount_changed_behind_the_desk_is_caught_by_the_journal(ctx, clock, manager):
    paid = paid_visit(ctx, manager)
    IncidentService(ctx).record_damage("d", paid.visit_code, "공", "repair", 15000, "card", "", manager)
    assert JournalService(ctx).verify().ok
    with ctx.store.engine.begin() as con:  # behind the desk's back, on either database
        con.exec_driver_sql("UPDATE incident SET amount = 1500 WHERE key = 'd'")
    check = JournalService(ctx).verify()
    assert not check.ok and "사고 기록" in check.problem and "바뀌었습니다" in check.problem

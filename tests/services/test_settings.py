"""Issue 14: the center profile changed from the desk. A change is a dated [[rules]] version
(PRF-2), checked by the start-up validator, written atomically with the previous version kept,
journalled with who and what; a past visit is priced and reprinted as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tomllib

import pytest
from pypdf import PdfReader

from desk_app.bootstrap import desk_for
from desk_app.config import load_profile
from desk_app.domain.errors import BadInput, Conflict, ManagerOnly, ProfileError
from desk_app.domain.profile_edit import ProfileEdit, dump_profile
from desk_app.paths import default_profile_path, shipped_profile_path, user_profile_path
from desk_app.services.checkin import CheckinService, PaymentIn
from desk_app.services.settings import placeholder_notice
from desk_app.services.staff import StaffService
from tests.conftest import DAY, DEFAULT_PROFILE, adult, book, kid
from tests.rrn_samples import sample as rrn_sample

CARD = PaymentIn("card", approval_no="12345678", allow_duplicate=True)


@pytest.fixture
def desk(store, profile, clock):
    from desk_app.config import Settings

    return desk_for(store, profile, clock, Settings("sqlite://", shipped_profile_path()))


def pay(desk, manager, day_code):
    svc = CheckinService(desk.ctx)
    req = dataclasses.replace(svc.request_for(day_code), residency_doc="resident_card")
    return svc.pay(req, CARD, f"key-{day_code}", manager.id)


def test_the_shipped_profile_writes_back_as_the_same_data(profile_text):
    data = tomllib.loads(profile_text)
    assert tomllib.loads(dump_profile(data)) == data


def test_a_fee_change_dated_next_month_leaves_todays_reprint_unchanged(desk, clock, manager, tmp_path):
    paid = pay(desk, manager, book(desk.ctx, kid(), adult()))
    text_before = "".join(
        p.extract_text() for p in PdfReader(desk.documents.render(paid.visit_code, "receipt").path).pages
    )
    rules = desk.center_settings.rules_on(dt.date(2025, 7, 1))
    rules["fees"]["child"] = 3000
    edit = ProfileEdit(effective_from=dt.date(2025, 7, 1), rules=rules)
    preview = desk.center_settings.preview(edit)
    assert [str(c) for c in preview.changes] == ["이용료 (아동): 2,000 → 3,000 (2025-07-01부터)"]
    assert not user_profile_path().exists()  # a preview writes nothing
    saved = desk.save_settings(edit, manager)
    # the shipped file is untouched; the center's own copy is read from now on
    assert saved.path == user_profile_path() and default_profile_path() == user_profile_path()
    assert shipped_profile_path().read_text(encoding="utf-8") == DEFAULT_PROFILE.read_text(encoding="utf-8")
    assert saved.previous.read_text(encoding="utf-8") == DEFAULT_PROFILE.read_text(encoding="utf-8")
    reloaded = load_profile(default_profile_path())
    assert reloaded.rules_on(dt.date(2025, 7, 1)).fees.child == 3000
    assert reloaded.rules_on(DAY).fees.child == 2000 and desk.profile.rules_on(DAY).fees.child == 2000
    # today's reprint: what was charged then, never a re-computation (PRF-2)
    text_after = "".join(
        p.extract_text() for p in PdfReader(desk.documents.render(paid.visit_code, "receipt").path).pages
    )
    assert text_after == text_before and "2,000" in text_after
    # a visit on the new date is priced by the new version
    clock.set(dt.datetime(2025, 7, 2, 9, 55))
    july = book(desk.ctx, kid(name="칠월이"), adult(), day=dt.date(2025, 7, 2), name="박칠월", phone="010-7777-7777")
    assert pay(desk, manager, july).total == 3000 + 1000
    # journalled with who and what
    with desk.ctx.store.uow() as uow:
        entry = next(e for e in uow.views.journal() if e.action == "profile.edit")
        detail, staff_id = json.loads(entry.detail), entry.staff_id
    assert staff_id == manager.id and detail["effective_from"] == "2025-07-01"
    assert detail["changes"] == ["이용료 (아동): 2,000 → 3,000 (2025-07-01부터)"]
    assert desk.journal.verify().ok


def test_a_change_never_reaches_back(desk, clock, manager):
    settings = desk.center_settings
    assert settings.earliest() == DAY  # nobody priced yet today
    pay(desk, manager, book(desk.ctx, kid(), adult()))
    assert settings.earliest() == DAY + dt.timedelta(days=1)
    rules = settings.rules_on(DAY)
    rules["kt"]["percent"] = 10
    with pytest.raises(Conflict, match="2025-06-12 이후"):
        settings.preview(ProfileEdit(effective_from=DAY, rules=rules))
    with pytest.raises(Conflict, match="2025-06-12 이후"):
        settings.preview(ProfileEdit(effective_from=dt.date(2025, 1, 1), rules=rules))
    with pytest.raises(BadInput, match="언제부터"):
        settings.preview(ProfileEdit(rules=rules))


def test_an_upcoming_version_is_changed_again_and_a_past_date_before_it_refused(desk, manager):
    settings = desk.center_settings
    rules = settings.rules_on(dt.date(2025, 8, 1))
    rules["fees"]["child"] = 2500
    desk.save_settings(ProfileEdit(effective_from=dt.date(2025, 8, 1), rules=rules), manager)
    again = desk.center_settings.rules_on(dt.date(2025, 8, 1))
    assert again["fees"]["child"] == 2500
    again["fees"]["guardian"] = 1500
    desk.save_settings(ProfileEdit(effective_from=dt.date(2025, 8, 1), rules=again), manager)
    versions = tomllib.loads(user_profile_path().read_text(encoding="utf-8"))["rules"]
    assert len(versions) == 2 and versions[1] == {
        "effective_from": dt.date(2025, 8, 1),
        "fees": {"child": 2500, "guardian": 1500},
    }
    earlier = desk.center_settings.rules_on(dt.date(2025, 7, 1))
    earlier["fees"]["care"] = 0
    with pytest.raises(Conflict, match="2025-08-01부터 시행되는 규칙 버전이 이미"):
        desk.center_settings.preview(ProfileEdit(effective_from=dt.date(2025, 7, 1), rules=earlier))


def test_sessions_by_day_type_change_on_a_date(desk, manager):
    from desk_app.domain.calendar import day_plan

    rules = desk.center_settings.rules_on(dt.date(2025, 9, 1))
    rules["sessions"]["weekday"] = [
        {"no": 1, "start": "09:30", "end": "11:30"},
        {"no": 2, "start": "13:00", "end": "15:00"},
    ]
    saved = desk.save_settings(ProfileEdit(effective_from=dt.date(2025, 9, 1), rules=rules), manager)
    after, before = dt.date(2025, 9, 3), dt.date(2025, 8, 27)
    assert [(s.no, f"{s.start:%H:%M}") for s in day_plan(desk.profile, after).sessions] == [(1, "09:30"), (2, "13:00")]
    assert len(day_plan(desk.profile, before).sessions) == 3
    assert saved.result.changes[0].startswith("회차 (평일):")


def test_an_invalid_value_is_named_and_nothing_is_written(desk, manager):
    settings = desk.center_settings
    rules = settings.rules_on(dt.date(2025, 7, 1))
    rules["fees"]["child"] = -100
    with pytest.raises(ProfileError) as e:
        desk.save_settings(ProfileEdit(effective_from=dt.date(2025, 7, 1), rules=rules), manager)
    assert "fees.child" in e.value.message and "0 이상" in e.value.message
    rules = settings.rules_on(dt.date(2025, 7, 1))
    rules["sessions"]["weekend"] = [{"no": 1, "start": "10:00", "end": "09:00"}]
    with pytest.raises(ProfileError, match="끝나는 시각"):
        desk.save_settings(ProfileEdit(effective_from=dt.date(2025, 7, 1), rules=rules), manager)
    with pytest.raises(BadInput, match="사업자등록번호는 000-00-00000 형식"):
        desk.save_settings(ProfileEdit(center={"business_no": "12345"}), manager)
    with pytest.raises(BadInput, match="주민등록번호"):
        desk.save_settings(ProfileEdit(center={"representative": rrn_sample()}), manager)
    with pytest.raises(BadInput, match="바뀐 것이 없습니다"):
        desk.save_settings(ProfileEdit(), manager)
    assert not user_profile_path().exists()
    with desk.ctx.store.uow() as uow:
        assert not [e for e in uow.views.journal() if e.action == "profile.edit"]


def test_only_a_manager_saves(desk, ctx, manager):
    clerk = StaffService(ctx).create("이직원", "staff", "1357", by=manager)
    with pytest.raises(ManagerOnly):
        desk.save_settings(ProfileEdit(center={"phone": "02-000-1111"}), clerk)
    assert not user_profile_path().exists()


def test_placeholders_are_flagged_until_filled_in(desk, manager):
    notice = placeholder_notice(desk.ctx)
    assert notice is not None and "사업자등록번호" in notice and "대표자" in notice and "주소" in notice
    saved = desk.save_settings(
        ProfileEdit(
            center={
                "address": "서울특별시 도봉구 마들로 656",
                "business_no": "210-83-00123",
                "representative": "홍길동",
            }
        ),
        manager,
    )
    assert saved.result.effective_from is None  # center details apply from the save
    assert placeholder_notice(desk.ctx) is None
    assert load_profile(default_profile_path()).center.placeholders == ()
    assert desk.profile.center.business_no == "210-83-00123"


def test_a_broken_saved_profile_is_refused_at_start_up_naming_the_key(tmp_path):
    user_profile_path().parent.mkdir(parents=True, exist_ok=True)
    user_profile_path().write_text(
        DEFAULT_PROFILE.read_text(encoding="utf-8").replace("child = 2000", 'child = "이천원"'), encoding="utf-8"
    )
    with pytest.raises(ProfileError, match="fees.child"):
        load_profile(default_profile_path())

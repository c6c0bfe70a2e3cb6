"""CAL-1 to CAL-6 on the shipped profile."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain import calendar as cal
from desk_app.domain.errors import NotAdmissible
from desk_app.domain.profile import Closure

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("day", "is_open", "reason_has"),
    [
        # SPEC CAL-1's own examples
        ("2025-05-05", True, None),  # Monday, Children's Day and Buddha's Birthday: open
        ("2025-05-06", False, "대체 휴일"),  # substitute holiday: closed
        ("2025-05-01", False, "근로자의 날"),  # Workers' Day, not a public holiday in 2025
        ("2025-03-01", False, "삼일절"),  # Saturday, Independence Movement Day
        ("2026-05-05", True, None),  # Tuesday, Children's Day
        # more edges
        ("2025-03-03", False, "대체 휴일"),  # substitute day of 삼일절
        ("2025-05-12", False, "월요일"),  # a plain Monday
        ("2025-06-03", False, "선거"),  # presidential election day
        ("2026-05-01", False, "근로자의 날"),  # a public holiday from 2026 too
        ("2025-01-28", False, "설날"),  # lunar holiday, from the maintained calendar
        ("2025-10-06", False, "추석"),
        ("2026-07-17", False, "제헌절"),  # Constitution Day is a holiday again from 2026
        ("2024-12-30", False, "개관 전"),
        ("2024-12-31", True, None),  # opening day (Tuesday)
        ("2025-06-10", True, None),
    ],
)
def test_cal1_open_and_closed_days(profile, day, is_open, reason_has):
    plan = cal.day_plan(profile, D(day))
    assert plan.open is is_open
    if reason_has is None:
        assert plan.reason is None and len(plan.sessions) == 3
    else:
        assert reason_has in plan.reason and plan.sessions == ()


def test_cal2_three_sessions_of_120_minutes(profile):
    plan = cal.day_plan(profile, D("2025-06-11"))
    assert [(s.no, s.start.isoformat("minutes"), s.end.isoformat("minutes")) for s in plan.sessions] == [
        (1, "10:00", "12:00"),
        (2, "13:00", "15:00"),
        (3, "15:30", "17:30"),
    ]


@pytest.mark.parametrize(
    ("day", "audience"),
    [("2025-06-10", "shared"), ("2025-06-13", "shared"), ("2025-06-14", "individual"), ("2025-06-15", "individual")],
)
def test_cal3_groups_share_tuesday_to_friday(profile, day, audience):
    assert {s.audience for s in cal.day_plan(profile, D(day)).sessions} == {audience}


def test_cal4_capacity_from_profile(profile):
    assert {s.capacity for s in cal.day_plan(profile, D("2025-06-10")).sessions} == {22}


def test_cal5_pilot_has_no_play_care(profile):
    assert cal.day_plan(profile, D("2025-01-04")).care_offered is False  # a pilot Saturday
    assert len(cal.day_plan(profile, D("2025-01-04")).sessions) == 3
    assert cal.day_plan(profile, D("2025-02-01")).care_offered is True


def test_cal6_closures_block_a_day_or_a_session(profile):
    day = D("2025-06-11")
    whole = cal.day_plan(profile, day, [Closure(day, None, "정기 소독")])
    assert not whole.open and "정기 소독" in whole.reason
    one = cal.day_plan(profile, day, [Closure(day, 2, "종사자 교육")])
    assert [s.no for s in one.sessions] == [1, 3]
    with pytest.raises(NotAdmissible) as err:
        cal.require_session(profile, day, 2, [Closure(day, 2, "종사자 교육")])
    assert err.value.rule == "CAL-6" and "종사자 교육" in err.value.message
    with pytest.raises(NotAdmissible) as err:
        cal.require_session(profile, day, None, [Closure(day, None, "정기 소독")])
    assert err.value.rule == "CAL-6"


def test_require_session_refuses_closed_days_and_missing_sessions(profile):
    with pytest.raises(NotAdmissible) as err:
        cal.require_session(profile, D("2025-05-06"), 1)
    assert err.value.rule == "CAL-1"
    with pytest.raises(NotAdmissible) as err:
        cal.require_session(profile, D("2025-06-10"), 4)
    assert err.value.rule == "CAL-2"
    plan, slot = cal.require_session(profile, D("2025-06-10"), None)
    assert slot.no == 1


@pytest.mark.parametrize(
    ("clock", "state"),
    [
        ("09:59", cal.NOT_OPEN),
        ("10:00", cal.OPEN),
        ("10:29", cal.OPEN),
        ("10:30", cal.WALKINS_OPEN),
        ("11:49", cal.WALKINS_OPEN),
        ("11:50", cal.TIDY_UP),
        ("12:00", cal.ENDED),
    ],
)
def test_session_states_at_each_edge(profile, clock, state):
    day = D("2025-06-10")
    slot = cal.day_plan(profile, day).sessions[0]
    now = dt.datetime.combine(day, dt.time.fromisoformat(clock))
    assert cal.session_state(profile, day, slot, now) == state

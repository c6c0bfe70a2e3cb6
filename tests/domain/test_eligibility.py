"""ELG-1, ELG-2, ELG-5, ELG-6, RSV-2, RSV-3, RSV-4, CAL-3, CAL-4: who may enter."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.admission import check_admission
from desk_app.domain.calendar import day_plan
from desk_app.domain.eligibility import check_health, walkin_allowed
from desk_app.domain.errors import BadInput, NotAdmissible
from desk_app.domain.party import months_old, party_from_data, yeon_age


def party(*people, kind="individual", day="2025-06-11", session=None):
    d = {"visit_date": day, "kind": kind, "people": list(people)}
    if session:
        d["session"] = session
    return party_from_data(d)


def child(birth, **kw):
    return {"role": "child", "birth_date": birth, **kw}


G = {"role": "guardian"}
T = {"role": "teacher"}


def refused(profile, p, **kw):
    with pytest.raises(NotAdmissible) as err:
        check_admission(profile, p, **kw)
    return err.value


@pytest.mark.parametrize(("birth", "ok"), [("2019-01-01", True), ("2025-12-31", True), ("2018-12-31", False)])
def test_elg1_ages_zero_to_six_by_yeon_age_in_2025(profile, birth, ok):
    day = "2025-12-31" if birth == "2025-12-31" else "2025-06-11"
    p = party(child(birth), G, day=day)
    if ok:
        check_admission(profile, p)
    else:
        assert refused(profile, p).rule == "ELG-2"  # an older sibling alone


def test_elg1_in_2026_born_2020_to_2026(profile):
    check_admission(profile, party(child("2020-01-01"), G, day="2026-06-10"))
    err = refused(profile, party(child("2017-05-05"), child("2021-01-01"), G, day="2026-06-10"))
    assert err.rule == "ELG-1" and "2018년생까지" in err.detail


def test_elg1_a_guardian_is_required_and_children_are(profile):
    assert refused(profile, party(child("2021-01-01"))).rule == "ELG-1"
    assert refused(profile, party(G, G)).rule == "ELG-1"


def test_elg2_siblings_up_to_visit_year_minus_8_with_a_younger_child(profile):
    check_admission(profile, party(child("2017-03-03"), child("2021-01-01"), G))
    assert refused(profile, party(child("2017-03-03"), G)).rule == "ELG-2"
    assert refused(profile, party(child("2016-12-31"), child("2021-01-01"), G)).rule == "ELG-1"


def test_elg2_siblings_do_not_count_toward_three_children(profile):
    check_admission(profile, party(child("2017-03-03"), *[child("2021-01-01")] * 3, G))
    err = refused(profile, party(*[child("2021-01-01")] * 4, G))
    assert err.rule == "RSV-2"


def test_months_old_counts_whole_months():
    assert months_old(dt.date(2022, 1, 10), dt.date(2025, 6, 10)) == 41  # SPEC E4
    assert months_old(dt.date(2022, 1, 10), dt.date(2025, 1, 9)) == 35
    assert months_old(dt.date(2022, 1, 10), dt.date(2025, 1, 10)) == 36
    assert months_old(dt.date(2024, 1, 31), dt.date(2024, 2, 29)) == 1  # end of a short month
    assert yeon_age(dt.date(2019, 12, 31), dt.date(2025, 1, 1)) == 6


def test_elg5_play_care_checks(profile):
    ok = child("2022-06-11", care=True)
    check_admission(profile, party(ok, G))
    err = refused(profile, party(child("2022-06-12", care=True), G))
    assert err.rule == "ELG-5" and "35개월" in err.detail
    assert refused(profile, party(ok, ok, ok, G)).rule == "ELG-5"  # 3 in one application
    check_admission(profile, party(ok, G), care_taken=1)
    err = refused(profile, party(ok, G), care_taken=2)
    assert err.rule == "ELG-5" and "0명" in err.detail
    assert refused(profile, party(child("2021-01-01", care=True), G, day="2025-01-08")).rule == "ELG-5"  # pilot
    group = party(child("2021-01-01", care=True), *[child("2021-01-01")] * 9, T, kind="group")
    assert refused(profile, group).rule == "ELG-5"


def test_elg6_illness_is_refused_with_its_reason():
    check_health(None)
    with pytest.raises(NotAdmissible) as err:
        check_health("수두")
    assert err.value.rule == "ELG-6" and "수두" in err.value.message
    with pytest.raises(BadInput):
        check_health("  ")


def test_rsv3_group_size_and_teacher_ratio(profile):
    kids = [child("2021-04-04")] * 9
    assert refused(profile, party(*kids, kind="group")).rule == "RSV-3"  # 9 people
    check_admission(profile, party(*kids, T, kind="group"))  # 10 people, age 4: 1:20
    babies = [child("2024-04-04")] * 9  # age 1: 1 teacher per 5 → 2 needed
    err = refused(profile, party(*babies, T, kind="group"))
    assert err.rule == "RSV-3" and "2명이 필요" in err.detail
    check_admission(profile, party(*babies, T, T, kind="group"))
    infants = [child("2025-01-04")] * 7  # age 0: 1 per 3 → 3 teachers
    check_admission(profile, party(*infants, T, T, T, kind="group"))
    assert refused(profile, party(*infants, T, T, T, kind="group", day="2025-06-14")).rule == "CAL-3"


def test_cal4_a_party_larger_than_the_places_left(profile):
    kids = [child("2021-04-04")] * 20
    assert refused(profile, party(*kids, T, T, T, kind="group")).rule == "CAL-4"
    assert refused(profile, party(child("2021-01-01"), G), places_left=1).rule == "CAL-4"


def test_bad_shapes_are_bad_input_not_refusals(profile):
    with pytest.raises(BadInput) as err:
        check_admission(profile, party(child("2021-01-01"), T))
    assert err.value.field == "people[1].role"
    with pytest.raises(BadInput) as err:
        check_admission(profile, party({"role": "child"}, G))
    assert err.value.field == "people[0].birth_date"
    with pytest.raises(BadInput) as err:
        check_admission(profile, party(child("2025-07-01"), G))
    assert err.value.field == "people[0].birth_date"
    with pytest.raises(BadInput) as err:
        check_admission(profile, party(child("2021-01-01", reduction="rich"), G))
    assert err.value.field == "people[0].reduction"


@pytest.mark.parametrize(("clock", "ok"), [("10:29", False), ("10:30", True), ("11:59", True), ("12:00", False)])
def test_rsv4_walkins_from_start_plus_30_minutes(profile, clock, ok):
    day = dt.date(2025, 6, 11)
    slot = day_plan(profile, day).sessions[0]
    now = dt.datetime.combine(day, dt.time.fromisoformat(clock))
    if ok:
        walkin_allowed(profile, day, slot, now)
    else:
        with pytest.raises(NotAdmissible) as err:
            walkin_allowed(profile, day, slot, now)
        assert err.value.rule == "RSV-4"

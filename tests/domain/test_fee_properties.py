"""Property tests (hypothesis) for the fee engine's invariants (FEE-3, FEE-5, FEE-7)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desk_app.config import load_profile
from desk_app.domain.admission import check_admission
from desk_app.domain.calendar import day_plan
from desk_app.domain.errors import NotAdmissible
from desk_app.domain.fees import ADMISSION, CARE, exemptions, quote
from desk_app.domain.party import Party, Person
from tests.conftest import DEFAULT_PROFILE

PROFILE = load_profile(DEFAULT_PROFILE)
OPEN_DAYS = [d for d in (dt.date(2025, 1, 2) + dt.timedelta(days=i) for i in range(700)) if day_plan(PROFILE, d).open]
CATEGORIES = [r.id for r in PROFILE.rule_versions[0].reductions if r.id != "group_leader"]


@st.composite
def parties(draw: st.DrawFn) -> Party:
    day = draw(st.sampled_from(OPEN_DAYS))
    kind = draw(st.sampled_from(["individual", "individual", "group"]))
    n_children = draw(st.integers(1, 3) if kind == "individual" else st.integers(1, 20))
    people: list[Person] = []
    for _ in range(n_children):
        birth = dt.date(draw(st.integers(day.year - 8, day.year)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))
        assume(birth <= day)
        people.append(
            Person(
                "child",
                birth,
                draw(st.booleans()) if kind == "individual" else False,
                draw(st.none() | st.sampled_from(CATEGORIES)),
                draw(st.booleans()),
            )
        )
    adult = "guardian" if kind == "individual" else "teacher"
    for _ in range(draw(st.integers(1, 3))):
        birth = draw(st.none() | st.dates(dt.date(1930, 1, 1), dt.date(2000, 1, 1)))
        reduction = draw(st.none() | st.sampled_from(CATEGORIES))
        if reduction == "senior" and birth is None:
            reduction = None
        people.append(Person(adult, birth, False, reduction, draw(st.booleans())))
    order = draw(st.permutations(people))
    return Party(day, None, kind, draw(st.booleans()), tuple(order))


def priced(p: Party):
    try:
        admission = check_admission(PROFILE, p)
    except NotAdmissible:
        assume(False)
    return admission.rules, quote(admission.rules, p)


SETTINGS = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow]
)


@SETTINGS
@given(parties())
def test_a_charge_is_never_negative_and_lines_add_up(p):
    _, q = priced(p)
    for line in q.lines:
        assert isinstance(line.charge, int) and line.charge >= 0
        assert line.charge == line.price - line.reduction and line.reduction >= 0
    assert q.total == sum(line.charge for line in q.lines)
    assert isinstance(q.total, int) and q.total >= 0


@SETTINGS
@given(parties())
def test_an_exempt_person_never_pays_admission(p):
    rules, q = priced(p)
    exempt = exemptions(rules, p)
    for line in q.lines:
        if line.item == ADMISSION and exempt[line.person] is not None:
            assert line.charge == 0 and line.reason == exempt[line.person]


@SETTINGS
@given(parties())
def test_play_care_is_never_reduced(p):
    rules, q = priced(p)
    care = [line for line in q.lines if line.item == CARE]
    assert len(care) == sum(1 for person in p.people if person.care)
    assert all(line.reduction == 0 and line.charge == rules.fees.care for line in care)


@SETTINGS
@given(parties())
def test_one_admission_per_person_in_order_and_kt_at_most_once(p):
    _, q = priced(p)
    admissions = [line.person for line in q.lines if line.item == ADMISSION]
    assert admissions == list(range(len(p.people)))
    assert sum(1 for line in q.lines if line.reason == "kt") <= 1

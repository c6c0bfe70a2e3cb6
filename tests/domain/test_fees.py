"""FEE-1 to FEE-7: SPEC's worked examples as table tests, and the edges around them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_app.domain.admission import check_admission
from desk_app.domain.fees import quote
from desk_app.domain.party import party_from_data

# A copy of shared/cases/quote_examples.json (SPEC §5, E1–E7), kept with the tests so they
# run on a clone without shared/ beside it.
CASES = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "quote_examples.json").read_text(encoding="utf-8")
)


def price(profile, data):
    party = party_from_data(data)
    admission = check_admission(profile, party)
    q = quote(admission.rules, party)
    return admission, q


def as_dicts(q):
    return [
        dict(person=x.person, item=x.item, price=x.price, reduction=x.reduction, reason=x.reason, charge=x.charge)
        for x in q.lines
    ]


@pytest.mark.parametrize("case", CASES, ids=[c["example"] for c in CASES])
def test_spec_worked_examples(profile, case):
    admission, q = price(profile, case["input"])
    assert q.total == case["output"]["total"]
    assert as_dicts(q) == case["output"]["lines"]
    assert admission.slot.no == case["output"]["session"]


def test_spec_totals_as_stated():
    assert {c["example"]: c["output"]["total"] for c in CASES} == {
        "E1": 5000,
        "E2": 0,
        "E3": 2600,
        "E4": 2000,
        "E5": 12500,
        "E6": 18000,
        "E7": 2000,
    }


def party(*people, kind="individual", kt=False, day="2025-06-11", session=None):
    d = {"visit_date": day, "kind": kind, "kt_member": kt, "people": list(people)}
    if session:
        d["session"] = session
    return d


CHILD = {"role": "child", "birth_date": "2021-03-03"}
ADULT = {"role": "guardian"}


def test_reduction_without_proof_is_charged_in_full(profile):
    _, q = price(profile, party({**CHILD, "reduction": "multi_child", "proof": False}, ADULT))
    assert q.total == 3000 and all(line.reason is None for line in q.lines)


def test_disabled_covers_the_person_and_guardians_not_siblings(profile):
    _, q = price(profile, party({**CHILD, "reduction": "disabled", "proof": True}, CHILD, ADULT, ADULT))
    assert [(x.person, x.charge, x.reason) for x in q.lines] == [
        (0, 0, "disabled"),
        (1, 2000, None),
        (2, 0, "disabled"),
        (3, 0, "disabled"),
    ]


def test_senior_covers_that_person_only_and_needs_65_full_years(profile):
    _, q = price(
        profile, party(CHILD, {"role": "guardian", "birth_date": "1960-06-11", "reduction": "senior", "proof": True})
    )
    assert q.total == 2000  # 65 on the visit date
    _, q = price(
        profile, party(CHILD, {"role": "guardian", "birth_date": "1960-06-12", "reduction": "senior", "proof": True})
    )
    assert q.total == 3000  # one day short of 65


def test_kt_takes_the_most_expensive_charged_admission_once(profile):
    _, q = price(profile, party(ADULT, CHILD, CHILD, kt=True))
    assert [(x.person, x.reduction, x.reason) for x in q.lines] == [(0, 0, None), (1, 400, "kt"), (2, 0, None)]
    # an exemption wins over KT: nothing left to discount
    _, q = price(profile, party({**CHILD, "reduction": "multi_child", "proof": True}, ADULT, kt=True))
    assert q.total == 0 and {x.reason for x in q.lines} == {"multi_child"}


def test_kt_never_on_play_care_and_never_for_groups(profile):
    _, q = price(profile, party({"role": "child", "birth_date": "2021-01-01", "care": True}, ADULT, kt=True))
    care = [x for x in q.lines if x.item == "care"][0]
    assert care.reduction == 0 and q.total == 1600 + 2000 + 1000
    group = party(
        *[{"role": "child", "birth_date": "2020-05-05"}] * 12, *[{"role": "teacher"}] * 3, kind="group", kt=True
    )
    _, q = price(profile, group)
    assert q.total == 12500 and "kt" not in {x.reason for x in q.lines}


def test_group_exactly_ten_children_and_the_free_teachers_are_the_first_listed(profile):
    g = party(*[{"role": "child", "birth_date": "2021-05-05"}] * 10, *[{"role": "teacher"}] * 3, kind="group")
    _, q = price(profile, g)
    reasons = [x.reason for x in q.lines]
    assert reasons[10:] == ["group_leader", "group_leader", "group_50"]
    assert q.total == 10 * 1000 + 500


def test_play_care_is_never_reduced_for_exempt_families(profile):
    _, q = price(
        profile,
        party(
            {"role": "child", "birth_date": "2021-01-01", "care": True, "reduction": "basic_livelihood", "proof": True},
            ADULT,
        ),
    )
    assert q.total == 2000 and [x.item for x in q.lines] == ["admission", "care", "admission"]


def test_a_later_rule_version_prices_by_the_visit_date(profile_text):
    from desk_app.domain.profile import parse_profile

    p = parse_profile(profile_text + "\n[[rules]]\neffective_from = 2026-03-03\n[rules.fees]\nchild = 2500\n")
    _, q = price(p, party(CHILD, ADULT, day="2026-03-03"))
    assert q.total == 3500
    _, q = price(p, party(CHILD, ADULT, day="2026-02-27"))
    assert q.total == 3000

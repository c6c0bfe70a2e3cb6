"""Fees (FEE-1 to FEE-7): one priced line per admission and per play care, in integer won."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.domain.party import (
    CHILD,
    GROUP,
    GROUP_LEADER,
    GUARDIAN,
    INDIVIDUAL,
    TEACHER,
    Party,
    Person,
    full_years,
)
from desk_app.domain.profile import Rules

ADMISSION = "admission"
CARE = "care"
GROUP_50 = "group_50"
KT = "kt"


@dataclass(frozen=True)
class Line:
    person: int
    item: str
    price: int
    reduction: int
    reason: str | None
    charge: int


@dataclass(frozen=True)
class Quote:
    lines: tuple[Line, ...]

    @property
    def total(self) -> int:
        return sum(line.charge for line in self.lines)


def percent_of(price: int, percent: int) -> int:
    """FEE-7: every reduction is floor(price × rate) in whole won."""
    return price * percent // 100


def admission_price(rules: Rules, person: Person) -> int:
    """FEE-1, FEE-2."""
    if person.role == CHILD:
        return rules.fees.child
    if person.role == GUARDIAN:
        return rules.fees.guardian
    return rules.fees.teacher


def _own_exemption(rules: Rules, party: Party, person: Person) -> str | None:
    """FEE-3: a category counts only with its proof seen ("감면서류 미지참시 이용료 부과")."""
    if person.reduction is None or not person.proof or person.reduction == GROUP_LEADER:
        return None
    if person.reduction == "senior":
        assert person.birth_date is not None
        if full_years(person.birth_date, party.visit_date) < rules.age.senior_age:
            return None
    return person.reduction


def exemptions(rules: Rules, party: Party) -> list[str | None]:
    """FEE-3: the exemption category of each person's admission, or None.

    Decision (SPEC FEE-3): household categories cover every member of the family in the party;
    `disabled` covers the registered person and the guardians in the party; other categories
    cover the person only. A group is not a family: there each claim covers its person only.
    """
    own = [_own_exemption(rules, party, p) for p in party.people]
    out = list(own)
    if party.kind != INDIVIDUAL:
        return out
    household: str | None = None
    carer: str | None = None
    for category in own:
        if category is None:
            continue
        red = rules.reduction(category)
        assert red is not None
        if red.scope == "household" and household is None:
            household = category
        if red.scope == "person_and_guardians" and carer is None:
            carer = category
    for i, p in enumerate(party.people):
        if out[i] is not None:
            continue
        if household is not None:
            out[i] = household
        elif carer is not None and p.role == GUARDIAN:
            out[i] = carer
    return out


def quote(rules: Rules, party: Party) -> Quote:
    """Price a party that has passed the admission checks. Lines follow the order of
    ``people``, admission before care (CLI.md)."""
    exempt = exemptions(rules, party)
    children = sum(1 for p in party.people if p.role == CHILD)
    free_teachers = 0
    group_discount = False
    if party.kind == GROUP and children >= rules.group.discount_min_children:
        free_teachers = children // rules.group.free_teacher_per_children  # FEE-2
        group_discount = True

    admissions: list[Line] = []
    for i, p in enumerate(party.people):
        price = admission_price(rules, p)
        reason = exempt[i]
        if reason is None and p.role == TEACHER and free_teachers > 0:
            reason = GROUP_LEADER  # FEE-2: the first teachers listed go free
            free_teachers -= 1
        if reason is not None:
            admissions.append(Line(i, ADMISSION, price, price, reason, 0))
        elif group_discount:
            # FEE-2 decision: 50% on every admission still charged after the free teachers.
            cut = percent_of(price, rules.group.discount_percent)
            admissions.append(Line(i, ADMISSION, price, cut, GROUP_50 if cut else None, price - cut))
        else:
            admissions.append(Line(i, ADMISSION, price, 0, None, price))

    if party.kind == INDIVIDUAL and party.kt_member and rules.kt.enabled:
        # FEE-4: once a visit, on the single most expensive admission still charged
        # (the first listed on a tie); never play care, never groups.
        charged = [line for line in admissions if line.reduction == 0 and line.price > 0]
        if charged:
            best = max(charged, key=lambda line: line.price)
            cut = percent_of(best.price, rules.kt.percent)
            if cut:
                admissions[admissions.index(best)] = Line(best.person, ADMISSION, best.price, cut, KT, best.price - cut)

    lines: list[Line] = []
    for line, p in zip(admissions, party.people, strict=True):
        lines.append(line)
        if p.care:
            # FEE-5: play care is never reduced, exempt families included.
            lines.append(Line(line.person, CARE, rules.fees.care, 0, None, rules.fees.care))
    return Quote(tuple(lines))

"""Who may enter (ELG-1, ELG-2, ELG-5, ELG-6) and the party limits (RSV-2, RSV-3, CAL-3, CAL-4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desk_app.domain.calendar import DayPlan, SessionSlot, walkin_opens_at
from desk_app.domain.errors import BadInput, NotAdmissible
from desk_app.domain.messages import msg
from desk_app.domain.party import (
    CHILD,
    GROUP,
    INDIVIDUAL,
    TEACHER,
    Party,
    months_old,
    yeon_age,
)
from desk_app.domain.profile import Profile, Rules


def places_taken(rules: Rules, children: int, adults: int) -> int:
    """CAL-4: who counts against the session's capacity, by the profile's switch."""
    return children + adults if rules.capacity_counts == "everyone" else children


def required_teachers(rules: Rules, ages: Iterable[int], children: int) -> int:
    """RSV-3: teachers needed by the 연나이 of the youngest child (ratio table)."""
    youngest = min(ages)
    per_teacher = rules.group.ratio[0].children_per_teacher
    for row in rules.group.ratio:
        if row.min_age <= youngest:
            per_teacher = row.children_per_teacher
    return -(-children // per_teacher)


def check_children(rules: Rules, party: Party) -> None:
    """ELG-1 and ELG-2: children 0–6 by 연나이; older siblings only with a younger child."""
    day = party.visit_date
    max_child = rules.age.max_child_age
    ages = [(i, yeon_age(p.birth_date, day)) for i, p in enumerate(party.people) if p.role == CHILD and p.birth_date]
    has_young = any(a <= max_child for _, a in ages)
    for i, age in ages:
        if age <= max_child:
            continue
        oldest_sibling = day.year - rules.age.max_sibling_age
        youngest_ok = day.year - max_child
        if party.kind == INDIVIDUAL and age <= rules.age.max_sibling_age:
            if not has_young:
                raise NotAdmissible(
                    "ELG-2",
                    msg(
                        "people[{i}]: {value}년생 형제·자매는 {youngest_ok}년 이후 출생 아동과 함께일 때만 입장할 수 있습니다",
                        i=i,
                        value=day.year - age,
                        youngest_ok=youngest_ok,
                    ),
                )
            continue
        if party.kind == INDIVIDUAL:
            raise NotAdmissible(
                "ELG-1",
                msg(
                    "people[{i}]: 이용 대상은 {youngest_ok}년생 이후 아동입니다 (동반 형제·자매는 {oldest_sibling}년생까지). {value}년생은 입장할 수 없습니다",
                    i=i,
                    youngest_ok=youngest_ok,
                    oldest_sibling=oldest_sibling,
                    value=day.year - age,
                ),
            )
        raise NotAdmissible(
            "ELG-1",
            msg(
                "people[{i}]: 단체 이용 대상은 {youngest_ok}년생 이후 아동입니다 ({value}년생)",
                i=i,
                youngest_ok=youngest_ok,
                value=day.year - age,
            ),
        )


def check_care(rules: Rules, plan: DayPlan, party: Party, care_taken: int) -> int:
    """ELG-5: play care. Returns how many children of the party ask for it."""
    asking = [(i, p) for i, p in enumerate(party.people) if p.care]
    if not asking:
        return 0
    if party.kind == GROUP:
        raise NotAdmissible("ELG-5", msg("놀이돌봄서비스는 개인 이용만 신청할 수 있습니다"))
    if not plan.care_offered:
        raise NotAdmissible(
            "ELG-5",
            msg("{isoformat}에는 놀이돌봄서비스를 운영하지 않습니다 (시범운영 기간)", isoformat=plan.date.isoformat()),
        )
    if len(asking) > rules.care.max_per_application:
        raise NotAdmissible(
            "ELG-5",
            msg(
                "놀이돌봄은 한 신청에 최대 {max_per_application}명입니다 (신청 {len}명)",
                max_per_application=rules.care.max_per_application,
                len=len(asking),
            ),
        )
    for i, p in asking:
        assert p.birth_date is not None
        months = months_old(p.birth_date, party.visit_date)
        if months < rules.care.min_months:
            raise NotAdmissible(
                "ELG-5",
                msg(
                    "people[{i}]: 놀이돌봄은 {min_months}개월 이상만 가능합니다 (이용일 기준 {months}개월)",
                    i=i,
                    min_months=rules.care.min_months,
                    months=months,
                ),
            )
    left = rules.care.max_per_session - care_taken
    if len(asking) > left:
        raise NotAdmissible(
            "ELG-5",
            msg(
                "이 회차의 놀이돌봄 자리가 {max}명 남았습니다 (회차당 최대 {max_per_session}명)",
                max=max(left, 0),
                max_per_session=rules.care.max_per_session,
            ),
        )
    return len(asking)


def check_group(rules: Rules, party: Party) -> None:
    """RSV-3: 10 or more people, with the teacher ratio kept."""
    children = party.children()
    teachers = sum(1 for p in party.people if p.role == TEACHER)
    total = len(children) + teachers
    if total < rules.group.min_people:
        raise NotAdmissible(
            "RSV-3",
            msg(
                "단체는 {min_people}명 이상이어야 합니다 (아동과 인솔교사 합계 {total}명)",
                min_people=rules.group.min_people,
                total=total,
            ),
        )
    if not children:
        raise NotAdmissible("RSV-3", msg("단체에 아동이 없습니다"))
    ages = [yeon_age(p.birth_date, party.visit_date) for p in children if p.birth_date]
    need = required_teachers(rules, ages, len(children))
    if teachers < need:
        raise NotAdmissible(
            "RSV-3",
            msg(
                "인솔교사가 부족합니다: 가장 어린 아동 {min}세 기준 아동 {len}명에 교사 {need}명이 필요합니다 (현재 {teachers}명)",
                min=min(ages),
                len=len(children),
                need=need,
                teachers=teachers,
            ),
        )


def check_health(reason: str | None) -> None:
    """ELG-6: a sick child does not enter. ``reason`` is what the staff saw, or None."""
    if reason is None:
        return
    if not reason.strip():
        raise BadInput("health", msg("입장 거절 사유를 적어 주세요"))
    raise NotAdmissible("ELG-6", msg("전염성 질병·발열 증상으로 입장할 수 없습니다 ({reason})", reason=reason))


def walkin_allowed(profile: Profile, day: dt.date, slot: SessionSlot, now: dt.datetime) -> None:
    """RSV-4: walk-ins only from the set time after the session starts, and before it ends."""
    opens = walkin_opens_at(profile, day, slot)
    if now < opens:
        minutes = profile.rules_on(day).booking.walkin_after_minutes
        raise NotAdmissible(
            "RSV-4",
            msg(
                "현장접수는 {no}회차 시작 {minutes}분 후인 {opens:%H:%M}부터 가능합니다",
                no=slot.no,
                minutes=minutes,
                opens=opens,
            ),
        )
    if now >= dt.datetime.combine(day, slot.end):
        raise NotAdmissible("RSV-4", msg("{no}회차는 {end:%H:%M}에 끝났습니다", no=slot.no, end=slot.end))

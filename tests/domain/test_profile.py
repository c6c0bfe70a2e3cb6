"""PRF-1 and PRF-2: the center profile is read whole or refused naming the key."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.config import load_profile
from desk_app.domain.errors import ProfileError
from desk_app.domain.profile import parse_profile


def test_shipped_profile_holds_the_seed_center(profile):
    assert profile.center.opening_date == dt.date(2024, 12, 31)
    assert profile.center.phone == "02-998-0708"
    rules = profile.rules_on(dt.date(2025, 6, 10))
    assert (rules.fees.child, rules.fees.guardian, rules.fees.teacher, rules.fees.care) == (2000, 1000, 1000, 2000)
    assert rules.capacity == 22 and rules.capacity_counts == "everyone"
    assert rules.kt.percent == 20 and rules.group.discount_percent == 50
    assert [r.children_per_teacher for r in rules.group.ratio] == [3, 5, 7, 15, 20]
    ids = {r.id for r in rules.reductions}
    assert {
        "basic_livelihood",
        "single_parent",
        "disabled",
        "national_merit",
        "independence_merit",
        "war_veteran",
        "agent_orange",
        "special_mission",
        "democracy_518",
        "righteous",
        "multi_child",
        "senior",
        "group_leader",
    } <= ids
    assert [d.label for d in profile.residency_documents] == [
        "서울시민카드",
        "주민등록증",
        "주민등록등본",
        "운전면허증",
    ]
    assert [(s.no, s.start.strftime("%H:%M"), s.end.strftime("%H:%M")) for s in profile.weekday_sessions] == [
        (1, "10:00", "12:00"),
        (2, "13:00", "15:00"),
        (3, "15:30", "17:30"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "key", "words"),
    [
        ("child = 2000", "child = 2000.5", "rules[0].fees.child", "정수"),
        ("child = 2000", 'child = "2000"', "rules[0].fees.child", "정수"),
        ("child = 2000", "child = -1", "rules[0].fees.child", "0 이상"),
        ("capacity = 22 ", "capacity = 22\ncapasity = 20 ", "rules[0].capasity", "알 수 없는"),
        ('capacity_counts = "everyone"', 'capacity_counts = "all"', "rules[0].capacity_counts", "everyone"),
        ('phone = "02-998-0708"\n', "", "center.phone", "필수"),
        (
            '{ no = 2, start = "13:00", end = "15:00" },\n    { no = 3, start = "15:30"',
            '{ no = 2, start = "11:00", end = "15:00" },\n    { no = 3, start = "15:30"',
            "sessions.weekday[1].start",
            "겹칩니다",
        ),
        (
            'start = "10:00", end = "12:00" },\n    { no = 2, start = "13:00", end = "15:00" },\n    { no = 3, start = "15:30", end = "17:30" },\n]\nweekend',
            'start = "10:0", end = "12:00" },\n    { no = 2, start = "13:00", end = "15:00" },\n    { no = 3, start = "15:30", end = "17:30" },\n]\nweekend',
            "sessions.weekday[0].start",
            "HH:MM",
        ),
        ('weekly_closed = ["mon"]', 'weekly_closed = ["monday"]', "calendar.weekly_closed[0]", "요일"),
        ("percent = 20", "percent = 120", "rules[0].kt.percent", "0에서 100"),
        (
            'scope = "household"\nproofs = ["수급자 증명서"',
            'scope = "family"\nproofs = ["수급자 증명서"',
            "rules[0].reductions[0].scope",
            "household",
        ),
        ("opening_date = 2024-12-31", "opening_date = 2024-02-30", "", "TOML"),
    ],
)
def test_broken_profile_is_refused_naming_the_key(profile_text, old, new, key, words):
    assert old in profile_text
    with pytest.raises(ProfileError) as err:
        parse_profile(profile_text.replace(old, new, 1), source="test.toml")
    if key:
        assert err.value.field == key
    assert words in err.value.message


def test_not_toml_and_missing_file_are_refused(tmp_path):
    bad = tmp_path / "p.toml"
    bad.write_bytes(b"\xff\xfe not utf-8 \x00")
    with pytest.raises(ProfileError, match="UTF-8"):
        load_profile(bad)
    with pytest.raises(ProfileError, match="찾을 수 없습니다"):
        load_profile(tmp_path / "missing.toml")
    bad.write_text("[center\nname=1", encoding="utf-8")
    with pytest.raises(ProfileError, match="TOML 문법 오류"):
        load_profile(bad)


DATED = """
[[rules]]
effective_from = 2026-03-01
[rules.fees]
child = 3000
[rules.kt]
percent = 10
"""


def test_dated_versions_price_by_the_visit_date(profile_text):
    """PRF-2: a later version lists only what changes; a visit uses the version of its date."""
    p = parse_profile(profile_text + DATED)
    before = p.rules_on(dt.date(2026, 2, 28))
    after = p.rules_on(dt.date(2026, 3, 1))
    assert (before.fees.child, before.kt.percent) == (2000, 20)
    assert (after.fees.child, after.kt.percent) == (3000, 10)
    assert after.fees.guardian == 1000 and after.reductions == before.reductions  # merged, not lost
    assert p.rules_on(dt.date(2024, 1, 1)) is p.rule_versions[0]


def test_dated_versions_must_move_forward(profile_text):
    with pytest.raises(ProfileError) as err:
        parse_profile(profile_text + DATED.replace("2026-03-01", "2024-06-01"))
    assert err.value.field == "rules[1].effective_from"


def test_a_bad_key_in_a_later_version_refuses_the_whole_profile(profile_text):
    with pytest.raises(ProfileError) as err:
        parse_profile(profile_text + DATED.replace("child = 3000", "child = 3000\nbaby = 1"))
    assert err.value.field == "rules[1].fees.baby"

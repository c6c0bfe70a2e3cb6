"""The center profile (PRF-1, PRF-2): frozen data parsed and checked from TOML text.

Every number a center could change lives here. A profile is refused whole, with the key
and the problem named, when any part of it is wrong: the desk never runs on half a profile.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from desk_app.domain.errors import ProfileError
from desk_app.domain.messages import msg

T = TypeVar("T")

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SCOPES = ("household", "person_and_guardians", "person")
CAPACITY_COUNTS = ("everyone", "children")


@dataclass(frozen=True)
class Center:
    id: str
    name: str
    address: str
    phone: str
    business_no: str
    representative: str
    opening_date: dt.date
    # fields still holding the shipped placeholder values: flagged at sign-in until filled in
    placeholders: tuple[str, ...] = ()


@dataclass(frozen=True)
class SessionDef:
    no: int
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class YearlyDay:
    month: int
    day: int
    reason: str


@dataclass(frozen=True)
class Closure:
    """CAL-6: a closed day (session None) or one closed session, with the reason."""

    date: dt.date
    session: int | None
    reason: str


@dataclass(frozen=True)
class CalendarRules:
    weekly_closed: frozenset[int]
    close_on_public_holidays: bool
    closed_every_year: tuple[YearlyDay, ...]
    open_every_year: tuple[YearlyDay, ...]
    group_days: frozenset[int]
    closures: tuple[Closure, ...]


@dataclass(frozen=True)
class Period:
    """A dated period with its own settings (CAL-5, the pilot)."""

    name: str
    start: dt.date
    end: dt.date
    care_offered: bool
    weekday: tuple[SessionDef, ...] | None
    weekend: tuple[SessionDef, ...] | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class DocumentKind:
    id: str
    label: str


@dataclass(frozen=True)
class Fees:
    child: int
    guardian: int
    teacher: int
    care: int


@dataclass(frozen=True)
class AgeRules:
    max_child_age: int
    max_sibling_age: int
    senior_age: int


@dataclass(frozen=True)
class CareRules:
    min_months: int
    max_per_session: int
    max_per_application: int
    handover_minutes_before_end: int


@dataclass(frozen=True)
class RatioRow:
    min_age: int
    children_per_teacher: int


@dataclass(frozen=True)
class GroupRules:
    min_people: int
    discount_min_children: int
    discount_percent: int
    free_teacher_per_children: int
    book_days_ahead: int
    ratio: tuple[RatioRow, ...]


@dataclass(frozen=True)
class KtRules:
    enabled: bool
    percent: int


@dataclass(frozen=True)
class BookingRules:
    max_children_per_booker: int
    walkin_after_minutes: int
    penalty_days: int
    window_opens_weekday: int
    window_opens_time: dt.time


@dataclass(frozen=True)
class RetentionRules:
    personal_data_days: int
    lost_and_found_days: int


@dataclass(frozen=True)
class Reduction:
    id: str
    label: str
    scope: str
    proofs: tuple[str, ...]


@dataclass(frozen=True)
class Rules:
    """One dated version of the priced and counted rules (PRF-2)."""

    effective_from: dt.date
    capacity: int
    capacity_counts: str
    fees: Fees
    age: AgeRules
    care: CareRules
    group: GroupRules
    kt: KtRules
    booking: BookingRules
    retention: RetentionRules
    reductions: tuple[Reduction, ...]
    # CAL-2 × PRF-2: a session list by day type from this version's date (None: the profile's)
    weekday_sessions: tuple[SessionDef, ...] | None = None
    weekend_sessions: tuple[SessionDef, ...] | None = None

    def reduction(self, reduction_id: str) -> Reduction | None:
        for r in self.reductions:
            if r.id == reduction_id:
                return r
        return None


IMPORT_FIELDS = (
    "booking_no",
    "visit_date",
    "session",
    "booker_name",
    "phone",
    "child_name",
    "child_birth",
    "guardians",
    "care",
    "status",
    "booked_at",
)


@dataclass(frozen=True)
class PortalImport:
    """RSV-1: how the portal's export maps onto bookings (header names and values)."""

    max_file_mb: int
    date_formats: tuple[str, ...]
    datetime_formats: tuple[str, ...]
    booked_values: tuple[str, ...]
    cancelled_values: tuple[str, ...]
    yes_values: tuple[str, ...]
    no_values: tuple[str, ...]
    columns: tuple[tuple[str, str], ...]  # (field, header)

    def header(self, field: str) -> str:
        return dict(self.columns)[field]


@dataclass(frozen=True)
class Profile:
    schema: int
    center: Center
    calendar: CalendarRules
    residency_documents: tuple[DocumentKind, ...]
    group_organisations: tuple[str, ...]
    health_reasons: tuple[str, ...]
    tidy_up_minutes: int
    weekday_sessions: tuple[SessionDef, ...]
    weekend_sessions: tuple[SessionDef, ...]
    periods: tuple[Period, ...]
    rule_versions: tuple[Rules, ...]
    portal_import: PortalImport

    def rules_on(self, day: dt.date) -> Rules:
        """PRF-2: the version in force on ``day`` (the first one for earlier days)."""
        chosen = self.rule_versions[0]
        for version in self.rule_versions:
            if version.effective_from <= day:
                chosen = version
        return chosen

    def period_on(self, day: dt.date) -> Period | None:
        for period in self.periods:
            if period.covers(day):
                return period
        return None

    def document(self, doc_id: str) -> DocumentKind | None:
        for d in self.residency_documents:
            if d.id == doc_id:
                return d
        return None


# --------------------------------------------------------------------------- parsing


class _Table:
    """A TOML table being read: tracks the key path and refuses unknown keys."""

    def __init__(self, data: dict[str, Any], path: str) -> None:
        self.data = data
        self.path = path
        self.seen: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def raw(self, name: str, required: bool = True) -> Any:
        self.seen.add(name)
        if name not in self.data:
            if required:
                raise ProfileError(self.key(name), msg("필수 항목이 없습니다"))
            return None
        return self.data[name]

    def typed(self, name: str, kind: type[T], label: str, required: bool = True) -> T | None:
        value = self.raw(name, required)
        if value is None:
            return None
        # bool is an int in Python; keep them apart.
        if kind is int and isinstance(value, bool):
            raise ProfileError(self.key(name), msg("{label}이어야 합니다 (지금: {value!r})", label=label, value=value))
        if kind is dt.date and isinstance(value, dt.datetime):
            raise ProfileError(self.key(name), msg("날짜만 적어야 합니다 (예: 2025-05-05)"))
        if not isinstance(value, kind):
            raise ProfileError(self.key(name), msg("{label}이어야 합니다 (지금: {value!r})", label=label, value=value))
        return value

    def string(self, name: str) -> str:
        value = self.typed(name, str, msg("문자열"))
        assert value is not None
        if not value.strip():
            raise ProfileError(self.key(name), msg("비어 있으면 안 됩니다"))
        return value

    def integer(self, name: str, minimum: int = 0, maximum: int | None = None) -> int:
        value = self.typed(name, int, msg("정수"))
        assert value is not None
        if value < minimum or (maximum is not None and value > maximum):
            rng = (
                msg("{minimum} 이상", minimum=minimum)
                if maximum is None
                else msg("{minimum}에서 {maximum} 사이", minimum=minimum, maximum=maximum)
            )
            raise ProfileError(self.key(name), msg("{rng}의 정수여야 합니다 (지금: {value})", rng=rng, value=value))
        return value

    def boolean(self, name: str) -> bool:
        value = self.typed(name, bool, msg("true 또는 false"))
        assert value is not None
        return value

    def date(self, name: str) -> dt.date:
        value = self.typed(name, dt.date, msg("날짜 (예: 2025-05-05)"))
        assert value is not None
        return value

    def clock(self, name: str) -> dt.time:
        text = self.string(name)
        try:
            hh, mm = text.split(":")
            if len(hh) != 2 or len(mm) != 2:
                raise ValueError
            return dt.time(int(hh), int(mm))
        except ValueError:
            raise ProfileError(
                self.key(name), msg('시각은 "HH:MM" 형식이어야 합니다 (지금: {text!r})', text=text)
            ) from None

    def choice(self, name: str, options: tuple[str, ...]) -> str:
        value = self.string(name)
        if value not in options:
            raise ProfileError(
                self.key(name), msg("{join} 중 하나여야 합니다 (지금: {value!r})", join=", ".join(options), value=value)
            )
        return value

    def strings(self, name: str, allow_empty: bool = True) -> tuple[str, ...]:
        value = self.typed(name, list, msg("목록"))
        assert value is not None
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise ProfileError(f"{self.key(name)}[{i}]", msg("비어 있지 않은 문자열이어야 합니다"))
        if not value and not allow_empty:
            raise ProfileError(self.key(name), msg("하나 이상 있어야 합니다"))
        return tuple(value)

    def table(self, name: str) -> _Table:
        value = self.typed(name, dict, msg("표(table)"))
        assert value is not None
        return _Table(value, self.key(name))

    def tables(self, name: str, required: bool = True) -> Iterator[_Table]:
        value = self.typed(name, list, msg("표의 목록"), required)
        if value is None:
            return
        for i, item in enumerate(value):
            if not isinstance(item, dict):
                raise ProfileError(f"{self.key(name)}[{i}]", msg("표(table)여야 합니다"))
            yield _Table(item, f"{self.key(name)}[{i}]")

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.seen)
        if unknown:
            raise ProfileError(self.key(unknown[0]), msg("알 수 없는 항목입니다 (철자를 확인하세요)"))


def _read(table: _Table, reader: Callable[[_Table], T]) -> T:
    value = reader(table)
    table.done()
    return value


def _weekday(table: _Table, name: str) -> frozenset[int]:
    days = table.strings(name)
    out: set[int] = set()
    for i, day in enumerate(days):
        if day not in WEEKDAYS:
            raise ProfileError(
                f"{table.key(name)}[{i}]",
                msg("요일은 {join} 중 하나여야 합니다 (지금: {day!r})", join=", ".join(WEEKDAYS), day=day),
            )
        out.add(WEEKDAYS.index(day))
    return frozenset(out)


def _yearly(t: _Table) -> YearlyDay:
    month = t.integer("month", 1, 12)
    day = t.integer("day", 1, 31)
    try:
        dt.date(2024, month, day)  # a leap year admits Feb 29
    except ValueError:
        raise ProfileError(t.key("day"), msg("{month}월 {day}일은 없는 날짜입니다", month=month, day=day)) from None
    return YearlyDay(month, day, t.string("reason"))


def _closure(t: _Table) -> Closure:
    session = t.typed("session", int, msg("정수"), required=False)
    return Closure(t.date("date"), session, t.string("reason"))


def _session_list(parent: _Table, name: str, tidy_up: int, required: bool = True) -> tuple[SessionDef, ...] | None:
    if not required and name not in parent.data:
        parent.seen.add(name)
        return None
    sessions: list[SessionDef] = []
    for t in parent.tables(name):
        s = SessionDef(t.integer("no", 1), t.clock("start"), t.clock("end"))
        t.done()
        if s.end <= s.start:
            raise ProfileError(t.key("end"), msg("끝나는 시각이 시작 시각보다 늦어야 합니다"))
        minutes = (s.end.hour * 60 + s.end.minute) - (s.start.hour * 60 + s.start.minute)
        if minutes <= tidy_up:
            raise ProfileError(t.key("end"), msg("회차가 정리 시간({tidy_up}분)보다 길어야 합니다", tidy_up=tidy_up))
        if sessions:
            prev = sessions[-1]
            if s.no != prev.no + 1:
                raise ProfileError(
                    t.key("no"),
                    msg("회차 번호는 1부터 차례로 매겨야 합니다 ({no} 다음은 {value})", no=prev.no, value=prev.no + 1),
                )
            if s.start < prev.end:
                raise ProfileError(t.key("start"), msg("{no}회차와 시간이 겹칩니다", no=prev.no))
        elif s.no != 1:
            raise ProfileError(t.key("no"), msg("첫 회차의 번호는 1이어야 합니다"))
        sessions.append(s)
    if not sessions:
        raise ProfileError(parent.key(name), msg("회차가 하나 이상 있어야 합니다"))
    return tuple(sessions)


CENTER_DETAILS = ("name", "address", "phone", "business_no", "representative")


def _placeholders(center_t: _Table) -> tuple[str, ...]:
    if "placeholders" not in center_t.data:
        center_t.seen.add("placeholders")
        return ()
    names = center_t.strings("placeholders")
    for i, name in enumerate(names):
        if name not in CENTER_DETAILS:
            raise ProfileError(
                f"{center_t.key('placeholders')}[{i}]",
                msg("{join} 중 하나여야 합니다 (지금: {name!r})", join=", ".join(CENTER_DETAILS), name=name),
            )
    return names


def _rules(t: _Table, tidy_up: int) -> Rules:
    fees_t = t.table("fees")
    fees = _read(
        fees_t, lambda f: Fees(f.integer("child"), f.integer("guardian"), f.integer("teacher"), f.integer("care"))
    )
    age = _read(
        t.table("age"),
        lambda a: AgeRules(
            a.integer("max_child_age", 0, 18), a.integer("max_sibling_age", 0, 18), a.integer("senior_age", 1, 150)
        ),
    )
    if age.max_sibling_age < age.max_child_age:
        raise ProfileError(t.key("age.max_sibling_age"), msg("max_child_age보다 작을 수 없습니다"))
    care = _read(
        t.table("care"),
        lambda c: CareRules(
            c.integer("min_months"),
            c.integer("max_per_session"),
            c.integer("max_per_application"),
            c.integer("handover_minutes_before_end"),
        ),
    )

    def group_reader(g: _Table) -> GroupRules:
        rows = []
        for r in g.tables("ratio"):
            rows.append(_read(r, lambda x: RatioRow(x.integer("min_age"), x.integer("children_per_teacher", 1))))
        if not rows or rows[0].min_age != 0:
            raise ProfileError(g.key("ratio"), msg("min_age = 0인 행으로 시작해야 합니다"))
        for a, b in zip(rows, rows[1:], strict=False):
            if b.min_age <= a.min_age:
                raise ProfileError(g.key("ratio"), msg("min_age는 커지는 순서로 적어야 합니다"))
        return GroupRules(
            g.integer("min_people", 1),
            g.integer("discount_min_children", 1),
            g.integer("discount_percent", 0, 100),
            g.integer("free_teacher_per_children", 1),
            g.integer("book_days_ahead", 0),
            tuple(rows),
        )

    group = _read(t.table("group"), group_reader)
    kt = _read(t.table("kt"), lambda k: KtRules(k.boolean("enabled"), k.integer("percent", 0, 100)))

    def booking_reader(b: _Table) -> BookingRules:
        weekday = b.choice("window_opens_weekday", WEEKDAYS)
        return BookingRules(
            b.integer("max_children_per_booker", 1),
            b.integer("walkin_after_minutes"),
            b.integer("penalty_days"),
            WEEKDAYS.index(weekday),
            b.clock("window_opens_time"),
        )

    booking = _read(t.table("booking"), booking_reader)
    retention = _read(
        t.table("retention"),
        lambda r: RetentionRules(r.integer("personal_data_days", 1), r.integer("lost_and_found_days", 1)),
    )
    reductions: list[Reduction] = []
    for r in t.tables("reductions"):
        red = Reduction(r.string("id"), r.string("label"), r.choice("scope", SCOPES), r.strings("proofs"))
        r.done()
        if any(x.id == red.id for x in reductions):
            raise ProfileError(r.key("id"), msg("감면 유형 {id!r}이(가) 두 번 있습니다", id=red.id))
        reductions.append(red)
    weekday_sessions = weekend_sessions = None
    if "sessions" in t.data:
        ses = t.table("sessions")
        weekday_sessions = _session_list(ses, "weekday", tidy_up, required=False)
        weekend_sessions = _session_list(ses, "weekend", tidy_up, required=False)
        ses.done()
    else:
        t.seen.add("sessions")
    return Rules(
        effective_from=t.date("effective_from"),
        capacity=t.integer("capacity", 1),
        capacity_counts=t.choice("capacity_counts", CAPACITY_COUNTS),
        fees=fees,
        age=age,
        care=care,
        group=group,
        kt=kt,
        booking=booking,
        retention=retention,
        reductions=tuple(reductions),
        weekday_sessions=weekday_sessions,
        weekend_sessions=weekend_sessions,
    )


def merge_version(base: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    """PRF-2: a later rule version lists only what changes; tables merge, lists replace."""
    out = dict(base)
    for key, value in change.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge_version(out[key], value)
        else:
            out[key] = value
    return out


def parse_profile(text: str, source: str = "profile") -> Profile:
    """Parse and check a whole profile. Raises ProfileError naming the key and the problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(source, msg("TOML 문법 오류: {e}", e=e)) from None
    root = _Table(data, "")
    schema = root.integer("schema", 1, 1)
    center_t = root.table("center")
    center = Center(
        id=center_t.string("id"),
        name=center_t.string("name"),
        address=center_t.string("address"),
        phone=center_t.string("phone"),
        business_no=center_t.string("business_no"),
        representative=center_t.string("representative"),
        opening_date=center_t.date("opening_date"),
        placeholders=_placeholders(center_t),
    )
    center_t.done()

    cal_t = root.table("calendar")
    calendar = CalendarRules(
        weekly_closed=_weekday(cal_t, "weekly_closed"),
        close_on_public_holidays=cal_t.boolean("close_on_public_holidays"),
        closed_every_year=tuple(_read(t, _yearly) for t in cal_t.tables("closed_every_year")),
        open_every_year=tuple(_read(t, _yearly) for t in cal_t.tables("open_every_year")),
        group_days=_weekday(cal_t, "group_days"),
        closures=tuple(_read(t, _closure) for t in cal_t.tables("closures")),
    )
    cal_t.done()

    res_t = root.table("residency")
    docs: list[DocumentKind] = []
    for t in res_t.tables("documents"):
        docs.append(_read(t, lambda d: DocumentKind(d.string("id"), d.string("label"))))
    if not docs:
        raise ProfileError(res_t.key("documents"), msg("거주 확인 서류가 하나 이상 있어야 합니다"))
    organisations = res_t.strings("group_organisations")
    res_t.done()

    health_t = root.table("health")
    health = health_t.strings("refusal_reasons", allow_empty=False)
    health_t.done()

    ses_t = root.table("sessions")
    tidy_up = ses_t.integer("tidy_up_minutes", 0, 120)
    weekday = _session_list(ses_t, "weekday", tidy_up)
    weekend = _session_list(ses_t, "weekend", tidy_up)
    assert weekday is not None and weekend is not None
    ses_t.done()

    periods: list[Period] = []
    for t in root.tables("periods", required=False):
        p = Period(
            name=t.string("name"),
            start=t.date("start"),
            end=t.date("end"),
            care_offered=t.boolean("care_offered"),
            weekday=_session_list(t, "weekday", tidy_up, required=False),
            weekend=_session_list(t, "weekend", tidy_up, required=False),
        )
        t.done()
        if p.end < p.start:
            raise ProfileError(t.key("end"), msg("끝나는 날이 시작하는 날보다 앞설 수 없습니다"))
        for other in periods:
            if p.start <= other.end and other.start <= p.end:
                raise ProfileError(t.key("start"), msg("기간 {name!r}과(와) 겹칩니다", name=other.name))
        periods.append(p)

    raw_versions = root.typed("rules", list, msg("표의 목록"))
    assert raw_versions is not None
    if not raw_versions:
        raise ProfileError("rules", msg("규칙 버전이 하나 이상 있어야 합니다"))
    versions: list[Rules] = []
    merged: dict[str, Any] = {}
    for i, raw in enumerate(raw_versions):
        if not isinstance(raw, dict):
            raise ProfileError(f"rules[{i}]", msg("표(table)여야 합니다"))
        if "effective_from" not in raw:
            raise ProfileError(f"rules[{i}].effective_from", msg("필수 항목이 없습니다"))
        merged = merge_version(merged, raw)
        table = _Table(merged, f"rules[{i}]")
        version = _rules(table, tidy_up)
        table.done()
        if versions and version.effective_from <= versions[-1].effective_from:
            raise ProfileError(f"rules[{i}].effective_from", msg("규칙 버전은 시행일이 늦어지는 순서로 적어야 합니다"))
        versions.append(version)
    imp_t = root.table("portal_import")
    cols_t = imp_t.table("columns")
    columns = tuple((f, cols_t.string(f)) for f in IMPORT_FIELDS)
    cols_t.done()
    headers = [h for _, h in columns]
    for f, h in columns:
        if headers.count(h) > 1:
            raise ProfileError(cols_t.key(f), msg("머리글 {h!r}이(가) 두 항목에 쓰였습니다", h=h))
    portal_import = PortalImport(
        max_file_mb=imp_t.integer("max_file_mb", 1, 100),
        date_formats=imp_t.strings("date_formats", allow_empty=False),
        datetime_formats=imp_t.strings("datetime_formats", allow_empty=False),
        booked_values=imp_t.strings("booked_values", allow_empty=False),
        cancelled_values=imp_t.strings("cancelled_values", allow_empty=False),
        yes_values=imp_t.strings("yes_values", allow_empty=False),
        no_values=tuple(imp_t.typed("no_values", list, msg("목록")) or ()),
        columns=columns,
    )
    imp_t.done()
    if versions[0].effective_from > center.opening_date:
        raise ProfileError(
            "rules[0].effective_from", msg("첫 규칙 버전은 개관일(center.opening_date) 이전부터 시행되어야 합니다")
        )
    root.done()

    return Profile(
        schema=schema,
        center=center,
        calendar=calendar,
        residency_documents=tuple(docs),
        group_organisations=organisations,
        health_reasons=health,
        tidy_up_minutes=tidy_up,
        weekday_sessions=weekday,
        weekend_sessions=weekend,
        periods=tuple(periods),
        rule_versions=tuple(versions),
        portal_import=portal_import,
    )

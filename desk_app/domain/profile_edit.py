"""Changing the center profile from the desk (issue 14, PRF-1, PRF-2). Pure: text in, text out.

A manager's change is made of two parts:

- the center's details (name, address, phone, business registration number, representative):
  they say who the center is, not how it charges, so they apply from the save (and leave the
  placeholder list once filled in);
- everything priced or counted (fees, reductions and their proofs, KT, care, group ratio,
  booking and penalty lengths, retention, capacity, the session lists by day type): written as
  a new dated ``[[rules]]`` version holding only what changes (PRF-2). History is never edited:
  a past visit is priced and reprinted as it was.

The result is checked by the same validator as at start-up (``parse_profile``); an invalid
value raises ProfileError naming the key, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from desk_app.domain.errors import BadInput, Conflict
from desk_app.domain.messages import Msg, msg
from desk_app.domain.profile import CENTER_DETAILS, Profile, parse_profile
from desk_app.domain.profile import merge_version as _merge
from desk_app.domain.rrn import check_no_rrn

CENTER_LABELS = {
    "name": msg("센터 이름"),
    "address": msg("주소"),
    "phone": msg("전화번호"),
    "business_no": msg("사업자등록번호"),
    "representative": msg("대표자"),
}

# the keys of a rule version, as the staff read them
RULE_LABELS = {
    "capacity": msg("회차 정원"),
    "capacity_counts": msg("정원에 세는 사람"),
    "fees.child": msg("이용료 (아동)"),
    "fees.guardian": msg("이용료 (보호자)"),
    "fees.teacher": msg("이용료 (인솔교사)"),
    "fees.care": msg("이용료 (놀이돌봄)"),
    "age.max_child_age": msg("이용 아동 최대 연나이"),
    "age.max_sibling_age": msg("동반 형제 최대 연나이"),
    "age.senior_age": msg("어르신 감면 나이"),
    "care.min_months": msg("놀이돌봄 최소 개월 수"),
    "care.max_per_session": msg("놀이돌봄 회차당 인원"),
    "care.max_per_application": msg("놀이돌봄 신청당 인원"),
    "care.handover_minutes_before_end": msg("놀이돌봄 인계 (종료 몇 분 전)"),
    "group.min_people": msg("단체 최소 인원"),
    "group.discount_min_children": msg("단체 할인 최소 아동 수"),
    "group.discount_percent": msg("단체 할인율(%)"),
    "group.free_teacher_per_children": msg("인솔교사 무료 (아동 몇 명당)"),
    "group.book_days_ahead": msg("단체 예약 (며칠 전까지)"),
    "group.ratio": msg("단체 인솔 비율"),
    "kt.enabled": msg("KT 멤버십 할인"),
    "kt.percent": msg("KT 할인율(%)"),
    "booking.max_children_per_booker": msg("예약자당 아동 수"),
    "booking.walkin_after_minutes": msg("현장 접수 (시작 후 몇 분)"),
    "booking.penalty_days": msg("노쇼 이용 제한 일수"),
    "booking.window_opens_weekday": msg("예약 창 여는 요일"),
    "booking.window_opens_time": msg("예약 창 여는 시각"),
    "retention.personal_data_days": msg("개인정보 보관 일수"),
    "retention.lost_and_found_days": msg("분실물 보관 일수"),
    "reductions": msg("감면 유형과 증빙"),
    "sessions.weekday": msg("회차 (평일)"),
    "sessions.weekend": msg("회차 (주말)"),
}


@dataclass(frozen=True)
class ProfileEdit:
    """What a manager changed on the settings screen."""

    center: dict[str, str] = field(default_factory=dict)
    effective_from: dt.date | None = None
    rules: dict[str, Any] = field(default_factory=dict)  # the whole rule version as it should read


@dataclass(frozen=True)
class EditResult:
    text: str
    profile: Profile
    changes: tuple[Msg, ...]
    effective_from: dt.date | None


# ------------------------------------------------------------------ reading a version back as data


def rules_data(profile_text: str, day: dt.date) -> dict[str, Any]:
    """The rule version in force on ``day`` as plain data (the later versions merged in), the
    form the settings screen edits and ``apply_edit`` compares with."""
    return _in_force(tomllib.loads(profile_text), day)


def _in_force(data: dict[str, Any], day: dt.date) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for raw in data.get("rules", []):
        if raw["effective_from"] <= day or not merged:
            merged = _merge(merged, raw)
    merged.pop("effective_from", None)
    top = data.get("sessions", {})
    sessions = dict(merged.get("sessions", {}))
    for kind in ("weekday", "weekend"):
        sessions.setdefault(kind, top.get(kind, []))
    merged["sessions"] = sessions
    return merged


def _delta(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What ``new`` changes against ``old``: tables key by key, anything else whole."""
    out: dict[str, Any] = {}
    for key, value in new.items():
        before = old.get(key)
        if isinstance(value, dict) and isinstance(before, dict):
            inner = _delta(before, value)
            if inner:
                out[key] = inner
        elif value != before:
            out[key] = value
    return out


def _flat(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in d.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "켜짐" if value else "꺼짐"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        if value and isinstance(value[0], dict) and "start" in value[0]:
            return ", ".join(f"{s['no']}회차 {s['start']}~{s['end']}" for s in value)
        if value and isinstance(value[0], dict) and "children_per_teacher" in value[0]:
            return ", ".join(f"{r['min_age']}세~ {r['children_per_teacher']}명당 1명" for r in value)
        if value and isinstance(value[0], dict) and "proofs" in value[0]:
            return msg("{n}개 유형", n=len(value))
        return ", ".join(str(v) for v in value)
    return str(value)


# ------------------------------------------------------------------ applying a change


def earliest_date(today: dt.date, visits_today: bool, today_closed: bool) -> dt.date:
    """PRF-2: a change never reaches back. Today is possible only while nobody has been priced
    today and the day is not closed; otherwise tomorrow."""
    return today + dt.timedelta(days=1) if visits_today or today_closed else today


def apply_edit(profile_text: str, edit: ProfileEdit, earliest: dt.date) -> EditResult:
    """The new profile text for ``edit``, checked whole, with the list of what changes on which
    date. Raises BadInput, Conflict or ProfileError (naming the key); never writes."""
    data = tomllib.loads(profile_text)
    old_profile = parse_profile(profile_text)
    changes: list[Msg] = []

    for key, value in edit.center.items():
        if key not in CENTER_DETAILS:
            raise BadInput(key, msg("바꿀 수 없는 센터 정보입니다"))
        label = CENTER_LABELS[key]
        value = (value or "").strip()
        if not value:
            raise BadInput(label, msg("비어 있으면 안 됩니다"))
        if len(value) > 100:
            raise BadInput(label, msg("{limit}자 이하로 적어 주세요 (지금 {n}자)", limit=100, n=len(value)))
        check_no_rrn(label, value)
        if key == "business_no" and not re.fullmatch(r"\d{3}-\d{2}-\d{5}", value):
            raise BadInput(label, msg("사업자등록번호는 000-00-00000 형식입니다 (지금: {value!r})", value=value))
        if key == "business_no" and set(value) <= {"0", "-"}:
            raise BadInput(label, msg("0으로만 된 번호는 임시값입니다. 실제 사업자등록번호를 적어 주세요"))
        center = data["center"]
        placeholders = list(center.get("placeholders", []))
        if center.get(key) != value:
            changes.append(
                msg("{label}: {old} → {new} (저장하는 즉시)", label=label, old=center.get(key, "-"), new=value)
            )
        elif key in placeholders:
            changes.append(msg("{label}: {new} — 임시값이 아니라고 확인 (저장하는 즉시)", label=label, new=value))
        center[key] = value
        if key in placeholders:
            placeholders.remove(key)
            center["placeholders"] = placeholders

    for text in _strings(edit.rules):
        check_no_rrn(msg("설정"), text)  # ELG-4: a label or proof is free text too
    if edit.rules:
        when = edit.effective_from
        if when is None:
            raise BadInput(msg("시행일"), msg("바뀐 규칙이 언제부터 적용되는지 고르세요"))
        if when < earliest:
            raise Conflict(
                "PRF-2",
                msg(
                    "시행일은 {earliest:%Y-%m-%d} 이후여야 합니다: 지난 방문은 그때의 규칙으로 남습니다",
                    earliest=earliest,
                ),
            )
        versions: list[dict[str, Any]] = data["rules"]
        last = versions[-1]["effective_from"]
        if when < last:
            raise Conflict(
                "PRF-2",
                msg(
                    "{last:%Y-%m-%d}부터 시행되는 규칙 버전이 이미 있습니다. 그날이나 그 뒤로 고르세요",
                    last=last,
                ),
            )
        current = _in_force(data, when)
        desired = _merge(current, edit.rules)
        if when > last:  # a new version: only what changes from that date
            delta = _delta(current, desired)
            if delta:
                versions.append({"effective_from": when, **delta})
        elif len(versions) == 1:  # the first version, before the center has priced anyone
            versions[0] = {"effective_from": when, **desired}
        else:  # an upcoming version changed again before it starts (or emptied: dropped)
            base = _in_force(data | {"rules": versions[:-1]}, when)
            delta = _delta(base, desired)
            if delta:
                versions[-1] = {"effective_from": when, **delta}
            else:
                versions.pop()
        old_flat, new_flat = _flat(current), _flat(desired)
        for key in sorted(set(new_flat) | set(old_flat)):
            if old_flat.get(key) != new_flat.get(key):
                changes.append(
                    msg(
                        "{label}: {old} → {new} ({when:%Y-%m-%d}부터)",
                        label=RULE_LABELS.get(key, key),
                        old=_shown(old_flat.get(key, "-")),
                        new=_shown(new_flat.get(key, "-")),
                        when=when,
                    )
                )
    if not changes:
        raise BadInput(msg("설정"), msg("바뀐 것이 없습니다"))
    text = dump_profile(data)
    new_profile = parse_profile(text, source="center profile")  # the start-up validator, whole
    if new_profile.center.id != old_profile.center.id:
        raise Conflict("PRF-1", msg("센터 ID는 바꿀 수 없습니다"))
    return EditResult(text, new_profile, tuple(dict.fromkeys(changes)), edit.effective_from if edit.rules else None)


# ------------------------------------------------------------------ writing TOML

HEADER = """# Center profile (PRF-1): everything that differs between centers.
# Written by the desk's settings screen; the version before each change is kept beside it
# (profile-history/). Dates are TOML dates, times "HH:MM", money integer won, rates percent.
# A later [[rules]] version lists only what changes from its date (PRF-2).
"""

COMMENTS = {
    "center": "PRF-1: who the center is; printed on every receipt (CHK-6)",
    "calendar": "CAL-1, CAL-3, CAL-6",
    "residency": "ELG-3: the documents that prove Seoul residency; the desk records the kind, never a number (ELG-4)",
    "health": "ELG-6",
    "sessions": "CAL-2: the session lists by day type (a rule version may carry its own from its date)",
    "periods": "CAL-5: dated periods with their own settings",
    "rules": "PRF-2: dated rule versions; a visit is priced by the version in force on its date",
    "portal_import": "RSV-1: how the portal's booking list maps onto bookings",
}
ARRAYS_OF_TABLES = {"periods", "rules", "reductions"}
_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(k: str) -> str:
    return k if _BARE.match(k) else json.dumps(k, ensure_ascii=False)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, dt.datetime):
        raise TypeError("datetimes are not written in a profile")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + " }"
    if isinstance(v, list):
        if v and all(isinstance(x, dict) for x in v):
            return "[\n" + "".join(f"    {_value(x)},\n" for x in v) + "]"
        return "[" + ", ".join(_value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} in a profile")


def _table(lines: list[str], path: str, d: dict[str, Any]) -> None:
    plain = [
        (k, v) for k, v in d.items() if not isinstance(v, dict) and not (k in ARRAYS_OF_TABLES and isinstance(v, list))
    ]
    tables = [(k, v) for k, v in d.items() if isinstance(v, dict)]
    arrays = [(k, v) for k, v in d.items() if k in ARRAYS_OF_TABLES and isinstance(v, list)]
    for k, v in plain:
        lines.append(f"{_key(k)} = {_value(v)}")
    for k, v in tables:
        sub = f"{path}.{_key(k)}" if path else _key(k)
        lines.append("")
        if not path and k in COMMENTS:
            lines.append(f"# {COMMENTS[k]}")
        lines.append(f"[{sub}]")
        _table(lines, sub, v)
    for k, items in arrays:
        sub = f"{path}.{_key(k)}" if path else _key(k)
        if not path and k in COMMENTS:
            lines.append("")
            lines.append(f"# {COMMENTS[k]}")
        for item in items:
            lines.append("")
            lines.append(f"[[{sub}]]")
            _table(lines, sub, item)


def dump_profile(data: dict[str, Any]) -> str:
    """TOML text for a profile's data: read back by ``tomllib`` as the same data (tested)."""
    lines: list[str] = []
    _table(lines, "", data)
    return HEADER + "\n" + "\n".join(lines).strip("\n") + "\n"

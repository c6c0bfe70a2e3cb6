"""The city's monthly roll-up (issue 15).

``export_month``: one center's month as a signed, versioned JSON file — center ID, month, per-day
totals, visitors by kind, reductions by category, KT, and the journal heads of each close. No
names, no phone numbers. Signed with the installation's Ed25519 key (the journal's), whose
public half travels in the file.

``Rollup``: many centers' files loaded into one database (PostgreSQL for the district, or an
in-memory SQLite for a CSV): a file loaded twice adds nothing; a corrected file for the same
center and month replaces the old one and says so; a broken signature, an unknown format or
version, or a center's file signed by another key than the one first seen for it, is refused
(BadInput: exit 2) and nothing of it is loaded.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from desk_app.db.rollup import CityMonth, Loaded, MonthFile
from desk_app.domain.errors import BadInput
from desk_app.domain.messages import msg
from desk_app.files import write_atomically
from desk_app.services.context import DeskContext

FORMAT, VERSION = "desk-app.month", 1
MAX_FILE = 20 * 1024 * 1024


# ------------------------------------------------------------------ the export


def _canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def payload_digest(payload: dict[str, Any]) -> str:
    """SHA-256 of the file's content without its signature (what is signed)."""
    body = {k: v for k, v in payload.items() if k != "signature"}
    return hashlib.sha256(_canonical(body)).hexdigest()


def sign_payload(payload: dict[str, Any], key: Any) -> dict[str, Any]:
    signed = dict(payload, public_key=key.public_hex)
    signed["signature"] = key.sign(payload_digest(signed))
    return signed


def month_payload(ctx: DeskContext, year: int, month: int, now: dt.datetime) -> dict[str, Any]:
    """The month's figures from the records, day by day (the close-out report of each day)."""
    from desk_app.services.closeout import CloseoutService, month_summary

    closeout = CloseoutService(ctx)
    days = []
    totals = empty_totals()
    for d in range(1, _calendar.monthrange(year, month)[1] + 1):
        r = closeout.report(dt.date(year, month, d))
        if r.empty:
            continue
        net = {x.method: x.amount for x in r.net}
        row = {
            "day": r.day.isoformat(),
            "closed": r.closed_at is not None,
            "visitors": {
                "children": sum(s.children for s in r.sessions),
                "adults": sum(s.adults for s in r.sessions),
                "teachers": sum(s.teachers for s in r.sessions),
                "care": sum(s.care for s in r.sessions),
                "walkins": sum(s.walkins for s in r.sessions),
                "no_shows": sum(s.no_shows for s in r.sessions),
            },
            "revenue": {
                "taken": r.total_taken,
                "reversed": r.total_reversed,
                "net": r.net_total,
                "card": net.get("card", 0),
                "transfer": net.get("transfer", 0),
            },
            "reductions": {x.reason: {"persons": x.persons, "won": x.won} for x in r.reductions},
            "kt": {"count": r.kt_count, "won": r.kt_won},
        }
        days.append(row)
        add_day(totals, row)
    heads = month_summary(ctx, year, month).journal_heads
    center = ctx.profile.center
    return {
        "format": FORMAT,
        "version": VERSION,
        "center": {"id": center.id, "name": center.name},
        "month": f"{year:04d}-{month:02d}",
        "exported_at": now.isoformat(timespec="seconds"),
        "days": days,
        "totals": totals,
        "journal_heads": [{"id": i, "hash": h, "day": d} for i, h, _, d in heads],
    }


def empty_totals() -> dict[str, Any]:
    return {
        "visitors": {"children": 0, "adults": 0, "teachers": 0, "care": 0, "walkins": 0, "no_shows": 0},
        "revenue": {"taken": 0, "reversed": 0, "net": 0, "card": 0, "transfer": 0},
        "reductions": {},
        "kt": {"count": 0, "won": 0},
    }


def add_day(totals: dict[str, Any], row: dict[str, Any]) -> None:
    for part in ("visitors", "revenue", "kt"):
        for k, v in row[part].items():
            totals[part][k] = totals[part].get(k, 0) + v
    for reason, v in row["reductions"].items():
        t = totals["reductions"].setdefault(reason, {"persons": 0, "won": 0})
        t["persons"] += v["persons"]
        t["won"] += v["won"]


def export_month(ctx: DeskContext, year: int, month: int, out: Path, key: Any) -> dict[str, Any]:
    payload = sign_payload(month_payload(ctx, year, month, ctx.clock.now()), key)
    data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        write_atomically(out, data)
    except OSError as e:
        raise BadInput(str(out), msg("파일을 쓸 수 없습니다 ({strerror})", strerror=e.strerror)) from None
    return payload


# ------------------------------------------------------------------ reading a file


def read_month_file(path: Path) -> dict[str, Any]:
    """A month file, checked whole: format, version, shape and signature."""
    from desk_app.services.signing import verify_signature

    name = path.name
    try:
        if path.stat().st_size > MAX_FILE:
            raise BadInput(name, msg("파일이 너무 큽니다 (20 MB 초과)"))
        payload = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise BadInput(name, msg("파일을 찾을 수 없습니다")) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadInput(name, msg("월간 파일(JSON)이 아닙니다")) from None
    except OSError as e:
        raise BadInput(name, msg("파일을 읽을 수 없습니다 ({strerror})", strerror=e.strerror)) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise BadInput(name, msg("desk-app 월간 파일이 아닙니다"))
    if payload.get("version") != VERSION:
        raise BadInput(
            name,
            msg(
                "알 수 없는 버전입니다 ({version}); 이 프로그램은 버전 {known}을 읽습니다",
                version=payload.get("version"),
                known=VERSION,
            ),
        )
    try:
        center, month = payload["center"]["id"], payload["month"]
        dt.date.fromisoformat(month + "-01")
        for row in payload["days"]:
            dt.date.fromisoformat(row["day"])
            for part in ("visitors", "revenue", "kt"):
                if not all(isinstance(v, int) and not isinstance(v, bool) for v in row[part].values()):
                    raise ValueError(part)
        public, signature = payload["public_key"], payload["signature"]
    except (KeyError, TypeError, ValueError):
        raise BadInput(name, msg("월간 파일의 내용이 온전하지 않습니다")) from None
    if not isinstance(center, str) or not verify_signature(str(public), payload_digest(payload), str(signature)):
        raise BadInput(name, msg("서명이 맞지 않습니다: 파일이 바뀌었거나 다른 곳에서 만들어졌습니다"))
    return payload


# ------------------------------------------------------------------ the district's roll-up


class Rollup:
    """Month files checked here (format, version, signature), kept by ``db.rollup``."""

    def __init__(self, url: str | None) -> None:
        from desk_app.db.rollup import RollupStore

        self.store = RollupStore(url)

    def close(self) -> None:
        self.store.close()

    def load(self, paths: list[Path], accept_new_key: bool = False) -> list[Loaded]:
        """Every file is checked before any is loaded; then all in one transaction."""
        payloads = [(p, read_month_file(p)) for p in paths]
        seen: dict[tuple[str, str], str] = {}
        for p, payload in payloads:
            k = (payload["center"]["id"], payload["month"])
            if k in seen:
                raise BadInput(p.name, msg("같은 센터·같은 달의 파일이 두 번 있습니다 ({other})", other=seen[k]))
            seen[k] = p.name
        files = [
            MonthFile(
                name=p.name,
                center=payload["center"]["id"],
                center_name=payload["center"]["name"],
                month=payload["month"],
                public_key=payload["public_key"],
                digest=payload_digest(payload),
                exported_at=str(payload["exported_at"]),
                journal_heads=json.dumps(payload["journal_heads"]),
                days=[
                    {
                        "day": dt.date.fromisoformat(d["day"]),
                        **d["visitors"],
                        **d["revenue"],
                        "kt_count": d["kt"]["count"],
                        "kt_won": d["kt"]["won"],
                    }
                    for d in payload["days"]
                ],
                reductions={c: (v["persons"], v["won"]) for c, v in payload["totals"]["reductions"].items()},
            )
            for p, payload in payloads
        ]
        return self.store.apply(files, accept_new_key)

    def month(self, month: str) -> CityMonth:
        return self.store.month(month)

    def csv(self, month: CityMonth) -> bytes:
        from desk_app.printing.report import sections_csv

        header = [
            "센터", "이름", "아동", "보호자", "인솔교사", "놀이돌봄", "순 결제", "카드", "계좌이체",
            "감면 인원", "감면액", "KT 건수", "KT 할인액",
        ]  # fmt: skip
        keys = ("children", "adults", "teachers", "care", "net", "card", "transfer")
        rows: list[list[Any]] = [header]
        for c in month.centers:
            rows.append(
                [
                    c["center"],
                    c["name"],
                    *(c[k] for k in keys),
                    c["reduction_persons"],
                    c["reduction_won"],
                    c["kt_count"],
                    c["kt_won"],
                ]
            )
        t = month.total
        rows.append(
            [
                "합계",
                f"{t['centers']}개 센터",
                *(t[k] for k in keys),
                t["reduction_persons"],
                t["reduction_won"],
                t["kt_count"],
                t["kt_won"],
            ]
        )
        return sections_csv(f"서울형 키즈카페 월간 합계 {month.month}", [("센터별", rows)])

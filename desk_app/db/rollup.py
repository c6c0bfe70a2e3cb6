"""The district's roll-up database (issue 15): many centers' months, one row per center, month
and day. Its own tables (not the desk's schema): PostgreSQL for the district, or an in-memory
SQLite for a CSV. A center's first file pins its signing key."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.engine import Engine

from desk_app.domain.errors import BadInput
from desk_app.domain.messages import msg

META = MetaData()
CENTERS = Table(
    "rollup_center",
    META,
    Column("center_id", String(60), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("public_key", String(64), nullable=False),  # the first key seen for the center
)
FILES = Table(
    "rollup_file",
    META,
    Column("center_id", String(60), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("digest", String(64), nullable=False),
    Column("file_name", String(300), nullable=False),
    Column("exported_at", String(40), nullable=False),
    Column("loaded_at", DateTime, nullable=False),
    Column("replaced", Integer, nullable=False, default=0),
    Column("journal_heads", Text, nullable=False),
)
DAYS = Table(
    "rollup_day",
    META,
    Column("center_id", String(60), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("day", Date, primary_key=True),
    *(Column(c, Integer, nullable=False) for c in ("children", "adults", "teachers", "care", "walkins", "no_shows")),
    *(Column(c, Integer, nullable=False) for c in ("taken", "reversed", "net", "card", "transfer")),
    Column("kt_count", Integer, nullable=False),
    Column("kt_won", Integer, nullable=False),
)
REDUCTIONS = Table(
    "rollup_reduction",
    META,
    Column("center_id", String(60), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("category", String(60), primary_key=True),
    Column("persons", Integer, nullable=False),
    Column("won", Integer, nullable=False),
)
FIGURES = ("children", "adults", "teachers", "care", "net", "card", "transfer", "kt_count", "kt_won")


@dataclass
class MonthFile:
    """One checked month file, ready to keep."""

    name: str
    center: str
    center_name: str
    month: str
    public_key: str
    digest: str
    exported_at: str
    journal_heads: str
    days: list[dict[str, Any]]
    reductions: dict[str, tuple[int, int]]


@dataclass
class Loaded:
    file: str
    center: str
    month: str
    outcome: str  # added | unchanged | replaced


@dataclass
class CityMonth:
    month: str
    centers: list[dict[str, Any]] = field(default_factory=list)
    total: dict[str, Any] = field(default_factory=dict)


class RollupStore:
    def __init__(self, url: str | None) -> None:
        self.engine: Engine = create_engine(url or "sqlite://")
        META.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def apply(self, files: list[MonthFile], accept_new_key: bool = False) -> list[Loaded]:
        """All files in one transaction: added, unchanged (the same content again) or replaced
        (a corrected file for the same center and month); nothing at all when one is refused."""
        out: list[Loaded] = []
        now = dt.datetime.now().replace(microsecond=0)
        with self.engine.begin() as conn:
            for f in files:
                known = conn.execute(select(CENTERS.c.public_key).where(CENTERS.c.center_id == f.center)).scalar()
                if known is None:
                    conn.execute(
                        insert(CENTERS).values(center_id=f.center, name=f.center_name, public_key=f.public_key)
                    )
                elif known != f.public_key:
                    if not accept_new_key:
                        raise BadInput(
                            f.name,
                            msg(
                                "센터 {center}의 서명 키가 전에 받은 파일과 다릅니다. 센터에 확인한 뒤 --accept-new-key로 받으세요",
                                center=f.center,
                            ),
                        )
                    conn.execute(
                        CENTERS.update().where(CENTERS.c.center_id == f.center).values(public_key=f.public_key)
                    )
                before = conn.execute(
                    select(FILES.c.digest, FILES.c.replaced).where(
                        FILES.c.center_id == f.center, FILES.c.month == f.month
                    )
                ).first()
                if before is not None and before.digest == f.digest:
                    out.append(Loaded(f.name, f.center, f.month, "unchanged"))
                    continue
                for table in (DAYS, REDUCTIONS, FILES):
                    conn.execute(delete(table).where(table.c.center_id == f.center, table.c.month == f.month))
                conn.execute(
                    insert(FILES).values(
                        center_id=f.center,
                        month=f.month,
                        digest=f.digest,
                        file_name=f.name,
                        exported_at=f.exported_at,
                        loaded_at=now,
                        replaced=(before.replaced + 1) if before is not None else 0,
                        journal_heads=f.journal_heads,
                    )
                )
                if f.days:
                    conn.execute(insert(DAYS), [{"center_id": f.center, "month": f.month, **d} for d in f.days])
                if f.reductions:
                    conn.execute(
                        insert(REDUCTIONS),
                        [
                            {"center_id": f.center, "month": f.month, "category": c, "persons": p, "won": w}
                            for c, (p, w) in f.reductions.items()
                        ],
                    )
                out.append(Loaded(f.name, f.center, f.month, "added" if before is None else "replaced"))
        return out

    def month(self, month: str) -> CityMonth:
        """The city-wide month: per center and in total."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(CENTERS.c.center_id, CENTERS.c.name, *(func.sum(DAYS.c[f]).label(f) for f in FIGURES))
                .join(DAYS, DAYS.c.center_id == CENTERS.c.center_id)
                .where(DAYS.c.month == month)
                .group_by(CENTERS.c.center_id, CENTERS.c.name)
                .order_by(CENTERS.c.center_id)
            ).all()
            reductions = conn.execute(
                select(REDUCTIONS.c.center_id, func.sum(REDUCTIONS.c.persons), func.sum(REDUCTIONS.c.won))
                .where(REDUCTIONS.c.month == month)
                .group_by(REDUCTIONS.c.center_id)
            ).all()
        by_center = {c: (int(p or 0), int(w or 0)) for c, p, w in reductions}
        result = CityMonth(month)
        total: dict[str, Any] = dict.fromkeys((*FIGURES, "centers", "reduction_persons", "reduction_won"), 0)
        for r in rows:
            line: dict[str, Any] = {
                "center": r.center_id,
                "name": r.name,
                **{f: int(getattr(r, f) or 0) for f in FIGURES},
            }
            line["reduction_persons"], line["reduction_won"] = by_center.get(r.center_id, (0, 0))
            result.centers.append(line)
            for f in (*FIGURES, "reduction_persons", "reduction_won"):
                total[f] += line[f]
            total["centers"] += 1
        result.total = total
        return result

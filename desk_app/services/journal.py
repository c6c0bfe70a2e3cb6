"""The audit journal: every state change appended with who, when and what; each entry carries
the hash of the one before it. Verification recomputes the chain and finds the first entry that
was changed, removed or slipped in behind the application's back."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_app.db.repositories import GENESIS, entry_hash
from desk_app.domain.errors import BadInput
from desk_app.domain.messages import msg
from desk_app.services.context import DeskContext
from desk_app.services.signing import verify_signature


@dataclass(frozen=True)
class JournalCheck:
    ok: bool
    entries: int
    first_broken: int | None = None
    problem: str = ""


def verify_entries(rows: list[Any], heads: dict[int, str]) -> JournalCheck:
    prev_hash, prev_id = GENESIS, 0
    for e in rows:
        if e.id != prev_id + 1:
            return JournalCheck(
                False,
                len(rows),
                e.id,
                msg("{value}번 항목부터 {value2}번 항목이 없습니다 (삭제됨)", value=prev_id + 1, value2=e.id - 1),
            )
        if e.prev_hash != prev_hash:
            return JournalCheck(
                False,
                len(rows),
                e.id,
                msg("{id}번 항목의 앞 항목 해시가 맞지 않습니다 (앞 항목이 바뀌었거나 끼워 넣어짐)", id=e.id),
            )
        if entry_hash(e.prev_hash, e.at, e.staff_id, e.action, e.subject, e.detail) != e.hash:
            return JournalCheck(
                False,
                len(rows),
                e.id,
                msg("{id}번 항목({action})의 내용이 기록 후 바뀌었습니다", id=e.id, action=e.action),
            )
        prev_hash, prev_id = e.hash, e.id
    ids = {e.id: e.hash for e in rows}
    for entry_id, head in sorted(heads.items()):
        if ids.get(entry_id) != head:
            return JournalCheck(
                False,
                len(rows),
                entry_id,
                msg("마감 때 기록한 {entry_id}번 항목이 없거나 다릅니다 (마감 뒤 기록이 잘림)", entry_id=entry_id),
            )
    return JournalCheck(True, len(rows))


TABLE_KO = {
    "payment": msg("결제"),
    "payment_reversal": msg("결제 취소·환불"),
    "day_closeout": msg("마감"),
    "visit": msg("입장 기록"),
    "booking": msg("예약"),
    "incident": msg("사고 기록"),
}


def _fail(rows: list[Any], entry_id: int | None, problem: str) -> JournalCheck:
    return JournalCheck(False, len(rows), entry_id, problem)


def verify_signatures(rows: list[Any]) -> JournalCheck | None:
    """Issue 12: from the first key the journal names, every entry is signed by the key in force
    (the last ``journal.key`` entry before it; a key entry is signed by its own key)."""
    public: str | None = None
    for e in rows:
        if e.action == "journal.key":
            public = json.loads(e.detail).get("public")
        if public is None:
            continue  # entries made before the desk had a key
        if not e.signature:
            return _fail(rows, e.id, msg("{id}번 항목({action})에 서명이 없습니다", id=e.id, action=e.action))
        if not verify_signature(public, e.hash, e.signature):
            return _fail(
                rows,
                e.id,
                msg(
                    "{id}번 항목({action})의 서명이 맞지 않습니다 (이 설치의 키로 쓴 기록이 아님: 다시 계산된 사슬)",
                    id=e.id,
                    action=e.action,
                ),
            )
    return None


def verify_rows(rows: list[Any], current: dict[str, tuple[str, Any]], digest_of: Any) -> JournalCheck | None:
    """Issue 12, both ways: every bound row written since binding began has its entry with a
    matching digest, and every entry's row still exists."""
    latest: dict[str, tuple[int, str, Any]] = {}
    for e in rows:
        if e.action.startswith("row."):
            detail = json.loads(e.detail)
            latest[e.subject] = (e.id, detail.get("digest", ""), detail.get("day"))
    for e in rows:  # every closed day still has its close-out (CLS-2)
        if e.action == "day.close" and digest_of(f"day_closeout:{e.subject}") is None:
            return _fail(
                rows,
                e.id,
                msg(
                    "{day}의 마감 기록이 없습니다: 마감한 날이 다시 열렸습니다 (감사 기록 {id}번)",
                    day=e.subject,
                    id=e.id,
                ),
            )
    for key, (entry_id, recorded, day) in sorted(latest.items(), key=lambda kv: kv[1][0]):
        table, _, ident = key.partition(":")
        now = current[key][0] if key in current else digest_of(key)
        if now is None or now != recorded:
            template = (
                "{table} {ident} ({day})이(가) 없습니다: 감사 기록 {entry_id}번에 있는 기록이 지워졌습니다"
                if now is None
                else "{table} {ident} ({day})의 내용이 감사 기록 {entry_id}번과 다릅니다: 기록 후 바뀌었습니다"
            )
            said = msg(template, table=TABLE_KO.get(table, table), ident=ident, day=day or "-", entry_id=entry_id)
            return _fail(rows, entry_id, said)
    for key, (_, day) in sorted(current.items()):
        if key not in latest:
            table, _, ident = key.partition(":")
            return _fail(
                rows,
                None,
                msg(
                    "{table} {ident} ({day})에 감사 기록이 없습니다: 감사 기록 없이 쓰였거나 항목이 지워졌습니다",
                    table=TABLE_KO.get(table, table),
                    ident=ident,
                    day=day.isoformat() if day else "-",
                ),
            )
    return None


def read_anchors(paths: list[Path]) -> list[tuple[str, int, str]]:
    """Journal heads written where they left the machine: the anchor file's lines, the day
    CSV's and the monthly export's [감사 기록 머리] rows. (source, entry id, hash)."""
    found = []
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError as e:
            raise BadInput(
                str(path), msg("앵커 파일을 읽을 수 없습니다 ({strerror})", strerror=e.strerror or "")
            ) from None
        for m in ANCHOR_RE.finditer(text):
            found.append((path.name, int(m.group(1)), m.group(2)))
        if not found or all(src != path.name for src, _, _ in found):
            raise BadInput(path.name, msg("감사 기록 머리(journal head)가 없는 파일입니다"))
    return found


ANCHOR_RE = re.compile(r"journal-head[,\s]+(\d+)[,\s]+([0-9a-f]{64})")


def verify_anchors(rows: list[Any], anchors: list[tuple[str, int, str]]) -> JournalCheck | None:
    by_id = {e.id: e.hash for e in rows}
    for source, entry_id, head in anchors:
        if by_id.get(entry_id) != head:
            return _fail(
                rows,
                entry_id,
                msg(
                    "{source}에 적힌 {entry_id}번 머리가 지금 감사 기록과 다릅니다 (사슬이 잘렸거나 다시 계산됨)",
                    source=source,
                    entry_id=entry_id,
                ),
            )
    return None


class JournalService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def verify(self, anchors: list[Path] | None = None) -> JournalCheck:
        """The chain, the signatures, the rows bound to it both ways, the heads anchored by
        each close, and those written in files that left the machine (``anchors``)."""
        marks = read_anchors(anchors) if anchors else []
        with self.ctx.store.uow() as uow:
            rows = uow.views.journal()
            check = verify_entries(rows, uow.views.journal_heads())
            if not check.ok:
                return check
            start = next((e.at for e in rows if e.action.startswith("row.")), None)
            current = uow.views.row_digests(start) if start is not None else {}
            for failed in (  # what left the machine first: it is the strongest evidence
                verify_anchors(rows, marks),
                verify_signatures(rows),
                verify_rows(rows, current, uow.views.row_digest),
            ):
                if failed is not None:
                    return failed
            return check

    def head(self) -> tuple[int, str, str | None] | None:
        """The journal's last entry: (id, hash, signature), for reports and the anchor file."""
        with self.ctx.store.uow() as uow:
            last = uow.journal.last()
            return (last.id, last.hash, last.signature) if last is not None else None


def note_profile(ctx: DeskContext, source: str, text: bytes) -> bool:
    """Journal a change of the center profile since the last start (who changed the file is
    not known to the desk; when it was first used is). Returns True when it changed."""
    import hashlib

    digest = hashlib.sha256(text).hexdigest()
    with ctx.store.uow() as uow:
        last = uow.views.last_profile_digest()
        if last == digest:
            return False
        action = "profile.loaded" if last is None else "profile.change"
        uow.journal.append(ctx.clock.now(), None, action, source, {"sha256": digest, "center": ctx.profile.center.id})
        uow.commit()
        return action == "profile.change"

"""The audit journal: every state change appended with who, when and what; each entry carries
the hash of the one before it. Verification recomputes the chain and finds the first entry that
was changed, removed or slipped in behind the application's back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desk_app.db.repositories import GENESIS, entry_hash
from desk_app.domain.messages import msg
from desk_app.services.context import DeskContext


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


class JournalService:
    def __init__(self, ctx: DeskContext) -> None:
        self.ctx = ctx

    def verify(self) -> JournalCheck:
        with self.ctx.store.uow() as uow:
            return verify_entries(uow.views.journal(), uow.views.journal_heads())


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

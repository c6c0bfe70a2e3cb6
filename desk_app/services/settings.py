"""The center profile from the desk (issue 14): a manager's change previewed, checked by the
start-up validator, written atomically with the previous version kept, and journalled with
who and what. Pure rules in ``domain.profile_edit``; this module does the file and the journal.

Where it is written: the profile in use, unless that is the shipped one (inside the installed
program, often read-only): then the center's own copy in the user config folder, which the
desk reads from then on (``paths.default_profile_path``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk_app.domain.errors import BadInput, require_manager
from desk_app.domain.messages import Msg, msg
from desk_app.domain.profile import Closure
from desk_app.domain.profile_edit import EditResult, ProfileEdit, apply_edit, earliest_date, rules_data
from desk_app.files import write_atomically
from desk_app.paths import shipped_profile_path, user_profile_path
from desk_app.services.context import DeskContext
from desk_app.services.staff import StaffMember

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Saved:
    path: Path
    previous: Path
    result: EditResult


def placeholder_notice(ctx: DeskContext) -> Msg | None:
    """Shown at sign-in until a manager fills in the center's details (issue 14)."""
    from desk_app.domain.profile_edit import CENTER_LABELS

    names = ctx.profile.center.placeholders
    if not names:
        return None
    return msg(
        "센터 정보가 아직 임시값입니다: {fields}. 영수증에 그대로 인쇄됩니다. 관리자가 [센터 설정]에서 채워 주세요.",
        # a list of labels, each said in the staff's language (ui.words.say translates Msg values)
        fields=Msg(
            ", ".join(f"{{f{i}}}" for i in range(len(names))),
            **{f"f{i}": CENTER_LABELS[n] for i, n in enumerate(names)},
        ),
    )


class SettingsService:
    def __init__(self, ctx: DeskContext, profile_path: Path) -> None:
        self.ctx = ctx
        self.profile_path = profile_path

    def text(self) -> str:
        try:
            return self.profile_path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise BadInput(str(self.profile_path), msg("센터 프로필을 읽을 수 없습니다 ({e})", e=e)) from None

    def earliest(self) -> dt.date:
        """PRF-2: the first day a change may take effect."""
        today = self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            priced = bool(uow.visits.on_day(today))
            closed = uow.days.is_closed(today)
        return earliest_date(today, priced, closed)

    def closures(self) -> list[Closure]:
        """CAL-6: the closures still to come, from the profile and those a manager added at the desk."""
        today = self.ctx.clock.now().date()
        with self.ctx.store.uow() as uow:
            desk = uow.days.closures_from(today)
        known = [c for c in self.ctx.profile.calendar.closures if c.date >= today]
        return sorted([*known, *desk], key=lambda c: (c.date, c.session or 0))

    def rules_on(self, day: dt.date) -> dict[str, Any]:
        """The rule version in force on ``day`` as data, for the screen to edit."""
        return rules_data(self.text(), day)

    def preview(self, edit: ProfileEdit) -> EditResult:
        """What would change on which date; nothing is written."""
        return apply_edit(self.text(), edit, self.earliest())

    def target(self) -> Path:
        """The shipped profile is never written over: the center's own copy is."""
        try:
            shipped = self.profile_path.resolve() == shipped_profile_path().resolve()
        except OSError:
            shipped = False
        return user_profile_path() if shipped else self.profile_path

    def save(self, edit: ProfileEdit, staff: StaffMember | None) -> Saved:
        require_manager(staff is not None and staff.is_manager, msg("센터 설정 변경"))
        assert staff is not None
        before = self.text()
        result = apply_edit(before, edit, self.earliest())
        now = self.ctx.clock.now()
        target = self.target()
        history = target.parent / "profile-history"
        previous = history / f"{target.stem}-{now:%Y%m%dT%H%M%S}.toml"
        n = 1
        while previous.exists():  # two saves in one second keep both versions before them
            n += 1
            previous = history / f"{target.stem}-{now:%Y%m%dT%H%M%S}-{n}.toml"
        try:
            write_atomically(previous, before.encode("utf-8"))  # the version before, kept first
            write_atomically(target, result.text.encode("utf-8"))
        except OSError as e:
            raise BadInput(
                str(target),
                msg("센터 프로필을 저장하지 못했습니다 ({strerror}). 바뀐 것은 없습니다.", strerror=e.strerror),
            ) from None
        digest = hashlib.sha256(result.text.encode("utf-8")).hexdigest()
        with self.ctx.store.uow() as uow:
            uow.journal.append(
                now,
                staff.id,
                "profile.edit",
                result.profile.center.id,
                {
                    "path": str(target),
                    "sha256": digest,
                    "center": result.profile.center.id,
                    "effective_from": result.effective_from.isoformat() if result.effective_from else None,
                    "changes": [str(c) for c in result.changes],
                    "previous": previous.name,
                },
            )
            uow.commit()
        self.ctx.profile = result.profile
        self.profile_path = target
        log.info("center profile changed by %s: %s", staff.name, "; ".join(str(c) for c in result.changes))
        return Saved(target, previous, result)

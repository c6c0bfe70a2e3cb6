"""Typed errors. Each carries what the desk shows: a Korean message, and either the rule ID
(a refusal) or the field (bad input)."""

from __future__ import annotations

from desk_app.domain.messages import msg


class DeskError(Exception):
    """Base of every expected error the desk turns into a calm message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInput(DeskError):
    """Malformed input: a typo, a wrong file, a bad date. Names the field (CLI exit 2)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.detail = message


class ProfileError(BadInput):
    """A center profile that cannot be used (PRF-1). Names the key and the problem."""


class NotAdmissible(DeskError):
    """A refusal by a rule of SPEC.md (CLI exit 3). The message starts with the rule ID."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(f"{rule}: {message}")
        self.rule = rule
        self.detail = message


class Conflict(DeskError):
    """A desk action that clashes with the records (already paid, day locked, ...)."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(f"{rule}: {message}" if rule else message)
        self.rule = rule
        self.detail = message


class DuplicateApproval(Conflict):
    """A card approval number already on an earlier payment of the day (CHK-3): usually a typo
    or the same slip typed twice; the desk asks before it records it again."""

    def __init__(self, approval_no: str, receipt_no: str) -> None:
        super().__init__(
            "CHK-3",
            msg(
                "승인번호 {approval_no}은(는) 오늘 이미 영수증 {receipt_no}에 쓰였습니다",
                approval_no=approval_no,
                receipt_no=receipt_no,
            ),
        )
        self.approval_no = approval_no
        self.receipt_no = receipt_no


MANAGER_RULE = "MGR-1"  # SPEC §0: "A manager (센터장) closes the day and may correct mistakes"


class ManagerOnly(NotAdmissible):
    """An action only a manager (센터장) may take: closing the day (CLS-1), a void or refund
    (FEE-6), lifting a penalty (RSV-6), closing a session (CAL-6), staff accounts, restore and
    purge. One refusal, one rule reference (MGR-1); the CLI exits 3 for it."""

    def __init__(self, what: str) -> None:
        super().__init__(MANAGER_RULE, msg("{what}은(는) 관리자(센터장)만 할 수 있습니다", what=what))
        self.what = what


def require_manager(is_manager: bool, what: str) -> None:
    if not is_manager:
        raise ManagerOnly(what)

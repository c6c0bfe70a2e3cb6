"""Typed errors. Each carries what the desk shows: a Korean message, and either the rule ID
(a refusal) or the field (bad input)."""

from __future__ import annotations


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

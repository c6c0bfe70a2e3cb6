"""Codes printed on slips and typed by the scanner: short, upper case, no look-alike letters."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


def _random(n: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def visit_code(day: dt.date) -> str:
    return f"V{day:%y%m%d}-{_random(5)}"


def booking_code() -> str:
    return f"B{_random(7)}"


def receipt_no(day: dt.date, seq: int, desk: str | None = None) -> str:
    """R20250611-0001 at a center with one desk; R20250611-2-0001 from desk 2 of several
    (issue 15): each desk numbers its own, so two desks never collide."""
    return f"R{day:%Y%m%d}-{desk}-{seq:04d}" if desk else f"R{day:%Y%m%d}-{seq:04d}"


def receipt_prefix(day: dt.date, desk: str | None = None) -> str:
    return f"R{day:%Y%m%d}-{desk}-" if desk else f"R{day:%Y%m%d}-"


def idempotency_key() -> str:
    """Made by the screen once per payment attempt, before the first click is handled."""
    return uuid.uuid4().hex


def normalise_scan(text: str) -> str:
    """What a USB scanner types, cleaned: trimmed, upper case (a Korean keyboard layout may
    leave the scanner's letters in lower case)."""
    return text.strip().upper()

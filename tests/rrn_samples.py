"""Test inputs shaped like a resident registration number (ELG-4), made from parts at run time
so that no such number stands in the source tree. Never a real person's: 1990-01-01, 1234567."""

from __future__ import annotations

FRONT, BACK = "900101", "1234567"
_FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")


def sample(sep: str = "-", full_width: bool = False, back: str = BACK, front: str = FRONT) -> str:
    text = front + sep + back
    return text.translate(_FULL) if full_width else text


# one number, written four ways: with the dash, without it, with a space, full width
RRN = [sample(), sample(""), sample(" "), sample(full_width=True)]
SPACED = " ".join(sample())  # every character apart
OTHER_DASH = "주민 " + sample("－", back="2" + BACK[1:])
NOT_A_DATE = sample(front="9013" + "01")  # month 13: not a registration number

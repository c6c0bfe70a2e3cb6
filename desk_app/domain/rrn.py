"""ELG-4: a resident registration number (주민등록번호) is never stored, logged or printed.
The desk records which document was seen, not its number; a string shaped like one is refused
in every free-text field — with or without the dash, with spaces, in full-width digits — and
masked in every log line."""

from __future__ import annotations

import re
import unicodedata

from desk_app.domain.errors import BadInput
from desk_app.domain.messages import msg

# YYMMDD, an optional dash (any dash), then the 7 digits whose first is 1–8 (sex and century);
# spaces anywhere between the digits. Not part of a longer run of digits.
_DIGIT = r"\d\s*"
RRN_RE = re.compile(
    r"(?<!\d)"
    r"(\d\d)\s*(0[1-9]|1[0-2])\s*(0[1-9]|[12]\d|3[01])"  # YYMMDD
    r"\s*[-‐‑‒–—―－]?\s*"
    r"[1-8]\s*" + _DIGIT * 5 + r"\d"
    r"(?!\d)",
    re.ASCII,
)


def _ascii(text: str) -> str:
    """Full-width and other compatibility digits and dashes as plain ASCII (NFKC)."""
    return unicodedata.normalize("NFKC", text)


def looks_like_rrn(text: str | None) -> bool:
    if not text:
        return False
    plain = _ascii(text)
    return RRN_RE.search(plain) is not None or RRN_RE.search(re.sub(r"\s+", "", plain)) is not None


def check_no_rrn(field: str, text: str | None) -> None:
    """Refuse ``text`` when it holds a resident registration number (ELG-4). The message never
    repeats the number."""
    if looks_like_rrn(text):
        raise BadInput(
            field,
            msg(
                "주민등록번호로 보이는 숫자가 있어 저장하지 않습니다. 번호는 적지 않습니다 (ELG-4) — 번호를 빼고 다시 입력하세요"
            ),
        )


def mask_rrn(text: str) -> str:
    """For log lines: any number shaped like a resident registration number is starred out."""
    if not looks_like_rrn(text):
        return text
    plain = _ascii(text)
    if RRN_RE.search(plain) is None:  # spaced out digit by digit: the whole line goes
        return "[주민등록번호로 보이는 숫자가 있어 줄을 가렸습니다]"
    return RRN_RE.sub("******-*******", plain)

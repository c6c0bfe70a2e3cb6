"""Logging: a rotating log file in the user's log folder (STYLE rule 9)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desk_app.paths import log_dir


class NoRrn(logging.Filter):
    """ELG-4: a resident registration number never reaches the log, whatever was typed."""

    def filter(self, record: logging.LogRecord) -> bool:
        from desk_app.domain.rrn import looks_like_rrn, mask_rrn

        text = record.getMessage()
        if looks_like_rrn(text):
            record.msg, record.args = mask_rrn(text), None
        if record.exc_info and record.exc_info[1] is not None and looks_like_rrn(str(record.exc_info[1])):
            record.exc_info, record.exc_text = None, None
            record.msg = str(record.msg) + " [예외 내용은 주민등록번호로 보이는 숫자가 있어 남기지 않음]"
        return True


def setup_logging(level: int = logging.INFO) -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "desk-app.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(NoRrn())
        root.addHandler(handler)
    root.setLevel(level)
    return path

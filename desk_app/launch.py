"""The ``desk-app`` command. With no verb it opens the desk window, and the first window (a
"starting" notice) goes up before the heavier imports of the CLI, the rules and the store
(issue 13: a first window within twice a bare Qt window)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

_NOT_THE_WINDOW = {"-h", "--help", "--version"}


def opens_window(argv: Sequence[str]) -> bool:
    """Options only (--demo, --kiosk, --db F, --profile F) mean the desk window."""
    args = list(argv)
    i = 0
    while i < len(args):
        a = args[i]
        if a in _NOT_THE_WINDOW:
            return False
        if a in ("--db", "--profile"):
            i += 2
            continue
        if not a.startswith("-"):
            return False  # a verb
        i += 1
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if opens_window(args):
        from desk_app.qtcheck import check_linux_display

        hint = check_linux_display()
        if hint:
            sys.stderr.write(hint + "\n")
            return 1
        try:
            from ui.splash import show_splash  # only the window path loads Qt (STYLE rule 1)

            show_splash()
        except ImportError:  # Qt cannot load here: the desk's own start-up says why
            pass
    from desk_app.cli import main as cli_main

    return cli_main(args)

"""The one place where what the services say becomes the staff's words (STYLE: words are made
in ui/). A ``Msg`` from the domain or a service is put through Qt's translation by its Korean
template (context "desk") and filled with its values, themselves said the same way; names and
the center's own profile text pass as they are."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk_app.domain.messages import Msg

CONTEXT = "desk"
log = logging.getLogger(__name__)


def say(text: Any) -> str:
    if text is None:
        return ""
    if isinstance(text, Msg):
        template = QCoreApplication.translate(CONTEXT, text.template)
        if not text.args:
            return template
        values = {k: say(v) if isinstance(v, str) else v for k, v in text.args.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError) as e:  # a translation that lost a value: Korean then
            log.warning("translation of %r does not fit its values: %s", text.template, e)
            return str(text)
    return str(text)

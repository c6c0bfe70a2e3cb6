"""Sentences the staff read, made where the rule decides and said in the staff's language by
``ui/`` (STYLE: words are made in ui/). A ``Msg`` is the Korean sentence itself — what the CLI,
the logs and the journal print, unchanged — and it keeps its template and values, so the
screen can put the template through Qt's translation and fill in the same values."""

from __future__ import annotations

from typing import Any


class Msg(str):
    """A Korean sentence that remembers how it was made."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> Msg:
        text = template.format(**args) if args else template
        self = super().__new__(cls, text)
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickling keeps the template and the values
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, Any]) -> Msg:
    return Msg(template, **args)


def msg(template: str, **args: Any) -> Msg:
    return Msg(template, **args)

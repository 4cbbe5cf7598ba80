"""Message templates: ``"Hi {name}, your appointment is at {time}"`` filled from a row's columns."""

from __future__ import annotations

import string
from collections.abc import Mapping


class TemplateError(ValueError):
    """The template itself is malformed (an unbalanced brace, a placeholder that is not a plain name)."""


class Template:
    """A body template with ``{name}`` placeholders; ``{{`` and ``}}`` stand for literal braces.

    Only plain names are allowed: no attribute access, indexing, conversion or format spec, so a
    row's values are inserted as text and nothing else is evaluated.
    """

    __slots__ = ("_parts", "placeholders", "text")

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"body must be str, not {type(text).__name__}")
        self.text = text
        try:
            parsed = list(string.Formatter().parse(text))
        except ValueError as exc:
            raise TemplateError(f"body template {text!r}: {exc}") from None
        parts: list[tuple[str, str | None]] = []
        names: list[str] = []
        for literal, name, spec, conversion in parsed:
            if name is not None and (not name.isidentifier() or spec or conversion):
                raise TemplateError(f"body template: placeholder {{{name}}} must be a plain column name like {{name}}")
            parts.append((literal, name))
            if name is not None and name not in names:
                names.append(name)
        self._parts = tuple(parts)
        self.placeholders: tuple[str, ...] = tuple(names)

    def missing(self, columns: Mapping[str, object] | frozenset[str] | set[str]) -> list[str]:
        """Placeholders that ``columns`` (a row or a set of column names) does not supply."""
        return [name for name in self.placeholders if name not in columns]

    def render(self, row: Mapping[str, object]) -> str:
        """The text for one row (KeyError naming the placeholder when the row lacks it)."""
        out: list[str] = []
        for literal, name in self._parts:
            out.append(literal)
            if name is not None:
                value = row[name]
                out.append("" if value is None else str(value))
        return "".join(out)

    def __repr__(self) -> str:
        return f"Template({self.text!r})"

"""Form and query parameters as Twilio reads them: repeated keys kept, exact wire names, strict scalars."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import TwilioError, invalid_parameter


class Params:
    """Form or query parameters: repeated keys kept, lookups by exact wire name."""

    __slots__ = ("_multi",)

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        multi: dict[str, list[str]] = {}
        for key, value in pairs:
            multi.setdefault(key, []).append(value)
        self._multi = multi

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Params:
        pairs: list[tuple[str, str]] = []
        for key, value in data.items():
            if isinstance(value, list | tuple):
                pairs.extend((key, _as_text(v)) for v in value)
            elif value is not None:
                pairs.append((key, _as_text(value)))
        return cls(pairs)

    def get(self, name: str, default: str | None = None) -> str | None:
        """The value of a single-valued parameter; given more than once, it is a 400."""
        values = self._multi.get(name)
        if not values:
            return default
        if len(values) > 1:
            raise TwilioError(400, 20001, f"Parameter {name} may be given only once")
        return values[0]

    def get_list(self, name: str) -> list[str]:
        return list(self._multi.get(name, ()))

    def __contains__(self, name: object) -> bool:
        return name in self._multi

    def names(self) -> list[str]:
        return list(self._multi)

    def pairs(self) -> list[tuple[str, str]]:
        return [(k, v) for k, values in self._multi.items() for v in values]

    def get_bool(self, name: str) -> bool | None:
        raw = self.get(name)
        if raw is None or raw == "":
            return None
        lowered = raw.lower()
        if lowered == "true":
            return True
        if lowered == "false":
            return False
        raise invalid_parameter(name, raw)

    def get_int(self, name: str) -> int | None:
        raw = self.get(name)
        if raw is None or raw == "":
            return None
        try:
            return parse_int(raw)
        except ValueError:
            raise invalid_parameter(name, raw) from None


_INTEGER = re.compile(r"-?[0-9]+")


def parse_int(raw: str) -> int:
    """A decimal integer as written on the wire: ``int()`` would also take `` 9``, ``+9``, ``9_0`` or ``٩``."""
    if not _INTEGER.fullmatch(raw):
        raise ValueError(f"not an integer: {raw!r}")
    return int(raw)


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

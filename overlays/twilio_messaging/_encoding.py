"""Twilio's form and query encoding: lowercase booleans, repeated keys for lists."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from enum import Enum
from functools import lru_cache
from typing import Any
from urllib.parse import quote_plus


def _scalar(value: Any) -> str:
    if type(value) is str:  # most values: no isinstance chain
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def encode_pairs(fields: Mapping[str, Any] | None) -> list[tuple[str, str]]:
    """Flatten fields to (name, value) pairs; a list becomes one pair per item, None is left out."""
    pairs: list[tuple[str, str]] = []
    for name, value in (fields or {}).items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            pairs.extend((name, _scalar(item)) for item in value)
        else:
            pairs.append((name, _scalar(value)))
    return pairs


class _QuoteTable(dict[int, str]):
    """quote_plus as one ``str.translate``, at C speed: ASCII precomputed, other characters quoted
    (UTF-8, percent-encoded) on first sight and remembered, up to a bound."""

    def __missing__(self, code: int) -> str:
        quoted = quote_plus(chr(code))  # a lone surrogate raises UnicodeEncodeError, as quote_plus would
        if len(self) < 4096:
            self[code] = quoted
        return quoted


_QUOTES = _QuoteTable(
    (code, chr(code) if chr(code).isalnum() or chr(code) in "_.-~" else "+" if code == 32 else f"%{code:02X}")
    for code in range(128)
)


def _quote(value: str) -> str:
    return value.translate(_QUOTES)


@lru_cache(maxsize=512)
def _quoted_name(name: str) -> str:
    return quote_plus(name)  # names repeat on every call (To, From, Body...): quote each once


def form_body(fields: Mapping[str, Any]) -> bytes:
    """``application/x-www-form-urlencoded`` bytes for a form, with Twilio's value rules."""
    return "&".join(_quoted_name(name) + "=" + _quote(value) for name, value in encode_pairs(fields)).encode("ascii")

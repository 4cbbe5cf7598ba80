"""Twilio's form and query encoding: lowercase booleans, repeated keys for lists."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from enum import Enum
from typing import Any


def _scalar(value: Any) -> str:
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

"""Twilio resource identifiers: two-letter prefix + 32 lowercase hex digits."""

from __future__ import annotations

import os
import re

_SID = re.compile(r"^[A-Z]{2}[0-9a-fA-F]{32}\Z")


def new_sid(prefix: str) -> str:
    return prefix + os.urandom(16).hex()


def is_sid(value: str, prefix: str | tuple[str, ...] | None = None) -> bool:
    if not _SID.match(value):
        return False
    return prefix is None or value.startswith(prefix)

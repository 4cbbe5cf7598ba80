"""Twilio resource identifiers: two-letter prefix + 32 lowercase hex digits."""

from __future__ import annotations

import hashlib
import os
import re

_SID = re.compile(r"^[A-Z]{2}[0-9a-fA-F]{32}\Z")


def new_sid(prefix: str) -> str:
    return prefix + os.urandom(16).hex()


def stable_sid(prefix: str, name: str) -> str:
    """The same SID for the same prefix and name in every emulator, after every reset.

    Owned numbers, short codes and link-shortening domains get theirs this way, so tests can
    write them down: ``PN`` + the first 32 hex digits of SHA-256 of ``twilio-messaging-emulator:PN:+15005550006``.
    """
    digest = hashlib.sha256(f"twilio-messaging-emulator:{prefix}:{name}".encode()).hexdigest()
    return prefix + digest[:32]


def is_sid(value: str, prefix: str | tuple[str, ...] | None = None) -> bool:
    if not _SID.match(value):
        return False
    return prefix is None or value.startswith(prefix)

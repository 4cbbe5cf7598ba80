"""Our spec against Twilio's own description, read from the committed facts snapshot (spec/upstream/).

The snapshot is written by ``python -m generator upstream PATH`` from Twilio's official files; the
comparison is generator/drift.py's (operations matched by method and path; every parameter, request
field and response field, the fields of every ``oneOf`` variant counting; a difference passes only
with an ``x-curated`` note on our side). Nothing here reads outside the repository.
"""

from __future__ import annotations

import functools

from generator.drift import Drift, compare, compare_operation, our_operations
from generator.facts import Json
from generator.upstream import SNAPSHOT_DIR, load_snapshot

__all__ = ["SNAPSHOT_DIR", "compare_all", "load_reference", "ours", "problems"]


@functools.cache
def load_reference() -> dict[str, Json]:
    """Upstream operations keyed ``METHOD /path`` (cached: treat as read-only)."""
    return load_snapshot()


@functools.cache
def ours() -> dict[str, Json]:
    """Our operations as facts, with their x-curated notes (cached: treat as read-only)."""
    return our_operations()


def compare_all() -> Drift:
    return compare(load_reference(), ours())


def problems(key: str) -> list[str]:
    """The unexplained differences of one upstream operation, as lines."""
    drift = Drift()
    compare_operation(drift, key, load_reference()[key], ours().get(key))
    return [f"{finding.sign} {finding.what}" for finding in drift.unexplained()]

"""Fault injection: rules that make the next N matching requests fail on purpose.

A rule matches a method (or ``*``) and a glob on the URL path; each matching request uses
up one of its ``count``. Rules are tried in the order they were added, so a test can queue
"two 429s, then a dropped connection". Kinds:

* ``status``: answer ``status`` (429 or a 5xx) with Twilio's error JSON (``code``), plus a
  ``Retry-After`` header when ``retry_after`` is set;
* ``drop``: close the connection without writing a response;
* ``delay``: wait ``delay`` seconds, then answer normally.

``processed=True`` lets the emulator handle the request before a ``status`` or ``drop``
fault replaces its answer: the case where Twilio did the work and the client never heard.

This module is plain Python (no web framework), shared by the HTTP middleware, the control
API, the CLI and the pytest handle.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Any

KINDS = ("status", "drop", "delay")
STATUSES = (429, 500, 502, 503, 504)
# Twilio's error code for each status when a rule does not name one.
DEFAULT_CODES = {429: 20429, 500: 20500, 502: 20500, 503: 20503, 504: 20500}
MESSAGES = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
MAX_DELAY = 300.0

CLI_FORMAT = "METHOD:PATH:KIND[:STATUS][:COUNT]"  # documented in fault_options.py (--help)


class FaultError(ValueError):
    """A rule that cannot be built; the message names the offending field."""


@dataclass
class FaultRule:
    """One rule and how many matching requests it still affects."""

    method: str
    path: str
    kind: str
    count: int = 1
    status: int | None = None
    code: int | None = None
    retry_after: float | None = None
    delay: float = 0.0
    processed: bool = False
    remaining: int = field(default=0, init=False)
    id: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.method = self.method.upper()
        self.remaining = self.count

    def matches(self, method: str, path: str) -> bool:
        return (self.method in ("*", method)) and fnmatchcase(path, self.path)

    def error_body(self) -> dict[str, Any]:
        """Twilio's error JSON for a ``status`` rule."""
        status = self.status or 500
        code = self.code or DEFAULT_CODES[status]
        return {
            "code": code,
            "message": MESSAGES[status],
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        }

    def headers(self) -> dict[str, str]:
        if self.retry_after is None:
            return {}
        return {"Retry-After": f"{self.retry_after:g}"}

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "method": self.method,
            "path": self.path,
            "kind": self.kind,
            "count": self.count,
            "remaining": self.remaining,
            "status": self.status,
            "code": self.code if self.code or self.status is None else DEFAULT_CODES[self.status],
            "retry_after": self.retry_after,
            "delay": self.delay,
            "processed": self.processed,
        }


def _number(data: dict[str, Any], key: str, kind: type[int] | type[float], default: Any = None) -> Any:
    value = data.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool):
        raise FaultError(f"{key} must be a number")
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise FaultError(f"{key} must be a number") from None
    if number < 0:
        raise FaultError(f"{key} must not be negative")
    return number


def build_rule(data: dict[str, Any]) -> FaultRule:
    """A rule from the control API's JSON (the same keys as :meth:`FaultRule.as_dict`)."""
    unknown = set(data) - {"method", "path", "kind", "count", "status", "code", "retry_after", "delay", "processed"}
    if unknown:
        raise FaultError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
    kind = data.get("kind", "status")
    if kind not in KINDS:
        raise FaultError(f"kind must be one of {', '.join(KINDS)}")
    method = data.get("method", "*")
    path = data.get("path", "*")
    if not isinstance(method, str) or not method or not isinstance(path, str) or not path:
        raise FaultError("method and path must be non-empty strings")
    count = _number(data, "count", int, 1)
    if count is None or count < 1:
        raise FaultError("count must be at least 1")
    status = _number(data, "status", int, 429 if kind == "status" else None)
    if kind == "status" and status not in STATUSES:
        raise FaultError(f"status must be one of {', '.join(map(str, STATUSES))}")
    delay = _number(data, "delay", float, 1.0 if kind == "delay" else 0.0)
    if delay > MAX_DELAY:
        raise FaultError(f"delay must be at most {MAX_DELAY:g} seconds")
    processed = data.get("processed", False)
    if not isinstance(processed, bool):
        raise FaultError("processed must be true or false")
    return FaultRule(
        method=method,
        path=path,
        kind=kind,
        count=count,
        status=status if kind == "status" else None,
        code=_number(data, "code", int),
        retry_after=_number(data, "retry_after", float),
        delay=delay if kind == "delay" else 0.0,
        processed=processed,
    )


def parse_cli_fault(text: str) -> FaultRule:
    """A rule from the CLI's ``METHOD:PATH:KIND[:STATUS][:COUNT]``; for ``delay`` STATUS is seconds,
    for ``drop`` it is left out (``METHOD:PATH:drop[:COUNT]``)."""
    parts = text.split(":")
    if len(parts) < 3 or len(parts) > 5:
        raise FaultError(f"--fault {text!r}: expected {CLI_FORMAT}")
    method, path, kind, *rest = parts
    data: dict[str, Any] = {"method": method, "path": path, "kind": kind}
    if kind == "drop" and len(rest) == 1:
        rest = ["", rest[0]]  # drop has no status: METHOD:PATH:drop:COUNT
    if rest and rest[0]:
        data["delay" if kind == "delay" else "status"] = rest[0]
    if len(rest) > 1 and rest[1]:
        data["count"] = rest[1]
    try:
        return build_rule(data)
    except FaultError as error:
        raise FaultError(f"--fault {text!r}: {error}") from None


class FaultRules:
    """The ordered rules of one emulator; safe to use from the server and test threads."""

    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._lock = threading.Lock()
        self._next_id = 1

    def add(self, rule: FaultRule) -> FaultRule:
        with self._lock:
            rule.id = self._next_id
            self._next_id += 1
            self._rules.append(rule)
        return rule

    def take(self, method: str, path: str) -> FaultRule | None:
        """The first live rule matching the request, with one use consumed (None: no fault)."""
        if not self._rules:  # the common case costs one attribute read, no lock
            return None
        with self._lock:
            for rule in self._rules:
                if rule.remaining > 0 and rule.matches(method, path):
                    rule.remaining -= 1
                    return rule
        return None

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [rule.as_dict() for rule in self._rules]

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

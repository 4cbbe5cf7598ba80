"""Load limits that behave like Twilio's: a cap on concurrent API requests, per-sender throughput.

Both are off by default. With ``max_concurrent_requests`` set, a request arriving while that
many are in flight is answered 429 with code 20429 and a ``Retry-After`` header (Twilio's
account concurrency limit: the request was not processed, so it is safe to retry). With a
sender throughput set (messages per second), each sender sends one message per
``1/throughput`` seconds: later messages wait ``queued`` (``date_sent`` empty) until their
slot, and a message that would wait longer than ``queue_max_wait`` fails with 30001 (Twilio's
queue holds about four hours of messages per sender).

Plain Python, no web framework and no emulator import: the HTTP middleware, the lifecycle,
the control API, the CLI and the pytest handle all drive one :class:`Limits`.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass, field, fields, replace
from typing import Any

DEFAULT_RETRY_AFTER = 1.0
DEFAULT_QUEUE_MAX_WAIT = 4 * 3600.0
QUEUE_OVERFLOW = 30001


class LimitError(ValueError):
    """A setting that cannot be applied; the message names it."""


@dataclass(frozen=True)
class LimitSettings:
    """What is limited. ``None`` means unlimited."""

    max_concurrent_requests: int | None = None
    retry_after: float = DEFAULT_RETRY_AFTER
    sender_throughput: float | None = None
    sender_throughput_by_sender: dict[str, float] = field(default_factory=dict)
    queue_max_wait: float = DEFAULT_QUEUE_MAX_WAIT

    def throughput_of(self, sender: str) -> float | None:
        return self.sender_throughput_by_sender.get(sender, self.sender_throughput)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)} | {
            "sender_throughput_by_sender": dict(self.sender_throughput_by_sender)
        }


def _positive(key: str, value: Any, kind: type[int] | type[float], nullable: bool) -> Any:
    if value is None and nullable:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise LimitError(f"{key} must be a positive number{' or null' if nullable else ''}")
    try:
        number = kind(value)
    except ValueError:
        raise LimitError(f"{key} must be a positive number") from None
    if not number > 0:
        raise LimitError(f"{key} must be a positive number")
    return number


def updated(settings: LimitSettings, data: dict[str, Any]) -> LimitSettings:
    """``settings`` with the keys of ``data`` applied (keys left out keep their value)."""
    known = {f.name for f in fields(LimitSettings)}
    unknown = set(data) - known
    if unknown:
        raise LimitError(f"unknown limit(s): {', '.join(sorted(unknown))}")
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key == "max_concurrent_requests":
            changes[key] = _positive(key, value, int, nullable=True)
        elif key == "sender_throughput":
            changes[key] = _positive(key, value, float, nullable=True)
        elif key == "sender_throughput_by_sender":
            if not isinstance(value, dict):
                raise LimitError(f"{key} must map senders to messages per second")
            changes[key] = {str(k): _positive(f"{key}[{k}]", v, float, False) for k, v in value.items()}
        else:
            changes[key] = _positive(key, value, float, nullable=False)
    return replace(settings, **changes)


class SenderQueue:
    """Send slots of each sender: at most one per ``gap`` seconds.

    Slots are kept as runs of back-to-back slots (start, end = last slot + gap), sorted by
    time, so a burst of thousands of messages is one run (O(log n) to extend) and a
    scheduled message reserving a slot in the future does not hold back earlier ones.
    """

    def __init__(self) -> None:
        self._runs: dict[str, tuple[list[float], list[float]]] = {}

    def reserve(self, sender: str, earliest: float, now: float, gap: float, max_wait: float) -> float | None:
        """The first free slot at or after ``earliest`` (now reserved), or None past ``max_wait``."""
        starts, ends = self._runs.setdefault(sender, ([], []))
        done = bisect.bisect_right(ends, now)  # runs over before now cannot collide any more
        del starts[:done], ends[:done]
        when = earliest
        index = bisect.bisect_right(ends, when)
        while index < len(starts) and starts[index] - gap < when:
            when = ends[index]  # inside (or just before) a run: the slot after it
            index += 1
        if when - earliest > max_wait:
            return None
        if index > 0 and when - gap < ends[index - 1]:  # no slot fits between: one run
            ends[index - 1] = when + gap
            index -= 1
        else:
            starts.insert(index, when)
            ends.insert(index, when + gap)
        if index + 1 < len(starts) and starts[index + 1] - gap < ends[index]:
            ends[index] = ends.pop(index + 1)  # the new slot closed the hole between two runs
            starts.pop(index + 1)
        return when

    def clear(self) -> None:
        self._runs.clear()


class Limits:
    """The limits of one emulator: settings, requests in flight, sender slots."""

    def __init__(self, settings: LimitSettings | None = None) -> None:
        self._initial = settings or LimitSettings()
        self.settings = self._initial
        self._lock = threading.Lock()
        self._in_flight = 0
        self.queue = SenderQueue()

    def update(self, data: dict[str, Any], *, baseline: bool = False) -> LimitSettings:
        """Apply ``data``; with ``baseline`` also make it what :meth:`reset` returns to (the CLI)."""
        with self._lock:
            self.settings = updated(self.settings, data)
            if baseline:
                self._initial = self.settings
            return self.settings

    def reset(self) -> None:
        """Back to the settings the emulator started with; forget queued slots."""
        with self._lock:
            self.settings = self._initial
            self.queue.clear()

    # -- concurrent requests -------------------------------------------------------
    def enter(self) -> bool:
        """Count a request in; False (and not counted) when the account is at its limit."""
        limit = self.settings.max_concurrent_requests
        with self._lock:
            if limit is not None and self._in_flight >= limit:
                return False
            self._in_flight += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    @property
    def in_flight(self) -> int:
        return self._in_flight

    def too_many_requests(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Twilio's 429 body and headers for a request over the concurrency limit."""
        body = {
            "code": 20429,
            "message": "Too Many Requests",
            "more_info": "https://www.twilio.com/docs/errors/20429",
            "status": 429,
        }
        return body, {"Retry-After": f"{self.settings.retry_after:g}"}

    # -- sender throughput -------------------------------------------------------------
    @property
    def throttling(self) -> bool:
        """Whether any sender has a throughput limit (the common answer, no, costs two reads)."""
        settings = self.settings
        return settings.sender_throughput is not None or bool(settings.sender_throughput_by_sender)

    def throttles(self, sender: str) -> bool:
        """Whether messages from ``sender`` go through a throughput queue."""
        return self.settings.throughput_of(sender) is not None

    def send_slot(self, sender: str, earliest: float, now: float) -> float | None:
        """When a message from ``sender`` ready at ``earliest`` may leave the queue.

        ``earliest`` itself when the sender has no throughput limit; None when the queue
        would hold it longer than ``queue_max_wait`` (the message fails with 30001).
        """
        settings = self.settings
        throughput = settings.throughput_of(sender)
        if throughput is None:
            return earliest
        with self._lock:
            return self.queue.reserve(sender, earliest, now, 1.0 / throughput, settings.queue_max_wait)

"""Pacing a run as a whole: a sliding-window rate limit and one backoff shared by every worker.

Both hand out *times* (on the monotonic clock) rather than sleeping themselves, so the same
objects serve threads (``time.sleep``) and tasks (``asyncio.sleep``).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import TypeVar

from twilio_messaging._client import AsyncClient, Client
from twilio_messaging._retry import Backoff

# At least this many attempts per create inside the client while rate limited: each 429 pauses the
# whole run for its Retry-After (or the backoff), so a storm slows the run instead of failing rows.
BULK_MAX_RETRIES = 8


class RateWindow:
    """At most ``rate`` creates in any one-second window, counted from the first (a sliding window).

    Each create reserves a slot: the earliest time at which the window holds fewer than ``rate``
    earlier slots. A rate below 1 means one create per ``1/rate`` seconds; a fractional rate above 1
    is rounded down (never more than asked for). Memory is one timestamp per allowed create.
    """

    def __init__(self, rate: float | None) -> None:
        self._lock = threading.Lock()
        self.capacity = 0 if rate is None else max(1, math.floor(rate))
        self.window = 0.0 if rate is None else (1.0 / rate if rate < 1 else 1.0)
        self._slots: deque[float] = deque()

    def reserve(self, not_before: float = 0.0) -> float:
        """Claim the next slot, not before ``not_before``; return the monotonic time its create may start."""
        start = max(time.monotonic(), not_before)
        if not self.capacity:
            return start
        with self._lock:
            if self._slots:  # slots stay in order, so the oldest is always on the left
                start = max(start, self._slots[-1])
            if len(self._slots) >= self.capacity:
                start = max(start, self._slots.popleft() + self.window)
            self._slots.append(start)
            return start


class Gate:
    """The run's shared pause: any worker that meets a 429 (or a server in trouble) closes it for all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0
        self.pauses = 0
        self.paused_seconds = 0.0

    def pause(self, seconds: float) -> float:
        """Hold every worker back for at least ``seconds``; return how long this caller should wait."""
        now = time.monotonic()
        with self._lock:
            until = now + max(seconds, 0.0)
            if until > self._until:
                self.paused_seconds += until - max(self._until, now)
                self._until = until
            self.pauses += 1
            return self._until - now

    def open_at(self) -> float:
        """Monotonic time from which creates may go again."""
        return self._until


@dataclass(frozen=True)
class SharedBackoff(Backoff):
    """The client's backoff, with every delay it picks (Retry-After first) applied to the whole run."""

    gate: Gate = field(default_factory=Gate, compare=False)

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        return self.gate.pause(super().delay(retry_number, retry_after))


ClientT = TypeVar("ClientT", Client, AsyncClient)


def paced_client(client: ClientT, gate: Gate) -> ClientT:
    """A client sharing ``client``'s connections whose retry waits pause the whole run.

    The client's own rules decide *whether* to retry (a create is never resent after an attempt that
    may have been processed); only how long to wait, and for whom, changes.
    """
    settings = client._settings
    backoff = SharedBackoff(initial=settings.backoff.initial, maximum=settings.backoff.maximum, gate=gate)
    retries = max(settings.max_retries, BULK_MAX_RETRIES)
    return client._copy(replace(settings, backoff=backoff, max_retries=retries))


def next_start(gate: Gate, window: RateWindow) -> float:
    """When the next create may start: after the shared pause, in a free rate slot."""
    return window.reserve(not_before=gate.open_at())


def row_backoff(rounds: int) -> float:
    """The shared pause after a row's create was still rate limited when the client's retries ran out."""
    return Backoff().delay(rounds)

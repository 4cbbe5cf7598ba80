"""Pacing a run as a whole: a sliding-window rate limit and one backoff shared by every worker.

Both hand out *times* (on the monotonic clock) rather than sleeping themselves, so the same
objects serve threads (``time.sleep``) and tasks (``asyncio.sleep``).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import TypeVar

from twilio_messaging._client import AsyncClient, Client
from twilio_messaging._retry import Backoff

# At least this many attempts per create inside the client while rate limited: each 429 pauses the
# whole run for its Retry-After (or the backoff), so a storm slows the run instead of failing rows.
BULK_MAX_RETRIES = 8


class RateWindow:
    """At most ``rate`` creates in any one-second window, as Twilio sees them (a sliding window).

    A create counts from the moment it starts until one window after its answer came back: Twilio
    received it somewhere in between, so when no more than ``rate`` creates are in flight or ended
    less than a window ago, no window on Twilio's clock can hold more than ``rate`` of them, whatever
    the latency. A rate below 1 means one create per ``1/rate`` seconds; a fractional rate above 1 is
    rounded down (never more than asked for). Memory is one timestamp per allowed create.
    """

    POLL = 0.01  # while every slot is in flight, how often to look again

    def __init__(self, rate: float | None) -> None:
        self._lock = threading.Lock()
        self.capacity = 0 if rate is None else max(1, math.floor(rate))
        self.window = 0.0 if rate is None else (1.0 / rate if rate < 1 else 1.0)
        self._in_flight = 0
        self._ended: deque[float] = deque()

    def try_start(self, not_before: float = 0.0) -> float:
        """0.0 when a create may start now (it is counted: call :meth:`ended` after); else seconds to wait."""
        now = time.monotonic()
        if now < not_before:
            return not_before - now
        if not self.capacity:
            return 0.0
        with self._lock:
            while self._ended and self._ended[0] <= now - self.window:
                self._ended.popleft()
            if self._in_flight + len(self._ended) < self.capacity:
                self._in_flight += 1
                return 0.0
            return self._ended[0] + self.window - now if self._ended else self.POLL

    def ended(self) -> None:
        """A create that :meth:`try_start` let through has its answer (or failed)."""
        if self.capacity:
            with self._lock:
                self._in_flight -= 1
                self._ended.append(time.monotonic())


class Gate:
    """The run's shared pause and concurrency: a 429 (or a server in trouble) closes it for every worker.

    Each pause also halves how many creates may be in flight (once per pause), and each success lets
    that grow back by about one per round of creates (additive increase, multiplicative decrease), so
    a run settles just under an account's concurrency cap instead of hitting it again and again.
    """

    POLL = 0.01  # while every allowed create is in flight, how often to look again

    def __init__(self, concurrency: int = 1) -> None:
        self._lock = threading.Lock()
        self._until = 0.0
        self.maximum = concurrency
        self.allowed = float(concurrency)
        self._in_flight = 0
        self.pauses = 0
        self.paused_seconds = 0.0

    def pause(self, seconds: float) -> float:
        """Hold every worker back for at least ``seconds``; return how long this caller should wait."""
        now = time.monotonic()
        with self._lock:
            if now >= self._until:  # a new storm, not another refusal of the same one
                self.allowed = max(1.0, self.allowed / 2)
            until = now + max(seconds, 0.0)
            if until > self._until:
                self.paused_seconds += until - max(self._until, now)
                self._until = until
            self.pauses += 1
            return self._until - now

    def open_at(self) -> float:
        """Monotonic time from which creates may go again."""
        return self._until

    def enter(self) -> float:
        """0.0 when a create may start now (counted: call :meth:`leave` after), else seconds to wait."""
        now = time.monotonic()
        with self._lock:
            if now < self._until:
                return self._until - now
            if self._in_flight >= int(self.allowed):
                return self.POLL
            self._in_flight += 1
            return 0.0

    def leave(self, ok: bool) -> None:
        with self._lock:
            self._in_flight -= 1
            if ok:
                self.allowed = min(float(self.maximum), self.allowed + 1.0 / self.allowed)


class SharedBackoff(Backoff):
    """The client's backoff, with every delay it picks (Retry-After first) applied to the whole run."""

    __slots__ = ("gate",)

    def __init__(self, initial: float, maximum: float, gate: Gate) -> None:
        super().__init__(initial, maximum)
        self.gate = gate

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
    return client._copy(settings.replace(backoff=backoff, max_retries=retries))


def wait_time(gate: Gate, window: RateWindow) -> float:
    """0.0 when the next create may start now (counted: call :func:`finished` after), else seconds to wait."""
    delay = gate.enter()
    if delay:
        return delay
    delay = window.try_start()
    if delay:
        gate.leave(ok=False)
    return delay


def finished(gate: Gate, window: RateWindow, ok: bool) -> None:
    """A create that :func:`wait_time` let through has its answer (``ok``: a message was created)."""
    window.ended()
    gate.leave(ok)


def row_backoff(rounds: int) -> float:
    """The shared pause after a row's create was still rate limited when the client's retries ran out."""
    return Backoff().delay(rounds)

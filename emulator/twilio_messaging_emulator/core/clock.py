"""Injectable time source: the real clock, or a fake one tests move by hand."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Anything with ``now()`` returning an aware UTC datetime."""

    def now(self) -> datetime: ...


def timestamp(clock: Clock) -> float:
    """Seconds since the epoch according to ``clock`` (fast path for known clocks)."""
    if isinstance(clock, FakeClock):
        return clock.time()
    if isinstance(clock, SystemClock):
        return time.time()
    return clock.now().timestamp()


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to.

    Listeners registered with :meth:`subscribe` run (in the caller's thread) after
    every :meth:`advance` or :meth:`set`, so an emulator can move message statuses
    forward as soon as a test moves time.
    """

    def __init__(self, start: datetime | None = None) -> None:
        if start is None:
            start = datetime.now(UTC).replace(microsecond=0)
        elif start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
        self._start = start.timestamp()
        self._now = self._start
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), UTC)

    def time(self) -> float:
        return self._now

    def advance(self, seconds: float) -> datetime:
        """Move time forward by ``seconds`` and notify listeners."""
        if seconds < 0:
            raise ValueError("a FakeClock cannot go backwards")
        with self._lock:
            self._now += seconds
        self._notify()
        return self.now()

    def set(self, when: datetime) -> datetime:
        """Jump to ``when`` (which must not be in the clock's past)."""
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return self.advance(when.timestamp() - self._now)

    def reset(self) -> None:
        """Return to the start time without notifying listeners."""
        with self._lock:
            self._now = self._start

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

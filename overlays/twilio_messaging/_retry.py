"""When to retry, and how long to wait: the rules that keep a message from being sent twice.

Twilio has no idempotency keys. A 429 means the request was not processed, and a connect error
means it never left, so both are safe to retry for any method. After a 5xx, a read timeout, a
dropped connection or a body cut short, a create may already have sent the message: only GET and
DELETE retry then.

Every wait is bounded twice: by ``MAX_RETRY_AFTER`` whatever the server asks, and by the call's
time budget (a retry whose wait would end past the call's deadline is not made; the last error is
raised at once instead).
"""

from __future__ import annotations

import datetime
import email.utils
import math
import random
import time

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0


class Failure:
    """Kinds of failure an attempt can end in."""

    NOT_SENT = "not_sent"  # connection refused, DNS, TLS handshake: the request never left
    LOST = "lost"  # read/write timeout, broken connection, body cut short: the request may have been processed
    RATE_LIMITED = "rate_limited"  # 429
    SERVER_ERROR = "server_error"  # 5xx


def retryable(failure: str, retry_safe: bool) -> bool:
    """Whether a failure may be retried for an operation that is (or is not) safe to repeat."""
    if failure in (Failure.NOT_SENT, Failure.RATE_LIMITED):
        return True
    return retry_safe


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date, clamped to [0, 60].

    Anything unusable (nan, inf, garbage, a date that does not parse) gives None: the caller's own
    backoff applies. A date in the past means "now" (0).
    """
    if not value:
        return None
    value = value.strip()
    seconds: float | None
    try:
        seconds = float(value)
    except ValueError:
        seconds = _seconds_until(value, time.time() if now is None else now)
    if seconds is None or not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _seconds_until(http_date: str, now: float) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(http_date)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT; "-0000" parses naive
        when = when.replace(tzinfo=datetime.UTC)
    try:
        return when.timestamp() - now
    except (OverflowError, OSError, ValueError):
        return None


class Backoff:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... up to 8 s.

    A plain class (not a dataclass: ``dataclasses`` costs import time, see _operation) that
    subclasses may extend (bulk sending's shared backoff).
    """

    __slots__ = ("initial", "maximum")

    def __init__(self, initial: float = INITIAL_DELAY, maximum: float = MAX_DELAY) -> None:
        self.initial = initial
        self.maximum = maximum

    def __repr__(self) -> str:
        return f"{type(self).__name__}(initial={self.initial}, maximum={self.maximum})"

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return retry_after
        base = min(self.maximum, self.initial * 2.0**retry_number)
        return base * (0.75 + random.random() * 0.25)

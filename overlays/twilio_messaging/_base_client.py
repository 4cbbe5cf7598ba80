"""What the sync and async clients share: settings, request building, time budget, error mapping, logging.

The timeout bounds the whole call. ``timeout=10`` means a call returns or raises within about 10 s:
each attempt gets httpx's per-phase limits (connect, read, write, pool), cut to the time left, and
a retry whose wait would end past the deadline is not made. With an ``httpx.Timeout`` the call's
budget is its largest phase value (none when a phase is unbounded).
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

import httpx

from twilio_messaging import __version__
from twilio_messaging._credentials import Credentials
from twilio_messaging._hosts import HostResolver
from twilio_messaging._operation import REQUEST_ID_HEADER, ApiRequest
from twilio_messaging._responses import record_response
from twilio_messaging._retry import Backoff, Failure, parse_retry_after, retryable
from twilio_messaging._wire import Timeouts, WireRequest, WireResponse
from twilio_messaging.errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    MalformedResponseError,
    UnexpectedResponseError,
    error_class_for,
)

logger = logging.getLogger("twilio_messaging")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_PYTHON = sys.version.split()[0]  # what platform.python_version() says, without importing platform
USER_AGENT = f"twilio-messaging/{__version__} python/{_PYTHON} httpx/{httpx.__version__}"


class Settings:
    """Everything that decides how a request is made; clients share it and copy it for with_options()."""

    __slots__ = ("backoff", "budget", "credentials", "hosts", "max_retries", "phases", "timeout")

    def __init__(
        self, credentials: Credentials, hosts: HostResolver, timeout: httpx.Timeout, max_retries: int, backoff: Backoff
    ) -> None:
        self.credentials = credentials
        self.hosts = hosts
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.budget = call_budget(timeout)  # seconds a whole call may take (attempts and waits); None: unbounded
        self.phases: Timeouts = timeout.as_dict()  # what a first attempt gets; shared, never mutated

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed (the budget follows the timeout)."""
        fields = {name: getattr(self, name) for name in ("credentials", "hosts", "timeout", "max_retries", "backoff")}
        return Settings(**(fields | changes))

    def __repr__(self) -> str:  # the credentials' repr hides the secret
        return (
            f"Settings(credentials={self.credentials!r}, hosts={self.hosts!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries}, backoff={self.backoff!r})"
        )


def call_budget(timeout: httpx.Timeout) -> float | None:
    """The whole call's time budget: the timeout's largest phase value, None when a phase is unbounded."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(value is None for value in phases):
        return None
    return max(value for value in phases if value is not None)


def deadline_of(settings: Settings) -> float | None:
    """time.monotonic() by which the call must end, or None."""
    return None if settings.budget is None else time.monotonic() + settings.budget


def fits(deadline: float | None, delay: float) -> bool:
    """Whether waiting ``delay`` seconds still leaves time for another attempt."""
    return deadline is None or time.monotonic() + delay < deadline


def cut_timeout(request: WireRequest, settings: Settings, deadline: float | None) -> None:
    """Give a retry's attempt no more than the time left (a first attempt has the full timeout)."""
    if deadline is None:
        return
    left = max(deadline - time.monotonic(), 0.001)
    request.timeout = {phase: left if value is None else min(value, left) for phase, value in settings.phases.items()}


def coerce_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


def check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be a non-negative int, not {max_retries!r}")
    return max_retries


def with_changes(settings: Settings, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Settings:
    changes: dict[str, Any] = {}
    if timeout is not None:
        changes["timeout"] = coerce_timeout(timeout)
    if max_retries is not None:
        changes["max_retries"] = check_max_retries(max_retries)
    return settings.replace(**changes)


def _aiohttp_cause(exc: httpx.RequestError) -> BaseException | None:
    """The aiohttp exception behind an httpx one raised by httpx-aiohttp's transport (the default async one).

    That transport maps every aiohttp.ClientConnectionError to httpx.ConnectTimeout, a server dropping
    the connection after the request was sent included; only the original tells what happened.
    """
    cause = exc.__cause__
    return cause if cause is not None and type(cause).__module__.startswith("aiohttp") else None


def classify(exc: httpx.RequestError) -> str:
    """Whether a transport failure happened before the request left (safe to retry) or after.

    Every path reads the body before returning, and a failure while reading is never a connect-type
    error (``_connection._reading``), so a body cut short is always LOST.
    """
    cause = _aiohttp_cause(exc)
    if cause is not None:
        import aiohttp  # present: it raised the cause

        not_sent = isinstance(cause, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError)
        return Failure.NOT_SENT if not_sent else Failure.LOST
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Failure.NOT_SENT
    return Failure.LOST


def transport_error(exc: httpx.RequestError, request: WireRequest, failure: str) -> ApiConnectionError:
    cause = _aiohttp_cause(exc)
    original: BaseException = exc if cause is None else cause
    timed_out = isinstance(exc, httpx.TimeoutException) if cause is None else isinstance(cause, TimeoutError)
    cls = ApiTimeoutError if timed_out else ApiConnectionError
    name = type(original).__name__
    text = f"{name}: {original}" if str(original) else name
    processed = failure != Failure.NOT_SENT
    if processed and request.method == "POST":
        text += "; the request may have been processed (a message may have been sent)"
    return cls(text, method=request.method, url=request.url, may_have_been_processed=processed)


def decode_success(request: ApiRequest, response: WireResponse) -> None:
    """Decode a success body once (orjson) for json() to hand over, and check it is a JSON object.

    204 has no body to check.
    """
    import orjson  # on first use (then a dict lookup): import + Client() costs no more than httpx's own import

    if response.status_code == 204:
        return
    try:
        value = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        reason = "an empty body" if not response.content.strip() else "a body that is not JSON"
    else:
        if isinstance(value, dict):
            response.set_decoded(value)
            return
        reason = f"a JSON {type(value).__name__} instead of an object"
    raise MalformedResponseError(
        request.operation.name,
        response.status_code,
        reason=reason,
        method=response.request.method,
        url=response.request.url,
        request_id=response.header(REQUEST_ID_HEADER),
        excerpt=response.content[:200].decode("utf-8", "replace"),
        may_have_been_processed=request.operation.method == "POST",
    )


def api_error(response: WireResponse, retry_after: float | None = None) -> ApiError:
    """A typed error from Twilio's error body (or whatever came back instead)."""
    import orjson

    body: Any
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        body = None
    info = body if isinstance(body, dict) else {}
    code = info.get("code")
    message = info.get("message") or response.reason_phrase or "error"
    more_info = info.get("more_info")
    return error_class_for(response.status_code)(
        status=response.status_code,
        code=code if isinstance(code, int) else None,
        message=str(message),
        more_info=more_info if isinstance(more_info, str) else None,
        method=response.request.method,
        url=response.request.url,
        request_id=response.header(REQUEST_ID_HEADER),
        body=body if body is not None else response.text,
        retry_after=retry_after,
    )


def log_attempt(request: WireRequest, started: float, attempt: int, outcome: str) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            request.method,
            request.url,
            outcome,
            (time.perf_counter() - started) * 1000,
            attempt,
        )


NO_DELAY = -1.0  # what after_response returns as the delay when the response is final


def _failure_of(response: WireResponse) -> str | None:
    if response.status_code == 429:
        return Failure.RATE_LIMITED
    if response.status_code >= 500:
        return Failure.SERVER_ERROR
    return None


def after_response(
    settings: Settings, request: ApiRequest, response: WireResponse, attempt: int, deadline: float | None
) -> float:
    """NO_DELAY when the response is final (its body decoded), the delay before a retry; raise on errors."""
    status = response.status_code
    if status in request.operation.success:
        record_response(response)
        decode_success(request, response)
        return NO_DELAY
    if 200 <= status < 300:  # a success the spec does not document: not a Twilio error
        record_response(response)
        raise UnexpectedResponseError(request.operation.name, status)
    failure = _failure_of(response)
    retry_after = parse_retry_after(response.header("Retry-After")) if failure else None
    if failure and attempt <= settings.max_retries and retryable(failure, request.operation.retry_safe):
        delay = settings.backoff.delay(attempt - 1, retry_after)
        if fits(deadline, delay):
            return delay
    record_response(response)
    raise api_error(response, retry_after)


def after_transport_error(
    settings: Settings,
    request: ApiRequest,
    exc: httpx.RequestError,
    wire: WireRequest,
    attempt: int,
    deadline: float | None,
) -> float:
    """Return the delay before a retry, or raise our own error when the failure must not be retried."""
    failure = classify(exc)
    if attempt <= settings.max_retries and retryable(failure, request.operation.retry_safe):
        delay = settings.backoff.delay(attempt - 1)
        if fits(deadline, delay):
            return delay
    raise transport_error(exc, wire, failure) from None

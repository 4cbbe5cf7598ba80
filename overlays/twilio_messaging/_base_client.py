"""What the sync and async clients share: settings, request building, error mapping, logging."""

from __future__ import annotations

import logging
import platform
import time
from dataclasses import dataclass, replace
from typing import Any

import httpx

from twilio_messaging import __version__
from twilio_messaging._credentials import Credentials
from twilio_messaging._encoding import encode_pairs, form_body
from twilio_messaging._hosts import HostResolver
from twilio_messaging._operation import REQUEST_ID_HEADER, ApiRequest
from twilio_messaging._retry import Backoff, Failure
from twilio_messaging.errors import ApiConnectionError, ApiError, ApiTimeoutError, error_class_for

logger = logging.getLogger("twilio_messaging")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
USER_AGENT = f"twilio-messaging/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


@dataclass(frozen=True)
class Settings:
    """Everything that decides how a request is made; clients share it and copy it for with_options()."""

    credentials: Credentials
    hosts: HostResolver
    timeout: httpx.Timeout
    max_retries: int
    backoff: Backoff


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
    return replace(settings, **changes)


_URL_CACHE: dict[str, httpx.URL] = {}
_URL_CACHE_LIMIT = 1024


def _url(text: str) -> httpx.URL:
    """httpx.URL for a URL string, cached: httpx validates every character, and creates repeat one URL."""
    url = _URL_CACHE.get(text)
    if url is None:
        if len(_URL_CACHE) >= _URL_CACHE_LIMIT:
            _URL_CACHE.clear()
        url = _URL_CACHE[text] = httpx.URL(text)
    return url


@dataclass(frozen=True)
class RequestHeaders:
    """Headers every request of a client carries, built once: plain, and for form bodies."""

    plain: httpx.Headers
    form: httpx.Headers

    @classmethod
    def create(cls, headers: dict[str, str]) -> RequestHeaders:
        return cls(httpx.Headers(headers), httpx.Headers({**headers, "Content-Type": FORM_CONTENT_TYPE}))


FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


def build_httpx_request(settings: Settings, request: ApiRequest, headers: RequestHeaders) -> httpx.Request:
    """The httpx request for an ApiRequest: host per operation, Twilio's encoding, auth, timeout."""
    url = _url(settings.hosts.origin(request.operation.host) + request.path)
    params: list[tuple[str, Any]] | None = encode_pairs(request.params) if request.params else None
    extensions = {"timeout": settings.timeout.as_dict()}
    method = request.operation.method
    if request.json is not None:
        built = httpx.Request(
            method, url, params=params, json=request.json, headers=headers.plain, extensions=extensions
        )
    elif request.data is not None:
        # Encoded here rather than by httpx so booleans and repeated keys follow Twilio's rules.
        body = form_body(request.data)
        built = httpx.Request(method, url, params=params, content=body, headers=headers.form, extensions=extensions)
    else:
        built = httpx.Request(method, url, params=params, headers=headers.plain, extensions=extensions)
    if request.headers:  # an operation's header parameters (X-Twilio-Api-Version on US A2P campaigns)
        built.headers.update(request.headers)
    return built


def _aiohttp_cause(exc: httpx.RequestError) -> BaseException | None:
    """The aiohttp exception behind an httpx one raised by httpx-aiohttp's transport (the default async one).

    That transport maps every aiohttp.ClientConnectionError to httpx.ConnectTimeout, a server dropping
    the connection after the request was sent included; only the original tells what happened.
    """
    cause = exc.__cause__
    return cause if cause is not None and type(cause).__module__.startswith("aiohttp") else None


def classify(exc: httpx.RequestError) -> str:
    """Whether a transport failure happened before the request left (safe to retry) or after."""
    cause = _aiohttp_cause(exc)
    if cause is not None:
        import aiohttp  # present: it raised the cause

        not_sent = isinstance(cause, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError)
        return Failure.NOT_SENT if not_sent else Failure.LOST
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return Failure.NOT_SENT
    return Failure.LOST


def transport_error(exc: httpx.RequestError, request: httpx.Request) -> ApiConnectionError:
    cause = _aiohttp_cause(exc)
    original: BaseException = exc if cause is None else cause
    timed_out = isinstance(exc, httpx.TimeoutException) if cause is None else isinstance(cause, TimeoutError)
    cls = ApiTimeoutError if timed_out else ApiConnectionError
    name = type(original).__name__
    return cls(f"{name}: {original}" if str(original) else name, method=request.method, url=str(request.url))


def api_error(response: httpx.Response) -> ApiError:
    """A typed error from Twilio's error body (or whatever came back instead)."""
    body: Any
    try:
        body = response.json()
    except ValueError:
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
        url=str(response.request.url),
        request_id=response.headers.get(REQUEST_ID_HEADER),
        body=body if body is not None else response.text,
    )


def log_attempt(request: httpx.Request, started: float, attempt: int, outcome: str) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.1f ms (attempt %d)",
            request.method,
            request.url,
            outcome,
            (time.perf_counter() - started) * 1000,
            attempt,
        )

"""``Client`` and ``AsyncClient``: the generated resources over one retrying, typed request loop."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Mapping
from typing import Generic, Self, TypeVar

import httpx
from twilio_messaging_api.resources import AsyncResources, Resources

from twilio_messaging._base_client import (
    NO_DELAY,
    USER_AGENT,
    Settings,
    after_response,
    after_transport_error,
    check_max_retries,
    coerce_timeout,
    cut_timeout,
    deadline_of,
    log_attempt,
    with_changes,
)
from twilio_messaging._connection import AsyncConnection, SyncConnection
from twilio_messaging._credentials import resolve_credentials
from twilio_messaging._hosts import HostResolver
from twilio_messaging._operation import ApiRequest
from twilio_messaging._proxies import ProxyOption, ProxyRoutes
from twilio_messaging._request import RequestHeaders, build_wire_request
from twilio_messaging._retry import DEFAULT_MAX_RETRIES, Backoff
from twilio_messaging._wire import WireResponse
from twilio_messaging.errors import ConfigurationError

_Timeout = float | httpx.Timeout | None
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
ConnectionT = TypeVar("ConnectionT", SyncConnection, AsyncConnection)


def _settings(
    account_sid: str | None,
    auth_token: str | None,
    api_key: str | None,
    api_secret: str | None,
    region: str | None,
    edge: str | None,
    base_url: str | None,
    hosts: Mapping[str, str] | None,
    timeout: _Timeout,
    max_retries: int,
) -> Settings:
    return Settings(
        credentials=resolve_credentials(account_sid, auth_token, api_key, api_secret),
        hosts=HostResolver.create(region=region, edge=edge, base_url=base_url, hosts=hosts),
        timeout=coerce_timeout(timeout),
        max_retries=check_max_retries(max_retries),
        backoff=Backoff(),
    )


def _headers(settings: Settings) -> RequestHeaders:
    """Headers every request carries, built once per client (basic auth included)."""
    creds = settings.credentials
    token = base64.b64encode(f"{creds.username}:{creds.secret}".encode()).decode("ascii")
    return RequestHeaders.create(
        {
            "Authorization": f"Basic {token}",
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            # Twilio compresses when asked (a 1,000-message page about tenfold); zlib undoes both (_content_encoding).
            "Accept-Encoding": "gzip, deflate",
        }
    )


async def _async_sleep(seconds: float) -> None:
    """asyncio.sleep, imported on first use: programs that only use Client never import asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


class _ClientCore(Generic[HttpClientT, ConnectionT]):
    """What both clients share: construction, settings, subaccounts, per-call options."""

    _settings: Settings
    _connection: ConnectionT
    _connection_type: Callable[[HttpClientT | None, ProxyRoutes | None], ConnectionT]

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        hosts: Mapping[str, str] | None = None,
        timeout: _Timeout = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        proxy: ProxyOption = None,
        trust_env: bool = True,
        http_client: HttpClientT | None = None,
    ) -> None:
        settings = _settings(
            account_sid, auth_token, api_key, api_secret, region, edge, base_url, hosts, timeout, max_retries
        )
        if http_client is not None and proxy is not None:
            raise ConfigurationError("pass proxy= to your own http_client, not to the SDK client, when you give one")
        routes = ProxyRoutes.create(proxy, trust_env=trust_env) if http_client is None else None
        self._init(settings, self._connection_type(http_client, routes), owns_connection=True)

    def _init(self, settings: Settings, connection: ConnectionT, *, owns_connection: bool) -> None:
        # Cooperative init: the next class in the MRO is the generated Resources / AsyncResources tree.
        super().__init__(self)  # type: ignore[call-arg]
        self._settings = settings
        self._connection = connection
        self._owns_connection = owns_connection
        self._headers = _headers(settings)

    def _copy(self, settings: Settings) -> Self:
        clone = object.__new__(type(self))
        clone._init(settings, self._connection, owns_connection=False)
        return clone

    @property
    def account_sid(self) -> str:
        """The account every request acts for (fills the AccountSid path parameter)."""
        return self._settings.credentials.account_sid

    def with_options(self, *, timeout: _Timeout = None, max_retries: int | None = None) -> Self:
        """A client sharing this one's connections, with another timeout or retry count."""
        return self._copy(with_changes(self._settings, timeout, max_retries))

    def for_account(self, account_sid: str) -> Self:
        """A client acting for a subaccount, with the same credentials and connections."""
        if not isinstance(account_sid, str) or not account_sid.startswith("AC") or len(account_sid) != 34:
            raise ValueError("account_sid must be an Account SID: 'AC' followed by 32 hex digits")
        credentials = self._settings.credentials.for_account(account_sid)
        return self._copy(self._settings.replace(credentials=credentials))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} account_sid={self.account_sid!r}>"


class Client(_ClientCore[httpx.Client, SyncConnection], Resources):
    """Synchronous Twilio Messaging client.

    Credentials come from the arguments or from TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or
    TWILIO_API_KEY and TWILIO_API_SECRET). ``region``/``edge`` (or TWILIO_REGION/TWILIO_EDGE)
    pick Twilio's regional hosts; ``base_url`` sends every host to one origin (an emulator or a
    mock), ``hosts`` overrides single hosts.

    ``timeout`` (default 30 s, connect 5 s) bounds the whole call: attempts and the waits between
    them together end within it, and a retry that would not fit is not made. Calls are retried
    where that cannot send a message twice (``max_retries``, default 2: at most 3 attempts).

    Proxies: ``proxy=`` sends every request through one proxy; without it HTTP_PROXY, HTTPS_PROXY,
    ALL_PROXY and NO_PROXY apply as in httpx (``trust_env=False`` ignores them), loopback excepted.
    Pass ``http_client`` to use your own ``httpx.Client`` (its transport, proxies, hooks and
    defaults apply).
    """

    _connection_type = SyncConnection

    def send(self, request: ApiRequest) -> WireResponse:
        """Send one operation's request with retries; return the success response or raise."""
        settings = self._settings
        wire = build_wire_request(
            request, settings.hosts.origin(request.operation.host), self._headers, settings.phases
        )
        deadline = deadline_of(settings)
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1:
                cut_timeout(wire, settings, deadline)
            started = time.perf_counter()
            try:
                response = self._connection.send(wire)  # the body is read in there: a body cut short fails here too
            except httpx.RequestError as exc:  # TransportError, DecodingError, ...
                log_attempt(wire, started, attempt, type(exc).__name__)
                time.sleep(after_transport_error(settings, request, exc, wire, attempt, deadline))
                continue
            log_attempt(wire, started, attempt, str(response.status_code))
            delay = after_response(settings, request, response, attempt, deadline)
            if delay == NO_DELAY:
                return response
            time.sleep(delay)

    def close(self) -> None:
        """Close the connection pool (a client handed in as http_client stays open)."""
        if self._owns_connection:
            self._connection.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(_ClientCore[httpx.AsyncClient, AsyncConnection], AsyncResources):
    """Asynchronous twin of :class:`Client`: the same arguments, ``await`` on every call.

    Without ``http_client`` it uses aiohttp's transport under httpx (stock httpx pools slow down
    sharply under concurrency); pass an ``httpx.AsyncClient`` to choose your own.
    """

    _connection_type = AsyncConnection

    async def send(self, request: ApiRequest) -> WireResponse:
        """Send one operation's request with retries; return the success response or raise."""
        settings = self._settings
        wire = build_wire_request(
            request, settings.hosts.origin(request.operation.host), self._headers, settings.phases
        )
        deadline = deadline_of(settings)
        attempt = 0
        while True:
            attempt += 1
            if attempt > 1:
                cut_timeout(wire, settings, deadline)
            started = time.perf_counter()
            try:
                response = await self._connection.send(
                    wire
                )  # the body is read in there: a body cut short fails here too
            except httpx.RequestError as exc:  # TransportError, DecodingError, ...
                log_attempt(wire, started, attempt, type(exc).__name__)
                await _async_sleep(after_transport_error(settings, request, exc, wire, attempt, deadline))
                continue
            log_attempt(wire, started, attempt, str(response.status_code))
            delay = after_response(settings, request, response, attempt, deadline)
            if delay == NO_DELAY:
                return response
            await _async_sleep(delay)

    async def aclose(self) -> None:
        """Close the connection pool (a client handed in as http_client stays open)."""
        if self._owns_connection:
            await self._connection.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

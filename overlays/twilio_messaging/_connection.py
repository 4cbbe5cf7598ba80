"""Where requests go: the caller's httpx client, or pools of our own created on first use.

Every path takes a :class:`~twilio_messaging._wire.WireRequest` and returns a
:class:`~twilio_messaging._wire.WireResponse` read in full, or raises one of httpx's errors. When the
SDK owns the connections it talks to pools directly (:mod:`twilio_messaging._httpcore`,
:mod:`twilio_messaging._aiohttp`): the client layer of httpx (URL merging, cookies, auth flows,
hooks) does nothing Twilio needs and costs more CPU than the rest of a call. A caller's
``http_client`` is used as given, hooks, proxies and all. Creating pools lazily keeps ``Client()``
cheap (no TLS context until the first request).

Proxies follow httpx's rules (:mod:`twilio_messaging._proxies`): an explicit ``proxy=`` carries
every request; otherwise HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY choose per URL, except that
loopback (the emulator) is always reached directly. Each proxy gets a pool of its own.

The async pool is aiohttp's (:mod:`twilio_messaging._aiohttp`): stock httpx pools slow down sharply
under concurrency.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

import httpx

from twilio_messaging._proxies import ProxyRoutes
from twilio_messaging._wire import WireRequest, WireResponse, parsed_url
from twilio_messaging.errors import ConfigurationError

if TYPE_CHECKING:
    from twilio_messaging._aiohttp import AiohttpPool
    from twilio_messaging._httpcore import HttpcorePool


class SyncConnection:
    """The sync pools behind one Client and its with_options()/for_account() copies."""

    def __init__(self, http_client: httpx.Client | None, routes: ProxyRoutes | None = None) -> None:
        self._client = http_client
        self._routes = routes or ProxyRoutes.direct()
        self._pool: HttpcorePool | None = None  # the pool when no proxy is configured at all
        self._pools: dict[httpx.Proxy | None, HttpcorePool] = {}
        self._lock = threading.Lock()

    def send(self, request: WireRequest) -> WireResponse:
        if self._client is not None:
            return _send_through_sync(self._client, request)
        return (self._pool or self._pool_for(request.url)).send(request)

    def _pool_for(self, url: str) -> HttpcorePool:
        proxy = self._routes.proxy_for(parsed_url(url))
        with self._lock:
            pool = self._pools.get(proxy)
            if pool is None:
                from twilio_messaging._httpcore import HttpcorePool  # httpcore: on the first request

                with _proxy_support(proxy):
                    pool = HttpcorePool(proxy, self._routes.trust_env)
                self._pools[proxy] = pool
            if not self._routes.has_proxies:
                self._pool = pool  # the one pool: later requests skip the lookup
            return pool

    def close(self) -> None:
        """Close the pools this object created (a caller's client is the caller's to close)."""
        with self._lock:
            pools, self._pools, self._pool = list(self._pools.values()), {}, None
        for pool in pools:
            pool.close()


class AsyncConnection:
    """The async pools behind one AsyncClient and its copies (aiohttp's; httpx's for SOCKS proxies)."""

    def __init__(self, http_client: httpx.AsyncClient | None, routes: ProxyRoutes | None = None) -> None:
        self._client = http_client
        self._routes = routes or ProxyRoutes.direct()
        self._pool: AiohttpPool | httpx.AsyncClient | None = None
        self._pools: dict[httpx.Proxy | None, AiohttpPool | httpx.AsyncClient] = {}

    async def send(self, request: WireRequest) -> WireResponse:
        if self._client is not None:
            return await _send_through(self._client, request)
        pool = self._pool or self._pool_for(request.url)
        if isinstance(pool, httpx.AsyncClient):
            return await _send_through(pool, request)
        return await pool.send(request)

    def _pool_for(self, url: str) -> AiohttpPool | httpx.AsyncClient:
        # No await in here: no other task can interleave between the lookup and the assignment.
        proxy = self._routes.proxy_for(parsed_url(url))
        pool = self._pools.get(proxy)
        if pool is None:
            with _proxy_support(proxy):
                pool = self._pools[proxy] = _async_pool(proxy, self._routes.trust_env)
        if not self._routes.has_proxies:
            self._pool = pool
        return pool

    async def aclose(self) -> None:
        pools, self._pools, self._pool = list(self._pools.values()), {}, None
        for pool in pools:
            await pool.aclose()


def _send_through_sync(client: httpx.Client, request: WireRequest) -> WireResponse:
    """A caller's httpx client: headers first (stream=True), so a body that fails is known to be answered."""
    response = client.send(request.to_httpx(client), stream=True)
    try:
        with _answered():
            response.read()
    finally:
        with suppress(httpx.HTTPError):  # a body that failed may fail again while closing: the first error counts
            response.close()
    return WireResponse.from_httpx(response, request)


async def _send_through(client: httpx.AsyncClient, request: WireRequest) -> WireResponse:
    """The async twin of :func:`_send_through_sync` (a caller's client, or httpx's pool for SOCKS proxies)."""
    response = await client.send(request.to_httpx(client), stream=True)
    try:
        with _answered():
            await response.aread()
    finally:
        with suppress(httpx.HTTPError):
            await response.aclose()
    return WireResponse.from_httpx(response, request)


@contextmanager
def _answered() -> Iterator[None]:
    """Reading a body whose headers arrived: the request surely left, whatever httpx error the read raises.

    A connect-type error there (a caller's transport may raise anything) is reported as a read error,
    so the retry rules never take an answered POST for one that was not sent.
    """
    try:
        yield
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        raise httpx.ReadError(f"{type(exc).__name__} while reading the body: {exc}") from exc


@contextmanager
def _proxy_support(proxy: httpx.Proxy | None) -> Iterator[None]:
    """A SOCKS proxy (ALL_PROXY=socks5://...) needs httpx's socks extra: say so, as a typed error."""
    try:
        yield
    except ImportError as exc:
        where = proxy.url.scheme if proxy is not None else "this"
        raise ConfigurationError(
            f"a {where} proxy needs an extra package ({exc}); pip install 'httpx[socks]'"
        ) from None


def _async_pool(proxy: httpx.Proxy | None, trust_env: bool) -> AiohttpPool | httpx.AsyncClient:
    """aiohttp's pool (see _aiohttp); httpx's own for SOCKS proxies, which aiohttp does not speak."""
    if proxy is not None and proxy.url.scheme not in ("http", "https"):
        return httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(proxy=proxy, trust_env=trust_env), trust_env=False)
    from twilio_messaging._aiohttp import AiohttpPool  # imports aiohttp: only once an AsyncClient sends

    return AiohttpPool(proxy, trust_env)

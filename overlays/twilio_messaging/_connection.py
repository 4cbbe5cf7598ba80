"""Where requests go: the caller's httpx client, or transports of our own created on first use.

When the SDK owns the connections it talks to transports directly (:mod:`twilio_messaging._httpcore`,
:mod:`twilio_messaging._aiohttp`: both return responses already read): the client layer of httpx
(URL merging, cookies, auth flows, hooks) does nothing Twilio needs and costs more CPU than the rest
of a call. A caller's ``http_client`` is used as given, hooks, proxies and all. Creating
pools lazily keeps ``Client()`` cheap (no TLS context until the first request).

Proxies follow httpx's rules (:mod:`twilio_messaging._proxies`): an explicit ``proxy=`` carries
every request; otherwise HTTP_PROXY / HTTPS_PROXY / ALL_PROXY / NO_PROXY choose per URL, except that
loopback (the emulator) is always reached directly. Each proxy gets a pool of its own.

The async pool is aiohttp's (:mod:`twilio_messaging._aiohttp`): stock httpx pools slow down sharply
under concurrency.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from twilio_messaging._proxies import ProxyRoutes
from twilio_messaging.errors import ConfigurationError


class SyncConnection:
    """The sync pools behind one Client and its with_options()/for_account() copies."""

    def __init__(self, http_client: httpx.Client | None, routes: ProxyRoutes | None = None) -> None:
        self._client = http_client
        self._routes = routes or ProxyRoutes.direct()
        self._transport: httpx.BaseTransport | None = None  # the pool when no proxy is configured at all
        self._pools: dict[httpx.Proxy | None, httpx.BaseTransport] = {}
        self._lock = threading.Lock()

    def send(self, request: httpx.Request) -> httpx.Response:
        if self._client is not None:
            return self._client.send(_with_client_defaults(self._client, request))
        transport = self._transport or self._transport_for(request.url)
        response = transport.handle_request(request)
        response.request = request
        return response

    def _transport_for(self, url: httpx.URL) -> httpx.BaseTransport:
        proxy = self._routes.proxy_for(url)
        with self._lock:
            transport = self._pools.get(proxy)
            if transport is None:
                from twilio_messaging._httpcore import WholeBodyHTTPTransport  # httpcore: on the first request

                with _proxy_support(proxy):
                    transport = WholeBodyHTTPTransport(proxy=proxy, trust_env=self._routes.trust_env)
                self._pools[proxy] = transport
            if not self._routes.has_proxies:
                self._transport = transport  # the one pool: later requests skip the lookup
            return transport

    def close(self) -> None:
        """Close the pools this object created (a caller's client is the caller's to close)."""
        with self._lock:
            pools, self._pools, self._transport = list(self._pools.values()), {}, None
        for transport in pools:
            transport.close()


class AsyncConnection:
    """The async pools behind one AsyncClient and its copies (aiohttp's transport)."""

    def __init__(self, http_client: httpx.AsyncClient | None, routes: ProxyRoutes | None = None) -> None:
        self._client = http_client
        self._routes = routes or ProxyRoutes.direct()
        self._transport: httpx.AsyncBaseTransport | None = None
        self._pools: dict[httpx.Proxy | None, httpx.AsyncBaseTransport] = {}

    async def send(self, request: httpx.Request) -> httpx.Response:
        if self._client is not None:
            return await self._client.send(_with_client_defaults(self._client, request))
        transport = self._transport or self._transport_for(request.url)
        response = await transport.handle_async_request(request)
        response.request = request
        return response

    def _transport_for(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        # No await in here: no other task can interleave between the lookup and the assignment.
        proxy = self._routes.proxy_for(url)
        transport = self._pools.get(proxy)
        if transport is None:
            with _proxy_support(proxy):
                transport = self._pools[proxy] = _async_transport(proxy, self._routes.trust_env)
        if not self._routes.has_proxies:
            self._transport = transport
        return transport

    async def aclose(self) -> None:
        pools, self._pools, self._transport = list(self._pools.values()), {}, None
        for transport in pools:
            await transport.aclose()


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


def _with_client_defaults(client: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> httpx.Request:
    """The request rebuilt by the caller's client, so its default headers, cookies and params apply too."""
    return client.build_request(
        request.method, request.url, content=request.content, headers=request.headers, extensions=request.extensions
    )


def _async_transport(proxy: httpx.Proxy | None, trust_env: bool) -> httpx.AsyncBaseTransport:
    """aiohttp's pool (see _aiohttp); httpx's own for SOCKS proxies, which aiohttp does not speak."""
    if proxy is not None and proxy.url.scheme not in ("http", "https"):
        return httpx.AsyncHTTPTransport(proxy=proxy, trust_env=trust_env)
    from twilio_messaging._aiohttp import WholeBodyTransport  # imports aiohttp: only once an AsyncClient sends

    return WholeBodyTransport(proxy, trust_env)

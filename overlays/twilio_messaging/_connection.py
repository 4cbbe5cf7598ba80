"""Where requests go: the caller's httpx client, or a transport of our own created on first use.

When the SDK owns the connections it talks to the httpx transport directly: the client layer of
httpx (URL merging, cookies, auth flows, hooks) does nothing Twilio needs and costs more CPU than
the rest of a call. A caller's ``http_client`` is used as given, hooks and all. Creating the pool
lazily keeps ``Client()`` cheap (no TLS context until the first request).
"""

from __future__ import annotations

import threading

import httpx


class SyncConnection:
    """The sync pool behind one Client and its with_options()/for_account() copies."""

    def __init__(self, http_client: httpx.Client | None) -> None:
        self._client = http_client
        self._transport: httpx.BaseTransport | None = None
        self._lock = threading.Lock()

    def send(self, request: httpx.Request) -> httpx.Response:
        if self._client is not None:
            return self._client.send(_with_client_defaults(self._client, request))
        transport = self._transport or self._create_transport()
        response = transport.handle_request(request)
        response.request = request
        return response

    def _create_transport(self) -> httpx.BaseTransport:
        with self._lock:
            if self._transport is None:
                self._transport = httpx.HTTPTransport()
            return self._transport

    def close(self) -> None:
        """Close the pool this object created (a caller's client is the caller's to close)."""
        if self._transport is not None:
            self._transport.close()
            self._transport = None


class AsyncConnection:
    """The async pool behind one AsyncClient and its copies (aiohttp's transport when installed)."""

    def __init__(self, http_client: httpx.AsyncClient | None) -> None:
        self._client = http_client
        self._transport: httpx.AsyncBaseTransport | None = None

    async def send(self, request: httpx.Request) -> httpx.Response:
        if self._client is not None:
            return await self._client.send(_with_client_defaults(self._client, request))
        if self._transport is None:  # no await before the assignment: no other task can interleave
            self._transport = _default_async_transport()
        response = await self._transport.handle_async_request(request)
        response.request = request
        return response

    async def aclose(self) -> None:
        if self._transport is not None:
            transport, self._transport = self._transport, None
            await transport.aclose()


def _with_client_defaults(client: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> httpx.Request:
    """The request rebuilt by the caller's client, so its default headers, cookies and params apply too."""
    return client.build_request(
        request.method, request.url, content=request.content, headers=request.headers, extensions=request.extensions
    )


def _default_async_transport() -> httpx.AsyncBaseTransport:
    """aiohttp's transport when available: stock httpx pools slow down sharply under concurrency."""
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError:  # pragma: no cover - optional speed-up
        return httpx.AsyncHTTPTransport()
    return AiohttpTransport()

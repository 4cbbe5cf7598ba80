"""The async pool: aiohttp's, behind httpx's transport interface (httpx-aiohttp), read in one piece.

httpx-aiohttp hands back a response whose body httpx then pulls through its streaming layers
(an async generator over aiohttp's chunks, httpx's decoders and chunker, an exception-mapping
context per chunk): per call, about as much CPU as the SDK's own work. The SDK always reads the
whole body at once, so this transport reads it inside the request, with aiohttp's ``read()``, and
returns an httpx response that already holds it. What goes out, the timeouts, proxies and the
mapping of aiohttp's exceptions to httpx's (the cause kept, see ``_base_client.classify``) are
httpx-aiohttp's.

aiohttp resends an idempotent request by itself when a kept-alive connection drops; the session
here has that turned off, so a call makes at most ``max_retries + 1`` attempts whatever happens.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport
from httpx_aiohttp.transport import map_aiohttp_exceptions

from twilio_messaging._responses import response_holding

_HTTP11 = b"HTTP/1.1"
_TIMEOUTS: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}


def _client_timeout(timeout: dict[str, float | None]) -> aiohttp.ClientTimeout:
    """httpx's per-phase timeouts as aiohttp's (as httpx-aiohttp maps them), one object per distinct value."""
    key = (timeout.get("connect"), timeout.get("read"), timeout.get("pool"))
    found = _TIMEOUTS.get(key)
    if found is None:
        if len(_TIMEOUTS) >= 256:  # retries cut timeouts to the time left: many distinct values
            _TIMEOUTS.clear()
        found = _TIMEOUTS[key] = aiohttp.ClientTimeout(sock_connect=key[0], sock_read=key[1], connect=key[2])
    return found


def _pairs(headers: httpx.Headers) -> list[tuple[str, str]]:
    """The headers as str pairs for aiohttp, which copies them as they are (a mapping costs a lookup per name).

    Latin-1 because it maps bytes to str one to one (httpx.Headers built from str values holds ASCII),
    without httpx's ``multi_items()`` guessing the encoding of every header on each call.
    """
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw]


class WholeBodyTransport(AiohttpTransport):
    """httpx-aiohttp's transport, returning responses whose body has been read (and the connection released)."""

    def __init__(self, proxy: httpx.Proxy | None, trust_env: bool) -> None:
        super().__init__(proxy=proxy, trust_env=trust_env)
        self.client = lambda: session(self.ssl_context, self.limits)
        proxy_auth = aiohttp.BasicAuth(*proxy.auth) if proxy is not None and proxy.auth else None
        self._proxy: dict[str, Any] = {
            "proxy": str(proxy.url) if proxy else None,
            "proxy_auth": proxy_auth,
            "proxy_headers": proxy.headers if proxy else None,
        }

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self.client, aiohttp.ClientSession):
            self.client = self.get_client()
        client: aiohttp.ClientSession = self.client
        with map_aiohttp_exceptions():
            async with client.request(
                request.method,
                str(request.url),
                headers=_pairs(request.headers),
                data=request.content or None,  # the SDK's requests are always read (_request.py)
                allow_redirects=False,
                auto_decompress=False,
                compress=False,
                timeout=_client_timeout(request.extensions.get("timeout", {})),
                server_hostname=request.extensions.get("sni_hostname"),
                **self._proxy,
            ) as response:
                body = await response.read()  # a body cut short or stalled raises here, mapped as above
        extensions = {"http_version": _HTTP11}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode()
        return response_holding(response.status, response.raw_headers, body, request, extensions)


def session(ssl_context: Any, limits: httpx.Limits) -> aiohttp.ClientSession:
    """The session httpx-aiohttp would build, minus aiohttp's silent resend of idempotent requests.

    aiohttp retries a GET/PUT/DELETE once on a fresh connection when a kept-alive one fails; the SDK
    has retry rules of its own, so that second, unseen attempt would break the attempt count.
    ``_retry_connection`` is the switch aiohttp's own test client uses for the same reason.
    """
    connector = aiohttp.TCPConnector(
        limit=limits.max_connections or 0, keepalive_timeout=limits.keepalive_expiry, ssl=ssl_context
    )
    client = aiohttp.ClientSession(connector=connector)
    if hasattr(client, "_retry_connection"):
        client._retry_connection = False
    return client

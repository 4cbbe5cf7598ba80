"""The async pool: aiohttp's, set up as httpx-aiohttp sets it up, fed the SDK's wire requests.

httpx-aiohttp's transport takes an ``httpx.Request`` and hands back a response whose body httpx then
pulls through its streaming layers (an async generator over aiohttp's chunks, httpx's decoders and
chunker, an exception-mapping context per chunk): per call, more CPU than the SDK's own work. The
SDK always reads the whole body at once and needs no httpx model on its own path, so this pool
sends a :class:`~twilio_messaging._wire.WireRequest` with aiohttp directly and reads the body inside
the request. The TLS context, connection limits, proxy settings and the mapping of aiohttp's
exceptions to httpx's (the cause kept, see ``_base_client.classify``) stay httpx-aiohttp's.

aiohttp resends an idempotent request by itself when a kept-alive connection drops; the session
here has that turned off, so a call makes at most ``max_retries + 1`` attempts whatever happens.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport
from httpx_aiohttp.transport import map_aiohttp_exceptions

from twilio_messaging._wire import Timeouts, WireRequest, WireResponse, received

_TIMEOUTS: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}


def _client_timeout(timeout: Timeouts) -> aiohttp.ClientTimeout:
    """httpx's per-phase timeouts as aiohttp's (as httpx-aiohttp maps them), one object per distinct value."""
    key = (timeout.get("connect"), timeout.get("read"), timeout.get("pool"))
    found = _TIMEOUTS.get(key)
    if found is None:
        if len(_TIMEOUTS) >= 256:  # retries cut timeouts to the time left: many distinct values
            _TIMEOUTS.clear()
        found = _TIMEOUTS[key] = aiohttp.ClientTimeout(sock_connect=key[0], sock_read=key[1], connect=key[2])
    return found


class AiohttpPool(AiohttpTransport):
    """aiohttp's pool as httpx-aiohttp configures it; :meth:`send` returns responses read in full."""

    def __init__(self, proxy: httpx.Proxy | None, trust_env: bool) -> None:
        super().__init__(proxy=proxy, trust_env=trust_env)
        self.client = lambda: session(self.ssl_context, self.limits)
        proxy_auth = aiohttp.BasicAuth(*proxy.auth) if proxy is not None and proxy.auth else None
        self._proxy: dict[str, Any] = {
            "proxy": str(proxy.url) if proxy else None,
            "proxy_auth": proxy_auth,
            "proxy_headers": proxy.headers if proxy else None,
        }

    async def send(self, request: WireRequest) -> WireResponse:
        """Send, read the whole body (the connection goes back to the pool), or raise an httpx error."""
        if not isinstance(self.client, aiohttp.ClientSession):
            self.client = self.get_client()
        client: aiohttp.ClientSession = self.client
        try:
            async with client.request(
                request.method,
                request.url,
                headers=request.headers.text,
                data=request.body or None,
                allow_redirects=False,
                auto_decompress=False,  # decoded as on every other path (_wire.received)
                compress=False,
                timeout=_client_timeout(request.timeout),
                **self._proxy,
            ) as response:
                body = await response.read()  # a body cut short or stalled raises here, mapped below
        except Exception:
            with map_aiohttp_exceptions():  # httpx-aiohttp's mapping (the cause kept), entered only on failure
                raise
        coding = response.headers.get("Content-Encoding")  # aiohttp's case-insensitive multidict, in C
        return received(
            response.status, response.raw_headers, body, request, response.reason or "", content_encoding=coding
        )


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

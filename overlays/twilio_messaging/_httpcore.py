"""The sync pool: httpx's own transport (httpcore), with the body read in one piece.

``httpx.HTTPTransport`` returns a response whose body httpx then pulls through its streaming layers
(a generator per layer, an exception-mapping context, decoders, a chunker). The SDK always reads
the whole body at once, so this transport reads it inside the request, straight from httpcore, and
returns an httpx response that already holds it (:func:`~twilio_messaging._responses.response_holding`).
Everything else is httpx's: the request sent, the pool, proxies (``self._pool`` is then httpcore's
proxy pool), TLS, and the mapping of httpcore's exceptions to httpx's (``map_httpcore_exceptions``;
both private to httpx, which is pinned <0.29). A body cut short or stalled raises here, before a
response exists, as the same httpx error ``response.read()`` would raise.
"""

from __future__ import annotations

import httpcore
import httpx
from httpx._transports.default import map_httpcore_exceptions

from twilio_messaging._responses import response_holding


class WholeBodyHTTPTransport(httpx.HTTPTransport):
    """httpx.HTTPTransport, returning responses whose body has been read (and the connection released)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        sent = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with map_httpcore_exceptions():
            received = self._pool.handle_request(sent)
            try:
                body = received.read()
            finally:
                received.close()
        return response_holding(received.status, received.headers, body, request, received.extensions)

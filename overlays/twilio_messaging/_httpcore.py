"""The sync pool: httpx's own (httpcore, as ``httpx.HTTPTransport`` sets it up), fed the SDK's wire requests.

``httpx.HTTPTransport`` takes an ``httpx.Request`` and returns a response whose body httpx then pulls
through its streaming layers (a generator per layer, an exception-mapping context, decoders, a
chunker). The SDK always reads the whole body at once and needs no httpx model on its own path, so
this pool hands a :class:`~twilio_messaging._wire.WireRequest` to httpcore directly, with the Host and
Content-Length headers httpx would add, and reads the body inside the request. The pool itself,
proxies (``_pool`` is then httpcore's proxy pool), TLS and the mapping of httpcore's exceptions to
httpx's (``map_httpcore_exceptions``) are httpx's: both private to httpx, which is pinned <0.29. A
body cut short or stalled raises here, as the same httpx error ``response.read()`` would raise.
"""

from __future__ import annotations

import httpcore
import httpx
from httpx._transports.default import map_httpcore_exceptions

from twilio_messaging._wire import WireRequest, WireResponse, parsed_url, received

_BODY_METHODS = ("POST", "PUT", "PATCH")  # httpx sends Content-Length: 0 for these even without a body


class HttpcorePool:
    """httpx's connection pool (direct or through one proxy); :meth:`send` returns responses read in full."""

    def __init__(self, proxy: httpx.Proxy | None, trust_env: bool) -> None:
        self._transport = httpx.HTTPTransport(proxy=proxy, trust_env=trust_env)

    def send(self, request: WireRequest) -> WireResponse:
        url = parsed_url(request.url)
        headers = [(b"Host", url.netloc), *request.headers.raw]
        if request.body or request.method in _BODY_METHODS:
            headers.append((b"Content-Length", str(len(request.body)).encode("ascii")))
        sent = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=headers,
            content=request.body,
            extensions={"timeout": request.timeout},
        )
        with map_httpcore_exceptions():
            answer = self._transport._pool.handle_request(sent)
            try:
                body = answer.read()
            finally:
                answer.close()
        reason = answer.extensions.get("reason_phrase", b"").decode("latin-1", "replace")
        return received(answer.status, answer.headers, body, request, reason)

    def close(self) -> None:
        self._transport.close()

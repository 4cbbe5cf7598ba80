"""One HTTP exchange as the SDK's request loop sees it: what goes out, and what came back.

The loop (:mod:`twilio_messaging._client`) and its rules (:mod:`twilio_messaging._base_client`) work
on these small classes rather than on httpx's models. Building an ``httpx.Request`` and an
``httpx.Response`` for every call (header validation, URL parsing, stream wrappers) cost about as
much CPU as everything else the SDK does, and the pools the SDK owns (httpcore, aiohttp) need
neither. httpx's models are made only where something outside the SDK asks for them: a caller's
own ``http_client``, and :func:`~twilio_messaging.capture_responses`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import EllipsisType
from typing import Any

import httpx

from twilio_messaging._content_encoding import decompressed

Timeouts = dict[str, float | None]  # httpx's per-phase timeouts: connect, read, write, pool
RawHeaders = Sequence[tuple[bytes, bytes]]
_UNSET: Any = object()
_URL_CACHE_LIMIT = 1024
_URLS: dict[str, httpx.URL] = {}


def parsed_url(text: str) -> httpx.URL:
    """httpx.URL for a URL string, cached: httpx checks every character, and calls repeat URLs (creates, pages)."""
    url = _URLS.get(text)
    if url is None:
        if len(_URLS) >= _URL_CACHE_LIMIT:
            _URLS.clear()
        url = _URLS[text] = httpx.URL(text)
    return url


def _header_bytes(name: str, value: str) -> tuple[bytes, bytes]:
    """A header as bytes, refused if it could split the request (a value with a line break)."""
    if any(c in value for c in "\r\n\0"):
        raise ValueError(f"the {name} header must not contain line breaks or NUL characters")
    try:
        encoded = value.encode("ascii")
    except UnicodeEncodeError:
        encoded = value.encode("utf-8")  # as httpx encodes a non-ASCII header value
    return name.encode("ascii"), encoded


class HeaderSet:
    """A request's headers, as text (aiohttp, httpx) and as bytes (httpcore), checked once when made.

    A plain class, not a NamedTuple: building a NamedTuple class costs import time on every program start.
    """

    __slots__ = ("raw", "text")

    def __init__(self, text: tuple[tuple[str, str], ...], raw: tuple[tuple[bytes, bytes], ...]) -> None:
        self.text = text
        self.raw = raw

    @classmethod
    def of(cls, headers: Mapping[str, str]) -> HeaderSet:
        items = tuple(headers.items())
        return cls(items, tuple(_header_bytes(name, value) for name, value in items))

    def __repr__(self) -> str:  # names only: the values hold the credentials
        return f"HeaderSet({[name for name, _ in self.text]})"

    def with_extra(self, extra: Mapping[str, str]) -> HeaderSet:
        """These headers, plus (or replaced by, name for name) an operation's header parameters."""
        names = {name.lower() for name in extra}
        kept = {name: value for name, value in self.text if name.lower() not in names}
        return HeaderSet.of(kept | dict(extra))


class WireRequest:
    """A request ready for any pool: method, full URL, headers, body and this attempt's timeouts.

    ``timeout`` is replaced (never mutated) when a retry gets less time than the first attempt.
    """

    __slots__ = ("body", "headers", "method", "timeout", "url")

    def __init__(self, method: str, url: str, headers: HeaderSet, body: bytes, timeout: Timeouts) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout

    def __repr__(self) -> str:  # never the headers: they hold the credentials
        return f"<WireRequest {self.method} {self.url}>"

    def to_httpx(self, client: httpx.Client | httpx.AsyncClient | None = None) -> httpx.Request:
        """The same request as httpx's model; built by ``client`` when given, so its defaults apply too."""
        content = self.body or None  # httpx adds Content-Length: 0 to a bodiless POST by itself
        extensions = {"timeout": self.timeout}
        if client is not None:
            return client.build_request(
                self.method, self.url, content=content, headers=self.headers.text, extensions=extensions
            )
        return httpx.Request(self.method, self.url, content=content, headers=self.headers.text, extensions=extensions)


class WireResponse:
    """What came back for one attempt, body read in full: status, headers, body.

    ``headers`` (an ``httpx.Headers``) is made on first use: most calls read only the status and body.
    ``json()`` hands over the value the client already decoded the first time it is called
    (generated code and pages call it exactly once), then decodes afresh, so two callers never share
    one mutable dict.
    """

    __slots__ = (
        "_decoded",
        "_headers",
        "_httpx",
        "_wire_body",
        "content",
        "raw_headers",
        "reason_phrase",
        "request",
        "status_code",
    )

    def __init__(
        self,
        status_code: int,
        raw_headers: RawHeaders,
        content: bytes,
        request: WireRequest,
        reason_phrase: str = "",
        *,
        as_httpx: httpx.Response | None = None,
        wire_body: bytes | None = None,
    ) -> None:
        self.status_code = status_code
        self.raw_headers = raw_headers
        self.content = content
        self.request = request
        self.reason_phrase = reason_phrase
        self._headers: httpx.Headers | None = None
        self._httpx = as_httpx
        self._wire_body = wire_body  # the body as it came, when content-coded (``content`` is decoded)
        self._decoded: Any = _UNSET

    @classmethod
    def from_httpx(cls, response: httpx.Response, request: WireRequest) -> WireResponse:
        """A response httpx made and read (a caller's http_client, a decoded body): kept for to_httpx()."""
        return cls(
            response.status_code,
            response.headers.raw,
            response.content,
            request,
            response.reason_phrase,
            as_httpx=response,
        )

    def __repr__(self) -> str:
        return f"<WireResponse [{self.status_code}] {self.request.method} {self.request.url}>"

    @property
    def headers(self) -> httpx.Headers:
        if self._headers is None:
            self._headers = self._httpx.headers if self._httpx is not None else httpx.Headers(list(self.raw_headers))
        return self._headers

    def header(self, name: str) -> str | None:
        """One header's value (case-insensitive), or None."""
        value: str | None = self.headers.get(name)
        return value

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def set_decoded(self, value: Any) -> None:
        """The body's JSON value, decoded once by the client, for json() to hand over."""
        self._decoded = value

    def json(self) -> Any:
        decoded, self._decoded = self._decoded, _UNSET
        if decoded is _UNSET:
            import orjson

            return orjson.loads(self.content)
        return decoded

    def to_httpx(self) -> httpx.Response:
        """This response as httpx's model (what capture_responses() hands out), made once."""
        if self._httpx is None:
            as_received = self.content if self._wire_body is None else self._wire_body
            # Decoded as httpx decodes, Content-Encoding kept in the headers as httpx keeps it.
            self._httpx = _read_by_httpx(
                self.status_code, self.raw_headers, as_received, self.request, self.reason_phrase
            )
        return self._httpx


def _read_by_httpx(
    status: int, raw_headers: RawHeaders, body: bytes, request: WireRequest, reason: str
) -> httpx.Response:
    """httpx's model of a response read whole, through httpx's decoders (DecodingError if it does not decode)."""
    response = httpx.Response(
        status,
        headers=list(raw_headers),
        stream=httpx.ByteStream(body),
        request=request.to_httpx(),
        extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason.encode("latin-1", "replace")},
    )
    response.read()
    return response


def received(
    status: int,
    raw_headers: RawHeaders,
    body: bytes,
    request: WireRequest,
    reason: str,
    *,
    content_encoding: str | None | EllipsisType = ...,
) -> WireResponse:
    """The response a pool read in full, its content coding undone (zlib for gzip and deflate, else httpx).

    ``content_encoding``: the header's value when the pool can read it cheaply (else the headers are searched).
    """
    if content_encoding is ...:
        content_encoding = next(
            (value.decode("latin-1") for name, value in raw_headers if name.lower() == b"content-encoding"), None
        )
    if not content_encoding:
        return WireResponse(status, raw_headers, body, request, reason)
    decoded = decompressed(content_encoding, body)
    if decoded is not None:
        return WireResponse(status, raw_headers, decoded, request, reason, wire_body=body)
    # Other codings: httpx's decoders. A body that does not decode is DecodingError, a transport failure to the loop.
    return WireResponse.from_httpx(_read_by_httpx(status, raw_headers, body, request, reason), request)

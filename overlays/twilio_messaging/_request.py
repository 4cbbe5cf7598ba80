"""Building the httpx request for one API call, cheaply: it happens on every call.

``httpx.Request(content=...)`` re-validates and re-normalises every header and works out Host and
Content-Length on each call; that alone cost about a third of the SDK's own CPU per call. Here the
headers of each (origin, body kind) are built and validated once, then copied, and the body goes in
as a ready ``ByteStream`` (``httpx.Request(stream=...)``, public API), with the Host and
Content-Length headers httpx would have added: the same headers and body go out.
"""

from __future__ import annotations

from typing import Any

import httpx

from twilio_messaging._encoding import encode_pairs, form_body
from twilio_messaging._operation import ApiRequest

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_CACHE_LIMIT = 1024
_URL_CACHE: dict[str, httpx.URL] = {}
_BODY_METHODS = ("POST", "PUT", "PATCH")  # httpx sends Content-Length: 0 for these even without a body


def _url(text: str) -> httpx.URL:
    """httpx.URL for a URL string, cached: httpx validates every character, and creates repeat one URL."""
    url = _URL_CACHE.get(text)
    if url is None:
        if len(_URL_CACHE) >= _CACHE_LIMIT:
            _URL_CACHE.clear()
        url = _URL_CACHE[text] = httpx.URL(text)
    return url


class RequestHeaders:
    """Headers every request of a client carries (auth, User-Agent, Accept), prepared per origin and body kind."""

    __slots__ = ("_prepared", "common")

    def __init__(self, common: dict[str, str]) -> None:
        self.common = common
        self._prepared: dict[tuple[bytes, str | None], httpx.Headers] = {}

    def __repr__(self) -> str:  # names only: the values hold the credentials
        return f"RequestHeaders({sorted(self.common)})"

    @classmethod
    def create(cls, headers: dict[str, str]) -> RequestHeaders:
        return cls(dict(headers))

    def for_url(self, url: httpx.URL, content_type: str | None) -> httpx.Headers:
        """Host first (where httpx puts it), then the common headers, then the body's type."""
        key = (url.netloc, content_type)
        headers = self._prepared.get(key)
        if headers is None:
            if len(self._prepared) >= _CACHE_LIMIT:
                self._prepared.clear()
            values = {"Host": url.netloc.decode("ascii"), **self.common}
            if content_type:
                values["Content-Type"] = content_type
            headers = self._prepared[key] = httpx.Headers(values)
        return headers


def build_httpx_request(
    request: ApiRequest, origin: str, headers: RequestHeaders, timeout: dict[str, Any]
) -> httpx.Request:
    """The httpx request for an ApiRequest: its host's origin, Twilio's encoding, auth, timeout."""
    url = _url(origin + request.path)
    if request.params:
        url = httpx.URL(url, params=encode_pairs(request.params))
    extensions = {"timeout": timeout}
    method = request.operation.method
    if request.json is not None:  # v2 JSON bodies: rare, left to httpx's own encoder
        built = httpx.Request(method, url, json=request.json, headers=headers.for_url(url, None), extensions=extensions)
        if request.headers:
            built.headers.update(request.headers)
        return built
    if request.data is not None:
        # Encoded here rather than by httpx so booleans and repeated keys follow Twilio's rules.
        body = form_body(request.data)
        prepared = headers.for_url(url, FORM_CONTENT_TYPE)
    else:
        body = b""
        prepared = headers.for_url(url, None)
    if body or method in _BODY_METHODS or request.headers:
        prepared = httpx.Headers(prepared)
        if request.headers:  # an operation's header parameters (X-Twilio-Api-Version on US A2P campaigns)
            prepared.update(request.headers)
        if body or method in _BODY_METHODS:
            prepared["Content-Length"] = str(len(body))
    built = httpx.Request(method, url, headers=prepared, stream=httpx.ByteStream(body), extensions=extensions)
    built.read()  # .content available, as after httpx.Request(content=...)
    return built

"""Building the wire request for one API call, cheaply: it happens on every call.

The headers every request of a client carries (auth, User-Agent, Accept and the body's type) are
checked and encoded once per client and body kind; a call adds only its URL and body. The Host and
Content-Length headers are the pool's to add (httpx, httpcore's feeder and aiohttp all do), so a
request says the same on every path.
"""

from __future__ import annotations

import json

import httpx

from twilio_messaging._encoding import encode_pairs, form_body
from twilio_messaging._operation import ApiRequest
from twilio_messaging._wire import HeaderSet, Timeouts, WireRequest

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
JSON_CONTENT_TYPE = "application/json"


class RequestHeaders:
    """Headers every request of a client carries (auth, User-Agent, Accept), prepared per body kind."""

    __slots__ = ("_prepared", "common")

    def __init__(self, common: dict[str, str]) -> None:
        self.common = common
        self._prepared: dict[str | None, HeaderSet] = {}

    def __repr__(self) -> str:  # names only: the values hold the credentials
        return f"RequestHeaders({sorted(self.common)})"

    @classmethod
    def create(cls, headers: dict[str, str]) -> RequestHeaders:
        return cls(dict(headers))

    def for_body(self, content_type: str | None) -> HeaderSet:
        """The common headers, then the body's type (a handful of kinds: kept for the client's life)."""
        prepared = self._prepared.get(content_type)
        if prepared is None:
            values = dict(self.common)
            if content_type:
                values["Content-Type"] = content_type
            prepared = self._prepared[content_type] = HeaderSet.of(values)
        return prepared


def _url(origin: str, request: ApiRequest) -> str:
    url = origin + request.path
    if request.params:
        # httpx's query encoding, as before: list calls are a page at a time, so this is not hot.
        url = str(httpx.URL(url, params=encode_pairs(request.params)))
    return url


def _body(request: ApiRequest) -> tuple[bytes, str | None]:
    if request.json is not None:  # v2 JSON bodies, encoded as httpx's json= encodes them
        text = json.dumps(request.json, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8"), JSON_CONTENT_TYPE
    if request.data is not None:
        # Encoded here rather than by a library so booleans and repeated keys follow Twilio's rules.
        return form_body(request.data), FORM_CONTENT_TYPE
    return b"", None


def build_wire_request(request: ApiRequest, origin: str, headers: RequestHeaders, timeout: Timeouts) -> WireRequest:
    """The wire request for an ApiRequest: its host's origin, Twilio's encoding, auth, timeout."""
    body, content_type = _body(request)
    prepared = headers.for_body(content_type)
    if request.headers:  # an operation's header parameters (X-Twilio-Api-Version on US A2P campaigns)
        prepared = prepared.with_extra(request.headers)
    return WireRequest(request.operation.method, _url(origin, request), prepared, body, timeout)

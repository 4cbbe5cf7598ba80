"""Raw access to responses without giving up typed results.

``with capture_responses() as captured: client.messages.create(...)`` keeps every httpx
response the block produced (status, headers, request id) while the calls still return models.
A context variable makes it safe across threads and asyncio tasks.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpx

from twilio_messaging._operation import REQUEST_ID_HEADER

_capture: ContextVar[list[httpx.Response] | None] = ContextVar("twilio_messaging_capture", default=None)


class CapturedResponses:
    """The responses of the calls made inside a :func:`capture_responses` block, in order."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    @property
    def last(self) -> httpx.Response:
        if not self.responses:
            raise LookupError("no response was captured")
        return self.responses[-1]

    @property
    def request_id(self) -> str | None:
        """Twilio's request id of the last response (``Twilio-Request-Id``)."""
        value: str | None = self.last.headers.get(REQUEST_ID_HEADER)
        return value


@contextmanager
def capture_responses() -> Iterator[CapturedResponses]:
    captured = CapturedResponses()
    token = _capture.set(captured.responses)
    try:
        yield captured
    finally:
        _capture.reset(token)


def record_response(response: httpx.Response) -> None:
    """Called by the clients for every final response of a call."""
    target = _capture.get()
    if target is not None:
        target.append(response)


_UNSET: Any = object()


class DecodedResponse(httpx.Response):
    """A success response whose JSON body the client has already decoded and checked (with orjson).

    ``json()`` hands that value over the first time (generated code and pages call it exactly once),
    then decodes afresh, so two callers never share one mutable dict.
    """

    _decoded: Any

    def json(self, **kwargs: Any) -> Any:
        decoded = self.__dict__.pop("_decoded", _UNSET)
        if decoded is _UNSET or kwargs:
            import orjson

            return super().json(**kwargs) if kwargs else orjson.loads(self.content)
        return decoded


def mark_decoded(response: httpx.Response, value: Any) -> DecodedResponse:
    """The same response object, now a DecodedResponse holding ``value`` (no copy of headers or body)."""
    response.__class__ = DecodedResponse
    assert isinstance(response, DecodedResponse)
    response._decoded = value
    return response


def response_holding(
    status: int, headers: Any, body: bytes, request: httpx.Request, extensions: Mapping[str, Any]
) -> httpx.Response:
    """An httpx response built by a transport that has read the whole body, in the state read() leaves.

    ``read()`` pulls even an in-memory body through httpx's decoder, chunker and close machinery
    (about 11 µs, a few percent of a call). When the body is not content-encoded those steps
    produce the bytes unchanged, so they are set directly (``_content``: private to httpx, which is
    pinned <0.29); a gzip/deflate/br body still goes through httpx's decoders.
    """
    response = httpx.Response(
        status, headers=headers, stream=httpx.ByteStream(body), request=request, extensions=extensions
    )
    if "Content-Encoding" in response.headers:
        response.read()
    else:
        response._content = body
        response.is_stream_consumed = True
        response.is_closed = True
    return response

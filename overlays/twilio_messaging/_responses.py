"""Raw access to responses without giving up typed results.

``with capture_responses() as captured: client.messages.create(...)`` keeps every httpx
response the block produced (status, headers, request id) while the calls still return models.
A context variable makes it safe across threads and asyncio tasks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpx

from twilio_messaging._operation import REQUEST_ID_HEADER
from twilio_messaging._wire import WireResponse

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


def record_response(response: WireResponse) -> None:
    """Called by the clients for every final response of a call; httpx's model is made only when captured."""
    target = _capture.get()
    if target is not None:
        target.append(response.to_httpx())

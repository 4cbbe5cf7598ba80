"""What generated code hands to the client: an operation's fixed facts and one request's values.

Generated endpoint modules build an :class:`ApiRequest`, give it to a :class:`SyncRequester` or
:class:`AsyncRequester` (the client) and parse the :class:`ApiResponse` it returns. Everything
per-operation lives in the :class:`Operation` the generator writes; the client only applies general
rules to it.
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple, Protocol

import httpx

Host = Literal["api", "messaging", "pricing"]
REQUEST_ID_HEADER = "Twilio-Request-Id"  # Twilio's id of a request, on every response
PagingStyle = Literal["v2010", "meta"]

# NamedTuples rather than dataclasses: ``dataclasses`` imports ``inspect``, about a tenth of the
# SDK's whole import time, and these two are all generated code needs at import.


class Operation(NamedTuple):
    """Facts about one API operation, written by the generator from spec/."""

    name: str  # the spec's operationId
    method: str
    host: Host
    path: str  # the spec's path template, with wire parameter names
    success: tuple[int, ...]  # statuses the spec documents as success
    paging: PagingStyle | None = None
    items_key: str | None = None

    @property
    def retry_safe(self) -> bool:
        """Whether a lost response may be retried: reads and deletes are idempotent, creates are not."""
        return self.method in ("GET", "DELETE")


class ApiRequest(NamedTuple):
    """One request ready to send: the operation, its formatted path, query and body (``_replace`` to vary)."""

    operation: Operation
    path: str
    params: dict[str, Any] | None = None
    data: dict[str, Any] | None = None  # form fields (Twilio's form encoding applied by the client)
    json: Any = None  # JSON body (v2 Channels/Senders)
    headers: dict[str, str] | None = None  # header parameters of the operation (X-Twilio-Api-Version)


class ApiResponse(Protocol):
    """A success response as generated code and pages read it: read in full, its JSON decoded once."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> httpx.Headers: ...

    def json(self) -> Any: ...


class SyncRequester(Protocol):
    """The client as generated code sees it (sync)."""

    @property
    def account_sid(self) -> str: ...

    def send(self, request: ApiRequest) -> ApiResponse:
        """Send, retrying where safe; return a success response or raise a typed error."""
        ...


class AsyncRequester(Protocol):
    """The client as generated code sees it (async)."""

    @property
    def account_sid(self) -> str: ...

    async def send(self, request: ApiRequest) -> ApiResponse:
        """Send, retrying where safe; return a success response or raise a typed error."""
        ...

"""Every exception the SDK raises, under one base class.

``ApiError`` carries what Twilio said (``code``, ``message``, ``more_info``, HTTP ``status``) and
what was asked (``method``, ``url``, ``request_id``); a subclass per status family lets callers
catch what they can handle. Transport failures get classes of their own, so no raw httpx
exception escapes.
"""

from __future__ import annotations

from typing import Any


class TwilioMessagingError(Exception):
    """Base class of every error this SDK raises."""


class ConfigurationError(TwilioMessagingError, ValueError):
    """The client was built with missing or unsafe settings (credentials, hosts)."""


class UnexpectedResponseError(TwilioMessagingError):
    """A success status the spec does not document for this operation."""

    def __init__(self, operation: str, status: int) -> None:
        super().__init__(f"{operation}: undocumented success status {status}")
        self.operation = operation
        self.status = status


class MissingFieldError(TwilioMessagingError):
    """A response lacks a field the spec says Twilio always sends (absent or null), found when it is read.

    Typed ``T`` (not ``T | None``) fields are those Twilio never sends as null; rather than hand back
    ``None`` under a type that promises a value, reading one that is missing raises this error.
    The response as received stays available through the model's ``to_dict()``.
    """

    def __init__(self, model: str, field: str, *, wire_name: str, present: bool) -> None:
        shown = field if field == wire_name else f"{field} ({wire_name!r} on the wire)"
        state = "null" if present else "absent"
        super().__init__(
            f"{model}.{shown} is {state} in Twilio's response, although the spec says Twilio always sends it; "
            "the data as received is in to_dict()"
        )
        self.model = model
        self.field = field
        self.wire_name = wire_name


class ApiConnectionError(TwilioMessagingError):
    """The request could not reach Twilio (DNS, refused connection, TLS, broken connection)."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url


class ApiTimeoutError(ApiConnectionError):
    """Twilio did not answer within the timeout."""


class ApiError(TwilioMessagingError):
    """Twilio answered with an error status."""

    def __init__(
        self,
        *,
        status: int,
        code: int | None,
        message: str,
        more_info: str | None,
        method: str,
        url: str,
        request_id: str | None,
        body: Any = None,
    ) -> None:
        code_part = f" {code}" if code is not None else ""
        super().__init__(f"HTTP {status}, Twilio error{code_part}: {message} ({method} {url})")
        self.status = status
        self.code = code
        self.message = message
        self.more_info = more_info
        self.method = method
        self.url = url
        self.request_id = request_id
        self.body = body


class BadRequestError(ApiError):
    """400: the request was invalid (e.g. 21211, an invalid To number)."""


class AuthenticationError(ApiError):
    """401: the credentials were rejected (error 20003)."""


class PermissionDeniedError(ApiError):
    """403: the account may not do this."""


class NotFoundError(ApiError):
    """404: no such resource (error 20404)."""


class ConflictError(ApiError):
    """409: the resource's state does not allow this."""


class UnprocessableEntityError(ApiError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(ApiError):
    """429: too many requests (error 20429); the request was not processed."""


class ServerError(ApiError):
    """5xx: Twilio failed; for a create, the message may or may not have been sent."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[ApiError]:
    """The most specific ApiError subclass for an HTTP status."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, ApiError)

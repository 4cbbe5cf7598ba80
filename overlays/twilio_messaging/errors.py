"""Every exception the SDK raises, under one base class.

``ApiError`` carries what Twilio said (``code``, ``message``, ``more_info``, HTTP ``status``) and
what was asked (``method``, ``url``, ``request_id``); a subclass per status family lets callers
catch what they can handle. Transport failures and success responses that cannot be read get
classes of their own, so no raw httpx or JSON exception escapes.

Every error pickles with all its fields (a ``ProcessPoolExecutor`` or a task queue sends it to
another process): the keyword-only constructors cannot be replayed from ``args``, so
``__reduce__`` rebuilds an error from its message and attributes instead.
"""

from __future__ import annotations

from typing import Any


def _rebuild(cls: type[TwilioMessagingError], args: tuple[Any, ...], state: dict[str, Any]) -> TwilioMessagingError:
    """Unpickle an error without calling its constructor: the message and every attribute as they were."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class TwilioMessagingError(Exception):
    """Base class of every error this SDK raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


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


class MalformedResponseError(UnexpectedResponseError):
    """A success status whose body is not the JSON object the operation returns (empty, truncated JSON, HTML...).

    ``may_have_been_processed`` is True for a create or update (POST): Twilio answered with success,
    so the message (or change) was probably made, and retrying could make it twice. ``excerpt`` holds
    the start of the body as received.
    """

    def __init__(
        self,
        operation: str,
        status: int,
        *,
        reason: str,
        method: str,
        url: str,
        request_id: str | None,
        excerpt: str,
        may_have_been_processed: bool,
    ) -> None:
        super().__init__(operation, status)
        warning = "; the request was probably processed (do not resend blindly)" if may_have_been_processed else ""
        Exception.__init__(
            self, f"{operation}: HTTP {status} with {reason}{warning} ({method} {url}, request id {request_id})"
        )
        self.reason = reason
        self.method = method
        self.url = url
        self.request_id = request_id
        self.excerpt = excerpt
        self.may_have_been_processed = may_have_been_processed


class ApiConnectionError(TwilioMessagingError):
    """The request could not reach Twilio, or its answer was lost on the way (DNS, refused, TLS, broken body).

    ``may_have_been_processed`` tells whether the request may have reached Twilio (it left, then the
    connection failed); False means it certainly did not (refused connection, DNS, TLS handshake).
    """

    def __init__(self, message: str, *, method: str, url: str, may_have_been_processed: bool = True) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url
        self.may_have_been_processed = may_have_been_processed


class ApiTimeoutError(ApiConnectionError):
    """Twilio did not answer within the timeout (or the call's time budget ran out)."""


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
        retry_after: float | None = None,
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
        self.retry_after = retry_after  # seconds the server asked to wait (Retry-After), when it did


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

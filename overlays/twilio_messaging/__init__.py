"""Typed Python SDK for Twilio Programmable Messaging.

``from twilio_messaging import Client`` is all most code needs. Names are loaded on first use,
so importing the package costs little more than importing httpx.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from twilio_messaging._client import AsyncClient, Client
    from twilio_messaging._responses import CapturedResponses, capture_responses
    from twilio_messaging.errors import (
        ApiConnectionError,
        ApiError,
        ApiTimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        MalformedResponseError,
        MissingFieldError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        TwilioMessagingError,
        UnexpectedResponseError,
        UnprocessableEntityError,
    )
    from twilio_messaging.pagination import AsyncPage, AsyncPager, Page, Pager

_EXPORTS = {
    "Client": "twilio_messaging._client",
    "AsyncClient": "twilio_messaging._client",
    "capture_responses": "twilio_messaging._responses",
    "CapturedResponses": "twilio_messaging._responses",
    "Page": "twilio_messaging.pagination",
    "Pager": "twilio_messaging.pagination",
    "AsyncPage": "twilio_messaging.pagination",
    "AsyncPager": "twilio_messaging.pagination",
    **{
        name: "twilio_messaging.errors"
        for name in (
            "ApiConnectionError",
            "ApiError",
            "ApiTimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConfigurationError",
            "ConflictError",
            "MalformedResponseError",
            "MissingFieldError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "ServerError",
            "TwilioMessagingError",
            "UnexpectedResponseError",
            "UnprocessableEntityError",
        )
    },
}
__all__ = [
    "AsyncClient",
    "AsyncPage",
    "AsyncPager",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CapturedResponses",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "MalformedResponseError",
    "MissingFieldError",
    "NotFoundError",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TwilioMessagingError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "capture_responses",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'twilio_messaging' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*__all__, "__version__"]

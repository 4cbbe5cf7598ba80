"""Everything a program annotates with, in one place: ``from twilio_messaging.types import Message, Page``.

- every model and enum of the API (``Message``, ``MessageStatus``, ``Service``, ``MessagingCountry`` ...),
  generated from the spec (the list is :mod:`twilio_messaging_api.models`' own, not repeated here);
- paging: ``Page``, ``Pager``, ``AsyncPage``, ``AsyncPager``;
- errors: ``TwilioMessagingError`` and its subclasses (also importable from :mod:`twilio_messaging`);
- ``CalendarDay`` (what day filters such as ``date_sent_after=`` take) and ``Unset``/``UNSET`` (the
  default of optional arguments, for code that wraps SDK methods).

Names load on first use, so importing this module costs next to nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from twilio_messaging_api import models as _models

from twilio_messaging import _EXPORTS

if TYPE_CHECKING:
    from twilio_messaging_api.models import *  # noqa: F403  (every model and enum, as the generator lists them)
    from twilio_messaging_api.types import UNSET, Unset

    from twilio_messaging._arguments import CalendarDay
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

_OWN = {
    "CalendarDay": "twilio_messaging._arguments",
    "UNSET": "twilio_messaging_api.types",
    "Unset": "twilio_messaging_api.types",
    **dict.fromkeys(("Page", "Pager", "AsyncPage", "AsyncPager"), "twilio_messaging.pagination"),
    # the errors exactly as the package exports them (one list, in twilio_messaging/__init__.py)
    **{name: module for name, module in _EXPORTS.items() if module == "twilio_messaging.errors"},
}

__all__ = [
    "UNSET",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncPage",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "CalendarDay",
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
    "Unset",
]
__all__ += _models.__all__  # every model and enum, as generated from the spec


def __getattr__(name: str) -> Any:
    module = _OWN.get(name)
    if module is not None:
        value = getattr(import_module(module), name)
    elif name in _models.__all__:
        value = getattr(_models, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)

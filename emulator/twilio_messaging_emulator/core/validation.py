"""Value checks shared by the endpoints: URLs, SIDs, dates and nested JSON objects.

Twilio answers a malformed value with a 400 before it stores anything; so does the emulator,
which keeps every stored value inside what the API description promises to return.
"""

from __future__ import annotations

import re

from .errors import bad_request, invalid_parameter
from .sids import is_sid

# An absolute http(s) URL made of RFC 3986 characters only (no spaces, no controls, ASCII).
_URI_CHARS = r"A-Za-z0-9\-._~%!$&'()*+,;=:@"
# ``\Z``, not ``$``: a trailing newline is not part of a valid value.
HTTP_URL = re.compile(rf"^https?://[{_URI_CHARS}\[\]]+(?:[/?#][{_URI_CHARS}/?#\[\]]*)?\Z")
ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def is_http_url(value: str) -> bool:
    return bool(HTTP_URL.match(value))


def check_url(name: str, value: str, code: int = 20001) -> str:
    """``value`` if it is an absolute http(s) URL, else a 400 naming the parameter."""
    if not is_http_url(value):
        raise bad_request(code, f"Invalid value {value!r} for parameter {name}: an absolute http(s) URL is required")
    return value


def check_sid(name: str, value: str, prefix: str) -> str:
    """``value`` if it is a SID with ``prefix`` (two letters + 32 hex digits), else a 400."""
    if not is_sid(value, prefix):
        raise invalid_parameter(name, value)
    return value


def check_iso_date(name: str, value: str) -> str:
    """``value`` if it is a YYYY-MM-DD date, else a 400."""
    if not ISO_DATE.match(value):
        raise invalid_parameter(name, value)
    return value

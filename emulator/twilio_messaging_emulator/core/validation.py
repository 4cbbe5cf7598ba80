"""Value checks shared by the endpoints: URLs, SIDs, dates and nested JSON objects.

Twilio answers a malformed value with a 400 before it stores anything; so does the emulator,
which keeps every stored value inside what the API description promises to return.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import bad_request, invalid_parameter
from .params import Params
from .sids import is_sid

# An absolute http(s) URL made of RFC 3986 characters only (no spaces, no controls, ASCII).
_URI_CHARS = r"A-Za-z0-9\-._~%!$&'()*+,;=:@"
# ``\Z``, not ``$``: a trailing newline is not part of a valid value.
HTTP_URL = re.compile(rf"^https?://[{_URI_CHARS}\[\]]+(?:[/?#][{_URI_CHARS}/?#\[\]]*)?\Z")
ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
JSON_NUMBER = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")  # no "nan", " 1" or "1_0"


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


def check_scalars(
    params: Params,
    *,
    enums: Mapping[str, tuple[str, ...]] = {},  # noqa: B006 - read only
    booleans: tuple[str, ...] = (),
    integers: tuple[str, ...] = (),
    numbers: tuple[str, ...] = (),
) -> None:
    """400 for the first present parameter whose value is not of its declared kind."""
    for name, choices in enums.items():
        value = params.get(name)
        if value is not None and value not in choices:
            raise invalid_parameter(name, value)
    for name in booleans:
        params.get_bool(name)
    for name in integers:
        params.get_int(name)
    for name in numbers:
        value = params.get(name)
        if value is not None and not JSON_NUMBER.fullmatch(value):
            raise invalid_parameter(name, value)


@dataclass(frozen=True)
class Member:
    """One member of a JSON object: its kind, allowed values and, for lists, the item shape."""

    kind: str = "str"  # str | enum | objects (a list of objects with string members; unknown ones dropped)
    choices: tuple[str, ...] = ()
    item_keys: tuple[str, ...] = ()


def _check_member(where: str, member: Member, value: Any) -> Any:
    if value is None:
        return None
    if member.kind == "objects":
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise invalid_parameter(where, repr(value))
        checked = []
        for item in value:
            known = {key: item[key] for key in member.item_keys if key in item}
            if not all(isinstance(v, str) for v in known.values()):
                raise invalid_parameter(where, repr(item))
            checked.append(known)
        return checked
    if not isinstance(value, str):
        raise invalid_parameter(where, repr(value))
    if member.kind == "enum" and value not in member.choices:
        raise invalid_parameter(where, value)
    return value


def check_object(name: str, value: Any, shape: Mapping[str, Member]) -> dict[str, Any]:
    """The known members of JSON object ``value``, each checked against ``shape`` (unknown ones dropped)."""
    if not isinstance(value, dict):
        raise invalid_parameter(name, repr(value))
    return {key: _check_member(f"{name}.{key}", shape[key], item) for key, item in value.items() if key in shape}
